"""The "Translations" report tells editors, for each page, person and partner, where each language stands."""

import json

import pytest
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TranslationSource,
)
from wagtail_localize.operations import translate_object

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import GroupPagePermission, Locale, Page

from tests import factories
from tests.factories import english, french
from tests.html import parse
from translations.status import TranslationStatus

MISSING = TranslationStatus.MISSING
OUT_OF_DATE = TranslationStatus.OUT_OF_DATE
WAITING = TranslationStatus.WAITING_FOR_TRANSLATION
NOT_PUBLISHED = TranslationStatus.NOT_PUBLISHED
UP_TO_DATE = TranslationStatus.UP_TO_DATE
OUTSIDE_LOCALIZE = TranslationStatus.OUTSIDE_LOCALIZE


def strings_of(instance) -> list[StringSegment]:
    """The strings of the instance that wagtail-localize's editor asks a translator for, in its order."""
    source = TranslationSource.objects.get_for_instance(instance)
    return list(StringSegment.objects.filter(source=source).select_related("string").order_by("order"))


def translate_strings(segments, language="en"):
    """What a translator types in wagtail-localize's editor, one string after the other."""
    locale = Locale.objects.get(language_code=language)
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            context=segment.context,
            locale=locale,
            defaults={"data": f"{segment.string.data} [{language}]", "translation_type": "manual"},
        )


def publish_translation(instance, language="en"):
    """The "Publish" button of wagtail-localize's editor: the translation, saved from its strings, goes live.

    wagtail-localize publishes once the transaction commits, which a test's never does by itself.
    """
    source = TranslationSource.objects.get_for_instance(instance)
    with TestCase.captureOnCommitCallbacks(execute=True):
        source.translations.get(target_locale__language_code=language).save_target(publish=True)


def translate_fully(instance, language="en", publish=True):
    """Submits the instance for translation with wagtail-localize, translates every string of it, and
    publishes the translation, as a translator does in wagtail-localize's editor."""
    translate_object(instance, [Locale.objects.get(language_code=language)])
    translate_strings(strings_of(instance), language)
    if publish:
        publish_translation(instance, language)


@pytest.fixture
def english_home(french_site):
    """The English home, translated from the French one with wagtail-localize, every string of it."""
    translate_fully(french_site)
    return french_site.get_translation(english())


@pytest.fixture
def about(english_home, french_site):
    return factories.StandardPageFactory(parent=french_site, title="Qui sommes-nous")


def report_rows(client, **filters):
    response = client.get(reverse("translation_report"), filters)
    assert response.status_code == 200
    return response.context["object_list"]


def statuses(client, **filters) -> dict[tuple[str, str], str]:
    """(source, language of the translation) -> status, for every row of the report."""
    return {
        (row.source_title, row.state.target_locale.language_code): row.status for row in report_rows(client, **filters)
    }


def row_of(client, title, language="en"):
    (row,) = [
        row
        for row in report_rows(client)
        if row.source_title == title and row.state.target_locale.language_code == language
    ]
    return row


def assert_up_to_date_once_published(client, source):
    """The translator's "Publish" is all the translation still needed."""
    publish_translation(source)
    assert row_of(client, source.title).status == UP_TO_DATE


def test_a_page_never_translated_is_missing_with_a_link_to_translate_it(admin_client, about):
    row = row_of(admin_client, "Qui sommes-nous")

    assert row.status == MISSING
    assert row.source_edit_url == reverse("wagtailadmin_pages:edit", args=[about.pk])
    assert row.translation_edit_url == ""
    assert row.action_url.startswith(reverse("wagtail_localize:submit_page_translation", args=[about.pk]))
    assert "select_locale=en" in row.action_url


def test_a_page_translated_with_wagtail_localize_is_up_to_date_once_every_string_is(admin_client, about):
    translate_fully(about)
    english_about = about.get_translation(english())

    row = row_of(admin_client, "Qui sommes-nous")

    assert row.status == UP_TO_DATE
    assert row.translation_edit_url == reverse("wagtailadmin_pages:edit", args=[english_about.pk])
    assert row.action_url == ""


