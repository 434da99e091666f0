import logging

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from cancers.models import CancerPage
from charity.origins import same_origin_posts
from programs.models import ProgramPage
from subscriptions import ratelimit, services
from subscriptions.forms import FollowForm, is_page_id
from subscriptions.tasks import send_follow_email
from subscriptions.tokens import (
    ExpiredToken,
    InvalidToken,
    confirmation_from_token,
    manage_token,
    subscriber_from_token,
)

logger = logging.getLogger(__name__)

# Each page's title and description, for the document's <title>, the sharing cards and search engines.
VIEW_TITLES = {
    "subscribe": (
        _("News by email"),
        _("Receive the news of the research programs %(site_name)s funds by email."),
    ),
    "rate_limited": (_("Too many requests"), _("Too many subscription requests: try again later.")),
    "check_inbox": (_("Check your inbox"), _("Confirm your subscription from the email we sent you.")),
    "confirm": (
        _("Confirm your subscription"),
        _("Confirm that you want to receive the news of %(site_name)s by email."),
    ),
    "confirmed": (
        _("Subscription confirmed"),
        _("Your subscription to the news of %(site_name)s is confirmed."),
    ),
    "preferences": (_("Your subscriptions"), _("Choose which news of %(site_name)s you receive by email.")),
    "unsubscribe": (_("Unsubscribe"), _("Stop receiving emails from %(site_name)s.")),
    "unsubscribed": (_("Unsubscribed"), _("You are unsubscribed from the emails of %(site_name)s.")),
    "invalid_link": (_("Invalid link"), _("This subscription link cannot be used.")),
    "expired_link": (_("Expired link"), _("This subscription link cannot be used.")),
}


def _render(request, name: str, context: dict | None = None, status: int = 200, template: str = ""):
    title, description = VIEW_TITLES[name]
    context = {
        "view_title": str(title),
        "view_description": description % {"site_name": settings.WAGTAIL_SITE_NAME},
        **(context or {}),
    }
    return render(request, f"subscriptions/{template or name}.html", context, status=status)


def _see_other(url: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _target_of(data) -> dict:
    """The page a submitted form was about, so that a form shown again keeps its wording."""

    def find(model, value):
        return model.objects.listed().filter(pk=value).first() if is_page_id(value) else None

    return {"program": find(ProgramPage, data.get("program", "")), "cancer": find(CancerPage, data.get("cancer", ""))}


def _invalid_link(request, error: InvalidToken):
    expired = isinstance(error, ExpiredToken)
    name = "expired_link" if expired else "invalid_link"
    return _render(request, name, {"expired": expired}, status=400, template="invalid_link")


def _enqueue_follow_email(follow, request, language: str) -> None:
    base_url = request.build_absolute_uri("/").rstrip("/")

    def enqueue():
        try:
            send_follow_email.enqueue(follow.pk, base_url, language)
        except Exception:
            # The request is stored; the visitor can ask again for the email.
            logger.exception("Could not queue the email for follow %s", follow.pk)

    transaction.on_commit(enqueue)


# Follow forms sit on pages served from the page cache: they carry no CSRF token, and posts from other
# sites are refused instead (charity.origins). A forged post could only ask for a confirmation email.
@same_origin_posts
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The sign-up page for all news (GET), and where every follow form on the site posts to."""
    if request.method == "GET":
        return _render(request, "subscribe", {"form": FollowForm()})

    if not ratelimit.allow_client(request):
        return _render(request, "rate_limited", status=429)
    target = _target_of(request.POST)
    form = FollowForm(request.POST, **target)
    if not form.is_valid():
        return _render(request, "subscribe", {"form": form, **target}, status=400)
    # Whatever happens next, the answer is the same: nothing tells whether the address is known.
    if not form.is_trap_filled:
        email = form.cleaned_data["email"]
        if not ratelimit.allow_email(email):
            return _render(request, "rate_limited", status=429)
        # The language of the address the form was posted to: /fr/subscriptions/ or /en/subscriptions/.
        language = translation.get_language()
        follow = services.request_follow(
            email, form.cleaned_data["program"], form.cleaned_data["cancer"], form.consent_statement, language
        )
        _enqueue_follow_email(follow, request, language)
    return _see_other(reverse("subscriptions:check_inbox"))


def check_inbox(request):
    return _render(request, "check_inbox", {"valid_days": settings.SUBSCRIPTIONS_CONFIRMATION_MAX_AGE // 86400})


# Mail scanners open every link of an email: the link shows a button, and only its POST (with a CSRF
# token: this page is never cached) confirms the follow and the language it was asked in.
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        confirmation = confirmation_from_token(token)
    except InvalidToken as error:
        return _invalid_link(request, error)
    follow = confirmation.follow
    if request.method == "GET":
        if follow.confirmed_at is not None and not confirmation.changes_language:
            return _confirmed(request, follow)
        return _render(request, "confirm", {"follow": follow})
    services.confirm_follow(follow, confirmation.language)
    # The same link now shows the confirmation, and reloading it posts nothing again.
    return _see_other(request.path)


def _confirmed(request, follow):
    preferences_url = reverse("subscriptions:preferences", args=[manage_token(follow.subscriber)])
    return _render(request, "confirmed", {"follow": follow, "preferences_url": preferences_url})


@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request, token):
    try:
        subscriber = subscriber_from_token(token)
    except InvalidToken as error:
        return _invalid_link(request, error)
    if subscriber is None:
        return _render(request, "unsubscribed")

    if request.method == "POST":
        if request.POST.get("action") == "unsubscribe":
            services.erase_subscriber(subscriber)
            return _see_other(reverse("subscriptions:unsubscribed"))
        if services.stop_following(subscriber, request.POST.get("follow", "")):
            return _see_other(reverse("subscriptions:unsubscribed"))
        messages.success(request, gettext("Done: you will no longer receive those emails."))
        return _see_other(request.path)

    follows = subscriber.follows.select_related("program", "cancer").order_by("pk")
    return _render(request, "preferences", {"subscriber": subscriber, "follows": follows})


# The one-click unsubscribe of RFC 8058: mail providers POST "List-Unsubscribe=One-Click" without any
# cookie, so this view takes no CSRF token. The signed link is what authenticates the request.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = subscriber_from_token(token)
    except InvalidToken as error:
        return _invalid_link(request, error)
    if request.method == "GET":
        if subscriber is None:
            return _render(request, "unsubscribed")
        return _render(request, "unsubscribe", {"token": token})
    if subscriber is not None:
        services.erase_subscriber(subscriber)
    return _render(request, "unsubscribed")


def unsubscribed(request):
    return _render(request, "unsubscribed")
