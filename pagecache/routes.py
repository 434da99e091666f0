"""Where an address leads, remembered between requests: the site for a host, and the page for a path.

Wagtail finds the page of an address by walking the page tree, two queries a level (a program page costs
five), and the site by one more; both are the same for every request to that address. A remembered page
is checked before it is used: it must still exist, be live and have the same URL path, so that a page
moved, renamed, unpublished or deleted is routed afresh by Wagtail, and nothing has to be purged. Routes
with arguments (a routable page's sub-views) are left to Wagtail.
"""

import hashlib
import secrets

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http.request import split_domain_port

from wagtail.models import Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

SITES_VERSION = "routes:sites"


def _host(request) -> str:
    return f"{split_domain_port(request._get_raw_host())[0]}:{request.get_port()}"


def _site_key(request, version) -> str:
    return f"routes:site:{version}:{_host(request)}"


def _page_key(request) -> str:
    address = f"{_host(request)}{request.path}"
    return f"routes:page:{hashlib.sha256(address.encode()).hexdigest()}"


def site_for(request) -> Site | None:
    """Wagtail's Site.find_for_request, read once until a site changes (forget_sites)."""
    version = cache.get(SITES_VERSION, 0)
    key = _site_key(request, version)
    found = cache.get(key)
    if found is None:
        found = (Site._find_for_request(request),)  # in a tuple, so that "no site" is remembered too
        cache.set(key, found, None)
    return found[0]


def forget_sites(**kwargs) -> None:
    cache.set(SITES_VERSION, secrets.token_hex(6), None)


def remembered_page(request):
    """The page last served at this address, if it is still there, live, and at the same URL path."""
    found = cache.get(_page_key(request))
    if found is None:
        return None
    page_id, content_type_id, url_path = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    page = model.objects.filter(pk=page_id).first()
    if page is None or not page.live or page.url_path != url_path:
        return None
    return page


def remember_page(request) -> None:
    """Remember the page Wagtail's serve view routed this request to, when it was the page itself."""
    match = getattr(request, "resolver_match", None)
    route = getattr(request, "_wagtail_route_for_request", None)
    if match is None or match.func is not wagtail_serve or route is None:
        return
    page, args, kwargs = route
    if args or kwargs:
        return
    if hasattr(request, "_wagtail_site"):
        cache.set(_site_key(request, cache.get(SITES_VERSION, 0)), (request._wagtail_site,), None)
    cache.set(_page_key(request), (page.pk, page.content_type_id, page.url_path), None)


class RememberedRoutesMiddleware:
    """For an address that led to a page before, sets the site and the page route Wagtail would find;
    after a request routed by Wagtail itself, remembers its page. Other addresses are left alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        page = remembered_page(request)
        if page is not None:
            request._wagtail_site = site_for(request)
            request._wagtail_route_for_request = RouteResult(page)
        response = self.get_response(request)
        if page is None and response.status_code == 200:
            remember_page(request)
        return response
