"""Where the site is: its own address, and the home page of each language (one page tree per language)."""

from django.utils.translation import get_language

from wagtail.models import Site


def home_in_active_language(request):
    """The home page of the language being read (the site's root page, localized), or None off any site.

    The header, the logo, breadcrumbs and feeds all ask for it: it is looked up once per request and language.
    """
    if request is None:
        return None
    homes = request.__dict__.setdefault("_homes_by_language", {})
    language = get_language()
    if language not in homes:
        site = Site.find_for_request(request)
        homes[language] = site.root_page.localized if site is not None else None
    return homes[language]


def site_root_url(request) -> str:
    """The site's own address, without a trailing slash: the one canonical URLs are built on."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")
