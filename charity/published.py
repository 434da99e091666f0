"""What visitors may see, defined once.

A page is published when it is live and public (no privacy restriction). It is listed when it is
published in the language being read: one page tree per language, so a French page lists French pages.
Every listing, feed, email, API field, sitemap and search result gets its pages through these two.
Page types that are listed add their own order and what their listings show (`listed()` below).
"""

from django.db.models import Prefetch

from wagtail.models import Locale, PageManager
from wagtail.query import PageQuerySet

from charity.images import with_card_images


def published(pages: PageQuerySet) -> PageQuerySet:
    """Live and public, in every language: the API, sitemaps and emails, which say which language they serve."""
    return pages.live().public()


def listed(pages: PageQuerySet) -> PageQuerySet:
    """Published, in the language of the request (or of the page) being served."""
    return published(pages).filter(locale=Locale.get_active())


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
