"""Parts of a page (its head, language links, breadcrumbs and content) are kept for everyone who is shown
the page, editors included, and purged with it: nobody ever sees a part older than the page."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_bypassed(settings):
    """Every visit renders, as for an editor or a visitor with a session: only the fragments are kept."""
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_FRAGMENTS_ENABLED = True


@pytest.fixture
def program(program_index, cancer_index):
    cancer = factories.CancerPageFactory(parent=cancer_index, title="Neuroblastoma")
    return factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", cancers=[cancer])


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as made:
        assert client.get(url).status_code == 200
    return len(made)


def test_a_page_seen_before_is_shown_from_its_fragments(client, program):
    first = client.get(program.url)
    again = client.get(program.url)

    assert again.content == first.content
    assert queries(client, program.url) < 5


def test_a_published_change_shows_at_once_to_editors_and_visitors(client, admin_client, program):
    client.get(program.url), admin_client.get(program.url)

    program.summary = "A new summary, just published."
    program.save_revision().publish()

    assert "A new summary, just published." in client.get(program.url).content.decode()
    assert "A new summary, just published." in admin_client.get(program.url).content.decode()


def test_a_page_listing_a_news_item_shows_it_once_published(client, program, news_index):
    client.get(program.url)
    news = factories.NewsPageFactory(parent=news_index, title="Fresh results", programs=[program], live=False)
    news.save_revision().publish()

    assert "Fresh results" in client.get(program.url).content.decode()


def test_a_preview_shows_the_draft_every_time_and_is_never_kept(client, program):
    client.get(program.url)

    program.summary = "First draft."
    first_preview = program.make_preview_request().render().content.decode()
    program.summary = "Second draft."
    second_preview = program.make_preview_request().render().content.decode()

    assert "First draft." in first_preview
    assert "Second draft." in second_preview
    assert "draft." not in client.get(program.url).content.decode()


def test_the_userbar_is_for_the_editor_alone(client, admin_client, program):
    admin_client.get(program.url)
    client.get(program.url)

    assert "wagtail-userbar" in admin_client.get(program.url).content.decode()
    assert "wagtail-userbar" not in client.get(program.url).content.decode()


def test_the_donate_calculator_answers_each_visitor(client, donate_page):
    def calculate(gift):
        data = {"donor_type": "individual", "gift": gift, "income": "30000"}
        return client.post("/en/donate/tax-reduction/", data, headers={"Accept": "text/html"}).content.decode()

    low, high = calculate("100"), calculate("900")

    assert low != high
