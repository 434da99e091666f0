"""Signed links: confirmation (expires), preferences and unsubscribe (do not), and their tampering."""

import re
import time
from unittest import mock

import pytest

from django.conf import settings
from django.test import Client

from subscriptions.models import Follow, Subscriber
from subscriptions.tokens import confirmation_token, manage_token
from tests.subscriptions.conftest import links_in, page_of, token_of, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending_follow(subscribe, mappyacts, outbox):
    subscribe(program=mappyacts)
    return Follow.objects.get()


def test_an_expired_confirmation_link_is_a_clear_400(client, pending_follow):
    issued = time.time() - settings.SUBSCRIPTIONS_CONFIRMATION_MAX_AGE - 60
    with mock.patch("django.core.signing.time.time", return_value=issued):
        token = confirmation_token(pending_follow)

    response = client.get(url("confirm", token))

    assert response.status_code == 400
    assert page_of(response).h1s == ["This link has expired"]
    pending_follow.refresh_from_db()
    assert pending_follow.confirmed_at is None


def test_a_confirmation_link_within_its_validity_works(client, pending_follow):
    issued = time.time() - settings.SUBSCRIPTIONS_CONFIRMATION_MAX_AGE + 60
    with mock.patch("django.core.signing.time.time", return_value=issued):
        token = confirmation_token(pending_follow)

    assert client.get(url("confirm", token)).status_code == 200


@pytest.mark.parametrize("kind", ["confirm", "preferences", "unsubscribe"])
def test_a_tampered_link_is_a_clear_400(client, pending_follow, outbox, kind):
    token = token_of(links_in(outbox[0])[kind])
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")

    for bad in (tampered, "garbage", token.replace(":", "")):
        response = client.get(url(kind, bad))
        assert response.status_code == 400, bad
        assert page_of(response).h1s == ["This link is not valid"]
    assert Subscriber.objects.get().confirmed_at is None


def test_rotating_the_secret_revokes_every_link(client, pending_follow):
    old_confirm = confirmation_token(pending_follow)
    old_manage = manage_token(pending_follow.subscriber)
    Subscriber.objects.update(secret="rotated")

    assert client.get(url("confirm", old_confirm)).status_code == 400
    assert client.get(url("preferences", old_manage)).status_code == 400


def test_a_link_signed_for_another_purpose_is_refused(client, pending_follow):
    manage = manage_token(pending_follow.subscriber)

    assert client.get(url("confirm", manage)).status_code == 400


def test_the_unsubscribe_link_shows_a_confirm_button_then_erases_the_subscriber(client, pending_follow, outbox):
    path = links_in(outbox[0])["unsubscribe"]

    page = client.get(path)

    assert page.status_code == 200
    assert Subscriber.objects.exists()
    assert f'action="{path}"' in page.content.decode()

    done = client.post(path)

    assert done.status_code == 200
    assert page_of(done).h1s == ["You are unsubscribed"]
    assert not Subscriber.objects.exists() and not Follow.objects.exists()
    # The link keeps answering, without error, once the address is gone.
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 200


def test_one_click_unsubscribe_needs_no_csrf_token(pending_follow, outbox):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    path = links_in(outbox[0])["unsubscribe"]

    response = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")

    assert response.status_code == 200
    assert not Subscriber.objects.exists()


def test_the_preferences_page_lists_follows_and_stops_one(client, subscribe, mappyacts, esmart, outbox):
    subscribe(program=mappyacts)
    subscribe(program=esmart)
    path = links_in(outbox[0])["preferences"]
    esmart_follow = Follow.objects.get(program=esmart)

    page = page_of(client.get(path))

    assert page.h1s == ["Your subscriptions"]
    assert "News of MAPPYACTS" in page.text and "News of ESMART" in page.text

    response = client.post(path, {"follow": esmart_follow.pk})

    assert response.status_code == 303
    assert list(Follow.objects.values_list("program__acronym", flat=True)) == ["MAPPYACTS"]
    assert "no longer receive" in page_of(client.get(path)).text


def test_stopping_the_last_follow_erases_the_subscriber(client, subscribe, mappyacts, outbox):
    subscribe(program=mappyacts)
    path = links_in(outbox[0])["preferences"]

    response = client.post(path, {"follow": Follow.objects.get().pk})

    assert response["Location"] == "/en/subscriptions/unsubscribed/"
    assert not Subscriber.objects.exists()


def test_the_preferences_page_unsubscribes_from_everything(client, subscribe, mappyacts, esmart, outbox):
    subscribe(program=mappyacts)
    subscribe(program=esmart)

    client.post(links_in(outbox[0])["preferences"], {"action": "unsubscribe"})

    assert not Subscriber.objects.exists() and not Follow.objects.exists()


def test_a_follow_of_another_subscriber_cannot_be_removed(client, subscribe, mappyacts, follower, outbox):
    other = follower("other@example.org", program=mappyacts)
    subscribe(program=mappyacts)
    path = links_in(outbox[0])["preferences"]

    client.post(path, {"follow": other.follows.get().pk})

    assert other.follows.exists()


def test_link_pages_are_never_cached(client, pending_follow, outbox):
    for path in links_in(outbox[0]).values():
        assert "no-store" in client.get(path)["Cache-Control"]


def test_opening_a_confirmation_link_confirms_nothing_until_its_button_is_pressed(client, pending_follow, outbox):
    link = links_in(outbox[0])["confirm"]

    # A mail scanner opens the link, and again, with HEAD too.
    for _ in range(2):
        page = page_of(client.get(link))
        assert page.h1s == ["Confirm your subscription"]
    client.head(link)

    pending_follow.refresh_from_db()
    assert pending_follow.confirmed_at is None
    assert Subscriber.objects.get().confirmed_at is None


def test_the_confirmation_button_needs_the_page_s_csrf_token(pending_follow, outbox):
    link = links_in(outbox[0])["confirm"]
    browser = Client(enforce_csrf_checks=True)

    assert browser.post(link).status_code == 403
    pending_follow.refresh_from_db()
    assert pending_follow.confirmed_at is None

    page = browser.get(link)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    response = browser.post(link, {"csrfmiddlewaretoken": token})

    assert response.status_code == 303
    assert "no-store" in response["Cache-Control"]
    pending_follow.refresh_from_db()
    assert pending_follow.confirmed_at is not None
