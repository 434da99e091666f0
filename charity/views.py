from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.csrf import requires_csrf_token

from charity.structured_data import site_root_url


def page_not_found(request, exception=None):
    context = {"view_title": gettext("Page not found"), "view_description": gettext("This page could not be found.")}
    return render(request, "404.html", context, status=404)


@requires_csrf_token
def server_error(request):
    # Rendered without the site's context processors' database work: the failure may be the database.
    return render(request, "500.html", status=500)


def robots_txt(request):
    sitemap_url = f"{site_root_url(request)}{reverse('sitemap')}"
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /search/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
