"""RSS 2.0 and Atom feeds of the news, parsed as a feed reader would, and how pages advertise them."""

import email.utils
import xml.etree.ElementTree as ET

import pytest

from tests import factories
from tests.bilingual import translate

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def news(news_index, program_index, cancer_index, image):
    cancer = factories.CancerPageFactory(parent=cancer_index, slug="neuroblastoma")
    program = factories.ProgramPageFactory(
        parent=program_index, acronym="MAPPYACTS", slug="mappyacts", cancers=[cancer]
    )
    other = factories.ProgramPageFactory(parent=program_index, acronym="ESMART", slug="esmart")
    return {
        "with image": factories.NewsPageFactory(parent=news_index, programs=[program], image=image),
        "other": factories.NewsPageFactory(parent=news_index, programs=[other]),
        "draft": factories.NewsPageFactory(parent=news_index, programs=[program], live=False),
    }


def rss(client, path) -> ET.Element:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def atom(client, path) -> ET.Element:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


def test_the_rss_feed_has_the_required_channel_and_item_elements(client, news):
    channel = rss(client, "/en/feeds/news/rss.xml")

    for required in ("title", "link", "description"):
        assert channel.findtext(required), required
    assert channel.findtext("link") == "http://localhost/en/news/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [news["other"].title, news["with image"].title]
    for item in items:
        assert item.findtext("link").startswith("http://localhost/en/news/")
        guid = item.find("guid")
        assert guid.text == item.findtext("link") and guid.get("isPermaLink", "true") == "true"
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        assert item.findtext("description")


def test_rss_items_carry_their_date_and_image(client, news):
    channel = rss(client, "/en/feeds/news/rss.xml")
    item = next(item for item in channel.findall("item") if item.findtext("title") == news["with image"].title)

    published = email.utils.parsedate_to_datetime(item.findtext("pubDate"))
    assert published.date() == news["with image"].date
    enclosure = item.find("enclosure")
    assert enclosure.get("url").startswith("http://testserver/media/images/")
    assert int(enclosure.get("length")) > 0
    assert enclosure.get("type").startswith("image/")
    assert client.get(enclosure.get("url").removeprefix("http://testserver")).status_code in (200, 404)


def test_the_atom_feed_has_the_required_elements(client, news):
    feed = atom(client, "/en/feeds/news/atom.xml")

    for required in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{required}"), required
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Imagine for Margo"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "http://testserver/en/feeds/news/atom.xml"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}"), required
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http://localhost/en/news/")
    with_image = next(entry for entry in entries if entry.findtext(f"{ATOM}title") == news["with image"].title)
    assert with_image.find(f"{ATOM}link[@rel='enclosure']").get("length")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_program_feed_holds_only_that_programs_news(client, news, kind):
    path = f"/en/feeds/programs/mappyacts/{kind}.xml"
    root = rss(client, path) if kind == "rss" else atom(client, path)

    titles = [element.text for element in root.iter() if element.tag in ("title", f"{ATOM}title")]
    assert news["with image"].title in titles
    assert news["other"].title not in titles and news["draft"].title not in titles


def test_a_cancer_feed_holds_the_news_of_the_programs_on_it(client, news):
    channel = rss(client, "/en/feeds/cancers/neuroblastoma/rss.xml")

    assert [item.findtext("title") for item in channel.findall("item")] == [news["with image"].title]
    assert channel.findtext("link") == news["with image"].programs.first().cancers.first().get_full_url()


@pytest.mark.parametrize(
    "path",
    ["/en/feeds/programs/unknown/rss.xml", "/en/feeds/cancers/unknown/atom.xml", "/en/feeds/programs/unknown/atom.xml"],
)
def test_an_unknown_program_or_cancer_has_no_feed(client, news, path):
    assert client.get(path).status_code == 404


def test_an_empty_feed_is_still_valid(client, news_index):
    channel = rss(client, "/en/feeds/news/rss.xml")

    assert channel.findall("item") == []
    assert atom(client, "/en/feeds/news/atom.xml").findtext(f"{ATOM}updated")


def alternates(client, url) -> dict[str, str]:
    from html.parser import HTMLParser

    found = {}

    class Links(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attributes = dict(attrs)
            if tag == "link" and attributes.get("rel") == "alternate" and attributes.get("type"):
                found[attributes["type"]] = attributes["href"]

    Links().feed(client.get(url).content.decode())
    return found


def test_pages_advertise_their_feeds(client, news):
    program = news["with image"].programs.first()
    cancer = program.cancers.first()

    assert alternates(client, "/en/news/") == {
        "application/rss+xml": "/en/feeds/news/rss.xml",
        "application/atom+xml": "/en/feeds/news/atom.xml",
    }
    assert alternates(client, program.url)["application/rss+xml"] == "/en/feeds/programs/mappyacts/rss.xml"
    assert alternates(client, cancer.url)["application/atom+xml"] == "/en/feeds/cancers/neuroblastoma/atom.xml"
    for feed in alternates(client, cancer.url).values():
        assert client.get(feed).status_code == 200


@pytest.fixture
def french_news(news, home_page, news_index, program_index):
    """The MAPPYACTS news in French too, and a French item of its own."""
    translate(home_page, title="Accueil")
    french_index = translate(news_index, title="Actualités", slug="actualites")
    translate(program_index, title="Programmes de recherche", slug="programmes")
    translate(news["with image"].programs.first())
    return {
        "translated": translate(news["with image"], title="Résultats de MAPPYACTS"),
        "french only": factories.NewsPageFactory(parent=french_index, title="Une nouvelle en français"),
    }


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_each_languages_feed_holds_the_news_of_that_language_only(client, news, french_news, kind):
    def titles(path):
        root = rss(client, path) if kind == "rss" else atom(client, path)
        return {element.text for element in root.iter() if element.tag in ("title", f"{ATOM}title")}

    french, english = titles(f"/fr/feeds/news/{kind}.xml"), titles(f"/en/feeds/news/{kind}.xml")

    assert {"Résultats de MAPPYACTS", "Une nouvelle en français"} <= french
    assert news["with image"].title not in french and news["other"].title not in french
    assert {news["with image"].title, news["other"].title} <= english
    assert not {"Résultats de MAPPYACTS", "Une nouvelle en français"} & english
    assert "Actualités · Imagine for Margo" in french
    assert "News · Imagine for Margo" in english


def test_a_programs_feed_in_french_links_to_the_french_pages(client, news, french_news):
    channel = rss(client, "/fr/feeds/programs/mappyacts/rss.xml")

    assert channel.findtext("language") == "fr"
    assert channel.findtext("link") == "http://localhost/fr/programmes/mappyacts/"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Résultats de MAPPYACTS"]
    assert (
        channel.find("item").findtext("link")
        == "http://localhost/fr/actualites/" + french_news["translated"].slug + "/"
    )


def test_a_feed_without_a_news_section_links_to_its_languages_home(client, home_page):
    translate(home_page, title="Accueil")

    assert rss(client, "/fr/feeds/news/rss.xml").findtext("link") == "http://localhost/fr/"
    assert rss(client, "/en/feeds/news/rss.xml").findtext("link") == "http://localhost/en/"


def test_french_pages_advertise_the_french_feeds(client, news, french_news):
    program = french_news["translated"].programs.first()

    assert alternates(client, "/fr/actualites/") == {
        "application/rss+xml": "/fr/feeds/news/rss.xml",
        "application/atom+xml": "/fr/feeds/news/atom.xml",
    }
    assert alternates(client, program.url)["application/rss+xml"] == "/fr/feeds/programs/mappyacts/rss.xml"