def test_a_translation_with_strings_left_is_waiting_with_their_count_and_a_link_to_its_editor(admin_client, about):
    translate_object(about, [english()])
    strings = strings_of(about)
    translate_strings(strings[:-2])
    english_about = about.get_translation(english())

    row = row_of(admin_client, "Qui sommes-nous")

    assert row.status == WAITING
    assert row.strings_to_translate == 2
    translation_editor = reverse("wagtailadmin_pages:edit", args=[english_about.pk])
    assert row.action_url == translation_editor
    page = parse(admin_client.get(reverse("translation_report")))
    assert "En attente de traduction" in page.text
    assert "2 textes à traduire" in page.text
    assert "Traduire les textes" in page.text
    assert translation_editor in page.links

    translate_strings(strings[-2:-1])
    assert "1 texte à traduire" in parse(admin_client.get(reverse("translation_report"))).text
    translate_strings(strings[-1:])
    assert row_of(admin_client, "Qui sommes-nous").status == NOT_PUBLISHED
    assert_up_to_date_once_published(admin_client, about)


def test_a_string_translated_with_an_error_is_still_to_translate(admin_client, about):
    """wagtail-localize keeps such a translation to show the error, and shows the source string instead."""
    translate_fully(about)
    StringTranslation.objects.filter(translation_of=strings_of(about)[0].string).update(has_error=True)

    row = row_of(admin_client, "Qui sommes-nous")

    assert row.status == WAITING
    assert row.strings_to_translate == 1


def test_a_page_published_after_its_last_sync_is_out_of_date_then_waits_for_its_new_string(admin_client, about):
    translate_fully(about)
    about.summary = "Une association de parents."
    about.save_revision().publish()

    row = row_of(admin_client, "Qui sommes-nous")
    assert row.status == OUT_OF_DATE
    source = TranslationSource.objects.get_for_instance(about)
    assert row.action_url.startswith(reverse("wagtail_localize:update_translations", args=[source.pk]))

    # "Sync translated pages" carries the new summary over, still in French in the English page.
    assert admin_client.post(row.action_url).status_code == 302
    row = row_of(admin_client, "Qui sommes-nous")
    assert row.status == WAITING
    assert row.strings_to_translate == 1

    (new_summary,) = [segment for segment in strings_of(about) if segment.string.data == "Une association de parents."]
    translate_strings([new_summary])
    # The sync, not asked to publish, left the new content in a draft of the English page.
    row = row_of(admin_client, "Qui sommes-nous")
    assert row.status == NOT_PUBLISHED
    assert row.status_detail == "En ligne, avec des modifications pas encore publiées"
    assert_up_to_date_once_published(admin_client, about)


def test_a_draft_saved_after_the_sync_does_not_make_it_out_of_date(admin_client, about):
    """A sync carries over what is published, so an unpublished draft leaves nothing to sync."""
    translate_fully(about)
    about.summary = "Brouillon en cours."
    about.save_revision()

    assert row_of(admin_client, "Qui sommes-nous").status == UP_TO_DATE


def test_a_translation_is_not_published_until_the_translator_publishes_it(admin_client, about):
    """A new translation starts as a draft: fully translated, it is still not what visitors see."""
    translate_fully(about, publish=False)
    english_about = about.get_translation(english())

    row = row_of(admin_client, "Qui sommes-nous")

    assert row.status == NOT_PUBLISHED
    assert row.status_detail == ""
    translation_editor = reverse("wagtailadmin_pages:edit", args=[english_about.pk])
    assert row.action_url == translation_editor
    page = parse(admin_client.get(reverse("translation_report")))
    assert "Non publiée" in page.text
    assert "Relire et publier" in page.text
    assert translation_editor in page.links
    # The link opens wagtail-localize's editor, whose "Publish" button the report sends the translator to.
    editor = admin_client.get(translation_editor)
    assert "wagtail_localize/admin/edit_translation.html" in [template.name for template in editor.templates]
    assert json.loads(editor.context["props"])["perms"]["canPublish"]

    publish_translation(about)
    row = row_of(admin_client, "Qui sommes-nous")
    assert row.status == UP_TO_DATE
    assert row.action_url == ""

    english_about.refresh_from_db()
    english_about.unpublish()
    assert row_of(admin_client, "Qui sommes-nous").status == NOT_PUBLISHED


def test_a_string_retranslated_after_publishing_leaves_the_translation_not_published(admin_client, about):
    """The editor saves what the translator types at once, but the page only takes it when published."""
    translate_fully(about)
    first_string = strings_of(about)[0]
    english_string = StringTranslation.objects.get(
        translation_of=first_string.string, context=first_string.context, locale=english()
    )
    english_string.data = "About us"
    english_string.save()

    row = row_of(admin_client, "Qui sommes-nous")

    assert row.status == NOT_PUBLISHED
    assert row.status_detail == "En ligne, avec des modifications pas encore publiées"
    assert_up_to_date_once_published(admin_client, about)


