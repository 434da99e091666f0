from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cancers.models import CancerPage
from programs.models import ProgramPage
from subscriptions.models import Subscriber


def consent_text(program: ProgramPage | None = None, cancer: CancerPage | None = None) -> str:
    """The statement the visitor ticks, in the active language: it is stored as they read it."""
    if program is not None:
        return gettext(
            "I agree to receive emails from %(site_name)s with news of the %(acronym)s research program. "
            "I can stop them at any time with the link in every email."
        ) % {"site_name": settings.WAGTAIL_SITE_NAME, "acronym": program.acronym}
    if cancer is not None:
        return gettext(
            "I agree to receive emails from %(site_name)s with news about %(cancer)s. "
            "I can stop them at any time with the link in every email."
        ) % {"site_name": settings.WAGTAIL_SITE_NAME, "cancer": cancer.title}
    return gettext(
        "I agree to receive emails from %(site_name)s with all the news. "
        "I can stop them at any time with the link in every email."
    ) % {"site_name": settings.WAGTAIL_SITE_NAME}


# The largest primary key a database can hold: beyond it a lookup fails instead of finding nothing.
MAX_PAGE_ID = 2**63 - 1


def is_page_id(value) -> bool:
    """Whether a submitted value can be a page's primary key ("²" is a digit to Python, not to a database)."""
    value = str(value)
    return value.isascii() and value.isdigit() and int(value) <= MAX_PAGE_ID


class PageChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not is_page_id(value):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class FollowForm(forms.Form):
    """An email address and explicit consent to follow a program, a cancer, or (neither) all news."""

    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address in the form name@example.org."),
        },
    )
    consent = forms.BooleanField(
        required=True,
        error_messages={"required": _("Tick the box to agree to receive these emails.")},
    )
    # Querysets are set on submitted forms only: listed() reads the view restrictions at once, which
    # neither an import nor the rendering of an empty form needs.
    program = PageChoiceField(queryset=ProgramPage.objects.none(), required=False, widget=forms.HiddenInput)
    cancer = PageChoiceField(queryset=CancerPage.objects.none(), required=False, widget=forms.HiddenInput)
    # Left empty by people, who never see it; filled in by many bots.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, program=None, cancer=None, **kwargs):
        kwargs.setdefault("auto_id", "follow-%s")
        initial = kwargs.setdefault("initial", {})
        if program is not None:
            initial["program"] = program.pk
        if cancer is not None:
            initial["cancer"] = cancer.pk
        super().__init__(*args, **kwargs)
        if self.is_bound:
            # A form posts to the subscriptions page of its own page's language: /fr/… for a French program.
            self.fields["program"].queryset = ProgramPage.objects.listed()
            self.fields["cancer"].queryset = CancerPage.objects.listed()
        self.fields["consent"].label = consent_text(program, cancer)

    def clean_email(self):
        return Subscriber.normalize_email(self.cleaned_data["email"])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("program") and cleaned.get("cancer"):
            raise forms.ValidationError(_("Follow a program or a cancer, one at a time."))
        if self.errors.keys() & {"program", "cancer"}:
            # A stale or forged page reference: the visitor can do nothing about it but start again.
            raise forms.ValidationError(_("This can no longer be followed. Go back to the page and try again."))
        return cleaned

    @property
    def is_trap_filled(self) -> bool:
        return bool(self.data.get(self.add_prefix("website")))

    @property
    def consent_statement(self) -> str:
        return consent_text(self.cleaned_data.get("program"), self.cleaned_data.get("cancer"))
