"""The open data API (/api/v2/): programs, cancers, publications and news with their relations, live and public only."""

import json
from urllib.parse import urlsplit

import pytest

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from tests import factories
from tests.bilingual import translate

PAGES_URL = "/api/v2/pages/"


@pytest.fixture
def cancers(cancer_index):
    return {
        "nephroblastoma": factories.CancerPageFactory(
            parent=cancer_index, title="Nephroblastoma", slug="nephroblastoma", other_names="Wilms' tumour"
        ),
        "neuroblastoma": factories.CancerPageFactory(parent=cancer_index, title="Neuroblastoma", slug="neuroblastoma"),
        "draft": factories.CancerPageFactory(
            parent=cancer_index, title="Draft cancer", slug="draft-cancer", live=False
        ),
    }


@pytest.fixture
def programs(program_index, cancers):
    return {
        "mappyacts": factories.ProgramPageFactory(
            parent=program_index,
            acronym="MAPPYACTS",
            slug="mappyacts",
            full_name="Molecular profiling for paediatric cancer treatment stratification",
            start_year=2016,
            children_included=787,
            cancers=[cancers["nephroblastoma"], cancers["neuroblastoma"], cancers["draft"]],
        ),
        "beacon": factories.ProgramPageFactory(
            parent=program_index, acronym="BEACON", slug="beacon", cancers=[cancers["neuroblastoma"]]
        ),
        "draft": factories.ProgramPageFactory(
            parent=program_index,
            acronym="SECRETPROGRAM",
            slug="secret-program",
            summary="Unannounced trial of zebrafish models.",
            cancers=[cancers["nephroblastoma"]],
            live=False,
        ),
    }


@pytest.fixture
def news(news_index, programs):
    return {
        "mappyacts": factories.NewsPageFactory(
            parent=news_index, title="MAPPYACTS results", programs=[programs["mappyacts"], programs["draft"]]
        ),
        "beacon": factories.NewsPageFactory(parent=news_index, title="BEACON opens", programs=[programs["beacon"]]),
    }


@pytest.fixture
def publications(publication_index, programs):
    return {
        "mappyacts": factories.PublicationPageFactory(
            parent=publication_index,
            title="Molecular profiling of relapsed tumours",
            doi="10.1158/2159-8290.CD-21-1136",
            programs=[programs["mappyacts"]],
        ),
        "other": factories.PublicationPageFactory(parent=publication_index, title="A survey of trials"),
    }


@pytest.fixture
def private_page(home_page):
    """A page behind a password, with a child that the restriction covers too."""
    board = factories.StandardPageFactory(parent=home_page, title="Board minutes", summary="Zebrafish budget.")
    PageViewRestriction.objects.create(page=board, restriction_type=PageViewRestriction.PASSWORD, password="x")
    annex = factories.StandardPageFactory(parent=board, title="Board annex", summary="Zebrafish annex.")
    return {"board": board, "annex": annex}


@pytest.fixture
def content(programs, cancers, news, publications, private_page):
    return {"programs": programs, "cancers": cancers, "news": news, "publications": publications}


