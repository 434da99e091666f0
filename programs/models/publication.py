from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import PageManager
from wagtail.search import index

from charity.api_fields import RelatedPagesField
from charity.listing import Facet, deferred_pair, filter_by_facets, paginate
from charity.pages import BasePage, IndexPage
from charity.published import PublishedPageQuerySet
from programs.citations import citation_response, split_authors
from programs.models.program import ProgramPage
from programs.validators import doi_url, pubmed_url, validate_doi, validate_pubmed_id


class PublicationIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["programs.PublicationPage"]

    class Meta:
        verbose_name = _("publication index page")
        verbose_name_plural = _("publication index pages")

    def filtered_publications(self, request):
        listing = PublicationPage.objects.listed()
        years = sorted(set(listing.values_list("year", flat=True)), reverse=True)
        programs = ProgramPage.objects.listed().values_list("slug", "acronym")
        return filter_by_facets(
            request,
            listing,
            [
                Facet("year", gettext("Year"), "year", [(year, str(year)) for year in years]),
                Facet("program", gettext("Program"), "programs__slug", programs),
            ],
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["publications"], context["facets"] = deferred_pair(lambda: self.publication_listing(request))
        return context

    def publication_listing(self, request):
        publications, facets = self.filtered_publications(request)
        return paginate(request, publications, settings.PUBLICATIONS_PER_PAGE), facets

    @path("export/<slug:citation_format>/")
    def export(self, request, citation_format):
        """Every publication of the current filter, as one BibTeX or RIS file."""
        publications, _ = self.filtered_publications(request)
        return citation_response(publications, "publications", citation_format, request)


class PublicationPageQuerySet(PublishedPageQuerySet):
    def listed(self):
        """Newest first, each with the programs its listing names."""
        return super().listed().order_by("-year", "title").with_listed("programs")

    def about_cancer(self, cancer):
        """Publications of the programs that work on the cancer, and those about the cancer itself."""
        return self.filter(Q(programs__cancers=cancer) | Q(cancers=cancer)).distinct()


class PublicationPage(RoutablePageMixin, BasePage):
    authors = models.TextField(
        max_length=2000, help_text=_('Authors as they appear on the article, e.g. "Surname A, Surname B, Surname C".')
    )
    journal = models.CharField(max_length=200, blank=True)
    year = models.PositiveSmallIntegerField()
    volume = models.CharField(max_length=20, blank=True)
    issue = models.CharField(max_length=20, blank=True)
    pages = models.CharField(max_length=30, blank=True, help_text=_('e.g. "1266-1281".'))
    doi = models.CharField(_("DOI"), max_length=200, blank=True, validators=[validate_doi])
    pubmed_id = models.CharField(_("PubMed ID"), max_length=9, blank=True, validators=[validate_pubmed_id])
    abstract = models.TextField(blank=True)
    programs = ParentalManyToManyField(
        "programs.ProgramPage",
        blank=True,
        related_name="publications",
        help_text=_("The programs this article reports on. It appears on their pages and on their cancers' pages."),
    )
    cancers = ParentalManyToManyField(
        "cancers.CancerPage",
        blank=True,
        related_name="direct_publications",
        help_text=_("Only cancers not already covered by the programs above."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("authors"),
        MultiFieldPanel(
            [
                FieldPanel("journal"),
                FieldRowPanel([FieldPanel("year"), FieldPanel("volume"), FieldPanel("issue"), FieldPanel("pages")]),
                FieldRowPanel([FieldPanel("doi"), FieldPanel("pubmed_id")]),
            ],
            heading=_("Reference"),
        ),
        FieldPanel("abstract"),
        MultiFieldPanel(
            [
                FieldPanel("programs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("cancers", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Related programs and cancers"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("authors"),
        index.SearchField("journal"),
        index.SearchField("abstract"),
        index.FilterField("year"),
    ]

    api_fields = [
        APIField("authors"),
        APIField("journal"),
        APIField("year"),
        APIField("volume"),
        APIField("issue"),
        APIField("pages"),
        APIField("doi"),
        APIField("pubmed_id"),
        APIField("abstract"),
        APIField("programs", serializer=RelatedPagesField()),
        APIField("cancers", serializer=RelatedPagesField()),
    ]

    parent_page_types = ["programs.PublicationIndexPage"]
    subpage_types: list[str] = []

    objects = PageManager.from_queryset(PublicationPageQuerySet)()
    open_graph_type = "article"

    class Meta:
        verbose_name = _("publication page")
        verbose_name_plural = _("publication pages")

    @property
    def summary(self) -> str:
        return self.abstract

    @property
    def meta_description(self) -> str:
        reference = ", ".join(str(part) for part in (self.journal, self.year) if part)
        return self.search_description or self.abstract[:300] or f"{self.title}. {reference}."

    @property
    def doi_url(self) -> str:
        return doi_url(self.doi) if self.doi else ""

    @property
    def pubmed_url(self) -> str:
        return pubmed_url(self.pubmed_id) if self.pubmed_id else ""

    def structured_data(self, request, publisher: dict) -> dict:
        article = {
            "@type": "ScholarlyArticle",
            "headline": self.title[:110],
            "name": self.title,
            "author": [{"@type": "Person", "name": name} for name in split_authors(self.authors)],
            "datePublished": str(self.year),
            "url": self.get_full_url(request),
            "abstract": self.abstract or None,
        }
        if self.journal:
            article["isPartOf"] = {"@type": "Periodical", "name": self.journal}
        if self.doi:
            article["sameAs"] = self.doi_url
            article["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": self.doi}
        return article

    @path("cite/<slug:citation_format>/")
    def citation(self, request, citation_format):
        return citation_response([self], self.slug, citation_format, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_programs"] = self.programs.listed()
        context["related_cancers"] = self.cancers_and_those_of_its_programs()
        return context

    def cancers_and_those_of_its_programs(self):
        cancers = PublicationPage.cancers.field.related_model.objects.listed()
        return cancers.filter(Q(direct_publications=self) | Q(targeting_programs__publications=self)).distinct()
