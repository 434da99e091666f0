"""The French side of the bilingual site in tests: translations of the English pages that the factories and
fixtures make, created and published as an editor would; and what a rendered page says about its languages."""

from html.parser import HTMLParser

from wagtail.models import Page

from tests.factories import french


def translate(page: Page, **changes) -> Page:
    """The page's French translation, published, with `changes` made to the copy (a French title, its
    relations…). Its parent must have a translation already; the home page's goes beside it, to /fr/."""
    translation = page.specific.copy_for_translation(french())
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


class LanguageLinks(HTMLParser):
    """What a page says about its other languages: the header's switcher links, the hreflang alternates,
    the canonical URL and the Open Graph locales."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.switcher: list[dict[str, str]] = []
        self.alternates: dict[str, str] = {}
        self.canonical_urls: list[str] = []
        self.og_locale: list[str] = []
        self.og_locale_alternates: list[str] = []
        self._in_switcher = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.lang = attributes.get("lang")
        elif tag == "a" and "language-switcher" in attributes.get("class", "").split():
            self.switcher.append({**attributes, "text": ""})
            self._in_switcher = True
        elif tag == "link" and attributes.get("rel") == "alternate" and "hreflang" in attributes:
            assert attributes["hreflang"] not in self.alternates, f"two alternates for {attributes['hreflang']}"
            self.alternates[attributes["hreflang"]] = attributes["href"]
        elif tag == "link" and attributes.get("rel") == "canonical":
            self.canonical_urls.append(attributes["href"])
        elif tag == "meta" and attributes.get("property") == "og:locale":
            self.og_locale.append(attributes["content"])
        elif tag == "meta" and attributes.get("property") == "og:locale:alternate":
            self.og_locale_alternates.append(attributes["content"])

    def handle_endtag(self, tag):
        if tag == "a":
            self._in_switcher = False

    def handle_data(self, data):
        if self._in_switcher:
            self.switcher[-1]["text"] += data.strip()

    def only_switch(self) -> dict[str, str]:
        """The one link to the other language (the site has two)."""
        assert len(self.switcher) == 1, self.switcher
        return self.switcher[0]


def language_links(response) -> LanguageLinks:
    links = LanguageLinks()
    links.feed(response.content.decode())
    links.close()
    return links
