"""Anonymous visitors are served from the page cache; what they see changes as soon as the content does,
and nothing personal is ever kept."""

import pytest

from django.http import HttpResponse
from django.test import override_settings

from wagtail.models import PageViewRestriction

from pagecache import store
from tests import factories

pytestmark = pytest.mark.django_db


def served_from_cache(response) -> bool:
    return response.get("X-Page-Cache") == "hit"


@pytest.fixture
def program(program_index, cancer_index):
    cancer = factories.CancerPageFactory(parent=cancer_index, title="Neuroblastoma")
    return factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", cancers=[cancer])


@pytest.fixture
def site_pages(home_page, program, news_index, site):
    """Every page that lists or shows a news item of `program`, and the feeds."""
    cancer = program.cancers.first()
    return {
        "home": home_page.url,
        "news index": news_index.url,
        "program": program.url,
        "cancer": cancer.url,
        "news feed": "/en/feeds/news/rss.xml",
        "program feed": f"/en/feeds/programs/{program.slug}/rss.xml",
    }


def visit_all(client, urls: dict) -> dict:
    return {name: client.get(url) for name, url in urls.items()}


def publish_news(news_index, program, title):
    news = factories.NewsPageFactory(parent=news_index, title=title, programs=[program], live=False)
    news.save_revision().publish()
    news.refresh_from_db()
    return news


def test_the_second_visit_is_served_from_the_cache_without_any_cookie(client, site_pages):
    for name, url in site_pages.items():
        first, second = client.get(url), client.get(url)

        assert first.status_code == second.status_code == 200, name
        assert first["X-Page-Cache"] == "miss" and served_from_cache(second), name
        assert not second.cookies and not first.cookies, name
        assert second.content == first.content, name
        assert "s-maxage=" in second["Cache-Control"] and "public" in second["Cache-Control"], name


def test_a_page_with_a_follow_form_is_kept_and_its_form_carries_no_token(client, program):
    client.get(program.url)
    response = client.get(program.url)

    assert served_from_cache(response)
    assert b'class="follow-form"' in response.content
    assert b"csrfmiddlewaretoken" not in response.content


def test_a_signed_in_editor_is_never_served_from_or_stored_in_the_cache(client, admin_client, program):
    editor_view = admin_client.get(program.url)
    assert "X-Page-Cache" not in editor_view
    assert client.get(program.url)["X-Page-Cache"] == "miss"  # the editor's view was not kept

    assert served_from_cache(client.get(program.url))
    assert "X-Page-Cache" not in admin_client.get(program.url)


def test_publishing_news_shows_it_at_once_wherever_it_is_listed(client, site_pages, news_index, program):
    visit_all(client, site_pages)

    news = publish_news(news_index, program, "MAPPYACTS results published")

    for name, response in visit_all(client, site_pages).items():
        assert "MAPPYACTS results published" in response.content.decode(), name
    assert client.get(news.url).status_code == 200


def test_unpublishing_removes_it_everywhere(client, site_pages, news_index, program):
    news = publish_news(news_index, program, "An item soon withdrawn")
    visit_all(client, site_pages)
    client.get(news.url)

    news.unpublish()

    for name, response in visit_all(client, site_pages).items():
        assert "An item soon withdrawn" not in response.content.decode(), name
    assert client.get(news.url).status_code == 404


def test_a_draft_never_shows(client, site_pages, news_index, program):
    news = publish_news(news_index, program, "The published title")
    visit_all(client, site_pages)

    news.title = "A draft title"
    news.save_revision()

    for name, response in visit_all(client, site_pages).items():
        assert "A draft title" not in response.content.decode(), name
        assert "The published title" in response.content.decode(), name


def test_a_changed_impact_figure_shows_at_once(client, home_page, impact_figures):
    impact_figures.children_benefited = 7200
    impact_figures.save()
    client.get(home_page.url)

    impact_figures.children_benefited = 8123
    impact_figures.save()

    assert "8,123" in client.get(home_page.url).content.decode()


def test_a_renamed_investigator_shows_at_once_on_their_program(client, program):
    person = factories.PersonFactory(name="Dr First Name")
    program.lead_investigators.add(person)
    program.save_revision().publish()
    client.get(program.url)

    person.name = "Dr Second Name"
    person.save()

    assert "Dr Second Name" in client.get(program.url).content.decode()


def test_a_tax_calculation_is_kept_by_no_cache(client, donate_page):
    data = {"donor_type": "individual", "gift": "500", "income": "30000"}

    def calculate():
        return client.post("/en/donate/tax-reduction/", data, headers={"Accept": "text/html"})

    first, second = calculate(), calculate()

    assert "no-store" in first["Cache-Control"]
    assert not served_from_cache(second)


def test_search_results_are_kept_by_no_shared_cache(client, site):
    client.get("/en/search/?q=neuroblastoma")
    response = client.get("/en/search/?q=neuroblastoma")

    assert not served_from_cache(response)
    assert "private" in response["Cache-Control"]


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_cache_can_be_turned_off(client, program):
    client.get(program.url)

    assert "X-Page-Cache" not in client.get(program.url)


def test_a_section_made_private_leaves_every_cached_page_at_once(client, site_pages, news_index, program):
    news = publish_news(news_index, program, "Soon behind a password")
    visit_all(client, site_pages)

    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.PASSWORD, password="x")

    for name, response in visit_all(client, site_pages).items():
        assert "Soon behind a password" not in response.content.decode(), name
    behind_the_password = client.get(news.url).content.decode()
    assert 'name="password"' in behind_the_password
    assert "Summary of Soon behind a password" not in behind_the_password


def test_the_menu_and_footer_follow_a_new_page_and_partner_at_once(client, home_page, program, site):
    client.get(program.url)

    about = factories.StandardPageFactory(
        parent=home_page, title="Who we are", show_in_menus=True, show_in_footer=True, live=False
    )
    about.save_revision().publish()
    factories.PartnerFactory(name="Institut Curie", show_in_footer=True)

    content = client.get(program.url).content.decode()
    assert content.count("Who we are") == 2  # in the menu and in the footer
    assert "Institut Curie" in content


def test_the_menu_and_footer_cost_no_query_once_looked_up(client, django_assert_max_num_queries, news_index, site):
    factories.PartnerFactory(name="Institut Curie", show_in_footer=True)
    with override_settings(PAGE_CACHE_ENABLED=False):
        assert "Institut Curie" in client.get(news_index.url).content.decode()
        with django_assert_max_num_queries(40) as queries:
            client.get(news_index.url)

    looked_up = " ".join(query["sql"] for query in queries.captured_queries)
    assert "charity_partner" not in looked_up
    assert "charity_charitysettings" not in looked_up


def test_a_page_purged_while_it_was_rendered_is_not_kept_as_current(rf):
    request = rf.get("/en/news/")
    assert store.fetch(request) is None  # the rendering starts from the versions read here
    store.purge_paths({"/en/news/"})  # the page changes while it renders
    store.keep(request, HttpResponse("rendered from the data before the change"))

    assert store.fetch(rf.get("/en/news/")) is None
