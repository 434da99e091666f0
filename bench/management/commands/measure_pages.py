import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import Client

from bench.measure import measure_address
from bench.pages import content_counts, page_urls

# Measuring cold clears the cache: only a cache of this process, or none, may be cleared.
CLEARABLE_CACHES = {"django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache"}


class Command(BaseCommand):
    help = (
        "SQL queries (cold and warm) and median render time of each page type, through Django's test client, "
        "as JSON, with the number of pages of each type. Run with the benchmark's settings and BENCH_CACHE=memory "
        "or off (see docs/performance.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--renders", type=int, default=10, help="Requests whose median is the render time.")
        parser.add_argument(
            "--seconds", type=float, default=3, help="Fewer renders when they take longer than this, together."
        )

    def handle(self, *args, renders, seconds, **options):
        backends = {cache["BACKEND"] for cache in settings.CACHES.values()}
        if not backends <= CLEARABLE_CACHES:
            raise CommandError(
                f"Caches {', '.join(sorted(backends))} may be shared: set BENCH_CACHE=memory or BENCH_CACHE=off."
            )
        client = Client()
        figures = {name: measure_address(client, url, renders, seconds).as_dict() for name, url in page_urls().items()}
        self.stdout.write(json.dumps({"content": content_counts(), "pages": figures}, indent=2))
