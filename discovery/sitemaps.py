"""The sitemap of both languages: every live, public page of each language's tree, each with the addresses
of its translations (xhtml:link alternates, with the French one as x-default).

/sitemap.xml is an index of sitemap pages (/sitemap-pages.xml?p=2…) of `BilingualSitemap.limit` addresses each, well
under the protocol's 50,000, so that no single response grows with the site."""

from functools import reduce
from operator import or_

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from charity.published import published
from discovery.alternates import alternate_urls


class BilingualSitemap(Sitemap):
    limit = 2000

    def items(self):
        # Wagtail's own sitemap lists the site's root page and what is under it: one language's tree only.
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        trees = reduce(or_, (Page.objects.descendant_of(home, inclusive=True) for home in homes))
        return published(trees).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        language_codes = dict(Locale.objects.values_list("pk", "language_code"))
        own_urls = {item.pk: item.get_full_url(self.request) for item in pages}
        translations: dict = {}
        for item in pages:
            translations.setdefault(item.translation_key, {})[language_codes[item.locale_id]] = own_urls[item.pk]

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
