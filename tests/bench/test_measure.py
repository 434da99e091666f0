"""The benchmark's in-process figures: every page type has an address, and its queries are counted exactly."""

import json
from io import StringIO

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.urls import NoReverseMatch, reverse

from bench.measure import count_queries, measure_address
from bench.pages import PAGE_TYPES, page_urls
from bench.views import HELLO_WORLD_PATH
from programs.models import NewsPage, ProgramPage


def test_every_page_type_has_an_address_that_answers(client, example_site):
    urls = page_urls()
    assert list(urls) == list(PAGE_TYPES)
    assert len(set(urls.values())) == len(PAGE_TYPES)
    for name, url in urls.items():
        assert client.get(url).status_code == 200, name


def test_the_program_with_the_most_news_is_measured(example_site):
    second = ProgramPage.objects.get(slug="exemple-programme-2")
    news = NewsPage.objects.get(slug="exemple-actualite-1")
    NewsPage.programs.through.objects.create(newspage=news, programpage=second)
    assert page_urls()["program"] == second.url


@override_settings(ROOT_URLCONF="bench.urls", PAGE_CACHE_ENABLED=False)
def test_queries_are_counted_exactly(client, example_site):
    assert count_queries(client, HELLO_WORLD_PATH) == 0
    news = page_urls()["news"]
    client.get(news)  # the first request also draws the image's renditions
    assert count_queries(client, news) == count_queries(client, news) > 0


def test_cold_is_counted_after_the_caches_are_cleared(client, example_site):
    figures = measure_address(client, page_urls()["home"], renders=3, budget_seconds=60)
    assert figures.cold_queries > figures.warm_queries > 0
    assert figures.renders == 3
    assert figures.render_ms > 0


def test_renders_stop_when_their_time_is_spent(client, example_site):
    assert measure_address(client, page_urls()["home"], renders=10, budget_seconds=0).renders == 1


def test_the_hello_world_view_is_in_the_benchmarks_urls_only(client):
    with pytest.raises(NoReverseMatch):
        reverse("hello_world")
    with override_settings(ROOT_URLCONF="bench.urls"):
        assert reverse("hello_world") == HELLO_WORLD_PATH
        assert client.get(HELLO_WORLD_PATH).content == b"Hello, world"


def test_the_command_prints_the_figures_of_every_page_type(example_site):
    output = StringIO()
    call_command("measure_pages", renders=1, seconds=0, stdout=output)
    figures = json.loads(output.getvalue())
    assert list(figures["pages"]) == list(PAGE_TYPES)
    assert figures["content"] == {"programs": 3, "cancers": 3, "news": 30, "publications": 3}


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}})
def test_the_command_never_clears_a_shared_cache():
    with pytest.raises(CommandError, match="BENCH_CACHE=memory"):
        call_command("measure_pages", stdout=StringIO())
