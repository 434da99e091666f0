"""What a visitor types into a search: its words only, so that no search backend reads it as syntax. Used
by the site search (search/) and the API's `?search=` (api/)."""

import re

MAX_QUERY_LENGTH = 200


def clean_query(raw: str) -> tuple[str, bool]:
    """The words of a query, stripped of anything a search backend could read as syntax.

    Returns the cleaned query and whether it had to be shortened.
    """
    words = re.sub(r"[^\w\s'’-]", " ", raw.replace("\x00", " ")).split()
    cleaned = " ".join(word.strip("'’-") for word in words if word.strip("'’-"))
    shortened = len(cleaned) > MAX_QUERY_LENGTH
    return cleaned[:MAX_QUERY_LENGTH].strip(), shortened
