"""People and partner organisations, shared by every page that names them.

Both carry text, so both are translatable: each has one instance per language, tied together by a
translation key, and pages name the instance in their own language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Person(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=120)
    title = models.CharField(
        max_length=160, blank=True, help_text=_('Role or title, e.g. "President" or "Research director".')
    )
    affiliation = models.CharField(max_length=200, blank=True, help_text=_("Institution the person works for."))
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    short_bio = models.TextField(max_length=600, blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("title"), FieldPanel("affiliation")], heading=_("Identity")),
        FieldPanel("photo"),
        FieldPanel("short_bio"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("affiliation"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name


class Partner(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        CONSORTIUM = "consortium", _("Research consortium")
        HOSPITAL = "hospital", _("Hospital or cancer centre")
        CHARITY = "charity", _("Charity")
        INSTITUTION = "institution", _("Public institution")

    name = models.CharField(max_length=160)
    acronym = models.CharField(max_length=40, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    logo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    website = models.URLField(blank=True)
    description = models.TextField(max_length=600, blank=True)
    show_in_footer = models.BooleanField(default=False, help_text=_("List this partner in the footer of every page."))

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("acronym"), FieldPanel("kind")], heading=_("Identity")),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("show_in_footer"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def short_name(self) -> str:
        return self.acronym or self.name
