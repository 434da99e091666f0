"""Whole responses kept for anonymous visitors, in Django's cache (Redis in production), and purged
exactly by address.

A response's key holds three version numbers: one for its path, one for its path's group (the feeds of
a language, the API, the sitemap) and one for the whole site. A purge changes one of them, so that every
variant of the purged address (each query string: filters, pagination) is gone at once, without a list
of keys to keep. The versions are read in one round trip with the response's key.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import get_language

ALL = "pagecache:version:all"


def group_of(path: str) -> str:
    """The set of addresses that change together: a language's feeds, the API, the sitemap, search."""
    parts = path.strip("/").split("/")
    if parts[0] == "api":
        return "api"
    if parts[0].startswith("sitemap"):
        return "sitemap"
    if len(parts) > 1 and parts[1] in ("feeds", "search"):
        return f"{parts[0]}/{parts[1]}"
    return ""


def _digest(text: str) -> str:
    """A fixed-length stand-in for an address in a key, however long or odd the address."""
    return hashlib.sha256(text.encode()).hexdigest()


def _path_version_key(path: str) -> str:
    return f"pagecache:version:path:{_digest(path)}"


def _version_keys(path: str) -> list[str]:
    return [ALL, f"pagecache:version:group:{group_of(path)}", _path_version_key(path)]


def _key(kind: str, request, versions: list) -> str:
    address = f"{request.get_host()}{request.path}?{request.META.get('QUERY_STRING', '')}"
    return f"pagecache:{kind}:{_digest(address)}:" + ".".join(str(version or 0) for version in versions)


def _response_key(request, versions: list) -> str:
    return _key("response", request, versions)


def _versions(path: str) -> list:
    keys = _version_keys(path)
    found = cache.get_many(keys)
    return [found.get(key) for key in keys]


def _versions_of_request(request) -> list:
    """The versions of the request's address, read once, before anything is rendered: what is kept is kept
    under the versions it was rendered from, so that a purge made during the rendering is not undone."""
    if not hasattr(request, "_pagecache_versions"):
        request._pagecache_versions = _versions(request.path)
    return request._pagecache_versions


def fetch(request) -> HttpResponse | None:
    stored = cache.get(_response_key(request, _versions_of_request(request)))
    if stored is None:
        return None
    content, status, headers = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def keep(request, response) -> None:
    headers = [(name, value) for name, value in response.items()]
    stored = (response.content, response.status_code, headers)
    cache.set(_response_key(request, _versions_of_request(request)), stored, settings.PAGE_CACHE_SECONDS)


def fragment(request, name: str, render) -> str:
    """A part of the page at this address, in the language being read, purged with that address."""
    key = _key(f"fragment:{name}:{get_language()}", request, _versions_of_request(request))
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, settings.PAGE_CACHE_SECONDS)
    return html


def _bump(key: str) -> None:
    # A new random version rather than a count: a count could come back to a value already used if the
    # cache evicted the key, and bring back the responses kept under it.
    cache.set(key, secrets.token_hex(6), None)


def purge_paths(paths) -> None:
    for path in paths:
        _bump(_path_version_key(path))


def purge_groups(groups) -> None:
    for group in groups:
        _bump(f"pagecache:version:group:{group}")


def purge_all() -> None:
    _bump(ALL)


def remembered(name: str, compute):
    """A value that only a site-wide change alters (the menu, the footer), computed once per language and
    kept until the next purge of the whole site."""
    key = f"pagecache:remembered:{name}:{get_language()}:{cache.get(ALL) or 0}"
    kept = cache.get(key)
    if kept is None:
        kept = (compute(),)  # in a tuple, so that a value of None is kept too
        cache.set(key, kept, settings.PAGE_CACHE_SECONDS)
    return kept[0]
