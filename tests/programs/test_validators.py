import pytest

from django.core.exceptions import ValidationError

from programs.validators import (
    doi_url,
    eu_trial_url,
    nct_url,
    pubmed_url,
    validate_doi,
    validate_eu_trial_number,
    validate_nct_number,
    validate_pubmed_id,
)
from tests import factories

CASES = [
    (validate_doi, "10.1158/2159-8290.CD-17-0006", True),
    (validate_doi, "10.1200/JCO.2019.37.15_suppl.10009", True),
    (validate_doi, "https://doi.org/10.1158/2159-8290.CD-17-0006", False),
    (validate_doi, "doi:10.1158/2159-8290", False),
    (validate_doi, "10.11/short-registrant", False),
    (validate_doi, "10.1158/with space", False),
    (validate_pubmed_id, "28432176", True),
    (validate_pubmed_id, "1", True),
    (validate_pubmed_id, "PMID28432176", False),
    (validate_pubmed_id, "1234567890", False),
    (validate_pubmed_id, "12 34", False),
    (validate_nct_number, "NCT02613962", True),
    (validate_nct_number, "nct02613962", False),
    (validate_nct_number, "NCT0261396", False),
    (validate_nct_number, "NCT026139620", False),
    (validate_eu_trial_number, "2023-501234-12-00", True),
    (validate_eu_trial_number, "2012-000123-45", True),
    (validate_eu_trial_number, "2023-401234-12-00", False),
    (validate_eu_trial_number, "2012-00012-45", False),
    (validate_eu_trial_number, "EudraCT 2012-000123-45", False),
    (validate_eu_trial_number, "2012-000123-45-00", False),
]


@pytest.mark.parametrize("validator, value, valid", CASES, ids=[f"{case[1]}" for case in CASES])
def test_research_identifiers_are_checked_on_entry(validator, value, valid):
    if valid:
        validator(value)
    else:
        with pytest.raises(ValidationError):
            validator(value)


def test_identifiers_become_links_to_their_registries():
    assert doi_url("10.1158/2159-8290.CD-17-0006") == "https://doi.org/10.1158/2159-8290.CD-17-0006"
    assert pubmed_url("28432176") == "https://pubmed.ncbi.nlm.nih.gov/28432176/"
    assert nct_url("NCT02613962") == "https://clinicaltrials.gov/study/NCT02613962"
    assert eu_trial_url("2023-501234-12-00").startswith("https://euclinicaltrials.eu/")
    assert eu_trial_url("2023-501234-12-00").endswith("EUCT=2023-501234-12-00")
    assert eu_trial_url("2012-000123-45") == (
        "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2012-000123-45"
    )


@pytest.mark.parametrize("field, value", [("nct_number", "NCT123"), ("eu_trial_number", "2023-12-00")])
def test_a_program_page_with_a_bad_value_does_not_validate(program_index, field, value):
    program = factories.ProgramPageFactory(parent=program_index, start_year=2015)
    program.full_clean()

    setattr(program, field, value)
    with pytest.raises(ValidationError) as error:
        program.full_clean()
    assert field in error.value.message_dict


@pytest.mark.parametrize("field, value", [("doi", "https://doi.org/10.1158/1"), ("pubmed_id", "PMID1")])
def test_a_publication_page_with_a_bad_identifier_does_not_validate(publication_index, field, value):
    publication = factories.PublicationPageFactory(
        parent=publication_index, doi="10.1158/2159-8290.CD-17-0006", pubmed_id="28432176"
    )
    publication.full_clean()

    setattr(publication, field, value)
    with pytest.raises(ValidationError) as error:
        publication.full_clean()
    assert field in error.value.message_dict
