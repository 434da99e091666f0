"""Nothing keeps a subscriber's address but their own row: not the logs, not the stored task results, and
after they are erased, nothing at all."""

import logging
import smtplib
from io import StringIO

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import override_settings

from subscriptions import services
from subscriptions.models import Delivery, Follow, Subscriber
from subscriptions.tasks import send_follow_email
from tests import factories
from tests.subscriptions.conftest import links_in

pytestmark = pytest.mark.django_db

ADDRESS = "donor@example.org"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


class RefusingBackend(EmailBackend):
    """A mail server that refuses the recipient, naming them in its error as real ones do."""

    def send_messages(self, messages):
        recipients = [address for message in messages for address in message.to]
        raise smtplib.SMTPRecipientsRefused(
            {address: (550, f"5.1.1 <{address}>: Recipient address rejected".encode()) for address in recipients}
        )


REFUSING = "tests.subscriptions.test_personal_data.RefusingBackend"


@pytest.fixture
def draft_news(news_index, mappyacts):
    return factories.NewsPageFactory(parent=news_index, live=False, programs=[mappyacts])


# The worker closes its database connection after each task, as it must in production: the tests that run it
# commit for real (a connection closed inside a test's transaction would end the test on PostgreSQL).
WITH_THE_WORKER = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_queued_tasks():
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


@override_settings(EMAIL_BACKEND=REFUSING)
def test_a_failed_confirmation_email_logs_no_address(subscribe, mappyacts, caplog):
    with caplog.at_level(logging.DEBUG):
        subscribe(ADDRESS, program=mappyacts)

    follow = Follow.objects.get()
    assert f"follow {follow.pk} of subscriber {follow.subscriber_id} failed" in caplog.text
    assert "SMTPRecipientsRefused" in caplog.text
    assert ADDRESS not in caplog.text


@override_settings(EMAIL_BACKEND=REFUSING)
def test_a_failed_news_email_logs_no_address(publish, draft_news, mappyacts, follower, caplog):
    follower(ADDRESS, program=mappyacts)

    with caplog.at_level(logging.DEBUG):
        publish(draft_news)

    assert "SMTPRecipientsRefused" in caplog.text
    assert ADDRESS not in caplog.text


@WITH_THE_WORKER
@override_settings(TASKS=DATABASE_TASKS, EMAIL_BACKEND=REFUSING)
def test_a_failed_task_result_holds_no_address(subscribe, mappyacts, caplog):
    subscribe(ADDRESS, program=mappyacts)
    run_queued_tasks()

    [result] = DBTaskResult.objects.all()
    assert result.status == "FAILED"
    assert result.args_kwargs["args"][0] == Follow.objects.get().pk
    stored = " ".join(str(value) for value in (result.args_kwargs, result.return_value, result.traceback))
    assert "SendFailed" in result.exception_class_path and "SMTPRecipientsRefused" in result.traceback
    assert ADDRESS not in stored
    assert ADDRESS not in caplog.text


@WITH_THE_WORKER
@override_settings(TASKS=DATABASE_TASKS)
def test_erasure_leaves_nothing_behind(client, subscribe, publish, draft_news, mappyacts, esmart, follower):
    # Confirmed, with a news email delivered; a second follow still waiting for its confirmation.
    follower(ADDRESS, program=mappyacts)
    publish(draft_news)
    run_queued_tasks()
    subscribe(ADDRESS, program=esmart)
    run_queued_tasks()
    assert Delivery.objects.exists() and Follow.objects.filter(confirmed_at__isnull=True).exists()
    assert DBTaskResult.objects.filter(task_path=send_follow_email.module_path).exists()
    unsubscribe = links_in(mail.outbox[-1])["unsubscribe"]

    client.post(unsubscribe)

    assert not Subscriber.objects.exists()
    assert not Follow.objects.exists()
    assert not Delivery.objects.exists()
    assert not DBTaskResult.objects.filter(task_path=send_follow_email.module_path).exists()
    dump = call_command_output("dumpdata", "subscriptions", "django_tasks_database", "wagtailcore.modellogentry")
    assert ADDRESS not in dump


def test_erasing_a_subscriber_forgets_the_results_of_their_confirmation_emails(follower, mappyacts):
    subscriber = follower(ADDRESS, program=mappyacts, confirmed=False)
    follow = subscriber.follows.get()
    other = follower("other@example.org", program=mappyacts, confirmed=False).follows.get()
    with override_settings(TASKS=DATABASE_TASKS):
        send_follow_email.enqueue(follow.pk, "http://localhost", "en")
        send_follow_email.enqueue(other.pk, "http://localhost", "en")

    services.erase_subscriber(subscriber)

    assert [result.args_kwargs["args"][0] for result in DBTaskResult.objects.all()] == [other.pk]


def call_command_output(*args) -> str:
    output = StringIO()
    call_command(*args, stdout=output)
    return output.getvalue()
