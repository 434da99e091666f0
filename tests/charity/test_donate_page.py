from decimal import Decimal

import pytest

from charity.models import CharitySettings, SuggestedAmount
from tests import factories
from tests.html import parse


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
    response = client.get(donate_page.url, {"donor_type": "individual", "gift": "1000", "income": "30000"})
    page = parse(response)

    assert response.context["calculation"].reduction == Decimal("660.00")
    assert "your tax reduction is €660" in page.text
    assert "really costs you €340" in page.text


def test_the_tax_calculator_shows_what_is_carried_over(client, donate_page):
    response = client.get(donate_page.url, {"donor_type": "company", "gift": "30000", "income": "1000000"})
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

    response = client.get(donate_page.url, query)
    page = parse(response)

    form = response.context["calculator_form"]
    assert field in form.errors
    assert response.context.get("calculation") is None
    assert form.errors[field][0] in page.text
    assert "<script>" not in response.content.decode()
