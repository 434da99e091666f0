"""Example content at scale, in both languages: cancers, programs, news and publications by the thousand, added
under the index pages of each language's home (the demo site's, or any site with the same indexes).

Everything here is example content and says so: titles like "Example news 1234" ("Actualité d'exemple 1234"),
generic filler text that describes no real research, result, person or publication, no figure, no identifier.
Each French page has its English counterpart, in the English page tree with the same translation key, related
to the English pages as the French one is to the French pages.
"""

import datetime
import uuid
from dataclasses import dataclass, fields
from io import BytesIO
from itertools import cycle

from PIL import Image as PillowImage

from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db.models import Q

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from bench.tree import add_published_children, index_for_search, relate
from cancers.models import CancerIndexPage, CancerPage
from programs.models import (
    NewsIndexPage,
    NewsPage,
    ProgramIndexPage,
    ProgramPage,
    PublicationIndexPage,
    PublicationPage,
)


@dataclass(frozen=True)
class Sizes:
    news: int = 10_000
    publications: int = 2_000
    programs: int = 100
    cancers: int = 50


@dataclass(frozen=True)
class ExampleTexts:
    """One language's example titles and slugs (by kind; {number} is the item's number), and its filler."""

    language_code: str
    titles: dict[str, str]
    slugs: dict[str, str]
    slug_prefix: str
    summary: str
    paragraphs: tuple[str, ...]
    journal: str
    authors: str
    image: str
    image_description: str


ENGLISH = ExampleTexts(
    language_code="en",
    titles={
        "cancers": "Example cancer {number}",
        "programs": "Example program {number}",
        "news": "Example news {number}",
        "publications": "Example publication {number}",
    },
    slugs={
        "cancers": "example-cancer-{number}",
        "programs": "example-program-{number}",
        "news": "example-news-{number}",
        "publications": "example-publication-{number}",
    },
    slug_prefix="example-",
    summary="Example content, generated to measure the site at scale: it describes no real research or result.",
    paragraphs=(
        "This page is example content, generated to measure how the site performs with many pages. It describes "
        "no real research program, result, person or publication.",
        "Its text is filler of a realistic length, so that listings, search, feeds and the API handle it as they "
        "handle the research news an editor writes.",
    ),
    journal="Example journal",
    authors="Example author A, Example author B",
    image="Example image {number}",
    image_description="Example image: a plain colour, for content generated to measure the site",
)
FRENCH = ExampleTexts(
    language_code="fr",
    titles={
        "cancers": "Cancer d'exemple {number}",
        "programs": "Programme d'exemple {number}",
        "news": "Actualité d'exemple {number}",
        "publications": "Publication d'exemple {number}",
    },
    slugs={
        "cancers": "exemple-cancer-{number}",
        "programs": "exemple-programme-{number}",
        "news": "exemple-actualite-{number}",
        "publications": "exemple-publication-{number}",
    },
    slug_prefix="exemple-",
    summary="Contenu d'exemple, généré pour mesurer le site à grande échelle : il ne décrit aucune recherche réelle.",
    paragraphs=(
        "Cette page est un contenu d'exemple, généré pour mesurer les performances du site avec beaucoup de pages. "
        "Elle ne décrit aucun programme de recherche, résultat, personne ou publication réels.",
        "Son texte est un remplissage de longueur réaliste, pour que les listes, la recherche, les flux et l'API "
        "le traitent comme les actualités de recherche qu'écrit un éditeur.",
    ),
    journal="Revue d'exemple",
    authors="Auteur d'exemple A, Auteur d'exemple B",
    image="Image d'exemple {number}",
    image_description="Image d'exemple : une couleur unie, pour un contenu généré pour mesurer le site",
)
LANGUAGES = (FRENCH, ENGLISH)

# The example news are dated backwards from this day, three a day; the publications spread over 25 years.
LATEST_DATE = datetime.date(2025, 6, 30)
COLOURS = ((230, 92, 60), (41, 98, 155), (0, 105, 120), (94, 53, 177), (239, 108, 0), (200, 70, 90))


def example_content_exists() -> bool:
    slugs = Q()
    for texts in LANGUAGES:
        slugs |= Q(slug__startswith=texts.slug_prefix, locale__language_code=texts.language_code)
    return Page.objects.filter(slugs).exists()


