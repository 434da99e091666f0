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
        assert client.get(url).status_code == 200, name  # renditions and caches are made on the first visit
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, name
        counts[name] = len(queries)
    return counts


@pytest.fixture
def content(home_page, cancer_index, program_index, news_index, publication_index):
    return Content(home_page, cancer_index, program_index, news_index, publication_index)


@override_settings(PAGE_CACHE_ENABLED=False)  # every visit renders: none is a page served from the cache
def test_every_page_type_renders_in_as_many_queries_with_50_items_as_with_5(client, content):
    content.grow_to(5)
    with_5 = queries_per_page(client, content.urls())

    content.grow_to(50)
    with_50 = queries_per_page(client, content.urls())

    assert with_50 == with_5
