"""Limits on the forms that take a secret from anyone (the admin's password reset, the password of a
private page), and the staff's own pages in the admin: recovery codes and locked sign-ins."""

from axes.models import AccessAttempt
from axes.utils import reset
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa.forms import TokenForm
from wagtail_2fa.views import LoginView

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail import views as wagtail_views
from wagtail.admin.views.account import PasswordResetView
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from charity.ratelimit import client_ip, hit, key, reached

RECOVERY_CODES = 10
RECOVERY_DEVICE_NAME = "recovery"

wagtail_password_reset = PasswordResetView.as_view()


def password_reset(request):
    """Wagtail's password reset, with a limit per client address and per email address that answers
    alike whether an account has the address or not."""
    if request.method == "POST":
        allowed = hit(key("staff:reset:ip", client_ip(request)), settings.STAFF_PASSWORD_RESETS_PER_CLIENT)
        email = request.POST.get("email", "").strip().lower()
        allowed = hit(key("staff:reset:email", email), settings.STAFF_PASSWORD_RESETS_PER_EMAIL) and allowed
        if not allowed:
            return render(request, "staff/too_many_attempts.html", {"password_reset": True}, status=429)
    return wagtail_password_reset(request)


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's form for the shared password of a private page, refused for an hour to a client address
    after PRIVATE_PAGE_PASSWORD_FAILURES_PER_CLIENT wrong passwords."""
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    failures = key("staff:page-password:ip", client_ip(request))
    limit = settings.PRIVATE_PAGE_PASSWORD_FAILURES_PER_CLIENT
    if reached(failures, limit):
        # The form again, with the reason; the password is not even checked.
        restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
        page = get_object_or_404(Page, id=page_id).specific
        form = RefusedPasswordForm({"return_url": request.POST.get("return_url", "")}, instance=restriction)
        form.is_valid()
        action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
        response = page.serve_password_required_response(request, form, action_url)
        response.status_code = 429
        return response
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if response.status_code != 302:
        hit(failures, limit)
    return response


class RefusedPasswordForm(PasswordViewRestrictionForm):
    """The private page's form as drawn for a client over the limit: empty, saying why."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].required = False

    def clean_password(self):
        return ""

    def clean(self):
        raise ValidationError(_("Too many wrong passwords from your connection. Please try again in an hour."))


def recovery_codes(request):
    """One-time codes that stand in for the authenticator app when it is lost; a new set replaces the last."""
    codes = []
    if request.method == "POST":
        if settings.WAGTAIL_2FA_REQUIRED and not request.user.is_verified():
            raise PermissionDenied
        StaticDevice.objects.filter(user=request.user, name=RECOVERY_DEVICE_NAME).delete()
        device = StaticDevice.objects.create(user=request.user, name=RECOVERY_DEVICE_NAME, confirmed=True)
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    device = StaticDevice.objects.filter(user=request.user, name=RECOVERY_DEVICE_NAME).first()
    return render(
        request,
        "staff/recovery_codes.html",
        {
            "page_title": _("Recovery codes"),
            "header_icon": "key",
            "codes": codes,
            "codes_left": device.token_set.count() if device else None,
            "has_authenticator": user_has_device(request.user, confirmed=True),
        },
    )


def _administrator_only(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def locked_sign_ins(request):
    """The usernames and client addresses whose sign-ins are refused, for an administrator to unlock."""
    _administrator_only(request)
    attempts = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT).order_by(
        "-attempt_time"
    )
    return render(
        request,
        "staff/locked_sign_ins.html",
        {"page_title": _("Locked sign-ins"), "header_icon": "lock", "attempts": attempts},
    )


@require_POST
def unlock_sign_ins(request, attempt_id):
    _administrator_only(request)
    attempt = AccessAttempt.objects.filter(pk=attempt_id).first()
    if attempt is not None:
        reset(username=attempt.username)
        reset(ip=attempt.ip_address)
        messages.success(request, _("Sign-ins are unlocked."))
    return redirect(reverse("staff_locked_sign_ins"))


class SecondFactorForm(TokenForm):
    """wagtail-2fa's code form, naming the device that the code belongs to, as django-otp now requires: digits
    come from the authenticator app, anything else is a recovery code (or one from `addstatictoken`)."""

    def clean(self):
        token = self.cleaned_data.get("otp_token", "").strip()
        if token.isdigit():
            devices = TOTPDevice.objects.devices_for_user(self.user, confirmed=True)
        else:
            devices = StaticDevice.objects.devices_for_user(self.user, confirmed=True)
            devices = devices.filter(token_set__token=token) or devices
        device = devices.first()
        self.cleaned_data["otp_device"] = device.persistent_id if device else None
        return super().clean()


class SecondFactorView(LoginView):
    form_class = SecondFactorForm
