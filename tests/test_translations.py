"""Every app's catalogues: they compile, the French one is complete and typeset, and they hold exactly
the strings the app uses, so a string added or changed without its translation fails here."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings

from tests.catalogues import APPS_WITH_CATALOGUES, catalogue, read_catalogue

pytestmark = pytest.mark.parametrize("app", APPS_WITH_CATALOGUES)


def gettext_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (GNU gettext) is not installed")
    return path


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_catalogues_compile(app, language):
    result = subprocess.run(
        [gettext_tool("msgfmt"), "--check-format", "-o", "/dev/null", str(catalogue(app, language))],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr


def test_every_french_message_is_translated_in_french_typography(app):
    header, *messages = read_catalogue(catalogue(app, "fr"))

    assert header.msgid == "" and "fuzzy" not in header.flags
    assert "Language: fr\n" in header.msgstrs[0]
    assert "Plural-Forms: nplurals=2; plural=(n > 1);" in header.msgstrs[0]
    assert messages
    assert [entry.msgid for entry in messages if entry.obsolete] == []
    assert [entry.msgid for entry in messages if "fuzzy" in entry.flags] == []
    assert [entry.msgid for entry in messages if not all(entry.msgstrs)] == []
    for entry in messages:
        assert len(entry.msgstrs) == (2 if entry.msgid_plural else 1), entry.msgid
        for msgstr in entry.msgstrs:
            assert "'" not in msgstr, msgstr
            # A non-breaking space, never a plain one, before the high punctuation and inside guillemets.
            for mark in (" :", " ;", " ?", " !", " »", "« "):
                assert mark not in msgstr, msgstr


def test_the_english_catalogue_leaves_english_as_written(app):
    header, *messages = read_catalogue(catalogue(app, "en"))

    assert "fuzzy" not in header.flags
    assert messages and all(not any(entry.msgstrs) for entry in messages)
    french = read_catalogue(catalogue(app, "fr"))[1:]
    assert {(entry.msgctxt, entry.msgid) for entry in messages} == {(entry.msgctxt, entry.msgid) for entry in french}


def test_the_catalogues_hold_every_string_of_the_app(app, tmp_path):
    """makemessages run afresh on the app finds no message the catalogues lack, and none they no longer need."""
    gettext_tool("xgettext")
    copy = tmp_path / app
    shutil.copytree(Path(settings.BASE_DIR) / app, copy, ignore=shutil.ignore_patterns("locale", "__pycache__"))
    (copy / "locale").mkdir()
    subprocess.run(
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "makemessages", "-l", "fr", "-e", "html,txt,py"],
        cwd=copy,
        capture_output=True,
        check=True,
    )

    def messages(path):
        return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in read_catalogue(path)[1:]}

    assert messages(catalogue(app, "fr", copy)) == messages(catalogue(app, "fr"))
