"""The "Translations" report: every page, person and partner, in each language, with what to do next.

wagtail-localize's own report lists the translations it manages; this one starts from the content,
so that it also shows what was never translated, what fell behind its source, what still has
strings to translate after a sync, and what visitors cannot see yet because it was not published.
"""

from collections import Counter
from urllib.parse import urlencode

import django_filters

from django import forms
from django.contrib.admin.utils import quote
from django.forms import Media
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import Button
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy

from charity.models.snippets import Partner, Person
from translations.status import TranslationState, TranslationStatus, translation_states

PAGE_KIND = "page"
SNIPPET_NAMES = {Person: _("Person"), Partner: _("Partner")}
# Who may open the report and see it in the Reports menu: whoever works on pages, as for Wagtail's reports.
PAGE_PERMISSIONS = ["add", "change", "publish"]


def kind_of(instance) -> str:
    return PAGE_KIND if isinstance(instance, Page) else instance._meta.model_name


class StateFilter(django_filters.ChoiceFilter):
    """A filter over the report's rows, which are worked out in Python rather than queried."""

    def __init__(self, *args, value_of, **kwargs):
        kwargs.setdefault("widget", forms.RadioSelect)
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(*args, **kwargs)
        self.value_of = value_of

    def filter(self, states, value):
        if not value:
            return states
        return [state for state in states if self.value_of(state) == value]


def _language_choices():
    return list(get_content_languages().items())


def _kind_choices():
    return [(PAGE_KIND, _("Pages")), (Person._meta.model_name, _("People")), (Partner._meta.model_name, _("Partners"))]


class TranslationReportFilterSet(WagtailFilterSet):
    status = StateFilter(label=_("Status"), choices=TranslationStatus.choices, value_of=lambda state: state.status)
    language = StateFilter(
        label=_("Language"),
        choices=_language_choices,
        empty_label=_("All languages"),
        value_of=lambda state: state.target_locale.language_code,
    )
    kind = StateFilter(label=_("Content"), choices=_kind_choices, value_of=lambda state: kind_of(state.source))

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # django-filter reads the model of the queryset it is given; the rows here have none.
        super().__init__(data, Locale.objects.none(), request=request, prefix=prefix)

    def filter_queryset(self, states, ignore=()):
        for name, value in self.form.cleaned_data.items():
            if name not in ignore:
                states = self.filters[name].filter(states, value)
        return states


def edit_url(instance) -> str:
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    return reverse(instance.snippet_viewset.get_url_name("edit"), args=[quote(instance.pk)])


class TranslationReportRow:
    """A state with what the report shows of it: names, links, and the next step."""

    def __init__(self, state: TranslationState, *, can_submit: bool, can_publish: bool, report_url: str):
        self.state = state
        self.status = state.status
        self.source = state.source
        self.translation = state.translation
        self.source_title = _title(state.source)
        self.source_language = state.source_locale.get_display_name()
        self.target_language = state.target_locale.get_display_name()
        self.kind_label = _kind_label(state.source)
        self.status_label = state.status.label
        # Left blank, in the report and its spreadsheet, where there is nothing to translate string by string.
        waiting = state.status == TranslationStatus.WAITING_FOR_TRANSLATION
        self.strings_to_translate = state.strings_to_translate if waiting else None
        self.status_detail = _status_detail(state)
        self.source_edit_url = edit_url(state.source)
        self.translation_title = _title(state.translation) if state.translation else ""
        self.translation_edit_url = edit_url(state.translation) if state.translation else ""
        self.action_label, self.action_url = _next_step(
            state, report_url, can_submit=can_submit, can_publish=can_publish
        )


def _title(instance) -> str:
    return instance.get_admin_display_title() if isinstance(instance, Page) else str(instance)


def _kind_label(instance) -> str:
    if isinstance(instance, Page):
        return capfirst(instance.content_type.model_class()._meta.verbose_name)
    return SNIPPET_NAMES[type(instance)]


def _status_detail(state: TranslationState) -> str:
    if state.status == TranslationStatus.WAITING_FOR_TRANSLATION:
        count = state.strings_to_translate
        return ngettext("%(count)s string to translate", "%(count)s strings to translate", count) % {"count": count}
    if state.status == TranslationStatus.NOT_PUBLISHED and state.translation.live:
        # Visitors see an earlier version: "not published" alone would read as "not online at all".
        return _("Online, with changes not published yet")
    return ""


