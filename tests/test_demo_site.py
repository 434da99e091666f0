"""The demo site, loaded once for this module and crawled from `/` by its links alone, in both languages."""

import html
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import bibtexparser
import pytest
import rispy

from django.core.management import call_command
from django.db import transaction
from django.test import Client

from wagtail.models import Locale, Page

from cancers.models import CancerPage
from charity.models import DonatePage
from programs.models import NewsPage, ProgramPage, PublicationPage
from tests.catalogues import APPS_WITH_CATALOGUES, catalogue, read_catalogue
from tests.html import ParsedPage, head_tags, number_pattern, parse
from tests.sitemaps import sitemap_urls

pytestmark = [pytest.mark.demo, pytest.mark.django_db]

SEED_PROGRAMS = [
    "MAPPYACTS", "MICCHADO", "AcSé-ESMART", "BIOMEDE", "BIOMEDE 2", "BEACON", "BEACON Immuno", "SACHA",
    "Tag-N-TRACK", "NIVO-ALCL", "DigiTwins", "RESTRAIN", "Prevention of Neuroblastoma Relapse", "CAR T",
]  # fmt: skip
SEED_CANCERS = [
    "nephroblastoma", "rhabdomyosarcoma", "sarcomas", "neuroblastoma", "DIPG", "anaplastic large-cell lymphoma",
]  # fmt: skip
NOT_CRAWLED = ("/admin/", "/django-admin/", "/documents/", "/media/", "/static/")
LANGUAGES = ("fr", "en")
REDIRECTS = (301, 302)


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """Loaded once, inside a transaction rolled back when the module ends, so other modules never see it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


def internal_path(base: str, href: str) -> str | None:
    """The path (and query) a link leads to on this site, or None for links elsewhere and skipped areas."""
    url = urlsplit(urljoin(f"http://testserver{base}", href))
    if url.scheme not in ("http", "https") or url.hostname not in ("testserver", "localhost", "127.0.0.1"):
        return None
    if url.path.startswith(NOT_CRAWLED):
        return None
    # Filters combine without end; each single filter and each page number is still followed.
    if url.query.count("&") > 0:
        return None
    return f"{url.path}?{url.query}" if url.query else url.path


@pytest.fixture(scope="module")
def crawl(demo_site) -> dict[str, tuple[int, ParsedPage | None, str]]:
    """Every address reached from `/`: its status, its parsed HTML, and a page that links to it.

    Redirects are followed as links: `/` leads to the French home page, the language switcher to the
    translation of each page.
    """
    client = Client()
    results = {}
    queue = deque([("/", "(start)")])
    queued = {"/"}

    def follow(base, href, referrer):
        target = internal_path(base, href)
        if target and target not in queued:
            queued.add(target)
            queue.append((target, referrer))

    while queue:
        path, referrer = queue.popleft()
        response = client.get(path)
        parsed = None
        if response.status_code in REDIRECTS:
            follow(path, response["Location"], path)
        elif response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            parsed = ParsedPage()
            parsed.feed(response.content.decode())
            for href in parsed.links:
                follow(path, href, path)
        results[path] = (response.status_code, parsed, referrer)
    return results


def html_pages(crawl):
    return {path: parsed for path, (_, parsed, _) in crawl.items() if parsed is not None}


def language_of(path: str) -> str:
    return path.split("/")[1]


def in_language(language: str):
    return Locale.objects.get(language_code=language)


def test_every_program_of_the_seed_exists_in_each_language(demo_site):
    english = ProgramPage.objects.live().filter(locale=in_language("en"))
    acronyms = [program.acronym.casefold() for program in english]

    missing = [name for name in SEED_PROGRAMS if not any(acronym.startswith(name.casefold()) for acronym in acronyms)]
    assert not missing
    assert "BEACON".casefold() in acronyms and "BIOMEDE".casefold() in acronyms
    french = ProgramPage.objects.live().filter(locale=in_language("fr"))
    assert sorted(french.values_list("translation_key", flat=True)) == sorted(
        english.values_list("translation_key", flat=True)
    )


def test_every_cancer_of_the_seed_exists(demo_site):
    titles = [cancer.title.casefold() for cancer in CancerPage.objects.live().filter(locale=in_language("en"))]

    assert not [name for name in SEED_CANCERS if not any(name.casefold() in title for title in titles)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_has_news_about_programs_and_publications(demo_site, language):
    news = NewsPage.objects.live().filter(locale=in_language(language))
    assert news.filter(programs__isnull=False, programs__locale=in_language(language)).distinct().count() >= 12
    assert PublicationPage.objects.live().filter(locale=in_language(language)).count() >= 6


def test_every_french_page_has_its_english_translation(demo_site):
    french_pages = Page.objects.live().filter(locale=in_language("fr"), depth__gt=1)
    untranslated = [page.url_path for page in french_pages if not page.get_translations().live().exists()]

    assert french_pages.count() > 50
    assert untranslated == []
    assert Page.objects.live().filter(locale=in_language("en")).count() == french_pages.count()


@pytest.mark.parametrize(
    "path, children, millions",
    [("/en/", "7,200", "€20 million"), ("/fr/", "7\N{NO-BREAK SPACE}200", "20\N{NO-BREAK SPACE}millions d’euros")],
)
def test_the_home_page_shows_the_charitys_impact_figures_in_its_language(demo_site, client, path, children, millions):
    response = client.get(path)
    page = parse(response)

    for figure in (20, 61, 7200, 119, 2011):
        assert number_pattern(figure).search(page.text), f"{figure} is not on the home page"
    # As written, non-breaking spaces included (the parsed text folds them into plain spaces).
    written = re.sub(r"[ \t\n]+", " ", re.sub(r"<[^>]+>", "", html.unescape(response.content.decode())))
    written = written.replace("\N{NARROW NO-BREAK SPACE}", "\N{NO-BREAK SPACE}")
    assert children in written
    assert millions in written


def test_no_internal_link_is_broken(crawl):
    broken = {
        path: f"{status} (linked from {referrer})"
        for path, (status, _, referrer) in crawl.items()
        if status != 200 and status not in REDIRECTS
    }
    assert not broken
    assert len(crawl) > 80


def test_crawling_from_the_root_reaches_both_languages(crawl):
    pages = html_pages(crawl)
    for language in LANGUAGES:
        assert len([path for path in pages if language_of(path) == language]) > 50, language


def test_every_page_declares_the_language_of_its_address(crawl):
    wrong = {path: page.lang for path, page in html_pages(crawl).items() if page.lang != language_of(path)}
    assert wrong == {}


def test_every_page_links_its_translation_with_hreflang(crawl):
    pages = {path: page for path, page in html_pages(crawl).items() if "?" not in path}
    problems = {}
    for path, page in pages.items():
        expected = {*LANGUAGES, "x-default"}
        if set(page.alternates) != expected:
            problems[path] = sorted(page.alternates)
            continue
        own = urlsplit(page.alternates[language_of(path)]).path
        if own != path:
            problems[path] = f"its {language_of(path)} alternate is {own}"
    assert problems == {}


def test_the_switcher_leads_to_the_translation_and_back(demo_site):
    client = Client()
    for french in Page.objects.live().filter(locale=in_language("fr"), depth__gt=1).specific():
        english = french.get_translation(in_language("en"))
        to_english = client.get(parse(client.get(french.url)).language_links["en"], follow=True)
        assert to_english.request["PATH_INFO"] == english.url, french.url
        back = client.get(parse(to_english).language_links["fr"], follow=True)
        assert back.request["PATH_INFO"] == french.url, english.url


def interface_texts(language: str) -> set[str]:
    """Sentences of the interface in `language` that differ from their translation (three words or more)."""
    texts = set()
    for app in APPS_WITH_CATALOGUES:
        for entry in read_catalogue(catalogue(app, "fr"))[1:]:
            french = entry.msgstrs[0] if entry.msgstrs else ""
            if not french or entry.msgid_plural or "%" in entry.msgid or "{" in entry.msgid:
                continue
            text = entry.msgid if language == "en" else french
            if text != (french if language == "en" else entry.msgid) and len(text.split()) >= 3:
                texts.add(text)
    return texts


def test_no_page_shows_interface_text_in_the_other_language(crawl):
    other = {"fr": interface_texts("en"), "en": interface_texts("fr")}
    found = {}
    for path, page in html_pages(crawl).items():
        text = page.text.replace("\N{NARROW NO-BREAK SPACE}", "\N{NO-BREAK SPACE}")
        misplaced = [sentence for sentence in other[language_of(path)] if sentence in text]
        if misplaced:
            found[path] = misplaced
    assert found == {}


def test_every_program_and_cancer_page_is_reached_by_links(crawl):
    reached = set(crawl)
    for model in (ProgramPage, CancerPage):
        unreached = [page.url for page in model.objects.live().public() if page.url not in reached]
        assert not unreached, model.__name__


def test_every_page_has_exactly_one_h1(crawl):
    assert {path: page.h1s for path, page in html_pages(crawl).items() if len(page.h1s) != 1} == {}


def test_every_page_has_a_title_and_a_meta_description(crawl):
    pages = html_pages(crawl)
    assert [path for path, page in pages.items() if not page.title.strip()] == []
    assert [path for path, page in pages.items() if not (page.meta_description or "").strip()] == []


def test_every_image_has_an_alt_attribute(crawl):
    missing = {
        path: [img.get("src") for img in page.images if img.get("alt") is None]
        for path, page in html_pages(crawl).items()
    }
    assert {path: sources for path, sources in missing.items() if sources} == {}


# Being found: the acceptance of search, sharing tags, the sitemap, the open data API and citations, on the demo.


@pytest.mark.parametrize(
    "query, first",
    [("mappyacts", "MAPPYACTS"), ("MAPPYACTS", "MAPPYACTS"), ("esmart", "AcSé-ESMART"), ("Acse", "AcSé-ESMART")],
)
def test_searching_an_acronym_finds_its_program_first(demo_site, client, query, first):
    response = client.get("/en/search/", {"q": query})

    results = list(response.context["results"])
    assert results[0].page.specific.acronym == first
    assert results[0].result_type.key == "program"


@pytest.mark.parametrize("language", LANGUAGES)
def test_searching_wilms_finds_nephroblastoma_first(demo_site, client, language):
    response = client.get(f"/{language}/search/", {"q": "wilms"})

    first = list(response.context["results"])[0]
    assert first.result_type.key == "cancer"
    assert "Wilms" in first.page.specific.other_names
    assert first.page.locale.language_code == language


@pytest.mark.parametrize("params", [{"q": "x" * 5000}, {"q": "mappyacts", "page": "abc"}])
def test_a_long_query_or_a_bad_page_number_gives_a_normal_page(demo_site, client, params):
    parse(client.get("/en/search/", params))


def test_every_page_has_a_canonical_url_sharing_tags_and_json_ld(crawl, client):
    paths = [path for path, (status, parsed, _) in crawl.items() if parsed is not None and "?" not in path]
    problems = {}
    for path in paths:
        tags = head_tags(client.get(path))
        graph = json.loads(tags.json_ld[0])["@graph"] if len(tags.json_ld) == 1 else []
        types = {node["@type"] for node in graph}
        missing = [
            name
            for name, present in [
                ("canonical", len(tags.canonical_urls) == 1 and tags.canonical_urls[0].startswith("http")),
                ("og:title", tags.meta.get("og:title")),
                ("og:description", tags.meta.get("og:description")),
                ("og:image", (tags.meta.get("og:image") or [""])[0].startswith("http")),
                ("twitter:card", tags.meta.get("twitter:card")),
                ("NGO", "NGO" in types),
                ("BreadcrumbList", "BreadcrumbList" in types),
            ]
            if not present
        ]
        if missing:
            problems[path] = missing
    assert problems == {}
    assert len(paths) > 80


@pytest.mark.parametrize(
    "model, schema_type",
    [
        (ProgramPage, "ResearchProject"),
        (PublicationPage, "ScholarlyArticle"),
        (NewsPage, "NewsArticle"),
        (CancerPage, "MedicalCondition"),
        (DonatePage, "DonateAction"),
    ],
)
def test_each_page_type_describes_itself_in_json_ld(demo_site, client, model, schema_type):
    for page in model.objects.live().public():
        graph = json.loads(head_tags(client.get(page.url)).json_ld[0])["@graph"]
        assert schema_type in {node["@type"] for node in graph}, page.url


def test_the_sitemap_lists_every_public_page_with_its_last_modification(demo_site, client):
    namespace = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    entries = {
        url.findtext("sitemap:loc", namespaces=namespace): url.findtext("sitemap:lastmod", namespaces=namespace)
        for url in sitemap_urls(client)
    }

    public = Page.objects.live().public().filter(depth__gt=1)
    assert set(entries) == {page.full_url for page in public}
    assert {language_of(urlsplit(url).path) for url in entries} == set(LANGUAGES)
    assert [url for url, lastmod in entries.items() if not lastmod] == []


def test_the_api_lists_every_program_with_its_cancers(demo_site, client):
    response = client.get(
        "/api/v2/pages/", {"type": "programs.ProgramPage", "fields": "*", "limit": "20", "locale": "en"}
    )

    data = response.json()
    programs = ProgramPage.objects.live().public().filter(locale=in_language("en"))
    assert data["meta"]["total_count"] == programs.count()
    assert len(data["items"]) == programs.count()
    for item in data["items"]:
        program = programs.get(pk=item["id"])
        expected = sorted(program.cancers.live().public().values_list("slug", flat=True))
        assert sorted(cancer["slug"] for cancer in item["cancers"]) == expected, program.acronym
    assert any(item["cancers"] for item in data["items"])


def test_every_publication_downloads_as_bibtex_and_ris(demo_site, client):
    for publication in PublicationPage.objects.live().public():
        [entry] = bibtexparser.loads(client.get(f"{publication.url}cite/bibtex/").content.decode()).entries
        [record] = rispy.loads(client.get(f"{publication.url}cite/ris/").content.decode())
        for reference in (
            (entry["title"], entry["author"], entry["journal"], entry["year"], entry.get("doi")),
            (record["title"], record["authors"], record["journal_name"], record["year"], record.get("doi")),
        ):
            title, authors, journal, year, doi = reference
            assert title and authors and journal, publication.title
            assert year == str(publication.year)
            assert doi == (publication.doi or None)
