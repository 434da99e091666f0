"""The French demo content: the counterpart of every English entry in `demo`, module by module.

Each French module mirrors its English one: the same names (HOME, INDEXES, CANCERS, PROGRAMS, NEWS…),
the same entries in the same order, the same keys and the same blocks in the same order, so that a
builder can walk both languages in parallel.

How an entry pairs with its English counterpart:

- a page carries "slug" (its French slug) and "source_slug" (the slug of the English page it
  translates). The English home page, donate page and section indexes get their slugs from the site
  builder ("home", "donate", and the keys of INDEXES); their French entries carry both keys too;
- a person or a partner carries "source_name" (the English snippet's name), an example document
  "source_title" (the English document's title);
- everything that is not text (years, amounts, dates, themes, statuses, categories, heading levels)
  is taken from the English entry, and relations to other pages or snippets keep naming them by
  their English slug or name: the builder finds the French pages through "source_slug".

The texts follow French typography: non-breaking spaces before colons, semicolons, question and
exclamation marks, closing guillemets and the percent and euro signs, after opening guillemets and
between groups of digits, and typographic apostrophes.
"""

LANGUAGE_CODE = "fr"


def merged(source: dict, french: dict, pairing: dict) -> dict:
    """`source` with the French values in place of its texts, and the key that pairs the two entries."""
    unknown = set(french) - set(source) - {"slug"}
    if unknown:
        raise KeyError(f"{pairing} has no {', '.join(sorted(unknown))} to translate")
    return {**source, **french, **pairing}


def translation_of(source: dict, source_slug: str | None = None, **french) -> dict:
    """The French page entry translating the English page entry `source`.

    `source_slug` is needed only for the pages whose English entry has no "slug" (home, donate, indexes).
    A French value for a key the English entry lacks is refused: a misspelt key would leave English text.
    """
    return merged(source, french, {"source_slug": source_slug or source["slug"]})
