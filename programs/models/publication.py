from django import forms
from django.conf import settings
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from charity.api_fields import RelatedPagesField
from charity.listing import Facet, filter_by_facets, paginate
from charity.pages import BasePage, IndexPage
from charity.sites import live_in_active_language
from programs.validators import doi_url, pubmed_url, validate_doi, validate_pubmed_id

CITATION_FORMATS = {
    "bibtex": ("bib", "application/x-bibtex; charset=utf-8", "to_bibtex"),
    "ris": ("ris", "application/x-research-info-systems; charset=utf-8", "to_ris"),
}


def citation_response(publications, file_stem: str, citation_format: str, request) -> HttpResponse:
    from programs import citations

    if citation_format not in CITATION_FORMATS:
        return HttpResponse(gettext("Citations are available as bibtex or ris."), status=404, content_type="text/plain")
    extension, content_type, formatter = CITATION_FORMATS[citation_format]
    response = HttpResponse(getattr(citations, formatter)(publications, request), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{file_stem}.{extension}"'
    return response


class PublicationIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["programs.PublicationPage"]

    class Meta:
        verbose_name = _("publication index page")
        verbose_name_plural = _("publication index pages")

    def filtered_publications(self, request):
        from programs.models import ProgramPage
        from programs.selectors import publication_listing

        listing = publication_listing()
        years = sorted(set(listing.values_list("year", flat=True)), reverse=True)
        programs = live_in_active_language(ProgramPage).order_by("acronym").values_list("slug", "acronym")
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
        publications, facets = self.filtered_publications(request)
        context["publications"] = paginate(request, publications, settings.PUBLICATIONS_PER_PAGE)
        context["facets"] = facets
        return context

    @path("export/<slug:citation_format>/")
    def export(self, request, citation_format):
        """Every publication of the current filter, as one BibTeX or RIS file."""
        publications, _ = self.filtered_publications(request)
        return citation_response(publications, "publications", citation_format, request)


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

    @path("cite/<slug:citation_format>/")
    def citation(self, request, citation_format):
        return citation_response([self], self.slug, citation_format, request)

    def get_context(self, request, *args, **kwargs):
        from programs.selectors import cancers_for_publication

        context = super().get_context(request, *args, **kwargs)
        context["related_programs"] = self.programs.live().public().order_by("acronym")
        context["related_cancers"] = cancers_for_publication(self)
        return context
