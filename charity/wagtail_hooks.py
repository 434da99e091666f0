from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from charity.models import Partner, Person
from charity.translation_report import PAGE_PERMISSIONS, TranslationReportView


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "title", "affiliation"]
    search_fields = ["name", "affiliation"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "acronym", "kind", "show_in_footer"]
    list_filter = ["kind", "show_in_footer"]
    search_fields = ["name", "acronym"]


class PeopleAndPartnersGroup(SnippetViewSetGroup):
    items = (PersonViewSet, PartnerViewSet)
    menu_icon = "group"
    menu_label = _("People & partners")
    menu_name = "people-and-partners"


register_snippet(PeopleAndPartnersGroup)


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, PAGE_PERMISSIONS)


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translations"), reverse("translation_report"), name="translation-status", icon_name="site", order=1300
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_localize_report_menu_item(request, menu_items):
    """wagtail-localize names its report "Translations" too; ours links to it, so one menu entry is enough."""
    localize_report_url = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != localize_report_url]
