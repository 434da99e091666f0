"""The site's frame: primary navigation, breadcrumbs, footer, the language switcher and the donate link in
the header."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from charity.images import PARTNER_LOGO_SPEC, with_renditions
from charity.models import CharitySettings, DonatePage, Partner, StandardPage
from charity.published import published
from charity.sites import home_in_active_language
from discovery import alternates

register = template.Library()


@register.inclusion_tag("includes/primary_nav.html", takes_context=True)
def primary_nav(context):
    request = context.get("request")
    home = home_in_active_language(request)
    current = context.get("page")
    items = []
    if home is not None:
        for item in published(home.get_children()).in_menu():
            if current is not None and current.path == item.path:
                state = "page"
            elif current is not None and current.path.startswith(item.path):
                state = "section"
            else:
                state = ""
            items.append((item, state))
    return {"request": request, "items": items}


# Each label is read in the language it leads to, so both are written in both catalogues.
READ_THIS_PAGE_IN = {"fr": _("Read this page in French"), "en": _("Read this page in English")}
GO_TO_THE_SITE_IN = {"fr": _("Go to the site in French"), "en": _("Go to the site in English")}


@register.simple_tag(takes_context=True)
def get_versions_by_language(context):
    """What is being read, in each language (see discovery.alternates); base.html sets it once for the
    switcher and the <head>."""
    return alternates.versions_of(context)


@register.simple_tag(takes_context=True)
def language_home_url(context):
    """The home page of the language being read: where the logo leads."""
    home = home_in_active_language(context.get("request"))
    url = home.get_url(context.get("request")) if home is not None else None
    return url or f"/{translation.get_language()}/"


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
    # The tree's root is not a page visitors can see; its child is the home page.
    ancestors = list(page.get_ancestors()[1:]) if isinstance(page, Page) and page.depth > 2 else []
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}


@register.simple_tag
def get_donate_page():
    return DonatePage.objects.listed().first()


@register.inclusion_tag("includes/site_footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    charity_settings = CharitySettings.for_request(request) if request is not None else None
    partners = with_renditions(
        Partner.objects.filter(show_in_footer=True, locale=Locale.get_active()), "logo", PARTNER_LOGO_SPEC
    )
    current = context.get("page")
    return {
        "request": request,
        "site_name": context["site_name"],
        "current_page_id": getattr(current, "pk", None),
        "partners": partners,
        "footer_pages": StandardPage.objects.listed().filter(show_in_footer=True),
        "social_links": charity_settings.social_links if charity_settings else [],
        "contact_email": charity_settings.contact_email if charity_settings else "",
    }
