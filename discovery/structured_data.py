"""schema.org descriptions of each page, for search engines (JSON-LD)."""

from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from charity.models.site_settings import ImpactFigures
from charity.published import published_ancestors
from charity.sites import home_in_active_language, site_root_url

ORGANISATION_DESCRIPTION = _("A French charity that funds research against childhood cancer.")


def organisation(request) -> dict:
    """The charity itself, founded in the year its impact figures count from (edited in Settings)."""
    root_url = site_root_url(request)
    return {
        "@type": "NGO",
        "@id": f"{root_url}/#organisation",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": f"{root_url}/",
        "logo": f"{root_url}{static('img/share-default.png')}",
        "foundingDate": str(ImpactFigures.for_request(request).since_year),
        "description": str(ORGANISATION_DESCRIPTION),
    }


def breadcrumbs(page: Page, request) -> dict:
    ancestors = [*published_ancestors(page), page]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": ancestor.title, "item": ancestor.get_full_url(request)}
            for position, ancestor in enumerate(ancestors, start=1)
        ],
    }


def view_breadcrumbs(title: str, request) -> dict:
    """The breadcrumbs of a view that is not a page of the tree, such as search: the home page of the
    language being read, then the view itself when it names itself."""
    home = home_in_active_language(request)
    items = [(home.title, home.get_full_url(request))] if home else []
    if title:
        items.append((title, f"{site_root_url(request)}{request.path}"))
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(items, start=1)
        ],
    }


def structured_data(page: Page | None, request, view_title: str = "") -> dict:
    """One JSON-LD graph: the organisation on every page, the breadcrumbs and the page's own type."""
    organisation_node = organisation(request)
    graph = [organisation_node]
    if page is None:
        graph.append(view_breadcrumbs(view_title, request))
    else:
        graph.append(breadcrumbs(page, request))
        own_node = getattr(page, "structured_data", None)
        description = own_node(request, {"@id": organisation_node["@id"]}) if own_node else None
        if description:
            graph.append({key: value for key, value in description.items() if value is not None})
    return {"@context": "https://schema.org", "@graph": graph}
