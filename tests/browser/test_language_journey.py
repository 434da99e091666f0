"""A visitor lands in their browser's language, switches to the other one on any page, and is remembered."""

import re

from tests.browser.support import expect

FRENCH_PROGRAM = "/fr/programmes-de-recherche/mappyacts/"
ENGLISH_PROGRAM = "/en/programs/mappyacts/"


def test_a_french_browser_lands_in_french_and_the_switcher_leads_to_the_same_page_in_english(make_context):
    page = make_context(locale="fr-FR").new_page()

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    page.goto(FRENCH_PROGRAM)
    expect(page.get_by_role("heading", level=1)).to_contain_text("MAPPYACTS")
    page.get_by_role("banner").get_by_role("link", name="Read this page in English").click()

    expect(page).to_have_url(re.compile(f"{ENGLISH_PROGRAM}$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("main")).to_contain_text("sequencing")

    # The choice outlasts the browser's own preference: `/` now leads to English.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/en/$"))

    page.get_by_role("banner").get_by_role("link", name="Lire cette page en français").click()
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.get_by_role("navigation", name=re.compile("principal", re.IGNORECASE))).to_be_visible()


def test_an_english_browser_lands_in_english(make_context):
    page = make_context(locale="en-GB").new_page()

    page.goto("/")

    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_the_switcher_is_reached_and_followed_from_the_keyboard(make_context):
    page = make_context(locale="en-GB").new_page()
    page.goto(ENGLISH_PROGRAM)

    switcher = page.get_by_role("banner").get_by_role("link", name="Lire cette page en français")
    for _ in range(15):
        page.keyboard.press("Tab")
        if switcher.evaluate("link => link === document.activeElement"):
            break
    expect(switcher).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(f"{FRENCH_PROGRAM}$"))
