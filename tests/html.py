"""What a test needs to read from a rendered page, parsed with the standard library."""

import re
from html.parser import HTMLParser

VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
INVISIBLE_ELEMENTS = {"script", "style", "template", "head"}


class ParsedPage(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.title = ""
        self.meta_description: str | None = None
        self.h1s: list[str] = []
        self.images: list[dict[str, str | None]] = []
        self.links: list[str] = []
        # <link rel="alternate" hreflang="…">: the page in each language, by language code.
        self.alternates: dict[str, str] = {}
        # <a hreflang="…">: links to a page in another language (the language switcher), by language code.
        self.language_links: dict[str, str] = {}
        self._texts: list[str] = []
        self._open: list[str] = []

    @property
    def text(self) -> str:
        """The visible text, with whitespace collapsed."""
        return re.sub(r"\s+", " ", " ".join(self._texts)).strip()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        elif tag == "meta" and (attributes.get("name") or "").lower() == "description":
            self.meta_description = attributes.get("content")
        elif tag == "img":
            self.images.append(attributes)
        elif tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
            if attributes.get("hreflang"):
                self.language_links[attributes["hreflang"]] = attributes["href"]
        elif tag == "link" and (attributes.get("rel") or "").lower() == "alternate" and attributes.get("hreflang"):
            self.alternates[attributes["hreflang"]] = attributes.get("href") or ""
        elif tag == "h1":
            self.h1s.append("")
        if tag not in VOID_ELEMENTS:
            self._open.append(tag)

    def handle_endtag(self, tag):
        if tag in self._open:
            while self._open and self._open.pop() != tag:
                pass

    def handle_data(self, data):
        if "title" in self._open:
            self.title += data
        if "h1" in self._open and self.h1s:
            self.h1s[-1] += data
        if not INVISIBLE_ELEMENTS.intersection(self._open):
            self._texts.append(data)

    def position(self, text: str) -> int:
        """Where `text` first appears in the visible text; fails the test when it does not."""
        index = self.text.find(text)
        assert index >= 0, f"{text!r} is not on the page"
        return index


def parse(response) -> ParsedPage:
    assert response.status_code == 200, f"{response.request['PATH_INFO']} answered {response.status_code}"
    page = ParsedPage()
    page.feed(response.content.decode())
    page.close()
    return page


def number_pattern(number: int) -> re.Pattern:
    """7200 as "7200", "7,200" or "7 200" (with any kind of space)."""
    digits = str(number)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return re.compile(r"(?<![\d,.])" + r"[,\s\u00a0\u202f]?".join(groups) + r"(?![\d]|,\d)")


class HeadTags(HTMLParser):
    """The canonical links, sharing meta tags and JSON-LD scripts of a page, as written."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.canonical_urls: list[str] = []
        self.meta: dict[str, list[str]] = {}
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and (attributes.get("rel") or "").lower() == "canonical":
            self.canonical_urls.append(attributes.get("href") or "")
        elif tag == "meta" and (attributes.get("property") or attributes.get("name")):
            key = attributes.get("property") or attributes.get("name")
            self.meta.setdefault(key, []).append(attributes.get("content") or "")
        elif tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data

    def one(self, key: str) -> str:
        """The content of the only meta tag named `key`; fails the test when there is none or several."""
        values = self.meta.get(key, [])
        assert len(values) == 1, f"{key}: {values}"
        return values[0]


def head_tags(response) -> HeadTags:
    tags = HeadTags()
    tags.feed(response.content.decode())
    tags.close()
    return tags
