"""The French demo content mirrors the English one: a French page for every English page and no other,
the same keys and the same blocks in the same order, the same non-text values and the same figures,
and texts that are actually written in French, with French typography. No database is needed."""

import re
from collections import Counter

import pytest

from cancers.models import CancerIndexPage, CancerPage
from charity.blocks import BodyBlock
from charity.models import DonatePage, HomePage, Partner, Person, StandardPage
from charity.models.donate import SuggestedAmount
from demo import blocks, cancers, images, news, pages, programs, publications, snippets
from demo import fr as french
from demo.fr import blocks as fr_blocks
from demo.fr import cancers as fr_cancers
from demo.fr import images as fr_images
from demo.fr import news as fr_news
from demo.fr import pages as fr_pages
from demo.fr import programs as fr_programs
from demo.fr import publications as fr_publications
from demo.fr import snippets as fr_snippets
from programs.models import (
    NewsIndexPage,
    NewsPage,
    ProgramIndexPage,
    ProgramPage,
    PublicationIndexPage,
    PublicationPage,
)

NBSP = "\u00a0\u202f"  # a non-breaking space, or a narrow one
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PAIRING_KEYS = {"slug", "source_slug", "source_name", "source_title"}
BLOCK_TYPES = set(BodyBlock().child_blocks)
# Values that name something rather than say something: the same in both languages.
REFERENCE_KEYS = {"category", "theme", "status", "kind", "level", "page", "cancers", "programs", "partners"}
# Names that French keeps as they are.
PROPER_NOUNS = {
    "Imagine for Margo",
    "Patricia Blanc",
    "David Castel",
    "Innovative Therapies for Children with Cancer",
    "Fight Kids Cancer",
    "ITCC",
    "SFCE",
    "HAS",
    "ANSM",
    "RMS",
    "DIPG",
    "MAPPYACTS",
    "MICCHADO",
    "AcSé-ESMART",
    "Tag-N-TRACK",
    "BIOMEDE",
    "BIOMEDE 2",
    "PATOI",
    "BEACON",
    "BEACON Immuno",
    "BEACON-Neuroblastoma",
    "DigiTwins",
    "RESTRAIN",
    "NIVO-ALCL",
    "SACHA",
    "Publications",
}
ENGLISH_WORDS = re.compile(r"\b(the|and|with|which|our|your|have|has|children|research|treatments?)\b", re.IGNORECASE)

# Page models, to check that the texts fit their fields.
INDEX_MODELS = {
    "cancers": CancerIndexPage,
    "programs": ProgramIndexPage,
    "news": NewsIndexPage,
    "publications": PublicationIndexPage,
}


def english_pages():
    """Every English page, by the slug of its parent, as the site builder places them (with their slugs)."""
    return {
        "": [{**pages.HOME, "slug": "home"}],
        "home": [
            {**pages.DONATE, "slug": "donate"},
            pages.ABOUT,
            pages.LEGAL_NOTICE,
            pages.PRIVACY_POLICY,
            *({**index, "slug": slug} for slug, index in pages.INDEXES.items()),
        ],
        "about-us": [pages.GOVERNANCE],
        "cancers": cancers.CANCERS,
        "programs": programs.PROGRAMS,
        "news": news.NEWS,
        "publications": publications.PUBLICATIONS,
    }


def french_pages():
    """Every French page, by the English slug of its parent."""
    return {
        "": [fr_pages.HOME],
        "home": [
            fr_pages.DONATE,
            fr_pages.ABOUT,
            fr_pages.LEGAL_NOTICE,
            fr_pages.PRIVACY_POLICY,
            *fr_pages.INDEXES.values(),
        ],
        "about-us": [fr_pages.GOVERNANCE],
        "cancers": fr_cancers.CANCERS,
        "programs": fr_programs.PROGRAMS,
        "news": fr_news.NEWS,
        "publications": fr_publications.PUBLICATIONS,
    }


def page_model(parent, slug):
    if parent == "":
        return HomePage
    if parent == "home":
        return INDEX_MODELS.get(slug, DonatePage if slug == "donate" else StandardPage)
    return {
        "about-us": StandardPage,
        "cancers": CancerPage,
        "programs": ProgramPage,
        "news": NewsPage,
        "publications": PublicationPage,
    }[parent]


def entry_pairs():
    """(label, model, English entry, French entry) for every page, person, partner and example document."""
    french_by_parent = french_pages()
    for parent, entries in english_pages().items():
        french_entries = {entry["source_slug"]: entry for entry in french_by_parent[parent]}
        for entry in entries:
            yield (
                f"page {parent}/{entry['slug']}",
                page_model(parent, entry["slug"]),
                entry,
                french_entries[entry["slug"]],
            )
    for model, english, french_entries in [
        (Person, snippets.PEOPLE, fr_snippets.PEOPLE),
        (Partner, snippets.PARTNERS, fr_snippets.PARTNERS),
    ]:
        by_name = {entry["source_name"]: entry for entry in french_entries}
        for entry in english:
            yield f"{model.__name__} {entry['name']}", model, entry, by_name[entry["name"]]
    by_title = {report["source_title"]: report for report in fr_pages.ANNUAL_REPORTS}
    for report in pages.ANNUAL_REPORTS:
        yield f"document {report['title']}", None, report, by_title[report["title"]]


