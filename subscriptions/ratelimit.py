"""Sign-up limits: per client address and per email address, in charity's fixed-window counters."""

from django.conf import settings

from charity.ratelimit import client_ip, hit, key

__all__ = ["allow_client", "allow_email", "client_ip"]


def allow_client(request) -> bool:
    return hit(key("subscriptions:ip", client_ip(request)), settings.SUBSCRIPTIONS_RATE_PER_CLIENT)


def allow_email(email: str) -> bool:
    return hit(key("subscriptions:email", email), settings.SUBSCRIPTIONS_RATE_PER_EMAIL)
