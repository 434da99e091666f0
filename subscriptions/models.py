"""Who follows what by email, and which news emails went to whom.

Only what sending needs is kept: the address, the language its emails are written in, proof of consent
(its text and time, and the time the address confirmed it), and one delivery row per news page and
subscriber, whose unique constraint is what keeps anyone from receiving the same news twice (and
`following_news` from receiving it again in another language)."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cancers.models import CancerPage


def new_secret() -> str:
    return secrets.token_urlsafe(12)


class SubscriberQuerySet(models.QuerySet):
    def following_news(self, news_page):
        """The confirmed subscribers who read the news page's language and confirmed a follow of one of its
        programs, one of its cancers, or all news, less those who already received it in another language.

        A follow matches in any language: a program's or a cancer's translations share its translation_key."""
        program_keys = set(news_page.programs.values_list("translation_key", flat=True))
        cancer_keys = set(news_page.cancers.values_list("translation_key", flat=True))
        # A cancer's followers also hear about the programs that target it, as its page shows them.
        cancer_keys |= set(
            CancerPage.objects.filter(targeting_programs__translation_key__in=program_keys).values_list(
                "translation_key", flat=True
            )
        )
        follows = Follow.objects.filter(confirmed_at__isnull=False).filter(
            Q(program__translation_key__in=program_keys)
            | Q(cancer__translation_key__in=cancer_keys)
            | Q(program__isnull=True, cancer__isnull=True)
        )
        sent_in_another_language = Delivery.objects.filter(
            news_page__translation_key=news_page.translation_key, sent_at__isnull=False
        ).exclude(news_page=news_page)
        return (
            self.filter(
                confirmed_at__isnull=False,
                language=news_page.locale.language_code,
                pk__in=follows.values("subscriber"),
            )
            .exclude(pk__in=sent_in_another_language.values("subscriber"))
            .order_by("pk")
        )


class Subscriber(models.Model):
    email = models.EmailField(unique=True, help_text=_("Stored in lower case."))
    secret = models.CharField(
        max_length=32,
        default=new_secret,
        editable=False,
        help_text=_("Part of every link sent to this address; changing it revokes them all."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the address first confirmed a subscription from an email.")
    )
    language = models.CharField(
        _("language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of every email to this address: the one it last subscribed in."),
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        # The admin's history outlives an erased subscriber, so it names them by number only.
        return gettext("Subscriber %(number)s") % {"number": self.pk}

    @staticmethod
    def normalize_email(email: str) -> str:
        return email.strip().lower()

    def follows_summary(self) -> str:
        return ", ".join(follow.describe(with_state=True) for follow in self.follows.all())

    follows_summary.short_description = _("Follows")

    def consent_record(self) -> str:
        """Each follow's consent, word for word, with when it was given and confirmed."""
        return "\n".join(follow.consent_record() for follow in self.follows.all())

    consent_record.short_description = _("Consent")


class Follow(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="follows")
    program = models.ForeignKey(
        "programs.ProgramPage", null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    cancer = models.ForeignKey(
        "cancers.CancerPage", null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    consent_text = models.TextField(help_text=_("The consent statement the visitor ticked, word for word."))
    consent_at = models.DateTimeField(help_text=_("When it was ticked (the latest request, if asked again)."))
    confirmed_at = models.DateTimeField(null=True, blank=True, help_text=_("When the link in the email confirmed it."))

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(program__isnull=True) | Q(cancer__isnull=True), name="follow_one_program_or_one_cancer"
            ),
            models.UniqueConstraint(
                fields=["subscriber", "program"], condition=Q(program__isnull=False), name="follow_program_once"
            ),
            models.UniqueConstraint(
                fields=["subscriber", "cancer"], condition=Q(cancer__isnull=False), name="follow_cancer_once"
            ),
            models.UniqueConstraint(
                fields=["subscriber"],
                condition=Q(program__isnull=True, cancer__isnull=True),
                name="follow_all_news_once",
            ),
        ]

    def __str__(self):
        return self.describe()

    @property
    def target(self):
        return self.program or self.cancer

    @cached_property
    def label(self) -> str:
        """What the follow brings, as the language being read names it.

        A follow points at the page it was made from; the subscriber may read the other language since
        (they subscribed again from it), so pages and emails name the program or cancer by its live
        translation in the active language where there is one."""
        return self.describe(target=self.target.localized if self.target else None)

    def describe(self, with_state: bool = False, target=None) -> str:
        """What the follow brings, as a phrase that completes "receive …" in the emails and pages, naming
        the page followed (or `target`, its translation: see `label`)."""
        target = target or self.target
        if self.program_id:
            # Translators: what a subscriber receives, completing "You will receive … by email".
            label = gettext("news of %(acronym)s") % {"acronym": target.acronym}
        elif self.cancer_id:
            # Translators: what a subscriber receives, completing "You will receive … by email".
            label = gettext("news about %(cancer)s") % {"cancer": target.title}
        else:
            # Translators: what a subscriber receives, completing "You will receive … by email".
            label = gettext("all news")
        if with_state and self.confirmed_at is None:
            label = gettext("%(follow)s (not confirmed)") % {"follow": label}
        return label

    def consent_record(self) -> str:
        values = {
            "follow": self.describe(),
            "consent": self.consent_text,
            "consent_at": f"{self.consent_at:%Y-%m-%d %H:%M %Z}",
        }
        if self.confirmed_at is None:
            return gettext("%(follow)s: “%(consent)s” ticked %(consent_at)s, not confirmed") % values
        values["confirmed_at"] = f"{self.confirmed_at:%Y-%m-%d %H:%M %Z}"
        return gettext("%(follow)s: “%(consent)s” ticked %(consent_at)s, confirmed %(confirmed_at)s") % values


class NewsDispatch(models.Model):
    """That a news page's first publication was handed to the sending task: it is handed over once only."""

    news_page = models.OneToOneField("programs.NewsPage", on_delete=models.CASCADE, related_name="dispatch")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = _("news dispatches")

    def __str__(self):
        return gettext("Dispatch of news page %(number)s") % {"number": self.news_page_id}


class Delivery(models.Model):
    news_page = models.ForeignKey("programs.NewsPage", on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["news_page", "subscriber"], name="deliver_news_once")]

    def __str__(self):
        return gettext("News page %(news_page)s to subscriber %(subscriber)s") % {
            "news_page": self.news_page_id,
            "subscriber": self.subscriber_id,
        }
