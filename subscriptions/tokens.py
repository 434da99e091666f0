"""Signed links. A confirmation link expires; the link to manage or end a subscription does not, so
that an old email still lets its reader unsubscribe. Both carry the subscriber's secret: rotating it
revokes every link sent before.

A confirmation link also carries the language the request was made in: confirming it is what makes
the subscriber's emails switch to that language, so that nobody else can switch them by asking."""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from subscriptions.models import Follow, Subscriber

CONFIRM_SALT = "subscriptions.confirm"
MANAGE_SALT = "subscriptions.manage"


class InvalidToken(Exception):
    pass


class ExpiredToken(InvalidToken):
    pass


@dataclass(frozen=True)
class Confirmation:
    follow: Follow
    language: str

    @property
    def changes_language(self) -> bool:
        return self.language != self.follow.subscriber.language


def confirmation_token(follow: Follow, language: str | None = None) -> str:
    language = language or follow.subscriber.language
    return signing.dumps({"f": follow.pk, "k": follow.subscriber.secret, "l": language}, salt=CONFIRM_SALT)


def manage_token(subscriber: Subscriber) -> str:
    return signing.dumps({"s": subscriber.pk, "k": subscriber.secret}, salt=MANAGE_SALT)


def _load(token: str, salt: str, max_age=None) -> dict:
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    if not isinstance(data, dict):
        raise InvalidToken
    return data


def confirmation_from_token(token: str) -> Confirmation:
    data = _load(token, CONFIRM_SALT, max_age=settings.SUBSCRIPTIONS_CONFIRMATION_MAX_AGE)
    follow = (
        Follow.objects.select_related("subscriber", "program", "cancer")
        .filter(pk=data.get("f"), subscriber__secret=data.get("k"))
        .first()
    )
    if follow is None:
        raise InvalidToken
    language = data.get("l")
    if language not in dict(settings.LANGUAGES):
        # Links sent before they named a language confirm in the subscriber's own.
        language = follow.subscriber.language
    return Confirmation(follow, language)


def subscriber_from_token(token: str) -> Subscriber | None:
    """The subscriber, or None when the link is genuine but they have already gone."""
    data = _load(token, MANAGE_SALT)
    subscriber = Subscriber.objects.filter(pk=data.get("s")).first()
    if subscriber is not None and subscriber.secret != data.get("k"):
        raise InvalidToken
    return subscriber
