"""Shorthands for writing StreamField bodies as data, turned into raw stream data by `to_stream`.

Block ids are derived from the page and the block's position, so that loading the same content twice
stores exactly the same JSON and an unchanged page is recognised as unchanged.
"""

import uuid

DONATE_PAGE = "donate-page"
ID_NAMESPACE = uuid.UUID("5b1e8a52-4c1f-4f63-9d55-0c1f3b6a2e10")

EXAMPLE_NEWS_DATE_NOTE = "Demo content: the date of this news item is illustrative."
MEDICAL_REVIEW_NOTE = "Example content: this page awaits review by our medical committee."


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(*sentences):
    return ("paragraph", f"<p>{' '.join(sentences)}</p>")


def bullets(*items):
    return ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def note(text):
    """An editorial note that must stay visible to readers, e.g. that content is an example."""
    return ("paragraph", f"<p><i>{text}</i></p>")


def key_figure(figure, label, source=""):
    return ("key_figure", {"figure": figure, "label": label, "source": source})


def impact_figures():
    return ("impact_figures", None)


def donate_call(heading="Support research against childhood cancer", text="", button_label="Donate"):
    return ("call_to_action", {"heading": heading, "text": text, "button_label": button_label, "page": DONATE_PAGE})


def document(document_title, description=""):
    return ("document", {"document": document_title, "title": "", "description": description})


def to_stream(key, blocks, references):
    """Raw stream data for `blocks`; `references` maps placeholders (page or document names) to ids."""
    stream = []
    for position, (block_type, value) in enumerate(blocks):
        if block_type == "call_to_action":
            value = {**value, "page": references[value["page"]], "url": ""}
        elif block_type == "document":
            value = {**value, "document": references[value["document"]]}
        block_id = uuid.uuid5(ID_NAMESPACE, f"{key}/{position}/{block_type}")
        stream.append({"type": block_type, "value": value, "id": str(block_id)})
    return stream
