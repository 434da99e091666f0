"""Publications downloaded as BibTeX and RIS, one at a time or the whole filtered index, read by standard parsers."""

import bibtexparser
import pytest
import rispy
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import convert_to_unicode

from programs.citations import split_authors, surname_first
from tests import factories


@pytest.fixture
def mappyacts(program_index):
    return factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", slug="mappyacts")


@pytest.fixture
def publication(publication_index, mappyacts):
    return factories.PublicationPageFactory(
        parent=publication_index,
        title="Paediatric precision oncology: the MAPPYACTS trial",
        slug="mappyacts-trial",
        authors="Berlanga P, Pierron G, Lacroix L, Le Deley MC, et al.",
        journal="Cancer Discovery",
        year=2022,
        volume="12",
        issue="5",
        pages="1266-1281",
        doi="10.1158/2159-8290.CD-21-1136",
        pubmed_id="35292802",
        abstract="Relapsed tumours were sequenced.\nMost had an actionable alteration.",
        programs=[mappyacts],
    )


def parse_bibtex(text: str) -> list[dict]:
    parser = BibTexParser(common_strings=True)
    parser.customization = convert_to_unicode
    return bibtexparser.loads(text, parser=parser).entries


def download(client, url, content_type: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Type"].endswith("charset=utf-8")
    return response.content.decode()


def bibtex_of(client, publication) -> str:
    return download(client, f"{publication.url}cite/bibtex/", "application/x-bibtex")


def ris_of(client, publication) -> str:
    return download(client, f"{publication.url}cite/ris/", "application/x-research-info-systems")


def test_a_publication_downloads_as_bibtex(client, publication):
    [entry] = parse_bibtex(bibtex_of(client, publication))

    assert entry["ENTRYTYPE"] == "article"
    assert entry["ID"] == "berlanga2022paediatric"
    assert entry["title"] == "Paediatric precision oncology: the MAPPYACTS trial"
    assert entry["author"].split(" and ") == ["Berlanga, P", "Pierron, G", "Lacroix, L", "Le Deley, MC", "others"]
    assert entry["journal"] == "Cancer Discovery"
    assert entry["year"] == "2022"
    assert entry["volume"] == "12"
    assert entry["number"] == "5"
    assert entry["pages"] == "1266--1281"
    assert entry["doi"] == "10.1158/2159-8290.CD-21-1136"
    assert entry["pmid"] == "35292802"
    assert entry["url"] == publication.full_url


def test_a_publication_downloads_as_ris(client, publication):
    [record] = rispy.loads(ris_of(client, publication))

    assert record["type_of_reference"] == "JOUR"
    assert record["title"] == "Paediatric precision oncology: the MAPPYACTS trial"
    assert record["authors"] == ["Berlanga, P", "Pierron, G", "Lacroix, L", "Le Deley, MC"]
    assert record["journal_name"] == "Cancer Discovery"
    assert record["secondary_title"] == "Cancer Discovery"
    assert record["year"] == "2022"
    assert record["volume"] == "12"
    assert record["number"] == "5"
    assert (record["start_page"], record["end_page"]) == ("1266", "1281")
    assert record["doi"] == "10.1158/2159-8290.CD-21-1136"
    assert record["abstract"] == "Relapsed tumours were sequenced. Most had an actionable alteration."
    assert record["urls"] == [publication.full_url]


@pytest.mark.parametrize(
    "citation_format, filename",
    [("bibtex", "mappyacts-trial.bib"), ("ris", "mappyacts-trial.ris")],
)
def test_a_download_is_an_attachment_named_after_the_publication(client, publication, citation_format, filename):
    response = client.get(f"{publication.url}cite/{citation_format}/")

    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'


@pytest.mark.parametrize("citation_format", ["pdf", "BIBTEX", "bib", "json"])
def test_an_unknown_format_is_not_found(client, publication, publication_index, citation_format):
    assert client.get(f"{publication.url}cite/{citation_format}/").status_code == 404
    assert client.get(f"{publication_index.url}export/{citation_format}/").status_code == 404


def test_the_publication_page_links_to_its_downloads(client, publication):
    html = client.get(publication.url).content.decode()

    assert f'href="{publication.url}cite/bibtex/"' in html
    assert f'href="{publication.url}cite/ris/"' in html


@pytest.mark.parametrize(
    "authors, names, more",
    [
        ("Geoerger B, Paoletti X, Vassal G", ["Geoerger B", "Paoletti X", "Vassal G"], False),
        ("Geoerger B, Paoletti X, et al.", ["Geoerger B", "Paoletti X"], True),
        ("Geoerger B, Paoletti X et al", ["Geoerger B", "Paoletti X"], True),
        ("Geoerger B; Paoletti X; et. al.", ["Geoerger B", "Paoletti X"], True),
        ("Geoerger B, Paoletti X, ET AL.", ["Geoerger B", "Paoletti X"], True),
        ("MAPPYACTS Consortium", ["MAPPYACTS Consortium"], False),
    ],
)
def test_et_al_is_kept_apart_from_the_named_authors(client, publication_index, authors, names, more):
    assert split_authors(authors) == names
    publication = factories.PublicationPageFactory(parent=publication_index, authors=authors)

    [entry] = parse_bibtex(bibtex_of(client, publication))
    [record] = rispy.loads(ris_of(client, publication))

    bibtex_authors = entry["author"].split(" and ")
    assert bibtex_authors == [surname_first(name) for name in names] + (["others"] if more else [])
    assert record["authors"] == [surname_first(name) for name in names]
    assert not any("et al" in name.lower() for name in bibtex_authors + record["authors"])


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Berlanga P", "Berlanga, P"),
        ("Le Deley MC", "Le Deley, MC"),
        ("van den Berg H", "van den Berg, H"),
        ("Brugières L", "Brugières, L"),
        ("Pierre-Kahn A.", "Pierre-Kahn, A."),
        ("Birgit Geoerger", "Birgit Geoerger"),
        ("MAPPYACTS Consortium", "MAPPYACTS Consortium"),
        ("Plato", "Plato"),
    ],
)
def test_surname_and_initials_are_written_surname_first(name, expected):
    assert surname_first(name) == expected


