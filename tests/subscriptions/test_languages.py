"""A bilingual list: each subscriber reads one language, the one they last subscribed in; their emails
and links are in it, and news reaches them once, in it, whichever language their follows were made in."""

import pytest

from django.utils import translation

from subscriptions.models import Follow, Subscriber
from subscriptions.tasks import send_follow_email
from subscriptions.tokens import manage_token
from tests import factories
from tests.subscriptions.conftest import confirm, links_in, page_of, recipients, translate, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def cancer(cancer_index):
    return factories.CancerPageFactory(parent=cancer_index, title="Neuroblastoma")


@pytest.fixture
def french_cancer(cancer, french_home):
    translate(cancer.get_parent(), title="Cancers de l’enfant")
    return translate(cancer, title="Neuroblastome")


@pytest.fixture
def news_in_both_languages(news_index, french_news_index, mappyacts, french_mappyacts):
    """A news item about MAPPYACTS written in English and translated into French, neither published yet."""
    english = factories.NewsPageFactory(parent=news_index, live=False, title="New results", programs=[mappyacts])
    french = translate(english, publish=False, title="Nouveaux résultats", programs=[french_mappyacts])
    return {"en": english, "fr": french}


def test_the_language_of_the_address_posted_to_is_remembered(subscribe, french_mappyacts, outbox):
    response = subscribe(program=french_mappyacts, language="fr")

    assert response["Location"] == "/fr/subscriptions/check-your-inbox/"
    assert Subscriber.objects.get().language == "fr"


def test_an_english_visitor_is_remembered_as_reading_english(subscribe, mappyacts, outbox):
    subscribe(program=mappyacts, language="en")

    assert Subscriber.objects.get().language == "en"


def test_subscribing_again_from_the_other_language_switches_to_it_once_confirmed(
    client, subscribe, mappyacts, french_mappyacts, outbox
):
    subscribe(program=french_mappyacts, language="fr")
    subscribe(program=mappyacts, language="en")

    # Anyone can post an address: until its owner confirms, it keeps its language.
    assert Subscriber.objects.get().language == "fr"
    # Both pages are the same program: there is still one follow, and the new email reads English.
    assert Follow.objects.count() == 1
    assert outbox[-1].subject == "Confirm your subscription"
    link = links_in(outbox[-1])["confirm"]
    assert link.startswith("/en/subscriptions/confirm/")

    client.get(link)
    assert Subscriber.objects.get().language == "fr"
    confirm(client, link)
    assert Subscriber.objects.get().language == "en"


def test_an_anonymous_request_cannot_switch_a_subscriber_s_language(
    client, subscribe, follower, mappyacts, french_mappyacts, outbox
):
    follower("donor@example.org", program=mappyacts)

    subscribe("donor@example.org", program=french_mappyacts, language="fr")

    assert Subscriber.objects.get().language == "en"
    [message] = outbox
    assert message.subject == "Votre abonnement est déjà actif"
    link = links_in(message)["confirm"]
    assert link.startswith("/fr/subscriptions/confirm/")
    page = page_of(client.get(link))
    assert page.h1s == ["Changer la langue de vos e-mails"]
    assert Subscriber.objects.get().language == "en"

    confirm(client, link)

    assert Subscriber.objects.get().language == "fr"


def test_the_confirmation_email_follows_the_subscriber_not_the_sender(follower, french_mappyacts, outbox):
    subscriber = follower("donor@example.org", program=french_mappyacts, confirmed=False, language="fr")

    # The worker sending it may be running in any language.
    with translation.override("en"):
        send_follow_email.call(subscriber.follows.get().pk, "http://localhost")

    [message] = outbox
    assert message.subject == "Confirmez votre abonnement"
    assert "les actualités de MAPPYACTS" in message.body
    assert set(links_in(message)) == {"confirm", "preferences", "unsubscribe"}
    assert all(link.startswith("/fr/subscriptions/") for link in links_in(message).values())
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://localhost/fr/subscriptions/unsubscribe/")
    assert 'href="http://localhost/fr/"' in message.alternatives[0][0]


def test_the_confirmation_email_names_the_followed_page_in_the_subscriber_s_language(
    follower, cancer, french_cancer, outbox
):
    # They followed the English page, then subscribed to something else from the French site.
    subscriber = follower("donor@example.org", cancer=cancer, confirmed=False, language="fr")

    send_follow_email.call(subscriber.follows.get().pk, "http://localhost")

    [message] = outbox
    assert "Neuroblastome" in message.body and "Neuroblastoma" not in message.body


