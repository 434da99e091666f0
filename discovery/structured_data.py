"""schema.org descriptions of each page, for search engines (JSON-LD)."""

from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from charity.sites import home_in_active_language, site_root_url

ORGANISATION_DESCRIPTION = _("A French charity that funds research against childhood cancer.")


def organisation(site_root_url: str) -> dict:
    return {
        "@type": "NGO",
        "@id": f"{site_root_url}/#organisation",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": f"{site_root_url}/",
        "logo": f"{site_root_url}{static('img/share-default.png')}",
        "foundingDate": "2011",
        "description": str(ORGANISATION_DESCRIPTION),
    }


def breadcrumbs(page: Page, request) -> dict:
    ancestors = [ancestor for ancestor in page.get_ancestors(inclusive=True) if ancestor.depth > 1]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": ancestor.title, "item": ancestor.get_full_url(request)}
            for position, ancestor in enumerate(ancestors, start=1)
        ],
    }


def _page_links(pages, request) -> list[dict]:
    return [{"@type": "WebPage", "name": page.title, "url": page.get_full_url(request)} for page in pages]


def describe(page: Page, request, organisation_ref: dict) -> dict | None:
    """The schema.org type of a page, where it has one beyond a plain web page."""
    from cancers.models import CancerPage
    from charity.models import DonatePage
    from programs.citations import split_authors
    from programs.models import NewsPage, ProgramPage, PublicationPage

    url = page.get_full_url(request)
    if isinstance(page, ProgramPage):
        return {
            "@type": "ResearchProject",
            "name": page.acronym,
            "alternateName": page.full_name or None,
            "description": page.summary,
            "url": url,
            "funder": organisation_ref,
            "about": [{"@type": "MedicalCondition", "name": cancer.title} for cancer in page.cancers.live().public()],
        }
    if isinstance(page, PublicationPage):
        article = {
            "@type": "ScholarlyArticle",
            "headline": page.title[:110],
            "name": page.title,
            "author": [{"@type": "Person", "name": name} for name in split_authors(page.authors)],
            "datePublished": str(page.year),
            "url": url,
            "abstract": page.abstract or None,
        }
        if page.journal:
            article["isPartOf"] = {"@type": "Periodical", "name": page.journal}
        if page.doi:
            article["sameAs"] = page.doi_url
            article["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": page.doi}
        return article
    if isinstance(page, NewsPage):
        modified = page.last_published_at or page.latest_revision_created_at
        return {
            "@type": "NewsArticle",
            "headline": page.title[:110],
            "inLanguage": page.locale.language_code,
            "datePublished": page.date.isoformat(),
            "dateModified": modified.isoformat() if modified else page.date.isoformat(),
            "description": page.summary,
            "url": url,
            "publisher": organisation_ref,
            "author": organisation_ref,
        }
    if isinstance(page, CancerPage):
        return {
            "@type": "MedicalCondition",
            "name": page.title,
            "alternateName": [name.strip() for name in page.other_names.split(",") if name.strip()] or None,
            "description": page.summary,
            "url": url,
        }
    if isinstance(page, DonatePage):
        return {
            "@type": "DonateAction",
            "name": page.title,
            "description": page.intro,
            "recipient": organisation_ref,
            "url": url,
        }
    return None


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
    organisation_node = organisation(site_root_url(request))
    graph = [organisation_node]
    if page is None:
        graph.append(view_breadcrumbs(view_title, request))
    else:
        graph.append(breadcrumbs(page, request))
        description = describe(page, request, {"@id": organisation_node["@id"]})
        if description:
            graph.append({key: value for key, value in description.items() if value is not None})
    return {"@context": "https://schema.org", "@graph": graph}
