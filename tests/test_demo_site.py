"""The demo site, loaded once for this module and crawled from the home page by its links alone."""

from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from django.core.management import call_command
from django.db import transaction
from django.test import Client

from cancers.models import CancerPage
from programs.models import NewsPage, ProgramPage, PublicationPage
from tests.html import ParsedPage, number_pattern, parse

pytestmark = [pytest.mark.demo, pytest.mark.django_db]

SEED_PROGRAMS = [
    "MAPPYACTS", "MICCHADO", "AcSé-ESMART", "BIOMEDE", "BIOMEDE 2", "BEACON", "BEACON Immuno", "SACHA",
    "Tag-N-TRACK", "NIVO-ALCL", "DigiTwins", "RESTRAIN", "Prevention of Neuroblastoma Relapse", "CAR T",
]  # fmt: skip
SEED_CANCERS = [
    "nephroblastoma", "rhabdomyosarcoma", "sarcomas", "neuroblastoma", "DIPG", "anaplastic large-cell lymphoma",
]  # fmt: skip
NOT_CRAWLED = ("/admin/", "/django-admin/", "/documents/", "/media/", "/static/")


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
    """Every address reached from the home page: its status, its parsed HTML, and a page that links to it."""
    client = Client()
    results = {}
    queue = deque([("/", "(start)")])
    queued = {"/"}
    while queue:
        path, referrer = queue.popleft()
        response = client.get(path)
        parsed = None
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            parsed = ParsedPage()
            parsed.feed(response.content.decode())
            for href in parsed.links:
                target = internal_path(path, href)
                if target and target not in queued:
                    queued.add(target)
                    queue.append((target, path))
        results[path] = (response.status_code, parsed, referrer)
    return results


def html_pages(crawl):
    return {path: parsed for path, (_, parsed, _) in crawl.items() if parsed is not None}


def test_every_program_of_the_seed_exists(demo_site):
    acronyms = [program.acronym.casefold() for program in ProgramPage.objects.live()]

    missing = [name for name in SEED_PROGRAMS if not any(acronym.startswith(name.casefold()) for acronym in acronyms)]
    assert not missing
    assert "BEACON".casefold() in acronyms and "BIOMEDE".casefold() in acronyms


def test_every_cancer_of_the_seed_exists(demo_site):
    titles = [cancer.title.casefold() for cancer in CancerPage.objects.live()]

    assert not [name for name in SEED_CANCERS if not any(name.casefold() in title for title in titles)]


def test_the_demo_has_news_about_programs_and_publications(demo_site):
    assert NewsPage.objects.live().filter(programs__isnull=False).distinct().count() >= 12
    assert PublicationPage.objects.live().count() >= 6


def test_the_home_page_shows_the_charitys_impact_figures(demo_site, client):
    page = parse(client.get("/"))

    for figure in (20, 61, 7200, 119, 2011):
        assert number_pattern(figure).search(page.text), f"{figure} is not on the home page"
    assert "7,200" in page.text


def test_no_internal_link_is_broken(crawl):
    broken = {
        path: f"{status} (linked from {referrer})" for path, (status, _, referrer) in crawl.items() if status != 200
    }
    assert not broken
    assert len(crawl) > 40


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


def test_every_page_declares_its_language(crawl):
    assert [path for path, page in html_pages(crawl).items() if not page.lang] == []


def test_every_image_has_an_alt_attribute(crawl):
    missing = {
        path: [img.get("src") for img in page.images if img.get("alt") is None]
        for path, page in html_pages(crawl).items()
    }
    assert {path: sources for path, sources in missing.items() if sources} == {}
