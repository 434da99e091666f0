"""Moved pages keep their links through editors' redirects; a missing page offers search."""

import pytest

from wagtail.contrib.redirects.models import Redirect

from tests import factories
from tests.html import ParsedPage


@pytest.fixture
def program(program_index):
    return factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", slug="mappyacts")


def test_a_redirect_to_a_page_sends_its_old_address_there_for_good(client, program):
    Redirect.objects.create(old_path="/programmes/mappyacts", redirect_page=program, is_permanent=True)

    response = client.get("/programmes/mappyacts/")

    assert response.status_code == 301
    assert response["Location"] == program.url
    assert client.get(response["Location"]).status_code == 200


def test_a_redirect_follows_the_page_when_it_moves_again(client, program):
    Redirect.objects.create(old_path="/old-mappyacts", redirect_page=program, is_permanent=True)
    program.slug = "mappyacts-trial"
    program.save_revision().publish()

    response = client.get("/old-mappyacts/")

    program.refresh_from_db()
    assert response.status_code == 301
    assert response["Location"] == program.url
    assert program.url.endswith("/mappyacts-trial/")


def test_a_temporary_redirect_answers_302(client, program):
    Redirect.objects.create(old_path="/campaign", redirect_link="https://example.org/give", is_permanent=False)

    response = client.get("/campaign")

    assert response.status_code == 302
    assert response["Location"] == "https://example.org/give"


def test_a_redirect_keeps_the_query_string_out_of_the_match(client, program):
    Redirect.objects.create(old_path="/programmes/mappyacts", redirect_page=program, is_permanent=True)

    assert client.get("/programmes/mappyacts/?utm_source=newsletter").status_code == 301


def test_an_address_without_a_page_or_redirect_is_not_found_with_a_search_form(client, program):
    response = client.get("/en/programmes/unknown/")

    assert response.status_code == 404
    page = ParsedPage()
    page.feed(response.content.decode())
    html = response.content.decode()
    assert 'action="/en/search/"' in html
    assert 'id="not-found-query"' in html
    assert 'name="q"' in html
    assert "/en/" in page.links


def test_an_old_address_without_a_language_is_tried_in_the_visitors_language(client, program):
    response = client.get("/programmes/unknown/", headers={"accept-language": "en"})

    assert response.status_code == 302
    assert response["Location"] == "/en/programmes/unknown/"
    assert client.get(response["Location"]).status_code == 404


def test_the_not_found_search_form_leads_to_results(client, program):
    response = client.get("/en/search/", {"q": "mappyacts"})

    assert response.status_code == 200
    assert [result.page.title for result in response.context["results"]][0] == "MAPPYACTS"
