"""Rendering a page costs the same number of queries whatever the amount of content."""

import pytest

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from charity.models import HomePageFeaturedProgram
from tests import factories


class Content:
    """Programs, news and publications, each with images, cancers and people, that can grow."""

    def __init__(self, home_page, cancer_index, program_index, news_index, publication_index):
        self.home_page = home_page
        self.indexes = {
            "cancer": cancer_index,
            "program": program_index,
            "news": news_index,
            "publication": publication_index,
        }
        self.cancers, self.programs, self.news, self.publications = [], [], [], []
        self.donate_page = factories.DonatePageFactory(parent=home_page)
        self.standard_page = factories.StandardPageFactory(parent=home_page, body=factories.paragraphs("About us."))

    def grow_to(self, size: int):
        for number in range(len(self.programs), size):
            if number % 5 == 0:
                self.cancers.append(
                    factories.CancerPageFactory(parent=self.indexes["cancer"], image=factories.ImageFactory())
                )
            cancers = {self.cancers[0], self.cancers[-1]}
            program = factories.ProgramPageFactory(
                parent=self.indexes["program"],
                image=factories.ImageFactory(),
                cancers=cancers,
                lead_investigators=[factories.PersonFactory(photo=factories.ImageFactory())],
                partners=[factories.PartnerFactory(logo=factories.ImageFactory(), show_in_footer=True)],
            )
            self.programs.append(program)
            programs = {self.programs[0], program}
            self.news.append(
                factories.NewsPageFactory(
                    parent=self.indexes["news"], image=factories.ImageFactory(), programs=programs, cancers=cancers
                )
            )
            self.publications.append(
                factories.PublicationPageFactory(
                    parent=self.indexes["publication"], year=2000 + number % 20, programs=programs, cancers=cancers
                )
            )
        # The first of each also relates to everything, so that its own lists grow too.
        for page in (self.news[0], self.publications[0]):
            page.programs.set(self.programs)
            page.cancers.set(self.cancers)
            page.save()
        self.programs[0].lead_investigators.add(factories.PersonFactory(photo=factories.ImageFactory()))
        self.programs[0].save()
        HomePageFeaturedProgram.objects.all().delete()
        for order, program in enumerate(self.programs[:6]):
            HomePageFeaturedProgram.objects.create(home_page=self.home_page, program=program, sort_order=order)

    def urls(self) -> dict[str, str]:
        return {
            "home": self.home_page.url,
            "cancer index": self.indexes["cancer"].url,
            "cancer page": self.cancers[0].url,
            "program index": self.indexes["program"].url,
            "program page": self.programs[0].url,
            "news index": self.indexes["news"].url,
            "news page": self.news[0].url,
            "publication index": self.indexes["publication"].url,
            "publication page": self.publications[0].url,
            "donate": self.donate_page.url,
            "standard": self.standard_page.url,
        }


def queries_per_page(client, urls: dict[str, str]) -> dict[str, int]:
    counts = {}
    for name, url in urls.items():
        # Renditions, routes, the frame and the page's fragments are made on the first visits.
        for _visit in range(2):
            assert client.get(url).status_code == 200, name
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, name
        counts[name] = len(queries)
    return counts


def queries_at_5_and_50_programs(client, content) -> tuple[dict[str, int], dict[str, int]]:
    content.grow_to(5)
    with_5 = queries_per_page(client, content.urls())
    content.grow_to(50)
    return with_5, queries_per_page(client, content.urls())


@pytest.fixture
def content(home_page, cancer_index, program_index, news_index, publication_index):
    return Content(home_page, cancer_index, program_index, news_index, publication_index)


# The page cache is bypassed (as for an editor, or a visitor with a session): every visit renders.
@override_settings(PAGE_CACHE_ENABLED=False)
def test_with_the_other_caches_warm_every_page_type_renders_in_at_most_10_queries_at_any_size(client, content):
    with_5, with_50 = queries_at_5_and_50_programs(client, content)

    assert with_50 == with_5
    assert {name: count for name, count in with_50.items() if count > 10} == {}


# Measured with every cache off (Wagtail's own caches too): a change that adds a query to a page type shows
# here. Routing alone costs two queries a level of the page tree, and the frame is looked up afresh.
BUDGETS_WITH_EVERY_CACHE_OFF = {
    "home": 32,
    "cancer index": 26,
    "cancer page": 39,
    "program index": 32,
    "program page": 43,
    "news index": 30,
    "news page": 30,
    "publication index": 30,
    "publication page": 27,
    "donate": 24,
    "standard": 23,
}
NO_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


@override_settings(PAGE_CACHE_ENABLED=False, PAGE_FRAGMENTS_ENABLED=False, CACHES=NO_CACHE)
def test_with_every_cache_off_every_page_type_keeps_to_its_budget_at_any_size(client, content):
    with_5, with_50 = queries_at_5_and_50_programs(client, content)

    assert with_50 == with_5
    assert with_50 == BUDGETS_WITH_EVERY_CACHE_OFF
