import datetime

import pytest

from django.core.exceptions import ValidationError

from charity.models import Partner
from tests import factories
from tests.html import parse


@pytest.fixture
def program(program_index, cancer_index):
    return factories.ProgramPageFactory(
        parent=program_index,
        acronym="MAPPYACTS",
        full_name="Molecular profiling for paediatric and young adult cancer treatment stratification",
        summary="Sequencing tumours at relapse to find a targeted treatment.",
        headline_result="69% of tumours had an actionable alteration",
        trial_phase="2",
        nct_number="NCT02613962",
        eu_trial_number="2023-501234-12-00",
        start_year=2016,
        end_year=2020,
        lead_investigators=[factories.PersonFactory(name="Prof. Birgit Geoerger", affiliation="Gustave Roussy")],
        partners=[factories.PartnerFactory(name="Innovative Therapies for Children with Cancer", acronym="ITCC")],
        cancers=[
            factories.CancerPageFactory(parent=cancer_index, title="Rhabdomyosarcoma"),
            factories.CancerPageFactory(parent=cancer_index, title="Unpublished cancer", live=False),
        ],
    )


def test_program_page_shows_its_key_facts(client, program):
    page = parse(client.get(program.url))

    assert len(page.h1s) == 1
    assert page.h1s[0].startswith("MAPPYACTS")
    assert program.full_name in page.text
    assert program.summary in page.text
    assert "69% of tumours had an actionable alteration" in page.text
    assert "2016–2020" in page.text
    assert page.meta_description == program.summary


def test_program_page_links_to_the_trial_registers(client, program):
    page = parse(client.get(program.url))

    assert "https://clinicaltrials.gov/study/NCT02613962" in page.links
    assert "https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2023-501234-12-00" in page.links


def test_a_eudract_number_links_to_the_older_register(client, program):
    program.eu_trial_number = "2012-000123-45"
    program.save()

    page = parse(client.get(program.url))

    assert "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2012-000123-45" in page.links


def test_a_program_that_is_not_a_trial_has_no_trial_section(client, program):
    program.trial_phase = program.nct_number = program.eu_trial_number = ""
    program.theme = program.Theme.BIOLOGY
    program.save()

    page = parse(client.get(program.url))

    assert "Clinical trial" not in page.text
    assert not any("clinicaltrials" in link for link in page.links)


def test_program_page_shows_its_published_cancers(client, program):
    response = client.get(program.url)
    page = parse(response)

    assert [cancer.title for cancer in response.context["cancers"]] == ["Rhabdomyosarcoma"]
    assert "Unpublished cancer" not in page.text


def test_program_page_shows_its_lead_investigators_and_partners(client, program):
    page = parse(client.get(program.url))

    assert "Prof. Birgit Geoerger" in page.text
    assert "Gustave Roussy" in page.text
    assert "Innovative Therapies for Children with Cancer" in page.text


def test_partner_logos_and_photos_have_alt_text(client, program):
    person = program.lead_investigators.get()
    person.photo = factories.ImageFactory()
    person.save()
    Partner.objects.update(logo=factories.ImageFactory())

    page = parse(client.get(program.url))

    assert len(page.images) >= 2
    assert all("alt" in img for img in page.images)


def test_program_page_shows_its_latest_news(client, program, news_index):
    news = [
        factories.NewsPageFactory(
            parent=news_index, title=f"MAPPYACTS news {day}", date=datetime.date(2025, 5, day), programs=[program]
        )
        for day in range(1, 9)
    ]
    factories.NewsPageFactory(parent=news_index, title="Unrelated news")
    factories.NewsPageFactory(parent=news_index, title="Draft news", programs=[program], live=False)

    response = client.get(program.url)
    page = parse(response)

    assert list(response.context["news_pages"]) == news[:1:-1]
    assert page.position("MAPPYACTS news 8") < page.position("MAPPYACTS news 3")
    assert "MAPPYACTS news 2" not in page.text
    assert "Unrelated news" not in page.text
    assert "Draft news" not in page.text


def test_program_page_lists_its_publications(client, program, publication_index):
    article = factories.PublicationPageFactory(
        parent=publication_index, title="Molecular profiling of relapsed tumours", programs=[program]
    )
    factories.PublicationPageFactory(parent=publication_index, title="Unrelated article")

    page = parse(client.get(program.url))

    assert article.url in page.links
    assert "Unrelated article" not in page.text


def test_a_program_cannot_end_before_it_starts(program):
    program.start_year, program.end_year = 2020, 2016
    with pytest.raises(ValidationError) as error:
        program.full_clean()
    assert "end_year" in error.value.message_dict
