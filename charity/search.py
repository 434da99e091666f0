"""Site search: every public page type, exact names first, editors' promotions, query insights."""

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from cancers.models import CancerPage
from programs.models import NewsPage, ProgramPage, PublicationPage

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 300


@dataclass(frozen=True)
class ResultType:
    key: str
    label: str
    models: tuple


RESULT_TYPES = [
    ResultType("program", "Research programs", (ProgramPage,)),
    ResultType("cancer", "Cancers", (CancerPage,)),
    ResultType("publication", "Publications", (PublicationPage,)),
    ResultType("news", "News", (NewsPage,)),
    # Anything else that is public (home, donate, index pages, standard pages) is a plain page.
    ResultType("page", "Pages", (Page,)),
]
RESULT_TYPES_BY_KEY = {result_type.key: result_type for result_type in RESULT_TYPES}


def fold(text: str) -> str:
    """Lower case without accents, so that "Acse", "ACSÉ" and "acsé" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character)).casefold()


def clean_query(raw: str) -> tuple[str, bool]:
    """The words of a query, stripped of anything a search backend could read as syntax.

    Returns the cleaned query and whether it had to be shortened.
    """
    words = re.sub(r"[^\w\s'’-]", " ", raw.replace("\x00", " ")).split()
    cleaned = " ".join(word.strip("'’-") for word in words if word.strip("'’-"))
    shortened = len(cleaned) > MAX_QUERY_LENGTH
    return cleaned[:MAX_QUERY_LENGTH].strip(), shortened


def name_tokens(name: str) -> set[str]:
    folded = fold(name)
    tokens = set(re.split(r"[\s\-'’(),/]+", folded)) - {""}
    return tokens | {folded, re.sub(r"[\W_]+", "", folded)}


def exact_name_matches(query: str) -> list[int]:
    """Programs whose acronym, and cancers whose name or other names, are the query itself.

    A visitor typing "esmart", "Acse" or "wilms" means that program or that cancer: it comes first.
    """
    folded = fold(query)
    compact = re.sub(r"[\W_]+", "", folded)
    matches = []
    programs = ProgramPage.objects.live().public().values_list("pk", "acronym")
    for pk, acronym in programs:
        if folded in name_tokens(acronym) or compact in name_tokens(acronym):
            matches.append(pk)
    cancers = CancerPage.objects.live().public().values_list("pk", "title", "other_names")
    for pk, title, other_names in cancers:
        if folded in name_tokens(title) | name_tokens(other_names):
            matches.append(pk)
    return matches


@dataclass(frozen=True)
class SearchResult:
    page: Page
    result_type: ResultType


def result_type_of(page) -> ResultType:
    return next(result_type for result_type in RESULT_TYPES if isinstance(page, result_type.models))


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query, shortened = clean_query(raw_query)
    chosen_type = RESULT_TYPES_BY_KEY.get(request.GET.get("type", ""))
    context = {
        "search_query": query,
        "query_was_shortened": shortened,
        "max_query_length": MAX_QUERY_LENGTH,
        "result_types": RESULT_TYPES,
        "chosen_type": chosen_type,
        "type_counts": [],
        "promotions": [],
        "results": None,
    }
    if query:
        logged_query = Query.get(query)
        logged_query.add_hit()
        context["promotions"] = list(
            logged_query.editors_picks.filter(Q(page__isnull=True) | Q(page__live=True)).select_related("page")
        )

        public_pages = Page.objects.live().public().filter(depth__gt=1)
        exact_ids = exact_name_matches(query)
        found_ids = [page.pk for page in public_pages.search(query)[:MAX_RESULTS]]
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
        context["results"] = Paginator(results, settings.SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))

    return TemplateResponse(request, "charity/search_results.html", context)
