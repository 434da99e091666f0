"""One factory per page type and per snippet. Pages need a parent: `ProgramPageFactory(parent=program_index)`.

Many-to-many relations and inline children are plain keyword arguments, e.g.
`ProgramPageFactory(parent=program_index, cancers=[neuroblastoma])`.

Content is made in English, the language the tests read (pages take their parent's locale, and the
`home_page` fixture is English); the tests of the bilingual site make their French side with
`locale=french()`.
"""

import datetime
import json

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from wagtail.models import Collection, Locale

from cancers.models import CancerIndexPage, CancerPage
from charity.models import DonatePage, HomePage, Partner, Person, StandardPage, SuggestedAmount
from programs.models import (
    NewsIndexPage,
    NewsPage,
    ProgramIndexPage,
    ProgramPage,
    PublicationIndexPage,
    PublicationPage,
)


class ImageFactory(wagtail_factories.ImageFactory):
    # wagtail-factories would add a new root collection for every image.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Photograph {n}")
    description = factory.LazyAttribute(lambda image: f"Description of {image.title}")


def english() -> Locale:
    return Locale.objects.get_or_create(language_code="en")[0]


def french() -> Locale:
    return Locale.objects.get_or_create(language_code="fr")[0]


class PersonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Investigator {n}")
    title = "Paediatric oncologist"
    affiliation = "Gustave Roussy"
    locale = factory.LazyFunction(english)

    class Meta:
        model = Person


class PartnerFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    kind = Partner.Kind.HOSPITAL
    locale = factory.LazyFunction(english)

    class Meta:
        model = Partner


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "Fighting childhood cancer through research"
    hero_intro = "We fund research programs that give children with cancer new treatments."
    locale = factory.LazyFunction(english)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"About us {n}")
    summary = "Who we are and how we work."

    class Meta:
        model = StandardPage


class DonatePageFactory(wagtail_factories.PageFactory):
    title = "Donate"
    intro = "Every gift funds research into childhood cancers."
    suggested_amounts = factory.LazyFunction(
        lambda: [SuggestedAmount(amount=50, what_it_funds="A day of laboratory work.")]
    )

    class Meta:
        model = DonatePage


class CancerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Childhood cancers"
    intro = "The cancers that the programs we fund work on."

    class Meta:
        model = CancerIndexPage


class CancerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Cancer {n}")
    category = CancerPage.Category.SEVERAL
    summary = factory.LazyAttribute(lambda cancer: f"What families should know about {cancer.title}.")

    class Meta:
        model = CancerPage


class ProgramIndexPageFactory(wagtail_factories.PageFactory):
    title = "Research programs"
    intro = "The research programs we fund."

    class Meta:
        model = ProgramIndexPage


class ProgramPageFactory(wagtail_factories.PageFactory):
    acronym = factory.Sequence(lambda n: f"PROGRAM{n}")
    title = factory.LazyAttribute(lambda program: program.acronym)
    summary = factory.LazyAttribute(lambda program: f"What {program.acronym} is about.")
    theme = ProgramPage.Theme.CLINICAL_TRIAL
    status = ProgramPage.Status.ONGOING

    class Meta:
        model = ProgramPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    summary = factory.LazyAttribute(lambda news: f"Summary of {news.title}.")

    class Meta:
        model = NewsPage


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publications"

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    authors = "Geoerger B, Paoletti X, Vassal G"
    journal = "Cancer Discovery"
    year = 2022

    class Meta:
        model = PublicationPage


def paragraphs(*texts: str) -> str:
    """A body StreamField value made of paragraphs, in its stored (JSON) form."""
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts])
