"""French titles and descriptions (alt texts) for the demo illustrations of `demo.images`.

The palettes are the English module's; only their description changes. Colours agree with "cercles".
"""

COLOUR_WORDS = {
    "orange": "orange, crème et bleus",
    "coral": "corail, roses et bleus",
    "sunrise": "jaunes, orange et violets",
    "teal": "bleu canard, blancs et orange",
    "blue": "bleus, orange et blancs",
    "violet": "violets, jaunes et blancs",
}

# The word drawn on a news item's illustration when it concerns several programs.
RESEARCH_NEWS_WORD = "Actualités de la recherche"


def illustration_description(word: str, palette: str, subject: str) -> str:
    """The alt text of an illustration showing `word`, made for `subject`."""
    return f"Illustration abstraite de cercles {COLOUR_WORDS[palette]} portant l’inscription « {word} », pour {subject}"


def home_illustration() -> tuple[str, str]:
    """The title and subject of the home page's illustration."""
    return "Illustration : page d’accueil", "la page d’accueil d’Imagine for Margo"


def cancer_illustration(title: str) -> tuple[str, str]:
    return f"Illustration : {title}", f"la page « {title} »"


def program_illustration(acronym: str) -> tuple[str, str]:
    return f"Illustration : programme {acronym}", f"le programme {acronym}"


def news_illustration(title: str) -> tuple[str, str]:
    return f"Illustration : {title}", f"l’actualité « {title} »"
