"""The open data API (Wagtail API v2 at /api/v2/): programs, cancers, publications and news with
their relations. Only live, public pages are ever served.

Pages of both languages are listed; `?locale=fr` or `?locale=en` keeps one."""

from rest_framework.filters import BaseFilterBackend

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, CharField, Prefetch
from django.db.models.functions import Cast
from django.http import Http404
from django.utils import translation
from django.utils.translation import get_language_from_path

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site

from api.streams import bind_streams_of
from charity.api_fields import RelatedPagesField
from charity.images import CARD_IMAGE_SPEC
from charity.published import published
from charity.query_text import MAX_QUERY_LENGTH, clean_query

# Further than any listing goes; past 2⁶³ the database itself would fail.
MAX_OFFSET = 1_000_000


def check_common_parameters(query) -> None:
    """The parameters that Wagtail's API would pass on to the database or the search backend as they are,
    checked first, so that a malformed one answers 400 with a message rather than a server error."""
    for name, value in query.items():
        if "\x00" in value:
            raise BadRequestError(f"{name} contains a null character")
    if len(query.get("search", "")) > MAX_QUERY_LENGTH:
        raise BadRequestError(f"search is {MAX_QUERY_LENGTH} characters at most")
    if query.get("search_operator", "and") not in ("and", "or"):
        raise BadRequestError("search_operator must be 'and' or 'or'")
    if "locale" in query and query["locale"] not in dict(settings.LANGUAGES):
        raise BadRequestError(f"locale must be one of: {', '.join(dict(settings.LANGUAGES))}")
    if "offset" in query and query["offset"].isdigit() and int(query["offset"]) > MAX_OFFSET:
        raise BadRequestError(f"offset is {MAX_OFFSET} at most")
    if "id" in query and not (query["id"].isascii() and query["id"].isdigit()):
        raise BadRequestError("id must be a page's number")
    if "site" in query:
        hostname, _colon, port = query["site"].partition(":")
        site = Site.objects.filter(hostname=hostname)
        if port and not (port.isascii() and port.isdigit() and int(port) < 65536):
            raise BadRequestError("site must be a host name, with a port number after ':' if needed")
        if not (site.filter(port=port) if port else site).exists():
            raise BadRequestError(f"site: no site answers at {query['site']!r}")


class WordsSearchFilter(SearchFilter):
    """Wagtail's `?search=`, with the words of the query only (as the site search reads them): quotes and
    operators would otherwise reach the search backend as syntax."""

    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            query = request.GET.copy()
            query["search"] = clean_query(query["search"])[0]
            request = SearchRequest(query)
        return super().filter_queryset(request, queryset, view)


class SearchRequest:
    def __init__(self, query):
        self.GET = query


class RelatedPageFilter(BaseFilterBackend):
    """`?cancer=<slug>` and `?program=<slug>` on the page types that relate to cancers and programs.

    Only live, public cancers and programs count, so that a filter never reveals a draft's slug. A cancer
    or program is the same in every language: the slug may be its French or its English one, and pages
    related to any of its translations match, so that `?locale=` alone decides the language of the results.
    The filter is a `pk__in` subquery, which the search backend accepts alongside `?search=`.
    """

    relations = {"cancer": "cancers", "program": "programs"}

    def filter_queryset(self, request, queryset, view):
        for param, field_name in self.relations.items():
            if param not in request.GET:
                continue
            model = queryset.model
            field = next((field for field in model._meta.get_fields() if field.name == field_name), None)
            if field is None or not field.many_to_many:
                raise BadRequestError(
                    f"The {param} filter needs a type whose pages relate to {field_name}, "
                    f"e.g. type=programs.ProgramPage, programs.NewsPage or programs.PublicationPage."
                )
            published = field.related_model.objects.published()
            named = published.filter(slug=request.GET[param]).values("translation_key")
            related_pages = published.filter(translation_key__in=named)
            matching = model.objects.filter(**{f"{field_name}__in": related_pages}).values("pk")
            queryset = queryset.filter(pk__in=matching)
        return queryset


def with_relations_loaded(queryset):
    """What the listed pages' API fields show, loaded for the whole listing: their related pages (live and
    public, by title, as RelatedPagesField gives them), snippets, and the image with its rendition. A
    listing then costs the same number of queries for 20 items as for 2."""
    lookups = []
    for field in queryset.model._meta.get_fields():
        if not field.many_to_many:
            continue
        accessor = field.get_accessor_name() if field.auto_created else field.name
        if issubclass(field.related_model, Page):
            related_pages = published(field.related_model.objects.all()).order_by("title")
            lookups.append(Prefetch(accessor, queryset=related_pages, to_attr=RelatedPagesField.loaded_name(accessor)))
        else:
            lookups.append(accessor)
    if any(field.name == "image" for field in queryset.model._meta.get_fields()):
        lookups.append(Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)))
    return queryset.prefetch_related(*lookups)


class CharityPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [
        RelatedPageFilter,
        *(WordsSearchFilter if backend is SearchFilter else backend for backend in PagesAPIViewSet.filter_backends),
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(RelatedPageFilter.relations)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_common_parameters(request.GET)

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")
        return queryset if queryset.model is Page else with_relations_loaded(queryset)

    def paginate_queryset(self, queryset):
        """The page of results, with the blocks of their StreamFields bound together (see api.streams)."""
        pages = list(super().paginate_queryset(queryset))
        bind_streams_of(pages)
        return pages

    def check_query_parameters(self, queryset):
        """Relations are listed with each page but are no field to filter or order by: one page would be
        listed once per related page. `?cancer=` and `?program=` filter by relation."""
        super().check_query_parameters(queryset)
        relations = {field.name for field in queryset.model._meta.get_fields() if field.many_to_many}
        ordering = {name.lstrip("-") for name in self.request.GET.get("order", "").split(",")}
        refused = sorted(relations & (set(self.request.GET) | ordering))
        if refused:
            raise BadRequestError(
                f"cannot filter or order by '{refused[0]}' (a relation); filter with ?cancer=<slug> or ?program=<slug>"
            )

    def find_object(self, queryset, request):
        """`find/?html_path=` takes a page's address as the site shows it, after its language prefix
        (/en/research-programs/…): the path is routed from that language's home page."""
        html_path = request.GET.get("html_path", "")
        language_code = get_language_from_path(html_path)
        site = Site.find_for_request(request)
        if not language_code or site is None:
            return super().find_object(queryset, request)
        path_components = [component for component in html_path.split("/") if component][1:]
        with translation.override(language_code):
            home = site.root_page.localized.specific
        try:
            page, _args, _kwargs = home.route(request, path_components)
        except Http404:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None


class PublishedDocumentsAPIViewSet(DocumentsAPIViewSet):
    """The documents that live, public pages link to, as those pages are published: a document that only a
    draft (or the unpublished changes of a live page) uses stays unknown, like one in a private collection.
    Wagtail's reference index records what each page's published version refers to."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_common_parameters(request.GET)

    def get_queryset(self):
        published_pages = published(Page.objects.all()).annotate(key=Cast("pk", CharField())).values("key")
        links = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=published_pages,
            to_content_type=ContentType.objects.get_for_model(get_document_model()),
        ).annotate(document_id=Cast("to_object_id", BigIntegerField()))
        return super().get_queryset().filter(pk__in=links.values("document_id"))
