import json

from tests import factories
from tests.html import parse


def test_standard_page_shows_its_title_summary_and_body(client, home_page):
    about = factories.StandardPageFactory(
        parent=home_page,
        title="Governance and transparency",
        summary="How the charity is run and audited.",
        body=json.dumps(
            [
                {"type": "heading", "value": {"text": "Our accounts", "level": "h2"}},
                {"type": "paragraph", "value": "<p>Our accounts are certified every year.</p>"},
                {"type": "quote", "value": {"quote": "Every euro goes to research.", "author": "The president"}},
            ]
        ),
    )

    page = parse(client.get(about.url))

    assert page.h1s == ["Governance and transparency"]
    assert "How the charity is run and audited." in page.text
    assert page.position("Our accounts") < page.position("Our accounts are certified every year.")
    assert "Every euro goes to research." in page.text


def test_standard_pages_nest_and_show_in_the_footer_when_asked(client, home_page):
    about = factories.StandardPageFactory(parent=home_page, title="About us")
    legal = factories.StandardPageFactory(parent=home_page, title="Legal notice", show_in_footer=True)
    team = factories.StandardPageFactory(parent=about, title="Our team")

    page = parse(client.get(team.url))

    assert page.h1s == ["Our team"]
    assert team.url.startswith(about.url)
    assert legal.url in page.links


def test_impact_figures_block_shows_the_figures_edited_once_in_settings(client, home_page, impact_figures):
    impact_figures.children_benefited = 8150
    impact_figures.save()
    about = factories.StandardPageFactory(
        parent=home_page, title="About us", body=json.dumps([{"type": "impact_figures", "value": None}])
    )

    text = parse(client.get(about.url)).text

    assert "8,150" in text
    assert "7,200" not in text
