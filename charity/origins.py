"""Forms that post without a CSRF token, so that the pages holding them can be cached for everyone.

A CSRF token is one visitor's: a page that carries one cannot be served from a shared cache. The
follow form and the tax calculator post instead to views that refuse what browsers say comes from
another site: `Sec-Fetch-Site` other than `same-origin`, or an `Origin` that is not this site's. Every
browser that could be lured into posting sends one of them. Requests without either (not from a
browser) are let through: they can do nothing a visitor of the site cannot do by hand, and the views
behind them stay rate-limited and confirmed by email where they store anything.
"""

from functools import wraps

from django.http import HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt


def is_same_origin(request) -> bool:
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site != "same-origin":
        return False
    origin = request.headers.get("Origin")
    return origin is None or origin.lower() == f"{request.scheme}://{request.get_host()}".lower()


def same_origin_posts(view):
    """No CSRF token asked for; a POST (or any unsafe method) from another site is refused with a 403."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD", "OPTIONS") and not is_same_origin(request):
            return HttpResponseForbidden()
        return view(request, *args, **kwargs)

    return csrf_exempt(checked)
