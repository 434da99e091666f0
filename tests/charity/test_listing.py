from urllib.parse import parse_qs

import pytest

from django.http import QueryDict

from charity.listing import Facet, filter_by_facets, paginate
from programs.models import ProgramPage
from tests import factories


@pytest.fixture
def programs(cancer_index, program_index):
    kidney = factories.CancerPageFactory(parent=cancer_index, title="Nephroblastoma", slug="nephroblastoma")
    brain = factories.CancerPageFactory(parent=cancer_index, title="DIPG", slug="dipg")
    Theme, Status = ProgramPage.Theme, ProgramPage.Status
    return {
        "recruiting kidney trial": factories.ProgramPageFactory(
            parent=program_index, cancers=[kidney], theme=Theme.CLINICAL_TRIAL, status=Status.RECRUITING
        ),
        "ongoing immunotherapy": factories.ProgramPageFactory(
            parent=program_index, cancers=[kidney, brain], theme=Theme.IMMUNOTHERAPY, status=Status.ONGOING
        ),
        "completed brain trial": factories.ProgramPageFactory(
            parent=program_index, cancers=[brain], theme=Theme.CLINICAL_TRIAL, status=Status.COMPLETED
        ),
        "draft": factories.ProgramPageFactory(
            parent=program_index, cancers=[kidney], theme=Theme.BIOLOGY, status=Status.ONGOING, live=False
        ),
    }


def program_facets():
    return [
        Facet("cancer", "Cancer", "cancers__slug", [("nephroblastoma", "Nephroblastoma"), ("dipg", "DIPG")]),
        Facet("theme", "Theme", "theme", ProgramPage.Theme.choices),
        Facet("status", "Status", "status", ProgramPage.Status.choices),
    ]


def filtered(rf, query=""):
    queryset = ProgramPage.objects.live().order_by("pk")
    results, facets = filter_by_facets(rf.get("/programs/", QueryDict(query)), queryset, program_facets())
    return list(results), {facet.param: facet for facet in facets}


def counts(facet):
    return {option.value: option.count for option in facet.options}


def test_without_filters_every_live_page_is_listed_with_each_options_count(rf, programs):
    results, facets = filtered(rf)

    assert set(results) == {page for name, page in programs.items() if name != "draft"}
    assert counts(facets["cancer"]) == {"nephroblastoma": 2, "dipg": 2}
    assert counts(facets["theme"]) == {"clinical-trial": 2, "immunotherapy": 1}
    assert counts(facets["status"]) == {"recruiting": 1, "ongoing": 1, "completed": 1}
    assert all(facet.selected is None for facet in facets.values())


def test_a_filter_narrows_the_results_and_the_other_facets_counts(rf, programs):
    results, facets = filtered(rf, "cancer=nephroblastoma")

    assert results == [programs["recruiting kidney trial"], programs["ongoing immunotherapy"]]
    assert facets["cancer"].selected.value == "nephroblastoma"
    # A facet's own options are counted without its own filter, so that each can be switched to.
    assert counts(facets["cancer"]) == {"nephroblastoma": 2, "dipg": 2}
    assert counts(facets["theme"]) == {"clinical-trial": 1, "immunotherapy": 1}
    assert counts(facets["status"]) == {"recruiting": 1, "ongoing": 1}


def test_filters_combine(rf, programs):
    results, facets = filtered(rf, "cancer=dipg&theme=clinical-trial&status=completed")

    assert results == [programs["completed brain trial"]]
    assert counts(facets["cancer"]) == {"dipg": 1}
    assert counts(facets["theme"]) == {"clinical-trial": 1}
    assert counts(facets["status"]) == {"completed": 1}


def test_a_selected_option_stays_listed_when_nothing_else_matches_it(rf, programs):
    results, facets = filtered(rf, "cancer=nephroblastoma&status=completed")

    assert results == []
    assert facets["status"].selected.value == "completed"
    assert counts(facets["cancer"])["nephroblastoma"] == 0


@pytest.mark.parametrize("query", ["", "cancer=dipg", "theme=clinical-trial", "cancer=nephroblastoma&status=ongoing"])
def test_each_option_lists_as_many_pages_as_its_count_says(rf, programs, query):
    _, facets = filtered(rf, query)

    for facet in facets.values():
        for option in facet.options:
            results, _ = filtered(rf, option.url.lstrip("?"))
            expected = option.count if not option.selected else len(filtered(rf, facet.clear_url.lstrip("?"))[0])
            assert len(results) == expected, f"{facet.param}={option.value} from ?{query}"


def test_option_links_keep_the_other_filters_and_go_back_to_the_first_page(rf, programs):
    _, facets = filtered(rf, "theme=clinical-trial&page=2")

    dipg = next(option for option in facets["cancer"].options if option.value == "dipg")
    assert parse_qs(dipg.url.lstrip("?")) == {"theme": ["clinical-trial"], "cancer": ["dipg"]}
    selected_theme = facets["theme"].selected
    assert selected_theme.value == "clinical-trial"
    assert parse_qs(selected_theme.url.lstrip("?")) == {}, "choosing the selected option again removes it"
    assert facets["theme"].clear_url == "?"


@pytest.mark.parametrize(
    "query", ["cancer=%3Cscript%3E", "theme=zzz", "status=", "cancer=unknown&theme=clinical-trial&theme=zzz"]
)
def test_unknown_values_are_ignored(rf, programs, query):
    results, facets = filtered(rf, query)

    assert len(results) == 3
    assert all(facet.selected is None for facet in facets.values())


@pytest.mark.parametrize("page, expected_number", [("2", 2), ("abc", 1), ("", 1), ("-1", 4), ("99999", 4)])
def test_pagination_gives_a_normal_page_for_any_page_number(rf, page, expected_number):
    results = paginate(rf.get("/", {"page": page}), list(range(10)), per_page=3)

    assert results.number == expected_number
