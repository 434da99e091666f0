from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from charity.listing import deferred
from charity.models.donate import DonatePage
from charity.pages import BasePage
from programs.models import NewsIndexPage, NewsPage, ProgramIndexPage, ProgramPage


class HomePage(BasePage):
    hero_heading = models.CharField(max_length=120, help_text=_("The page's main heading (its only h1)."))
    hero_intro = models.TextField(max_length=500, help_text=_("A few sentences under the heading."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    mission = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("What the charity does, shown beside the impact figures."),
    )
    donate_heading = models.CharField(max_length=120, default="Every gift funds research")
    donate_text = models.TextField(max_length=400, blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_intro"), FieldPanel("hero_image")], heading=_("Hero")
        ),
        FieldPanel("mission"),
        InlinePanel(
            "featured_programs",
            label=_("Featured program"),
            heading=_("Featured programs"),
            help_text=_("Shown in this order on the home page."),
            max_num=6,
        ),
        MultiFieldPanel(
            [FieldPanel("donate_heading"), FieldPanel("donate_text")],
            heading=_("Donate call to action"),
            help_text=_("Leads to the donate page."),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cancers.CancerIndexPage",
        "programs.ProgramIndexPage",
        "programs.NewsIndexPage",
        "programs.PublicationIndexPage",
        "charity.StandardPage",
        "charity.DonatePage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @property
    def meta_description(self) -> str:
        return self.search_description or self.hero_intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_programs"] = deferred(self.listed_featured_programs)
        context["latest_news"] = NewsPage.objects.cards()[:3]
        context["program_index"] = deferred(ProgramIndexPage.objects.listed().first)
        context["news_index"] = deferred(NewsIndexPage.objects.listed().first)
        context["donate_page"] = deferred(DonatePage.objects.listed().first)
        return context

    def listed_featured_programs(self) -> list:
        featured_ids = list(self.featured_programs.values_list("program_id", flat=True))
        programs_by_id = {program.pk: program for program in ProgramPage.objects.cards().filter(pk__in=featured_ids)}
        return [programs_by_id[pk] for pk in featured_ids if pk in programs_by_id]


class HomePageFeaturedProgram(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_programs")
    program = models.ForeignKey("programs.ProgramPage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("program")]
