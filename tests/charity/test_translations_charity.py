"""The charity's interface in French: numbers in the French way, pages that read in French."""

import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from django.template.loader import render_to_string
from django.utils import translation

from charity import views
from charity.forms import TaxCalculatorForm
from charity.listing import FacetOption, FacetResult
from charity.models import CharitySettings, Partner, SuggestedAmount
from charity.templatetags.charity_tags import euros, grouped, percent
from tests import factories
from tests.bilingual import translate
from tests.catalogues import NBSP
from tests.html import INVISIBLE_ELEMENTS, ParsedPage, parse


@pytest.fixture
def home_page(home_page):
    """Here the site is read in French: the home page is the French one, so that every page made under it
    is French and served under /fr/."""
    return translate(home_page, title="Accueil")


class VisibleText(HTMLParser):
    """The text a reader sees, with its non-breaking spaces kept (French typography depends on them)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self._texts: list[str] = []
        self._hidden = 0
        self.feed(html)
        self.text = re.sub(r"[ \t\r\n]+", " ", "".join(self._texts)).strip()

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in INVISIBLE_ELEMENTS

    def handle_endtag(self, tag):
        self._hidden -= tag in INVISIBLE_ELEMENTS

    def handle_data(self, data):
        if not self._hidden:
            self._texts.append(data)


def visible_text(response) -> str:
    parse(response)
    return VisibleText(response.content.decode()).text


@pytest.mark.parametrize(
    "language, number, expected",
    [("en", 7200, "7,200"), ("fr", 7200, f"7{NBSP}200"), ("en", 119, "119"), ("fr", Decimal("2.5"), "2,50")],
)
def test_grouped_numbers_follow_the_language(language, number, expected):
    with translation.override(language):
        assert grouped(number) == expected


@pytest.mark.parametrize(
    "language, amount, expected",
    [
        ("en", 1500, "€1,500"),
        ("fr", 1500, f"1{NBSP}500{NBSP}€"),
        ("en", Decimal("330.5"), "€330.50"),
        ("fr", Decimal("330.5"), f"330,50{NBSP}€"),
    ],
)
def test_amounts_in_euros_follow_the_language(language, amount, expected):
    with translation.override(language):
        assert euros(amount) == expected


@pytest.mark.parametrize(
    "language, rate, expected",
    [
        ("en", Decimal("0.66"), "66%"),
        ("fr", Decimal("0.66"), f"66{NBSP}%"),
        ("en", Decimal("0.005"), "0.5%"),
        ("fr", Decimal("0.005"), f"0,5{NBSP}%"),
    ],
)
def test_percentages_follow_the_language(language, rate, expected):
    with translation.override(language):
        assert percent(rate) == expected


def test_the_tax_calculator_form_and_partner_kinds_speak_french():
    with translation.override("fr"):
        form = TaxCalculatorForm()
        assert form["donor_type"].label == "Je donne en tant que"
        assert [label for _, label in form.fields["donor_type"].choices] == ["Particulier", "Entreprise"]
        assert str(Partner.Kind.HOSPITAL.label) == "Hôpital ou centre de lutte contre le cancer"


def test_home_page_reads_in_french(client, home_page, impact_figures, donate_page, news_index):
    factories.NewsPageFactory(parent=news_index, title="Une avancée", date="2025-03-11")

    assert home_page.url == "/fr/"
    response = client.get(home_page.url)
    text = visible_text(response)

    assert parse(response).lang == "fr"
    for french in (
        "Aller au contenu principal",
        "Faire un don",
        f"Notre impact depuis {impact_figures.since_year}",
        f"plus de {impact_figures.research_funding_millions}{NBSP}millions d’euros",
        f"plus de 7{NBSP}200 enfants ont bénéficié des projets cliniques que nous finançons",
        "programmes de recherche financés",
        "Dernières actualités",
        "11 mars 2025",
        "Toutes les actualités",
        "Recevoir nos actualités par e-mail",
    ):
        assert french in text, french
    for english in (
        "Skip to main content",
        "Donate",
        "Our impact since",
        "€20",
        "given to research",
        "Latest news",
        "All news",
    ):
        assert english not in text, english


def test_donate_page_and_its_tax_calculator_read_in_french(client, home_page, site):
    CharitySettings.objects.create(site=site, contact_email="dons@example.org")
    donate_page = factories.DonatePageFactory(
        parent=home_page, suggested_amounts=[SuggestedAmount(amount=1500, what_it_funds="Un mois de recherche.")]
    )

    response = client.post(
        f"/{donate_page.locale.language_code}/donate/tax-reduction/",
        {"donor_type": "company", "gift": "30000", "income": "1000000"},
        headers={"Accept": "text/html"},
    )
    text = visible_text(response)

    for french in (
        f"1{NBSP}500{NBSP}€",
        "Le don en ligne n’est pas encore ouvert",
        "Je donne en tant que",
        f"Pour un don de 30{NBSP}000{NBSP}€, votre réduction d’impôt est de 12{NBSP}000{NBSP}€.",
        f"Votre don ne vous coûte en réalité que 18{NBSP}000{NBSP}€.",
        f"soit 10{NBSP}000{NBSP}€, est reportée sur les 5 années suivantes",
        f"66{NBSP}% du don",
        "Plafond annuel",
        f"20{NBSP}% du revenu imposable",
        f"0,5{NBSP}% du chiffre d’affaires annuel hors taxes, ou 20{NBSP}000{NBSP}€ si ce montant est plus élevé",
        "Reporté sur les 5 années suivantes",
        "Article 238 bis du Code général des impôts",
    ):
        assert french in text, french
    for english in ("I give as", "Individual", "your tax reduction is", "Yearly ceiling", "Legal basis"):
        assert english not in text, english
    # Every amount has its euro sign after the number, the French way.
    assert re.findall(r"€\d", text) == []


@pytest.fixture
def many_programs(program_index):
    return [
        factories.ProgramPageFactory(parent=program_index, acronym=f"SARC{number}", summary="Sarcoma research.")
        for number in range(12)
    ]


def test_search_results_read_in_french(client, home_page, many_programs, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 10

    response = client.get("/fr/search/", {"q": "sarcoma", "type": "program"})
    text = visible_text(response)

    assert f"<title>Recherche{NBSP}: sarcoma · Imagine for Margo</title>" in response.content.decode()
    for french in (
        "Tous les résultats",
        "Programmes de recherche 12",
        f"12 résultats pour «{NBSP}sarcoma{NBSP}» parmi les programmes de recherche",
        "Page 1 sur 2",
        "Page Suivante",
    ):
        assert french in text, french
    for english in ("All results", "results for", "Research programs", "Next", "Page 1 of 2"):
        assert english not in text, english


def test_facets_read_in_french():
    facet = FacetResult(
        param="year",
        label="Année",
        options=[FacetOption(value="2024", label="2024", count=1, selected=True, url="?")],
        clear_url="?",
    )

    with translation.override("fr"):
        html = render_to_string("includes/facets.html", {"facets": [facet]})
    page = ParsedPage()
    page.feed(html)

    assert "Filtrer" in page.text
    assert "Tout (année)" in page.text
    assert "2024 1 résultat (sélectionné, choisissez-le à nouveau pour le retirer)" in page.text
    for english in ("Filter", "Any", "result ", "selected"):
        assert english not in page.text, english


def test_error_pages_read_in_french(client, home_page, rf):
    response = client.get("/fr/no-such-page/")
    with translation.override("fr"):
        server_error = views.server_error(rf.get("/"))

    page = ParsedPage()
    page.feed(response.content.decode())
    assert page.title.startswith("Page introuvable")
    assert "Nous n’avons pas trouvé cette page" in page.text
    assert "We could not find this page" not in page.text

    page = ParsedPage()
    page.feed(server_error.content.decode())
    assert page.lang == "fr"
    assert page.h1s == ["Une erreur s’est produite"]
    assert "Something went wrong" not in page.text
