from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemaps
from wagtail.documents import urls as wagtaildocs_urls

from api.router import api_router
from cancers import feeds as cancer_feeds
from charity import views
from discovery.sitemaps import SITEMAPS
from discovery.views import robots_txt
from programs import feeds as program_feeds
from search.views import search
from staff import views as staff_views

# RSS and Atom: all news, one program's, one cancer's.
feed_patterns = [
    path("news/rss.xml", program_feeds.NewsFeed(), name="news_rss"),
    path("news/atom.xml", program_feeds.NewsAtomFeed(), name="news_atom"),
    path("programs/<slug:slug>/rss.xml", program_feeds.ProgramNewsFeed(), name="program_rss"),
    path("programs/<slug:slug>/atom.xml", program_feeds.ProgramNewsAtomFeed(), name="program_atom"),
    path("cancers/<slug:slug>/rss.xml", cancer_feeds.CancerNewsFeed(), name="cancer_rss"),
    path("cancers/<slug:slug>/atom.xml", cancer_feeds.CancerNewsAtomFeed(), name="cancer_atom"),
]

urlpatterns = [
    # Wagtail's password reset, limited per client and per address (staff/views.py); Django's own admin is
    # not served (docs/staff-accounts.md).
    path("admin/password_reset/", staff_views.password_reset, name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    # An index of sitemap pages of a fixed size, each of them kept by the page cache until a page is published.
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemaps.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("language/<str:language_code>/", views.choose_language, name="choose_language"),
]

# Uploaded media where no front web server serves them (DEBUG, the browser tests' server). Documents are
# served by Wagtail at /documents/, which applies their privacy, never as plain files (nginx neither).
media_urlpatterns = [
    re_path(
        rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>(?!documents/).*)$", serve, {"document_root": settings.MEDIA_ROOT}
    )
]
if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += media_urlpatterns

# Everything a visitor reads is under its language: /fr/… and /en/…; `/` redirects to one of them.
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("donate/tax-reduction/", views.tax_reduction, name="tax_reduction"),
    path("feeds/", include((feed_patterns, "feeds"))),
    path("subscriptions/", include("subscriptions.urls")),
    # Wagtail's form for a private page's shared password, with a limit on wrong guesses (staff/views.py).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        staff_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
)

handler404 = views.page_not_found
handler500 = views.server_error
