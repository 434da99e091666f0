"""The sizes images are shown at, named once: templates render them with `{% image_at %}`, querysets
prefetch them with `with_renditions`, and publishing a page prepares them (charity.tasks), so that a
listing never renders a size it did not prefetch and a visitor seldom waits for one to be drawn.

A size is a Wagtail filter spec whose braces expand into one rendition per width and format. The browser
takes the first format it supports, in Wagtail's order: AVIF, then WebP, then the <img>'s JPEG."""

from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.images.models import Filter

# AVIF is the smallest (a tenth to a third smaller than WebP at Wagtail's qualities) but the slowest to
# encode: a fifth to a third of a second for 1280 pixels, five times WebP's. Only the image a page opens
# with, the one a visitor waits for, has it; the others, further down or in listings, have WebP.
MAIN_IMAGE_FORMATS = "format-{avif,webp,jpeg}"
IMAGE_FORMATS = "format-{webp,jpeg}"

CARD_IMAGE = "fill-640x400"
# What the API and the feeds link to: the card's JPEG, which the card itself has as its fallback.
CARD_IMAGE_SPEC = f"{CARD_IMAGE}|format-jpeg"
# Open Graph and Twitter cards: 1200×630, the size both show without cropping, in the image's own format
# (sharing cards do not all read AVIF or WebP).
SHARE_IMAGE_SPEC = "fill-1200x630"

SPECS = {
    "card": f"{CARD_IMAGE}|{IMAGE_FORMATS}",
    "search-result": f"fill-160x100|{IMAGE_FORMATS}",
    "person-photo": f"fill-160x160|{IMAGE_FORMATS}",
    # A logo keeps its own format, a PNG its transparency: at this size a lossy format would blur its
    # lettering to save a few hundred bytes.
    "partner-logo": "max-200x64",
    "share": SHARE_IMAGE_SPEC,
    # Shown at the top of a page or within its text, in several widths for the browser to choose from.
    "page": f"fill-{{480x300,800x500,1280x800}}|{MAIN_IMAGE_FORMATS}",
    "home-hero": f"fill-{{480x360,800x600,1200x900}}|{MAIN_IMAGE_FORMATS}",
    "body": f"width-{{400,800,1200}}|{IMAGE_FORMATS}",
}


def filter_specs(*sizes: str) -> list[str]:
    """Every rendition the sizes draw, one spec per width and format ("fill-480x300|format-avif", …)."""
    return [spec for size in sizes for spec in Filter.expand_spec(SPECS[size])]


def with_renditions(queryset, field: str, size: str):
    """Load each object's image and its renditions at `size` with the queryset (two queries), not once per object."""
    images = get_image_model().objects.prefetch_renditions(*filter_specs(size))
    return queryset.prefetch_related(Prefetch(field, queryset=images))


def with_card_images(queryset, field: str = "image"):
    return with_renditions(queryset, field, "card")
