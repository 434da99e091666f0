"""What search engines and sharing read: canonical URLs, Open Graph and Twitter cards, JSON-LD, sitemap, robots.txt."""

import datetime
import json

import pytest

from django.contrib.staticfiles import finders

from wagtail.models import PageViewRestriction

from charity.images import SHARE_IMAGE_SPEC
from discovery.sitemaps import BilingualSitemap
from discovery.structured_data import ORGANISATION_DESCRIPTION
from tests import factories
from tests.html import head_tags, parse
from tests.sitemaps import sitemap_pages, sitemap_urls

SITE_URL = "http://localhost"
DEFAULT_SHARE_IMAGE = f"{SITE_URL}/static/img/share-default.png"
SITEMAP_NAMESPACE = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def site_pages(home_page, cancer_index, program_index, news_index, publication_index, donate_page):
    wilms = factories.CancerPageFactory(parent=cancer_index, title="Nephroblastoma", other_names="Wilms' tumour")
    program = factories.ProgramPageFactory(
        parent=program_index, acronym="MAPPYACTS", full_name="Molecular profiling", cancers=[wilms]
    )
    news = factories.NewsPageFactory(
        parent=news_index, title="MAPPYACTS results", date=datetime.date(2024, 3, 1), programs=[program]
    )
    publication = factories.PublicationPageFactory(
        parent=publication_index,
        title="Molecular profiling of relapsed tumours",
        authors="Berlanga P, Pierron G, Lacroix L, et al.",
        journal="Cancer Discovery",
        year=2022,
        doi="10.1158/2159-8290.CD-21-1136",
        programs=[program],
    )
    about = factories.StandardPageFactory(parent=home_page, title="About us")
    return {
        "home": home_page,
        "standard": about,
        "donate": donate_page,
        "cancer index": cancer_index,
        "cancer": wilms,
        "program index": program_index,
        "program": program,
        "news index": news_index,
        "news": news,
        "publication index": publication_index,
        "publication": publication,
    }


# The schema.org type each page describes itself as, beside the organisation and the breadcrumbs.
OWN_TYPES = {
    "home": None,
    "standard": None,
    "donate": "DonateAction",
    "cancer index": None,
    "cancer": "MedicalCondition",
    "program index": None,
    "program": "ResearchProject",
    "news index": None,
    "news": "NewsArticle",
    "publication index": None,
    "publication": "ScholarlyArticle",
}


def graph_of(response) -> list[dict]:
    scripts = head_tags(response).json_ld
    assert len(scripts) == 1
    data = json.loads(scripts[0])
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


def nodes(graph: list[dict], schema_type: str) -> list[dict]:
    return [node for node in graph if node["@type"] == schema_type]


@pytest.mark.parametrize("name", OWN_TYPES)
def test_every_page_has_one_absolute_canonical_url(client, site_pages, name):
    page = site_pages[name]
    tags = head_tags(client.get(page.url))

    assert tags.canonical_urls == [page.full_url]
    assert page.full_url.startswith(f"{SITE_URL}/")
    assert tags.one("og:url") == page.full_url


@pytest.mark.parametrize("name", OWN_TYPES)
def test_every_page_has_open_graph_and_twitter_tags(client, site_pages, name):
    page = site_pages[name].specific
    tags = head_tags(client.get(page.url))

    assert tags.one("og:title") == page.title
    # Index pages without an introduction are described by the charity's own description.
    assert tags.one("og:description") == (page.meta_description or ORGANISATION_DESCRIPTION)
    assert tags.one("og:image") == DEFAULT_SHARE_IMAGE
    assert tags.one("og:site_name") == "Imagine for Margo"
    assert tags.one("twitter:card") == "summary_large_image"
    assert tags.one("twitter:title") == page.title
    assert tags.one("twitter:image") == DEFAULT_SHARE_IMAGE


def test_news_and_publications_are_shared_as_articles(client, site_pages):
    assert head_tags(client.get(site_pages["news"].url)).one("og:type") == "article"
    assert head_tags(client.get(site_pages["publication"].url)).one("og:type") == "article"
    assert head_tags(client.get(site_pages["program"].url)).one("og:type") == "website"


def test_the_seo_title_is_the_shared_title_when_an_editor_sets_one(client, site_pages):
    program = site_pages["program"]
    program.seo_title = "MAPPYACTS: sequencing relapsed tumours"
    program.save()

    tags = head_tags(client.get(program.url))

    assert tags.one("og:title") == "MAPPYACTS: sequencing relapsed tumours"


