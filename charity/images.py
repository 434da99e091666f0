"""The sizes images are shown at, named once: templates render them with `{% image_at %}` and querysets
prefetch them with `with_renditions`, so that a listing never renders a size it did not prefetch."""

from django.db.models import Prefetch

from wagtail.images import get_image_model

CARD_IMAGE_SPEC = "fill-640x400"
SEARCH_RESULT_IMAGE_SPEC = "fill-160x100"
PERSON_PHOTO_SPEC = "fill-160x160"
PARTNER_LOGO_SPEC = "max-200x64"
# Open Graph and Twitter cards: 1200×630, the size both show without cropping.
SHARE_IMAGE_SPEC = "fill-1200x630"
# Shown at the top of a page or within its text, in several widths for the browser to choose from.
PAGE_IMAGE_SPEC = "fill-{480x300,800x500,1280x800}"
HOME_HERO_IMAGE_SPEC = "fill-{480x360,800x600,1200x900}"
BODY_IMAGE_SPEC = "width-{400,800,1200}"

SPECS = {
    "card": CARD_IMAGE_SPEC,
    "search-result": SEARCH_RESULT_IMAGE_SPEC,
    "person-photo": PERSON_PHOTO_SPEC,
    "partner-logo": PARTNER_LOGO_SPEC,
    "share": SHARE_IMAGE_SPEC,
    "page": PAGE_IMAGE_SPEC,
    "home-hero": HOME_HERO_IMAGE_SPEC,
    "body": BODY_IMAGE_SPEC,
}


def with_renditions(queryset, field: str, spec: str):
    """Load each object's image and its rendition with the queryset (two queries), not once per object."""
    images = get_image_model().objects.prefetch_renditions(spec)
    return queryset.prefetch_related(Prefetch(field, queryset=images))


def with_card_images(queryset, field: str = "image"):
    return with_renditions(queryset, field, CARD_IMAGE_SPEC)
