"""The endpoints of the open data API, at /api/v2/."""

from wagtail.api.v2.router import WagtailAPIRouter

from api.views import CharityPagesAPIViewSet, PublishedDocumentsAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CharityPagesAPIViewSet)
# No images endpoint: it would list every image with its original file, those of drafts too. Pages give
# their images as renditions.
api_router.register_endpoint("documents", PublishedDocumentsAPIViewSet)
