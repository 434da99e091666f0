from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from staff import views


@hooks.register("register_admin_urls")
def staff_urls():
    return [
        # In place of wagtail-2fa's own view, which it comes before (INSTALLED_APPS): the same address and name.
        path("2fa/auth", views.SecondFactorView.as_view(), name="wagtail_2fa_auth"),
        path("account/recovery-codes/", views.recovery_codes, name="staff_recovery_codes"),
        path("locked-sign-ins/", views.locked_sign_ins, name="staff_locked_sign_ins"),
        path("locked-sign-ins/<int:attempt_id>/unlock/", views.unlock_sign_ins, name="staff_unlock_sign_ins"),
    ]


@hooks.register("register_account_menu_item")
def recovery_codes_item(request):
    return {
        "url": reverse("staff_recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _("One-time codes for signing in when your authenticator app is lost."),
    }


@hooks.register("register_settings_menu_item")
def locked_sign_ins_item():
    return AdminOnlyMenuItem(_("Locked sign-ins"), reverse("staff_locked_sign_ins"), icon_name="lock", order=610)
