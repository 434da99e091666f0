"""Abstract building blocks for page models: fields that travel together, with their panels."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class SummaryImageMixin(models.Model):
    """A short summary and an image, used on the page itself and wherever it is listed."""

    summary = models.TextField(
        max_length=400,
        help_text=_("One or two sentences shown under the title and in listings (400 characters at most)."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and in listings. Give the image a description (its alt text)."),
    )

    summary_panels = [FieldPanel("summary"), FieldPanel("image")]

    class Meta:
        abstract = True


class BasePage(Page):
    """Every public page of the site: a meta description that falls back on the page's summary."""

    search_fields = Page.search_fields + [index.SearchField("search_description")]

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or getattr(self, "summary", "") or ""


class IndexPage(BasePage):
    """A section of the site that lists its children: one per site, right under the home page."""

    intro = models.TextField(max_length=600, blank=True, help_text=_("Shown above the list."))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["charity.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or self.intro
