"""The headers that keep the site's pages from being turned against their visitors: a strict
Content-Security-Policy on everything the public reads (kept whole by the page cache), a relaxed one for
editors only, Permissions-Policy, cross-origin isolation, and the production cookies."""

import json

import pytest

from django.contrib.auth import get_user_model
from django.test import override_settings

from pagecache.middleware import is_the_same_for_everyone
from tests.charity.test_settings import PRODUCTION_ENVIRONMENT, run_in_production

pytestmark = pytest.mark.django_db

PLAYERS = {"https://www.youtube-nocookie.com", "https://player.vimeo.com"}


def policy(response) -> dict[str, set[str]]:
    """The Content-Security-Policy header as {directive: sources}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = set(sources)
    return directives


def assert_strict(response):
    directives = policy(response)
    for directive in ("script-src", "style-src"):
        assert directives[directive] == {"'self'"}, directive
    assert "nonce-" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert directives["default-src"] == {"'self'"}
    assert directives["object-src"] == {"'none'"}
    assert directives["frame-ancestors"] == {"'none'"}
    assert directives["base-uri"] == {"'self'"}
    assert directives["form-action"] == {"'self'"}
    assert directives["frame-src"] == PLAYERS
    assert "'self'" in directives["img-src"]


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "a long enough password")
    client.force_login(user)
    return user


@pytest.mark.parametrize(
    "address",
    ["/en/", "/en/no-such-page/", "/en/search/?q=cancer", "/en/subscriptions/", "/api/v2/pages/", "/robots.txt"],
)
def test_what_the_public_reads_has_the_strict_policy(client, home_page, address):
    assert_strict(client.get(address))


def test_an_error_page_has_the_strict_policy(client, home_page):
    client.raise_request_exception = False
    with override_settings(ROOT_URLCONF="tests.security.failing_urls"):
        response = client.get("/fails/")

    assert response.status_code == 500
    assert_strict(response)


def test_the_admin_gets_the_policy_wagtail_works_under(client, home_page):
    directives = policy(client.get("/admin/login/"))

    assert "'unsafe-inline'" in directives["script-src"]
    assert "'unsafe-inline'" in directives["style-src"]
    assert directives["object-src"] == {"'none'"}
    assert directives["frame-ancestors"] == {"'self'"}


def test_a_signed_in_editor_reads_pages_under_the_relaxed_policy_which_no_cache_shares(client, home_page, editor):
    response = client.get("/en/")

    assert "'unsafe-inline'" in policy(response)["script-src"]
    assert "private" in response["Cache-Control"]
    assert "X-Page-Cache" not in response


def test_the_page_cache_keeps_a_page_with_its_strict_policy(client, home_page):
    first = client.get("/en/")
    second = client.get("/en/")

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert_strict(second)
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_the_page_cache_never_keeps_a_relaxed_policy(client, home_page, editor):
    response = client.get("/en/")
    del response["Cache-Control"]  # as if an editor's response had lost its `private`

    assert not is_the_same_for_everyone(response)


@pytest.mark.parametrize("address", ["/en/", "/admin/login/", "/api/v2/pages/", "/en/no-such-page/"])
def test_every_response_carries_the_other_security_headers(client, home_page, address):
    response = client.get(address)

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions


def test_production_sends_hsts_with_preload_and_secure_host_only_cookies():
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; print(json.dumps({"
        "'hsts': [s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD],"
        "'ssl_redirect': s.SECURE_SSL_REDIRECT,"
        "'session': [s.SESSION_COOKIE_NAME, s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.SESSION_COOKIE_SAMESITE, s.SESSION_COOKIE_DOMAIN, s.SESSION_COOKIE_PATH],"
        "'csrf': [s.CSRF_COOKIE_NAME, s.CSRF_COOKIE_SECURE, s.CSRF_COOKIE_HTTPONLY, s.CSRF_COOKIE_SAMESITE,"
        " s.CSRF_COOKIE_DOMAIN, s.CSRF_COOKIE_PATH],"
        "'language': [s.LANGUAGE_COOKIE_SECURE, s.LANGUAGE_COOKIE_HTTPONLY],"
        "'csp': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['script-src']}))"
    )
    result = run_in_production(["-c", script], **PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    production = json.loads(result.stdout)

    assert production["hsts"] == [31536000, True, True]
    assert production["ssl_redirect"] is True
    # __Host- cookies: Secure, no Domain, Path=/; browsers refuse them otherwise.
    assert production["session"] == ["__Host-sessionid", True, True, "Lax", None, "/"]
    assert production["csrf"] == ["__Host-csrftoken", True, True, "Lax", None, "/"]
    assert production["language"] == [True, True]
    assert production["csp"] == ["'self'"]


def test_images_from_a_media_host_are_allowed_by_the_policy():
    script = (
        "import json, django; django.setup(); from django.conf import settings as s;"
        "print(json.dumps(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))"
    )
    result = run_in_production(["-c", script], **PRODUCTION_ENVIRONMENT, MEDIA_URL="https://media.example.org/uploads/")

    assert json.loads(result.stdout) == ["'self'", "https://media.example.org"]
