import re

import pytest

from django.core import mail
from django.utils import timezone

from subscriptions.models import Follow, Subscriber
from tests import factories
from tests.html import ParsedPage

LINK = re.compile(r"https?://[^\s/]+(/subscriptions/(?:confirm|preferences|unsubscribe)/[^\s/]+/)")


def links_in(message) -> dict[str, str]:
    """The subscription links of an email, by kind ("confirm", "preferences", "unsubscribe"), as paths."""
    return {path.split("/")[2]: path for path in LINK.findall(message.body)}


def page_of(response) -> ParsedPage:
    """The parsed HTML of a response, whatever its status (tests.html.parse wants a 200)."""
    page = ParsedPage()
    page.feed(response.content.decode())
    page.close()
    return page


@pytest.fixture
def mappyacts(program_index):
    return factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", slug="mappyacts")


@pytest.fixture
def esmart(program_index):
    return factories.ProgramPageFactory(parent=program_index, acronym="ESMART", slug="esmart")


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks):
    """Post the follow form; emails queued once the request's data is committed go out at once."""

    def post(email="donor@example.org", program=None, cancer=None, ip="192.0.2.1", **extra):
        data = {"email": email, "consent": "on", **extra}
        if program is not None:
            data["program"] = program.pk
        if cancer is not None:
            data["cancer"] = cancer.pk
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/subscriptions/", data, REMOTE_ADDR=ip)

    return post


@pytest.fixture
def follower(db):
    """A subscriber with confirmed follows: `follower("a@example.org", program=p)`, or all news by default."""

    def make(email, program=None, cancer=None, confirmed=True):
        now = timezone.now() if confirmed else None
        subscriber, _ = Subscriber.objects.get_or_create(email=email, defaults={"confirmed_at": now})
        Follow.objects.create(
            subscriber=subscriber,
            program=program,
            cancer=cancer,
            consent_text="I agree.",
            consent_at=timezone.now(),
            confirmed_at=now,
        )
        return subscriber

    return make


@pytest.fixture
def outbox():
    mail.outbox = []
    return mail.outbox
