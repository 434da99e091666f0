"""Site search: exact names first, whatever the case and accents; filters, pages, promotions, odd input.

The content is English (see tests/factories.py), so it is searched at /en/search/; what each language finds
is in test_search_languages.py.
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from charity.query_text import MAX_QUERY_LENGTH
from tests import factories
from tests.html import parse

SEARCH_URL = "/en/search/"


@pytest.fixture
def cancers(cancer_index):
    return {
        "nephroblastoma": factories.CancerPageFactory(
            parent=cancer_index,
            title="Nephroblastoma",
            other_names="Wilms' tumour",
            summary="The most common kidney cancer in children.",
        ),
        "neuroblastoma": factories.CancerPageFactory(
            parent=cancer_index, title="Neuroblastoma", summary="A cancer of the nerve cells, studied by MAPPYACTS."
        ),
    }


@pytest.fixture
def programs(program_index, cancers):
    return {
        "mappyacts": factories.ProgramPageFactory(
            parent=program_index,
            acronym="MAPPYACTS",
            title="MAPPYACTS",
            full_name="Molecular profiling for paediatric and young adult cancer treatment stratification",
            summary="Sequencing relapsed tumours to find a targeted treatment.",
            cancers=[cancers["neuroblastoma"]],
        ),
        "esmart": factories.ProgramPageFactory(
            parent=program_index,
            acronym="AcSé-ESMART",
            title="AcSé-ESMART",
            summary="A trial that gives children the targeted drugs MAPPYACTS pointed to.",
        ),
        "biomede": factories.ProgramPageFactory(
            parent=program_index, acronym="BIOMEDE", title="BIOMEDE", summary="Biomarkers in DIPG."
        ),
        "biomede 2": factories.ProgramPageFactory(
            parent=program_index, acronym="BIOMEDE 2", title="BIOMEDE 2", summary="BIOMEDE, the second trial."
        ),
        "wilms study": factories.ProgramPageFactory(
            parent=program_index,
            acronym="UMBRELLA",
            title="UMBRELLA",
            summary="Treating Wilms' tumour: Wilms tumours of the kidney, Wilms patients, Wilms relapses.",
            cancers=[cancers["nephroblastoma"]],
        ),
    }


@pytest.fixture
def news(news_index, programs):
    # Mentions the acronyms more often than the programs' own pages do.
    return factories.NewsPageFactory(
        parent=news_index,
        title="MAPPYACTS and ESMART: what MAPPYACTS found",
        summary="MAPPYACTS, MAPPYACTS, MAPPYACTS: the esmart trial follows MAPPYACTS. Acse too.",
        programs=[programs["mappyacts"]],
    )


@pytest.fixture
def publication(publication_index, programs):
    return factories.PublicationPageFactory(
        parent=publication_index,
        title="Molecular profiling of relapsed tumours in MAPPYACTS",
        abstract="MAPPYACTS sequenced the tumours of 787 children.",
        programs=[programs["mappyacts"]],
    )


@pytest.fixture
def about(home_page):
    return factories.StandardPageFactory(
        parent=home_page, title="About the charity", summary="Why MAPPYACTS and other programs get funded."
    )


@pytest.fixture
def content(programs, cancers, news, publication, about):
    return {"programs": programs, "cancers": cancers, "news": news, "publication": publication, "about": about}


def search(client, **params):
    response = client.get(SEARCH_URL, params)
    parse(response)
    return response


def found(response) -> list[str]:
    results = response.context["results"]
    return [result.page.title for result in results] if results else []


@pytest.mark.parametrize("query", ["mappyacts", "MAPPYACTS", "MappyActs", "  mappyacts  "])
def test_an_acronym_finds_its_program_first_whatever_the_case(client, content, query):
    titles = found(search(client, q=query))

    assert titles[0] == "MAPPYACTS"
    # The pages that only mention it follow.
    assert {
        "MAPPYACTS and ESMART: what MAPPYACTS found",
        "Molecular profiling of relapsed tumours in MAPPYACTS",
    } <= set(titles)


@pytest.mark.parametrize("query", ["esmart", "ESMART", "Acse", "acsé", "ACSÉ", "AcSé-ESMART", "acse-esmart"])
def test_each_part_of_a_compound_acronym_finds_its_program_first_whatever_the_accents(client, content, query):
    assert found(search(client, q=query))[0] == "AcSé-ESMART"


def test_an_acronym_that_is_a_whole_name_comes_before_the_names_it_is_part_of(client, content):
    titles = found(search(client, q="biomede"))

    assert titles[:2] == ["BIOMEDE", "BIOMEDE 2"]
    assert found(search(client, q="biomede 2"))[0] == "BIOMEDE 2"


@pytest.mark.parametrize("query", ["wilms", "Wilms", "WILMS", "Wilms' tumour", "nephroblastoma"])
def test_a_cancer_is_found_first_by_its_name_or_other_names(client, content, query):
    titles = found(search(client, q=query))

    assert titles[0] == "Nephroblastoma"


def test_each_result_shows_its_type_summary_and_image(client, content, image):
    program = content["programs"]["mappyacts"]
    program.image = image
    program.save()

    response = search(client, q="mappyacts")
    html = response.content.decode()

    first = list(response.context["results"])[0]
    assert first.result_type.key == "program"
    assert "Research programs" in html
    assert "Sequencing relapsed tumours to find a targeted treatment." in html
    assert 'class="result__image"' in html
    assert program.url in html


@pytest.mark.parametrize(
    "result_type, expected",
    [
        ("program", {"MAPPYACTS", "AcSé-ESMART"}),
        ("cancer", {"Neuroblastoma"}),
        ("news", {"MAPPYACTS and ESMART: what MAPPYACTS found"}),
        ("publication", {"Molecular profiling of relapsed tumours in MAPPYACTS"}),
        ("page", {"About the charity"}),
    ],
)
def test_results_can_be_narrowed_to_one_type(client, content, result_type, expected):
    response = search(client, q="mappyacts", type=result_type)

    assert set(found(response)) == expected
    assert response.context["chosen_type"].key == result_type


def test_each_type_shows_how_many_results_it_holds(client, content):
    response = search(client, q="mappyacts")

    counts = {result_type.key: count for result_type, count in response.context["type_counts"]}
    assert counts == {"program": 2, "cancer": 1, "publication": 1, "news": 1, "page": 1}
    assert response.context["results"].paginator.count == 6
    html = response.content.decode()
    assert "?q=mappyacts&amp;type=program" in html


def test_an_unknown_type_shows_every_result(client, content):
    response = search(client, q="mappyacts", type="bogus")

    assert response.context["chosen_type"] is None
    assert len(found(response)) == 6


@pytest.fixture
def many_programs(program_index):
    return [
        factories.ProgramPageFactory(parent=program_index, acronym=f"TRIAL{number}", summary="A sarcoma trial.")
        for number in range(23)
    ]


def test_results_are_paginated(client, many_programs, settings):
    first = search(client, q="sarcoma")
    third = search(client, q="sarcoma", page="3")

    assert first.context["results"].paginator.count == 23
    assert len(found(first)) == settings.SEARCH_RESULTS_PER_PAGE
    assert len(found(third)) == 3
    assert not set(found(first)) & set(found(third))
    assert "page=2" in first.content.decode()


@pytest.mark.parametrize("page, expected_number", [("abc", 1), ("0", 3), ("-1", 3), ("99999", 3), ("", 1), ("2.5", 1)])
def test_a_bad_page_number_gives_a_normal_page(client, many_programs, page, expected_number):
    response = search(client, q="sarcoma", page=page)

    assert response.context["results"].number == expected_number


@pytest.fixture
def promotion(programs, about):
    query = Query.get("trials")
    return SearchPromotion.objects.create(
        query=query, page=about, description="How we choose the trials we fund.", sort_order=0
    )


def test_an_editors_promotion_comes_first_in_a_recommended_section(client, content, promotion):
    response = search(client, q="Trials")
    html = response.content.decode()

    assert [promotion.page.title for promotion in response.context["promotions"]] == ["About the charity"]
    assert "Recommended" in html
    assert html.index("About the charity") < html.index('id="results-heading"')
    assert "How we choose the trials we fund." in html


def test_an_external_promotion_links_out(client, content):
    SearchPromotion.objects.create(
        query=Query.get("clinical trials"),
        external_link_url="https://clinicaltrials.gov/",
        external_link_text="ClinicalTrials.gov",
        sort_order=0,
    )

    html = search(client, q="clinical trials").content.decode()

    assert 'href="https://clinicaltrials.gov/"' in html
    assert "ClinicalTrials.gov" in html


def test_an_unpublished_or_private_promoted_page_is_not_shown(client, content, promotion, program_index):
    draft = factories.ProgramPageFactory(parent=program_index, acronym="SECRETDRAFT", live=False)
    private = factories.StandardPageFactory(parent=content["about"], title="Board minutes")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    SearchPromotion.objects.create(query=promotion.query, page=draft, sort_order=1)
    SearchPromotion.objects.create(query=promotion.query, page=private, sort_order=2)

    response = search(client, q="trials")
    html = response.content.decode()

    assert [promotion.page.title for promotion in response.context["promotions"]] == ["About the charity"]
    assert "SECRETDRAFT" not in html
    assert "Board minutes" not in html


def test_each_search_is_logged_for_the_editors_search_terms_report(client, content):
    search(client, q="mappyacts")
    search(client, q="MAPPYACTS")
    search(client, q="")

    assert Query.get("mappyacts").hits == 2
    assert not Query.objects.filter(query_string="").exists()


@pytest.fixture
def hidden_pages(program_index, about):
    draft = factories.ProgramPageFactory(
        parent=program_index, acronym="HIDDENDRAFT", summary="Zebrafish models of sarcoma.", live=False
    )
    private = factories.StandardPageFactory(parent=about, title="Zebrafish board minutes", summary="Zebrafish.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    under_private = factories.StandardPageFactory(parent=private, title="Zebrafish annex", summary="Zebrafish.")
    live = factories.StandardPageFactory(parent=about, title="Zebrafish research", summary="Zebrafish.")
    return {"draft": draft, "private": private, "under private": under_private, "live": live}


@pytest.mark.parametrize("query", ["zebrafish", "hiddendraft", "board minutes", "annex"])
def test_drafts_and_private_pages_are_never_found(client, hidden_pages, query):
    response = search(client, q=query)
    html = response.content.decode()

    assert set(found(response)) <= {"Zebrafish research"}
    for hidden in ("HIDDENDRAFT", "Zebrafish board minutes", "Zebrafish annex"):
        assert hidden not in html


def test_a_live_page_with_a_newer_draft_is_found_by_its_published_text_only(client, content):
    program = content["programs"]["biomede"]
    program.summary = "Now about unicorns."
    program.save_revision()

    assert found(search(client, q="unicorns")) == []
    assert found(search(client, q="biomede"))[0] == "BIOMEDE"


def test_an_empty_search_invites_a_query(client, content):
    response = search(client)

    assert response.context["results"] is None
    assert "Type a word above" in response.content.decode()


def test_a_very_long_query_is_shortened_with_a_notice(client, content):
    response = search(client, q="mappyacts " * 500)

    assert len(response.context["search_query"]) <= MAX_QUERY_LENGTH
    assert response.context["query_was_shortened"]
    assert f"shortened to its first {MAX_QUERY_LENGTH} characters" in response.content.decode()
    assert found(response)[0] == "MAPPYACTS"


def test_a_query_of_one_very_long_word_gives_a_normal_page(client, content):
    response = search(client, q="x" * 5000)

    assert response.context["query_was_shortened"]
    assert found(response) == []


HOSTILE_QUERIES = [
    "!!!",
    "?",
    "*",
    "-",
    "'",
    "’",
    '"',
    '"mappyacts',
    "mappyacts\"'",
    "\x00",
    "mappy\x00acts",
    "%00",
    "NOT",
    "AND",
    "OR mappyacts",
    "mappyacts AND",
    "mappyacts NOT OR AND",
    "NEAR(mappyacts esmart)",
    "mappyacts*",
    "^mappyacts",
    "map:pyacts",
    "title:mappyacts",
    "mappyacts -esmart",
    "(mappyacts",
    "mappyacts)",
    "{}[]",
    "___",
    "the a of",
    "\\",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "mappyacts' UNION SELECT password FROM auth_user --",
    "<script>alert(1)</script>",
    "😀 mappyacts 🎗️",
    "ニューロブラストーマ",
    "\u202emappyacts",
    "é" * 300,
    "a b c d e f g h i j k l m n o p q r s t u v w x y z " * 10,
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_odd_or_hostile_queries_give_a_normal_page(client, content, query):
    response = search(client, q=query, type="program", page="1")

    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_a_script_in_the_query_is_shown_as_text(client, content):
    response = client.get(SEARCH_URL, {"q": "<script>alert(1)</script>"})

    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


def test_a_raw_nul_byte_in_the_address_gives_a_normal_page(client, content):
    response = client.get(f"{SEARCH_URL}?q=mappy%00acts&page=%00&type=%00")

    assert response.status_code == 200


def test_search_only_answers_get(client, content):
    assert client.post(SEARCH_URL, {"q": "mappyacts"}).status_code == 405


def test_the_number_of_queries_does_not_grow_with_the_results(client, many_programs, image):
    for program in many_programs:
        program.image = image
        program.save()
    search(client, q="sarcoma")  # renditions are created on first view

    with CaptureQueriesContext(connection) as few:
        search(client, q="sarcoma", page="3")
    with CaptureQueriesContext(connection) as many:
        search(client, q="sarcoma")

    assert len(many) == len(few)


def test_the_english_search_is_under_the_english_prefix():
    with translation.override("en"):
        assert reverse("search") == SEARCH_URL


def test_the_header_has_a_search_box_on_every_page(client, home_page, content):
    for url in (content["programs"]["mappyacts"].url, home_page.url, SEARCH_URL):
        html = client.get(url).content.decode()
        assert 'role="search"' in html
        assert f'action="{SEARCH_URL}"' in html
