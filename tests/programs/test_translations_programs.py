"""The programs' interface in French: pages that read in French (the catalogues: tests/test_translations.py)."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from programs.models import ProgramPage
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
def program(program_index, cancer_index):
    return factories.ProgramPageFactory(
        parent=program_index,
        acronym="MAPPYACTS",
        theme=ProgramPage.Theme.PRECISION_MEDICINE,
        status=ProgramPage.Status.COMPLETED,
        trial_phase="2",
        nct_number="NCT02613962",
        start_year=2016,
        children_included=7200,
        lead_investigators=[
            factories.PersonFactory(name="Prof. Birgit Geoerger", locale=factories.french()),
            factories.PersonFactory(name="Prof. Gilles Vassal", locale=factories.french()),
        ],
        cancers=[factories.CancerPageFactory(parent=cancer_index, title="Neuroblastome")],
    )


def test_program_page_reads_in_french(client, program):
    assert program.url.startswith("/fr/")
    page = parse(client.get(program.url))

    assert page.lang == "fr"
    for french in (
        "Médecine de précision",
        "En bref",
        "Thématique",
        "Statut",
        "Terminé",
        "Depuis 2016",
        "Enfants inclus",
        "Essai clinique",
        "(registre ClinicalTrials.gov)",
        "Responsables scientifiques",
        "Suivre MAPPYACTS",
        "Recevez ses actualités par e-mail",
    ):
        assert french in page.text
    for english in ("Precision medicine", "Key facts", "Theme", "Completed", "today", "Lead investigator", "Follow"):
        assert english not in page.text


def test_program_index_reads_in_french(client, program_index, program):
    factories.ProgramPageFactory(parent=program_index, status=ProgramPage.Status.RECRUITING)

    page = parse(client.get(program_index.url))

    for french in ("Filtrer les programmes", "2 programmes", "Cancer", "Thématique", "Inclusions en cours"):
        assert french in page.text
    for english in ("Filter the programs", "2 programs", "Theme", "Recruiting"):
        assert english not in page.text


def test_program_index_says_when_no_program_matches_in_french(client, program_index):
    page = parse(client.get(program_index.url))

    assert "0 programme " in page.text
    assert "Aucun programme ne correspond à ces filtres. Voir tous les programmes" in page.text


def test_news_index_counts_in_french(client, news_index):
    factories.NewsPageFactory(parent=news_index)

    response = client.get(news_index.url)
    page = parse(response)

    assert "1 actualité" in page.text
    assert "Les actualités par e-mail" in page.text
    assert 'title="Actualités (RSS)"' in response.content.decode()
    assert "news item" not in page.text


def test_news_page_date_is_french(client, news_index):
    news = factories.NewsPageFactory(parent=news_index, date=datetime.date(2025, 3, 5))

    page = parse(client.get(news.url))

    assert "5 mars 2025" in page.text


def test_publication_pages_read_in_french(client, publication_index):
    publication = factories.PublicationPageFactory(parent=publication_index, doi="10.1158/2159-8290.CD-21-1136")
    factories.PublicationPageFactory(parent=publication_index)

    listing_response = client.get(publication_index.url)
    detail_response = client.get(publication.url)
    listing, detail = parse(listing_response), parse(detail_response)

    assert "2 publications" in listing.text
    # French typography: a non-breaking space before the colon.
    assert f"Télécharger ces 2 publications pour un gestionnaire de références{NBSP}:" in listing_response.text
    assert "Filtrer les publications" in listing.text
    assert "Année" in listing.text
    assert "reference manager" not in listing.text
    for french in ("Publication, 2022", "Référence", "Lire l’article", "Citer cet article", "Fichier BibTeX"):
        assert french in detail.text
    assert f"DOI{NBSP}: 10.1158/2159-8290.CD-21-1136" in detail_response.text
    for english in ("Reference", "Read the article", "Cite this article", " file"):
        assert english not in detail.text


def test_feed_titles_are_french(client, news_index, program):
    news_feed = client.get("/fr/feeds/news/rss.xml").content.decode()
    program_feed = client.get(f"/fr/feeds/programs/{program.slug}/rss.xml").content.decode()

    assert "<title>Actualités · Imagine for Margo</title>" in news_feed
    assert "<language>fr</language>" in news_feed
    assert "<title>Actualités de MAPPYACTS · Imagine for Margo</title>" in program_feed


def test_validation_messages_are_french(program):
    program.end_year = 2010
    program.eu_trial_number = "12345"

    with translation.override("fr"):
        with pytest.raises(ValidationError) as error:
            program.full_clean()
        messages = error.value.message_dict

        assert messages["end_year"] == ["L’année de fin ne peut pas précéder l’année de début."]
        assert str(messages["eu_trial_number"][0]).startswith("Saisissez un numéro EU CT")
