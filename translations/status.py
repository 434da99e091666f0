"""Where each page and each translatable snippet stands in each language.

The site keeps one page tree per language, and one instance of each person and partner per language,
tied together by a translation key. wagtail-localize translates a source instance into another
language from a frozen copy of it (a TranslationSource), which the editor syncs when the source
changes. An editor needs to know, for each source and each other language, whether the translation
is missing, behind its source, waiting for strings to be translated, up to date, or made by hand
outside wagtail-localize.

A sync only carries the source's new strings over: until someone translates them, the translation
shows them in the source language. So a translation in step with its source is "up to date" only
once every string of it has a translation; before that it is "waiting for translation".

A page translation is saved from its strings when the translator publishes it in wagtail-localize's
editor, and a new translation starts as a draft: until the translation's latest edits are live,
visitors do not see them, and it is "not published".

Everything is read in a fixed number of queries, whatever the number of pages and snippets.
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Count, Exists, F, Max, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy

from charity.models.snippets import Partner, Person

TRANSLATABLE_SNIPPETS = (Person, Partner)


class TranslationStatus(models.TextChoices):
    MISSING = "missing", _("Missing")
    OUT_OF_DATE = "out-of-date", _("Out of date")
    WAITING_FOR_TRANSLATION = "waiting-for-translation", _("Waiting for translation")
    NOT_PUBLISHED = "not-published", _("Not published")
    UP_TO_DATE = "up-to-date", _("Up to date")
    OUTSIDE_LOCALIZE = "outside-localize", _("Translated outside wagtail-localize")


@dataclass(frozen=True)
class TranslationState:
    """One source (page or snippet) in one other language."""

    source: models.Model
    source_locale: Locale
    target_locale: Locale
    status: TranslationStatus
    # The instance in the target language; None when the translation is missing.
    translation: models.Model | None
    # wagtail-localize's frozen copy of the source, when the source was ever submitted for translation.
    translation_source: TranslationSource | None
    # How many strings of the source have no translation in the target language yet (wagtail-localize's
    # translations only; they then show in the source language).
    strings_to_translate: int = 0


def translation_states(user) -> list[TranslationState]:
    """The state of every source the user may edit, in every other language: pages first, in tree order."""
    locales = list(Locale.objects.order_by("pk"))
    default_locale_id = next((locale.pk for locale in locales if locale.language_code == settings.LANGUAGE_CODE), None)
    states = _page_states(user, locales, default_locale_id)
    editable_snippets = [
        model
        for model in TRANSLATABLE_SNIPPETS
        if model.snippet_viewset.permission_policy.user_has_permission(user, "change")
    ]
    if editable_snippets:
        states += _snippet_states(editable_snippets, locales, default_locale_id)
    return states


def _page_states(user, locales, default_locale_id) -> list[TranslationState]:
    # Aliases mirror another page and are never translations of their own; wagtail-localize
    # likewise offers to translate a page whose only version in a language is an alias.
    pages = list(
        Page.objects.filter(depth__gt=1, alias_of__isnull=True)
        .select_related("content_type")
        .only(
            "title",
            "draft_title",
            "path",
            "depth",
            "locale_id",
            "translation_key",
            "content_type",
            "live",
            "has_unpublished_changes",
            "last_published_at",
        )
        .order_by("path")
    )
    editable_ids = set(
        page_permission_policy.instances_user_has_permission_for(user, "change").values_list("pk", flat=True)
    )
    sources = TranslationSource.objects.filter(object__content_type=ContentType.objects.get_for_model(Page))
    # The pages' frozen content is large and not needed: their publishing dates tell whether it changed.
    sources = sources.defer("content_json").prefetch_related(_translations_with_their_progress())
    states = _states(
        pages,
        sources,
        locales,
        default_locale_id,
        changed_since_synced=_page_published_since,
        published=_page_translation_published,
    )
    return [state for state in states if state.source.pk in editable_ids]


def _snippet_states(snippet_models, locales, default_locale_id) -> list[TranslationState]:
    content_types = ContentType.objects.get_for_models(*snippet_models).values()
    sources = TranslationSource.objects.filter(object__content_type__in=content_types)
    sources = list(sources.prefetch_related(_translations_with_their_progress()))
    states = []
    for model in snippet_models:
        states += _states(
            model.objects.all(),
            sources,
            locales,
            default_locale_id,
            changed_since_synced=_snippet_content_changed,
            published=_snippet_translation_published,
        )
    return states


def _states(
    instances: Iterable[models.Model],
    translation_sources: Iterable[TranslationSource],
    locales: list[Locale],
    default_locale_id: int | None,
    changed_since_synced: Callable[[models.Model, TranslationSource], bool],
    published: Callable[[models.Model, Translation], bool],
) -> list[TranslationState]:
    versions_by_key = defaultdict(dict)  # translation key -> {locale id: instance}
    for instance in instances:
        versions_by_key[instance.translation_key][instance.locale_id] = instance
    sources_by_version = {(source.object_id, source.locale_id): source for source in translation_sources}

    locales_by_id = {locale.pk: locale for locale in locales}
    states = []
    for key, versions in versions_by_key.items():
        source = _source_version(key, versions, sources_by_version, default_locale_id)
        translation_source = sources_by_version.get((key, source.locale_id))
        synced = _synced_translations(translation_source)
        source_locale = locales_by_id[source.locale_id]
        for locale in locales:
            if locale.pk == source.locale_id:
                continue
            translation = versions.get(locale.pk)
            synced_translation = synced.get(locale.pk)
            strings_to_translate = synced_translation.strings_to_translate if synced_translation else 0
            if translation is None:
                status = TranslationStatus.MISSING
            elif synced_translation is None:
                status = TranslationStatus.OUTSIDE_LOCALIZE
            elif changed_since_synced(source, translation_source):
                status = TranslationStatus.OUT_OF_DATE
            elif strings_to_translate:
                status = TranslationStatus.WAITING_FOR_TRANSLATION
            elif not published(translation, synced_translation):
                status = TranslationStatus.NOT_PUBLISHED
            else:
                status = TranslationStatus.UP_TO_DATE
            states.append(
                TranslationState(
                    source, source_locale, locale, status, translation, translation_source, strings_to_translate
                )
            )
    return states


def _translations_with_their_progress() -> Prefetch:
    """The sources' translations, each with the number of its strings still to translate and when its
    strings and overrides were last edited, in one query.

    A string counts as translated as wagtail-localize's editor counts it (Translation.get_progress):
    a translation in the target language, for the same context, without an error.
    """
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    untranslated = StringSegment.objects.filter(source_id=OuterRef("source_id")).filter(~Exists(translated))
    # What the translator typed or chose in the editor for this source, in the target language.
    strings_edited = StringSegment.objects.filter(
        source_id=OuterRef("source_id"),
        string__translations__locale_id=OuterRef("target_locale_id"),
        string__translations__context_id=F("context_id"),
    )
    overrides_edited = OverridableSegment.objects.filter(
        source_id=OuterRef("source_id"), context__overrides__locale_id=OuterRef("target_locale_id")
    )
    translations = Translation.objects.annotate(
        strings_to_translate=Coalesce(_per_source(untranslated, Count("pk")), 0),
        strings_last_edited_at=_per_source(strings_edited, Max("string__translations__updated_at")),
        overrides_last_edited_at=_per_source(overrides_edited, Max("context__overrides__updated_at")),
    )
    return Prefetch("translations", queryset=translations)


def _per_source(segments, aggregate) -> Subquery:
    """The aggregate over the segments of the translation's source, as one value for the translation."""
    return Subquery(segments.order_by().values("source_id").annotate(value=aggregate).values("value"))


