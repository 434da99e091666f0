import re

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from subscriptions.models import Follow, Subscriber
from tests import factories
from tests.html import ParsedPage

LINK = re.compile(r"https?://[^\s/]+(/[a-z]{2}/subscriptions/(?:confirm|preferences|unsubscribe)/[^\s/]+/)")


def links_in(message) -> dict[str, str]:
    """The subscription links of an email, by kind ("confirm", "preferences", "unsubscribe"), as paths
    (with their language prefix: /en/subscriptions/confirm/<token>/)."""
    return {path.split("/")[3]: path for path in LINK.findall(message.body)}


def token_of(link: str) -> str:
    return link.split("/")[4]


def url(name: str, *args, language: str = "en") -> str:
    """The path of a subscriptions view in a language: `url("subscribe")` is /en/subscriptions/."""
    with translation.override(language):
        return reverse(f"subscriptions:{name}", args=args)


def confirm(client, link: str):
    """What the reader of a confirmation email does: open the link, then press its button."""
    client.get(link)
    return client.post(link, follow=True)


def recipients(outbox) -> list[str]:
    return sorted(address for message in outbox for address in message.to)


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


def translate(page, publish=True, **changes):
    """The page's French translation as an editor makes it with wagtail-localize: a copy that shares its
    translation_key, under the French translation of its parent; published unless `publish=False`."""
    french = page.copy_for_translation(factories.french())
    for name, value in changes.items():
        setattr(french, name, value)
    if publish:
        french.save_revision().publish()
        french.refresh_from_db()
    return french


@pytest.fixture
def french_home(home_page):
    return translate(home_page, title="Accueil")


@pytest.fixture
def french_program_index(program_index, french_home):
    return translate(program_index, title="Programmes de recherche")


@pytest.fixture
def french_mappyacts(mappyacts, french_program_index):
    return translate(mappyacts)


@pytest.fixture
def french_news_index(news_index, french_home):
    return translate(news_index, title="Actualités")


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks):
    """Post the follow form; emails queued once the request's data is committed go out at once."""

    def post(email="donor@example.org", program=None, cancer=None, ip="192.0.2.1", language="en", **extra):
        data = {"email": email, "consent": "on", **extra}
        if program is not None:
            data["program"] = program.pk
        if cancer is not None:
            data["cancer"] = cancer.pk
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url("subscribe", language=language), data, REMOTE_ADDR=ip)

    return post


@pytest.fixture
def follower(db):
    """A subscriber with confirmed follows: `follower("a@example.org", program=p)`, or all news by default;
    they read English unless `language="fr"`."""

    def make(email, program=None, cancer=None, confirmed=True, language="en"):
        now = timezone.now() if confirmed else None
        subscriber, _ = Subscriber.objects.get_or_create(
            email=email, defaults={"confirmed_at": now, "language": language}
        )
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