def _next_step(state: TranslationState, report_url: str, *, can_submit: bool, can_publish: bool) -> tuple[str, str]:
    """wagtail-localize's view that brings this translation up to date (its submit and sync views come back
    to the report after).

    Translating strings takes the right to edit the translation, which its editor checks, not the right
    to submit translations, which starting or syncing one takes.
    """
    # wagtail-localize's translation editor replaces the edit view of the translated page or snippet.
    if state.status == TranslationStatus.WAITING_FOR_TRANSLATION:
        return _("Translate the strings"), edit_url(state.translation)
    if state.status == TranslationStatus.NOT_PUBLISHED:
        # The editor's "Publish" button, which asks for the right to publish the translated page.
        return (_("Review and publish"), edit_url(state.translation)) if can_publish else ("", "")
    if not can_submit:
        return "", ""
    if state.status == TranslationStatus.MISSING:
        source = state.source
        if isinstance(source, Page):
            url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
        else:
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[source._meta.app_label, source._meta.model_name, quote(source.pk)],
            )
        query = {"select_locale": state.target_locale.language_code, "next": report_url}
        return _("Translate"), f"{url}?{urlencode(query)}"
    if state.status == TranslationStatus.OUT_OF_DATE:
        url = reverse("wagtail_localize:update_translations", args=[state.translation_source.pk])
        return _("Sync"), f"{url}?{urlencode({'next': report_url})}"
    return "", ""


class TranslationReportView(ReportView):
    page_title = _("Translations")
    header_icon = "site"
    results_template_name = "translations/report_results.html"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    filterset_class = TranslationReportFilterSet
    permission_policy = page_permission_policy
    any_permission_required = PAGE_PERMISSIONS
    export_filename = "translations"
    list_export = [
        "kind_label",
        "source_title",
        "source_language",
        "target_language",
        "status_label",
        "strings_to_translate",
    ]
    export_headings = {
        "kind_label": _("Type"),
        "source_title": _("Source"),
        "source_language": _("Source language"),
        "target_language": _("Language"),
        "status_label": _("Status"),
        "strings_to_translate": _("Strings to translate"),
    }

    @cached_property
    def all_states(self) -> list[TranslationState]:
        return translation_states(self.request.user)

    def get_base_queryset(self):
        return self.all_states

    def decorate_paginated_queryset(self, states):
        user = self.request.user
        can_submit = user.has_perm("wagtail_localize.submit_translation")
        publishable_page_ids = set(
            page_permission_policy.instances_user_has_permission_for(user, "publish").values_list("pk", flat=True)
        )
        report_url = self.report_url(self.report_query())
        return [
            TranslationReportRow(
                state,
                can_submit=can_submit,
                can_publish=isinstance(state.translation, Page) and state.translation.pk in publishable_page_ids,
                report_url=report_url,
            )
            for state in states
        ]

    def report_query(self):
        """The filters in force, without what only concerns this response (page, export, fragment)."""
        query = self.request.GET.copy()
        for name in (self.page_kwarg, "export", "_w_filter_fragment"):
            query.pop(name, None)
        return query

    def report_url(self, query) -> str:
        return f"{self.index_url}?{query.urlencode()}" if query else self.index_url

    @cached_property
    def header_more_buttons(self):
        # wagtail-localize's own report follows the strings still to translate in each translation.
        return super().header_more_buttons + [
            Button(
                _("Strings waiting for translation"),
                url=reverse("wagtail_localize:translations_report") + "?waiting_for_translation=true",
                icon_name="list-ul",
                priority=110,
            )
        ]

    def status_counts(self) -> list[dict]:
        """How many rows have each status, within the other filters, each a link that shows them."""
        states = self.all_states
        if self.filters and self.filters.is_valid():
            states = self.filters.filter_queryset(states, ignore={"status"})
        counts = Counter(state.status for state in states)
        current = self.request.GET.get("status", "")
        query = self.report_query()
        links = []
        for status in TranslationStatus:
            query["status"] = status.value
            links.append(
                {
                    "status": status.value,
                    "label": status.label,
                    "count": counts[status],
                    "url": self.report_url(query),
                    "current": current == status.value,
                }
            )
        return links

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["status_counts"] = self.status_counts()
        context["media"] += Media(css={"all": ["translations/css/report.css"]})
        return context