def test_an_image_changed_for_the_translation_after_publishing_leaves_it_not_published(admin_client, french_site):
    photograph = factories.ImageFactory()
    about = factories.StandardPageFactory(
        parent=french_site,
        title="Qui sommes-nous",
        body=[("image", {"image": photograph, "alt_text": "", "caption": "", "credit": ""})],
    )
    translate_fully(about)
    assert row_of(admin_client, "Qui sommes-nous").status == UP_TO_DATE

    (image,) = OverridableSegment.objects.filter(source=TranslationSource.objects.get_for_instance(about))
    SegmentOverride.objects.create(
        locale=english(), context=image.context, data_json=json.dumps(factories.ImageFactory().pk)
    )

    assert row_of(admin_client, "Qui sommes-nous").status == NOT_PUBLISHED
    assert_up_to_date_once_published(admin_client, about)


def test_an_editor_who_cannot_publish_is_not_sent_to_publish(client, about, django_user_model):
    translate_fully(about, publish=False)
    editors = Group.objects.create(name="Writers")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=editors, page=Page.objects.get(depth=1), permission=Permission.objects.get(codename="change_page")
    )
    writer = django_user_model.objects.create_user(username="writer", password="x")
    writer.groups.add(editors)
    client.force_login(writer)

    row = row_of(client, "Qui sommes-nous")

    assert row.status == NOT_PUBLISHED
    assert row.action_url == ""


def test_a_page_translated_by_hand_is_translated_outside_wagtail_localize(admin_client, about):
    english_about = about.copy_for_translation(english())

    row = row_of(admin_client, "Qui sommes-nous")

    assert row.status == OUTSIDE_LOCALIZE
    assert row.translation_edit_url == reverse("wagtailadmin_pages:edit", args=[english_about.pk])
    assert row.action_url == ""


def test_a_page_written_in_english_only_is_missing_in_french(admin_client, english_home):
    factories.StandardPageFactory(parent=english_home, title="Our partners abroad")

    assert statuses(admin_client)[("Our partners abroad", "fr")] == MISSING


def test_the_home_pages_are_listed_once_from_their_french_source(admin_client, english_home):
    assert statuses(admin_client) == {("Accueil", "en"): UP_TO_DATE}


def test_people_and_partners_are_listed_with_their_status(admin_client, french_site):
    investigator = factories.PersonFactory(name="Pr Jeanne Martin", title="Oncologue pédiatre", locale=french())
    factories.PartnerFactory(name="Centre de lutte contre le cancer", locale=french())
    translate_object(investigator, [english()])
    assert statuses(admin_client, kind="person") == {("Pr Jeanne Martin", "en"): WAITING}
    translate_strings(strings_of(investigator))

    assert statuses(admin_client, kind="person") == {("Pr Jeanne Martin", "en"): UP_TO_DATE}
    assert statuses(admin_client, kind="partner") == {("Centre de lutte contre le cancer", "en"): MISSING}

    investigator.title = "Directrice de recherche"
    investigator.save()
    row = row_of(admin_client, "Pr Jeanne Martin")
    assert row.status == OUT_OF_DATE
    assert row.source_edit_url == reverse("wagtailsnippets_charity_person:edit", args=[investigator.pk])


def test_a_missing_snippet_links_to_its_translation_form(admin_client, french_site):
    partner = factories.PartnerFactory(name="Centre de lutte contre le cancer", locale=french())

    row = row_of(admin_client, "Centre de lutte contre le cancer")

    expected = reverse("wagtail_localize:submit_snippet_translation", args=["charity", "partner", partner.pk])
    assert row.action_url.startswith(expected)


def test_filters_by_status_language_and_content(admin_client, english_home, french_site):
    factories.StandardPageFactory(parent=french_site, title="Nos actions")
    factories.StandardPageFactory(parent=english_home, title="Our partners abroad")
    factories.PersonFactory(name="Pr Jeanne Martin", locale=french())
    translate_object(factories.StandardPageFactory(parent=french_site, title="Nos engagements"), [english()])
    translate_fully(factories.StandardPageFactory(parent=french_site, title="Notre histoire"), publish=False)

    assert set(statuses(admin_client, status="missing")) == {
        ("Nos actions", "en"),
        ("Our partners abroad", "fr"),
        ("Pr Jeanne Martin", "en"),
    }
    assert set(statuses(admin_client, status="up-to-date")) == {("Accueil", "en")}
    assert set(statuses(admin_client, status="waiting-for-translation")) == {("Nos engagements", "en")}
    assert set(statuses(admin_client, status="not-published")) == {("Notre histoire", "en")}
    assert set(statuses(admin_client, language="fr")) == {("Our partners abroad", "fr")}
    assert set(statuses(admin_client, kind="page", status="missing", language="en")) == {("Nos actions", "en")}