TRICKY_TITLES = [
    "Tumours & cells: 50% respond to {targeted} therapy",
    "An unbalanced } brace",
    "An unbalanced { brace",
    "Costs in $ and #hashtags with under_scores, ~tildes and ^carets",
    r"A back\slash",
    "Néphroblastome : l'expérience française — « ÉTUDE » ß",
    "@article{injected, title={x}}",
]


@pytest.mark.parametrize("title", TRICKY_TITLES)
def test_special_characters_do_not_break_the_bibtex(client, publication_index, title):
    publication = factories.PublicationPageFactory(
        parent=publication_index,
        title=title,
        authors="Brugières L, Pierre-Kahn A",
        journal="Pédiatrie & Oncologie {Revue}",
        doi="10.1002/(SICI)1096-911X(199701)28:1<1::AID-MPO1>3.0.CO;2-2",
    )

    text = bibtex_of(client, publication)
    [entry] = parse_bibtex(text)

    assert entry["year"] == "2022"
    assert entry["doi"] == "10.1002/(SICI)1096-911X(199701)28:1<1::AID-MPO1>3.0.CO;2-2"
    assert entry["author"] == "Brugières, L and Pierre-Kahn, A"
    assert "Pédiatrie" in entry["journal"]
    assert text.count("{") == text.count("}")
    plain_words = [word for word in title.split() if word.isalpha()]
    for word in plain_words:
        assert word in entry["title"]


@pytest.mark.parametrize("title", TRICKY_TITLES)
def test_special_characters_survive_in_ris(client, publication_index, title):
    publication = factories.PublicationPageFactory(parent=publication_index, title=title)

    [record] = rispy.loads(ris_of(client, publication))

    assert record["title"] == title


@pytest.fixture
def index_publications(publication_index, mappyacts, settings):
    settings.PUBLICATIONS_PER_PAGE = 2
    other = factories.ProgramPageFactory(parent=mappyacts.get_parent(), acronym="BEACON", slug="beacon")
    pages = [
        factories.PublicationPageFactory(parent=publication_index, title=f"MAPPYACTS article {n}", year=2020 + n % 2)
        for n in range(5)
    ]
    for page in pages:
        page.programs.set([mappyacts])
        page.save()
    pages.append(factories.PublicationPageFactory(parent=publication_index, title="BEACON article", year=2021))
    pages[-1].programs.set([other])
    pages[-1].save()
    factories.PublicationPageFactory(parent=publication_index, title="Draft article", year=2021, live=False)
    return pages


def export(client, publication_index, citation_format, **params):
    response = client.get(f"{publication_index.url}export/{citation_format}/", params)
    assert response.status_code == 200
    extension = "bib" if citation_format == "bibtex" else "ris"
    assert response["Content-Disposition"] == f'attachment; filename="publications.{extension}"'
    return response.content.decode()


def exported_titles(client, publication_index, **params) -> tuple[list[str], list[str]]:
    bibtex = sorted(entry["title"] for entry in parse_bibtex(export(client, publication_index, "bibtex", **params)))
    ris = sorted(record["title"] for record in rispy.loads(export(client, publication_index, "ris", **params)))
    return bibtex, ris


def test_the_index_exports_every_publication_not_only_the_current_page(client, publication_index, index_publications):
    bibtex, ris = exported_titles(client, publication_index, page="2")

    expected = sorted(page.title for page in index_publications)
    assert bibtex == ris == expected
    assert "Draft article" not in bibtex


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"year": "2021"}, ["BEACON article", "MAPPYACTS article 1", "MAPPYACTS article 3"]),
        ({"program": "beacon"}, ["BEACON article"]),
        (
            {"program": "mappyacts", "year": "2020"},
            ["MAPPYACTS article 0", "MAPPYACTS article 2", "MAPPYACTS article 4"],
        ),
        ({"program": "unknown"}, None),
        ({"year": "abc"}, None),
    ],
)
def test_the_index_export_follows_the_current_filter(client, publication_index, index_publications, params, expected):
    bibtex, ris = exported_titles(client, publication_index, **params)

    # Unknown filter values are ignored, as they are on the index itself.
    expected = expected or sorted(page.title for page in index_publications)
    assert bibtex == ris == expected


def test_the_index_offers_the_export_of_its_current_filter(client, publication_index, index_publications):
    html = client.get(publication_index.url, {"year": "2021", "page": "2"}).content.decode()

    assert f'href="{publication_index.url}export/bibtex/?year=2021"' in html
    assert f'href="{publication_index.url}export/ris/?year=2021"' in html


def test_citation_keys_are_unique_within_an_export(client, publication_index):
    for number in range(3):
        factories.PublicationPageFactory(
            parent=publication_index, title="Same title", slug=f"same-title-{number}", authors="Vassal G", year=2020
        )

    entries = parse_bibtex(export(client, publication_index, "bibtex"))

    assert sorted(entry["ID"] for entry in entries) == ["vassal2020same", "vassal2020samea", "vassal2020sameb"]


def test_an_empty_export_is_an_empty_file(client, publication_index):
    assert parse_bibtex(export(client, publication_index, "bibtex")) == []
    assert export(client, publication_index, "ris") == ""
