import re
from decimal import Decimal

import pytest

from charity.models import CharitySettings, SuggestedAmount
from tests import factories
from tests.html import ParsedPage, parse

ENDPOINT = "/en/donate/tax-reduction/"


def calculate(client, data, **headers):
    """Send the calculator's form as a browser without JavaScript does: a POST asking for a page."""
    return client.post(ENDPOINT, data, headers={"Accept": "text/html,application/xhtml+xml", **headers})


def parse_and_read(response) -> str:
    parse(response)
    return response.content.decode()


def page_of(response) -> ParsedPage:
    page = ParsedPage()
    page.feed(response.content.decode())
    page.close()
    return page


@pytest.fixture
def donate_page(home_page):
    return factories.DonatePageFactory(
        parent=home_page,
        title="Support research",
        intro="Your gift funds trials for children with cancer.",
        suggested_amounts=[
            SuggestedAmount(amount=30, what_it_funds="An hour of genome sequencing."),
            SuggestedAmount(amount=1500, what_it_funds="A month of a young researcher's work."),
        ],
    )


def test_donate_page_shows_its_intro_and_suggested_amounts(client, donate_page, site):
    CharitySettings.objects.create(site=site, donation_url="https://donate.example.org/form")

    page = parse(client.get(donate_page.url))

    assert page.h1s == ["Support research"]
    assert "Your gift funds trials for children with cancer." in page.text
    assert "€30" in page.text
    assert "An hour of genome sequencing." in page.text
    assert "€1,500" in page.text
    assert "https://donate.example.org/form" in page.links


def test_the_tax_calculator_shows_the_reduction(client, donate_page):
    response = calculate(client, {"donor_type": "individual", "gift": "1000", "income": "30000"})
    page = parse(response)

    assert response.context["calculation"].reduction == Decimal("660.00")
    assert "your tax reduction is €660" in page.text
    assert "really costs you €340" in page.text


def test_the_tax_calculator_shows_what_is_carried_over(client, donate_page):
    response = calculate(client, {"donor_type": "company", "gift": "30000", "income": "1000000"})
    page = parse(response)

    assert "your tax reduction is €12,000" in page.text
    assert "€10,000 of the gift is above this year's ceiling" in page.text


def test_the_tax_calculator_tells_its_script_where_to_ask_for_the_figures(client, donate_page):
    content = client.get(donate_page.url).content.decode()

    assert 'data-tax-endpoint="/en/donate/tax-reduction/"' in content


def test_the_tax_calculator_is_empty_until_submitted(client, donate_page):
    response = client.get(donate_page.url)

    parse(response)
    assert response.context.get("calculation") is None
    assert not response.context["calculator_form"].errors


@pytest.mark.parametrize(
    "query, field",
    [
        ({"gift": "abc", "income": "30000"}, "gift"),
        ({"gift": "-50", "income": "30000"}, "gift"),
        ({"gift": "0", "income": "30000"}, "gift"),
        ({"gift": "1e400", "income": "30000"}, "gift"),
        ({"gift": "NaN", "income": "30000"}, "gift"),
        ({"gift": "Infinity", "income": "30000"}, "gift"),
        ({"gift": "9" * 40, "income": "30000"}, "gift"),
        ({"gift": "100", "income": "-1"}, "income"),
        ({"gift": "100", "income": "1e999999"}, "income"),
        ({"gift": "100"}, "income"),
        ({"gift": "100", "income": "1000", "donor_type": "<script>"}, "donor_type"),
    ],
)
def test_the_tax_calculator_explains_bad_values_instead_of_failing(client, donate_page, query, field):
    query.setdefault("donor_type", "individual")

    response = calculate(client, query)
    page = page_of(response)

    assert response.status_code == 400

    form = response.context["calculator_form"]
    assert field in form.errors
    assert response.context.get("calculation") is None
    assert form.errors[field][0] in page.text
    assert "<script>" not in response.content.decode()


def test_the_calculator_form_posts_so_that_no_income_is_in_an_address(client, donate_page):
    content = parse_and_read(client.get(donate_page.url))

    [form] = re.findall(r"<form [^>]*data-tax-calculator[^>]*>", content)
    assert 'method="post"' in form
    assert f'action="{ENDPOINT}#tax-calculator"' in form


def test_a_calculation_is_the_donate_page_and_never_cached(client, donate_page):
    response = calculate(client, {"donor_type": "individual", "gift": "500", "income": "30000"})

    page = parse(response)
    assert page.h1s == ["Support research"]
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] != "hit"


def test_figures_in_the_address_are_ignored(client, donate_page):
    response = client.get(donate_page.url, {"donor_type": "individual", "gift": "1000", "income": "30000"})

    parse(response)
    assert response.context.get("calculation") is None
    assert not response.context["calculator_form"].is_bound


@pytest.mark.parametrize("headers", [{"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://evil.example"}])
def test_a_calculation_posted_from_another_site_is_refused(client, donate_page, headers):
    response = calculate(client, {"donor_type": "individual", "gift": "500", "income": "30000"}, **headers)

    assert response.status_code == 403


def test_a_language_without_a_donate_page_answers_404(client, donate_page):
    response = client.post(
        "/fr/donate/tax-reduction/",
        {"donor_type": "individual", "gift": "500", "income": "30000"},
        headers={"Accept": "text/html"},
    )

    assert response.status_code == 404
