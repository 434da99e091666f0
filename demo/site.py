"""Builds the whole demo site in order: each step needs the pages and snippets made before it.

The site is French first: the French pages and snippets are built from `demo.fr`, then translated
into English with wagtail-localize, from the English entries of `demo` (see `translation`).
"""

from dataclasses import dataclass
from types import ModuleType
from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Locale, Page, Site

from cancers.models import CancerIndexPage, CancerPage
from charity.models import (
    CharitySettings,
    DonatePage,
    HomePage,
    ImpactFigures,
    Partner,
    Person,
    StandardPage,
)
from charity.models.donate import SuggestedAmount
from programs.models import (
    NewsIndexPage,
    NewsPage,
    ProgramIndexPage,
    ProgramPage,
    PublicationIndexPage,
    PublicationPage,
)

from . import blocks, cancers, fr, images, news, pages, programs, publications, snippets
from .blocks import DONATE_PAGE, to_stream
from .builder import Builder, root_page
from .fr import blocks as fr_blocks
from .fr import cancers as fr_cancers
from .fr import images as fr_images
from .fr import news as fr_news
from .fr import pages as fr_pages
from .fr import programs as fr_programs
from .fr import publications as fr_publications
from .fr import snippets as fr_snippets
from .images import ensure_document, ensure_image, palette_for
from .translation import translate

WELCOME_PAGE_TITLE = "Welcome to your new Wagtail site!"
SITE_NAME = "Imagine for Margo"


@dataclass(frozen=True)
class Language:
    """One language's demo content: the same modules, entries and blocks in each language."""

    code: str
    pages: ModuleType
    cancers: ModuleType
    programs: ModuleType
    news: ModuleType
    publications: ModuleType
    snippets: ModuleType
    blocks: ModuleType
    images: ModuleType


ENGLISH = Language("en", pages, cancers, programs, news, publications, snippets, blocks, images)
FRENCH = Language(
    fr.LANGUAGE_CODE, fr_pages, fr_cancers, fr_programs, fr_news, fr_publications, fr_snippets, fr_blocks, fr_images
)


def english_slug(entry: dict) -> str:
    """The slug of the English entry an entry stands for: block ids and pairings are keyed on it."""
    return entry.get("source_slug", entry.get("slug", ""))


def illustration(language: Language, english_title: str, title_and_subject: tuple[str, str], word: str):
    """An illustration in `language`; both languages' pictures share the palette of the English one's title."""
    title, subject = title_and_subject
    palette = palette_for(english_title)
    return ensure_image(title, word, language.images.illustration_description(word, palette, subject), palette)


