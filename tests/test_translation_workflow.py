"""An editor writes a program in French, translates it into English with wagtail-localize, and keeps the
translation in step with its source, all through the admin's own views, as in the browser."""

import json
from urllib.parse import urlencode

import pytest

from django.test import Client, TestCase
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from programs.models import ProgramPage
from tests import factories
from tests.factories import english, french
from tests.html import parse
from translations.status import TranslationStatus

PROGRAM_IN_ENGLISH = {
    "MAPPYACTS": "MAPPYACTS",
    "mappyacts": "mappyacts",
    "Séquencer chaque tumeur en rechute": "Sequencing every relapsed tumour",
    "Séquencer la tumeur de chaque enfant en rechute": "Sequencing the tumour of every child who relapses",
    "Le programme analyse la tumeur des enfants en rechute.": (
        "The program analyses the tumours of children who relapse."
    ),
}
HOME_IN_ENGLISH = {
    "Accueil": "Home",
    "accueil": "home",
    "Fighting childhood cancer through research": "Fighting childhood cancer through research",
    "We fund research programs that give children with cancer new treatments.": (
        "We fund research programs that give children with cancer new treatments."
    ),
    "Every gift funds research": "Every gift funds research",
}
PROGRAMS_INDEX_IN_ENGLISH = {
    "Programmes de recherche": "Research programs",
    "programmes-de-recherche": "research-programs",
    "Les programmes que nous finançons.": "The programs we fund.",
}


class CommittingClient(Client):
    """Runs what a request defers until its transaction commits, as in production.

    wagtail-localize publishes translations once the request's transaction commits, and a test's
    transaction never does.
    """

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def editor(admin_user):
    """A superuser in the admin."""
    client = CommittingClient()
    client.force_login(admin_user)
    return client


def submit_for_translation_into_english(client, page) -> Page:
    """The "Translate this page" form of wagtail-localize, with English ticked."""
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english().pk]}
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return page.get_translation(english()).specific


def translate_in_the_editor_and_publish(client, translated_page, english_texts: dict[str, str]):
    """The translation editor: the editor types the English of each French string, then publishes."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated_page.pk])
    response = client.get(edit_url)
    assert response.status_code == 200
    segments = [segment for segment in json.loads(response.context["props"])["segments"] if segment["type"] == "string"]
    assert {segment["source"] for segment in segments} <= set(english_texts), [s["source"] for s in segments]
    for segment in segments:
        response = client.put(
            segment["editUrl"],
            urlencode({"value": english_texts[segment["source"]]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content

    response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302


def program_form(**fields):
    data = {
        "title": "MAPPYACTS",
        "slug": "mappyacts",
        "acronym": "MAPPYACTS",
        "full_name": "Séquencer chaque tumeur en rechute",
        "summary": "Le programme analyse la tumeur des enfants en rechute.",
        "theme": ProgramPage.Theme.PRECISION_MEDICINE,
        "status": ProgramPage.Status.ONGOING,
        "start_year": "2016",
        "body": streamfield([]),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(fields)
    return nested_form_data(data)


def report_status(client, page, language="en") -> str:
    response = client.get(reverse("translation_report"))
    (row,) = [
        row
        for row in response.context["object_list"]
        if row.source.pk == page.pk and row.state.target_locale.language_code == language
    ]
    return row.status


def test_an_editor_translates_a_program_and_keeps_the_translation_in_step(editor, french_site):
    # The site in both languages, and its programs section, translated beforehand.
    english_home = submit_for_translation_into_english(editor, french_site)
    assert not english_home.live, "a new translation is a draft until it is published"
    translate_in_the_editor_and_publish(editor, english_home, HOME_IN_ENGLISH)
    programs = factories.ProgramIndexPageFactory(
        parent=french_site, title="Programmes de recherche", slug="programmes-de-recherche",
        intro="Les programmes que nous finançons.",
    )  # fmt: skip
    english_programs = submit_for_translation_into_english(editor, programs)
    translate_in_the_editor_and_publish(editor, english_programs, PROGRAMS_INDEX_IN_ENGLISH)

    # The editor writes the program in French and publishes it.
    response = editor.post(
        reverse("wagtailadmin_pages:add", args=("programs", "programpage", programs.pk)), program_form()
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    program = ProgramPage.objects.get(locale=french(), slug="mappyacts")
    assert program.live
    assert report_status(editor, program) == TranslationStatus.MISSING

    # Then translates it into English and publishes the translation.
    english_program = submit_for_translation_into_english(editor, program)
    translate_in_the_editor_and_publish(editor, english_program, PROGRAM_IN_ENGLISH)
    english_program.refresh_from_db()
    assert english_program.live
    assert english_program.summary == "The program analyses the tumours of children who relapse."
    assert report_status(editor, program) == TranslationStatus.UP_TO_DATE

    # Each language lists its own program.
    programs.refresh_from_db()
    english_programs.refresh_from_db()
    assert programs.url == "/fr/programmes-de-recherche/"
    assert english_programs.url == "/en/research-programs/"
    french_listing = parse(editor.get(programs.url))
    english_listing = parse(editor.get(english_programs.url))
    assert program.url in french_listing.links
    assert "Séquencer chaque tumeur en rechute" in french_listing.text
    assert english_program.url in english_listing.links
    assert "Sequencing every relapsed tumour" in english_listing.text
    assert program.url not in english_listing.links

    # The French program changes: its English translation is out of date…
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[program.pk]),
        program_form(full_name="Séquencer la tumeur de chaque enfant en rechute"),
    )
    assert response.status_code == 302
    assert report_status(editor, program) == TranslationStatus.OUT_OF_DATE

    # …until the editor syncs it, from the report's link: the new text then waits for its translation…
    report = editor.get(reverse("translation_report"), {"status": "out-of-date"})
    (row,) = report.context["object_list"]
    assert parse(report).links.count(row.action_url) == 1
    response = editor.post(row.action_url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert report_status(editor, program) == TranslationStatus.WAITING_FOR_TRANSLATION
    # …and the translation is up to date once the editor translates it.
    translate_in_the_editor_and_publish(editor, english_program, PROGRAM_IN_ENGLISH)
    assert report_status(editor, program) == TranslationStatus.UP_TO_DATE
    english_listing = parse(editor.get(english_programs.url))
    assert "Sequencing the tumour of every child who relapses" in english_listing.text
