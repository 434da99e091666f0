from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import is_valid_path
from django.utils.cache import patch_cache_control

from charity.published import end_request_lookups, start_request_lookups


def lookups_once_per_request(get_response):
    """What every part of a page asks for (the language's locale, the restricted sections) is looked up
    once for the request, whatever the cache (see charity.published.once_per_request)."""

    def middleware(request):
        start_request_lookups()
        try:
            return get_response(request)
        finally:
            end_request_lookups()

    return middleware


def private_when_csrf_token_used(get_response):
    """A response that carries a CSRF token (a page with a POST form) belongs to one visitor: shared
    caches must not hand it to the next one, whose form would then fail. It must come after
    CsrfViewMiddleware in MIDDLEWARE: that one clears the flag read here on the way out."""

    def middleware(request):
        response = get_response(request)
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            patch_cache_control(response, private=True)
        return response

    return middleware


# Addresses that are never under a language prefix: a missing one there is a 404 as it is.
NOT_LOCALIZED = ("/api/", "/admin/", "/documents/", "/language/")


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 from a view outside the language prefixes (the API, the
    language switch) stays a 404.

    Django redirects a 404 without a prefix to the same path under the visitor's language when that path
    resolves, and under /fr/ Wagtail's catch-all pattern resolves any path: a missing API page would
    redirect to an HTML "page not found". Paths that resolve as they are belong to those views, and so
    does anything under their prefixes (`/api/v2/pages/abc/` resolves nowhere).
    """

    def process_response(self, request, response):
        localized = super().process_response(request, response)
        if localized is not response and (
            request.path_info.startswith(NOT_LOCALIZED)
            or is_valid_path(request.path_info, getattr(request, "urlconf", None))
        ):
            return response
        return localized


def cross_origin_resource_policy(get_response):
    """`Cross-Origin-Resource-Policy` on every response (Django sets COOP itself): another site's page
    cannot load the site's pages, API answers or files into itself, as images or scripts, to read them."""

    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response

    return middleware
