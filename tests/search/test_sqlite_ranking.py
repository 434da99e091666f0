"""On SQLite, search ranks with one full-text match, whatever the number of matching pages, in the order
the stock backend gives."""

import pytest
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.sqlite_ranking import RankedOnceSQLiteSearchBackend
from search.views import full_text_query
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(news_index):
    """Pages that match "neuroblastome" more or less strongly, so that ranking has something to order."""
    pages = []
    for number in range(12):
        words = " ".join(["neuroblastome"] * (number % 4 + 1))
        pages.append(
            factories.NewsPageFactory(parent=news_index, title=f"Actualité {number}", summary=f"{words} et recherche")
        )
    factories.NewsPageFactory(parent=news_index, title="Autre sujet", summary="ostéosarcome")
    return pages


def search(backend, query: str, start=0, stop=50):
    with translation.override("en"):
        return backend.search(full_text_query(query), Page.objects.live().filter(depth__gt=1))[start:stop]


def test_the_site_ranks_with_its_own_backend_on_sqlite():
    assert isinstance(get_search_backend(), RankedOnceSQLiteSearchBackend)


@pytest.mark.parametrize("query", ["neuroblastome", "recherche", "neuroblastome recherche", "ostéosarcome", "absent"])
def test_results_and_their_order_are_the_stock_backends(news, query):
    ours, stock = get_search_backend(), SQLiteSearchBackend({})

    assert [page.pk for page in search(ours, query)] == [page.pk for page in search(stock, query)]
    assert search(ours, query).count() == search(stock, query).count()


def test_a_slice_of_the_results_is_that_slice_of_the_ranking(news):
    backend = get_search_backend()
    everything = [page.pk for page in search(backend, "neuroblastome")]

    assert [page.pk for page in search(backend, "neuroblastome", 5, 10)] == everything[5:10]


def test_the_match_runs_once_however_many_pages_match(news, news_index):
    backend = get_search_backend()
    with CaptureQueriesContext(connection) as few:
        list(search(backend, "neuroblastome"))
    for number in range(30):
        factories.NewsPageFactory(parent=news_index, title=f"Encore {number}", summary="neuroblastome")
    with CaptureQueriesContext(connection) as many:
        list(search(backend, "neuroblastome"))

    assert len(many) == len(few)
    assert sum("MATCH" in query["sql"] for query in many) == 2  # the scores, then the pages that match
