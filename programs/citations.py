"""Publications as BibTeX and RIS, the two formats reference managers import."""

import re
import unicodedata
from collections.abc import Iterable

from programs.models import PublicationPage

BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$", "#": r"\#"}


ET_AL = re.compile(r"^et\.? al\.?$", re.IGNORECASE)


def split_authors(authors: str) -> list[str]:
    """The named authors; a trailing "et al." is dropped (see `has_more_authors`)."""
    names = [name.strip() for name in re.split(r"[;,]\s*(?=\S)", authors) if name.strip()]
    return [name for name in names if not ET_AL.match(name)]


def has_more_authors(authors: str) -> bool:
    return bool(re.search(r"\bet\.? al\.?\s*$", authors.strip(), re.IGNORECASE))


def _bibtex_escape(value: str) -> str:
    return "".join(BIBTEX_SPECIAL.get(character, character) for character in value)


def _ascii_word(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", ascii_text)


def citation_key(publication: PublicationPage) -> str:
    authors = split_authors(publication.authors)
    first_author = _ascii_word(authors[0].split()[0]) if authors else "anon"
    first_word = next((_ascii_word(word) for word in publication.title.split() if _ascii_word(word)), "")
    return f"{first_author}{publication.year}{first_word}".lower() or f"publication{publication.pk}"


def _page_range(pages: str) -> tuple[str, str]:
    start, _, end = pages.replace("–", "-").partition("-")
    return start.strip(), end.strip()


def to_bibtex(publications: Iterable[PublicationPage], request=None) -> str:
    entries = []
    for publication in publications:
        fields = [
            ("title", publication.title),
            (
                "author",
                " and ".join(
                    split_authors(publication.authors) + (["others"] if has_more_authors(publication.authors) else [])
                ),
            ),
            ("journal", publication.journal),
            ("year", str(publication.year)),
            ("volume", publication.volume),
            ("number", publication.issue),
            ("pages", publication.pages.replace("-", "--") if publication.pages else ""),
            ("doi", publication.doi),
            ("pmid", publication.pubmed_id),
            ("url", publication.get_full_url(request)),
        ]
        body = ",\n".join(f"  {name} = {{{_bibtex_escape(value)}}}" for name, value in fields if value)
        entries.append(f"@article{{{citation_key(publication)},\n{body}\n}}\n")
    return "\n".join(entries)


def to_ris(publications: Iterable[PublicationPage], request=None) -> str:
    records = []
    for publication in publications:
        start_page, end_page = _page_range(publication.pages)
        lines = [("TY", "JOUR"), ("TI", publication.title)]
        lines += [("AU", author) for author in split_authors(publication.authors)]
        lines += [
            ("JO", publication.journal),
            ("PY", str(publication.year)),
            ("VL", publication.volume),
            ("IS", publication.issue),
            ("SP", start_page),
            ("EP", end_page),
            ("DO", publication.doi),
            ("AN", publication.pubmed_id),
            ("AB", " ".join(publication.abstract.split())),
            ("UR", publication.get_full_url(request)),
        ]
        records.append("".join(f"{tag}  - {value}\r\n" for tag, value in lines if value) + "ER  - \r\n")
    return "\r\n".join(records)
