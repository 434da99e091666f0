"""The open data API (Wagtail API v2 at /api/v2/): programs, cancers, publications and news with
their relations. Only live, public pages are ever served."""

from rest_framework.filters import BaseFilterBackend

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class RelatedPageFilter(BaseFilterBackend):
    """`?cancer=<slug>` and `?program=<slug>` on the page types that relate to cancers and programs."""

    relations = {"cancer": "cancers", "program": "programs"}

    def filter_queryset(self, request, queryset, view):
        for param, field_name in self.relations.items():
            if param not in request.GET:
                continue
            model = queryset.model
            if not any(field.name == field_name for field in model._meta.get_fields()):
                raise BadRequestError(
                    f"The {param} filter needs a type whose pages relate to {field_name}, "
                    f"e.g. type=programs.ProgramPage, programs.NewsPage or programs.PublicationPage."
                )
            queryset = queryset.filter(**{f"{field_name}__slug": request.GET[param]}).distinct()
        return queryset


class CharityPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [RelatedPageFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(RelatedPageFilter.relations)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CharityPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
