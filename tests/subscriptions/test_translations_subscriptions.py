"""The subscriptions in French: pages and emails that read in French, and the
consent stored as the visitor read it."""

import datetime

import pytest

from django.utils import translation

from subscriptions.emails import news_context, news_message
from subscriptions.models import Follow, Subscriber
from subscriptions.tokens import manage_token
from tests import factories
from tests.catalogues import NBSP
from tests.subscriptions.conftest import page_of, url


@pytest.fixture
def in_french():
    with translation.override("fr"):
        yield


@pytest.fixture
def mappyacts(french_mappyacts):
    """The French page of the program: a French visitor follows it from there."""
    return french_mappyacts


def test_the_sign_up_page_reads_in_french(client, home_page, in_french):
    page = page_of(client.get(url("subscribe", language="fr")))

    assert page.h1s == ["Les actualités par e-mail"]
    assert page.title.startswith("Les actualités par e-mail")
    assert "Votre adresse e-mail" in page.text
    assert "J’accepte de recevoir par e-mail toutes les actualités d’Imagine for Margo." in page.text
    assert "S’abonner" in page.text and "flux RSS" in page.text
    for english in ("News by email", "Your email address", "I agree", "Subscribe", "We first send you a link"):
        assert english not in page.text


def test_form_errors_read_in_french(client, mappyacts, in_french):
    response = client.post(url("subscribe", language="fr"), {"email": "nope", "program": mappyacts.pk})

    page = page_of(response)
    assert response.status_code == 400
    assert page.h1s == ["Suivre MAPPYACTS par e-mail"]
    assert "Veuillez vérifier le formulaire" in page.text
    assert "Saisissez une adresse e-mail au format nom@example.org." in page.text
    assert "Cochez la case pour accepter de recevoir ces e-mails." in page.text
    assert f'<span class="visually-hidden">Erreur{NBSP}: </span>' in response.content.decode()
    for english in ("Please check the form", "Enter an email address", "Tick the box", "Error:"):
        assert english not in page.text


def test_a_french_visitor_gets_the_email_and_consent_in_french(subscribe, mappyacts, outbox, in_french):
    subscribe(program=mappyacts, language="fr")

    [message] = outbox
    html = message.alternatives[0][0]
    assert message.subject == "Confirmez votre abonnement"
    assert message.body.startswith("Bonjour,\n")
    assert "a demandé à recevoir les actualités de MAPPYACTS de la part d’Imagine for Margo" in message.body
    assert f"Pour confirmer, ouvrez ce lien sous 7 jours{NBSP}:" in message.body
    assert f"Gérer vos abonnements{NBSP}: http://testserver/fr/subscriptions/preferences/" in message.body
    assert '<html lang="fr">' in html and "(ce lien est valable 7 jours)" in html
    for english in ("Hello", "Someone", "To confirm", "Manage your subscriptions", "Unsubscribe"):
        assert english not in message.body and english not in html
    # The consent kept as proof is the statement the visitor ticked, in the words they read.
    assert Follow.objects.get().consent_text == (
        "J’accepte de recevoir par e-mail les actualités du programme de recherche MAPPYACTS de la part "
        "d’Imagine for Margo. Je peux me désabonner à tout moment grâce au lien présent dans chaque e-mail."
    )


def test_a_news_email_in_french_dates_the_news_in_french(french_news_index, mappyacts, follower, in_french):
    news = factories.NewsPageFactory(parent=french_news_index, date=datetime.date(2025, 3, 5), programs=[mappyacts])
    subscriber = follower("donor@example.org", program=mappyacts, language="fr")

    message = news_message(subscriber, news_context(news), "http://localhost")

    assert "5 mars 2025 · MAPPYACTS" in message.body
    assert f"Lire l’actualité sur notre site{NBSP}:\nhttp://localhost/fr/" in message.body
    assert f"Se désabonner{NBSP}: http://localhost/fr/subscriptions/unsubscribe/" in message.body
    assert "Read it on our website" not in message.body and "March" not in message.body


def test_the_preferences_page_names_each_follow_in_french(client, mappyacts, follower, in_french):
    subscriber = follower("donor@example.org", program=mappyacts, language="fr")
    follower("donor@example.org", confirmed=False)

    page = page_of(client.get(url("preferences", manage_token(subscriber), language="fr")))

    assert page.h1s == ["Vos abonnements"]
    assert "Les actualités de MAPPYACTS" in page.text
    assert "Arrêter de recevoir les actualités de MAPPYACTS" in page.text
    assert "Toutes les actualités (en attente de votre confirmation" in page.text
    for english in ("Your subscriptions", "news of", "Stop", "waiting for you"):
        assert english not in page.text
    assert str(Subscriber.objects.get()) == f"Abonné n°{NBSP}{subscriber.pk}"
