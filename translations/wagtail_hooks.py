"""The translations report in the admin's Reports menu, and translations that follow their source."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy

from translations.report import PAGE_PERMISSIONS, TranslationReportView


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


@hooks.register("construct_translated_pages_to_cascade_actions")
def translations_follow_their_source(pages, action):
    """Deleting or unpublishing a French page does the same to its translations, which the confirmation
    lists: an English page must not stay online alone once its source is withdrawn. A translation acted on
    by itself takes nothing with it, and moving a page moves only that page."""
    if action not in ("delete", "unpublish"):
        return {}
    default_locale = Locale.get_default()
    translations = {}
    for page in pages:
        if page.locale_id == default_locale.pk:
            cascade = Page.objects.translation_of(page, inclusive=False)
            translations[page] = cascade.live() if action == "unpublish" else cascade
    return translations
