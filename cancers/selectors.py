"""How cancer pages and what relates to them are fetched for the public. What a cancer page lists is
derived from the programs' own relations: nothing is entered twice."""

from itertools import groupby

from django.db.models import Q

from cancers.models import CancerPage
from charity.images import with_card_images
from charity.sites import live_in_active_language
from programs.selectors import news_listing, program_listing, publication_listing


def cancer_listing():
    return with_card_images(live_in_active_language(CancerPage).order_by("category", "title"))


def cancers_by_category() -> list[tuple[str, list[CancerPage]]]:
    labels = dict(CancerPage.Category.choices)
    return [
        (labels.get(category, category), list(cancers))
        for category, cancers in groupby(cancer_listing(), key=lambda cancer: cancer.category)
    ]


def programs_for_cancer(cancer: CancerPage):
    return program_listing().filter(cancers=cancer)


def publications_for_cancer(cancer: CancerPage):
    """Publications of the programs that target this cancer, and those tied to it directly."""
    return publication_listing().filter(Q(programs__cancers=cancer) | Q(cancers=cancer)).distinct()


def news_for_cancer(cancer: CancerPage):
    return news_listing().filter(Q(programs__cancers=cancer) | Q(cancers=cancer)).distinct()
