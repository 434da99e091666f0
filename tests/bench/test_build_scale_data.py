"""The example content at scale, built in bulk: here at a tiny size (the benchmark builds it by the thousand)."""

from io import StringIO

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page

from cancers.models import CancerPage
from programs.models import NewsIndexPage, NewsPage, ProgramPage, PublicationPage
from tests.bench.conftest import TINY_SIZES

EXAMPLE_SLUG = r"^ex[ae]mple-"
EXAMPLE_TYPES = {"news": NewsPage, "publications": PublicationPage, "programs": ProgramPage, "cancers": CancerPage}


def example_pages(model, language_code):
    return model.objects.filter(locale__language_code=language_code, slug__regex=EXAMPLE_SLUG)


@pytest.mark.parametrize("language_code", ["fr", "en"])
def test_each_language_gets_the_sizes_asked_for(example_site, language_code):
    for kind, model in EXAMPLE_TYPES.items():
        assert example_pages(model, language_code).live().count() == TINY_SIZES[kind], kind


def test_every_example_page_says_it_is_an_example(example_site):
    news = NewsPage.objects.get(slug="example-news-7")
    french = NewsPage.objects.get(slug="exemple-actualite-7")
    assert news.title == "Example news 7"
    assert french.title == "Actualité d'exemple 7"
    assert "example content" in str(news.body)
    assert "contenu d'exemple" in str(french.body)
    titles = Page.objects.filter(slug__regex=EXAMPLE_SLUG).values_list("title", flat=True)
    assert all("Example " in title or "d'exemple " in title for title in titles)


def test_each_english_page_is_the_translation_of_a_french_one_related_in_its_own_language(example_site):
    for model in EXAMPLE_TYPES.values():
        for english in example_pages(model, "en"):
            french = english.get_translation(example_site["fr"].locale)
            assert french.slug.startswith("exemple-")
    for news in NewsPage.objects.filter(slug__regex=EXAMPLE_SLUG):
        assert {program.locale_id for program in news.programs.all()} == {news.locale_id}
        assert {cancer.locale_id for cancer in news.cancers.all()} == {news.locale_id}
    for program in ProgramPage.objects.filter(slug__regex=EXAMPLE_SLUG):
        assert program.cancers.count() == 2
        assert program.news_pages.count() == TINY_SIZES["news"] // TINY_SIZES["programs"]


def test_the_page_tree_stays_consistent(example_site):
    assert Page.find_problems() == ([], [], [], [], [])
    for index in NewsIndexPage.objects.all():
        assert index.numchild == index.get_children().count() == TINY_SIZES["news"]
        assert index.get_children().last().url_path == f"{index.url_path}{index.get_children().last().slug}/"


@pytest.mark.parametrize(
    ("slug", "text"),
    [("example-news-3", "Example news 3"), ("exemple-actualite-3", "Actualité d&#x27;exemple 3")],
    ids=["en", "fr"],
)
def test_the_example_pages_are_served_listed_and_found(client, example_site, slug, text):
    news = NewsPage.objects.get(slug=slug)
    assert text in client.get(news.url).content.decode()
    assert text in client.get(news.get_parent().url).content.decode()
    assert NewsPage.objects.filter(locale=news.locale).search(text.split()[0]).count() > 0


def test_building_it_twice_is_refused_or_skipped(example_site):
    with pytest.raises(CommandError, match="already has the example content"):
        call_command("build_scale_data", stdout=StringIO(), **TINY_SIZES)
    output = StringIO()
    call_command("build_scale_data", "--if-empty", stdout=output, **TINY_SIZES)
    assert "nothing added" in output.getvalue()
    assert NewsPage.objects.filter(slug__regex=EXAMPLE_SLUG).count() == 2 * TINY_SIZES["news"]


def test_it_needs_the_index_pages_of_each_language(home_page):
    with pytest.raises(CommandError, match="load the demo content first"):
        call_command("build_scale_data", stdout=StringIO(), **TINY_SIZES)
