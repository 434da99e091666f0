"""The site's frame: primary navigation, breadcrumbs, footer, the language switcher and the donate link in
the header."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from charity.images import with_renditions
from charity.models import CharitySettings, DonatePage, Partner, StandardPage
from charity.published import active_locale_id, published, published_ancestors
from charity.sites import home_in_active_language
from charity.templatetags.image_tags import image_at
from discovery import alternates
from pagecache.store import remembered

register = template.Library()


def _menu(request) -> list[dict]:
    home = home_in_active_language(request)
    if home is None:
        return []
    return [
        {"path": item.path, "url": item.get_url(request), "title": item.title}
        for item in published(home.get_children()).in_menu()
    ]


@register.inclusion_tag("includes/primary_nav.html", takes_context=True)
def primary_nav(context):
    request = context.get("request")
    current = context.get("page")
    items = []
    for item in remembered(f"menu:{request.get_host()}", lambda: _menu(request)):
        if current is not None and current.path == item["path"]:
            state = "page"
        elif current is not None and current.path.startswith(item["path"]):
            state = "section"
        else:
            state = ""
        items.append((item, state))
    return {"request": request, "items": items}


# Each label is read in the language it leads to, so both are written in both catalogues.
READ_THIS_PAGE_IN = {"fr": _("Read this page in French"), "en": _("Read this page in English")}
GO_TO_THE_SITE_IN = {"fr": _("Go to the site in French"), "en": _("Go to the site in English")}


@register.simple_tag(takes_context=True)
def language_home_url(context):
    """The home page of the language being read: where the logo leads."""
    request = context.get("request")

    def home_url():
        home = home_in_active_language(request)
        return home.get_url(request) if home is not None else None

    return remembered(f"home:{request.get_host()}", home_url) or f"/{translation.get_language()}/"


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """A link to what is being read in each other language, named and labelled in that language.

    The link passes through `choose_language`, which remembers the choice for the visitor's next visit to
    `/`; it is a plain link, so that it works without scripts and from the keyboard.
    """
    found = alternates.versions_of(context)
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        version = found.get(code)
        if code == current or version is None:
            continue
        labels = READ_THIS_PAGE_IN if version.same_content else GO_TO_THE_SITE_IN
        with translation.override(code):
            label = str(labels[code])
        links.append(
            {
                "language_code": code,
                "name": version.language_name,
                "label": label,
                "url": f"{reverse('choose_language', args=[code])}?{urlencode({'next': version.url}, safe='/')}",
            }
        )
    return {"links": links}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = published_ancestors(page) if isinstance(page, Page) and page.depth > 2 else []
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def get_donate_link(context):
    """The donate page's address and id, for the header's button, or None."""
    request = context.get("request")

    def donate_link():
        page = DonatePage.objects.listed().first()
        return {"pk": page.pk, "url": page.get_url(request)} if page is not None else None

    return remembered(f"donate:{request.get_host()}", donate_link)


def _footer(request) -> dict:
    charity_settings = CharitySettings.for_request(request)
    partners = with_renditions(
        Partner.objects.filter(show_in_footer=True, locale=active_locale_id()), "logo", "partner-logo"
    )
    return {
        "partners": [
            {
                "name": partner.name,
                "short_name": partner.short_name,
                "website": partner.website,
                "logo": image_at(partner.logo, "partner-logo", alt=partner.name, loading="lazy"),
            }
            for partner in partners
        ],
        "footer_pages": [
            {"pk": page.pk, "url": page.get_url(request), "title": page.title}
            for page in StandardPage.objects.listed().filter(show_in_footer=True)
        ],
        "social_links": charity_settings.social_links,
        "contact_email": charity_settings.contact_email,
    }


@register.inclusion_tag("includes/site_footer.html", takes_context=True)
def site_footer(context):
    """What every page ends with, looked up once per language until a site-wide change (partners, settings,
    footer pages) purges it with the page cache."""
    request = context.get("request")
    current = context.get("page")
    return {
        "request": request,
        "site_name": context["site_name"],
        "current_page_id": getattr(current, "pk", None),
        **remembered(f"footer:{request.get_host()}", lambda: _footer(request)),
    }
