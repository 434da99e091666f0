import datetime

import pytest

from tests import factories
from tests.html import parse


@pytest.fixture
def neuroblastoma(cancer_index):
    return factories.CancerPageFactory(
        parent=cancer_index,
        title="Neuroblastoma",
        other_names="Neuroblastic tumour",
        summary="The most common solid tumour outside the brain in young children.",
    )


@pytest.fixture
def other_cancer(cancer_index):
    return factories.CancerPageFactory(parent=cancer_index, title="Nephroblastoma")


def test_cancer_page_shows_its_own_content(client, neuroblastoma, image):
    reviewer = factories.PersonFactory(name="Dr Dominique Valteau")
    neuroblastoma.reviewed_by = reviewer
    neuroblastoma.reviewed_on = datetime.date(2025, 2, 1)
    neuroblastoma.image = image
    neuroblastoma.save()

    page = parse(client.get(neuroblastoma.url))

    assert page.h1s == ["Neuroblastoma"]
    assert "Neuroblastic tumour" in page.text
    assert neuroblastoma.summary in page.text
    assert "Dr Dominique Valteau" in page.text
    assert page.meta_description == neuroblastoma.summary


def test_cancer_page_lists_the_programs_that_target_it(client, program_index, neuroblastoma, other_cancer):
    beacon = factories.ProgramPageFactory(parent=program_index, acronym="BEACON", cancers=[neuroblastoma])
    factories.ProgramPageFactory(parent=program_index, acronym="ELSEWHERE", cancers=[other_cancer])
    factories.ProgramPageFactory(parent=program_index, acronym="UNPUBLISHED", cancers=[neuroblastoma], live=False)

    response = client.get(neuroblastoma.url)
    page = parse(response)

    assert list(response.context["programs"]) == [beacon]
    assert beacon.url in page.links
    assert "ELSEWHERE" not in page.text
    assert "UNPUBLISHED" not in page.text


def test_cancer_page_lists_the_publications_of_its_programs(
    client, program_index, publication_index, neuroblastoma, other_cancer
):
    beacon = factories.ProgramPageFactory(parent=program_index, acronym="BEACON", cancers=[neuroblastoma])
    elsewhere = factories.ProgramPageFactory(parent=program_index, acronym="ELSEWHERE", cancers=[other_cancer])
    through_program = factories.PublicationPageFactory(
        parent=publication_index, title="Dinutuximab beta in relapsed neuroblastoma", programs=[beacon]
    )
    direct = factories.PublicationPageFactory(
        parent=publication_index, title="Incidence of neuroblastoma in Europe", cancers=[neuroblastoma]
    )
    factories.PublicationPageFactory(parent=publication_index, title="Unrelated article", programs=[elsewhere])
    factories.PublicationPageFactory(
        parent=publication_index, title="Unpublished article", programs=[beacon], live=False
    )

    response = client.get(neuroblastoma.url)
    page = parse(response)

    assert set(response.context["publications"]) == {through_program, direct}
    assert through_program.url in page.links
    assert direct.url in page.links
    assert "Unrelated article" not in page.text
    assert "Unpublished article" not in page.text


def test_cancer_page_lists_its_latest_news_through_its_programs(client, program_index, news_index, neuroblastoma):
    beacon = factories.ProgramPageFactory(parent=program_index, acronym="BEACON", cancers=[neuroblastoma])
    news = [
        factories.NewsPageFactory(
            parent=news_index, title=f"BEACON update {day}", date=datetime.date(2025, 1, day), programs=[beacon]
        )
        for day in range(1, 5)
    ]

    response = client.get(neuroblastoma.url)
    page = parse(response)

    assert list(response.context["news_pages"]) == news[:0:-1]
    assert "BEACON update 1" not in page.text
    assert page.position("BEACON update 4") < page.position("BEACON update 2")


def test_a_publication_on_two_programs_of_the_cancer_is_listed_once(
    program_index, publication_index, neuroblastoma, client
):
    first = factories.ProgramPageFactory(parent=program_index, cancers=[neuroblastoma])
    second = factories.ProgramPageFactory(parent=program_index, cancers=[neuroblastoma])
    article = factories.PublicationPageFactory(
        parent=publication_index, programs=[first, second], cancers=[neuroblastoma]
    )

    response = client.get(neuroblastoma.url)

    assert list(response.context["publications"]) == [article]


def test_many_publications_are_listed_a_page_at_a_time_with_links_back_to_the_list(
    client, program_index, publication_index, neuroblastoma, settings
):
    settings.PUBLICATIONS_PER_PAGE = 3
    beacon = factories.ProgramPageFactory(parent=program_index, acronym="BEACON", cancers=[neuroblastoma])
    for year in range(2015, 2022):
        factories.PublicationPageFactory(
            parent=publication_index, title=f"Results {year}", year=year, programs=[beacon]
        )

    first = client.get(neuroblastoma.url)
    last = client.get(neuroblastoma.url, {"page": "3"})

    assert [publication.title for publication in first.context["publications"]] == [
        "Results 2021",
        "Results 2020",
        "Results 2019",
    ]
    assert [publication.title for publication in last.context["publications"]] == ["Results 2015"]
    assert "?page=2#publications-heading" in parse(first).links
