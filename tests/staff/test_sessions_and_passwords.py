"""Passwords of 12 characters or more that are not common, a new session at each sign-in, the admin
signed out after 30 minutes without the editor's own activity, and no Django admin."""

import pytest

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from staff import middleware
from tests.staff.conftest import sign_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("password", ["short-pass1", "password1234", "123456789012"])
def test_short_or_common_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_uncommon_password_is_accepted():
    validate_password("plum-kettle-91-harbour")


def test_signing_in_starts_a_new_session(client, editor):
    client.get("/admin/login/")
    session = client.session
    session["before"] = "signing in"
    session.save()
    before = session.session_key

    assert sign_in(client, "editor").status_code == 302

    assert client.session.session_key != before
    assert client.session["_auth_user_id"] == str(editor.pk)


class Clock:
    def __init__(self, now=1_000_000.0):
        self.now = now

    def __call__(self):
        return self.now

    def minutes_later(self, minutes):
        self.now += minutes * 60


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(middleware.time, "time", clock)
    return clock


def ping(client, page):
    return client.post(f"/admin/editing-sessions/ping/wagtailcore/page/{page.pk}/0/")


def test_the_admin_signs_out_after_30_idle_minutes(client, editor, clock):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200

    clock.minutes_later(31)
    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in client.session


def test_the_editors_own_requests_keep_the_admin_open(client, editor, clock):
    client.force_login(editor)
    client.get("/admin/")
    clock.minutes_later(20)
    client.get("/admin/pages/")

    clock.minutes_later(20)

    assert client.get("/admin/pages/").status_code == 200


def test_the_editing_session_ping_does_not_keep_the_admin_open(client, editor, home_page, clock):
    client.force_login(editor)
    client.get("/admin/")
    for _ in range(3):
        clock.minutes_later(9)
        assert ping(client, home_page).status_code == 200

    clock.minutes_later(4)
    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_django_admin_is_not_served(client, editor):
    client.force_login(editor)

    assert client.get("/django-admin/", follow=True).status_code == 404
    assert client.get("/fr/django-admin/").status_code == 404