def shared_text_pairs():
    """Texts the site builder adds to pages, and the illustrations' colour words."""
    yield "medical review note", blocks.MEDICAL_REVIEW_NOTE, fr_blocks.MEDICAL_REVIEW_NOTE
    yield "news date note", blocks.EXAMPLE_NEWS_DATE_NOTE, fr_blocks.EXAMPLE_NEWS_DATE_NOTE
    english_call, french_call = blocks.donate_call()[1], fr_blocks.donate_call()[1]
    for key in ("heading", "button_label"):
        yield f"default call to action {key}", english_call[key], french_call[key]
    for palette, words in images.COLOUR_WORDS.items():
        yield f"colours {palette}", words, fr_images.COLOUR_WORDS[palette]


def leaves(english, french, path=()):
    """(path, English value, French value) for every value of two entries, failing where their shapes differ."""
    where = "/".join(map(str, path))
    if isinstance(english, dict):
        assert isinstance(french, dict), where
        assert set(french) - PAIRING_KEYS == set(english) - PAIRING_KEYS, f"{where}: not the same keys"
        for key in english:
            if key not in PAIRING_KEYS:
                yield from leaves(english[key], french[key], (*path, key))
    elif isinstance(english, tuple) and len(english) == 2 and english[0] in BLOCK_TYPES:
        assert isinstance(french, tuple) and french[0] == english[0], f"{where}: {english[0]} block expected"
        yield from leaves(english[1], french[1], (*path, english[0]))
    elif isinstance(english, list | tuple):
        assert type(french) is type(english) and len(french) == len(english), f"{where}: not the same length"
        for position, (english_item, french_item) in enumerate(zip(english, french, strict=True)):
            yield from leaves(english_item, french_item, (*path, position))
    else:
        yield path, english, french


def field_of(path):
    return next(part for part in reversed(path) if isinstance(part, str))


def is_text(path, value):
    return isinstance(value, str) and field_of(path) not in REFERENCE_KEYS | {"document"}


def text_pairs():
    """(where, English text, French text) for every text of the demo that French translates.

    Publications are left out: they keep the titles, authors and journals their articles were published with.
    """
    for label, model, english, french_entry in entry_pairs():
        if model is PublicationPage:
            continue
        for path, english_value, french_value in leaves(english, french_entry):
            if is_text(path, english_value):
                yield f"{label}: {'/'.join(map(str, path))}", english_value, french_value
    yield from shared_text_pairs()


def figures(text):
    """The numbers in a text, whatever their thousands separator: "7,200" and "7 200" are both 7200."""
    return {re.sub(rf"[,{NBSP}]", "", number) for number in re.findall(rf"\d+(?:[,{NBSP}]\d{{3}})*(?!\d)", text)}


def without_tags(text):
    return re.sub(r"<[^>]+>", "", text)


# Pairing


def test_every_english_page_has_exactly_one_french_counterpart_and_vice_versa():
    french_by_parent = french_pages()
    for parent, entries in english_pages().items():
        english_slugs = Counter(entry["slug"] for entry in entries)
        source_slugs = Counter(entry["source_slug"] for entry in french_by_parent[parent])
        assert source_slugs == english_slugs, f"under {parent or 'the root'}"


def test_french_lists_follow_the_english_order():
    for english, french_entries in [
        (cancers.CANCERS, fr_cancers.CANCERS),
        (programs.PROGRAMS, fr_programs.PROGRAMS),
        (news.NEWS, fr_news.NEWS),
        (publications.PUBLICATIONS, fr_publications.PUBLICATIONS),
    ]:
        assert [entry["source_slug"] for entry in french_entries] == [entry["slug"] for entry in english]
    assert list(fr_pages.INDEXES) == list(pages.INDEXES)
    assert [person["source_name"] for person in fr_snippets.PEOPLE] == [person["name"] for person in snippets.PEOPLE]
    assert [partner["source_name"] for partner in fr_snippets.PARTNERS] == [
        partner["name"] for partner in snippets.PARTNERS
    ]
    assert [report["source_title"] for report in fr_pages.ANNUAL_REPORTS] == [
        report["title"] for report in pages.ANNUAL_REPORTS
    ]


