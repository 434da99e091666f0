"""The follow form carries no CSRF token (its pages are cached for everyone): posts that browsers say
come from another site are refused instead, and nothing is stored or sent."""

import pytest

from django.test import Client

from subscriptions.models import Follow, Subscriber
from tests.subscriptions.conftest import url

pytestmark = pytest.mark.django_db

FOREIGN = [
    {"HTTP_ORIGIN": "https://attacker.example"},
    {"HTTP_ORIGIN": "null"},
    {"HTTP_ORIGIN": "https://testserver"},  # this site's host, but not the scheme it is served on
    {"HTTP_SEC_FETCH_SITE": "cross-site"},
    {"HTTP_SEC_FETCH_SITE": "same-site"},
]


@pytest.mark.parametrize("headers", FOREIGN, ids=lambda headers: " ".join(headers.values()))
def test_a_post_from_another_site_is_refused_and_nothing_is_stored(client, mappyacts, outbox, headers):
    data = {"email": "victim@example.org", "consent": "on", "program": mappyacts.pk}

    response = client.post(url("subscribe"), data, **headers)

    assert response.status_code == 403
    assert not Subscriber.objects.exists() and not Follow.objects.exists()
    assert outbox == []


def test_a_post_from_the_site_itself_is_taken_without_a_token(mappyacts, outbox, django_capture_on_commit_callbacks):
    browser = Client(enforce_csrf_checks=True)
    data = {"email": "donor@example.org", "consent": "on", "program": mappyacts.pk}
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(
            url("subscribe"), data, HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin"
        )

    assert response.status_code == 303
    assert Follow.objects.filter(program=mappyacts, subscriber__email="donor@example.org").exists()
    assert [message.to for message in outbox] == [["donor@example.org"]]
