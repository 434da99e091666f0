"""Editors can reach every listing and edit view, and create, relate and publish pages."""

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from charity.models import CharitySettings, ImpactFigures, Partner, Person
from programs.models import NewsPage
from tests import factories
from tests.html import parse


@pytest.fixture
def pages(home_page, cancer_index, program_index, news_index, publication_index, donate_page):
    cancer = factories.CancerPageFactory(parent=cancer_index)
    program = factories.ProgramPageFactory(parent=program_index, cancers=[cancer])
    return {
        "home": home_page,
        "standard": factories.StandardPageFactory(parent=home_page),
        "donate": donate_page,
        "cancer index": cancer_index,
        "cancer": cancer,
        "program index": program_index,
        "program": program,
        "news index": news_index,
        "news": factories.NewsPageFactory(parent=news_index, programs=[program]),
        "publication index": publication_index,
        "publication": factories.PublicationPageFactory(parent=publication_index, programs=[program]),
    }


PAGE_NAMES = [
    "home", "standard", "donate", "cancer index", "cancer", "program index", "program",
    "news index", "news", "publication index", "publication",
]  # fmt: skip
INDEX_NAMES = ["home", "cancer index", "program index", "news index", "publication index"]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_type_has_a_working_edit_view(admin_client, pages, name):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(pages[name].pk,)))

    assert response.status_code == 200


@pytest.mark.parametrize("name", INDEX_NAMES)
def test_the_explorer_lists_each_index(admin_client, pages, name):
    response = admin_client.get(reverse("wagtailadmin_explore", args=(pages[name].pk,)))

    assert response.status_code == 200


@pytest.mark.parametrize("model", [Person, Partner], ids=lambda model: model.__name__)
def test_snippets_have_working_listing_and_edit_views(admin_client, model):
    snippet = (factories.PersonFactory if model is Person else factories.PartnerFactory)()
    namespace = f"wagtailsnippets_charity_{model._meta.model_name}"

    assert admin_client.get(reverse(f"{namespace}:list")).status_code == 200
    assert admin_client.get(reverse(f"{namespace}:add")).status_code == 200
    assert admin_client.get(reverse(f"{namespace}:edit", args=(snippet.pk,))).status_code == 200


@pytest.mark.parametrize("model", [ImpactFigures, CharitySettings], ids=lambda model: model.__name__)
def test_site_settings_have_working_edit_views(admin_client, site, model):
    url = reverse("wagtailsettings:edit", args=("charity", model._meta.model_name, site.pk))

    assert admin_client.get(url).status_code == 200


def test_images_and_documents_have_working_views(admin_client, image):
    assert admin_client.get(reverse("wagtailimages:index")).status_code == 200
    assert admin_client.get(reverse("wagtailimages:edit", args=(image.pk,))).status_code == 200
    assert admin_client.get(reverse("wagtaildocs:index")).status_code == 200


def test_an_editor_creates_relates_and_publishes_a_news_page(admin_client, pages):
    program, cancer, news_index = pages["program"], pages["cancer"], pages["news index"]
    form_data = nested_form_data(
        {
            "title": "First patient included in the new trial",
            "slug": "first-patient-included",
            "date": "2025-09-15",
            "summary": "The trial opened in Paris this week.",
            "body": streamfield([("paragraph", rich_text("<p>Recruitment began on Monday.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    form_data.update(programs=[program.pk], cancers=[cancer.pk])

    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=("programs", "newspage", news_index.pk)), form_data
    )

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    news = NewsPage.objects.get(slug="first-patient-included")
    assert news.live
    assert news.get_parent().specific == news_index
    assert list(news.programs.all()) == [program]
    program_page = parse(admin_client.get(program.url))
    assert news.url in program_page.links
    assert "First patient included in the new trial" in program_page.text
    assert news.url in parse(admin_client.get(cancer.url)).links


def test_a_news_page_cannot_be_added_under_a_program_in_the_admin(admin_client, pages):
    response = admin_client.get(reverse("wagtailadmin_pages:add", args=("programs", "newspage", pages["program"].pk)))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
