"""Figures and links edited once, in Settings, and shown wherever the site needs them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="pick")
class ImpactFigures(BaseSiteSetting):
    since_year = models.PositiveSmallIntegerField(default=2011, help_text=_("Year the charity was founded."))
    research_funding_millions = models.PositiveIntegerField(
        default=20, help_text=_("Millions of euros allocated to research since the charity was founded.")
    )
    programs_funded = models.PositiveIntegerField(default=61, help_text=_("Research programs funded."))
    children_benefited = models.PositiveIntegerField(
        default=7200, help_text=_("Children who benefited from the clinical projects funded.")
    )
    therapies_tested = models.PositiveIntegerField(default=119, help_text=_("New therapies tested in those projects."))

    panels = [
        FieldPanel("since_year"),
        MultiFieldPanel(
            [
                FieldPanel("research_funding_millions"),
                FieldPanel("programs_funded"),
                FieldPanel("children_benefited"),
                FieldPanel("therapies_tested"),
            ],
            heading=_("Figures since the foundation"),
        ),
    ]

    class Meta:
        verbose_name = _("impact figures")


@register_setting(icon="cog")
class CharitySettings(BaseSiteSetting):
    donation_url = models.URLField(
        blank=True, help_text=_("The payment provider's donation form. The donate page's buttons lead here.")
    )
    contact_email = models.EmailField(blank=True)
    facebook_url = models.URLField(blank=True)
    instagram_url = models.URLField(blank=True)
    linkedin_url = models.URLField(blank=True)
    youtube_url = models.URLField(blank=True)

    panels = [
        FieldPanel("donation_url"),
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social networks"),
        ),
    ]

    class Meta:
        verbose_name = _("charity settings")

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
