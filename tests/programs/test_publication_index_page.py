import pytest

from tests import factories
from tests.html import parse


@pytest.fixture
def beacon(program_index):
    return factories.ProgramPageFactory(parent=program_index, acronym="BEACON", slug="beacon")


@pytest.fixture
def publications(publication_index, beacon):
    return {
        "beacon 2024": factories.PublicationPageFactory(
            parent=publication_index, title="Bevacizumab in relapsed neuroblastoma", year=2024, programs=[beacon]
        ),
        "beacon 2021": factories.PublicationPageFactory(
            parent=publication_index, title="Design of the BEACON trial", year=2021, programs=[beacon]
        ),
        "other 2024": factories.PublicationPageFactory(
            parent=publication_index, title="A survey of paediatric trials", year=2024
        ),
        "draft": factories.PublicationPageFactory(
            parent=publication_index, title="Unpublished article", year=2023, live=False
        ),
    }


def titles(response) -> list[str]:
    return [publication.title for publication in response.context["publications"]]


def test_publication_index_lists_the_newest_publications_first(client, publication_index, publications):
    response = client.get(publication_index.url)
    page = parse(response)

    assert titles(response) == [
        "A survey of paediatric trials",
        "Bevacizumab in relapsed neuroblastoma",
        "Design of the BEACON trial",
    ]
    assert "Unpublished article" not in page.text
    years = next(facet for facet in response.context["facets"] if facet.param == "year")
    assert [(option.value, option.count) for option in years.options] == [("2024", 2), ("2021", 1)]


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"year": "2024"}, ["A survey of paediatric trials", "Bevacizumab in relapsed neuroblastoma"]),
        ({"program": "beacon"}, ["Bevacizumab in relapsed neuroblastoma", "Design of the BEACON trial"]),
        ({"program": "beacon", "year": "2021"}, ["Design of the BEACON trial"]),
    ],
)
def test_publication_index_filters_by_year_and_program(client, publication_index, publications, query, expected):
    response = client.get(publication_index.url, query)

    parse(response)
    assert titles(response) == expected


@pytest.mark.parametrize(
    "query",
    [{"year": "zzz"}, {"year": "2023"}, {"year": "-1"}, {"program": "unknown"}, {"page": "abc"}, {"page": "99999"}],
)
def test_bad_parameters_give_a_normal_page(client, publication_index, publications, query):
    response = client.get(publication_index.url, query)

    parse(response)
    assert len(titles(response)) == 3
