"""`{% page_fragment "content" %}…{% endpage_fragment %}`: a part of a page's template kept in the cache
for everyone who is shown that page, signed in or not, and purged with the page (see pagecache.store).

The page cache keeps whole responses only for visitors without a session; an editor, or a visitor with a
message waiting, gets the page rendered, and these parts of it come from the cache: the head's
descriptions, the language switcher, the breadcrumbs and the page's content. What belongs to one person
(the userbar) stays outside them. A preview, a page with `cache_fragments = False` (the donate page,
whose calculator answers one visitor) and anything but the live page routed to are always rendered.
"""

from django import template
from django.conf import settings

from pagecache import store

register = template.Library()


def _is_the_routed_live_page(context) -> bool:
    request = context.get("request")
    page = context.get("page")
    route = getattr(request, "_wagtail_route_for_request", None)
    return (
        page is not None
        and route is not None
        and route[0].pk == page.pk
        and request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
        and getattr(page, "cache_fragments", False)
    )


class PageFragmentNode(template.Node):
    def __init__(self, name: str, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        if not (settings.PAGE_FRAGMENTS_ENABLED and _is_the_routed_live_page(context)):
            return self.nodelist.render(context)
        return store.fragment(context["request"], self.name, lambda: self.nodelist.render(context))


@register.tag
def page_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes the fragment's name, in quotes")
    nodelist = parser.parse(("endpage_fragment",))
    parser.delete_first_token()
    return PageFragmentNode(bits[1].strip("\"'"), nodelist)
