from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import PageManager
from wagtail.search import index

from charity.api_fields import RelatedPagesField, RelatedSnippetsField
from charity.blocks import BodyBlock
from charity.images import CARD_IMAGE_SPEC, with_renditions
from charity.listing import Facet, deferred, deferred_pair, filter_by_facets, paginate
from charity.pages import BasePage, IndexPage, SummaryImageMixin
from charity.published import PublishedPageQuerySet
from programs.validators import eu_trial_url, nct_url, validate_eu_trial_number, validate_nct_number


class ProgramIndexPage(IndexPage):
    subpage_types = ["programs.ProgramPage"]

    class Meta:
        verbose_name = _("program index page")
        verbose_name_plural = _("program index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programs"], context["facets"] = deferred_pair(lambda: self.program_listing(request))
        return context

    def program_listing(self, request):
        """A page of programs, narrowed by the filters of the query string, and those filters."""
        programs, facets = self.filtered_programs(request)
        return paginate(request, programs, settings.PROGRAMS_PER_PAGE), facets

    def filtered_programs(self, request):
        """The programs, narrowed by the filters of the query string, and those filters."""
        cancers = ProgramPage.cancers.field.related_model.objects.listed().values_list("slug", "title")
        return filter_by_facets(
            request,
            ProgramPage.objects.cards(),
            [
                Facet("cancer", gettext("Cancer"), "cancers__slug", cancers),
                Facet("theme", gettext("Theme"), "theme", ProgramPage.Theme.choices),
                Facet("status", gettext("Status"), "status", ProgramPage.Status.choices),
            ],
        )


class ProgramPageQuerySet(PublishedPageQuerySet):
    def listed(self):
        return super().listed().order_by("acronym")

    def cards(self):
        return super().cards().with_listed("cancers")


class ProgramPage(SummaryImageMixin, BasePage):
    class Theme(models.TextChoices):
        PRECISION_MEDICINE = "precision-medicine", _("Precision medicine")
        IMMUNOTHERAPY = "immunotherapy", _("Immunotherapy")
        CLINICAL_TRIAL = "clinical-trial", _("Clinical trial")
        BIOLOGY = "biology", _("Tumour biology")
        INNOVATIVE_DRUGS = "innovative-drugs", _("Access to innovative drugs")

    class Status(models.TextChoices):
        RECRUITING = "recruiting", _("Recruiting")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")

    class Phase(models.TextChoices):
        PHASE_1 = "1", _("Phase I")
        PHASE_1_2 = "1-2", _("Phase I/II")
        PHASE_2 = "2", _("Phase II")
        PHASE_3 = "3", _("Phase III")

    acronym = models.CharField(max_length=40, help_text=_('The name the program is known by, e.g. "MAPPYACTS".'))
    full_name = models.CharField(max_length=255, blank=True, help_text=_("The program's full name, if it has one."))
    theme = models.CharField(max_length=30, choices=Theme.choices)
    status = models.CharField(max_length=20, choices=Status.choices)
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True, help_text=_("Leave empty while it runs."))
    funding_amount = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Amount funded by the charity, in euros. Leave empty if not published.")
    )
    children_included = models.PositiveIntegerField(null=True, blank=True)
    headline_result = models.CharField(
        max_length=160,
        blank=True,
        # xgettext:no-python-format
        help_text=_('The result in a few words, e.g. "94% response rate".'),
    )
    lead_investigators = ParentalManyToManyField("charity.Person", blank=True, related_name="led_programs")
    partners = ParentalManyToManyField("charity.Partner", blank=True, related_name="programs")
    cancers = ParentalManyToManyField(
        "cancers.CancerPage",
        blank=True,
        related_name="targeting_programs",
        help_text=_("The cancers this program works on. Their pages list it automatically."),
    )
    trial_phase = models.CharField(
        max_length=5, choices=Phase.choices, blank=True, help_text=_("Clinical trials only.")
    )
    nct_number = models.CharField(
        _("ClinicalTrials.gov identifier"), max_length=11, blank=True, validators=[validate_nct_number]
    )
    eu_trial_number = models.CharField(
        _("EU CT or EudraCT number"), max_length=17, blank=True, validators=[validate_eu_trial_number]
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("acronym"), FieldPanel("full_name")], heading=_("Name")),
        *SummaryImageMixin.summary_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("theme"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldRowPanel([FieldPanel("funding_amount"), FieldPanel("children_included")]),
                FieldPanel("headline_result"),
            ],
            heading=_("Key facts"),
        ),
        FieldPanel("cancers", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("lead_investigators", widget=forms.CheckboxSelectMultiple),
                FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("People and partners"),
        ),
        MultiFieldPanel(
            [FieldPanel("trial_phase"), FieldPanel("nct_number"), FieldPanel("eu_trial_number")],
            heading=_("Clinical trial"),
            classname="collapsed",
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("acronym", boost=5),
        index.AutocompleteField("acronym"),
        index.SearchField("full_name", boost=2),
        index.SearchField("summary"),
        index.SearchField("headline_result"),
        index.SearchField("body"),
        index.FilterField("theme"),
        index.FilterField("status"),
    ]

    api_fields = [
        APIField("acronym"),
        APIField("full_name"),
        APIField("theme"),
        APIField("status"),
        APIField("start_year"),
        APIField("end_year"),
        APIField("funding_amount"),
        APIField("children_included"),
        APIField("headline_result"),
        APIField("summary"),
        APIField("image", serializer=ImageRenditionField(CARD_IMAGE_SPEC)),
        APIField("cancers", serializer=RelatedPagesField()),
        APIField("lead_investigators", serializer=RelatedSnippetsField(["name", "title", "affiliation"])),
        APIField("partners", serializer=RelatedSnippetsField(["name", "acronym", "kind", "website"])),
        APIField("trial_phase"),
        APIField("nct_number"),
        APIField("eu_trial_number"),
        APIField("body"),
        APIField("news_pages", serializer=RelatedPagesField()),
        APIField("publications", serializer=RelatedPagesField()),
    ]

    parent_page_types = ["programs.ProgramIndexPage"]
    subpage_types: list[str] = []

    objects = PageManager.from_queryset(ProgramPageQuerySet)()

    class Meta:
        verbose_name = _("program page")
        verbose_name_plural = _("program pages")

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": gettext("The end year cannot come before the start year.")})

    def structured_data(self, request, publisher: dict) -> dict:
        return {
            "@type": "ResearchProject",
            "name": self.acronym,
            "alternateName": self.full_name or None,
            "description": self.summary,
            "url": self.get_full_url(request),
            "funder": publisher,
            "about": [{"@type": "MedicalCondition", "name": cancer.title} for cancer in self.cancers.published()],
        }

    @property
    def is_clinical_trial(self) -> bool:
        return bool(self.trial_phase or self.nct_number or self.eu_trial_number)

    @property
    def nct_url(self) -> str:
        return nct_url(self.nct_number) if self.nct_number else ""

    @property
    def eu_trial_url(self) -> str:
        return eu_trial_url(self.eu_trial_number) if self.eu_trial_number else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cancers"] = self.cancers.listed()
        context["lead_investigators"] = with_renditions(self.lead_investigators.all(), "photo", "person-photo")
        context["partners"] = with_renditions(self.partners.all(), "logo", "partner-logo")
        context["news_pages"] = self.news_pages.cards()[:6]
        context["publications"] = deferred(
            lambda: paginate(request, self.publications.listed(), settings.PUBLICATIONS_PER_PAGE)
        )
        return context