def test_french_slugs_are_valid_and_unique_under_their_parent():
    for parent, entries in french_pages().items():
        slugs = [entry["slug"] for entry in entries]
        invalid = [slug for slug in slugs if not SLUG.fullmatch(slug)]
        assert not invalid, f"under {parent or 'the root'}"
        assert len(set(slugs)) == len(slugs), f"duplicate slugs under {parent or 'the root'}"


def test_the_french_home_page_does_not_take_the_english_home_page_slug():
    # Both home pages are children of the root page, where slugs must differ.
    assert fr_pages.HOME["slug"] != "home"


def test_a_misspelt_key_is_refused():
    with pytest.raises(KeyError):
        french.translation_of(pages.ABOUT, sumary="Résumé")


# Structure and non-text values


def test_french_entries_have_the_english_keys_and_non_text_values():
    for label, _model, english, french_entry in entry_pairs():
        for path, english_value, french_value in leaves(english, french_entry):
            if not is_text(path, english_value):
                if field_of(path) == "document":
                    continue
                assert french_value == english_value, f"{label}: {'/'.join(map(str, path))}"


def test_bodies_have_the_same_block_types_in_the_same_order():
    for label, _model, english, french_entry in entry_pairs():
        for field in ("body", "key_figures"):
            if field in english:
                assert [block_type for block_type, _ in french_entry[field]] == [
                    block_type for block_type, _ in english[field]
                ], f"{label}: {field}"


def test_french_documents_are_the_french_example_documents():
    french_titles = {report["source_title"]: report["title"] for report in fr_pages.ANNUAL_REPORTS}
    english_documents = [
        value["document"] for block_type, value in pages.GOVERNANCE["body"] if block_type == "document"
    ]
    french_documents = [
        value["document"] for block_type, value in fr_pages.GOVERNANCE["body"] if block_type == "document"
    ]
    assert french_documents == [french_titles[title] for title in english_documents]


def test_registry_data_and_featured_programs_are_shared():
    assert fr_programs.TRIALS == programs.TRIALS
    assert fr_programs.HOME_FEATURED == programs.HOME_FEATURED
    assert set(fr_images.COLOUR_WORDS) == set(images.COLOUR_WORDS)


# Texts


def test_every_figure_of_an_english_text_is_in_its_french_counterpart_and_no_other():
    for where, english, french_text in text_pairs():
        missing = figures(english) - figures(french_text)
        added = figures(french_text) - figures(english)
        assert not missing, f"{where}: {sorted(missing)} missing from {french_text!r}"
        assert not added, f"{where}: {sorted(added)} not in the English {english!r}"


def test_french_texts_are_not_left_in_english():
    for where, english, french_text in text_pairs():
        if french_text == english:
            assert not french_text or french_text in PROPER_NOUNS or not re.search(r"[^\W\d_]", french_text), where
        words = without_tags(french_text)
        for name in sorted(PROPER_NOUNS, key=len, reverse=True):
            words = words.replace(name, "")
        assert not ENGLISH_WORDS.search(words), f"{where}: {french_text!r}"


def test_french_texts_follow_french_typography():
    for where, _english, french_text in text_pairs():
        text = without_tags(french_text)
        assert not re.search(rf"(?<![{NBSP}])[:;!?%€»]", text), f"{where}: no non-breaking space before a sign"
        assert not re.search(rf"«(?![{NBSP}])", text), f"{where}: « without a non-breaking space after it"
        assert "'" not in text and '"' not in text, f"{where}: straight quotes in {text!r}"
        assert not re.search(r"\d,\d{3}|\d \d{3}(?!\d)", text), f"{where}: English or breakable digit groups"
        assert not re.search(r"\s{2,}|\s[,.]", text), f"{where}: doubled space or space before , or ."
        assert not re.search(r"\bDr\.", text), f"{where}: French writes Dr without a full stop"
        for number in re.findall(r"(?<![\d-])\d{4,}(?!\d)", text):
            assert 1900 <= int(number) <= 2100, f"{where}: {number} should be written in groups of three digits"


def test_french_texts_fit_their_fields():
    body_blocks = BodyBlock().child_blocks
    for label, model, english, french_entry in entry_pairs():
        for path, english_value, french_value in leaves(english, french_entry):
            if not is_text(path, english_value):
                continue
            field = field_of(path)
            block_type = next((part for part in path if part in BLOCK_TYPES), None)
            if block_type in ("heading", "key_figure", "call_to_action", "document"):
                limit = body_blocks[block_type].child_blocks[field].field.max_length
            elif path[0] == "suggested_amounts":
                limit = SuggestedAmount._meta.get_field("what_it_funds").max_length
            elif model is not None and path[0] in {f.name for f in model._meta.get_fields()}:
                limit = getattr(model._meta.get_field(path[0]), "max_length", None)
            else:
                limit = None
            if limit:
                assert len(french_value) <= limit, f"{label}: {'/'.join(map(str, path))} is over {limit} characters"
