"""What to purge when content changes: the changed page in every language, the pages that list or show
it, and the feeds, API, sitemap and search that name it. Applied to the page cache and, where one is
configured (WAGTAILFRONTENDCACHE), to the CDN in front.

A page that every page shows (the home page and its children, which make the menus and the
breadcrumbs, and pages that may be linked from the footer) purges the whole site, as do moves,
deletions, site settings, partners (in the footer) and images.

The page cache is purged at once and again on commit; the CDN once the change is committed, in one
batch for the transaction, however many changes it holds (a move, a workflow's approval, a translation
sync publish several pages), and with every address listed once.
"""

import threading

from django.conf import settings
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, Site

from pagecache import store

# Pages at this depth or above appear on every page: the home page (2) and its children (3).
SITE_WIDE_DEPTH = 3
# The sitemap's index and its first page, which a CDN keeps under these addresses.
SITEMAP_ADDRESSES = ("sitemap.xml", "sitemap-pages.xml")


def _related_pages(instance) -> set[Page]:
    """Pages tied to `instance` by a relation, either way: a news item's programs, a program's news."""
    pages = set()
    for field in instance._meta.get_fields():
        model = field.related_model
        if model is None or not issubclass(model, Page) or not (field.many_to_many or field.one_to_many):
            continue
        accessor = field.get_accessor_name() if field.auto_created else field.name
        pages.update(getattr(instance, accessor).all())
    return pages


def pages_showing(instance) -> set[Page]:
    """The pages whose content names `instance`: its relations, and theirs (a cancer page shows the
    publications of the programs that target it), in every language, with the indexes above them."""
    if isinstance(instance, Page):
        instance = instance.specific
        near = {instance} | _related_pages(instance)
    else:
        near = _related_pages(instance)
    shown = set(near)
    for page in near:
        shown |= _related_pages(page.specific)
    with_translations = set(shown)
    for page in shown:
        with_translations |= set(page.get_translations())
    with_indexes = set(with_translations)
    for page in with_translations:
        with_indexes |= set(page.get_ancestors().filter(depth__gt=1))
    return with_indexes


def _addresses(pages) -> dict[str, str]:
    """Each page's path, and its full URL for a CDN."""
    addresses = {}
    for page in pages:
        parts = page.get_url_parts()
        if parts is not None:
            _site_id, root_url, path = parts
            addresses[path] = f"{root_url}{path}"
    return addresses


def _roots(addresses: dict[str, str]) -> set[str]:
    return {url[: -len(path)] for path, url in addresses.items()}


def _groups() -> list[str]:
    languages = [code for code, _name in settings.LANGUAGES]
    return ["api", "sitemap"] + [f"{code}/{group}" for code in languages for group in ("feeds", "search")]


class _CdnPurges(threading.local):
    """The CDN addresses to purge when the current transaction commits."""

    def __init__(self):
        self.urls = set()
        self.everything = False


_cdn_purges = _CdnPurges()


def _purge_cdn_on_commit(urls=(), everything: bool = False) -> None:
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    _cdn_purges.urls.update(urls)
    _cdn_purges.everything |= everything
    # Each change asks; the first callback to run sends the whole batch, the others find it empty. After a
    # rollback the batch waits for the next commit: purging an address once too often does no harm.
    transaction.on_commit(_send_cdn_purges, robust=True)


def _send_cdn_purges() -> None:
    urls, everything = _cdn_purges.urls, _cdn_purges.everything
    _cdn_purges.urls, _cdn_purges.everything = set(), False
    if everything:
        urls |= set(_addresses(Page.objects.live().filter(depth__gt=1)).values())
        urls |= {f"{site.root_url}/{name}" for site in Site.objects.all() for name in SITEMAP_ADDRESSES}
    if urls:
        purge_urls_from_cache(sorted(urls))


def _now_and_on_commit(purge) -> None:
    """Now, for this process's next request; again once the change is committed, so that a response
    rendered meanwhile from the data before it is not kept."""
    purge()
    transaction.on_commit(purge, robust=True)


def purge_everything() -> None:
    _now_and_on_commit(store.purge_all)
    _purge_cdn_on_commit(everything=True)


def purge_showing(instance) -> None:
    """Purge what shows a page (published, unpublished) or a snippet (saved, deleted)."""
    if isinstance(instance, Page) and (
        instance.depth <= SITE_WIDE_DEPTH or hasattr(instance.specific, "show_in_footer")
    ):
        purge_everything()
        return
    addresses = _addresses(pages_showing(instance))

    def purge():
        store.purge_paths(addresses)
        store.purge_groups(_groups())

    _now_and_on_commit(purge)
    _purge_cdn_on_commit(
        [*addresses.values(), *(f"{root}/{name}" for root in _roots(addresses) for name in SITEMAP_ADDRESSES)]
    )


def purge_path(path: str) -> None:
    """An address whose answer changes without any page changing, such as a new redirect from it."""
    _now_and_on_commit(lambda: store.purge_paths({path, path.rstrip("/") + "/"}))
