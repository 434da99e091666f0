"""Canonical URL, sharing cards and structured data for the <head> of every page."""

import json

from django import template
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from charity.structured_data import structured_data

register = template.Library()

SHARE_IMAGE_SPEC = "fill-1200x630"
ARTICLE_TYPES = {"NewsPage", "PublicationPage"}


def _share_image(page, request) -> dict:
    image = getattr(page, "image", None) or getattr(page, "hero_image", None)
    if image is not None:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
        return {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
        }
    return {
        "url": request.build_absolute_uri(static("img/share-default.png")),
        "width": 1200,
        "height": 630,
        "alt": "Imagine for Margo: children's cancer research",
    }


@register.inclusion_tag("includes/seo_meta.html", takes_context=True)
def seo_meta(context):
    request = context["request"]
    page = context.get("page")
    return {
        "page": page,
        "canonical_url": page.get_full_url(request) if page else request.build_absolute_uri(request.path),
        "share_image": _share_image(page, request),
        "og_type": "article" if page is not None and page.specific_class.__name__ in ARTICLE_TYPES else "website",
    }


@register.simple_tag(takes_context=True)
def json_ld(context):
    """The page's schema.org graph, escaped so that no text in it can close the script element."""
    data = json.dumps(structured_data(context.get("page"), context["request"]), ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))
