"""Fixed-window counters in the cache, and the client address they count by.

Keys hold hashes of what they count (an address, an email address), never the thing itself."""

import hashlib

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 3600


def client_ip(request) -> str:
    """The visitor's address. Behind proxies that append to X-Forwarded-For (nginx does), the entry
    added by the outermost trusted one; SUBSCRIPTIONS_TRUSTED_PROXIES says how many there are."""
    proxies = settings.SUBSCRIPTIONS_TRUSTED_PROXIES
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def key(prefix: str, value: str) -> str:
    return f"{prefix}:{hashlib.sha256(value.encode()).hexdigest()}"


def hit(key: str, limit: int) -> bool:
    """Count one request; True while the count stays within the limit."""
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        # The key expired between add and incr: this request opens a new window.
        cache.set(key, 1, WINDOW_SECONDS)
        count = 1
    # A cache that is down answers None (production ignores its errors): let the request through.
    return count is None or count <= limit


def reached(key: str, limit: int) -> bool:
    """Whether the count has reached the limit, without counting."""
    count = cache.get(key)
    return count is not None and count >= limit
