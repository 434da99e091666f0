"""Builds the whole demo site in order: each step needs the pages and snippets made before it."""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site

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
from programs.models import (
    NewsIndexPage,
    NewsPage,
    ProgramIndexPage,
    ProgramPage,
    PublicationIndexPage,
    PublicationPage,
)

from . import cancers, news, pages, programs, publications, snippets
from .blocks import DONATE_PAGE, EXAMPLE_NEWS_DATE_NOTE, donate_call, note, to_stream
from .builder import Builder, root_page
from .images import ensure_document, ensure_illustration

WELCOME_PAGE_TITLE = "Welcome to your new Wagtail site!"
SITE_NAME = "Imagine for Margo"


class DemoSite:
    def __init__(self):
        self.builder = Builder()
        self.references: dict[str, int] = {}

    @property
    def counts(self):
        return self.builder.counts

    def build(self):
        home = self.home()
        self.site(home)
        donate = self.donate(home)
        self.references[DONATE_PAGE] = donate.pk
        for person in snippets.PEOPLE:
            self.builder.snippet(Person, {"name": person["name"]}, person)
        partners = {
            partner["name"]: self.builder.snippet(Partner, {"name": partner["name"]}, partner)
            for partner in snippets.PARTNERS
        }
        self.general_pages(home)
        cancer_pages = self.cancers(self.index(home, CancerIndexPage, "cancers"))
        program_pages = self.programs(self.index(home, ProgramIndexPage, "programs"), cancer_pages, partners)
        self.news(self.index(home, NewsIndexPage, "news"), program_pages, cancer_pages)
        self.publications(self.index(home, PublicationIndexPage, "publications"), program_pages)
        self.home(featured=[program_pages[slug] for slug in programs.HOME_FEATURED])

    def stream(self, key, blocks):
        return to_stream(key, blocks, self.references)

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
        hero = ensure_illustration("Illustration: home page", SITE_NAME, "the home page of Imagine for Margo")
        fields = {**pages.HOME, "hero_image": hero}
        children = {"featured_programs": [{"program": program} for program in featured]} if featured else None
        return self.builder.page(root, HomePage, "home", fields, children=children)

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

    def index(self, home, model, slug):
        fields = {**pages.INDEXES[slug], "show_in_menus": True}
        return self.builder.page(home, model, slug, fields)

    def donate(self, home):
        data = pages.DONATE
        fields = {
            "title": data["title"],
            "intro": data["intro"],
            "body": self.stream("donate", data["body"]),
            "tax_explanation": data["tax_explanation"],
            "show_in_menus": False,
        }
        amounts = [{"amount": amount, "what_it_funds": text} for amount, text in data["suggested_amounts"]]
        return self.builder.page(home, DonatePage, "donate", fields, children={"suggested_amounts": amounts})

    def general_pages(self, home):
        for report in pages.ANNUAL_REPORTS:
            self.references[report["title"]] = ensure_document(report["title"], report["lines"]).pk
        about = self.standard_page(home, pages.ABOUT, show_in_menus=True)
        self.standard_page(about, pages.GOVERNANCE)
        self.standard_page(home, pages.LEGAL_NOTICE, show_in_footer=True)
        self.standard_page(home, pages.PRIVACY_POLICY, show_in_footer=True)

    def standard_page(self, parent, data, show_in_menus=False, show_in_footer=False):
        fields = {
            "title": data["title"],
            "summary": data["summary"],
            "body": self.stream(data["slug"], data["body"]),
            "show_in_menus": show_in_menus,
            "show_in_footer": show_in_footer,
        }
        return self.builder.page(parent, StandardPage, data["slug"], fields)

    def cancers(self, index) -> dict[str, CancerPage]:
        cancer_pages = {}
        for data in cancers.CANCERS:
            word = data["other_names"] if data["slug"] in ("dipg", "anaplastic-large-cell-lymphoma") else data["title"]
            image = ensure_illustration(f"Illustration: {data['title']}", word, f"the page on {data['title']}")
            fields = {
                "title": data["title"],
                "other_names": data["other_names"],
                "category": data["category"],
                "summary": data["summary"],
                "image": image,
                "key_figures": self.stream(f"cancers/{data['slug']}/key-figures", data["key_figures"]),
                "body": self.stream(f"cancers/{data['slug']}", data["body"]),
            }
            cancer_pages[data["slug"]] = self.builder.page(index, CancerPage, data["slug"], fields)
        return cancer_pages

    def programs(self, index, cancer_pages, partners) -> dict[str, ProgramPage]:
        program_pages = {}
        for data in programs.PROGRAMS:
            slug = data["slug"]
            image = ensure_illustration(
                f"Illustration: {data['acronym']} program", data["acronym"], f"the {data['acronym']} program"
            )
            fields = {
                "title": data["title"],
                "acronym": data["acronym"],
                "full_name": data.get("full_name", ""),
                "summary": data["summary"],
                "image": image,
                "theme": data["theme"],
                "status": data["status"],
                "start_year": data.get("start_year"),
                "children_included": data.get("children_included"),
                "headline_result": data.get("headline_result", ""),
                **programs.TRIALS[slug],
                "body": self.stream(f"programs/{slug}", data["body"]),
            }
            relations = {
                "cancers": [cancer_pages[cancer] for cancer in data["cancers"]],
                "partners": [partners[name] for name in data.get("partners", [])],
            }
            program_pages[slug] = self.builder.page(index, ProgramPage, slug, fields, relations)
        return program_pages

    def news(self, index, program_pages, cancer_pages):
        for data in news.NEWS:
            related = [program_pages[slug] for slug in data["programs"]]
            word = related[0].acronym if len(related) == 1 else "Research news"
            image = ensure_illustration(f"Illustration: {data['title']}", word, f"the news item “{data['title']}”")
            body = [*data["body"], donate_call(), note(EXAMPLE_NEWS_DATE_NOTE)]
            fields = {
                "title": data["title"],
                "date": data["date"],
                "summary": data["summary"],
                "image": image,
                "body": self.stream(f"news/{data['slug']}", body),
            }
            relations = {"programs": related, "cancers": [cancer_pages[slug] for slug in data["cancers"]]}
            self.builder.page(index, NewsPage, data["slug"], fields, relations)

    def publications(self, index, program_pages):
        for data in publications.PUBLICATIONS:
            fields = {
                "title": data["title"],
                "authors": data["authors"],
                "year": data["year"],
                "abstract": data.get("abstract", ""),
                **{name: data.get(name, "") for name in publications.REFERENCE_FIELDS},
            }
            relations = {"programs": [program_pages[slug] for slug in data["programs"]]}
            self.builder.page(index, PublicationPage, data["slug"], fields, relations)


def home_page_exists() -> bool:
    return HomePage.objects.exists()
