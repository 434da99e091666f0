"""axe-core finds no WCAG 2.2 AA violation on any page type, at a phone's width and a desktop's, and the
browser logs no error on the way."""

from dataclasses import dataclass, field

import pytest

from tests.browser.support import (
    DESKTOP,
    PAGE_TYPES,
    PHONE,
    assert_no_policy_violation,
    axe_violations,
    describe_violations,
    expect,
    new_context,
    open_page,
)

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


@dataclass
class Tab:
    context: object
    page: object
    console_errors: list[str] = field(default_factory=list)
    # The status the page being checked answers on purpose (404 for not found, 400 for a form's errors):
    # the browser reports it as an error.
    expected_status: int = 200

    def record(self, message):
        if message.type != "error":
            return
        if self.expected_status != 200 and f"status of {self.expected_status}" in message.text:
            return
        self.console_errors.append(f"{message.text} ({message.location.get('url')})")


@pytest.fixture(scope="module")
def tabs(axe_available, browser, live_site):
    """One tab per viewport, reused by every page type: a new browser context per check would double the time."""
    contexts = [new_context(browser, live_site.base_url, viewport=size) for size in VIEWPORTS.values()]
    tabs = {}
    for name, context in zip(VIEWPORTS, contexts, strict=True):
        tabs[name] = Tab(context, context.new_page())
        tabs[name].page.on("console", tabs[name].record)
    yield tabs
    for context in contexts:
        context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda page_type: page_type.name)
def test_no_accessibility_violation_nor_console_error(tabs, viewport, page_type):
    tab = tabs[viewport]
    tab.console_errors.clear()
    tab.expected_status = page_type.status
    tab.context.policy_violations.clear()
    response = open_page(tab.page, page_type)
    assert response.status == page_type.status
    expect(tab.page.get_by_role("heading", level=1)).to_have_count(1)

    violations = axe_violations(tab.page)

    assert not violations, f"axe: {len(violations)} violation(s) on {page_type.path} ({viewport}):\n" + (
        describe_violations(violations)
    )
    assert not tab.console_errors, f"Console errors on {page_type.path} ({viewport}): {tab.console_errors}"
    assert_no_policy_violation(tab.context)
