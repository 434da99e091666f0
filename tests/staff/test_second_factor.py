"""Staff sign in with a second factor where production requires it: a code from an authenticator app
(TOTP), or a one-time recovery code."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.management import call_command
from django.test import override_settings

from tests.charity.test_settings import PRODUCTION_ENVIRONMENT, run_in_production
from tests.staff.conftest import sign_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("second_factor_required")]


@pytest.fixture
def second_factor_required():
    with override_settings(WAGTAIL_2FA_REQUIRED=True):
        yield


@pytest.fixture
def authenticator(editor):
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


def current_code(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):0{device.digits}d}"


def test_production_requires_a_second_factor():
    result = run_in_production(
        ["-c", "import django; django.setup(); from django.conf import settings; print(settings.WAGTAIL_2FA_REQUIRED)"],
        **PRODUCTION_ENVIRONMENT,
    )

    assert result.stdout.strip() == "True", result.stderr


def test_a_password_alone_does_not_open_the_admin(client, authenticator):
    sign_in(client, "editor")

    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/auth")


def test_signing_in_through_the_authenticator_code_opens_the_admin(client, authenticator):
    sign_in(client, "editor")

    wrong = client.post("/admin/2fa/auth", {"otp_token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert client.get("/admin/pages/").status_code == 302
    # django-otp makes each try after a wrong code wait a little longer; the test does not wait.
    authenticator.refresh_from_db()
    authenticator.throttle_reset()

    right = client.post("/admin/2fa/auth", {"otp_token": current_code(authenticator), "next": "/admin/pages/"})
    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_recovery_code_signs_in_once(client, authenticator):
    client.force_login(authenticator.user)
    client.post("/admin/2fa/auth", {"otp_token": current_code(authenticator)})
    codes = client.post("/admin/account/recovery-codes/").context["codes"]
    assert len(codes) == 10
    client.logout()

    sign_in(client, "editor")
    assert client.post("/admin/2fa/auth", {"otp_token": codes[0]}).status_code == 302
    assert client.get("/admin/pages/").status_code == 200
    client.logout()

    sign_in(client, "editor")
    assert client.post("/admin/2fa/auth", {"otp_token": codes[0]}).status_code == 200
    assert client.get("/admin/pages/").status_code == 302


def test_a_new_account_is_sent_to_set_up_its_authenticator(client, editor):
    sign_in(client, "editor")

    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/admin/2fa/devices/new")
    setup = client.get("/admin/2fa/devices/new")
    assert setup.status_code == 200
    assert client.get("/admin/2fa/devices/qr-code").content.startswith(b"<?xml")


def test_an_administrator_resets_a_lost_second_factor(client, authenticator):
    StaticDevice.objects.create(user=authenticator.user, name="recovery", confirmed=True)

    call_command("reset_second_factor", "editor")

    assert not TOTPDevice.objects.exists() and not StaticDevice.objects.exists()
    sign_in(client, "editor")
    assert client.get("/admin/pages/")["Location"].startswith("/admin/2fa/devices/new")


def test_administrators_reach_each_users_devices_from_the_users_list(client, administrator, editor):
    TOTPDevice.objects.create(user=administrator, name="phone", confirmed=True)
    client.force_login(administrator)
    session = client.session
    session["otp_device_id"] = TOTPDevice.objects.get(user=administrator).persistent_id
    session.save()

    assert f"/admin/2fa/devices/{editor.pk}".encode() in client.get("/admin/users/").content
    assert client.get(f"/admin/2fa/devices/{editor.pk}").status_code == 200
