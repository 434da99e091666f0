"""Publications as BibTeX and RIS, the two formats reference managers import."""

import re
import unicodedata
from collections.abc import Iterable
from typing import Protocol

from django.http import HttpResponse
from django.utils.translation import gettext


class Citable(Protocol):
    """What a citation is written from: the fields of a publication page, and its address."""

    title: str
    authors: str
    journal: str
    year: int
    volume: str
    issue: str
    pages: str
    doi: str
    pubmed_id: str
    abstract: str

    def get_full_url(self, request=None) -> str: ...


# Braces are written as commands, not as \{ and \}: BibTeX counts every brace, escaped or not, so an
# unbalanced one in a title would swallow the rest of the file.
BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
# Fields that reference managers read verbatim (a DOI may hold "_" or "%"): only braces are unsafe there.
BIBTEX_VERBATIM_FIELDS = {"doi", "url"}

TRAILING_ET_AL = re.compile(r"[,;]?\s*\bet\.?\s+al\b\.?\s*$", re.IGNORECASE)


def split_authors(authors: str) -> list[str]:
    """The named authors; a trailing "et al." is dropped (see `has_more_authors`)."""
    named = TRAILING_ET_AL.sub("", authors.strip())
    return [name.strip() for name in re.split(r"[;,]\s*(?=\S)", named) if name.strip()]


def has_more_authors(authors: str) -> bool:
    return bool(TRAILING_ET_AL.search(authors.strip()))


def surname_first(name: str) -> str:
    """ "Le Deley MC" as "Le Deley, MC": reference managers read "Surname Initials" without a comma as
    a first name followed by a surname."""
    *surname, last_word = name.split()
    initials = last_word.replace(".", "").replace("-", "")
    if surname and initials.isalpha() and initials.isupper() and len(initials) <= 4:
        return f"{' '.join(surname)}, {last_word}"
    return name


def _bibtex_escape(value: str) -> str:
    return "".join(BIBTEX_SPECIAL.get(character, character) for character in value)


def _bibtex_verbatim(value: str) -> str:
    return value.replace("{", "%7B").replace("}", "%7D")


def _ascii_word(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", ascii_text)


def citation_key(publication: Citable) -> str:
    authors = split_authors(publication.authors)
    first_author = _ascii_word(authors[0].split()[0]) if authors else "anon"
    first_word = next((_ascii_word(word) for word in publication.title.split() if _ascii_word(word)), "")
    return f"{first_author}{publication.year}{first_word}".lower()


def _page_range(pages: str) -> tuple[str, str]:
    start, _, end = re.sub(r"[\u2010-\u2015]", "-", pages).partition("-")
    return start.strip(), end.strip("- ")


def to_bibtex(publications: Iterable[Citable], request=None) -> str:
    entries = []
    used_keys: set[str] = set()
    for publication in publications:
        # Two articles by the same first author, the same year and on the same first word get "a", "b"...
        base_key = key = citation_key(publication)
        suffix = ord("a")
        while key in used_keys:
            key, suffix = f"{base_key}{chr(suffix)}", suffix + 1
        used_keys.add(key)

        start_page, end_page = _page_range(publication.pages)
        authors = [surname_first(name) for name in split_authors(publication.authors)]
        if has_more_authors(publication.authors):
            authors.append("others")
        fields = [
            ("title", publication.title),
            ("author", " and ".join(authors)),
            ("journal", publication.journal),
            ("year", str(publication.year)),
            ("volume", publication.volume),
            ("number", publication.issue),
            ("pages", f"{start_page}--{end_page}" if end_page else start_page),
            ("doi", publication.doi),
            ("pmid", publication.pubmed_id),
            ("url", publication.get_full_url(request)),
        ]
        body = ",\n".join(
            f"  {name} = {{{_bibtex_verbatim(value) if name in BIBTEX_VERBATIM_FIELDS else _bibtex_escape(value)}}}"
            for name, value in fields
            if value
        )
        entries.append(f"@article{{{key},\n{body}\n}}\n")
    return "\n".join(entries)


def to_ris(publications: Iterable[Citable], request=None) -> str:
    records = []
    for publication in publications:
        start_page, end_page = _page_range(publication.pages)
        lines = [("TY", "JOUR"), ("TI", publication.title)]
        lines += [("AU", surname_first(author)) for author in split_authors(publication.authors)]
        lines += [
            ("T2", publication.journal),
            ("JO", publication.journal),
            ("PY", str(publication.year)),
            ("VL", publication.volume),
            ("IS", publication.issue),
            ("SP", start_page),
            ("EP", end_page),
            ("DO", publication.doi),
            ("AN", publication.pubmed_id),
            ("AB", publication.abstract),
            ("UR", publication.get_full_url(request)),
        ]
        # One line per tag: a line break inside a value would start a line the format cannot read.
        records.append(
            "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines if value and value.strip())
            + "ER  - \r\n"
        )
    return "\r\n".join(records)


CITATION_FORMATS = {
    "bibtex": ("bib", "application/x-bibtex; charset=utf-8", to_bibtex),
    "ris": ("ris", "application/x-research-info-systems; charset=utf-8", to_ris),
}


def citation_response(publications, file_stem: str, citation_format: str, request) -> HttpResponse:
    if citation_format not in CITATION_FORMATS:
        return HttpResponse(gettext("Citations are available as bibtex or ris."), status=404, content_type="text/plain")
    extension, content_type, formatter = CITATION_FORMATS[citation_format]
    response = HttpResponse(formatter(publications, request), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{file_stem}.{extension}"'
    return response
