"""The site's addresses, and the hello-world view the benchmark compares every page with (never in production)."""

from django.urls import path

from bench.views import HELLO_WORLD_PATH, hello_world
from charity import urls as site_urls

urlpatterns = [path(HELLO_WORLD_PATH.strip("/") + "/", hello_world, name="hello_world"), *site_urls.urlpatterns]

handler404 = site_urls.handler404
handler500 = site_urls.handler500
