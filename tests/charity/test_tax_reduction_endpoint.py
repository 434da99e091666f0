"""The figures the donate page's script shows as the donor types: asked of the server, which calculates them
with the same form and rules as the page itself (charity.tax)."""

from decimal import Decimal
from urllib.parse import urlencode

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from charity.tax import tax_reduction

URL = "/en/donate/tax-reduction/"
FORM_ENCODED = "application/x-www-form-urlencoded"


def ask(client, data, url=URL, **headers):
    """Post the fields as the script does: form-encoded, from a page of the site."""
    return client.post(url, urlencode(data), content_type=FORM_ENCODED, headers=headers)


def figures(donor_type, gift, income):
    """What the page itself would show for these fields, as the endpoint writes it."""
    result = tax_reduction(donor_type, gift=Decimal(gift), income=Decimal(income))
    return {
        "gift": f"{result.gift:f}",
        "reduction": f"{result.reduction:f}",
        "net_cost": f"{result.net_cost:f}",
        "carried_over_gift": f"{result.carried_over_gift:f}",
        "carry_over_years": result.rule.carry_over_years,
    }


def test_the_endpoint_lives_under_the_language_prefix():
    with translation.override("fr"):
        assert reverse("tax_reduction") == "/fr/donate/tax-reduction/"
    with translation.override("en"):
        assert reverse("tax_reduction") == URL


def test_an_individual_gets_66_percent_of_the_gift_back():
    response = ask(Client(), {"donor_type": "individual", "gift": "1000", "income": "30000"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "gift": "1000",
        "reduction": "660.00",
        "net_cost": "340.00",
        "carried_over_gift": "0",
        "carry_over_years": 5,
    }
    assert response.json() == figures("individual", "1000", "30000")


def test_a_gift_above_the_ceiling_carries_the_rest_over():
    # 20% of 30,000 € of taxable income: 6,000 € count this year, 4,000 € are carried over.
    response = ask(Client(), {"donor_type": "individual", "gift": "10000", "income": "30000"})

    assert response.json() == figures("individual", "10000", "30000")
    assert response.json()["reduction"] == "3960.00"
    assert response.json()["net_cost"] == "6040.00"
    assert Decimal(response.json()["carried_over_gift"]) == Decimal("4000")
    assert response.json()["carry_over_years"] == 5


def test_a_company_deducts_60_percent_within_the_20000_euro_floor():
    # 0.5% of a 1,000,000 € turnover is 5,000 €: the 20,000 € floor applies.
    response = ask(Client(), {"donor_type": "company", "gift": "30000", "income": "1000000"})

    assert response.json() == figures("company", "30000", "1000000")
    assert response.json()["reduction"] == "12000.00"
    assert Decimal(response.json()["carried_over_gift"]) == Decimal("10000")


def test_a_company_deducts_within_half_a_percent_of_turnover_above_the_floor():
    response = ask(Client(), {"donor_type": "company", "gift": "60000", "income": "10000000"})

    assert response.json() == figures("company", "60000", "10000000")
    assert response.json()["reduction"] == "30000.00"
    assert Decimal(response.json()["carried_over_gift"]) == Decimal("10000")


@pytest.mark.parametrize(
    "donor_type, gift, income",
    [
        ("individual", "200", "0"),  # no taxable income: the whole gift is carried over
        ("individual", "12.25", "1000000"),  # half a cent rounds up
        ("individual", "10000", "30000.01"),  # a ceiling that is not a whole number of cents
        ("company", "10.02", "1000000"),
        ("company", "100000000", "100000000000"),  # the largest amounts the form accepts
    ],
)
def test_the_figures_are_those_of_the_tax_rules(donor_type, gift, income):
    response = ask(Client(), {"donor_type": donor_type, "gift": gift, "income": income})

    assert response.status_code == 200
    assert response.json() == figures(donor_type, gift, income)


def test_amounts_come_back_as_plain_decimals_whatever_their_notation():
    response = ask(Client(), {"donor_type": "individual", "gift": "1E+3", "income": "3e4"})

    assert response.json()["gift"] == "1000"
    assert response.json()["reduction"] == "660.00"


@pytest.mark.parametrize(
    "data, field",
    [
        ({"donor_type": "individual", "gift": "abc", "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "12,50", "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "-50", "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "0", "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "NaN", "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "Infinity", "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "1e400", "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "9" * 100_000, "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "10\x00", "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "", "income": "30000"}, "gift"),
        ({"donor_type": "individual", "gift": "100", "income": "-1"}, "income"),
        ({"donor_type": "individual", "gift": "100", "income": "1e999999"}, "income"),
        ({"donor_type": "individual", "gift": "100"}, "income"),
        ({"gift": "100", "income": "30000"}, "donor_type"),
        ({"donor_type": "charity", "gift": "100", "income": "30000"}, "donor_type"),
        ({"donor_type": "individual\x00", "gift": "100", "income": "30000"}, "donor_type"),
        ({"donor_type": "x" * 100_000, "gift": "100", "income": "30000"}, "donor_type"),
    ],
)
def test_fields_that_make_no_amount_are_answered_with_the_forms_errors(data, field):
    response = ask(Client(), data)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    errors = response.json()["errors"]
    assert field in errors
    assert all(error["message"] for error in errors[field])


def test_errors_are_in_the_language_of_the_address():
    response = ask(
        Client(), {"donor_type": "individual", "gift": "abc", "income": "30000"}, url="/fr/donate/tax-reduction/"
    )

    assert response.status_code == 400
    assert response.json()["errors"]["gift"][0]["message"] == "Saisissez un nombre."


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"donor_type=individual&gift=\xff\xfe&income=30000", FORM_ENCODED),
        (b"donor_type=individual&gift=100&income=30000", f"{FORM_ENCODED}; charset=latin-1"),
        (b"--x\r\nnot a part", "multipart/form-data; boundary=x"),
        (b"gift=1" + b"0" * 3_000_000, FORM_ENCODED),  # beyond DATA_UPLOAD_MAX_MEMORY_SIZE
        (b'{"donor_type": "individual", "gift": "100", "income": "30000"}', "application/json"),
    ],
)
def test_a_garbled_body_is_a_bad_request_not_a_failure(body, content_type):
    response = Client().post(URL, body, content_type=content_type)

    assert response.status_code == 400


