"""Breadcrumbs, JSON-LD and calls to action name only pages that visitors may see: never a draft nor a
private section above or behind a live page."""

import json

import pytest

from wagtail.models import PageViewRestriction

from tests import factories
from tests.html import head_tags, parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def under_a_draft(home_page):
    """A live page whose parent is a draft (Wagtail serves it: only the page itself must be live)."""
    draft = factories.StandardPageFactory(parent=home_page, title="Embargoed section", slug="embargoed", live=False)
    return factories.StandardPageFactory(parent=draft, title="Published child", slug="child")


def breadcrumb_names(response) -> list[str]:
    (script,) = head_tags(response).json_ld
    (breadcrumbs,) = [node for node in json.loads(script)["@graph"] if node["@type"] == "BreadcrumbList"]
    return [item["name"] for item in breadcrumbs["itemListElement"]]


def test_breadcrumbs_skip_a_draft_parent(client, under_a_draft):
    response = client.get("/en/embargoed/child/")

    assert response.status_code == 200
    page = parse(response)
    assert "Embargoed section" not in page.text
    assert "/en/embargoed/" not in page.links


def test_json_ld_breadcrumbs_skip_a_draft_parent(client, home_page, under_a_draft):
    names = breadcrumb_names(client.get("/en/embargoed/child/"))

    assert names == [home_page.title, "Published child"]


def test_breadcrumbs_name_live_public_parents(client, home_page):
    parent = factories.StandardPageFactory(parent=home_page, title="About us", slug="about")
    factories.StandardPageFactory(parent=parent, title="Governance", slug="governance")

    response = client.get("/en/about/governance/")

    assert breadcrumb_names(response) == [home_page.title, "About us", "Governance"]
    assert "/en/about/" in parse(response).links


def call_to_action(page) -> str:
    return json.dumps(
        [
            {
                "type": "call_to_action",
                "value": {"heading": "Join us", "text": "", "button_label": "Read on", "page": page.pk, "url": ""},
            }
        ]
    )


def test_a_call_to_action_to_a_published_page_links_to_it(client, home_page):
    target = factories.StandardPageFactory(parent=home_page, title="Volunteer", slug="volunteer")
    factories.StandardPageFactory(parent=home_page, slug="cta", body=call_to_action(target))

    assert "/en/volunteer/" in parse(client.get("/en/cta/")).links


@pytest.mark.parametrize("hidden", ["draft", "private"])
def test_a_call_to_action_never_links_to_a_draft_or_private_page(client, home_page, hidden):
    target = factories.StandardPageFactory(parent=home_page, title="Secret", slug="secret", live=hidden != "draft")
    if hidden == "private":
        PageViewRestriction.objects.create(page=target, restriction_type="password", password="secret")
    factories.StandardPageFactory(parent=home_page, slug="cta", body=call_to_action(target))

    page = parse(client.get("/en/cta/"))

    assert "Join us" in page.text
    assert "/en/secret/" not in page.links
    assert "Read on" not in page.text
