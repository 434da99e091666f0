"""Sign-ins lock after repeated failures, answer alike whether the account exists, and an administrator
can unlock them."""

import re

import pytest
from axes.models import AccessAttempt

from django.core.management import call_command

from tests.staff.conftest import sign_in

pytestmark = pytest.mark.django_db


def answer(response, username: str) -> tuple[int, str]:
    """What a person sees: the status and the page's text, without its one-off token and with the username
    they typed (the form shows it back) blanked."""
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"|"CSRF_TOKEN": "[^"]*"', "", response.content.decode())
    return response.status_code, text.replace(f'value="{username}"', 'value=""')


def test_the_fifth_wrong_password_locks_the_account_even_for_the_right_one(client, editor):
    statuses = [sign_in(client, "editor", "wrong-password").status_code for _ in range(5)]

    response = sign_in(client, "editor", ip="192.0.2.99")

    assert statuses == [200] * 4 + [429]
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_known_and_an_unknown_username_get_the_same_answers(client, editor):
    known = [answer(sign_in(client, "editor", "wrong-password", ip="192.0.2.1"), "editor") for _ in range(6)]
    unknown = [answer(sign_in(client, "nobody", "wrong-password", ip="192.0.2.2"), "nobody") for _ in range(6)]

    assert [status for status, _ in known] == [200] * 4 + [429] * 2
    assert known == unknown


def test_one_client_address_trying_many_usernames_is_locked(client, editor):
    for number in range(5):
        sign_in(client, f"guess-{number}", "wrong-password", ip="192.0.2.3")

    assert sign_in(client, "editor", ip="192.0.2.3").status_code == 429
    assert sign_in(client, "editor", ip="192.0.2.4").status_code == 302


def test_the_documented_command_unlocks_a_username(client, editor):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password", ip="192.0.2.5")

    call_command("axes_reset_username", "editor")

    assert sign_in(client, "editor", ip="192.0.2.6").status_code == 302


def test_an_administrator_unlocks_from_the_admin(client, editor, administrator):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password", ip="192.0.2.7")
    client.force_login(administrator)

    listing = client.get("/admin/locked-sign-ins/")
    attempt = AccessAttempt.objects.get(username="editor")
    assert "192.0.2.7" in listing.content.decode()
    client.post(f"/admin/locked-sign-ins/{attempt.pk}/unlock/")
    client.logout()

    assert not AccessAttempt.objects.exists()
    assert sign_in(client, "editor", ip="192.0.2.7").status_code == 302


def test_only_administrators_see_locked_sign_ins(client, editor):
    editor.is_superuser = False
    editor.save()
    editor.user_permissions.add(*_admin_access())
    client.force_login(editor)

    assert client.get("/admin/locked-sign-ins/").status_code != 200


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
