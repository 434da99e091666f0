"""Each language searches its own pages: /fr/search/ the French tree, /en/search/ the English one."""

import pytest

from django.db import connection
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests import factories
from tests.html import parse


def search_url(language: str) -> str:
    with translation.override(language):
        return reverse("search")


def search(client, language: str, query: str):
    response = client.get(search_url(language), {"q": query})
    parse(response)
    return response


def found(response) -> list[str]:
    results = response.context["results"]
    return [result.page.title for result in results] if results else []


def skip_unless_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip(
            "Stemming needs PostgreSQL's text search configurations: SQLite's full-text index matches whole "
            "words only (no stemming, no prefixes), so 'enfant' does not find 'enfants' there."
        )


@pytest.fixture
def french_home(home_page):
    """The French translation of the site's home page, so that Wagtail serves the French tree under /fr/."""
    home = home_page.copy_for_translation(factories.french())
    home.title = "Accueil"
    home.save_revision().publish()
    return home


def searchable_pages(home, programs_title: str, program: dict, cancer: dict, page: dict) -> dict:
    """The program MAPPYACTS, a cancer and a standard page in the tree of `home`, with the fields given."""
    program_index = factories.ProgramIndexPageFactory(parent=home, title=programs_title)
    cancer_index = factories.CancerIndexPageFactory(parent=home, title="Cancers")
    return {
        "program": factories.ProgramPageFactory(
            parent=program_index, acronym="MAPPYACTS", title="MAPPYACTS", **program
        ),
        "cancer": factories.CancerPageFactory(parent=cancer_index, **cancer),
        "page": factories.StandardPageFactory(parent=home, **page),
    }


@pytest.fixture
def english(home_page):
    return searchable_pages(
        home_page,
        "Research programs",
        program={"summary": "Sequencing relapsed tumours."},
        cancer={"title": "Neuroblastoma", "summary": "A cancer of the nerve cells."},
        page={
            "title": "Treatments for children",
            "summary": "MAPPYACTS: how children with relapsed tumours are treated.",
        },
    )


@pytest.fixture
def french(french_home):
    return searchable_pages(
        french_home,
        "Programmes de recherche",
        program={"summary": "Séquencer les tumeurs en rechute."},
        cancer={"title": "Neuroblastome", "summary": "Un cancer des cellules nerveuses."},
        page={
            "title": "Guérir les enfants",
            "summary": "MAPPYACTS : les enfants atteints de cancers et de tumeurs en rechute, soignés et traités.",
        },
    )


def test_the_search_lives_under_each_language_prefix():
    assert search_url("fr") == "/fr/search/"
    assert search_url("en") == "/en/search/"


def test_each_language_finds_only_its_own_pages(client, english, french):
    english_titles = found(search(client, "en", "mappyacts"))
    french_titles = found(search(client, "fr", "mappyacts"))

    assert english_titles == ["MAPPYACTS", "Treatments for children"]
    assert french_titles == ["MAPPYACTS", "Guérir les enfants"]


def test_results_link_to_pages_in_the_language_being_read(client, english, french):
    french_response = search(client, "fr", "mappyacts")
    english_response = search(client, "en", "mappyacts")

    assert [result.page.pk for result in french_response.context["results"]][0] == french["program"].pk
    assert [result.page.pk for result in english_response.context["results"]][0] == english["program"].pk
    french_html = french_response.content.decode()
    assert f'href="{french["program"].url}"' in french_html
    assert french["program"].url.startswith("/fr/")
    assert english["program"].url not in french_html


def test_a_french_page_is_not_found_from_the_english_search(client, english, french):
    assert found(search(client, "fr", "enfants")) == ["Guérir les enfants"]
    assert found(search(client, "en", "enfants")) == []


def test_an_english_page_is_not_found_from_the_french_search(client, english, french):
    assert found(search(client, "en", "children")) == ["Treatments for children"]
    assert found(search(client, "fr", "children")) == []


def test_a_cancer_is_found_by_its_name_in_the_language_being_read(client, english, french):
    assert found(search(client, "fr", "neuroblastome")) == ["Neuroblastome"]
    assert found(search(client, "en", "neuroblastome")) == []
    assert found(search(client, "en", "neuroblastoma")) == ["Neuroblastoma"]


@pytest.mark.parametrize(
    "query",
    [
        "enfant",  # "enfants"
        "tumeur",  # "tumeurs"
        "soigner",  # "soignés": English rules would keep "soigné" and "soigner" apart
        "traitement",  # "traités"
    ],
)
def test_the_french_search_finds_a_french_page_by_another_form_of_its_words(client, english, french, query):
    skip_unless_postgresql()

    assert "Guérir les enfants" in found(search(client, "fr", query))


def test_the_french_search_finds_cancers_by_cancer(client, english, french):
    """PostgreSQL's French rules stem "cancer" and "cancers" apart: the search asks for both numbers."""
    assert "Guérir les enfants" in found(search(client, "fr", "cancer"))


@pytest.mark.parametrize("query", ["treatment", "tumour", "treat"])
def test_the_english_search_finds_an_english_page_by_another_form_of_its_words(client, english, french, query):
    skip_unless_postgresql()

    assert "Treatments for children" in found(search(client, "en", query))


def test_the_home_page_link_of_an_empty_search_stays_in_its_language(client, english, french, french_home):
    html = search(client, "fr", "licorne").content.decode()

    assert french_home.url == "/fr/"
    assert 'la <a href="/fr/">page d’accueil</a>' in html


def test_the_header_search_box_sends_to_the_search_of_its_language(client, english, french, french_home):
    assert f'action="{search_url("fr")}"' in client.get(french_home.url).content.decode()
    assert f'action="{search_url("en")}"' in client.get(english["page"].url).content.decode()


@pytest.fixture
def promotions(english, french):
    query = Query.get("mappyacts")
    return [
        SearchPromotion.objects.create(query=query, page=english["page"], description="How we treat.", sort_order=0),
        SearchPromotion.objects.create(query=query, page=french["page"], description="Nos traitements.", sort_order=1),
        SearchPromotion.objects.create(
            query=query,
            external_link_url="https://clinicaltrials.gov/",
            external_link_text="ClinicalTrials.gov",
            sort_order=2,
        ),
    ]


def test_only_pages_of_the_language_being_read_are_promoted(client, promotions):
    french_promotions = search(client, "fr", "MAPPYACTS").context["promotions"]
    english_promotions = search(client, "en", "MAPPYACTS").context["promotions"]

    assert [promotion.title for promotion in french_promotions] == ["Guérir les enfants", "ClinicalTrials.gov"]
    assert [promotion.title for promotion in english_promotions] == ["Treatments for children", "ClinicalTrials.gov"]


def test_searches_in_either_language_are_logged_for_the_search_terms_report(client, english, french):
    search(client, "fr", "mappyacts")
    search(client, "en", "MAPPYACTS")

    assert Query.get("mappyacts").hits == 2
