"""The one way listings are paginated and filtered.

Filters are plain links: every option is a shareable URL that keeps the other active filters, shows
how many pages it would list, and works without JavaScript. Unknown or malformed values are ignored,
so a hand-edited query string always gives a normal page.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.http import QueryDict
from django.utils.functional import SimpleLazyObject


def deferred(compute):
    """A value for a page's template computed only when the template shows it: a page whose content comes
    from the cache (see pagecache.templatetags.page_fragments) does not query its listings at all."""
    return SimpleLazyObject(compute)


def deferred_pair(compute):
    """The two values of a function that finds both at once (a listing and its filters), each deferred."""
    both = deferred(compute)
    return deferred(lambda: both[0]), deferred(lambda: both[1])


def paginate(request, queryset, per_page: int) -> PaginatorPage:
    """A page of results; `?page=abc` gives the first page and `?page=99999` the last."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass(frozen=True)
class FacetResult:
    param: str
    label: str
    options: list[FacetOption]
    clear_url: str

    @property
    def selected(self) -> FacetOption | None:
        return next((option for option in self.options if option.selected), None)


class Facet:
    """One filter of a listing: the query-string parameter, the lookup it filters on, its choices."""

    def __init__(self, param: str, label: str, lookup: str, choices: Iterable[tuple[object, str]]):
        self.param = param
        self.label = label
        self.lookup = lookup
        self.choices = [(str(value), label) for value, label in choices]

    def active_value(self, params: QueryDict) -> str | None:
        value = params.get(self.param)
        return value if value in {choice for choice, _ in self.choices} else None


def _url(params: QueryDict, **changes) -> str:
    query = params.copy()
    query.pop("page", None)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def filter_by_facets(request, queryset: QuerySet, facets: list[Facet]) -> tuple[QuerySet, list[FacetResult]]:
    """The queryset narrowed by every active facet, and each facet's options with their counts.

    An option's count is what the listing would hold if it were chosen with the other active
    filters kept, so counts and results always agree. One query per facet, whatever the content.
    """
    params = request.GET
    active = {facet.param: facet.active_value(params) for facet in facets}

    def narrowed(queryset: QuerySet, skip: Facet | None = None) -> QuerySet:
        for facet in facets:
            if facet is not skip and active[facet.param] is not None:
                queryset = queryset.filter(**{facet.lookup: active[facet.param]})
        return queryset

    results = []
    for facet in facets:
        counts = dict(
            narrowed(queryset, skip=facet)
            .order_by()
            .values_list(facet.lookup)
            .annotate(count=Count("pk", distinct=True))
            .values_list(facet.lookup, "count")
        )
        counts = {str(value): count for value, count in counts.items()}
        options = [
            FacetOption(
                value=value,
                label=label,
                count=counts.get(value, 0),
                selected=active[facet.param] == value,
                url=_url(params, **{facet.param: None if active[facet.param] == value else value}),
            )
            for value, label in facet.choices
            if counts.get(value) or active[facet.param] == value
        ]
        results.append(FacetResult(facet.param, facet.label, options, _url(params, **{facet.param: None})))

    filtered = narrowed(queryset)
    if any(active.values()):
        filtered = filtered.distinct()
    return filtered, results
