"""The follow forms on the site's pages, and what keeps them working behind a cache."""

import pytest

from tests import factories
from tests.html import parse
from tests.subscriptions.conftest import url

pytestmark = pytest.mark.django_db


def test_a_program_page_has_a_follow_form_for_that_program(client, mappyacts):
    response = client.get(mappyacts.url)

    content = response.content.decode()
    assert 'action="/en/subscriptions/"' in content and 'method="post"' in content
    assert f'name="program" value="{mappyacts.pk}"' in content
    # No CSRF token: the page is kept for everyone (see tests/subscriptions/test_cross_site_posts.py).
    assert 'name="csrfmiddlewaretoken"' not in content
    assert "Follow MAPPYACTS" in parse(response).text
    assert 'for="follow-email"' in content and 'for="follow-consent"' in content
    assert 'tabindex="-1" autocomplete="off"' in content


def test_a_cancer_page_has_a_follow_form_for_that_cancer(client, cancer_index):
    cancer = factories.CancerPageFactory(parent=cancer_index, title="Neuroblastoma")

    content = client.get(cancer.url).content.decode()

    assert f'name="cancer" value="{cancer.pk}"' in content
    assert "news about Neuroblastoma" in content


def test_the_news_index_has_the_sign_up_for_all_news(client, news_index):
    content = client.get(news_index.url).content.decode()

    assert 'action="/en/subscriptions/"' in content
    assert 'name="program"' in content and 'name="program" value=' not in content


def test_the_footer_links_to_the_sign_up_page(client, home_page):
    page = parse(client.get(home_page.url))

    assert "/en/subscriptions/" in page.links


@pytest.mark.parametrize("fixture", ["mappyacts", "news_index"])
def test_pages_with_a_form_are_kept_for_every_visitor(client, request, fixture):
    page = request.getfixturevalue(fixture)

    assert "public" in client.get(page.url)["Cache-Control"]
    assert client.get(page.url)["X-Page-Cache"] == "hit"


def test_pages_without_a_form_stay_cacheable(client, home_page):
    assert "private" not in client.get(home_page.url).get("Cache-Control", "")


def test_the_sign_up_page_has_one_h1_and_a_description(client, home_page):
    page = parse(client.get(url("subscribe")))

    assert page.h1s == ["News by email"]
    assert page.meta_description
