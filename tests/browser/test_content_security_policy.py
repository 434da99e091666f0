"""The browser tests' server sends the public site's strict policy, and every browser test would see the
browser refuse anything under it: each test fails on a Content-Security-Policy violation (see
`new_context` and the `context` fixture)."""

from django.conf import settings

from tests.browser.support import expect


def directives(header: str) -> dict[str, list[str]]:
    return {name: sources for name, *sources in (part.split() for part in header.split(";"))}


def reported(context, page) -> str:
    """What the browser refused, once the page's events and console messages have come in; then forgotten,
    so that the test's own violation does not fail it at teardown."""
    page.wait_for_timeout(500)
    violations = "\n".join(context.policy_violations)
    context.policy_violations.clear()
    return violations


def test_the_server_sends_the_public_sites_policy(page):
    response = page.goto("/fr/")

    assert directives(response.headers["content-security-policy"]) == settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]


def test_an_inline_script_is_refused_and_reported(context, page):
    page.goto("/en/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "document.body.dataset.injected = 'yes'";
            document.body.append(script);
        }"""
    )

    expect(page.locator("body")).not_to_have_attribute("data-injected", "yes")
    assert "script-src" in reported(context, page)


def test_an_image_from_another_site_is_refused_and_reported(context, page):
    page.goto("/en/")
    page.evaluate(
        """() => {
            const image = document.createElement("img");
            image.src = "https://images.example.org/tracker.png";
            document.body.append(image);
        }"""
    )

    assert "img-src" in reported(context, page)


def test_an_inline_style_is_refused_and_reported(context, page):
    page.goto("/en/")
    page.evaluate("""() => document.body.insertAdjacentHTML("beforeend", "<style>body { display: none }</style>")""")

    expect(page.locator("body")).to_be_visible()
    assert "style-src" in reported(context, page)
