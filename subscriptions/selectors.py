"""Follows as the language being read names them.

A follow points at the program or cancer page it was made from, in the language of that page; the
subscriber may read another language since (they subscribed again from the other one), so pages and
emails name each followed page by its translation in the active language where there is one."""

from wagtail.models import Locale

from subscriptions.models import Follow


def in_active_language(pages: list) -> list:
    """Each page's live translation in the active language, or the page itself where it has none, in one
    query per page type."""
    locale = Locale.get_active()
    translations = {}
    for model in {type(page) for page in pages}:
        keys = {page.translation_key for page in pages if type(page) is model and page.locale_id != locale.pk}
        if keys:
            for translation in model.objects.live().filter(locale=locale, translation_key__in=keys):
                translations[model, translation.translation_key] = translation
    return [translations.get((type(page), page.translation_key), page) for page in pages]


def name_follows(follows: list[Follow]) -> list[Follow]:
    """The follows, each given `label`: what it brings, as `Follow.describe` says it, naming its program or
    cancer in the active language."""
    targets = iter(in_active_language([follow.target for follow in follows if follow.target is not None]))
    for follow in follows:
        follow.label = follow.describe(target=next(targets) if follow.target is not None else None)
    return follows