def test_a_multipart_form_is_read_too_and_a_file_sent_along_is_ignored():
    data = {
        "donor_type": "individual",
        "gift": "1000",
        "income": "30000",
        "attachment": SimpleUploadedFile("big.bin", b"x" * 3_000_000),
    }

    response = Client().post(URL, data)

    assert response.status_code == 200
    assert response.json() == figures("individual", "1000", "30000")


def test_only_posts_are_answered():
    client = Client()

    for method in (client.get, client.head, client.put, client.delete):
        response = method(f"{URL}?donor_type=individual&gift=1000&income=30000")
        assert response.status_code == 405
        assert response["Allow"] == "POST"


def test_no_csrf_token_is_needed_so_that_the_donate_page_can_be_cached():
    client = Client(enforce_csrf_checks=True)

    response = ask(client, {"donor_type": "individual", "gift": "1000", "income": "30000"})

    assert response.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://elsewhere.example"},
        {"Origin": "http://testserver.elsewhere.example"},
        {"Origin": "null"},
        {"Origin": "https://testserver"},  # the right host over the wrong scheme
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Sec-Fetch-Site": "none"},
        {"Origin": "http://testserver", "Sec-Fetch-Site": "cross-site"},
    ],
)
def test_a_post_from_another_site_is_refused(headers):
    response = ask(Client(), {"donor_type": "individual", "gift": "1000", "income": "30000"}, **headers)

    assert response.status_code == 403
    assert b"660" not in response.content


@pytest.mark.parametrize(
    "headers, secure",
    [
        ({"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}, False),
        ({"Origin": "http://testserver"}, False),
        ({"Sec-Fetch-Site": "same-origin"}, False),
        ({"Origin": "https://testserver", "Sec-Fetch-Site": "same-origin"}, True),
        ({}, False),  # not from a browser: nothing to forge, as the page's own form calculates the same
    ],
)
def test_a_post_from_the_site_itself_is_answered(headers, secure):
    response = Client().post(
        URL,
        urlencode({"donor_type": "individual", "gift": "1000", "income": "30000"}),
        content_type=FORM_ENCODED,
        headers=headers,
        secure=secure,
    )

    assert response.status_code == 200
    assert response.json()["reduction"] == "660.00"


@pytest.mark.parametrize(
    "data, headers, status",
    [
        ({"donor_type": "individual", "gift": "1000", "income": "30000"}, {}, 200),
        ({"donor_type": "individual", "gift": "abc", "income": "30000"}, {}, 400),
        ({"donor_type": "individual", "gift": "1000", "income": "30000"}, {"Origin": "https://elsewhere.example"}, 403),
    ],
)
def test_answers_are_neither_cached_nor_stored(db, django_assert_num_queries, data, headers, status):
    client = Client()

    with django_assert_num_queries(0):
        response = ask(client, data, **headers)

    assert response.status_code == status
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert not response.has_header("Set-Cookie")
    assert not client.cookies


def test_a_refused_method_is_not_cached_either():
    response = Client().get(URL)

    assert response.status_code == 405
    assert "no-cache" in response["Cache-Control"]
