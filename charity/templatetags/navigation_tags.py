"""The site's frame: primary navigation, breadcrumbs, footer and the donate link in the header."""

from django import template
from django.apps import apps

from wagtail.models import Locale, Page, Site

from charity.images import PARTNER_LOGO_SPEC, with_renditions
from charity.localization import live_in_active_language
from charity.models import CharitySettings, DonatePage, Partner, StandardPage

register = template.Library()


@register.inclusion_tag("includes/primary_nav.html", takes_context=True)
def primary_nav(context):
    request = context.get("request")
    site = Site.find_for_request(request)
    current = context.get("page")
    items = []
    if site is not None:
        for item in site.root_page.localized.get_children().live().in_menu().public():
            if current is not None and current.path == item.path:
                state = "page"
            elif current is not None and current.path.startswith(item.path):
                state = "section"
            else:
                state = ""
            items.append((item, state))
    return {"request": request, "items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    # The tree's root is not a page visitors can see; its child is the home page.
    ancestors = list(page.get_ancestors()[1:]) if isinstance(page, Page) and page.depth > 2 else []
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}


@register.simple_tag
def get_donate_page():
    return live_in_active_language(DonatePage).first()


@register.simple_tag
def first_live_page(model_label: str):
    """The live page of a singleton type, e.g. `{% first_live_page "programs.NewsIndexPage" as news_index %}`."""
    return live_in_active_language(Page).type(apps.get_model(model_label)).order_by("path").first()


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
        "current_page_id": getattr(current, "pk", None),
        "partners": partners,
        "footer_pages": live_in_active_language(StandardPage).filter(show_in_footer=True).order_by("path"),
        "social_links": charity_settings.social_links if charity_settings else [],
        "contact_email": charity_settings.contact_email if charity_settings else "",
    }
