"""Relations are entered once, on the program, news or publication page, and read from both sides."""

import pytest

from django.utils import translation

from wagtail.models import PageViewRestriction

from programs.models import NewsPage, ProgramPage, PublicationPage
from tests import factories


@pytest.fixture(autouse=True)
def reading_english():
    """Listings hold the pages of the language being read, and the factories make English pages."""
    with translation.override("en"):
        yield


@pytest.fixture
def cancers(cancer_index):
    return [factories.CancerPageFactory(parent=cancer_index, title=title) for title in ("DIPG", "Neuroblastoma")]


@pytest.fixture
def program(program_index, cancers):
    return factories.ProgramPageFactory(parent=program_index, acronym="BIOMEDE", cancers=cancers)


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")


def test_a_program_and_its_cancers_see_each_other(program, cancers):
    assert list(program.cancers.listed()) == cancers
    for cancer in cancers:
        assert list(cancer.targeting_programs.listed()) == [program]


def test_a_news_page_and_its_programs_see_each_other(program, news_index, program_index):
    other = factories.ProgramPageFactory(parent=program_index)
    news = factories.NewsPageFactory(parent=news_index, programs=[program, other])

    assert list(program.news_pages.listed()) == [news]
    assert list(other.news_pages.listed()) == [news]
    assert set(news.programs.all()) == {program, other}


def test_unpublished_pages_appear_on_neither_side(program, cancers, news_index, publication_index, cancer_index):
    hidden_cancer = factories.CancerPageFactory(parent=cancer_index, live=False)
    program.cancers.add(hidden_cancer)
    program.save()
    factories.NewsPageFactory(parent=news_index, programs=[program], live=False)
    factories.PublicationPageFactory(parent=publication_index, programs=[program], live=False)

    assert hidden_cancer not in program.cancers.listed()
    assert not program.news_pages.listed().exists()
    assert not program.publications.listed().exists()

    program.unpublish()
    assert not cancers[0].targeting_programs.listed().exists()


def test_private_pages_appear_on_neither_side(program, cancers, news_index):
    news = factories.NewsPageFactory(parent=news_index, programs=[program])
    make_private(news)
    make_private(program)

    assert not program.news_pages.listed().exists()
    assert not cancers[0].targeting_programs.listed().exists()
    assert not NewsPage.objects.listed().about_cancer(cancers[0]).exists()


def test_listings_show_published_and_public_pages_only(program_index, news_index, publication_index):
    live = factories.ProgramPageFactory(parent=program_index)
    factories.ProgramPageFactory(parent=program_index, live=False)
    make_private(factories.ProgramPageFactory(parent=program_index))
    live_news = factories.NewsPageFactory(parent=news_index)
    factories.NewsPageFactory(parent=news_index, live=False)
    live_publication = factories.PublicationPageFactory(parent=publication_index)
    factories.PublicationPageFactory(parent=publication_index, live=False)

    assert list(ProgramPage.objects.cards()) == [live]
    assert list(NewsPage.objects.cards()) == [live_news]
    assert list(PublicationPage.objects.listed()) == [live_publication]


def test_a_publication_reaches_the_cancers_of_its_programs(program, cancers, publication_index, cancer_index):
    direct = factories.CancerPageFactory(parent=cancer_index, title="Sarcomas")
    publication = factories.PublicationPageFactory(parent=publication_index, programs=[program], cancers=[direct])

    assert list(publication.cancers_and_those_of_its_programs()) == [cancers[0], cancers[1], direct]
    for cancer in (*cancers, direct):
        assert list(PublicationPage.objects.listed().about_cancer(cancer)) == [publication]
