"""The emails that follow a news page's first publication."""

import datetime
import logging
from io import StringIO
from types import SimpleNamespace
from unittest import mock

import pytest

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from subscriptions.models import Delivery, NewsDispatch
from subscriptions.tasks import send_news_emails
from tests import factories
from tests.subscriptions.conftest import confirm, links_in, recipients

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_news(news_index, mappyacts, esmart):
    """A news page about both programs, never published yet."""
    return factories.NewsPageFactory(parent=news_index, live=False, programs=[mappyacts, esmart])


def test_each_confirmed_follower_gets_one_email(publish, draft_news, mappyacts, esmart, follower, outbox):
    follower("both@example.org", program=mappyacts)
    follower("both@example.org", program=esmart)
    follower("mappyacts@example.org", program=mappyacts)
    follower("esmart@example.org", program=esmart)
    follower("everything@example.org")

    publish(draft_news)

    assert recipients(outbox) == [
        "both@example.org",
        "esmart@example.org",
        "everything@example.org",
        "mappyacts@example.org",
    ]
    message = outbox[0]
    assert message.subject == draft_news.title
    assert draft_news.summary in message.body
    assert f"http://localhost{draft_news.url}" in message.body
    assert links_in(message).keys() == {"preferences", "unsubscribe"}
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://localhost/en/subscriptions/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html, mime_type = message.alternatives[0]
    assert mime_type == "text/html" and draft_news.title in html
    assert Delivery.objects.filter(sent_at__isnull=False).count() == 4


def test_re_publishing_emails_no_one(publish, draft_news, mappyacts, follower, outbox):
    follower("donor@example.org", program=mappyacts)
    publish(draft_news)
    outbox.clear()

    draft_news.title = "Corrected title"
    publish(draft_news)
    draft_news.unpublish()
    publish(draft_news)

    assert outbox == []
    assert NewsDispatch.objects.count() == 1


def test_unconfirmed_and_unsubscribed_addresses_receive_nothing(
    client, subscribe, publish, draft_news, mappyacts, follower, outbox
):
    subscribe("unconfirmed@example.org", program=mappyacts)
    subscribe("gone@example.org", program=mappyacts)
    confirm(client, links_in(outbox[1])["confirm"])
    client.post(links_in(outbox[1])["unsubscribe"])
    follower("pending-follow@example.org", program=mappyacts, confirmed=False)
    outbox.clear()

    publish(draft_news)

    assert outbox == []


def test_followers_of_a_cancer_hear_of_news_about_its_programs(publish, draft_news, cancer_index, mappyacts, follower):
    cancer = factories.CancerPageFactory(parent=cancer_index)
    mappyacts.cancers.add(cancer)
    mappyacts.save()
    follower("cancer@example.org", cancer=cancer)
    follower("other-cancer@example.org", cancer=factories.CancerPageFactory(parent=cancer_index))

    publish(draft_news)

    assert recipients(mail.outbox) == ["cancer@example.org"]


def test_news_about_no_followed_program_emails_only_all_news_followers(publish, news_index, mappyacts, follower):
    follower("mappyacts@example.org", program=mappyacts)
    follower("everything@example.org")

    publish(factories.NewsPageFactory(parent=news_index, live=False))

    assert recipients(mail.outbox) == ["everything@example.org"]


@override_settings(SUBSCRIPTIONS_BATCH_SIZE=2)
def test_sending_is_batched_over_one_connection_each(publish, draft_news, mappyacts, follower, monkeypatch):
    for n in range(5):
        follower(f"donor{n}@example.org", program=mappyacts)
    opened = []
    original_open = EmailBackend.open
    monkeypatch.setattr(EmailBackend, "open", lambda self: opened.append(self) or original_open(self))

    publish(draft_news)

    assert len(mail.outbox) == 5
    assert len(opened) == 3


class FlakyBackend(EmailBackend):
    """Fails the first `failures` messages it is given, then behaves as the in-memory backend."""

    failures = 0

    def send_messages(self, messages):
        if FlakyBackend.failures > 0:
            FlakyBackend.failures -= 1
            raise ConnectionError("mail server unreachable")
        return super().send_messages(messages)


FLAKY = "tests.subscriptions.test_news_emails.FlakyBackend"


@override_settings(EMAIL_BACKEND=FLAKY)
def test_a_failed_send_is_retried_and_logged(publish, draft_news, mappyacts, follower, caplog):
    follower("donor@example.org", program=mappyacts)
    FlakyBackend.failures = 1

    with caplog.at_level(logging.INFO, logger="subscriptions"):
        publish(draft_news)

    assert recipients(mail.outbox) == ["donor@example.org"]
    delivery = Delivery.objects.get()
    assert delivery.sent_at is not None and delivery.attempts == 2
    # The error's class, not its message: a mail server's message may name the recipient.
    assert "ConnectionError" in caplog.text
    assert "1 emails sent, 0 failed" in caplog.text
    assert "donor@example.org" not in caplog.text


@override_settings(EMAIL_BACKEND=FLAKY)
def test_a_mail_server_that_stays_down_never_blocks_publishing(publish, draft_news, mappyacts, follower, caplog):
    follower("donor@example.org", program=mappyacts)
    FlakyBackend.failures = 1000

    publish(draft_news)

    draft_news.refresh_from_db()
    assert draft_news.live
    delivery = Delivery.objects.get()
    assert delivery.sent_at is None and delivery.attempts == 3
    assert "could not be sent" in caplog.text
    FlakyBackend.failures = 0

    # Running the task again (as the worker's deferred retry does) sends what is still unsent, once.
    assert send_news_emails.call(draft_news.pk) == {"sent": 1, "failed": 0}
    assert send_news_emails.call(draft_news.pk) == {"sent": 0, "failed": 0}
    assert recipients(mail.outbox) == ["donor@example.org"]


def test_a_broken_task_queue_never_blocks_publishing(publish, draft_news, mappyacts, follower, monkeypatch, caplog):
    follower("donor@example.org", program=mappyacts)

    def refuse(*args, **kwargs):
        raise RuntimeError("queue unavailable")

    monkeypatch.setattr("subscriptions.tasks.send_news_emails", SimpleNamespace(enqueue=refuse))

    publish(draft_news)

    draft_news.refresh_from_db()
    assert draft_news.live
    assert "Could not queue the emails" in caplog.text


def test_a_page_scheduled_for_later_is_emailed_when_publish_scheduled_makes_it_live(
    publish, draft_news, mappyacts, follower, django_capture_on_commit_callbacks
):
    follower("donor@example.org", program=mappyacts)
    draft_news.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    publish(draft_news)
    assert mail.outbox == []

    an_hour_later = timezone.now() + datetime.timedelta(hours=1, minutes=1)
    with (
        mock.patch("django.utils.timezone.now", return_value=an_hour_later),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("publish_scheduled", stdout=StringIO())

    draft_news.refresh_from_db()
    assert draft_news.live
    assert recipients(mail.outbox) == ["donor@example.org"]


def test_news_published_before_subscriptions_existed_is_not_emailed(publish, news_index, mappyacts, follower):
    news = factories.NewsPageFactory(parent=news_index, programs=[mappyacts])
    news.first_published_at = timezone.now() - datetime.timedelta(days=30)
    news.last_published_at = news.first_published_at
    news.save()
    follower("donor@example.org", program=mappyacts)

    publish(news)

    assert mail.outbox == []