def get_json(client, url=PAGES_URL, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def titles(data) -> list[str]:
    return sorted(item["title"] for item in data["items"])


def related(item, field) -> list[str]:
    return [page["slug"] for page in item[field]]


def test_programs_are_listed_with_their_fields_and_cancers(client, content):
    data = get_json(client, type="programs.ProgramPage", fields="*")

    assert data["meta"]["total_count"] == 2
    mappyacts = next(item for item in data["items"] if item["acronym"] == "MAPPYACTS")
    assert mappyacts["full_name"] == "Molecular profiling for paediatric cancer treatment stratification"
    assert mappyacts["start_year"] == 2016
    assert mappyacts["children_included"] == 787
    assert mappyacts["theme"] == "clinical-trial"
    assert mappyacts["meta"]["type"] == "programs.ProgramPage"
    assert mappyacts["meta"]["html_url"] == content["programs"]["mappyacts"].full_url
    nephroblastoma = content["cancers"]["nephroblastoma"]
    assert mappyacts["cancers"][0] == {
        "id": nephroblastoma.pk,
        "title": "Nephroblastoma",
        "slug": "nephroblastoma",
        "html_url": nephroblastoma.full_url,
    }
    assert related(mappyacts, "cancers") == ["nephroblastoma", "neuroblastoma"]
    assert related(mappyacts, "news_pages") == [content["news"]["mappyacts"].slug]
    assert related(mappyacts, "publications") == [content["publications"]["mappyacts"].slug]
    for field in ("summary", "headline_result", "status", "lead_investigators", "partners", "body", "image"):
        assert field in mappyacts


def test_cancers_list_the_programs_that_target_them(client, content):
    data = get_json(client, type="cancers.CancerPage", fields="other_names,targeting_programs")

    by_title = {item["title"]: item for item in data["items"]}
    assert set(by_title) == {"Nephroblastoma", "Neuroblastoma"}
    assert by_title["Nephroblastoma"]["other_names"] == "Wilms' tumour"
    assert related(by_title["Nephroblastoma"], "targeting_programs") == ["mappyacts"]
    assert related(by_title["Neuroblastoma"], "targeting_programs") == ["beacon", "mappyacts"]


@pytest.mark.parametrize("page_type", ["programs.NewsPage", "programs.PublicationPage"])
def test_news_and_publications_list_their_programs(client, content, page_type):
    data = get_json(client, type=page_type, fields="programs")

    mappyacts_item = next(item for item in data["items"] if item["title"].startswith(("MAPPYACTS", "Molecular")))
    assert related(mappyacts_item, "programs") == ["mappyacts"]


def test_a_publication_carries_its_reference(client, content):
    publication = content["publications"]["mappyacts"]
    data = get_json(client, f"{PAGES_URL}{publication.pk}/")

    assert data["doi"] == "10.1158/2159-8290.CD-21-1136"
    assert data["journal"] == "Cancer Discovery"
    assert data["year"] == 2022
    assert data["authors"] == "Geoerger B, Paoletti X, Vassal G"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"type": "programs.ProgramPage", "cancer": "nephroblastoma"}, ["MAPPYACTS"]),
        ({"type": "programs.ProgramPage", "cancer": "neuroblastoma"}, ["BEACON", "MAPPYACTS"]),
        ({"type": "programs.ProgramPage", "cancer": "unknown"}, []),
        ({"type": "programs.ProgramPage", "cancer": "draft-cancer"}, []),
        ({"type": "programs.NewsPage", "program": "mappyacts"}, ["MAPPYACTS results"]),
        ({"type": "programs.NewsPage", "program": "beacon"}, ["BEACON opens"]),
        ({"type": "programs.NewsPage", "program": "secret-program"}, []),
        ({"type": "programs.PublicationPage", "program": "mappyacts"}, ["Molecular profiling of relapsed tumours"]),
        ({"type": "programs.ProgramPage", "cancer": "neuroblastoma", "search": "beacon"}, ["BEACON"]),
        ({"type": "programs.ProgramPage", "cancer": "neuroblastoma", "acronym": "BEACON"}, ["BEACON"]),
        ({"type": "programs.ProgramPage", "cancer": "neuroblastoma", "order": "-title"}, ["BEACON", "MAPPYACTS"]),
    ],
)
def test_pages_can_be_filtered_by_the_cancer_or_program_they_relate_to(client, content, params, expected):
    data = get_json(client, **params)

    assert titles(data) == expected
    assert data["meta"]["total_count"] == len(expected)