def test_counts_by_status_are_shown_above_the_rows(admin_client, english_home, french_site):
    factories.StandardPageFactory(parent=french_site, title="Nos actions")
    factories.StandardPageFactory(parent=french_site, title="Nos engagements")
    translate_object(factories.StandardPageFactory(parent=french_site, title="Notre histoire"), [english()])
    translate_fully(factories.StandardPageFactory(parent=french_site, title="Nos partenaires"), publish=False)

    response = admin_client.get(reverse("translation_report"), {"status": "missing"})

    counts = {count["status"]: count["count"] for count in response.context["status_counts"]}
    assert counts == {
        "missing": 2,
        "out-of-date": 0,
        "waiting-for-translation": 1,
        "not-published": 1,
        "up-to-date": 1,
        "outside-localize": 0,
    }
    page = parse(response)
    assert page.position("2 Manquante") < page.position("Nos actions")
    assert page.position("1 En attente de traduction") < page.position("Nos actions")
    assert page.position("1 Non publiée") < page.position("Nos actions")
    assert reverse("translation_report") + "?status=up-to-date" in page.links
    assert reverse("translation_report") + "?status=waiting-for-translation" in page.links
    assert reverse("translation_report") + "?status=not-published" in page.links


def test_the_results_view_refreshes_the_rows_for_the_filters(admin_client, about):
    response = admin_client.get(reverse("translation_report_results"), {"status": "missing"})

    assert response.status_code == 200
    assert "Qui sommes-nous" in parse(response).text
    assert "Accueil" not in parse(response).text, "the home page is up to date"


def test_the_report_downloads_as_a_spreadsheet(admin_client, about):
    response = admin_client.get(reverse("translation_report"), {"export": "csv"})

    content = b"".join(response.streaming_content).decode()
    assert "Qui sommes-nous" in content
    assert "Manquante" in content
    assert "Textes à traduire" in content


def test_the_report_reads_in_french(admin_client, about):
    page = parse(admin_client.get(reverse("translation_report")))

    for french_text in ("Traductions", "Source", "Langue", "Statut", "Manquante", "Traduire"):
        assert french_text in page.text


def test_the_reports_menu_has_one_translations_entry(admin_client, french_site):
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("translation_report") in dashboard
    assert reverse("wagtail_localize:translations_report") not in dashboard


def test_the_report_links_to_the_strings_waiting_for_translation(admin_client, french_site):
    page = parse(admin_client.get(reverse("translation_report")))

    waiting = reverse("wagtail_localize:translations_report") + "?waiting_for_translation=true"
    assert waiting in page.links
    assert admin_client.get(waiting).status_code == 200


def test_the_number_of_queries_does_not_grow_with_the_content(admin_client, english_home, french_site):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert admin_client.get(reverse("translation_report")).status_code == 200
        return len(context)

    def add_content():
        factories.StandardPageFactory(parent=french_site)
        translate_object(factories.StandardPageFactory(parent=french_site), [english()])
        translate_fully(factories.StandardPageFactory(parent=french_site))
        translate_fully(factories.StandardPageFactory(parent=french_site), publish=False)
        translate_object(factories.PersonFactory(locale=french()), [english()])
        translate_fully(factories.PersonFactory(locale=french()))
        factories.PartnerFactory(locale=french())

    add_content()
    few = queries()
    for _ in range(5):
        add_content()

    assert queries() == few


def test_a_user_outside_the_admin_is_refused(client, about, django_user_model):
    visitor = django_user_model.objects.create_user(username="visitor", password="x")
    client.force_login(visitor)

    response = client.get(reverse("translation_report"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_an_admin_user_who_cannot_edit_pages_is_refused(client, about, django_user_model):
    user = django_user_model.objects.create_user(username="reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(reverse("translation_report"))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert reverse("translation_report") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_an_editor_sees_the_pages_they_can_edit(client, about, french_site, django_user_model):
    editors = Group.objects.create(name="Section editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=editors, page=about, permission=Permission.objects.get(codename="change_page")
    )
    editor = django_user_model.objects.create_user(username="editor", password="x")
    editor.groups.add(editors)
    client.force_login(editor)

    assert statuses(client) == {("Qui sommes-nous", "en"): MISSING}
    assert row_of(client, "Qui sommes-nous").action_url == "", "starting a translation takes the right to submit one"
