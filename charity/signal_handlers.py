"""Publishing a page queues the drawing of the renditions it shows (charity.tasks.prepare_renditions),
whoever or whatever publishes it: an editor, a workflow's approval, wagtail-localize, scheduled publishing."""

import logging
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django.db import transaction

from wagtail.signals import page_published

from charity import tasks

logger = logging.getLogger(__name__)

_prepare_on_publish = ContextVar("prepare_renditions_on_publish", default=True)


@contextmanager
def renditions_drawn_on_first_visit():
    """Publications within the block queue no renditions: each page's are drawn at its first visit.

    For the demo's loader, which publishes a hundred pages at once and, where tasks run at once
    (development), would wait about a minute for their AVIFs."""
    token = _prepare_on_publish.set(False)
    try:
        yield
    finally:
        _prepare_on_publish.reset(token)


def enqueue_renditions(page_id: int) -> None:
    try:
        tasks.prepare_renditions.enqueue(page_id)
    except Exception:
        logger.exception("Could not queue the renditions of page %s", page_id)


def on_page_published(sender, instance, **kwargs):
    if _prepare_on_publish.get():
        # The worker must find the page committed; without a transaction this runs at once.
        transaction.on_commit(partial(enqueue_renditions, instance.pk))


def register():
    page_published.connect(on_page_published, dispatch_uid="charity.prepare_renditions")
