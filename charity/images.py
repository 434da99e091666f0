"""Rendition specs used by listings, so that querysets can prefetch exactly what templates render."""

from django.db.models import Prefetch

from wagtail.images import get_image_model

CARD_IMAGE_SPEC = "fill-640x400"
SEARCH_RESULT_IMAGE_SPEC = "fill-160x100"
PERSON_PHOTO_SPEC = "fill-160x160"
PARTNER_LOGO_SPEC = "max-200x64"


def with_renditions(queryset, field: str, spec: str):
    """Load each object's image and its rendition with the queryset (two queries), not once per object."""
    images = get_image_model().objects.prefetch_renditions(spec)
    return queryset.prefetch_related(Prefetch(field, queryset=images))


def with_card_images(queryset, field: str = "image"):
    return with_renditions(queryset, field, CARD_IMAGE_SPEC)
