"""A CDN in front gets the same purges as the page cache, through Wagtail's front-end cache backends:
here its HTTP backend, pointed at a local server that records the PURGE requests it receives."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from django.test import override_settings

from tests import factories

pytestmark = pytest.mark.django_db


class PurgeRecorder(BaseHTTPRequestHandler):
    purged: list[tuple[str, str]] = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn():
    PurgeRecorder.purged = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend"}
    with override_settings(
        WAGTAILFRONTENDCACHE={"cdn": {**backend, "LOCATION": f"http://127.0.0.1:{server.server_port}/"}}
    ):
        yield PurgeRecorder.purged
    server.shutdown()
    server.server_close()


def test_publishing_news_purges_its_page_and_the_pages_that_list_it(
    cdn, home_page, news_index, program_index, django_capture_on_commit_callbacks
):
    program = factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", slug="mappyacts")
    news = factories.NewsPageFactory(parent=news_index, slug="results", programs=[program], live=False)

    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()

    assert {("localhost", path) for path in ("/en/", "/en/news/", "/en/news/results/")} <= set(cdn)
    assert ("localhost", f"/en/{program_index.slug}/mappyacts/") in cdn


def test_a_site_setting_purges_every_page(
    cdn, impact_figures, home_page, news_index, program_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        impact_figures.programs_funded = 62
        impact_figures.save()

    assert {("localhost", path) for path in ("/en/", "/en/news/", f"/en/{program_index.slug}/")} <= set(cdn)
    assert ("localhost", "/sitemap.xml") in cdn


def test_nothing_reaches_the_cdn_before_the_change_is_committed(
    cdn, news_index, program_index, django_capture_on_commit_callbacks
):
    news = factories.NewsPageFactory(parent=news_index, slug="results", live=False)

    with django_capture_on_commit_callbacks(execute=False) as waiting:
        news.save_revision().publish()

    assert cdn == [] and waiting


def test_the_changes_of_one_transaction_reach_the_cdn_in_one_batch_each_address_once(
    cdn, news_index, program_index, django_capture_on_commit_callbacks
):
    program = factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", slug="mappyacts")
    first = factories.NewsPageFactory(parent=news_index, slug="first", programs=[program], live=False)
    second = factories.NewsPageFactory(parent=news_index, slug="second", programs=[program], live=False)

    with django_capture_on_commit_callbacks(execute=True):
        first.save_revision().publish()
        second.save_revision().publish()

    assert len(cdn) == len(set(cdn))
    assert {("localhost", "/en/news/first/"), ("localhost", "/en/news/second/"), ("localhost", "/en/news/")} <= set(cdn)