@pytest.mark.parametrize("name, field", [("program", "image"), ("news", "image"), ("home", "hero_image")])
def test_a_page_with_an_image_is_shared_with_it(client, site_pages, image, name, field):
    page = site_pages[name]
    setattr(page, field, image)
    page.save()

    tags = head_tags(client.get(page.url))

    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    assert tags.one("og:image") == f"{SITE_URL}{rendition.url}"
    assert tags.one("twitter:image") == f"{SITE_URL}{rendition.url}"
    assert tags.one("og:image:width") == str(rendition.width)
    assert tags.one("og:image:alt") == image.default_alt_text


def test_the_default_share_image_exists():
    assert finders.find("img/share-default.png")


@pytest.mark.parametrize("name", OWN_TYPES)
def test_every_page_describes_the_charity_its_breadcrumbs_and_itself_in_json_ld(client, site_pages, name):
    page = site_pages[name]
    graph = graph_of(client.get(page.url))

    organisation = nodes(graph, "NGO")
    assert [node["name"] for node in organisation] == ["Imagine for Margo"]
    assert organisation[0]["url"] == f"{SITE_URL}/"
    [breadcrumbs] = nodes(graph, "BreadcrumbList")
    items = breadcrumbs["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    # The home page of the page's own language.
    assert items[0]["item"] == site_pages["home"].full_url == f"{SITE_URL}/en/"
    assert items[-1]["item"] == page.full_url
    assert items[-1]["name"] == page.title
    own_types = {node["@type"] for node in graph} - {"NGO", "BreadcrumbList"}
    assert own_types == ({OWN_TYPES[name]} if OWN_TYPES[name] else set())


def test_a_program_is_a_research_project_funded_by_the_charity(client, site_pages):
    graph = graph_of(client.get(site_pages["program"].url))

    [project] = nodes(graph, "ResearchProject")
    [organisation] = nodes(graph, "NGO")
    assert project["name"] == "MAPPYACTS"
    assert project["alternateName"] == "Molecular profiling"
    assert project["url"] == site_pages["program"].full_url
    assert project["funder"] == {"@id": organisation["@id"]}
    assert project["about"] == [{"@type": "MedicalCondition", "name": "Nephroblastoma"}]


def test_a_publication_is_a_scholarly_article_with_its_reference(client, site_pages):
    graph = graph_of(client.get(site_pages["publication"].url))

    [article] = nodes(graph, "ScholarlyArticle")
    assert article["name"] == "Molecular profiling of relapsed tumours"
    assert [author["name"] for author in article["author"]] == ["Berlanga P", "Pierron G", "Lacroix L"]
    assert article["datePublished"] == "2022"
    assert article["isPartOf"] == {"@type": "Periodical", "name": "Cancer Discovery"}
    assert article["identifier"]["value"] == "10.1158/2159-8290.CD-21-1136"
    assert article["sameAs"] == "https://doi.org/10.1158/2159-8290.CD-21-1136"


def test_a_news_page_is_a_news_article_published_by_the_charity(client, site_pages):
    graph = graph_of(client.get(site_pages["news"].url))

    [article] = nodes(graph, "NewsArticle")
    [organisation] = nodes(graph, "NGO")
    assert article["headline"] == "MAPPYACTS results"
    assert article["datePublished"] == "2024-03-01"
    assert article["dateModified"]
    assert article["publisher"] == {"@id": organisation["@id"]}


def test_a_cancer_is_a_medical_condition_with_its_other_names(client, site_pages):
    graph = graph_of(client.get(site_pages["cancer"].url))

    [condition] = nodes(graph, "MedicalCondition")
    assert condition["name"] == "Nephroblastoma"
    assert condition["alternateName"] == ["Wilms' tumour"]


def test_the_donate_page_is_a_donate_action_for_the_charity(client, site_pages):
    graph = graph_of(client.get(site_pages["donate"].url))

    [action] = nodes(graph, "DonateAction")
    [organisation] = nodes(graph, "NGO")
    assert action["recipient"] == {"@id": organisation["@id"]}
    assert action["url"] == site_pages["donate"].full_url


HOSTILE_TITLE = 'Results </script><script>alert("x")</script> & <!-- "quoted" \u2028 line'


def test_page_content_cannot_break_out_of_the_json_ld(client, site_pages):
    program = site_pages["program"]
    program.title = HOSTILE_TITLE
    program.full_name = "</SCRIPT><img src=x onerror=alert(1)>"
    program.save()

    response = client.get(program.url)
    html = response.content.decode()

    graph = graph_of(response)
    [breadcrumbs] = nodes(graph, "BreadcrumbList")
    assert breadcrumbs["itemListElement"][-1]["name"] == HOSTILE_TITLE
    assert nodes(graph, "ResearchProject")[0]["alternateName"] == "</SCRIPT><img src=x onerror=alert(1)>"
    assert '<script>alert("x")' not in html
    assert "<img src=x" not in html
    assert head_tags(response).one("og:title") == HOSTILE_TITLE


def test_the_search_page_has_a_canonical_url_sharing_tags_and_json_ld(client, site_pages):
    response = client.get("/en/search/", {"q": "mappyacts"})
    tags = head_tags(response)

    assert tags.canonical_urls == [f"{SITE_URL}/en/search/"]
    assert tags.one("og:title") == "Search: mappyacts"
    assert tags.one("og:description")
    assert tags.one("og:image") == DEFAULT_SHARE_IMAGE
    assert tags.one("twitter:card")
    graph = graph_of(response)
    assert nodes(graph, "NGO")
    [breadcrumbs] = nodes(graph, "BreadcrumbList")
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == ["Home", "Search"]
    assert breadcrumbs["itemListElement"][0]["item"] == f"{SITE_URL}/en/"


def test_the_not_found_page_has_sharing_tags_and_json_ld(client, site_pages):
    response = client.get("/en/no-such-page/")
    tags = head_tags(response)

    assert response.status_code == 404
    assert len(tags.canonical_urls) == 1
    assert tags.one("og:title") == "Page not found"
    assert tags.one("og:image") == DEFAULT_SHARE_IMAGE
    assert nodes(graph_of(response), "NGO")


@pytest.fixture
def published_site(site_pages, home_page):
    """The pages as editors leave them: published through revisions, so that they have a publication date."""
    for page in home_page.get_descendants(inclusive=True).specific():
        page.save_revision().publish()
    draft = factories.ProgramPageFactory(parent=site_pages["program index"], acronym="DRAFTPROGRAM", live=False)
    private = factories.StandardPageFactory(parent=site_pages["standard"], title="Board minutes")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    under_private = factories.StandardPageFactory(parent=private, title="Annex")
    under_private.save_revision().publish()
    return {**site_pages, "draft": draft, "private": private, "under private": under_private}


def sitemap_entries(client) -> dict[str, str | None]:
    return {
        url.findtext("sitemap:loc", namespaces=SITEMAP_NAMESPACE): url.findtext(
            "sitemap:lastmod", namespaces=SITEMAP_NAMESPACE
        )
        for url in sitemap_urls(client)
    }


def test_the_sitemap_lists_every_public_page_with_its_last_modification(client, published_site):
    entries = sitemap_entries(client)

    public = [page for name, page in published_site.items() if name not in {"draft", "private", "under private"}]
    assert set(entries) == {page.full_url for page in public}
    for url, lastmod in entries.items():
        assert lastmod, f"{url} has no lastmod"
        datetime.date.fromisoformat(lastmod[:10])


def test_the_sitemap_leaves_out_drafts_and_private_pages(client, published_site):
    entries = sitemap_entries(client)

    for name in ("draft", "private", "under private"):
        assert published_site[name].full_url not in entries, name


def test_a_page_unpublished_later_leaves_the_sitemap(client, published_site):
    published_site["news"].unpublish()

    assert published_site["news"].full_url not in sitemap_entries(client)


def test_the_sitemap_is_an_index_of_pages_of_a_fixed_size(client, published_site, monkeypatch):
    monkeypatch.setattr(BilingualSitemap, "limit", 2)

    pages = sitemap_pages(client)

    assert len(pages) == (len(sitemap_urls(client)) + 1) // 2 > 1
    assert pages[1] == "/sitemap-pages.xml?p=2"


def test_robots_txt_points_to_the_sitemap_with_an_absolute_url(client, site):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {SITE_URL}/sitemap.xml" in lines
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    # Search results and the language switch are no pages of their own; the alternates name the pages.
    assert {"Disallow: /fr/search/", "Disallow: /en/search/", "Disallow: /language/"} <= set(lines)


def test_pages_render_normally_with_their_tags(client, site_pages):
    # The tags must not cost the page its single h1 or its visible text.
    page = parse(client.get(site_pages["publication"].url))

    assert len(page.h1s) == 1
    assert "Molecular profiling of relapsed tumours" in page.text
