from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin

from charity.blocks import BodyBlock
from charity.forms import TaxCalculatorForm
from charity.pages import BasePage
from charity.tax import RULES, tax_reduction


class DonatePage(BasePage):
    intro = models.TextField(max_length=500, help_text=_("Why give, in a few sentences."))
    body = StreamField(BodyBlock(), blank=True, help_text=_("More on what gifts make possible."))
    tax_explanation = models.TextField(
        max_length=800, blank=True, help_text=_("Shown beside the tax calculator, after the rates themselves.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "suggested_amounts",
            label=_("Suggested amount"),
            heading=_("Suggested amounts"),
            min_num=1,
            max_num=6,
        ),
        FieldPanel("body"),
        FieldPanel("tax_explanation"),
    ]

    parent_page_types = ["charity.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1  # one per language: each home page has its own

    class Meta:
        verbose_name = _("donate page")
        verbose_name_plural = _("donate pages")

    @property
    def meta_description(self) -> str:
        return self.search_description or self.intro

    def structured_data(self, request, publisher: dict) -> dict:
        return {
            "@type": "DonateAction",
            "name": self.title,
            "description": self.intro,
            "recipient": publisher,
            "url": self.get_full_url(request),
        }

    # The calculator's answer belongs to one visitor: the page is always rendered.
    cache_fragments = False

    def get_context(self, request, *args, **kwargs):
        """The calculator's form, bound when it was posted (to charity.views.tax_reduction, which is never
        cached): an income never travels in an address, where access logs and caches would keep it."""
        context = super().get_context(request, *args, **kwargs)
        submitted = request.method == "POST"
        form = TaxCalculatorForm(request.POST if submitted else None)
        context["calculator_form"] = form
        context["tax_rules"] = RULES.values()
        if submitted and form.is_valid():
            context["calculation"] = tax_reduction(**form.cleaned_data)
        return context


class SuggestedAmount(TranslatableMixin, Orderable):
    """Translatable, so that the English donate page says in English what each gift funds."""

    page = ParentalKey(DonatePage, on_delete=models.CASCADE, related_name="suggested_amounts")
    amount = models.PositiveIntegerField(help_text=_("In euros."))
    what_it_funds = models.CharField(max_length=200, help_text=_("What this gift makes possible, in one sentence."))

    panels = [FieldPanel("amount"), FieldPanel("what_it_funds")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass
