"""Reading the apps' message catalogues (.po) in tests, without a dependency for it."""

import ast
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

NBSP = "\u00a0"
APPS_WITH_CATALOGUES = [
    "charity",
    "cancers",
    "programs",
    "subscriptions",
    "search",
    "discovery",
    "translations",
    "staff",
]


@dataclass
class CatalogueEntry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstrs: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False


def catalogue(app: str, language: str, app_dir: Path | None = None) -> Path:
    base = app_dir if app_dir is not None else Path(settings.BASE_DIR) / app
    return base / "locale" / language / "LC_MESSAGES" / "django.po"


def read_catalogue(path: Path) -> list[CatalogueEntry]:
    """The entries of a .po file, the header first (its msgid is empty)."""
    entries: list[CatalogueEntry] = []
    flags: set[str] = set()
    context: str | None = None
    keyword = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#,"):
            flags |= {flag.strip() for flag in line[2:].split(",")}
            continue
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            value = ast.literal_eval(line)
            entry = entries[-1] if entries else None
            if keyword == "msgctxt":
                context += value
            elif keyword == "msgid":
                entry.msgid += value
            elif keyword == "msgid_plural":
                entry.msgid_plural += value
            else:
                entry.msgstrs[-1] += value
            continue
        keyword, _, quoted = line.partition(" ")
        value = ast.literal_eval(quoted)
        if keyword == "msgctxt":
            context = value
        elif keyword == "msgid":
            entries.append(CatalogueEntry(value, msgctxt=context, flags=flags, obsolete=obsolete))
            flags, context = set(), None
        elif keyword == "msgid_plural":
            entries[-1].msgid_plural = value
        else:
            entries[-1].msgstrs.append(value)
    return entries