class DemoSite:
    def __init__(self):
        self.builder = Builder()
        self.references: dict[str, int] = {}
        # Each French page or snippet built, with its English counterpart (unsaved), in the order to translate.
        self.counterparts: list[tuple[object, object]] = []

    @property
    def counts(self):
        return self.builder.counts

    def build(self):
        french = Locale.objects.get_or_create(language_code=FRENCH.code)[0]
        english = Locale.objects.get_or_create(language_code=ENGLISH.code)[0]
        self.locale = french
        home = self.home()
        self.site(home)
        donate = self.donate(home)
        self.references[DONATE_PAGE] = donate.pk
        self.snippets()
        self.general_pages(home)
        cancer_pages = self.cancers(self.index(home, CancerIndexPage, "cancers"))
        program_pages = self.programs(self.index(home, ProgramIndexPage, "programs"), cancer_pages)
        self.news(self.index(home, NewsIndexPage, "news"), program_pages, cancer_pages)
        self.publications(self.index(home, PublicationIndexPage, "publications"), program_pages)
        self.home(featured=[program_pages[slug] for slug in FRENCH.programs.HOME_FEATURED])
        self.translate_into(english)

    def translate_into(self, locale):
        for built, counterpart in self.counterparts:
            # As stored now: the builder's instance predates its publication.
            source = type(built).objects.get(pk=built.pk)
            _translation, changed = translate(source, counterpart, locale)
            kind = "pages" if isinstance(source, Page) else "snippets"
            self.counts[f"English {kind} {'translated' if changed else 'unchanged'}"] += 1
        # The English home page was translated before the programs it features: point it at their translations.
        english_home = HomePage.objects.filter(locale=locale).first()
        if english_home is not None and english_home.featured_programs.exclude(program__locale=locale).exists():
            english_home.save_revision().publish()

    # Pairing ----------------------------------------------------------------------------------------------

    def pair(self, source, counterpart):
        self.counterparts.append((source, counterpart))

    def stream(self, key, entries, references=None):
        return to_stream(key, entries, references or self.references)

    # Site and snippets ------------------------------------------------------------------------------------

    def home(self, featured=None):
        root = root_page()
        welcome = (
            root.get_children()
            .filter(title=WELCOME_PAGE_TITLE, content_type__app_label="wagtailcore", content_type__model="page")
            .first()
        )
        if welcome is not None:
            # Deleting a page deletes the sites rooted on it: move them to the root first.
            Site.objects.filter(root_page=welcome).update(root_page=root)
            welcome.delete()
            self.counts["default welcome page deleted"] += 1

        def fields(language):
            data = language.pages.HOME
            english_title, _subject = ENGLISH.images.home_illustration()
            hero = illustration(language, english_title, language.images.home_illustration(), SITE_NAME)
            return {key: data[key] for key in ENGLISH.pages.HOME} | {"hero_image": hero}

        children = {"featured_programs": [{"program": program} for program in featured]} if featured else None
        home = self.builder.page(root, HomePage, FRENCH.pages.HOME["slug"], fields(FRENCH), children=children)
        if featured is None:
            self.pair(home, HomePage(slug="home", **fields(ENGLISH)))
        return home

    def site(self, home):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first() or Site()
        # The site's address is the one the admin is served at, so that absolute links work where it runs.
        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname = base_url.hostname or "localhost"
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
        site.root_page = home
        site.site_name = SITE_NAME
        site.is_default_site = True
        site.save()
        figures = ImpactFigures.for_site(site)
        figures.since_year = 2011
        figures.research_funding_millions = 20
        figures.programs_funded = 61
        figures.children_benefited = 7200
        figures.therapies_tested = 119
        figures.save()
        # No donation URL, contact or social link is published in the seed: only make sure the settings exist,
        # and keep whatever an administrator has already entered.
        CharitySettings.for_site(site)

    def snippets(self):
        english_people = {person["name"]: person for person in ENGLISH.snippets.PEOPLE}
        for person in FRENCH.snippets.PEOPLE:
            fields = _without_pairing(person)
            instance = self.builder.snippet(Person, {"name": person["name"], "locale": self.locale}, fields)
            self.pair(instance, Person(**english_people[person["source_name"]]))
        english_partners = {partner["name"]: partner for partner in ENGLISH.snippets.PARTNERS}
        self.partners = {}
        for partner in FRENCH.snippets.PARTNERS:
            fields = _without_pairing(partner)
            instance = self.builder.snippet(Partner, {"name": partner["name"], "locale": self.locale}, fields)
            self.pair(instance, Partner(**english_partners[partner["source_name"]]))
            self.partners[partner["source_name"]] = instance

    # General pages ----------------------------------------------------------------------------------------

    def index(self, home, model, slug):
        def fields(language):
            return {**_texts(language.pages.INDEXES[slug], ("title", "intro")), "show_in_menus": True}

        index = self.builder.page(home, model, FRENCH.pages.INDEXES[slug]["slug"], fields(FRENCH))
        self.pair(index, model(slug=slug, **fields(ENGLISH)))
        return index

    def donate(self, home):
        def fields(language):
            data = language.pages.DONATE
            return {
                **_texts(data, ("title", "intro", "tax_explanation")),
                "body": self.stream("donate", data["body"]),
                "show_in_menus": False,
            }

        def amounts(language):
            return [
                {"amount": amount, "what_it_funds": text} for amount, text in language.pages.DONATE["suggested_amounts"]
            ]

        donate = self.builder.page(
            home,
            DonatePage,
            FRENCH.pages.DONATE["slug"],
            fields(FRENCH),
            children={"suggested_amounts": amounts(FRENCH)},
        )
        counterpart = DonatePage(slug="donate", **fields(ENGLISH))
        french_rows = list(donate.suggested_amounts.all())
        counterpart.suggested_amounts = [
            SuggestedAmount(translation_key=row.translation_key, locale=self.locale, sort_order=position, **english)
            for position, (row, english) in enumerate(zip(french_rows, amounts(ENGLISH), strict=True))
        ]
        self.pair(donate, counterpart)
        return donate

    def general_pages(self, home):
        # French and English annual reports are different documents: each language's pages name their own.
        self.english_references = dict(self.references)
        for language, references in ((FRENCH, self.references), (ENGLISH, self.english_references)):
            for report in language.pages.ANNUAL_REPORTS:
                references[report["title"]] = ensure_document(report["title"], report["lines"]).pk
        about = self.standard_page(home, "ABOUT", show_in_menus=True)
        self.standard_page(about, "GOVERNANCE")
        self.standard_page(home, "LEGAL_NOTICE", show_in_footer=True)
        self.standard_page(home, "PRIVACY_POLICY", show_in_footer=True)

    def standard_page(self, parent, name, show_in_menus=False, show_in_footer=False):
        def fields(language, references):
            data = getattr(language.pages, name)
            return {
                **_texts(data, ("title", "summary")),
                "body": self.stream(english_slug(data), data["body"], references),
                "show_in_menus": show_in_menus,
                "show_in_footer": show_in_footer,
            }

        french = getattr(FRENCH.pages, name)
        page = self.builder.page(parent, StandardPage, french["slug"], fields(FRENCH, self.references))
        counterpart = StandardPage(slug=english_slug(french), **fields(ENGLISH, self.english_references))
        self.pair(page, counterpart)
        return page

    # Cancers, programs, news and publications -------------------------------------------------------------

    def cancers(self, index) -> dict[str, CancerPage]:
        english = {data["slug"]: data for data in ENGLISH.cancers.CANCERS}
        cancer_pages = {}
        for french in FRENCH.cancers.CANCERS:
            slug = english_slug(french)
            fields = self.cancer_fields(FRENCH, french, english[slug])
            page = self.builder.page(index, CancerPage, french["slug"], fields)
            self.pair(page, CancerPage(slug=slug, **self.cancer_fields(ENGLISH, english[slug], english[slug])))
            cancer_pages[slug] = page
        return cancer_pages

    def cancer_fields(self, language, data, english):
        slug = english["slug"]
        word = data["other_names"] if slug in ("dipg", "anaplastic-large-cell-lymphoma") else data["title"]
        english_title, _subject = ENGLISH.images.cancer_illustration(english["title"])
        image = illustration(language, english_title, language.images.cancer_illustration(data["title"]), word)
        return {
            **_texts(data, ("title", "other_names", "category", "summary")),
            "image": image,
            "key_figures": self.stream(f"cancers/{slug}/key-figures", data["key_figures"]),
            "body": self.stream(f"cancers/{slug}", data["body"]),
        }

    def programs(self, index, cancer_pages) -> dict[str, ProgramPage]:
        english = {data["slug"]: data for data in ENGLISH.programs.PROGRAMS}
        program_pages = {}
        for french in FRENCH.programs.PROGRAMS:
            slug = english_slug(french)
            relations = {
                "cancers": [cancer_pages[cancer] for cancer in french["cancers"]],
                "partners": [self.partners[name] for name in french.get("partners", [])],
            }
            fields = self.program_fields(FRENCH, french, slug)
            page = self.builder.page(index, ProgramPage, french["slug"], fields, relations)
            self.pair(page, ProgramPage(slug=slug, **self.program_fields(ENGLISH, english[slug], slug)))
            program_pages[slug] = page
        return program_pages

    def program_fields(self, language, data, slug):
        acronym = data["acronym"]
        english_title, _subject = ENGLISH.images.program_illustration(acronym)
        image = illustration(language, english_title, language.images.program_illustration(acronym), acronym)
        return {
            **_texts(data, ("title", "acronym", "summary", "theme", "status")),
            "full_name": data.get("full_name", ""),
            "image": image,
            "start_year": data.get("start_year"),
            "children_included": data.get("children_included"),
            "headline_result": data.get("headline_result", ""),
            **language.programs.TRIALS[slug],
            "body": self.stream(f"programs/{slug}", data["body"]),
        }

    def news(self, index, program_pages, cancer_pages):
        english = {data["slug"]: data for data in ENGLISH.news.NEWS}
        for french in FRENCH.news.NEWS:
            slug = english_slug(french)
            related = [program_pages[program] for program in french["programs"]]
            relations = {"programs": related, "cancers": [cancer_pages[cancer] for cancer in french["cancers"]]}
            fields = self.news_fields(FRENCH, french, english[slug], related)
            page = self.builder.page(index, NewsPage, french["slug"], fields, relations)
            self.pair(page, NewsPage(slug=slug, **self.news_fields(ENGLISH, english[slug], english[slug], related)))

    def news_fields(self, language, data, english, related):
        word = related[0].acronym if len(related) == 1 else language.images.RESEARCH_NEWS_WORD
        english_title, _subject = ENGLISH.images.news_illustration(english["title"])
        image = illustration(language, english_title, language.images.news_illustration(data["title"]), word)
        notes = language.blocks
        body = [*data["body"], notes.donate_call(), notes.note(notes.EXAMPLE_NEWS_DATE_NOTE)]
        return {
            **_texts(data, ("title", "date", "summary")),
            "image": image,
            "body": self.stream(f"news/{english['slug']}", body),
        }

    def publications(self, index, program_pages):
        english = {data["slug"]: data for data in ENGLISH.publications.PUBLICATIONS}
        for french in FRENCH.publications.PUBLICATIONS:
            slug = english_slug(french)

            def fields(language, data):
                return {
                    **_texts(data, ("title", "authors", "year")),
                    "abstract": data.get("abstract", ""),
                    **{name: data.get(name, "") for name in language.publications.REFERENCE_FIELDS},
                }

            relations = {"programs": [program_pages[program] for program in french["programs"]]}
            page = self.builder.page(index, PublicationPage, french["slug"], fields(FRENCH, french), relations)
            self.pair(page, PublicationPage(slug=slug, **fields(ENGLISH, english[slug])))


def _texts(data: dict, keys) -> dict:
    return {key: data[key] for key in keys}


def _without_pairing(entry: dict) -> dict:
    return {key: value for key, value in entry.items() if key not in {"source_name", "source_slug", "source_title"}}


def home_page_exists() -> bool:
    return HomePage.objects.exists()
