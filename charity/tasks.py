"""Background work for published pages: the renditions a page shows are drawn by the worker when it is
published, so that no visitor waits for them (an AVIF takes up to half a second)."""

import logging

from django_tasks import task

from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from charity.images import filter_specs
from charity.renditions import images_shown_on

logger = logging.getLogger(__name__)


@task()
def prepare_renditions(page_id: int) -> int:
    """Draw every rendition the live page shows; the number of renditions, drawn now or before.

    Safe to run again: renditions already drawn are only looked up."""
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None:
        logger.info("Page %s is not live: no renditions prepared", page_id)
        return 0
    count = 0
    for image, sizes in images_shown_on(page.specific).items():
        try:
            count += len(image.get_renditions(*filter_specs(*sorted(sizes))))
        except SourceImageIOError:
            logger.warning("Image %s of page %s has no file: its renditions are not drawn", image.pk, page_id)
    return count
