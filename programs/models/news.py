import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index

from charity.api_fields import RelatedPagesField
from charity.blocks import BodyBlock
from charity.images import CARD_IMAGE_SPEC
from charity.listing import Facet, filter_by_facets, paginate
from charity.pages import BasePage, IndexPage, SummaryImageMixin
from charity.sites import live_in_active_language


def today() -> datetime.date:
    return timezone.localdate()


class NewsIndexPage(IndexPage):
    subpage_types = ["programs.NewsPage"]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def get_context(self, request, *args, **kwargs):
        from programs.models import ProgramPage
        from programs.selectors import news_listing

        context = super().get_context(request, *args, **kwargs)
        programs = live_in_active_language(ProgramPage).order_by("acronym").values_list("slug", "acronym")
        news_pages, facets = filter_by_facets(
            request, news_listing(), [Facet("program", gettext("Program"), "programs__slug", programs)]
        )
        context["news_pages"] = paginate(request, news_pages, settings.NEWS_PER_PAGE)
        context["facets"] = facets
        return context


class NewsPage(SummaryImageMixin, BasePage):
    date = models.DateField(default=today, help_text=_("The date the news is about, shown on the page."))
    body = StreamField(BodyBlock(), blank=True)
    programs = ParentalManyToManyField(
        "programs.ProgramPage",
        blank=True,
        related_name="news_pages",
        help_text=_("The programs this news is about. It appears on their pages."),
    )
    cancers = ParentalManyToManyField("cancers.CancerPage", blank=True, related_name="news_pages")

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        *SummaryImageMixin.summary_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("programs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("cancers", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Related programs and cancers"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("image", serializer=ImageRenditionField(CARD_IMAGE_SPEC)),
        APIField("body"),
        APIField("programs", serializer=RelatedPagesField()),
        APIField("cancers", serializer=RelatedPagesField()),
    ]

    parent_page_types = ["programs.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_programs"] = self.programs.live().public().order_by("acronym")
        context["related_cancers"] = self.cancers.live().public().order_by("title")
        return context
