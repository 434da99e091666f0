"""Rendition specs used by listings, so that querysets can prefetch exactly what templates render."""

from django.db.models import Prefetch

from wagtail.images import get_image_model

CARD_IMAGE_SPEC = "fill-640x400"
SEARCH_RESULT_IMAGE_SPEC = "fill-160x100"


def with_card_images(queryset, field: str = "image"):
    """Prefetch each page's card image and its rendition in two queries, whatever the page count."""
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)
    return queryset.prefetch_related(Prefetch(field, queryset=images))
