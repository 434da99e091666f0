"""Which images a page's templates show, and at which sizes: what publishing the page prepares (charity.tasks).

Mirrors the templates: a page type or block that shows an image at a new size says so here too, or its
first visitor draws that size."""

from collections import defaultdict

from wagtail.fields import StreamField

from charity.blocks import ImageWithCaptionBlock
from charity.models.home import HomePage
from charity.pages import SummaryImageMixin
from programs.models import ProgramPage

# A page's own image heads the page, and shows in the cards and search results that list it and in its
# sharing card.
SUMMARY_IMAGE_SIZES = {"page", "card", "search-result", "share"}
HERO_IMAGE_SIZES = {"home-hero", "share"}


def images_shown_on(page) -> dict:
    """The images `page` (a specific page) shows, each with the names of the sizes it is shown at."""
    sizes = defaultdict(set)
    if isinstance(page, SummaryImageMixin) and page.image:
        sizes[page.image] |= SUMMARY_IMAGE_SIZES
    if isinstance(page, HomePage) and page.hero_image:
        sizes[page.hero_image] |= HERO_IMAGE_SIZES
    for image in images_in_streams(page):
        sizes[image].add("body")
    if isinstance(page, ProgramPage):
        for person in page.lead_investigators.all():
            if person.photo:
                sizes[person.photo].add("person-photo")
        for partner in page.partners.all():
            if partner.logo:
                sizes[partner.logo].add("partner-logo")
    return dict(sizes)


def images_in_streams(page) -> list:
    """The images of the page's image blocks, in any of its StreamFields (where BodyBlock has them: at its top)."""
    return [
        child.value["image"]
        for field in page._meta.get_fields()
        if isinstance(field, StreamField)
        for child in getattr(page, field.name)
        if isinstance(child.block, ImageWithCaptionBlock) and child.value["image"]
    ]
