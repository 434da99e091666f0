from django.http import HttpResponse

# Its address in the benchmark's urlconf (bench/urls.py), never in production's.
HELLO_WORLD_PATH = "/bench/hello-world/"


def hello_world(request):
    """The cheapest answer Django gives through the site's middleware: what every page is compared with."""
    return HttpResponse("Hello, world", content_type="text/plain")
