"""Subscribers in the admin: staff with the permissions see who follows what, export the list, and
erase a person (deleting a subscriber deletes their follows and deliveries with them). Nobody can
add or edit a subscriber by hand: an address enters only by confirming it from its own inbox."""

import django_filters

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from programs.models import ProgramPage
from subscriptions.models import Follow, Subscriber

# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in ("add", "change")])


class SubscriberFilterSet(WagtailFilterSet):
    confirmed = django_filters.BooleanFilter(
        field_name="confirmed_at", lookup_expr="isnull", exclude=True, label=_("Confirmed")
    )
    program = django_filters.ModelChoiceFilter(
        field_name="follows__program",
        queryset=ProgramPage.objects.order_by("acronym"),
        label=_("Follows program"),
        distinct=True,
    )

    class Meta:
        model = Subscriber
        fields = []


class SubscriberIndexView(IndexView):
    def get_base_queryset(self):
        follows = Follow.objects.select_related("program", "cancer").order_by("pk")
        return super().get_base_queryset().prefetch_related(Prefetch("follows", queryset=follows))

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            return "'" + value
        return value


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    menu_order = 900
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    list_display = ["email", "confirmed_at", "follows_summary", "created_at"]
    list_export = ["email", "confirmed_at", "created_at", "follows_summary", "consent_record"]
    export_headings = {
        "email": _("Email"),
        "confirmed_at": _("Confirmed at"),
        "created_at": _("Signed up at"),
        "follows_summary": _("Follows"),
        "consent_record": _("Consent"),
    }
    export_filename = "subscribers"
    filterset_class = SubscriberFilterSet
    search_fields = ["email"]
    inspect_view_enabled = True
    inspect_view_fields = ["email", "created_at", "confirmed_at", "follows_summary", "consent_record"]
    copy_view_enabled = False
    form_fields = ["email"]

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("subscribers")
