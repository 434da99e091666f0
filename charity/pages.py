"""Abstract building blocks for page models: fields that travel together, with their panels."""

from http import HTTPMethod

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index

from charity.page_forms import OwnLanguagePageForm
from charity.published import PublishedPageManager, is_in_restricted_section


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
    base_form_class = OwnLanguagePageForm

    objects = PublishedPageManager()
    # Pages are read, never written to: PUT, DELETE, PATCH and POST answer 405. A page type whose template
    # posts a form to the page itself adds POST, and handles it in `serve`.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]
    # Open Graph's type for sharing cards; pages that are articles say "article".
    open_graph_type = "website"
    # The same for every visitor: its head, content and language links may come from the cache (pagecache).
    cache_fragments = True

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or getattr(self, "summary", "") or ""

    def structured_data(self, request, publisher: dict) -> dict | None:
        """The page's own schema.org node (JSON-LD), beside the organisation and the breadcrumbs that every page
        has; None for a plain web page. `publisher` refers to the organisation's node."""
        return None

    def get_view_restrictions(self):
        """Wagtail's, without its two queries for a page outside every restricted section (most pages)."""
        if not is_in_restricted_section(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def clean(self):
        super().clean()
        self.relate_in_own_language()

    def relate_in_own_language(self):
        """Point the page's many-to-many relations at pages and snippets in the page's own language.

        A translation starts as a copy of its source, related to the source's programs, cancers and
        partners; wherever those have a translation in this page's language, it takes their place.
        Runs on every save and revision, so a relation is set right at the next sync or edit once its
        translation exists.
        """
        for field in self._meta.get_fields():
            if isinstance(field, ParentalManyToManyField) and issubclass(field.related_model, TranslatableMixin):
                related = list(getattr(self, field.name).all())
                localized = [self._own_language_version(item) for item in related]
                if localized != related:
                    getattr(self, field.name).set(localized)
        for relation in get_all_child_relations(self):
            children = list(getattr(self, relation.get_accessor_name()).all())
            changed = False
            for child in children:
                for field in child._meta.concrete_fields:
                    if field.many_to_one and issubclass(field.related_model, Page) and getattr(child, field.attname):
                        related = getattr(child, field.name)
                        localized = self._own_language_version(related)
                        if localized != related:
                            setattr(child, field.name, localized)
                            changed = True
            if changed:
                setattr(self, relation.get_accessor_name(), children)

    def _own_language_version(self, instance):
        """`instance` in this page's language, or `instance` itself where it has no such translation."""
        if instance.locale_id == self.locale_id:
            return instance
        return instance.get_translation_or_none(self.locale_id) or instance

    def serve_preview(self, request, *args, **kwargs):
        """A preview reads in the page's language, whatever the language of the admin around it."""
        with translation.override(self.locale.language_code):
            response = super().serve_preview(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        return response


class IndexPage(BasePage):
    """A section of the site that lists its children: one per home page (so one per language)."""

    intro = models.TextField(max_length=600, blank=True, help_text=_("Shown above the list."))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["charity.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or self.intro
