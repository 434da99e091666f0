"""The cancers' interface in French: pages that read in French (the catalogues: tests/test_translations.py)."""

import datetime

import pytest

from cancers.models import CancerPage
from tests import factories
from tests.bilingual import translate
from tests.catalogues import NBSP
from tests.html import parse


@pytest.fixture
def home_page(home_page):
    """Here the site is read in French: the home page is the French one, so that every page made under it
    is French and served under /fr/."""
    return translate(home_page, title="Accueil")


@pytest.fixture
def cancer(cancer_index, program_index):
    cancer = factories.CancerPageFactory(
        parent=cancer_index,
        title="Neuroblastome",
        category=CancerPage.Category.NERVOUS_SYSTEM,
        other_names="neuroblastoma",
        reviewed_by=factories.PersonFactory(
            name="Dr Anne Martin", title="Oncopédiatre", affiliation="Institut Curie", locale=factories.french()
        ),
        reviewed_on=datetime.date(2025, 3, 12),
    )
    factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", cancers=[cancer])
    return cancer


def test_cancer_page_reads_in_french(client, cancer):
    assert cancer.url.startswith("/fr/")
    response = client.get(cancer.url)
    page = parse(response)

    assert page.lang == "fr"
    for french in (
        "Système nerveux",
        "Autres noms",
        "Contenu médical relu par Dr Anne Martin, Oncopédiatre (Institut Curie) le 12 mars 2025",
        "les programmes de recherche",
        "suivre la recherche",
    ):
        assert french in page.text
    assert f"Neuroblastome{NBSP}: les programmes de recherche" in response.text
    assert '<time datetime="2025-03-12">12 mars 2025</time>' in response.text
    for english in ("Nervous system", "Also known as", "Medical content reviewed", "Research programs on", "Follow"):
        assert english not in page.text


def test_review_note_without_a_date_reads_in_french(client, cancer):
    cancer.reviewed_on = None
    cancer.reviewed_by.affiliation = ""
    cancer.reviewed_by.save()
    cancer.save_revision().publish()

    page = parse(client.get(cancer.url))

    assert "Contenu médical relu par Dr Anne Martin, Oncopédiatre." in page.text


def test_cancer_index_reads_in_french(client, cancer_index, cancer):
    response = client.get(cancer_index.url)

    assert "Système nerveux" in parse(response).text
    assert 'aria-label="Catégories de cancers"' in response.text


def test_empty_cancer_index_reads_in_french(client, cancer_index):
    page = parse(client.get(cancer_index.url))

    assert "Les pages sur les cancers sont en cours de rédaction." in page.text
    assert "being written" not in page.text


def test_cancer_feed_is_french(client, cancer):
    feed = client.get(f"/fr/feeds/cancers/{cancer.slug}/atom.xml").text

    assert f"<title>Neuroblastome{NBSP}: actualités · Imagine for Margo</title>" in feed
    assert 'xml:lang="fr"' in feed
