"""Publication pages in French: the references stay exactly as their journals published them, in English,
and keep their slugs; only the section around them (pages.INDEXES["publications"]) is in French."""

from .. import publications as en

PUBLICATIONS = [{**publication, "source_slug": publication["slug"]} for publication in en.PUBLICATIONS]

REFERENCE_FIELDS = en.REFERENCE_FIELDS
