"""The admin of a bilingual site: a page's relations offer its own language, and a French page withdrawn
takes its translations with it."""

import pytest

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from programs.models import ProgramPage
from tests import factories
from tests.bilingual import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "password")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    client.force_login(user)
    return client


@pytest.fixture
def french_tree(home_page, cancer_index, program_index):
    """The English factory content, translated into French; French is the source language."""
    neuroblastoma = factories.CancerPageFactory(parent=cancer_index, title="Neuroblastoma")
    program = factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", cancers=[neuroblastoma])
    french_home = translate(home_page)
    french = {
        "home": french_home,
        "cancers": translate(cancer_index),
        "programs": translate(program_index),
    }
    french["neuroblastoma"] = translate(neuroblastoma, title="Neuroblastome")
    french["program"] = translate(program)
    return {"english_program": program, "english_neuroblastoma": neuroblastoma, **french}


def offered(response, field_name):
    return {str(choice) for choice in response.context["form"].fields[field_name].queryset}


def test_a_page_offers_the_cancers_of_its_own_language(editor, french_tree):
    french_form = editor.get(f"/admin/pages/{french_tree['program'].pk}/edit/")
    english_form = editor.get(f"/admin/pages/{french_tree['english_program'].pk}/edit/")

    assert "Neuroblastome" in offered(french_form, "cancers")
    assert "Neuroblastoma" not in offered(french_form, "cancers")
    assert "Neuroblastoma" in offered(english_form, "cancers")
    assert "Neuroblastome" not in offered(english_form, "cancers")


def test_a_new_page_offers_the_snippets_of_its_parents_language(editor, french_tree):
    factories.PartnerFactory(name="Institut Curie", locale=factories.french())
    factories.PartnerFactory(name="Royal Marsden")

    response = editor.get(f"/admin/pages/add/programs/programpage/{french_tree['programs'].pk}/")

    assert response.status_code == 200
    assert "Institut Curie" in offered(response, "partners")
    assert "Royal Marsden" not in offered(response, "partners")


def test_a_relation_chosen_before_its_translation_existed_stays_offered(editor, french_tree):
    english_only = factories.CancerPageFactory(
        parent=french_tree["english_neuroblastoma"].get_parent(), title="Hepatoblastoma"
    )
    program = french_tree["program"]
    program.cancers.add(english_only)
    program.save_revision().publish()

    response = editor.get(f"/admin/pages/{program.pk}/edit/")

    assert "Hepatoblastoma" in offered(response, "cancers")


def test_deleting_a_french_page_deletes_its_translation(editor, french_tree):
    program = french_tree["program"]

    response = editor.post(f"/admin/pages/{program.pk}/delete/")

    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[program.pk, french_tree["english_program"].pk]).exists()


def test_deleting_a_translation_leaves_its_french_source(editor, french_tree):
    editor.post(f"/admin/pages/{french_tree['english_program'].pk}/delete/")

    assert Page.objects.filter(pk=french_tree["program"].pk).exists()
    assert not Page.objects.filter(pk=french_tree["english_program"].pk).exists()


def test_unpublishing_a_french_page_unpublishes_its_translation(editor, french_tree):
    confirmation = editor.get(f"/admin/pages/{french_tree['program'].pk}/unpublish/")
    assert french_tree["english_program"].title in confirmation.content.decode()

    editor.post(f"/admin/pages/{french_tree['program'].pk}/unpublish/")

    assert not ProgramPage.objects.get(pk=french_tree["program"].pk).live
    assert not ProgramPage.objects.get(pk=french_tree["english_program"].pk).live


def test_a_new_translation_starts_as_a_draft(editor, french_tree):
    french_only = factories.ProgramPageFactory(parent=french_tree["programs"], acronym="SACHA")

    response = editor.post(f"/admin/localize/submit/page/{french_only.pk}/", {"locales": [factories.english().pk]})

    assert response.status_code == 302
    english = french_only.get_translation(factories.english())
    assert not english.live


def test_both_languages_exist_from_the_first_migration():
    """An editor can translate into English on a new installation without adding the locale first."""
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"fr", "en"}
    assert Locale.get_default().language_code == "fr"
