"""The emails sent to subscribers: plain text with an HTML alternative, absolute links, and the
one-click unsubscribe headers of RFC 8058 on every one of them."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext

from wagtail.models import Site

from subscriptions.models import Follow, Subscriber
from subscriptions.tokens import confirmation_token, manage_token


def default_base_url() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def _message(subscriber: Subscriber, subject: str, template: str, context: dict, base_url: str):
    token = manage_token(subscriber)
    unsubscribe_url = base_url + reverse("subscriptions:unsubscribe", args=[token])
    context = {
        **context,
        "valid_days": settings.SUBSCRIPTIONS_CONFIRMATION_MAX_AGE // 86400,
        "site_url": base_url + "/",
        "preferences_url": base_url + reverse("subscriptions:preferences", args=[token]),
        "unsubscribe_url": unsubscribe_url,
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"subscriptions/emails/{template}.txt", context),
        to=[subscriber.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(render_to_string(f"subscriptions/emails/{template}.html", context), "text/html")
    return message


def follow_message(follow: Follow, base_url: str):
    """The confirmation link for a follow not yet confirmed; otherwise a reminder that it is in place."""
    context = {"follow": follow, "subject": follow.describe()}
    if follow.confirmed_at is None:
        context["confirm_url"] = base_url + reverse("subscriptions:confirm", args=[confirmation_token(follow)])
        return _message(follow.subscriber, gettext("Confirm your subscription"), "confirm_follow", context, base_url)
    return _message(follow.subscriber, gettext("You are already subscribed"), "already_following", context, base_url)


def news_context(news_page) -> dict:
    """What every email about one news page shows, computed once for all its recipients."""
    return {
        "news": news_page,
        "news_url": news_page.get_full_url(),
        "programs": list(news_page.programs.live().public().order_by("acronym")),
    }


def news_message(subscriber: Subscriber, context: dict, base_url: str):
    return _message(subscriber, context["news"].title, "news", context, base_url)