def test_a_filtered_listing_keeps_its_order(client, content):
    data = get_json(client, type="programs.ProgramPage", cancer="neuroblastoma", order="-title")

    assert [item["title"] for item in data["items"]] == ["MAPPYACTS", "BEACON"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"type": "programs.ProgramPage", "fields": "nope"}, "nope"),
        ({"type": "programs.ProgramPage", "colour": "red"}, "colour"),
        ({"cancer": "nephroblastoma"}, "type"),
        ({"type": "cancers.CancerPage", "cancer": "nephroblastoma"}, "type"),
        ({"type": "programs.ProgramPage", "program": "mappyacts"}, "type"),
        ({"type": "nope.Nope"}, "type"),
        ({"type": "programs.ProgramPage", "limit": "abc"}, "limit"),
        ({"type": "programs.ProgramPage", "limit": "-1"}, "limit"),
        ({"type": "programs.ProgramPage", "offset": "abc"}, "offset"),
        ({"type": "programs.ProgramPage", "offset": "-5"}, "offset"),
        ({"type": "programs.ProgramPage", "order": "nope"}, "nope"),
        ({"type": "programs.ProgramPage", "order": "cancers"}, "cancers"),
        ({"type": "programs.ProgramPage", "order": "title,-news_pages"}, "news_pages"),
        ({"type": "programs.ProgramPage", "cancers": "1"}, "cancers"),
        ({"type": "cancers.CancerPage", "targeting_programs": "1"}, "targeting_programs"),
        ({"type": "programs.ProgramPage", "search": "x", "order": "acronym"}, "acronym"),
    ],
)
def test_bad_parameters_get_a_400_with_a_message(client, content, params, message):
    data = get_json(client, status=400, **params)

    assert message in data["message"]


HIDDEN_TITLES = {"SECRETPROGRAM", "Draft cancer", "Board minutes", "Board annex"}


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"fields": "*"},
        {"type": "programs.ProgramPage"},
        {"type": "cancers.CancerPage"},
        {"type": "charity.StandardPage"},
        {"type": "programs.ProgramPage", "cancer": "nephroblastoma"},
        {"search": "zebrafish"},
        {"search": "secretprogram"},
        {"search": "board"},
        {"type": "programs.ProgramPage", "search": "zebrafish"},
        {"child_of": "0"},
        {"limit": "100"},
    ],
)
def test_drafts_and_private_pages_never_appear_in_a_listing(client, content, private_page, params):
    params = dict(params)
    if params.get("child_of") == "0":
        params["child_of"] = str(private_page["board"].pk)
    response = client.get(PAGES_URL, params)

    # A listing under a private page is refused, as if the page did not exist.
    assert response.status_code in (200, 400)
    body = response.content.decode()
    for title in HIDDEN_TITLES:
        assert title not in body


def test_drafts_and_private_pages_are_not_found_by_id(client, content, private_page):
    for page in (
        content["programs"]["draft"],
        content["cancers"]["draft"],
        private_page["board"],
        private_page["annex"],
    ):
        assert client.get(f"{PAGES_URL}{page.pk}/").status_code == 404
        assert client.get(f"{PAGES_URL}find/", {"html_path": page.url or f"/{page.slug}/"}).status_code == 404


def test_a_relation_to_a_draft_is_not_exposed(client, content):
    mappyacts_news = content["news"]["mappyacts"]
    data = get_json(client, f"{PAGES_URL}{mappyacts_news.pk}/")

    assert related(data, "programs") == ["mappyacts"]


def test_unpublished_changes_show_the_live_values_only(client, content):
    program = content["programs"]["beacon"]
    program.title = "BEACON (new name)"
    program.summary = "Not yet announced."
    program.save_revision()

    listing = get_json(client, type="programs.ProgramPage", fields="summary", search="announced")
    detail = get_json(client, f"{PAGES_URL}{program.pk}/")

    assert listing["items"] == []
    assert detail["title"] == "BEACON"
    assert detail["summary"] == program.specific_class.objects.get(pk=program.pk).summary
    assert "Not yet announced." not in str(detail)


@pytest.fixture
def in_french(content, home_page, cancer_index, program_index, news_index):
    """Neuroblastoma, its two programs and the MAPPYACTS news in French too, the cancer under a French slug."""
    translate(home_page, title="Accueil")
    translate(cancer_index, title="Cancers de l’enfant", slug="cancers")
    translate(program_index, title="Programmes de recherche", slug="programmes")
    translate(news_index, title="Actualités", slug="actualites")
    neuroblastome = translate(content["cancers"]["neuroblastoma"], title="Neuroblastome", slug="neuroblastome")
    programs = {slug: translate(content["programs"][slug]) for slug in ("mappyacts", "beacon")}
    news = translate(content["news"]["mappyacts"], title="Résultats de MAPPYACTS")
    return {"neuroblastome": neuroblastome, "programs": programs, "news": news}


