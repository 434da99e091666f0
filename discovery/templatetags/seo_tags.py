"""Canonical URL, sharing cards and structured data for the <head> of every page."""

import json
from urllib.parse import urljoin

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from charity.images import SHARE_IMAGE_SPEC
from charity.sites import site_root_url
from discovery.alternates import OPEN_GRAPH_LOCALES, hreflang_alternates, versions_of
from discovery.structured_data import ORGANISATION_DESCRIPTION, structured_data

register = template.Library()


def _absolute(request, url: str) -> str:
    """An address on the site's own host, as canonical URLs are, whatever host the request came by."""
    return urljoin(f"{site_root_url(request)}/", url)


def _share_image(page, request) -> dict:
    image = getattr(page, "image", None) or getattr(page, "hero_image", None)
    if image is not None:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
        return {
            "url": _absolute(request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
        }
    return {
        "url": _absolute(request, static("img/share-default.png")),
        "width": 1200,
        "height": 630,
        "alt": gettext("%(site_name)s: children's cancer research") % {"site_name": settings.WAGTAIL_SITE_NAME},
    }


@register.inclusion_tag("discovery/seo_meta.html", takes_context=True)
def seo_meta(context):
    """The document's title and description, and the same again for sharing cards and search engines.

    Pages give their own; views that are not pages (search, errors, subscriptions) name themselves with
    `view_title` and `view_description`. The document's title adds the site's name after either.

    The alternates name the same page or view in each language it exists in (with French as x-default),
    and Open Graph says which locale the page is in and which others it can be read in.
    """
    request = context["request"]
    page = context.get("page")
    if page is not None:
        title = page.seo_title or page.title
        description = page.meta_description
        canonical_url = page.get_full_url(request)
    else:
        title = context.get("view_title")
        description = context.get("view_description")
        canonical_url = _absolute(request, request.path)
    alternates = hreflang_alternates(versions_of(context))
    current = get_language()
    return {
        "alternates": alternates,
        "og_locale": OPEN_GRAPH_LOCALES.get(current, current),
        "og_locale_alternates": [
            OPEN_GRAPH_LOCALES.get(code, code) for code, _url in alternates if code not in {current, "x-default"}
        ],
        "site_name": settings.WAGTAIL_SITE_NAME,
        "document_title": f"{title} · {settings.WAGTAIL_SITE_NAME}" if title else settings.WAGTAIL_SITE_NAME,
        "title": title or settings.WAGTAIL_SITE_NAME,
        "description": description or ORGANISATION_DESCRIPTION,
        "canonical_url": canonical_url,
        "share_image": _share_image(page, request),
        "og_type": getattr(page, "open_graph_type", "website"),
    }


@register.simple_tag(takes_context=True)
def json_ld(context):
    """The page's schema.org graph, escaped so that no text in it can close the script element."""
    # A view's place in the breadcrumbs may be named more briefly than its title ("Search", not "Search: x").
    trail_name = context.get("view_breadcrumb") or context.get("view_title", "")
    graph = structured_data(context.get("page"), context["request"], view_title=trail_name)
    data = json.dumps(graph, ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))
