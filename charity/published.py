"""What visitors may see, defined once.

A page is published when it is live and public (no privacy restriction). It is listed when it is
published in the language being read: one page tree per language, so a French page lists French pages.
Every listing, feed, email, API field, sitemap and search result gets its pages through these two.
Page types that are listed add their own order and what their listings show (`listed()` below).
"""

from asgiref.local import Local

from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch, Q
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from charity.images import with_card_images

RESTRICTED_SECTIONS_KEY = "published:restricted-sections"

# What a request has already looked up, so that it is read once per request even with no cache at all
# (see charity.middleware.lookups_once_per_request); outside requests, nothing is kept.
_this_request = Local()


def once_per_request(key: str, look_up):
    lookups = getattr(_this_request, "lookups", None)
    if lookups is None:
        return look_up()
    if key not in lookups:
        lookups[key] = look_up()
    return lookups[key]


def start_request_lookups() -> None:
    _this_request.lookups = {}


def end_request_lookups() -> None:
    _this_request.lookups = None


def restricted_sections() -> list[str]:
    return once_per_request(RESTRICTED_SECTIONS_KEY, _restricted_sections)


def _restricted_sections() -> list[str]:
    """The tree paths of the sections with a view restriction (password, sign-in, groups), and of the
    aliases of their pages, which Wagtail restricts in the same way; read once until a restriction or an
    alias changes (see charity.apps) rather than once for each listing of each page."""
    paths = cache.get(RESTRICTED_SECTIONS_KEY)
    if paths is None:
        restricted = PageViewRestriction.objects.values_list("page_id", flat=True)
        paths = list(
            Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted)).values_list("path", flat=True)
        )
        cache.set(RESTRICTED_SECTIONS_KEY, paths, None)
    return paths


def is_in_restricted_section(page: Page) -> bool:
    return any(page.path.startswith(path) for path in restricted_sections())


def forget_restricted_sections(**kwargs) -> None:
    cache.delete(RESTRICTED_SECTIONS_KEY)


def forget_restricted_sections_for_alias(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and instance.alias_of_id:
        forget_restricted_sections()


def _locale_key(language_code: str) -> str:
    return f"published:locale:{language_code}"


def active_locale_id() -> int:
    """Wagtail's Locale.get_active(), read once until the locales change (see charity.apps) rather
    than once for each listing of each page."""
    key = _locale_key(get_supported_content_language_variant(translation.get_language()))
    return once_per_request(key, lambda: _active_locale_id(key))


def _active_locale_id(key: str) -> int:
    locale_id = cache.get(key)
    if locale_id is None:
        locale_id = Locale.get_active().pk
        cache.set(key, locale_id, None)
    return locale_id


def forget_locales(**kwargs) -> None:
    cache.delete_many([_locale_key(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES])


def published(pages: PageQuerySet) -> PageQuerySet:
    """Live and public, in every language: the API, sitemaps and emails, which say which language they serve."""
    in_a_restricted_section = Q(pk__in=[])
    for path in restricted_sections():
        in_a_restricted_section |= Q(path__startswith=path)
    return pages.live().exclude(in_a_restricted_section)


def published_ancestors(page: Page) -> list[Page]:
    """The page's ancestors that visitors may see, from the home page down (the tree's root is not a page):
    breadcrumbs name no draft and no private section above a page."""
    return list(published(page.get_ancestors().filter(depth__gt=1)))


def is_published(page: Page | None) -> bool:
    return page is not None and published(Page.objects.filter(pk=page.pk)).exists()


def listed(pages: PageQuerySet) -> PageQuerySet:
    """Published, in the language of the request (or of the page) being served."""
    return published(pages).filter(locale=active_locale_id())


class PublishedPageQuerySet(PageQuerySet):
    def published(self) -> PageQuerySet:
        return published(self)

    def listed(self) -> PageQuerySet:
        """Listed, in the page type's own order (names, links, filters); page types override it."""
        return listed(self)

    def cards(self) -> PageQuerySet:
        """Listed as cards show them: with the card image's rendition; page types add what else their cards name."""
        return with_card_images(self.listed())

    def with_listed(self, relation: str) -> PageQuerySet:
        """With a many-to-many relation to pages loaded for the whole listing: only its listed pages, in order."""
        related_pages = self.model._meta.get_field(relation).related_model.objects.listed()
        return self.prefetch_related(Prefetch(relation, queryset=related_pages))


PublishedPageManager = PageManager.from_queryset(PublishedPageQuerySet)
