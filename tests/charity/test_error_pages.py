import pytest
from pytest_django.asserts import assertTemplateUsed

from django.utils import translation

from charity import urls, views
from tests.html import ParsedPage


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_unknown_address_answers_404_with_the_sites_page(client, home_page, language):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    assertTemplateUsed(response, "404.html")
    page = ParsedPage()
    page.feed(response.content.decode())
    assert len(page.h1s) == 1
    assert page.title.strip()
    assert page.lang == language


def test_an_unknown_address_without_a_language_is_redirected_to_the_default_one_first(client, home_page):
    response = client.get("/no-such-page/", follow=True)

    assert response.redirect_chain == [("/fr/no-such-page/", 302)]
    assert response.status_code == 404
    assertTemplateUsed(response, "404.html")


def test_a_missing_api_page_stays_a_404_rather_than_a_redirect_to_a_language(client, home_page):
    response = client.get("/api/v2/pages/999999/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_a_server_error_renders_the_sites_500_page_without_the_database(rf):
    # No database fixture here: any query would fail the test, as the failure may be the database.
    response = views.server_error(rf.get("/"))

    assert urls.handler500 is views.server_error
    assert response.status_code == 500
    page = ParsedPage()
    page.feed(response.content.decode())
    assert len(page.h1s) == 1
    assert page.lang


def test_the_server_error_page_leads_to_the_home_page_of_its_language(rf):
    with translation.override("en"):
        response = views.server_error(rf.get("/en/programs/"))

    page = ParsedPage()
    page.feed(response.content.decode())
    assert page.lang == "en"
    assert set(page.links) == {"#main", "/en/"}
