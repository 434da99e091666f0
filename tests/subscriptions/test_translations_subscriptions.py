"""The subscriptions in French: a complete catalogue, pages and emails that read in French, and the
consent stored as the visitor read it."""

import ast
import datetime
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from django.conf import settings
from django.utils import translation

from subscriptions.emails import news_context, news_message
from subscriptions.models import Follow, Subscriber
from subscriptions.tokens import manage_token
from tests import factories
from tests.subscriptions.conftest import page_of

APP_DIR = Path(settings.BASE_DIR) / "subscriptions"
NBSP = "\u00a0"


@dataclass
class Entry:
    msgid: str
    msgid_plural: str | None = None
    msgstrs: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)


def read_po(path: Path) -> list[Entry]:
    """The entries of a .po file, the header first (its msgid is empty)."""
    entries: list[Entry] = []
    flags: set[str] = set()
    keyword = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#,"):
            flags |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#~"):
            raise AssertionError(f"obsolete entry left in {path}: {line}")
        elif not line or line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            entry = entries[-1]
            if keyword == "msgid":
                entry.msgid += value
            elif keyword == "msgid_plural":
                entry.msgid_plural += value
            else:
                entry.msgstrs[-1] += value
        else:
            keyword, _, quoted = line.partition(" ")
            value = ast.literal_eval(quoted)
            if keyword == "msgid":
                entries.append(Entry(value, flags=flags))
                flags = set()
            elif keyword == "msgid_plural":
                entries[-1].msgid_plural = value
            else:
                entries[-1].msgstrs.append(value)
    return entries


def catalogue(language: str, app_dir: Path = APP_DIR) -> Path:
    return app_dir / "locale" / language / "LC_MESSAGES" / "django.po"


def gettext_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (GNU gettext) is not installed")
    return path


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_catalogues_compile(language):
    result = subprocess.run(
        [gettext_tool("msgfmt"), "--check-format", "-o", "/dev/null", str(catalogue(language))],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr


def test_every_french_message_is_translated_in_french_typography():
    header, *messages = read_po(catalogue("fr"))

    assert header.msgid == "" and "fuzzy" not in header.flags
    assert "Language: fr\n" in header.msgstrs[0]
    assert "Plural-Forms: nplurals=2; plural=(n > 1);" in header.msgstrs[0]
    assert messages
    assert [entry.msgid for entry in messages if "fuzzy" in entry.flags] == []
    assert [entry.msgid for entry in messages if not all(entry.msgstrs)] == []
    for entry in messages:
        assert len(entry.msgstrs) == (2 if entry.msgid_plural else 1), entry.msgid
        for msgstr in entry.msgstrs:
            assert "'" not in msgstr, msgstr
            # A non-breaking space, never a plain one, before the high punctuation and inside guillemets.
            for mark in (" :", " ;", " ?", " !", " »", "« "):
                assert mark not in msgstr, msgstr


def test_the_english_catalogue_leaves_english_as_written():
    header, *messages = read_po(catalogue("en"))

    assert "Language: en\n" in header.msgstrs[0] and "fuzzy" not in header.flags
    assert messages and all(not any(entry.msgstrs) for entry in messages)
    assert {entry.msgid for entry in messages} == {entry.msgid for entry in read_po(catalogue("fr"))[1:]}


def test_the_catalogues_hold_every_string_of_the_app(tmp_path):
    """makemessages run afresh on the app finds no message the catalogues lack, and none they no longer need."""
    gettext_tool("xgettext")
    copy = tmp_path / "subscriptions"
    shutil.copytree(APP_DIR, copy, ignore=shutil.ignore_patterns("locale", "__pycache__"))
    (copy / "locale").mkdir()
    subprocess.run(
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "makemessages", "-l", "fr", "-e", "html,txt,py"],
        cwd=copy,
        capture_output=True,
        check=True,
    )

    def messages(path):
        return {(entry.msgid, entry.msgid_plural) for entry in read_po(path)[1:]}

    assert messages(catalogue("fr", copy)) == messages(catalogue("fr"))


