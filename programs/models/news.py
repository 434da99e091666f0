import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import PageManager
from wagtail.search import index

from charity.api_fields import RelatedPagesField
from charity.blocks import BodyBlock
from charity.images import CARD_IMAGE_SPEC
from charity.listing import Facet, deferred_pair, filter_by_facets, paginate
from charity.pages import BasePage, IndexPage, SummaryImageMixin
from charity.published import PublishedPageQuerySet
from programs.models.program import ProgramPage


def today() -> datetime.date:
    return timezone.localdate()


class NewsIndexPage(IndexPage):
    subpage_types = ["programs.NewsPage"]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_pages"], context["facets"] = deferred_pair(lambda: self.news_listing(request))
        return context

    def news_listing(self, request):
        """A page of news, narrowed by the filters of the query string, and those filters."""
        programs = ProgramPage.objects.listed().values_list("slug", "acronym")
        news_pages, facets = filter_by_facets(
            request, NewsPage.objects.cards(), [Facet("program", gettext("Program"), "programs__slug", programs)]
        )
        return paginate(request, news_pages, settings.NEWS_PER_PAGE), facets


class NewsPageQuerySet(PublishedPageQuerySet):
    def listed(self):
        return super().listed().order_by("-date", "-pk")

    def cards(self):
        return super().cards().with_listed("programs")

    def about_cancer(self, cancer):
        """News about the cancer itself, or about a program that works on it."""
        return self.filter(Q(programs__cancers=cancer) | Q(cancers=cancer)).distinct()


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

    objects = PageManager.from_queryset(NewsPageQuerySet)()
    open_graph_type = "article"

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def structured_data(self, request, publisher: dict) -> dict:
        modified = self.last_published_at or self.latest_revision_created_at
        return {
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "inLanguage": self.locale.language_code,
            "datePublished": self.date.isoformat(),
            "dateModified": modified.isoformat() if modified else self.date.isoformat(),
            "description": self.summary,
            "url": self.get_full_url(request),
            "publisher": publisher,
            "author": publisher,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_programs"] = self.programs.listed()
        context["related_cancers"] = self.cancers.listed()
        return context
