from pytest_django.asserts import assertTemplateUsed

from charity import urls, views
from tests.html import ParsedPage


def test_an_unknown_address_answers_404_with_the_sites_page(client, home_page):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assertTemplateUsed(response, "404.html")
    page = ParsedPage()
    page.feed(response.content.decode())
    assert len(page.h1s) == 1
    assert page.title.strip()


def test_a_server_error_renders_the_sites_500_page_without_the_database(rf):
    # No database fixture here: any query would fail the test, as the failure may be the database.
    response = views.server_error(rf.get("/"))

    assert urls.handler500 is views.server_error
    assert response.status_code == 500
    page = ParsedPage()
    page.feed(response.content.decode())
    assert len(page.h1s) == 1
    assert page.lang
