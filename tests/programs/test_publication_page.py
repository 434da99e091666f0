from tests import factories
from tests.html import parse


def test_publication_page_shows_its_reference_and_links(client, publication_index, program_index, cancer_index):
    dipg = factories.CancerPageFactory(parent=cancer_index, title="DIPG")
    biomede = factories.ProgramPageFactory(parent=program_index, acronym="BIOMEDE", cancers=[dipg])
    publication = factories.PublicationPageFactory(
        parent=publication_index,
        title="Everolimus, dasatinib or erlotinib in DIPG",
        authors="Grill J, Le Deley MC, Varlet P",
        journal="Journal of Clinical Oncology",
        year=2023,
        volume="41",
        issue="16",
        pages="10003",
        doi="10.1200/JCO.2023.41.16_suppl.10003",
        pubmed_id="36952624",
        abstract="A randomised trial guided by tumour biology.",
        programs=[biomede],
    )

    response = client.get(publication.url)
    page = parse(response)

    assert page.h1s == ["Everolimus, dasatinib or erlotinib in DIPG"]
    assert "Grill J, Le Deley MC, Varlet P" in page.text
    assert "Journal of Clinical Oncology" in page.text
    assert "2023;41(16):10003" in page.text
    assert "A randomised trial guided by tumour biology." in page.text
    assert "https://doi.org/10.1200/JCO.2023.41.16_suppl.10003" in page.links
    assert "https://pubmed.ncbi.nlm.nih.gov/36952624/" in page.links
    assert biomede.url in page.links
    assert list(response.context["related_cancers"]) == [dipg], "the cancers of its programs"
    assert dipg.url in page.links


def test_a_publication_without_identifiers_has_no_broken_links(client, publication_index):
    publication = factories.PublicationPageFactory(parent=publication_index, doi="", pubmed_id="")

    page = parse(client.get(publication.url))

    assert not any("doi.org" in link or "pubmed" in link for link in page.links)
