"""RSS 2.0 and Atom feeds of the news about one cancer, in the language of their prefix."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils import feedgenerator
from django.utils.translation import gettext

from cancers.models import CancerPage
from programs.feeds import FeedSource, NewsFeed
from programs.models import NewsPage


class CancerNewsFeed(NewsFeed):
    def get_object(self, request, slug) -> FeedSource:
        cancer = get_object_or_404(CancerPage.objects.listed(), slug=slug)
        return FeedSource(
            title=gettext("News about %(cancer)s · %(publisher)s")
            % {"cancer": cancer.title, "publisher": settings.WAGTAIL_SITE_NAME},
            link=cancer.get_full_url(request),
            description=gettext("News of the research on %(cancer)s funded by %(publisher)s.")
            % {"cancer": cancer.title, "publisher": settings.WAGTAIL_SITE_NAME},
            news=NewsPage.objects.cards().about_cancer(cancer),
            request=request,
        )


class CancerNewsAtomFeed(CancerNewsFeed):
    feed_type = feedgenerator.Atom1Feed
