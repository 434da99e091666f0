from itertools import groupby
from operator import attrgetter

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import PageManager
from wagtail.search import index

from charity.api_fields import RelatedPagesField
from charity.blocks import BodyBlock, KeyFiguresBlock
from charity.images import CARD_IMAGE_SPEC
from charity.listing import deferred, paginate
from charity.pages import BasePage, IndexPage, SummaryImageMixin
from charity.published import PublishedPageQuerySet
from programs.models import NewsPage, PublicationPage


class CancerIndexPage(IndexPage):
    subpage_types = ["cancers.CancerPage"]

    class Meta:
        verbose_name = _("cancer index page")
        verbose_name_plural = _("cancer index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = deferred(self.cancers_by_category)
        return context

    def cancers_by_category(self) -> list:
        labels = dict(CancerPage.Category.choices)
        cancers = CancerPage.objects.cards().order_by("category", "title")
        return [
            (labels.get(category, category), list(group))
            for category, group in groupby(cancers, key=attrgetter("category"))
        ]


class CancerPageQuerySet(PublishedPageQuerySet):
    def listed(self):
        return super().listed().order_by("title")


class CancerPage(SummaryImageMixin, BasePage):
    class Category(models.TextChoices):
        KIDNEY = "kidney", _("Kidney")
        SOFT_TISSUE_SARCOMA = "soft-tissue-sarcoma", _("Soft-tissue sarcoma")
        BONE_SARCOMA = "bone-sarcoma", _("Bone sarcoma")
        BRAIN = "brain", _("Brain and spinal cord")
        NERVOUS_SYSTEM = "nervous-system", _("Nervous system")
        BLOOD = "blood", _("Blood and lymphoma")
        EYE = "eye", _("Eye")
        LIVER = "liver", _("Liver")
        SEVERAL = "several", _("Several sites")

    other_names = models.CharField(
        max_length=255,
        blank=True,
        help_text=_('Other names families may know, separated by commas, e.g. "Wilms\' tumour".'),
    )
    category = models.CharField(max_length=30, choices=Category.choices)
    key_figures = StreamField(
        KeyFiguresBlock(),
        blank=True,
        help_text=_("Share of childhood cancers, incidence, survival: each with its source."),
    )
    body = StreamField(BodyBlock(), blank=True)
    reviewed_by = models.ForeignKey(
        "charity.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_cancer_pages",
        help_text=_("Who reviewed the medical content of this page."),
    )
    reviewed_on = models.DateField(null=True, blank=True, help_text=_("When the medical content was last reviewed."))

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("category"), FieldPanel("other_names")]),
        *SummaryImageMixin.summary_panels,
        FieldPanel("key_figures"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("reviewed_by"), FieldPanel("reviewed_on")], heading=_("Medical review")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("other_names", boost=3),
        index.AutocompleteField("other_names"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("category"),
    ]

    api_fields = [
        APIField("other_names"),
        APIField("category"),
        APIField("summary"),
        APIField("image", serializer=ImageRenditionField(CARD_IMAGE_SPEC)),
        APIField("key_figures"),
        APIField("body"),
        APIField("reviewed_on"),
        APIField("targeting_programs", serializer=RelatedPagesField()),
    ]

    parent_page_types = ["cancers.CancerIndexPage"]
    subpage_types: list[str] = []

    objects = PageManager.from_queryset(CancerPageQuerySet)()

    class Meta:
        verbose_name = _("cancer page")
        verbose_name_plural = _("cancer pages")

    def structured_data(self, request, publisher: dict) -> dict:
        return {
            "@type": "MedicalCondition",
            "name": self.title,
            "alternateName": [name.strip() for name in self.other_names.split(",") if name.strip()] or None,
            "description": self.summary,
            "url": self.get_full_url(request),
        }

    def get_context(self, request, *args, **kwargs):
        """What the programs say about this cancer: nothing is entered twice on the cancer page."""
        context = super().get_context(request, *args, **kwargs)
        context["programs"] = self.targeting_programs.cards()
        context["publications"] = deferred(
            lambda: paginate(
                request, PublicationPage.objects.listed().about_cancer(self), settings.PUBLICATIONS_PER_PAGE
            )
        )
        context["news_pages"] = NewsPage.objects.cards().about_cancer(self)[:3]
        return context
