"""Site search in the language being read: every public page type, exact names first, promotions, query insights."""

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search.query import And, Or, PlainText

from cancers.models import CancerPage
from charity.images import filter_specs
from charity.listing import paginate
from charity.published import listed
from charity.query_text import MAX_QUERY_LENGTH, clean_query
from programs.models import NewsPage, ProgramPage, PublicationPage

# Longer queries are searched as typed: each word doubles the full-text query, which SQLite caps.
MAX_WORDS_IN_BOTH_NUMBERS = 6
MAX_RESULTS = 300


@dataclass(frozen=True)
class ResultType:
    key: str
    label: str
    models: tuple


RESULT_TYPES = [
    ResultType("program", _("Research programs"), (ProgramPage,)),
    ResultType("cancer", _("Cancers"), (CancerPage,)),
    ResultType("publication", _("Publications"), (PublicationPage,)),
    ResultType("news", _("News"), (NewsPage,)),
    # Anything else that is public (home, donate, index pages, standard pages) is a plain page.
    ResultType("page", _("Pages"), (Page,)),
]
RESULT_TYPES_BY_KEY = {result_type.key: result_type for result_type in RESULT_TYPES}


def fold(text: str) -> str:
    """Lower case without accents, so that "Acse", "ACSÉ" and "acsé" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character)).casefold()


def other_number(word: str) -> str:
    """The word with a final s added or taken away: "cancer" and "cancers", "essai" and "essais"."""
    if len(word) > 3 and word.casefold().endswith("s"):
        return word[:-1]
    return f"{word}s"


def full_text_query(query: str):
    """Every word of the query, each in the singular or the plural.

    Stemming does not always bring the two together (PostgreSQL's French rules give "canc" for "cancer"
    but "cancer" for "cancers"; SQLite does not stem at all), and a visitor looking for "cancer" wants
    the pages about cancers.
    """
    words = list(dict.fromkeys(word.casefold() for word in query.split()))
    if len(words) > MAX_WORDS_IN_BOTH_NUMBERS:
        return PlainText(query)
    return And([Or([PlainText(word), PlainText(other_number(word))]) for word in words])


def compact(text: str) -> str:
    """A folded name without spaces or punctuation: "AcSé-ESMART" and "acse esmart" both give "acseesmart"."""
    return re.sub(r"[\W_]+", "", fold(text))


def name_match(query: str, names: list[str]) -> int | None:
    """0 when the query is one of the names, 1 when it is a word of one of them, None otherwise."""
    query_compact = compact(query)
    if not query_compact:
        return None
    if any(compact(name) == query_compact for name in names):
        return 0
    words = {compact(word) for name in names for word in re.split(r"[\s\-'’(),/]+", name)}
    return 1 if query_compact in words else None


def exact_name_matches(query: str) -> list[int]:
    """Programs whose acronym, and cancers whose name or other names, are the query or one of its words.

    Only pages of the language being read, like the rest of the results.

    A visitor typing "esmart", "Acse" or "wilms" means that program or that cancer: it comes first, and a
    whole name ("BIOMEDE") before the names it is a word of ("BIOMEDE 2").
    """
    ranked = []
    for pk, acronym in ProgramPage.objects.listed().values_list("pk", "acronym"):
        rank = name_match(query, [acronym])
        if rank is not None:
            ranked.append((rank, pk))
    cancers = CancerPage.objects.listed().values_list("pk", "title", "other_names")
    for pk, title, other_names in cancers:
        rank = name_match(query, [title, *other_names.split(",")])
        if rank is not None:
            ranked.append((rank, pk))
    return [pk for _, pk in sorted(ranked, key=lambda item: item[0])]


@dataclass(frozen=True)
class SearchResult:
    page: Page
    result_type: ResultType


def result_type_of(page) -> ResultType:
    return next(result_type for result_type in RESULT_TYPES if isinstance(page, result_type.models))


def load_result_images(results) -> None:
    """The images of one page of results and their renditions, in two queries whatever the page types."""
    pages = [result.page for result in results if getattr(result.page, "image_id", None)]
    images = get_image_model().objects.filter(pk__in={page.image_id for page in pages})
    images_by_id = {image.pk: image for image in images.prefetch_renditions(*filter_specs("search-result"))}
    for page in pages:
        page.image = images_by_id.get(page.image_id)


# Kept by no shared cache: each search is counted (for search promotions and the admin's report).
@cache_control(private=True)
@require_GET
def search(request):
    """Search the pages of the active language (the /fr/ or /en/ prefix), so that results link to that language."""
    raw_query = request.GET.get("q", "")
    query, shortened = clean_query(raw_query)
    chosen_type = RESULT_TYPES_BY_KEY.get(request.GET.get("type", ""))
    context = {
        "view_title": gettext("Search: %(query)s") % {"query": query} if query else pgettext("page title", "Search"),
        "view_breadcrumb": pgettext("page title", "Search"),
        "view_description": gettext("Search the cancers, research programs, publications and news of %(site_name)s.")
        % {"site_name": settings.WAGTAIL_SITE_NAME},
        "search_query": query,
        "query_was_shortened": shortened,
        "max_query_length": MAX_QUERY_LENGTH,
        "result_types": RESULT_TYPES,
        "chosen_type": chosen_type,
        "type_counts": [],
        "promotions": [],
        "results": None,
        "home_url": reverse("wagtail_serve", args=[""]),
    }
    if query:
        logged_query = Query.get(query)
        logged_query.add_hit()
        public_pages = listed(Page.objects.filter(depth__gt=1))
        context["promotions"] = list(
            logged_query.editors_picks.filter(Q(page__isnull=True) | Q(page__in=public_pages)).select_related("page")
        )
        exact_ids = exact_name_matches(query)
        found_ids = [page.pk for page in public_pages.search(full_text_query(query))[:MAX_RESULTS]]
        ordered_ids = list(dict.fromkeys(exact_ids + found_ids))
        pages_by_id = {page.pk: page for page in Page.objects.filter(pk__in=ordered_ids).specific()}
        results = [
            SearchResult(pages_by_id[pk], result_type_of(pages_by_id[pk])) for pk in ordered_ids if pk in pages_by_id
        ]

        context["type_counts"] = [
            (result_type, sum(result.result_type is result_type for result in results)) for result_type in RESULT_TYPES
        ]
        if chosen_type:
            results = [result for result in results if result.result_type is chosen_type]
        context["results"] = paginate(request, results, settings.SEARCH_RESULTS_PER_PAGE)
        load_result_images(context["results"])

    return TemplateResponse(request, "search/search_results.html", context)
