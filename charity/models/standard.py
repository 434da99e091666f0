from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from charity.blocks import BodyBlock
from charity.pages import BasePage


class StandardPage(BasePage):
    """About, governance and transparency, legal notice: any page made of the shared body blocks."""

    summary = models.TextField(max_length=400, blank=True, help_text=_("Shown under the title and in listings."))
    body = StreamField(BodyBlock(), blank=True)
    show_in_footer = models.BooleanField(
        default=False, help_text=_("Link this page in the footer, e.g. the legal notice or the privacy policy.")
    )

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    promote_panels = BasePage.promote_panels + [FieldPanel("show_in_footer")]
    search_fields = BasePage.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["charity.HomePage", "charity.StandardPage"]
    subpage_types = ["charity.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