def html_urls(data) -> list[str]:
    return sorted(item["meta"]["html_url"] for item in data["items"])


@pytest.mark.parametrize("slug", ["neuroblastoma", "neuroblastome"])
def test_a_relation_filter_finds_the_pages_of_the_locale_asked_for_by_either_slug(client, in_french, slug):
    french = get_json(client, type="programs.ProgramPage", fields="cancers", cancer=slug, locale="fr")
    english = get_json(client, type="programs.ProgramPage", cancer=slug, locale="en")

    assert html_urls(french) == [
        "http://localhost/fr/programmes/beacon/",
        "http://localhost/fr/programmes/mappyacts/",
    ]
    assert {cancer["slug"] for item in french["items"] for cancer in item["cancers"]} >= {"neuroblastome"}
    assert html_urls(english) == [
        "http://localhost/en/research-programs/beacon/",
        "http://localhost/en/research-programs/mappyacts/",
    ]


def test_news_filtered_by_program_come_in_the_locale_asked_for(client, in_french):
    french = get_json(client, type="programs.NewsPage", program="mappyacts", locale="fr")
    english = get_json(client, type="programs.NewsPage", program="mappyacts", locale="en")
    both = get_json(client, type="programs.NewsPage", program="mappyacts")

    assert titles(french) == ["Résultats de MAPPYACTS"]
    assert titles(english) == ["MAPPYACTS results"]
    assert titles(both) == ["MAPPYACTS results", "Résultats de MAPPYACTS"]


def test_a_page_is_found_by_its_address_with_its_language_prefix(client, content, in_french):
    for page in (in_french["programs"]["mappyacts"], content["programs"]["mappyacts"]):
        response = client.get(f"{PAGES_URL}find/", {"html_path": page.url})

        assert response.status_code == 302
        assert urlsplit(response["Location"]).path == f"{PAGES_URL}{page.pk}/"
    assert in_french["programs"]["mappyacts"].url == "/fr/programmes/mappyacts/"


def test_an_address_under_a_language_prefix_without_a_page_is_not_found(client, in_french):
    assert client.get(f"{PAGES_URL}find/", {"html_path": "/fr/programmes/nope/"}).status_code == 404


def body_leading_to(page) -> str:
    """A body with a paragraph and a call to action that leads to `page`."""
    call_to_action = {"heading": "Read on", "text": "", "button_label": "Read", "page": page.pk, "url": ""}
    return json.dumps(
        [{"type": "paragraph", "value": "<p>Text.</p>"}, {"type": "call_to_action", "value": call_to_action}]
    )


@override_settings(PAGE_CACHE_ENABLED=False)
@pytest.mark.parametrize(
    "page_type, fields",
    [
        ("programs.NewsPage", "date,summary,image,programs,cancers"),
        ("programs.ProgramPage", "summary,image,cancers,lead_investigators,partners,news_pages,publications"),
        ("programs.NewsPage", "*"),
        ("programs.ProgramPage", "*"),
    ],
)
def test_a_listing_costs_as_many_queries_for_12_pages_as_for_2(
    client, news_index, program_index, cancers, page_type, fields
):
    for _number in range(12):
        program = factories.ProgramPageFactory(
            parent=program_index,
            image=factories.ImageFactory(),
            cancers=[cancers["nephroblastoma"], cancers["neuroblastoma"]],
            partners=[factories.PartnerFactory()],
        )
        factories.NewsPageFactory(
            parent=news_index,
            image=factories.ImageFactory(),
            programs=[program],
            cancers=[cancers["neuroblastoma"]],
            body=body_leading_to(program),
        )
        program.body = body_leading_to(cancers["neuroblastoma"])
        program.save()

    def queries(limit):
        url = f"/api/v2/pages/?type={page_type}&fields={fields}&limit={limit}"
        assert client.get(url).status_code == 200  # renditions are made on the first request
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured)

    assert queries(12) == queries(2)
