import datetime

import pytest

from tests import factories
from tests.html import parse


@pytest.fixture(autouse=True)
def three_per_page(settings):
    settings.NEWS_PER_PAGE = 3


@pytest.fixture
def sacha(program_index):
    return factories.ProgramPageFactory(parent=program_index, acronym="SACHA", slug="sacha")


@pytest.fixture
def news(news_index, sacha):
    """Seven published news, one a day from 1 to 7 June; the even days are about SACHA."""
    return [
        factories.NewsPageFactory(
            parent=news_index,
            title=f"News of {day} June",
            date=datetime.date(2025, 6, day),
            programs=[sacha] if day % 2 == 0 else [],
        )
        for day in range(1, 8)
    ]


def titles(response) -> list[str]:
    return [news.title for news in response.context["news_pages"]]


def test_news_index_lists_the_newest_news_first(client, news_index, news):
    factories.NewsPageFactory(parent=news_index, title="Draft news", date=datetime.date(2025, 6, 30), live=False)

    response = client.get(news_index.url)
    page = parse(response)

    assert titles(response) == ["News of 7 June", "News of 6 June", "News of 5 June"]
    assert page.position("News of 7 June") < page.position("News of 6 June") < page.position("News of 5 June")
    assert "Draft news" not in page.text
    assert "?page=2" in page.links


def test_news_index_pages_through_older_news(client, news_index, news):
    assert titles(client.get(news_index.url, {"page": 2})) == ["News of 4 June", "News of 3 June", "News of 2 June"]
    assert titles(client.get(news_index.url, {"page": 3})) == ["News of 1 June"]


def test_news_of_the_same_day_keep_a_stable_order_across_pages(client, news_index):
    same_day = [factories.NewsPageFactory(parent=news_index, date=datetime.date(2025, 6, 1)) for _ in range(5)]

    first, second = (titles(client.get(news_index.url, {"page": number})) for number in (1, 2))

    assert sorted(first + second) == sorted(news.title for news in same_day)


def test_news_index_filters_by_program(client, news_index, news, sacha):
    response = client.get(news_index.url, {"program": "sacha"})
    page = parse(response)

    assert titles(response) == ["News of 6 June", "News of 4 June", "News of 2 June"]
    assert response.context["news_pages"].paginator.count == 3
    facet = response.context["facets"][0]
    assert [(option.value, option.count, option.selected) for option in facet.options] == [("sacha", 3, True)]
    assert "News of 7 June" not in page.text


@pytest.mark.parametrize(
    "query, expected_first",
    [
        ({"page": "abc"}, "News of 7 June"),
        ({"page": "0"}, "News of 1 June"),
        ({"page": "99999"}, "News of 1 June"),
        ({"page": "1.5"}, "News of 7 June"),
        ({"program": "unknown"}, "News of 7 June"),
        ({"program": "<script>"}, "News of 7 June"),
        ({"program": "sacha", "page": "99999"}, "News of 6 June"),
    ],
)
def test_bad_parameters_give_a_normal_page(client, news_index, news, query, expected_first):
    response = client.get(news_index.url, query)

    parse(response)
    assert titles(response)[0] == expected_first
    assert "<script>" not in response.content.decode()
