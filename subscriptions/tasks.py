"""Background work: emails leave through the task backend (at once in development and tests, through
the worker in production), never inside an editor's or a visitor's request.

Tasks take ids, never addresses, and neither their logs nor their stored results hold one: a mail
server's error names the recipients it refused, so only its class and SMTP code are kept (a failure names
the subscriber by number). An erased subscriber then leaves nothing behind in the logs or the task
results (see `forget_follow_tasks`)."""

import logging
import time
from datetime import timedelta

from django_tasks import task

from django.apps import apps
from django.conf import settings
from django.core.mail import get_connection
from django.db.models import F
from django.utils import timezone

from programs.models import NewsPage
from subscriptions.emails import follow_message, news_context, news_message
from subscriptions.models import Delivery, Follow, Subscriber

logger = logging.getLogger(__name__)


class SendFailed(Exception):
    """A send that failed for good, said without the mail server's message (which names the recipient)."""


def describe_failure(error: BaseException) -> str:
    """What went wrong, without a word of the mail server's message: its error class and its SMTP code."""
    code = getattr(error, "smtp_code", None)
    return f"{type(error).__name__} {code}" if code else type(error).__name__


@task()
def send_follow_email(follow_id: int, base_url: str, language: str | None = None) -> str:
    """The email of a follow request, written in the language it was asked in."""
    follow = Follow.objects.select_related("subscriber", "program", "cancer").filter(pk=follow_id).first()
    if follow is None:
        return "gone"
    message = follow_message(follow, base_url, language)
    for attempt in range(1, settings.SUBSCRIPTIONS_SEND_ATTEMPTS + 1):
        try:
            message.send()
        except Exception as error:
            failure = describe_failure(error)
            logger.warning(
                "Subscription email for follow %s of subscriber %s failed (attempt %s): %s",
                follow_id,
                follow.subscriber_id,
                attempt,
                failure,
            )
            if attempt == settings.SUBSCRIPTIONS_SEND_ATTEMPTS:
                # Stored with the task's result: without the original error, whose message names the address.
                raise SendFailed(f"Follow {follow_id} of subscriber {follow.subscriber_id}: {failure}") from None
            time.sleep(settings.SUBSCRIPTIONS_RETRY_DELAY * attempt)
        else:
            return "sent"
    return "failed"


def _send_batch(deliveries: list[Delivery], context: dict, base_url: str) -> int:
    """Send a batch over one connection, retrying what failed; the number still unsent at the end."""
    remaining = deliveries
    for attempt in range(1, settings.SUBSCRIPTIONS_SEND_ATTEMPTS + 1):
        if attempt > 1:
            time.sleep(settings.SUBSCRIPTIONS_RETRY_DELAY * (attempt - 1))
        failed = []
        try:
            with get_connection() as connection:
                for delivery in remaining:
                    try:
                        sent = connection.send_messages([news_message(delivery.subscriber, context, base_url)])
                    except Exception as error:
                        logger.warning(
                            "News email for delivery %s to subscriber %s failed: %s",
                            delivery.pk,
                            delivery.subscriber_id,
                            describe_failure(error),
                        )
                        sent = 0
                    if sent:
                        Delivery.objects.filter(pk=delivery.pk).update(
                            sent_at=timezone.now(), attempts=F("attempts") + 1
                        )
                    else:
                        Delivery.objects.filter(pk=delivery.pk).update(attempts=F("attempts") + 1)
                        failed.append(delivery)
        except Exception as error:
            # The connection itself failed (opening or closing it): whatever was not recorded as sent is retried.
            logger.warning(
                "Mail connection failed for a batch of %s news emails: %s", len(remaining), describe_failure(error)
            )
            sent_ids = set(
                Delivery.objects.filter(pk__in=[d.pk for d in remaining], sent_at__isnull=False).values_list(
                    "pk", flat=True
                )
            )
            failed = [delivery for delivery in remaining if delivery.pk not in sent_ids]
        remaining = failed
        if not remaining:
            break
    return len(remaining)


@task()
def send_news_emails(news_page_id: int, attempt: int = 1) -> dict:
    """Email a news page to everyone who follows it, once each; safe to run again, it skips what was sent."""
    news_page = NewsPage.objects.published().filter(pk=news_page_id).first()
    if news_page is None:
        logger.info("News page %s is no longer live and public: no email sent", news_page_id)
        return {"sent": 0, "failed": 0}

    recipients = Subscriber.objects.following_news(news_page)
    Delivery.objects.bulk_create(
        [Delivery(news_page=news_page, subscriber_id=pk) for pk in recipients.values_list("pk", flat=True)],
        ignore_conflicts=True,
    )
    pending = list(
        Delivery.objects.filter(news_page=news_page, sent_at__isnull=True, subscriber__in=recipients)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    context = news_context(news_page)
    base_url = news_page.get_site().root_url
    size = settings.SUBSCRIPTIONS_BATCH_SIZE
    failed = 0
    for start in range(0, len(pending), size):
        batch = list(Delivery.objects.filter(pk__in=pending[start : start + size]).select_related("subscriber"))
        failed += _send_batch(batch, context, base_url)
    sent = len(pending) - failed
    logger.info("News page %s: %s emails sent, %s failed (run %s)", news_page_id, sent, failed, attempt)

    if failed:
        _retry_later(news_page_id, attempt, failed)
    return {"sent": sent, "failed": failed}


def _retry_later(news_page_id: int, attempt: int, failed: int) -> None:
    backend = send_news_emails.get_backend()
    if attempt >= settings.SUBSCRIPTIONS_TASK_ATTEMPTS or not backend.supports_defer:
        logger.error("News page %s: %s emails could not be sent and will not be retried", news_page_id, failed)
        return
    delay = timedelta(seconds=settings.SUBSCRIPTIONS_TASK_RETRY_DELAY * attempt)
    send_news_emails.using(run_after=timezone.now() + delay).enqueue(news_page_id, attempt=attempt + 1)
    logger.warning("News page %s: %s emails will be retried in %s", news_page_id, failed, delay)


def forget_follow_tasks(follow_ids) -> int:
    """Delete the stored results of the confirmation emails of these follows (erased with their subscriber).

    Tasks still running are left to finish: their worker would fail to record the end of a row deleted
    under it. They hold the follow's number only, and find it gone."""
    if not apps.is_installed("django_tasks_db"):
        return 0
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    deleted, _ = (
        DBTaskResult.objects.filter(task_path=send_follow_email.module_path, args_kwargs__args__0__in=list(follow_ids))
        .exclude(status=TaskResultStatus.RUNNING)
        .delete()
    )
    return deleted
