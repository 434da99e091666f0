"""The sign-up flow a visitor goes through: form, confirmation email, confirmation link."""

import pytest

from subscriptions.models import Follow, Subscriber
from tests.subscriptions.conftest import confirm, links_in, page_of, url

pytestmark = pytest.mark.django_db


def test_subscribing_to_a_program_emails_a_confirmation_link_that_confirms(client, subscribe, mappyacts, outbox):
    response = subscribe("Donor@Example.org ", program=mappyacts)

    assert response.status_code == 303
    assert response["Location"] == "/en/subscriptions/check-your-inbox/"
    assert client.get(response["Location"]).status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "donor@example.org"
    assert subscriber.confirmed_at is None
    follow = subscriber.follows.get()
    assert follow.program == mappyacts and follow.confirmed_at is None
    assert "MAPPYACTS" in follow.consent_text and follow.consent_at is not None

    [message] = outbox
    assert message.to == ["donor@example.org"]
    assert "MAPPYACTS" in message.body
    assert message.alternatives[0][1] == "text/html"
    links = links_in(message)
    assert links.keys() == {"confirm", "preferences", "unsubscribe"}
    assert "http://testserver/en/subscriptions/confirm/" in message.body

    # Opening the link (as mail scanners do) shows a button and confirms nothing.
    page = client.get(links["confirm"])

    assert page.status_code == 200
    assert "Confirm to receive news of MAPPYACTS by email" in page_of(page).text
    follow.refresh_from_db()
    assert follow.confirmed_at is None

    response = client.post(links["confirm"])

    assert response.status_code == 303 and response["Location"] == links["confirm"]
    assert "You will receive news of MAPPYACTS by email" in page_of(client.get(links["confirm"])).text
    follow.refresh_from_db()
    subscriber.refresh_from_db()
    assert follow.confirmed_at is not None and subscriber.confirmed_at is not None


def test_the_confirmation_email_has_one_click_unsubscribe_headers(subscribe, mappyacts, outbox):
    subscribe(program=mappyacts)

    [message] = outbox
    unsubscribe = links_in(message)["unsubscribe"]
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in message.alternatives[0][0]


def test_the_newsletter_page_subscribes_to_all_news(client, subscribe, home_page, outbox):
    assert client.get(url("subscribe")).status_code == 200

    subscribe()

    follow = Follow.objects.get()
    assert follow.program is None and follow.cancer is None
    assert "all the news" in follow.consent_text


def test_a_cancer_can_be_followed(subscribe, cancer_index, outbox):
    from tests.factories import CancerPageFactory

    cancer = CancerPageFactory(parent=cancer_index, title="Neuroblastoma")

    subscribe(cancer=cancer)

    assert Follow.objects.get().cancer == cancer
    assert "Neuroblastoma" in outbox[0].body


def test_a_malformed_address_gets_a_clear_message_and_nothing_is_stored(subscribe, mappyacts, outbox):
    response = subscribe("not-an-address", program=mappyacts)

    assert response.status_code == 400
    page = page_of(response)
    assert "Enter an email address in the form name@example.org." in page.text
    assert 'value="not-an-address"' in response.content.decode()
    assert 'aria-describedby="follow-email-error"' in response.content.decode()
    assert page.h1s == ["Follow MAPPYACTS by email"]
    assert not Subscriber.objects.exists() and outbox == []


def test_consent_must_be_given(client, mappyacts, outbox):
    response = client.post(url("subscribe"), {"email": "donor@example.org", "program": mappyacts.pk})

    assert response.status_code == 400
    assert "Tick the box to agree" in page_of(response).text
    assert not Subscriber.objects.exists()


def test_an_unknown_program_is_refused(client, home_page, outbox):
    response = client.post(url("subscribe"), {"email": "donor@example.org", "consent": "on", "program": "999999"})

    assert response.status_code == 400
    assert "can no longer be followed" in page_of(response).text
    assert not Subscriber.objects.exists()


def test_subscribing_twice_is_not_an_error(subscribe, mappyacts, outbox):
    first = subscribe(program=mappyacts)
    second = subscribe(program=mappyacts)

    assert first.status_code == second.status_code == 303
    assert first["Location"] == second["Location"]
    assert Follow.objects.count() == 1
    assert len(outbox) == 2


def test_the_answer_does_not_tell_whether_an_address_already_follows(client, subscribe, mappyacts, follower, outbox):
    follower("known@example.org", program=mappyacts)

    known = subscribe("known@example.org", program=mappyacts)
    unknown = subscribe("unknown@example.org", program=mappyacts)

    assert known.status_code == unknown.status_code == 303
    assert known["Location"] == unknown["Location"]
    assert known.content == unknown.content
    # The owner of the known address is told by email instead, with no link to confirm.
    reminder = next(message for message in outbox if message.to == ["known@example.org"])
    assert "already confirmed" in reminder.body and "confirm" not in links_in(reminder)


def test_a_confirmed_subscriber_confirms_each_new_follow(client, subscribe, mappyacts, esmart, follower, outbox):
    follower("donor@example.org", program=mappyacts)

    subscribe("donor@example.org", program=esmart)

    new_follow = Follow.objects.get(program=esmart)
    assert new_follow.confirmed_at is None
    confirm(client, links_in(outbox[-1])["confirm"])
    new_follow.refresh_from_db()
    assert new_follow.confirmed_at is not None


def test_a_filled_honeypot_looks_like_success_but_stores_and_sends_nothing(subscribe, mappyacts, outbox):
    response = subscribe(program=mappyacts, website="https://spam.example")

    assert response.status_code == 303
    assert response["Location"] == "/en/subscriptions/check-your-inbox/"
    assert not Subscriber.objects.exists() and outbox == []
