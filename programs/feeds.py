"""RSS 2.0 and Atom feeds of the news: all of it, one program's, one cancer's. Links are absolute,
each item carries its date, summary and image (as an enclosure, with its size and type).

Each feed is in the language of its prefix (/fr/feeds/…, /en/feeds/…): that language's news, titles and
descriptions, and its language code in the feed."""

import datetime
import mimetypes
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import feedgenerator, timezone
from django.utils.translation import get_language, gettext

from charity.images import CARD_IMAGE_SPEC
from charity.sites import home_in_active_language
from programs.models import NewsIndexPage, NewsPage, ProgramPage

FEED_LENGTH = 20


@dataclass
class FeedSource:
    title: str
    link: str
    description: str
    news: QuerySet
    request: HttpRequest


def _enclosure(image, request) -> feedgenerator.Enclosure | None:
    if image is None:
        return None
    rendition = image.get_rendition(CARD_IMAGE_SPEC)
    try:
        length = rendition.file.size
    except OSError:
        # The file is missing from storage: better no image than a broken feed.
        return None
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "application/octet-stream"
    return feedgenerator.Enclosure(request.build_absolute_uri(rendition.url), str(length), mime_type)


def _home_url(request) -> str:
    """The home page of the feed's language, for a feed with no news section to link to."""
    home = home_in_active_language(request)
    home_url = home.get_full_url(request) if home is not None else None
    return home_url or request.build_absolute_uri(f"/{get_language()}/")


class NewsFeed(Feed):
    feed_type = feedgenerator.Rss201rev2Feed

    def author_name(self) -> str:
        return settings.WAGTAIL_SITE_NAME

    def get_object(self, request, *args, **kwargs) -> FeedSource:
        index = NewsIndexPage.objects.listed().first()
        return FeedSource(
            title=gettext("News · %(publisher)s") % {"publisher": settings.WAGTAIL_SITE_NAME},
            link=index.get_full_url(request) if index else _home_url(request),
            description=gettext("News of the childhood cancer research programs funded by %(publisher)s.")
            % {"publisher": settings.WAGTAIL_SITE_NAME},
            news=NewsPage.objects.cards(),
            request=request,
        )

    def title(self, source):
        return source.title

    def link(self, source):
        return source.link

    def description(self, source):
        return source.description

    def subtitle(self, source):
        return source.description

    def items(self, source):
        news_pages = list(source.news[:FEED_LENGTH])
        for news in news_pages:
            news.feed_url = news.get_full_url(source.request)
            news.feed_enclosure = _enclosure(news.image, source.request)
        return news_pages

    def item_title(self, news):
        return news.title

    def item_description(self, news):
        return news.summary

    def item_link(self, news):
        return news.feed_url

    def item_guid(self, news):
        return news.feed_url

    item_guid_is_permalink = True

    def item_pubdate(self, news):
        return timezone.make_aware(datetime.datetime.combine(news.date, datetime.time()))

    def item_updateddate(self, news):
        # Atom requires an update time on every entry.
        return news.last_published_at or self.item_pubdate(news)

    def item_categories(self, news):
        return [program.acronym for program in news.programs.all()]

    def item_enclosures(self, news):
        return [news.feed_enclosure] if news.feed_enclosure else []


class NewsAtomFeed(NewsFeed):
    feed_type = feedgenerator.Atom1Feed


class ProgramNewsFeed(NewsFeed):
    def get_object(self, request, slug) -> FeedSource:
        program = get_object_or_404(ProgramPage.objects.listed(), slug=slug)
        return FeedSource(
            title=gettext("%(program)s news · %(publisher)s")
            % {"program": program.acronym, "publisher": settings.WAGTAIL_SITE_NAME},
            link=program.get_full_url(request),
            description=gettext("News of the research program %(program)s, funded by %(publisher)s.")
            % {"program": program.acronym, "publisher": settings.WAGTAIL_SITE_NAME},
            news=program.news_pages.cards(),
            request=request,
        )


class ProgramNewsAtomFeed(ProgramNewsFeed):
    feed_type = feedgenerator.Atom1Feed
