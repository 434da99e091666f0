"""In-process figures of one address: SQL queries and render time through Django's test client.

Cold is the first request after every cache is cleared, in a process that has already served the address once
(so that the one-off work of a new site, such as drawing image renditions, is not counted). Warm is the request
that follows. Render time, from the request to the last byte of the response, middleware included, is the median
of warm requests: `renders` of them, or fewer when they add up to more than `budget_seconds` (at least one).
Every figure here is of rendering: the page cache, which answers without rendering, is bypassed (the load
runs measure it, cached and uncached); the other caches are warm or cleared as said.
"""

import statistics
import time
from dataclasses import asdict, dataclass

from django.core.cache import caches
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext


class UnexpectedStatus(RuntimeError):
    pass


@dataclass(frozen=True)
class AddressFigures:
    url: str
    cold_queries: int
    warm_queries: int
    render_ms: float
    renders: int

    def as_dict(self) -> dict:
        return asdict(self)


def get(client: Client, url: str):
    response = client.get(url)
    if response.status_code != 200:
        raise UnexpectedStatus(f"{url} answered {response.status_code}, not 200")
    return response


def count_queries(client: Client, url: str) -> int:
    """The number of SQL queries one request for `url` makes."""
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


def clear_caches() -> None:
    for cache in caches.all():
        cache.clear()


def timed(function, *args) -> tuple[object, float]:
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


@override_settings(PAGE_CACHE_ENABLED=False)
def measure_address(client: Client, url: str, renders: int, budget_seconds: float) -> AddressFigures:
    get(client, url)
    clear_caches()
    cold = count_queries(client, url)
    warm, duration = timed(count_queries, client, url)
    durations = [duration]
    while len(durations) < renders and sum(durations) < budget_seconds:
        durations.append(timed(get, client, url)[1])
    return AddressFigures(url, cold, warm, round(statistics.median(durations) * 1000, 1), len(durations))
