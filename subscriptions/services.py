"""What a follow request, a confirmation and an unsubscription do to the stored data."""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from subscriptions.models import Follow, Subscriber


def _same_follow(program, cancer) -> Q:
    """A follow of this program or cancer in any language (translations share a translation_key), or of all news."""
    if program is not None:
        return Q(program__translation_key=program.translation_key)
    if cancer is not None:
        return Q(cancer__translation_key=cancer.translation_key)
    return Q(program__isnull=True, cancer__isnull=True)


def request_follow(email: str, program, cancer, consent_statement: str, language: str) -> Follow:
    """Record the request; its follow is confirmed only from the link emailed to the address.

    A new address reads the language of its request. A known one keeps its language until its owner
    confirms the request from the email (see `confirm_follow`): an anonymous form cannot change it."""
    now = timezone.now()
    try:
        with transaction.atomic():
            subscriber, _ = Subscriber.objects.get_or_create(email=email, defaults={"language": language})
            follow = subscriber.follows.filter(_same_follow(program, cancer)).first()
            created = follow is None
            if created:
                follow = Follow.objects.create(
                    subscriber=subscriber,
                    program=program,
                    cancer=cancer,
                    consent_text=consent_statement,
                    consent_at=now,
                )
    except IntegrityError:
        # The same request, twice at once: the other one stored it.
        follow = Follow.objects.get(_same_follow(program, cancer), subscriber__email=email)
        created = False
    if not created and follow.confirmed_at is None:
        follow.consent_text, follow.consent_at = consent_statement, now
        follow.save(update_fields=["consent_text", "consent_at"])
    return follow


def confirm_follow(follow: Follow, language: str) -> None:
    """Confirm the follow and, from now on, write to the subscriber in the language they asked in."""
    now = timezone.now()
    if follow.confirmed_at is None:
        follow.confirmed_at = now
        follow.save(update_fields=["confirmed_at"])
    subscriber = follow.subscriber
    changed = []
    if subscriber.confirmed_at is None:
        subscriber.confirmed_at = now
        changed.append("confirmed_at")
    if subscriber.language != language:
        subscriber.language = language
        changed.append("language")
    if changed:
        subscriber.save(update_fields=changed)


def erase_subscriber(subscriber: Subscriber) -> None:
    """Unsubscribing from everything erases the address, its follows, its deliveries, its pending
    confirmations and the stored results of the emails sent to it (subscriptions.signal_handlers)."""
    subscriber.delete()


def stop_following(subscriber: Subscriber, follow_id) -> bool:
    """Remove one follow; True when none is left, in which case the subscriber is erased too."""
    subscriber.follows.filter(pk=follow_id).delete()
    if not subscriber.follows.exists():
        erase_subscriber(subscriber)
        return True
    return False


def purge_unconfirmed(max_age_seconds: int) -> tuple[int, int]:
    """Delete follow requests never confirmed in time, then subscribers left with nothing confirmed."""
    cutoff = timezone.now() - datetime.timedelta(seconds=max_age_seconds)
    _, follows = Follow.objects.filter(confirmed_at__isnull=True, consent_at__lt=cutoff).delete()
    _, subscribers = Subscriber.objects.filter(follows__isnull=True, created_at__lt=cutoff).delete()
    return follows.get(Follow._meta.label, 0), subscribers.get(Subscriber._meta.label, 0)
