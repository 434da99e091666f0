"""A visitor follows a program by email from its page, confirms from the email (with the button of the page its
link opens), and the forms hold up to axe."""

import email
import email.policy
import re
import secrets
import time

from tests.browser.support import axe_violations, describe_violations, expect


def sent_to(live_site, address, wait_seconds=5):
    """The emails sent to an address; the site may still be writing them when the next page shows."""
    deadline = time.monotonic() + wait_seconds
    while True:
        messages = [email.message_from_string(raw, policy=email.policy.default) for raw in live_site.emails()]
        found = [message for message in messages if message["To"] == address]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def assert_no_violations(page):
    violations = axe_violations(page)
    assert not violations, f"axe on {page.url}:\n{describe_violations(violations)}"


def test_a_visitor_follows_a_program_and_confirms_from_the_email(page, live_site):
    address = f"donor-{secrets.token_hex(4)}@example.org"
    page.goto("/en/programs/mappyacts/")
    follow = page.get_by_role("region", name="Follow MAPPYACTS")
    expect(follow.get_by_role("link", name="RSS")).to_have_attribute("href", "/en/feeds/programs/mappyacts/rss.xml")

    follow.get_by_label("Your email address").fill(address)
    follow.get_by_role("checkbox").check()
    follow.get_by_role("button", name="Subscribe").click()

    expect(page.get_by_role("heading", level=1, name="Check your inbox")).to_be_visible()
    messages = sent_to(live_site, address)
    assert len(messages) == 1, f"{len(messages)} emails sent to {address}"
    text = messages[0].get_body(preferencelist=("plain",)).get_content()
    confirmation = re.search(r"https?://\S+/subscriptions/confirm/\S+/", text)
    assert confirmation, text

    # The link shows a button (mail scanners open links): pressing it confirms.
    page.goto(confirmation.group(0))
    expect(page.get_by_role("heading", level=1, name="Confirm your subscription")).to_be_visible()
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", level=1, name="Subscription confirmed")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("MAPPYACTS")


def test_the_follow_form_explains_what_to_correct(axe_available, page):
    page.goto("/en/programs/mappyacts/")
    follow = page.get_by_role("region", name="Follow MAPPYACTS")
    follow.get_by_label("Your email address").fill("not an address")
    follow.get_by_role("button", name="Subscribe").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Please check the form")
    expect(page.get_by_label("Your email address")).to_have_attribute("aria-invalid", "true")
    assert_no_violations(page)
