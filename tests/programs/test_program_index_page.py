import pytest

from programs.models import ProgramPage
from tests import factories
from tests.html import parse

Theme, Status = ProgramPage.Theme, ProgramPage.Status


@pytest.fixture
def cancers(cancer_index):
    return {
        "sarcomas": factories.CancerPageFactory(parent=cancer_index, title="Sarcomas", slug="sarcomas"),
        "dipg": factories.CancerPageFactory(parent=cancer_index, title="DIPG", slug="dipg"),
    }


@pytest.fixture
def programs(program_index, cancers):
    def program(acronym, cancer, theme, status, **kwargs):
        return factories.ProgramPageFactory(
            parent=program_index, acronym=acronym, cancers=[cancers[cancer]], theme=theme, status=status, **kwargs
        )

    return [
        program("BIOMEDE", "dipg", Theme.CLINICAL_TRIAL, Status.COMPLETED),
        program("MAPPYACTS", "sarcomas", Theme.PRECISION_MEDICINE, Status.COMPLETED),
        program("SACHA", "sarcomas", Theme.CLINICAL_TRIAL, Status.RECRUITING),
        program("UNPUBLISHED", "dipg", Theme.CLINICAL_TRIAL, Status.RECRUITING, live=False),
    ]


def listed(response) -> list[str]:
    return [program.acronym for program in response.context["programs"]]


def option_counts(response, param) -> dict[str, int]:
    facet = next(facet for facet in response.context["facets"] if facet.param == param)
    return {option.value: option.count for option in facet.options}


def test_program_index_lists_published_programs_by_acronym(client, program_index, programs):
    response = client.get(program_index.url)
    page = parse(response)

    assert listed(response) == ["BIOMEDE", "MAPPYACTS", "SACHA"]
    assert page.h1s == [program_index.title]
    assert page.position("BIOMEDE") < page.position("MAPPYACTS") < page.position("SACHA")
    assert "UNPUBLISHED" not in page.text
    assert option_counts(response, "cancer") == {"dipg": 1, "sarcomas": 2}
    assert option_counts(response, "theme") == {"precision-medicine": 1, "clinical-trial": 2}
    assert option_counts(response, "status") == {"recruiting": 1, "completed": 2}


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"cancer": "sarcomas"}, ["MAPPYACTS", "SACHA"]),
        ({"theme": "clinical-trial"}, ["BIOMEDE", "SACHA"]),
        ({"status": "completed"}, ["BIOMEDE", "MAPPYACTS"]),
        ({"cancer": "sarcomas", "theme": "clinical-trial"}, ["SACHA"]),
        ({"cancer": "sarcomas", "theme": "clinical-trial", "status": "completed"}, []),
    ],
)
def test_program_index_filters_by_cancer_theme_and_status(client, program_index, programs, query, expected):
    response = client.get(program_index.url, query)
    page = parse(response)

    assert listed(response) == expected
    for acronym in {"BIOMEDE", "MAPPYACTS", "SACHA"} - set(expected):
        assert f"{acronym}" not in page.text.replace("Filter the programs", "")


def test_the_counts_follow_the_other_active_filters(client, program_index, programs):
    response = client.get(program_index.url, {"cancer": "sarcomas"})

    assert option_counts(response, "theme") == {"precision-medicine": 1, "clinical-trial": 1}
    assert option_counts(response, "status") == {"recruiting": 1, "completed": 1}
    assert option_counts(response, "cancer") == {"dipg": 1, "sarcomas": 2}
    assert "Sarcomas 2" in parse(response).text


@pytest.mark.parametrize(
    "query",
    [
        {"cancer": "<script>alert(1)</script>"},
        {"cancer": "unknown"},
        {"theme": "zzz"},
        {"status": ""},
        {"page": "abc"},
        {"cancer": "x" * 3000},
    ],
)
def test_bad_filters_give_the_full_listing(client, program_index, programs, query):
    response = client.get(program_index.url, query)

    parse(response)
    assert listed(response) == ["BIOMEDE", "MAPPYACTS", "SACHA"]
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_many_programs_are_listed_a_page_at_a_time(client, program_index, settings):
    settings.PROGRAMS_PER_PAGE = 2
    for acronym in ("ALPHA", "BETA", "GAMMA"):
        factories.ProgramPageFactory(parent=program_index, acronym=acronym)

    first = client.get(program_index.url)
    second = client.get(program_index.url, {"page": "2"})

    assert first.context["programs"].paginator.count == 3
    assert len(listed(first)) == 2 and len(listed(second)) == 1
    assert set(listed(first) + listed(second)) == {"ALPHA", "BETA", "GAMMA"}
    assert "?page=2" in parse(first).links
