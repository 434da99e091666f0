"""Browser tests: Chromium driven by Playwright against the demo site served by a real server process.

They talk to the server over HTTP only and never touch the test database. Everything that holds
Playwright's event loop is package-scoped, so that it is closed before other tests use the ORM
(Django refuses synchronous queries while an event loop runs in the thread).
"""

import os

import pytest

from tests.browser.server import serve_demo_site
from tests.browser.support import (
    TIMEOUT_MS,
    assert_no_policy_violation,
    axe_missing_reason,
    expect,
    launch,
    new_context,
    sync_playwright,
    unavailable_reason,
)


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Chromium against a real server (make browser-test)")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.browser)


def skip_or_fail(reason: str):
    # CI sets BROWSER_TESTS_REQUIRED so that a missing browser or tool fails the run instead of hiding it.
    if os.environ.get("BROWSER_TESTS_REQUIRED") and not os.environ.get("SKIP_BROWSER_TESTS"):
        pytest.fail(f"{reason}, but BROWSER_TESTS_REQUIRED is set", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="package")
def browser_available():
    reason = unavailable_reason()
    if reason:
        skip_or_fail(reason)


@pytest.fixture(scope="package")
def live_site(browser_available, tmp_path_factory):
    with serve_demo_site(tmp_path_factory.mktemp("browser-site")) as site:
        yield site


@pytest.fixture(scope="package")
def browser(browser_available):
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser, live_site):
    context = new_context(browser, live_site.base_url)
    yield context
    context.close()
    assert_no_policy_violation(context)


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def make_context(browser, live_site):
    """Contexts with other options (a phone's viewport, JavaScript off); closed after the test."""
    contexts = []

    def make(**options):
        contexts.append(new_context(browser, live_site.base_url, **options))
        return contexts[-1]

    yield make
    for context in contexts:
        context.close()
    for context in contexts:
        assert_no_policy_violation(context)


@pytest.fixture(scope="package")
def axe_available(browser_available):
    reason = axe_missing_reason()
    if reason:
        skip_or_fail(reason)
