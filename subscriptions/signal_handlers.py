import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete

from wagtail.signals import page_published

from programs.models import NewsPage
from subscriptions import tasks
from subscriptions.models import Follow, NewsDispatch

logger = logging.getLogger(__name__)


def is_first_publication(page) -> bool:
    # Wagtail sets both dates together only when a page goes live for the first time; a page already
    # published before this app existed has a dispatch record from its migration as well.
    return page.first_published_at is not None and page.first_published_at == page.last_published_at


def enqueue_news_emails(news_page_id: int) -> None:
    try:
        tasks.send_news_emails.enqueue(news_page_id)
    except Exception:
        logger.exception("Could not queue the emails for news page %s", news_page_id)


def on_news_published(sender, instance, **kwargs):
    """Hand a news page's first publication to the sending task, once. Never lets publishing fail.

    Each translation of a news item is a page of its own: its first publication goes to the subscribers
    who read its language."""
    try:
        if not is_first_publication(instance):
            return
        with transaction.atomic():
            _, created = NewsDispatch.objects.get_or_create(news_page_id=instance.pk)
        if created:
            # The worker must find the page committed; without a transaction this runs at once.
            transaction.on_commit(partial(enqueue_news_emails, instance.pk))
    except Exception:
        logger.exception("Could not record the publication of news page %s", instance.pk)


def on_follow_deleted(sender, instance, **kwargs):
    """However a follow goes (unsubscribed, erased in the admin, purged unconfirmed), the stored results of
    its confirmation emails go with it."""
    tasks.forget_follow_tasks([instance.pk])


def register():
    page_published.connect(on_news_published, sender=NewsPage, dispatch_uid="subscriptions.news_published")
    post_delete.connect(on_follow_deleted, sender=Follow, dispatch_uid="subscriptions.follow_deleted")
