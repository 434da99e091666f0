"""What every template of the site may name without asking for it."""

from django.conf import settings


def site_name(request) -> dict:
    """The charity's name, written once in settings (WAGTAIL_SITE_NAME, which the admin shows too)."""
    return {"site_name": settings.WAGTAIL_SITE_NAME}
