"""The production worker: queued tasks, scheduled publishing every minute, and the purge of stale requests."""

import datetime
import threading
from unittest import mock

import pytest

from django.core.management import call_command
from django.utils import timezone

from charity.management.commands import run_worker
from subscriptions.models import Follow, Subscriber

pytestmark = pytest.mark.django_db


def test_the_worker_runs_the_task_worker_and_publishes_scheduled_pages_every_minute():
    started = []
    with (
        mock.patch.object(run_worker.threading, "Thread") as thread,
        mock.patch.object(run_worker, "call_command") as command,
    ):
        thread.side_effect = lambda **kwargs: started.append(kwargs["args"]) or mock.Mock()
        call_command("run_worker")

    command.assert_called_once_with("db_worker", verbosity=1)
    assert started[0][:2] == ("publish_scheduled", 60)
    assert started[0][2].is_set()  # the periodic threads are told to stop when the worker stops


def test_a_periodic_command_that_fails_is_logged_and_run_again(caplog):
    stop = threading.Event()
    runs = []

    def command(name, **kwargs):
        runs.append(name)
        if len(runs) == 2:
            stop.set()
        raise RuntimeError("database away")

    with mock.patch.object(run_worker, "call_command", side_effect=command):
        run_worker.run_periodically("publish_scheduled", 0, stop)

    assert runs == ["publish_scheduled", "publish_scheduled"]
    assert "publish_scheduled failed" in caplog.text


def test_requests_never_confirmed_are_purged_after_the_link_expired(follower, mappyacts, esmart):
    old = timezone.now() - datetime.timedelta(days=8)
    stale = follower("stale@example.org", program=mappyacts, confirmed=False)
    follower("recent@example.org", program=mappyacts, confirmed=False)
    kept = follower("kept@example.org", program=mappyacts)
    follower("kept@example.org", program=esmart, confirmed=False)
    Subscriber.objects.update(created_at=old)
    Follow.objects.exclude(subscriber__email="recent@example.org").update(consent_at=old)

    call_command("purge_subscription_requests", stdout=mock.Mock())

    assert not Subscriber.objects.filter(pk=stale.pk).exists()
    assert Subscriber.objects.filter(email="recent@example.org").exists()
    assert list(kept.follows.values_list("program__acronym", flat=True)) == ["MAPPYACTS"]