@pytest.fixture
def in_french():
    with translation.override("fr"):
        yield


@pytest.fixture
def mappyacts(program_index):
    return factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", slug="mappyacts")


def test_the_sign_up_page_reads_in_french(client, home_page, in_french):
    page = page_of(client.get("/subscriptions/", HTTP_ACCEPT_LANGUAGE="fr"))

    assert page.h1s == ["Les actualités par e-mail"]
    assert page.title.startswith("Les actualités par e-mail")
    assert "Votre adresse e-mail" in page.text
    assert "J’accepte de recevoir par e-mail toutes les actualités d’Imagine for Margo." in page.text
    assert "S’abonner" in page.text and "flux RSS" in page.text
    for english in ("News by email", "Your email address", "I agree", "Subscribe", "We first send you a link"):
        assert english not in page.text


def test_form_errors_read_in_french(client, mappyacts, in_french):
    response = client.post("/subscriptions/", {"email": "nope", "program": mappyacts.pk}, HTTP_ACCEPT_LANGUAGE="fr")

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
    subscribe(program=mappyacts)

    [message] = outbox
    html = message.alternatives[0][0]
    assert message.subject == "Confirmez votre abonnement"
    assert message.body.startswith("Bonjour,\n")
    assert "a demandé à recevoir les actualités de MAPPYACTS de la part d’Imagine for Margo" in message.body
    assert f"Pour confirmer, ouvrez ce lien sous 7 jours{NBSP}:" in message.body
    assert f"Gérer vos abonnements{NBSP}: http://testserver/subscriptions/preferences/" in message.body
    assert '<html lang="fr">' in html and "(ce lien est valable 7 jours)" in html
    for english in ("Hello", "Someone", "To confirm", "Manage your subscriptions", "Unsubscribe"):
        assert english not in message.body and english not in html
    # The consent kept as proof is the statement the visitor ticked, in the words they read.
    assert Follow.objects.get().consent_text == (
        "J’accepte de recevoir par e-mail les actualités du programme de recherche MAPPYACTS de la part "
        "d’Imagine for Margo. Je peux me désabonner à tout moment grâce au lien présent dans chaque e-mail."
    )


def test_a_news_email_in_french_dates_the_news_in_french(news_index, mappyacts, follower, in_french):
    news = factories.NewsPageFactory(parent=news_index, date=datetime.date(2025, 3, 5))
    news.programs.add(mappyacts)
    news.save()
    subscriber = follower("donor@example.org", program=mappyacts)

    message = news_message(subscriber, news_context(news), "http://localhost")

    assert "5 mars 2025 · MAPPYACTS" in message.body
    assert f"Lire l’actualité sur notre site{NBSP}:" in message.body
    assert f"Se désabonner{NBSP}: http://localhost/subscriptions/unsubscribe/" in message.body
    assert "Read it on our website" not in message.body and "March" not in message.body


def test_the_preferences_page_names_each_follow_in_french(client, mappyacts, follower, in_french):
    subscriber = follower("donor@example.org", program=mappyacts)
    follower("donor@example.org", confirmed=False)

    page = page_of(client.get(f"/subscriptions/preferences/{manage_token(subscriber)}/", HTTP_ACCEPT_LANGUAGE="fr"))

    assert page.h1s == ["Vos abonnements"]
    assert "Les actualités de MAPPYACTS" in page.text
    assert "Arrêter de recevoir les actualités de MAPPYACTS" in page.text
    assert "Toutes les actualités (en attente de votre confirmation" in page.text
    for english in ("Your subscriptions", "news of", "Stop", "waiting for you"):
        assert english not in page.text
    assert str(Subscriber.objects.get()) == f"Abonné n°{NBSP}{subscriber.pk}"
