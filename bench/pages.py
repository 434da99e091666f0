"""The page types the benchmark measures, and the address of one of each in the database at hand.

In French, the site's first language. Where a type has many pages, the one measured is the one with the most to
show: the program with the most news, the cancer with the most programs; the news and the publication that
their indexes list first.
"""

from django.db.models import Count
from django.utils import translation

from wagtail.models import Locale, Site

from cancers.models import CancerPage
from programs.models import NewsIndexPage, NewsPage, ProgramIndexPage, ProgramPage, PublicationPage

LANGUAGE_CODE = "fr"
# A word of the demo's French text and of the example content's filler: results on every page type.
SEARCH_QUERY = "recherche"

PAGE_TYPES = (
    "home",
    "program index",
    "program",
    "cancer",
    "news index",
    "news",
    "publication",
    "search",
    "API listing",
    "feed",
    "sitemap",
)


CONTENT_TYPES = {"programs": ProgramPage, "cancers": CancerPage, "news": NewsPage, "publications": PublicationPage}


class MissingPage(LookupError):
    pass


def page_urls() -> dict[str, str]:
    """Each page type's address (root-relative), in the order of PAGE_TYPES."""
    with translation.override(LANGUAGE_CODE):
        locale = Locale.objects.get(language_code=LANGUAGE_CODE)
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.get_translation(locale)
        busiest_program = ProgramPage.objects.listed().annotate(news_count=Count("news_pages"))
        busiest_cancer = CancerPage.objects.listed().annotate(program_count=Count("targeting_programs"))
        pages = {
            "home": home,
            "program index": ProgramIndexPage.objects.listed().first(),
            "program": busiest_program.order_by("-news_count", "path").first(),
            "cancer": busiest_cancer.order_by("-program_count", "path").first(),
            "news index": NewsIndexPage.objects.listed().first(),
            "news": NewsPage.objects.listed().first(),
            "publication": PublicationPage.objects.listed().first(),
        }
        missing = [name for name, page in pages.items() if page is None]
        if missing:
            raise MissingPage(f"No published {', '.join(missing)} page in {LANGUAGE_CODE}: load the demo content.")
        urls = {name: page.get_url() for name, page in pages.items()}
    urls["search"] = f"/{LANGUAGE_CODE}/search/?q={SEARCH_QUERY}"
    urls["API listing"] = (
        f"/api/v2/pages/?type=programs.NewsPage&locale={LANGUAGE_CODE}&fields=date,summary,programs&order=-date"
    )
    urls["feed"] = f"/{LANGUAGE_CODE}/feeds/news/rss.xml"
    # The first page of the sitemap (2,000 addresses at scale); the index at /sitemap.xml only counts them.
    urls["sitemap"] = "/sitemap-pages.xml"
    return {name: urls[name] for name in PAGE_TYPES}


def content_counts() -> dict[str, int]:
    """How many pages of each listed type the site has in the measured language: the size of what is measured."""
    with translation.override(LANGUAGE_CODE):
        return {kind: model.objects.listed().count() for kind, model in CONTENT_TYPES.items()}
