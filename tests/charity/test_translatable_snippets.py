"""People and partners carry text, so each has a version per language, translated with wagtail-localize like
pages; a page names the version in its own language, in its body and in the footer."""

import pytest

from charity.models import Partner, Person
from demo.translation import translate
from tests import factories
from tests.factories import english, french
from tests.html import parse

pytestmark = pytest.mark.django_db

FRENCH_DESCRIPTION = "Consortium européen d’experts en oncologie pédiatrique."
ENGLISH_DESCRIPTION = "European consortium of experts in paediatric oncology."


def counterpart(instance, **english_texts):
    """The instance as the translator would write it in English: the same object, other texts, never saved."""
    copy = type(instance).objects.get(pk=instance.pk)
    for name, value in english_texts.items():
        setattr(copy, name, value)
    return copy


@pytest.fixture
def itcc():
    return factories.PartnerFactory(
        name="ITCC", kind=Partner.Kind.CONSORTIUM, description=FRENCH_DESCRIPTION, show_in_footer=True, locale=french()
    )


@pytest.fixture
def president():
    return factories.PersonFactory(name="Patricia Blanc", title="Présidente", affiliation="", locale=french())


@pytest.fixture
def snippets_in_english(itcc, president):
    english_itcc, _ = translate(itcc, counterpart(itcc, description=ENGLISH_DESCRIPTION), english())
    english_president, _ = translate(president, counterpart(president, title="President"), english())
    return english_itcc, english_president


@pytest.fixture
def program_in_both_languages(french_site, itcc, president, snippets_in_english):
    """A French program naming the partner and the person, translated after them, as an editor would."""
    index = factories.ProgramIndexPageFactory(parent=french_site, title="Programmes", slug="programmes")
    program = factories.ProgramPageFactory(
        parent=index, acronym="MAPPYACTS", summary="Le séquençage pour chaque enfant.", partners=[itcc]
    )
    program.lead_investigators.set([president])
    program.save_revision().publish()
    translate(french_site.specific, counterpart(french_site.specific, title="Home", slug="home"), english())
    translate(index.specific, counterpart(index.specific, title="Programs", slug="programs"), english())
    program = type(program).objects.get(pk=program.pk)
    english_program, _ = translate(
        program, counterpart(program, slug="mappyacts", summary="Sequencing for every child."), english()
    )
    return program, english_program


def test_a_translated_partner_and_person_are_their_own_versions(itcc, president, snippets_in_english):
    english_itcc, english_president = snippets_in_english

    assert english_itcc.translation_key == itcc.translation_key and english_itcc.pk != itcc.pk
    assert english_itcc.locale == english() and english_itcc.description == ENGLISH_DESCRIPTION
    assert english_president.title == "President"
    assert Partner.objects.get(pk=itcc.pk).description == FRENCH_DESCRIPTION
    assert Person.objects.get(pk=president.pk).title == "Présidente"


def test_a_translated_program_names_the_people_and_partners_of_its_language(program_in_both_languages):
    french_program, english_program = program_in_both_languages

    assert {partner.locale for partner in english_program.partners.all()} == {english()}
    assert {person.locale for person in english_program.lead_investigators.all()} == {english()}
    assert {partner.locale for partner in french_program.partners.all()} == {french()}


def test_each_language_shows_its_version_of_a_person(client, program_in_both_languages):
    french_program, english_program = program_in_both_languages

    english_text = parse(client.get(english_program.url)).text
    french_text = parse(client.get(french_program.url)).text

    assert "President" in english_text and "Présidente" not in english_text
    assert "Présidente" in french_text


def test_the_footer_lists_each_partner_once_in_the_language_being_read(client, program_in_both_languages):
    french_program, english_program = program_in_both_languages

    for url in (french_program.url, english_program.url):
        footer_names = client.get(url).content.decode().count('<span class="partner-logos__name">ITCC</span>')
        assert footer_names == 1, url