def build_scale_data(sizes: Sizes) -> dict[str, int]:
    """Add the example content, French then English; returns how many pages of each type were made."""
    if example_content_exists():
        raise CommandError("This database already has the example content: build it again from an empty database.")
    # A page and its translation share a translation key: the n-th example of a kind in each language.
    translation_keys = {kind.name: [uuid.uuid4() for _ in range(getattr(sizes, kind.name))] for kind in fields(sizes)}
    counts: dict[str, int] = {}
    for texts in LANGUAGES:
        builder = LanguageBuilder(texts, translation_keys)
        for kind, pages in builder.build(sizes).items():
            counts[kind] = counts.get(kind, 0) + len(pages)
    return counts


class LanguageBuilder:
    def __init__(self, texts: ExampleTexts, translation_keys: dict[str, list[uuid.UUID]]):
        self.texts = texts
        self.translation_keys = translation_keys
        try:
            self.locale = Locale.objects.get(language_code=texts.language_code)
        except Locale.DoesNotExist:
            raise CommandError(f"No {texts.language_code} locale: load the demo content first.") from None

    def index(self, model) -> Page:
        index = model.objects.filter(locale=self.locale).order_by("path").first()
        if index is None:
            raise CommandError(
                f"No {model._meta.verbose_name} in {self.texts.language_code}: load the demo content first."
            )
        return index

    def build(self, sizes: Sizes) -> dict[str, list[Page]]:
        images = cycle(self.example_images())
        cancers = self.add(CancerIndexPage, "cancers", sizes.cancers, self.cancer, images)
        programs = self.add(ProgramIndexPage, "programs", sizes.programs, self.program, images)
        news = self.add(NewsIndexPage, "news", sizes.news, self.news, images)
        publications = self.add(PublicationIndexPage, "publications", sizes.publications, self.publication, images)
        relate(ProgramPage, "cancers", related_round_robin(programs, cancers, 2))
        relate(NewsPage, "programs", related_round_robin(news, programs, 1))
        relate(NewsPage, "cancers", related_round_robin(news, cancers, 1))
        relate(PublicationPage, "programs", related_round_robin(publications, programs, 1))
        return {"cancers": cancers, "programs": programs, "news": news, "publications": publications}

    def add(self, index_model, kind, size, make_page, images) -> list[Page]:
        pages = []
        for number, translation_key in zip(range(1, size + 1), self.translation_keys[kind], strict=True):
            page = make_page(number, next(images))
            page.title = self.texts.titles[kind].format(number=number)
            page.slug = self.texts.slugs[kind].format(number=number)
            page.locale = self.locale
            page.translation_key = translation_key
            pages.append(page)
        add_published_children(self.index(index_model), pages)
        index_for_search(pages)
        return pages

    def body(self):
        return [("paragraph", f"<p>{paragraph}</p>") for paragraph in self.texts.paragraphs]

    def cancer(self, number, image):
        categories = list(CancerPage.Category)
        return CancerPage(
            category=categories[number % len(categories)], summary=self.texts.summary, image=image, body=self.body()
        )

    def program(self, number, image):
        themes, statuses = list(ProgramPage.Theme), list(ProgramPage.Status)
        return ProgramPage(
            acronym=f"EXAMPLE-{number:03d}",
            theme=themes[number % len(themes)],
            status=statuses[number % len(statuses)],
            summary=self.texts.summary,
            image=image,
            body=self.body(),
        )

    def news(self, number, image):
        date = LATEST_DATE - datetime.timedelta(days=number // 3)
        return NewsPage(date=date, summary=self.texts.summary, image=image, body=self.body())

    def publication(self, number, image):
        return PublicationPage(
            authors=self.texts.authors,
            journal=self.texts.journal,
            year=LATEST_DATE.year - number % 25,
            abstract=" ".join(self.texts.paragraphs),
        )

    def example_images(self):
        """A few plain images, each described in this language, shared by the example pages as cards show them."""
        image_model = get_image_model()
        images = []
        for number, colour in enumerate(COLOURS, start=1):
            title = self.texts.image.format(number=number)
            image = image_model.objects.filter(title=title).first()
            if image is None:
                content = BytesIO()
                PillowImage.new("RGB", (1200, 750), colour).save(content, format="JPEG", quality=80)
                image = image_model(title=title, description=self.texts.image_description)
                image.file = ImageFile(content, name=f"{self.texts.slug_prefix}image-{number}.jpg")
                image._set_image_file_metadata()
                image.save()
            images.append(image)
        return images


def related_round_robin(pages, related, per_page):
    """(page, related) pairs: the n-th page goes with the n-th related page and the next ones, round the list."""
    for number, page in enumerate(pages):
        for offset in range(min(per_page, len(related))):
            yield page, related[(number + offset) % len(related)]
