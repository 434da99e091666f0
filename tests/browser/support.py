"""What the browser tests, the Lighthouse audit and the screenshots share: the browser, the pages, axe."""

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from tests.browser.server import REPOSITORY

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # Reported as a skip by the browser tests' fixtures.
    expect = sync_playwright = None

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps calling Google's services, which a closed
# network refuses; the rest keep each run free of first-run screens, updates and sync.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_SCRIPT = REPOSITORY / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class PageType:
    name: str
    path: str
    # The donate calculator's fields, sent as a visitor sends them (a POST: an income is never in an address).
    calculator: tuple[tuple[str, str], ...] = ()
    status: int = 200


RESULT = (("donor_type", "individual"), ("gift", "500"), ("income", "30000"))
ERRORS = (("donor_type", "individual"), ("gift", "abc"), ("income", "-5"))


def open_page(page, page_type: PageType):
    """Go to the page type's address and, for the calculator's states, send its form from there."""
    response = page.goto(page_type.path)
    if not page_type.calculator:
        return response
    form = page.locator("[data-tax-calculator]")
    for name, value in page_type.calculator:
        if name == "donor_type":
            form.locator(f"input[name='donor_type'][value='{value}']").check()
        else:
            form.locator(f"input[name='{name}']").fill(value)
    with page.expect_navigation() as navigation:
        form.locator("button[type='submit']").click()
    return navigation.value


# One address for each kind of page a visitor meets, in the demo content, in French (the site's first
# language) and in English.
FRENCH_PAGE_TYPES = [
    PageType("home", "/fr/"),
    PageType("cancer-index", "/fr/cancers-de-l-enfant/"),
    PageType("cancer", "/fr/cancers-de-l-enfant/neuroblastome/"),
    PageType("program-index", "/fr/programmes-de-recherche/"),
    PageType("program-index-filtered", "/fr/programmes-de-recherche/?cancer=neuroblastome"),
    PageType("program", "/fr/programmes-de-recherche/mappyacts/"),
    PageType("news-index", "/fr/actualites/"),
    PageType("news", "/fr/actualites/biomede-8-enfants-survivants-a-long-terme-du-dipg/"),
    PageType("publication-index", "/fr/publications/"),
    PageType("publication", "/fr/publications/european-mappyacts-trial/"),
    PageType("donate", "/fr/faire-un-don/"),
    PageType("donate-result", "/fr/faire-un-don/", calculator=RESULT),
    PageType("donate-errors", "/fr/faire-un-don/", calculator=ERRORS, status=400),
    PageType("standard", "/fr/qui-sommes-nous/"),
    PageType("search", "/fr/search/?q=neuroblastome"),
    PageType("subscribe", "/fr/subscriptions/"),
    PageType("not-found", "/fr/cette-page-n-existe-pas/", status=404),
]
ENGLISH_PAGE_TYPES = [
    PageType("home-en", "/en/"),
    PageType("cancer-index-en", "/en/cancers/"),
    PageType("cancer-en", "/en/cancers/neuroblastoma/"),
    PageType("program-index-en", "/en/programs/"),
    PageType("program-index-filtered-en", "/en/programs/?cancer=neuroblastoma"),
    PageType("program-en", "/en/programs/mappyacts/"),
    PageType("news-index-en", "/en/news/"),
    PageType("news-en", "/en/news/biomede-long-term-survivors/"),
    PageType("publication-index-en", "/en/publications/"),
    PageType("publication-en", "/en/publications/european-mappyacts-trial/"),
    PageType("donate-en", "/en/donate/"),
    PageType("donate-result-en", "/en/donate/", calculator=RESULT),
    PageType("donate-errors-en", "/en/donate/", calculator=ERRORS, status=400),
    PageType("standard-en", "/en/about-us/"),
    PageType("search-en", "/en/search/?q=neuroblastoma"),
    PageType("subscribe-en", "/en/subscriptions/"),
    PageType("not-found-en", "/en/this-page-does-not-exist/", status=404),
]
PAGE_TYPES = FRENCH_PAGE_TYPES + ENGLISH_PAGE_TYPES


def unavailable_reason() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    if os.environ.get("SKIP_BROWSER_TESTS"):
        return "SKIP_BROWSER_TESTS is set: browser tests skipped"
    if sync_playwright is None:
        return "the playwright package is not installed (make install): browser tests skipped"
    if not CHROMIUM.exists():
        return f"Chromium not found at {CHROMIUM}: browser tests skipped"
    return None


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=30_000)


# Runs in every page and frame before the page's own scripts. Playwright injects it outside the page's
# Content-Security-Policy, which therefore applies to the site's code alone.
REPORT_POLICY_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.reportPolicyViolation(
        `${event.effectiveDirective} refused ${event.blockedURI || "an inline script or style"} ` +
        `on ${event.documentURI} (${event.sourceFile || "the page"}:${event.lineNumber})`
    );
}, true);
"""


def new_context(browser, base_url: str, **options):
    """A browser context on the site, desktop-sized unless told otherwise, with bounded waits.

    Whatever the Content-Security-Policy refuses in it is listed in `context.policy_violations`, from the
    page's `securitypolicyviolation` events and from the console (see `assert_no_policy_violation`)."""
    context = browser.new_context(base_url=base_url, viewport=options.pop("viewport", DESKTOP), **options)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS * 2)
    violations = context.policy_violations = []
    context.expose_function("reportPolicyViolation", lambda violation: violations.append(violation))
    context.add_init_script(REPORT_POLICY_VIOLATIONS)
    context.on("console", lambda message: record_policy_error(context.policy_violations, message))
    return context


def record_policy_error(violations: list[str], message) -> None:
    if message.type == "error" and "Content Security Policy" in message.text:
        violations.append(f"{message.text} ({message.location.get('url')})")


def assert_no_policy_violation(context) -> None:
    violations, context.policy_violations[:] = list(context.policy_violations), []
    assert not violations, "The Content-Security-Policy refused:\n" + "\n".join(violations)


def axe_missing_reason() -> str | None:
    if not AXE_SCRIPT.exists():
        return f"{AXE_SCRIPT.relative_to(REPOSITORY)} is missing (npm ci): accessibility checks skipped"
    return None


def axe_violations(page) -> list[dict]:
    # Evaluated by the browser's debugging protocol, as the page's policy allows no script of another origin
    # nor an inline one: axe is audited under the policy visitors get.
    page.evaluate(f"{AXE_SCRIPT.read_text()}\n;undefined")
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return results["violations"]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {json.dumps(node['target'])}: {summary[:300]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def log_in(page, live_site):
    """Sign in to the admin as the demo site's editor."""
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(live_site.editor_username)
    page.get_by_label("Password").fill(live_site.editor_password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
