"""Where the page being read is in each language: for the header's language switcher, the hreflang
alternates and the Open Graph locales.

A Wagtail page is in another language when it has a live, public translation there; without one, the
switcher leads to that language's home page, and no alternate is announced. A view that is not a page
(search, subscriptions) is the same view under the other language's prefix.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url

from wagtail.models import Page, Site

from charity.published import published
from charity.sites import site_root_url

# Open Graph names a locale with its territory.
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
# The version for visitors whose language the site does not offer: French, the charity's own language.
X_DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


@dataclass(frozen=True)
class LanguageVersion:
    language_code: str
    url: str
    full_url: str
    # The same content in that language, rather than that language's home page in its stead.
    same_content: bool

    @property
    def language_name(self) -> str:
        """The language's name in that language: "Français", "English"."""
        return dict(settings.LANGUAGES)[self.language_code]


def _home_pages(request) -> dict[str, Page]:
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = published(site.root_page.get_translations(inclusive=True)).select_related("locale")
    return {home.locale.language_code: home for home in homes}


def _page_version(page: Page, request, same_content: bool) -> LanguageVersion | None:
    url = page.get_url(request)
    if url is None:
        # Not under any site, so nowhere to send a visitor.
        return None
    return LanguageVersion(page.locale.language_code, url, page.get_full_url(request), same_content)


def _without_gaps(versions: dict) -> dict[str, LanguageVersion]:
    return {code: version for code, version in versions.items() if version is not None}


def homes_by_language(request) -> dict[str, LanguageVersion]:
    """Each language's home page: where a visitor goes when there is nothing else to go to."""
    homes = _home_pages(request)
    return _without_gaps({code: _page_version(home, request, same_content=False) for code, home in homes.items()})


def page_by_language(page: Page, request) -> dict[str, LanguageVersion]:
    """The page in each language: itself, its live and public translations, else that language's home page."""
    translations = published(page.get_translations(inclusive=False)).select_related("locale")
    versions = {translation.locale.language_code: translation for translation in translations}
    versions[page.locale.language_code] = page
    found = _without_gaps({code: _page_version(version, request, True) for code, version in versions.items()})
    if len(found) < len(settings.LANGUAGES):
        found = {**homes_by_language(request), **found}
    return found


def view_by_language(request) -> dict[str, LanguageVersion]:
    """A view that is not a page, under each language's prefix; the switcher keeps its query (a search's words)."""
    root_url = site_root_url(request)
    versions = {}
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code)
        path = translate_url(request.path, code)
        versions[code] = LanguageVersion(code, url, f"{root_url}{path}", same_content=True)
    return versions


def versions_of(context) -> dict[str, LanguageVersion]:
    """The versions of what a template renders: its page, or its view. A view may name its own versions in
    its context (`versions_by_language`), as the "page not found" view does with the home pages. Found once
    a request, for the switcher and the <head> alike."""
    if "versions_by_language" in context:
        return context["versions_by_language"]
    request = context.get("request")
    if request is None:
        return {}
    if not hasattr(request, "_versions_by_language"):
        page = context.get("page")
        request._versions_by_language = (
            page_by_language(page, request) if isinstance(page, Page) else view_by_language(request)
        )
    return request._versions_by_language


def alternate_urls(urls: dict[str, str]) -> list[tuple[str, str]]:
    """`(hreflang, URL)` for the same content in each language of `urls` (language code → its URL), in the
    site's order, and x-default; none when there is only one: a page is no alternate to itself. The <head>
    and sitemap.xml both announce these."""
    if len(urls) < 2:
        return []
    alternates = [(code, urls[code]) for code, _name in settings.LANGUAGES if code in urls]
    if X_DEFAULT_LANGUAGE in urls:
        alternates.append(("x-default", urls[X_DEFAULT_LANGUAGE]))
    return alternates


def hreflang_alternates(versions: dict[str, LanguageVersion]) -> list[tuple[str, str]]:
    """The alternates of what is being read: the languages its same content is in (not their home pages)."""
    return alternate_urls({code: version.full_url for code, version in versions.items() if version.same_content})
