"""Fixed-window counters in the cache: per client address and per email address.

Keys hold a hash of the email address, never the address itself."""

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


def _hit(key: str, limit: int) -> bool:
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


def allow_client(request) -> bool:
    ip_hash = hashlib.sha256(client_ip(request).encode()).hexdigest()
    return _hit(f"subscriptions:ip:{ip_hash}", settings.SUBSCRIPTIONS_RATE_PER_CLIENT)


def allow_email(email: str) -> bool:
    email_hash = hashlib.sha256(email.encode()).hexdigest()
    return _hit(f"subscriptions:email:{email_hash}", settings.SUBSCRIPTIONS_RATE_PER_EMAIL)
