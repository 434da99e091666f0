"""The page cache in front of the site: anonymous GETs are answered from it, or kept in it when what
the site answered is the same for everyone."""

from csp.constants import HEADER, UNSAFE_INLINE

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import patch_cache_control

from pagecache import store

# Addresses that are never kept: the admin, documents (their privacy is checked on every request) and
# the language switch (it sets a cookie).
NEVER_KEPT = ("/admin/", "/django-admin/", "/documents/", "/language/", settings.MEDIA_URL)
SHARED_CACHE_RULES = ("private", "no-store", "no-cache")


def is_for_everyone(request) -> bool:
    """A GET from someone without a session (not an editor, no message waiting for them)."""
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(NEVER_KEPT)
    )


def is_the_same_for_everyone(response) -> bool:
    """What the site answered to a request without a session. Its `Vary: Cookie` (the userbar asks
    who is signed in) is kept for the CDN; here the session cookie's absence is already in the rule."""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(rule in cache_control for rule in SHARED_CACHE_RULES)
        # An editor's relaxed policy (charity/security.py) must never reach a visitor.
        and UNSAFE_INLINE not in response.get(HEADER, "")
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_for_everyone(request):
            return self.get_response(request)
        response = store.fetch(request)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if is_the_same_for_everyone(response):
            # Shared caches in front (a CDN) may keep it briefly too; purges reach them as well.
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.CDN_CACHE_SECONDS,
                stale_while_revalidate=settings.CDN_STALE_SECONDS,
            )
            store.keep(request, response)
            response["X-Page-Cache"] = "miss"
        return response
