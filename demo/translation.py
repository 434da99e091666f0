"""English translations of the French demo content, made the way an editor makes them: with wagtail-localize.

For each French page or snippet, the builder also makes its English counterpart in memory (never saved) with
the same structure: the same blocks in the same order with the same ids, the same inline rows. Both are cut
into wagtail-localize segments; each French string is given, as its translation, the English string found at
the same place, and each image, document or page chosen differently in English becomes an override. The
translation is then saved and published by wagtail-localize itself, so that the admin knows the English page
as a translation of the French one: "Sync translated pages" and the translation report work on it as on any
page an editor translated.
"""

import json
from collections import Counter, defaultdict

from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import CommandError

from wagtail.models import DraftStateMixin


def translate(source, counterpart, locale) -> tuple[object, bool]:
    """Translate `source` (saved, French) into `locale` with the texts of `counterpart` (unsaved, same shape).

    Returns the translated instance and whether anything was created or changed.
    """
    translation_source, source_changed = _source_for(source)
    translation, translation_created = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale
    )
    counterpart_segments = extract_segments(counterpart)
    strings_changed = _translate_strings(translation_source, counterpart_segments, locale, source)
    overrides_changed = _override_choices(translation_source, counterpart_segments, locale)

    existing = _translated_instance(translation_source, locale)
    changed = source_changed or translation_created or strings_changed or overrides_changed or existing is None
    if changed:
        # Saved as a draft, then published at once: wagtail-localize would publish once the transaction
        # commits, from the page as it was then, after the demo has added the page's children.
        drafts = issubclass(translation_source.specific_content_type.model_class(), DraftStateMixin)
        translation.save_target(publish=not drafts)
        existing = _translated_instance(translation_source, locale)
        if drafts:
            existing.get_latest_revision().publish()
    return existing, changed


def _source_for(instance) -> tuple[TranslationSource, bool]:
    """The translation source of `instance`, updated if the instance changed since it was last read."""
    before = TranslationSource.objects.get_for_instance_or_none(instance)
    source, created = TranslationSource.update_or_create_from_instance(instance)
    return source, created or before is None or before.last_updated_at != source.last_updated_at


def _translated_instance(translation_source, locale):
    try:
        return translation_source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None


def _translate_strings(translation_source, counterpart_segments, locale, source) -> bool:
    texts = defaultdict(list)
    for segment in counterpart_segments:
        if isinstance(segment, StringSegmentValue):
            texts[segment.path].append(segment.string.data)

    changed = False
    seen = Counter()
    segments = StringSegment.objects.filter(source=translation_source).select_related("string", "context")
    for segment in segments.order_by("order"):
        path = segment.context.path
        position = seen[path]
        seen[path] += 1
        try:
            text = texts[path][position]
        except IndexError:
            raise CommandError(
                f"The English counterpart of “{source}” has no text for “{path}” (#{position + 1}): "
                "the two entries must have the same shape."
            ) from None
        translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        if created:
            changed = True
        elif translation.data != text:
            translation.data = text
            translation.save()
            changed = True
    return changed


def _override_choices(translation_source, counterpart_segments, locale) -> bool:
    """Where English chooses another image, document or page than French, record it as an override."""
    choices = {
        segment.path: segment.data for segment in counterpart_segments if isinstance(segment, OverridableSegmentValue)
    }
    changed = False
    for segment in OverridableSegment.objects.filter(source=translation_source).select_related("context"):
        english = choices.get(segment.context.path)
        if english is None or english == segment.data:
            continue
        data_json = json.dumps(english)
        override = SegmentOverride.objects.filter(locale=locale, context=segment.context).first()
        if override is None:
            SegmentOverride.objects.create(locale=locale, context=segment.context, data_json=data_json)
            changed = True
        elif override.data_json != data_json:
            override.data_json = data_json
            override.save(update_fields=["data_json", "updated_at"])
            changed = True
    return changed
