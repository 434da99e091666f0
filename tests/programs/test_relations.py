"""Relations are entered once, on the program, news or publication page, and read from both sides."""

import pytest

from wagtail.models import PageViewRestriction

from cancers import selectors as cancer_selectors
from programs import selectors
from tests import factories


@pytest.fixture
def cancers(cancer_index):
    return [factories.CancerPageFactory(parent=cancer_index, title=title) for title in ("DIPG", "Neuroblastoma")]


@pytest.fixture
def program(program_index, cancers):
    return factories.ProgramPageFactory(parent=program_index, acronym="BIOMEDE", cancers=cancers)


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")


def test_a_program_and_its_cancers_see_each_other(program, cancers):
    assert list(selectors.cancers_for_program(program)) == cancers
    for cancer in cancers:
        assert list(cancer_selectors.programs_for_cancer(cancer)) == [program]


def test_a_news_page_and_its_programs_see_each_other(program, news_index, program_index):
    other = factories.ProgramPageFactory(parent=program_index)
    news = factories.NewsPageFactory(parent=news_index, programs=[program, other])

    assert list(selectors.news_for_program(program)) == [news]
    assert list(selectors.news_for_program(other)) == [news]
    assert set(news.programs.all()) == {program, other}


def test_unpublished_pages_appear_on_neither_side(program, cancers, news_index, publication_index, cancer_index):
    hidden_cancer = factories.CancerPageFactory(parent=cancer_index, live=False)
    program.cancers.add(hidden_cancer)
    program.save()
    factories.NewsPageFactory(parent=news_index, programs=[program], live=False)
    factories.PublicationPageFactory(parent=publication_index, programs=[program], live=False)

    assert hidden_cancer not in selectors.cancers_for_program(program)
    assert not selectors.news_for_program(program).exists()
    assert not selectors.publications_for_program(program).exists()

    program.unpublish()
    assert not cancer_selectors.programs_for_cancer(cancers[0]).exists()


def test_private_pages_appear_on_neither_side(program, cancers, news_index):
    news = factories.NewsPageFactory(parent=news_index, programs=[program])
    make_private(news)
    make_private(program)

    assert not selectors.news_for_program(program).exists()
    assert not cancer_selectors.programs_for_cancer(cancers[0]).exists()
    assert not cancer_selectors.news_for_cancer(cancers[0]).exists()


def test_listings_show_published_and_public_pages_only(program_index, news_index, publication_index):
    live = factories.ProgramPageFactory(parent=program_index)
    factories.ProgramPageFactory(parent=program_index, live=False)
    make_private(factories.ProgramPageFactory(parent=program_index))
    live_news = factories.NewsPageFactory(parent=news_index)
    factories.NewsPageFactory(parent=news_index, live=False)
    live_publication = factories.PublicationPageFactory(parent=publication_index)
    factories.PublicationPageFactory(parent=publication_index, live=False)

    assert list(selectors.program_listing()) == [live]
    assert list(selectors.news_listing()) == [live_news]
    assert list(selectors.publication_listing()) == [live_publication]


def test_a_publication_reaches_the_cancers_of_its_programs(program, cancers, publication_index, cancer_index):
    direct = factories.CancerPageFactory(parent=cancer_index, title="Sarcomas")
    publication = factories.PublicationPageFactory(parent=publication_index, programs=[program], cancers=[direct])

    assert list(selectors.cancers_for_publication(publication)) == [cancers[0], cancers[1], direct]
    for cancer in (*cancers, direct):
        assert list(cancer_selectors.publications_for_cancer(cancer)) == [publication]
