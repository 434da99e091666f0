"""The page tree is a contract: each page type lives where it belongs, and indexes are singletons."""

import pytest

from wagtail.models import Page

from cancers.models import CancerIndexPage, CancerPage
from charity.models import DonatePage, HomePage, StandardPage
from programs.models import (
    NewsIndexPage,
    NewsPage,
    ProgramIndexPage,
    ProgramPage,
    PublicationIndexPage,
    PublicationPage,
)
from tests import factories
from tests.test_factories import project_page_models

ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    DonatePage: {HomePage},
    CancerIndexPage: {HomePage},
    CancerPage: {CancerIndexPage},
    ProgramIndexPage: {HomePage},
    ProgramPage: {ProgramIndexPage},
    NewsIndexPage: {HomePage},
    NewsPage: {NewsIndexPage},
    PublicationIndexPage: {HomePage},
    PublicationPage: {PublicationIndexPage},
}
EVERY_PARENT = [Page, *ALLOWED_PARENTS]


def test_every_page_type_has_a_place_in_this_contract():
    assert set(ALLOWED_PARENTS) == project_page_models()


@pytest.mark.parametrize("child", ALLOWED_PARENTS, ids=lambda model: model.__name__)
def test_a_page_type_can_only_live_under_its_parents(child):
    assert set(child.allowed_parent_page_models()) == ALLOWED_PARENTS[child]


@pytest.mark.parametrize("parent", EVERY_PARENT, ids=lambda model: model.__name__)
def test_a_page_type_can_only_hold_its_children(parent):
    expected_children = {child for child, parents in ALLOWED_PARENTS.items() if parent in parents}
    project_children = {child for child in parent.allowed_subpage_models() if child in ALLOWED_PARENTS}
    assert project_children == expected_children


def test_detail_pages_hold_no_subpages():
    for model in (DonatePage, CancerPage, ProgramPage, NewsPage, PublicationPage):
        assert model.allowed_subpage_models() == [], model.__name__


SINGLETONS = [
    (CancerIndexPage, factories.CancerIndexPageFactory),
    (ProgramIndexPage, factories.ProgramIndexPageFactory),
    (NewsIndexPage, factories.NewsIndexPageFactory),
    (PublicationIndexPage, factories.PublicationIndexPageFactory),
    (DonatePage, factories.DonatePageFactory),
]


@pytest.mark.parametrize("model, page_factory", SINGLETONS, ids=lambda value: getattr(value, "__name__", ""))
def test_there_is_only_one_of_each_index_and_of_the_donate_page(home_page, model, page_factory):
    assert model.can_create_at(home_page)
    page_factory(parent=home_page)
    assert not model.can_create_at(home_page)


def test_pages_can_be_created_where_they_belong_and_nowhere_else(home_page):
    program_index = factories.ProgramIndexPageFactory(parent=home_page)
    news_index = factories.NewsIndexPageFactory(parent=home_page)
    program = factories.ProgramPageFactory(parent=program_index)
    about = factories.StandardPageFactory(parent=home_page)

    assert ProgramPage.can_create_at(program_index)
    assert not ProgramPage.can_create_at(home_page)
    assert not ProgramPage.can_create_at(news_index)
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(program)
    assert StandardPage.can_create_at(about)
    assert not StandardPage.can_create_at(program)
    assert not HomePage.can_create_at(home_page)
