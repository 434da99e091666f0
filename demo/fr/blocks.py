"""The French shorthands: the blocks of `demo.blocks`, with French defaults and editorial notes."""

from ..blocks import DONATE_PAGE, bullets, document, heading, impact_figures, key_figure, note, paragraph
from ..blocks import donate_call as _donate_call

__all__ = [
    "DONATE_PAGE",
    "EXAMPLE_NEWS_DATE_NOTE",
    "MEDICAL_REVIEW_NOTE",
    "bullets",
    "document",
    "donate_call",
    "heading",
    "impact_figures",
    "key_figure",
    "note",
    "paragraph",
]

EXAMPLE_NEWS_DATE_NOTE = "Contenu de démonstration : la date de cette actualité est indicative."
MEDICAL_REVIEW_NOTE = "Contenu d’exemple : cette page attend la relecture de notre comité médical."

DONATE_HEADING = "Soutenez la recherche contre les cancers de l’enfant"
DONATE_BUTTON_LABEL = "Faire un don"


def donate_call(heading=DONATE_HEADING, text="", button_label=DONATE_BUTTON_LABEL):
    return _donate_call(heading=heading, text=text, button_label=button_label)
