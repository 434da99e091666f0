"""The emails sent to subscribers: plain text with an HTML alternative, absolute links, and the
one-click unsubscribe headers of RFC 8058 on every one of them.

Each is written in the subscriber's language, whatever language the request or the worker that sends
it is in, and its links lead to the pages in that language (/fr/… or /en/…)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from subscriptions.models import Follow, Subscriber
from subscriptions.tokens import confirmation_token, manage_token


def _message(subscriber: Subscriber, subject: str, template: str, context: dict, base_url: str):
    """An email in the active language, with links under its prefix: callers switch to the subscriber's."""
    token = manage_token(subscriber)
    unsubscribe_url = base_url + reverse("subscriptions:unsubscribe", args=[token])
    context = {
        **context,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "valid_days": settings.SUBSCRIPTIONS_CONFIRMATION_MAX_AGE // 86400,
        "site_url": base_url + reverse("wagtail_serve", args=[""]),
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


def follow_message(follow: Follow, base_url: str, language: str | None = None):
    """The confirmation link for a follow not yet confirmed; otherwise a reminder that it is in place,
    with a link to confirm a change of language when the request came in another one.

    Written in the language of the request (`language`), as the person who asked reads it."""
    language = language or follow.subscriber.language
    with translation.override(language):
        confirm_url = base_url + reverse("subscriptions:confirm", args=[confirmation_token(follow, language)])
        context = {"follow": follow, "subject": follow.label}
        if follow.confirmed_at is None:
            context["confirm_url"] = confirm_url
            subject = gettext("Confirm your subscription")
            return _message(follow.subscriber, subject, "confirm_follow", context, base_url)
        if language != follow.subscriber.language:
            context["confirm_url"] = confirm_url
        subject = gettext("You are already subscribed")
        return _message(follow.subscriber, subject, "already_following", context, base_url)


def news_context(news_page) -> dict:
    """What every email about one news page shows, computed once for all its recipients (who all read
    the page's language: see Subscriber.objects.following_news)."""
    return {
        "news": news_page,
        "news_url": news_page.get_full_url(),
        "programs": list(news_page.programs.published().order_by("acronym")),
    }


def news_message(subscriber: Subscriber, context: dict, base_url: str):
    with translation.override(subscriber.language):
        return _message(subscriber, context["news"].title, "news", context, base_url)
