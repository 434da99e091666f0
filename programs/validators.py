"""Identifiers of the research world, checked on entry and turned into links on the page."""

import re

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

validate_doi = RegexValidator(
    r"^10\.\d{4,9}/\S+$", _('Enter a DOI such as "10.1158/2159-8290.CD-00-0000", without "https://doi.org/".')
)
validate_pubmed_id = RegexValidator(r"^\d{1,9}$", _("A PubMed ID is a number of up to nine digits."))
validate_nct_number = RegexValidator(r"^NCT\d{8}$", _('A ClinicalTrials.gov identifier looks like "NCT01234567".'))

EU_CT_PATTERN = re.compile(r"^\d{4}-5\d{5}-\d{2}-\d{2}$")
EUDRACT_PATTERN = re.compile(r"^\d{4}-\d{6}-\d{2}$")
validate_eu_trial_number = RegexValidator(
    rf"{EU_CT_PATTERN.pattern}|{EUDRACT_PATTERN.pattern}",
    _('Enter an EU CT number ("2023-501234-12-00") or a EudraCT number ("2012-000123-45").'),
)


def doi_url(doi: str) -> str:
    return f"https://doi.org/{doi}"


def pubmed_url(pubmed_id: str) -> str:
    return f"https://pubmed.ncbi.nlm.nih.gov/{pubmed_id}/"


def nct_url(nct_number: str) -> str:
    return f"https://clinicaltrials.gov/study/{nct_number}"


def eu_trial_url(number: str) -> str:
    if EU_CT_PATTERN.match(number):
        return f"https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT={number}"
    return f"https://www.clinicaltrialsregister.eu/ctr-search/search?query={number}"
