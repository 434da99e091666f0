"""An address that led to a page is routed in one query the next time, and never to a page that has moved,
been renamed, unpublished or deleted since."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def program(program_index):
    return factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", slug="mappyacts")


def test_the_second_visit_finds_its_page_without_walking_the_tree(client, program, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get(program.url)
    with CaptureQueriesContext(connection) as walked:
        client.get(program.url)
    page_lookups = [query["sql"] for query in walked if 'FROM "wagtailcore_page"' in query["sql"]]
    assert not any('"slug" = ' in sql for sql in page_lookups)


@pytest.mark.parametrize("change", ["unpublish", "rename", "move", "delete"])
def test_a_remembered_address_no_longer_leads_to_a_page_that_changed(client, program, home_page, settings, change):
    settings.PAGE_CACHE_ENABLED = False
    old_url = program.url
    assert client.get(old_url).status_code == 200

    if change == "unpublish":
        program.unpublish()
    elif change == "rename":
        program.slug = "mappyacts-2"
        program.save_revision().publish()
    elif change == "move":
        other_section = factories.StandardPageFactory(parent=home_page, slug="elsewhere")
        Page.objects.get(pk=program.pk).move(other_section, pos="last-child")
    else:
        program.delete()

    answer = client.get(old_url)
    if change in ("rename", "move"):
        program.refresh_from_db()
        assert answer.status_code == 404 or answer["Location"] == program.url  # Wagtail's own redirect
        assert client.get(program.url).status_code == 200
    else:
        assert answer.status_code == 404


def test_a_new_page_at_a_remembered_address_is_found(client, program, program_index, settings):
    settings.PAGE_CACHE_ENABLED = False
    address = program.url
    client.get(address)
    program.delete()
    successor = factories.ProgramPageFactory(parent=program_index, acronym="MICCHADO", slug="mappyacts")

    response = client.get(address)

    assert response.status_code == 200
    assert response.context["page"].pk == successor.pk


def test_a_page_made_private_asks_for_its_password_at_a_remembered_address(client, program, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get(program.url)
    PageViewRestriction.objects.create(page=program, restriction_type="password", password="s3cret-words")

    response = client.get(program.url)

    assert response.status_code == 200
    assert "MAPPYACTS" not in response.content.decode().split("<main", 1)[-1]
    assert 'name="password"' in response.content.decode()


def test_an_alias_of_a_private_page_is_private_too(client, program, program_index, settings):
    settings.PAGE_CACHE_ENABLED = False
    PageViewRestriction.objects.create(page=program, restriction_type="password", password="s3cret-words")
    alias = program.create_alias(update_slug="mappyacts-alias")

    response = client.get(alias.url)

    assert 'name="password"' in response.content.decode()
