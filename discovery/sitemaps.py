"""The sitemap of both languages: every live, public page of each language's tree, each with the addresses
of its translations (xhtml:link alternates, with the French one as x-default).

/sitemap.xml is an index of sitemap pages (/sitemap-pages.xml?p=2…) of `BilingualSitemap.limit` addresses each, well
under the protocol's 50,000, so that no single response grows with the site."""

from functools import reduce
from operator import or_

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from charity.published import published
from discovery.alternates import alternate_urls


class BilingualSitemap(Sitemap):
    limit = 2000

    def items(self):
        # Wagtail's own sitemap lists the site's root page and what is under it: one language's tree only.
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        trees = reduce(or_, (Page.objects.descendant_of(home, inclusive=True) for home in homes))
        return published(trees).order_by("path").defer_streamfields().specific()

    def _translations_of(self, pages) -> dict:
        """The address of each page's versions by language (translation key → language code → URL), read in
        one query: its translations may be on another sitemap page (each language's tree is listed in turn)."""
        keys = {item.translation_key for item in pages}
        versions = published(Page.objects.filter(translation_key__in=keys)).select_related("locale")
        translations: dict = {}
        for version in versions:
            url = version.get_full_url(self.request)
            translations.setdefault(version.translation_key, {})[version.locale.language_code] = url
        return translations

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        own_urls = {item.pk: item.get_full_url(self.request) for item in pages}
        translations = self._translations_of(pages)

        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                if url_info["location"] == own_urls[item.pk]:
                    alternates = alternate_urls(translations[item.translation_key])
                    url_info["alternates"] = [{"lang_code": code, "location": url} for code, url in alternates]
                urls.append(url_info)

        last_mods = {url_info.get("lastmod") for url_info in urls}
        # Empty when the whole site is private.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


SITEMAPS = {"pages": BilingualSitemap}
