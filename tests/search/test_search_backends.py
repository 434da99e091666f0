"""The search backend: each language indexed and searched with its own stemming on PostgreSQL."""

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from search.backends import PerLanguagePostgresSearchBackend, PerLanguageSearchQueryCompiler
from tests import factories

SEARCH_CONFIGS = {"fr": "french", "en": "english"}


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("Text search configurations (stemming per language) exist on PostgreSQL only.")


@pytest.fixture
def backend():
    return PerLanguagePostgresSearchBackend({"SEARCH_CONFIGS": SEARCH_CONFIGS})


def test_the_site_uses_the_per_language_backend_on_postgresql_and_the_stock_one_elsewhere(db):
    backend = get_search_backend()

    assert isinstance(backend, PerLanguagePostgresSearchBackend) == (connection.vendor == "postgresql")


@pytest.mark.parametrize(
    "language_code, config",
    [
        ("fr", "french"),
        ("en", "english"),
        ("en-gb", "english"),
        ("fr-ca", "french"),
        ("de", "simple"),
        (None, "simple"),
    ],
)
def test_each_content_language_has_its_configuration_and_others_are_not_stemmed(backend, language_code, config):
    assert backend.config_for_language(language_code) == config


@pytest.mark.parametrize("language_code, config", [("fr", "french"), ("en", "english")])
def test_a_search_of_pages_is_stemmed_in_the_active_language(backend, language_code, config):
    compiler = PerLanguageSearchQueryCompiler(Page.objects.all(), "enfants")

    with translation.override(language_code):
        assert compiler.get_config(backend) == config


def test_a_search_of_content_without_a_language_is_not_stemmed(backend):
    compiler = PerLanguageSearchQueryCompiler(get_image_model().objects.all(), "photographs")

    with translation.override("fr"):
        assert compiler.get_config(backend) == "simple"


def test_autocomplete_is_never_stemmed(backend):
    assert backend.autocomplete_config == "simple"
    assert backend.with_config("french").autocomplete_config == "simple"


@pytest.fixture
def same_text_in_both_languages(home_page):
    french_home = home_page.copy_for_translation(factories.french())
    french_home.save_revision().publish()
    summary = "Des enfants soignés"
    return {
        "fr": factories.StandardPageFactory(parent=french_home, title="Soins", summary=summary),
        "en": factories.StandardPageFactory(parent=home_page, title="Care", summary=summary),
    }


def indexed_vector(obj, field: str) -> str:
    """The text search vector stored for `obj`, e.g. "'enfant':2 'soign':3"."""
    entry = IndexEntry.objects.get(content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk))
    return str(getattr(entry, field))


def test_the_indexer_stems_each_page_with_the_rules_of_its_language(postgresql, same_text_in_both_languages):
    french_vector = indexed_vector(same_text_in_both_languages["fr"], "body")
    english_vector = indexed_vector(same_text_in_both_languages["en"], "body")

    # French rules: "soignés" → "soign", and "des" is a stop word.
    assert "'soign':" in french_vector
    assert "'des'" not in french_vector
    # English rules leave the French word whole and keep "des".
    assert "'soigné':" in english_vector
    assert "'des':" in english_vector


def test_rebuilding_the_index_keeps_each_language_s_rules(postgresql, same_text_in_both_languages):
    call_command("update_index", verbosity=0)

    assert "'soign':" in indexed_vector(same_text_in_both_languages["fr"], "body")
    assert "'soigné':" in indexed_vector(same_text_in_both_languages["en"], "body")


def test_an_object_without_a_language_is_indexed_without_stemming(postgresql, db):
    image = factories.ImageFactory(title="Photographs of children")

    title_vector = indexed_vector(image, "title")

    assert "'photographs':" in title_vector
    assert "'of':" in title_vector


def test_autocomplete_still_finds_pages_by_the_start_of_a_word(same_text_in_both_languages):
    with translation.override("fr"):
        found = list(get_search_backend().autocomplete("Soi", Page.objects.live()))

    assert [page.pk for page in found] == [same_text_in_both_languages["fr"].pk]