def test_the_confirmation_link_of_a_french_email_answers_in_french(client, subscribe, french_mappyacts, outbox):
    subscribe(program=french_mappyacts, language="fr")

    link = links_in(outbox[0])["confirm"]

    assert page_of(client.get(link)).h1s == ["Confirmez votre abonnement"]
    assert page_of(confirm(client, link)).h1s == ["Abonnement confirmé"]


def test_news_goes_to_the_subscribers_of_its_language_only(
    publish, news_in_both_languages, mappyacts, french_mappyacts, follower, outbox
):
    follower("english@example.org", program=mappyacts)
    follower("french@example.org", program=french_mappyacts, language="fr")
    follower("everything-en@example.org")
    follower("everything-fr@example.org", language="fr")

    publish(news_in_both_languages["en"])

    assert recipients(outbox) == ["english@example.org", "everything-en@example.org"]
    assert {message.subject for message in outbox} == {"New results"}
    assert all("http://localhost/en/news/new-results/" in message.body for message in outbox)
    outbox.clear()

    publish(news_in_both_languages["fr"])

    assert recipients(outbox) == ["everything-fr@example.org", "french@example.org"]
    assert {message.subject for message in outbox} == {"Nouveaux résultats"}
    message = outbox[0]
    assert f"http://localhost{news_in_both_languages['fr'].url}" in message.body
    assert news_in_both_languages["fr"].url.startswith("/fr/")
    assert "Lire l’actualité sur notre site" in message.body
    assert all(link.startswith("/fr/subscriptions/") for link in links_in(message).values())


def test_follows_match_a_news_item_in_any_language(
    publish, news_in_both_languages, mappyacts, french_mappyacts, follower, outbox
):
    # Each followed the program from the page in the other language (they read it there, then switched).
    follower("english@example.org", program=french_mappyacts)
    follower("french@example.org", program=mappyacts, language="fr")

    publish(news_in_both_languages["en"])
    publish(news_in_both_languages["fr"])

    english, french = sorted(outbox, key=lambda message: message.to)
    assert english.to == ["english@example.org"] and english.subject == "New results"
    assert french.to == ["french@example.org"] and french.subject == "Nouveaux résultats"


def test_a_cancer_followed_in_french_hears_of_english_programs_news_in_french(
    publish, news_in_both_languages, mappyacts, cancer, french_cancer, follower, outbox
):
    mappyacts.cancers.add(cancer)
    mappyacts.save()
    follower("french@example.org", cancer=french_cancer, language="fr")

    publish(news_in_both_languages["en"])
    assert outbox == []

    publish(news_in_both_languages["fr"])
    assert recipients(outbox) == ["french@example.org"]


def test_no_one_gets_a_news_item_twice_even_after_switching_language(
    client, subscribe, publish, news_in_both_languages, mappyacts, follower, outbox
):
    follower("donor@example.org", program=mappyacts, language="fr")
    publish(news_in_both_languages["fr"])
    assert recipients(outbox) == ["donor@example.org"]

    subscribe("donor@example.org", program=mappyacts, language="en")
    confirm(client, links_in(outbox[-1])["confirm"])
    assert Subscriber.objects.get().language == "en"
    outbox.clear()
    publish(news_in_both_languages["en"])

    assert outbox == []


def test_the_follow_form_of_a_french_page_follows_the_french_page(client, french_mappyacts):
    content = client.get(french_mappyacts.url).content.decode()

    assert 'action="/fr/subscriptions/"' in content
    assert f'name="program" value="{french_mappyacts.pk}"' in content


def test_the_follow_form_takes_only_programs_of_the_language_it_is_posted_in(subscribe, mappyacts, outbox):
    response = subscribe(program=mappyacts, language="fr")

    assert response.status_code == 400
    assert "ne peut plus être suivi" in page_of(response).text
    assert not Subscriber.objects.exists() and outbox == []


def test_the_preferences_page_names_follows_in_the_language_read(client, follower, cancer, french_cancer):
    subscriber = follower("donor@example.org", cancer=french_cancer, language="fr")

    english = page_of(client.get(url("preferences", manage_token(subscriber), language="en")))
    french = page_of(client.get(url("preferences", manage_token(subscriber), language="fr")))

    assert "News about Neuroblastoma" in english.text and "Neuroblastome" not in english.text
    assert "Les actualités sur « Neuroblastome »" in french.text and "Neuroblastoma" not in french.text