def _source_version(key, versions: dict, sources_by_version: dict, default_locale_id):
    """Which version the others translate: the one wagtail-localize translates from, else the default language's.

    A page first written in English and translated into French with wagtail-localize has its source
    in English; a page that exists in one language only is its own source, whatever the language.
    """

    def preference(locale_id):
        translation_source = sources_by_version.get((key, locale_id))
        translates_others = bool(_synced_translations(translation_source))
        return (not translates_others, translation_source is None, locale_id != default_locale_id, locale_id)

    return versions[min(versions, key=preference)]


def _synced_translations(translation_source: TranslationSource | None) -> dict[int, Translation]:
    """wagtail-localize's translations of this source by language (a translation it stopped is no longer one)."""
    if translation_source is None:
        return {}
    translations = translation_source.translations.all()
    return {translation.target_locale_id: translation for translation in translations if translation.enabled}


def _page_published_since(page, translation_source: TranslationSource) -> bool:
    """A sync reads the page as published: a page published after its last sync has changes to carry over.

    Drafts saved since do not count: a sync would not take them.
    """
    return page.last_published_at is not None and page.last_published_at > translation_source.last_updated_at


def _page_translation_published(page, translation: Translation) -> bool:
    """Visitors see the translation as last edited: it is live, with no newer draft (a sync that did not
    publish leaves one), and nothing edited in the translation editor since it was last published.
    """
    if not page.live or page.has_unpublished_changes:
        return False
    edits = [translation.strings_last_edited_at, translation.overrides_last_edited_at]
    last_edited_at = max((edited_at for edited_at in edits if edited_at is not None), default=None)
    if last_edited_at is None:
        return True
    # A page made live without Wagtail's publishing (imported, say) has no publishing date to go by.
    return page.last_published_at is not None and last_edited_at <= page.last_published_at


def _snippet_translation_published(snippet, translation: Translation) -> bool:
    """People and partners have no drafts: each saved version is the one visitors see."""
    return True


def _snippet_content_changed(snippet, translation_source: TranslationSource) -> bool:
    """Snippets keep no revisions, so compare their content with the copy taken at the last sync.

    The comparison is the one wagtail-localize makes before it refreshes a source.
    """
    current = json.dumps(get_serializable_data_for_fields(snippet), cls=DjangoJSONEncoder)
    return json.loads(current) != json.loads(translation_source.content_json)
