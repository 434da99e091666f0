"""Subscribers in the admin: staff with the permissions see who follows what, export the list, and
erase a person (deleting a subscriber deletes their follows and deliveries with them). Nobody can
add or edit a subscriber by hand: an address enters only by confirming it from its own inbox."""

import django_filters

from django.conf import settings
from django.db.models import Min, Prefetch
from django.utils import translation
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


def in_language(rows, language: str):
    """The items of a generator, each computed in `language`."""
    while True:
        with translation.override(language):
            row = next(rows, None)
        if row is None:
            return
        yield row


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in ("add", "change")])


class SubscriberFilterSet(WagtailFilterSet):
    confirmed = django_filters.BooleanFilter(
        field_name="confirmed_at", lookup_expr="isnull", exclude=True, label=_("Confirmed")
    )
    language = django_filters.ChoiceFilter(choices=settings.LANGUAGES, label=_("Language"))
    # Each program once, by the first of its pages; the filter finds the followers of any of its translations.
    program = django_filters.ModelChoiceFilter(
        queryset=ProgramPage.objects.filter(
            pk__in=ProgramPage.objects.values("translation_key").annotate(first=Min("pk")).values("first")
        ).order_by("acronym"),
        label=_("Follows program"),
        method="filter_program",
    )

    class Meta:
        model = Subscriber
        fields = []

    def filter_program(self, queryset, name, program):
        return queryset.filter(follows__program__translation_key=program.translation_key).distinct()


class SubscriberIndexView(IndexView):
    def get_base_queryset(self):
        follows = Follow.objects.select_related("program", "cancer").order_by("pk")
        return super().get_base_queryset().prefetch_related(Prefetch("follows", queryset=follows))

    def stream_csv(self, queryset):
        # The response streams its rows after the view has switched the admin's language back: they are
        # written in it all the same.
        return in_language(super().stream_csv(queryset), translation.get_language())

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
    list_display = ["email", "language", "confirmed_at", "follows_summary", "created_at"]
    list_export = ["email", "get_language_display", "confirmed_at", "created_at", "follows_summary", "consent_record"]
    export_headings = {
        "email": _("Email"),
        "get_language_display": _("Language"),
        "confirmed_at": _("Confirmed at"),
        "created_at": _("Signed up at"),
        "follows_summary": _("Follows"),
        "consent_record": _("Consent"),
    }
    export_filename = "subscribers"
    filterset_class = SubscriberFilterSet
    search_fields = ["email"]
    inspect_view_enabled = True
    inspect_view_fields = ["email", "language", "created_at", "confirmed_at", "follows_summary", "consent_record"]
    copy_view_enabled = False
    form_fields = ["email"]

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("subscribers")
