"""No input makes the site fail: hostile, malformed or oversized values sent to every public address are
answered with a 4xx that says what is wrong (or, where the site documents that it ignores a value, the
normal page), never with a 5xx."""

import json

import pytest

from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db

NUL = "\x00"
LONG = "x" * 10_000
SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture
def site_content(home_page, program_index, cancer_index, news_index, publication_index, donate_page):
    cancer = factories.CancerPageFactory(parent=cancer_index, title="Neuroblastoma", slug="neuroblastoma")
    program = factories.ProgramPageFactory(
        parent=program_index, acronym="MAPPYACTS", slug="mappyacts", cancers=[cancer]
    )
    factories.NewsPageFactory(parent=news_index, slug="news", programs=[program], cancers=[cancer])
    factories.PublicationPageFactory(parent=publication_index, slug="publication", programs=[program])
    return {"program": program, "cancer": cancer}


# (method, address, data, expected status, what the answer must say)
API = "/api/v2/pages/"
CASES = [
    # The open data API: a 400 with {"message": …} naming the parameter.
    ("get", API, {"search": NUL}, 400, "search"),
    ("get", API, {"search": LONG}, 400, "search"),
    ("get", API, {"search": "x", "search_operator": "xx"}, 400, "search_operator"),
    ("get", API, {"search": '"a" "'}, 200, "items"),
    ("get", API, {"search": '"'}, 200, "items"),
    ("get", API, {"search": "AND OR NOT NEAR( * ^ a:b -c"}, 200, "items"),
    ("get", API, {"site": "<garbage>"}, 400, "site"),
    ("get", API, {"site": NUL}, 400, "site"),
    ("get", API, {"site": "example.org:abc"}, 400, "site"),
    ("get", API, {"limit": "-1"}, 400, "limit"),
    ("get", API, {"limit": "abc"}, 400, "limit"),
    ("get", API, {"limit": "9" * 30}, 400, "limit"),
    ("get", API, {"offset": "abc"}, 400, "offset"),
    ("get", API, {"offset": "-1"}, 400, "offset"),
    ("get", API, {"offset": "9" * 30}, 400, "offset"),
    ("get", API, {"fields": "nonsense"}, 400, "nonsense"),
    ("get", API, {"fields": "-"}, 400, "field"),
    ("get", API, {"fields": "title(nonsense"}, 400, "fields"),
    ("get", API, {"order": "nonsense"}, 400, "nonsense"),
    ("get", API, {"order": "random", "offset": "1"}, 400, "random"),
    ("get", API, {"type": "nonsense"}, 400, "type"),
    ("get", API, {"type": "a.b.c"}, 400, "type"),
    ("get", API, {"type": NUL}, 400, "type"),
    ("get", API, {"child_of": "abc"}, 400, "child_of"),
    ("get", API, {"descendant_of": "9" * 30}, 400, "ancestor page doesn't exist"),
    ("get", API, {"translation_of": "abc"}, 400, "translation_of"),
    ("get", API, {"locale": NUL}, 400, "locale"),
    ("get", API, {"type": "programs.ProgramPage", "cancer": NUL}, 400, "cancer contains a null character"),
    ("get", API, {"type": "programs.ProgramPage", "acronym": NUL}, 400, "acronym contains a null character"),
    ("get", API, {"type": "programs.ProgramPage", "start_year": "abc"}, 400, "start_year"),
    ("get", API, {"id": "abc"}, 400, "id"),
    ("get", API + "find/", {"id": "abc"}, 400, "id"),
    ("get", API + "find/", {"id": "9" * 30}, 404, "not found"),
    ("get", API + "find/", {"html_path": NUL}, 400, "html_path contains a null character"),
    ("get", API + "find/", {"html_path": "/en/" + LONG}, 404, "not found"),
    ("get", API + "abc/", {}, 404, ""),
    ("get", API + "9" * 30 + "/", {}, 404, "no page matches"),
    # Site search: the words are searched as text; syntax, NUL bytes and length are taken care of.
    ("get", "/en/search/", {"q": NUL}, 200, "Search"),
    ("get", "/en/search/", {"q": f"neuro{NUL}blastoma"}, 200, "Search"),
    ("get", "/en/search/", {"q": LONG}, 200, "Search"),
    ("get", "/en/search/", {"q": 'AND OR NOT "unterminated ( * - + ~ ^ : NEAR('}, 200, "Search"),
    ("get", "/en/search/", {"q": "x", "page": "abc"}, 200, "Search"),
    ("get", "/en/search/", {"q": "x", "page": "9" * 30}, 200, "Search"),
    # Listings ignore a filter or page they do not know (charity/listing.py) and show the normal page.
    ("get", "/en/research-programs/", {"cancer": "²", "status": NUL, "theme": LONG, "page": "abc"}, 200, "MAPPYACTS"),
    ("get", "/en/news/", {"program": "²", "page": "-1"}, 200, "News"),
    ("get", "/en/news/", {"program": NUL, "page": "9" * 30}, 200, "News"),
    ("get", "/en/publications/", {"year": "abc", "program": "²"}, 200, "Publications"),
    ("get", "/en/publications/", {"year": "9" * 30}, 200, "Publications"),
    ("get", "/en/publications/export/bibtex/", {"program": NUL, "year": "²"}, 200, ""),
    ("get", "/en/publications/export/nonsense/", {}, 404, ""),
    # The follow form: a 400 that shows the form again with the reason.
    ("post", "/en/subscriptions/", {"email": "a@example.org", "consent": "on", "program": "²"}, 400, "follow"),
    ("post", "/en/subscriptions/", {"email": "a@example.org", "consent": "on", "cancer": "9" * 30}, 400, "follow"),
    ("post", "/en/subscriptions/", {"email": "a@example.org", "consent": "on", "program": NUL}, 400, "follow"),
    ("post", "/en/subscriptions/", {"email": f"a{NUL}@example.org", "consent": "on"}, 400, "email address"),
    ("post", "/en/subscriptions/", {"email": LONG + "@example.org", "consent": "on"}, 400, "email address"),
    ("post", "/en/subscriptions/", {"email": "²@²", "consent": "on"}, 400, "email address"),
    # Subscription links with a token that was never issued.
    ("get", "/en/subscriptions/confirm/abc/", {}, 400, "link"),
    ("get", "/en/subscriptions/confirm/" + "a" * 3000 + "/", {}, 400, "link"),
    ("get", "/en/subscriptions/preferences/abc/", {}, 400, "link"),
    ("post", "/en/subscriptions/preferences/abc/", {"follow": "²", "action": NUL}, 400, "link"),
    ("get", "/en/subscriptions/unsubscribe/abc/", {}, 400, "link"),
    ("post", "/en/subscriptions/unsubscribe/abc/", {}, 400, "link"),
    ("put", "/en/subscriptions/", {}, 405, ""),
    # The tax calculator's endpoint: a 400 naming each wrong field.
    ("post", "/en/donate/tax-reduction/", {"donor_type": "xx", "gift": "abc", "income": "-1"}, 400, "donor_type"),
    ("post", "/en/donate/tax-reduction/", {"donor_type": "individual", "gift": "1e309", "income": "1"}, 400, "gift"),
    ("post", "/en/donate/tax-reduction/", {"donor_type": "individual", "gift": "NaN", "income": "1"}, 400, "gift"),
    ("post", "/en/donate/tax-reduction/", {"donor_type": "individual", "gift": NUL, "income": LONG}, 400, "gift"),
    ("get", "/en/donate/tax-reduction/", {}, 405, ""),
    ("get", "/en/donate/", {"donor_type": NUL, "gift": "1e309", "income": "²"}, 200, "calculator"),
    # Feeds, language switch, documents, sitemaps, paths.
    ("get", "/en/feeds/programs/nonsense/rss.xml", {}, 404, ""),
    ("get", "/language/xx/", {}, 404, ""),
    ("get", "/language/en/", {"next": "//evil.example.org/"}, 302, ""),
    ("get", "/documents/999999/report.pdf", {}, 404, ""),
    ("get", "/documents/abc/report.pdf", {}, 404, ""),
    ("get", "/sitemap-nonsense.xml", {}, 404, ""),
    ("get", "/sitemap-pages.xml", {"p": "abc"}, 404, ""),
    ("get", "/en/" + "a" * 5000 + "/", {}, 404, "Page not found"),
    ("get", "/en/" + "a/" * 3000, {}, 404, "Page not found"),
    ("get", "/en/%C2%B2/", {}, 404, "Page not found"),
    ("get", "/en/research-programs/mappyacts/%00/", {}, 404, "Page not found"),
    # Pages answer only the methods they handle.
    ("put", "/en/", {}, 405, ""),
    ("delete", "/en/research-programs/mappyacts/", {}, 405, ""),
    ("patch", "/en/news/news/", {}, 405, ""),
    ("post", "/en/research-programs/mappyacts/", {}, 405, ""),
    ("post", "/en/donate/", {"gift": "10"}, 405, ""),
]


def case_id(case) -> str:
    method, address, data, _status, _says = case
    query = "&".join(f"{key}={value[:12]!r}" for key, value in data.items())
    return f"{method.upper()} {address[:40]} {query}"


@pytest.mark.parametrize("case", CASES, ids=[case_id(case) for case in CASES])
def test_hostile_input_gets_a_clear_answer_never_a_server_error(site_content, case):
    method, address, data, status, says = case
    client = Client(raise_request_exception=False)

    if method == "get":
        response = client.get(address, data)
    elif method == "post":
        response = client.post(address, data, **SAME_ORIGIN)
    else:
        response = getattr(client, method)(address, json.dumps(data), content_type="application/json", **SAME_ORIGIN)

    assert response.status_code < 500
    assert response.status_code == status
    if says:
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert says.lower() in body.decode(errors="replace").lower()
