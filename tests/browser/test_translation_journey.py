"""An editor translates a new program from French to English in the admin, and keeps the translation in step.

Protects the bilingual workflow end to end, in the real admin: wagtail-localize's "Translate this page" and
its translation editor, each public listing showing its own language's version, and the Translations report
flagging the English page as out of date once its French source changes, until the editor syncs it.
"""

import re
import secrets

import pytest

from tests.browser.support import expect, log_in

FRENCH_PROGRAMS = "/fr/programmes-de-recherche/"
ENGLISH_PROGRAMS = "/en/programs/"
OUT_OF_DATE_REPORT = "/admin/reports/translations/?status=out-of-date"


@pytest.fixture
def editor(make_context, live_site):
    page = make_context(locale="en-GB").new_page()  # The admin speaks the editor's browser language.
    log_in(page, live_site)
    return page


@pytest.fixture
def pages_made(editor):
    """The admin addresses of the pages the test makes, deleted after it, translations first.

    The site is shared by the whole package: other tests count the demo programs in the listings.
    Deleting a French page leaves its English translation live, hence the translations go first.
    """
    made = []
    yield made
    for edit_url in reversed(made):
        editor.goto(edit_url.replace("/edit/", "/delete/"))
        editor.get_by_role("button", name="Yes, delete it").click()
        expect(editor.get_by_role("status")).to_contain_text("deleted")


def open_french_programs(page):
    page.goto("/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'Accueil'").click()
    page.get_by_role("link", name="Explore child pages of 'Programmes de recherche'").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Programmes de recherche")


def publish(page):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()


def translate(tab, field, text):
    """Types one string's translation in wagtail-localize's editor, and waits until the server has it."""
    field_heading = tab.page.get_by_role("heading", name=field, exact=True)
    segment = tab.get_by_role("listitem").filter(has=field_heading)
    segment.get_by_role("button", name="Translate").click()
    segment.get_by_role("textbox").fill(text)  # wagtail-localize gives its textareas no label.
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_text(re.compile("^Translated manually"))).to_be_visible()


def program_card(page, acronym):
    """The listing's card for the program; exactly one, in the listing's own language."""
    cards = page.get_by_role("main").get_by_role("article")
    card = cards.filter(has=page.get_by_role("heading", name=acronym, exact=True))
    expect(card).to_have_count(1)
    return card


def report_row(page, source_title):
    return page.get_by_role("row").filter(has=page.get_by_role("link", name=source_title, exact=True))


def test_an_editor_translates_a_new_program_and_syncs_it_after_the_french_changes(editor, pages_made):
    run = secrets.token_hex(3)
    acronym = f"PILOTE-{run}"
    french_title, french_slug = f"Programme pilote {run}", f"programme-pilote-{run}"
    french_name = f"Programme pilote d’immunothérapie {run}"
    english_title, english_slug = f"Pilot programme {run}", f"pilot-programme-{run}"
    english_name = f"Immunotherapy pilot programme {run}"

    # 1. A new program, written and published in French.
    open_french_programs(editor)
    editor.get_by_role("navigation", name="Actions").get_by_role("link", name="Add child page").click()
    expect(editor.get_by_role("heading", level=1, name="New: Program page")).to_be_visible()
    editor.get_by_role("textbox", name="Title*").fill(french_title)
    editor.get_by_role("textbox", name="Acronym*").fill(acronym)
    editor.get_by_role("textbox", name="Full name").fill(french_name)
    editor.get_by_role("textbox", name="Summary*").fill("Un essai pilote ouvert aux enfants en rechute.")
    editor.get_by_role("combobox", name="Theme*").select_option(label="Immunotherapy")
    editor.get_by_role("combobox", name="Status*").select_option(label="Recruiting")
    publish(editor)
    expect(editor.get_by_role("status")).to_contain_text(f"'{french_title}' created and published")

    # 2. Translated into English with wagtail-localize, string by string, then published.
    editor.get_by_role("status").get_by_role("link", name="Edit").click()
    pages_made.append(editor.url)
    actions = editor.get_by_role("navigation", name="Actions", exact=True)
    actions.get_by_role("button", name="Actions").click()
    actions.get_by_role("link", name="Translate this page").click()
    editor.get_by_role("checkbox", name="English").check()
    editor.get_by_role("button", name="Submit").click()
    expect(editor.get_by_role("status")).to_contain_text("submitted for translation into English")
    pages_made.append(editor.url)  # wagtail-localize has made the English page: this is its translation editor.
    content = editor.get_by_role("tabpanel", name="Content")
    translate(content, "Title", english_title)
    translate(content, "Acronym", acronym)
    translate(content, "Full name", english_name)
    translate(content, "Summary", "A pilot trial open to children whose cancer came back.")
    editor.get_by_role("tab", name="Promote").click()
    translate(editor.get_by_role("tabpanel", name="Promote"), "Slug", english_slug)
    editor.get_by_role("button", name="Publish in English").click()
    expect(editor.get_by_role("status")).to_contain_text(f"Published '{english_title}' in English")

    # 3. Each listing shows its own language's version.
    editor.goto(FRENCH_PROGRAMS)
    card = program_card(editor, acronym)
    expect(card.get_by_role("link", name=acronym)).to_have_attribute("href", f"{FRENCH_PROGRAMS}{french_slug}/")
    expect(card).to_contain_text(french_name)
    editor.goto(ENGLISH_PROGRAMS)
    card = program_card(editor, acronym)
    expect(card.get_by_role("link", name=acronym)).to_have_attribute("href", f"{ENGLISH_PROGRAMS}{english_slug}/")
    expect(card).to_contain_text(english_name)

    # 4. The French summary changes: the report asks for a sync, which brings the new string to translate.
    open_french_programs(editor)
    editor.get_by_role("link", name=french_title, exact=True).click()
    editor.get_by_role("textbox", name="Summary*").fill("Un essai pilote, désormais ouvert aux adolescents.")
    publish(editor)
    expect(editor.get_by_role("status")).to_contain_text(f"Page '{french_title}' has been published")

    editor.goto(OUT_OF_DATE_REPORT)
    row = report_row(editor, french_title)
    expect(row.get_by_role("cell", name="Out of date", exact=True)).to_be_visible()
    translation_editor = row.get_by_role("link", name=english_title, exact=True).get_attribute("href")
    row.get_by_role("link", name="Sync").click()
    expect(editor.get_by_role("heading", level=1)).to_contain_text(f"Update existing translations {french_title}")
    # Not "Publish immediately": the English page would show the new French summary until it is translated.
    editor.get_by_role("button", name="Submit").click()
    expect(editor.get_by_role("status")).to_contain_text(f"Successfully updated translations for '{french_title}'")

    editor.goto(translation_editor)
    translate(editor.get_by_role("tabpanel", name="Content"), "Summary", "A pilot trial, now open to teenagers too.")
    editor.get_by_role("button", name="Publish in English").click()
    expect(editor.get_by_role("status")).to_contain_text(f"Published '{english_title}' in English")

    editor.goto(f"{ENGLISH_PROGRAMS}{english_slug}/")
    expect(editor.get_by_role("main")).to_contain_text("A pilot trial, now open to teenagers too.")
    editor.goto(OUT_OF_DATE_REPORT)
    expect(editor.get_by_role("heading", level=1, name="Translations")).to_be_visible()
    expect(report_row(editor, french_title)).to_have_count(0)
