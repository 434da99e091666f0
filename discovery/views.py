"""robots.txt: what crawlers may index, and where the sitemap is."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse

from charity.sites import site_root_url


def robots_txt(request):
    sitemap_url = f"{site_root_url(request)}{reverse('sitemap')}"
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /language/",
        *(f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
