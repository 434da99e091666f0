"""How program, news and publication pages are fetched for the public: live, public, in the language
being read, ordered, and with what their templates show already loaded."""

from django.db.models import Prefetch, Q

from cancers.models import CancerPage
from charity.images import PARTNER_LOGO_SPEC, PERSON_PHOTO_SPEC, with_card_images, with_renditions
from charity.sites import live_in_active_language
from programs.models import NewsPage, ProgramPage, PublicationPage


def _live_cancers():
    return live_in_active_language(CancerPage).order_by("title")


def _live_programs():
    return live_in_active_language(ProgramPage).order_by("acronym")


def program_listing():
    return with_card_images(_live_programs().prefetch_related(Prefetch("cancers", queryset=_live_cancers())))


def news_listing():
    return with_card_images(
        live_in_active_language(NewsPage)
        .order_by("-date", "-pk")
        .prefetch_related(Prefetch("programs", queryset=_live_programs()))
    )


def latest_news():
    return news_listing()


def publication_listing():
    return (
        live_in_active_language(PublicationPage)
        .order_by("-year", "title")
        .prefetch_related(Prefetch("programs", queryset=_live_programs()))
    )


def cancers_for_program(program: ProgramPage):
    return _live_cancers().filter(targeting_programs=program)


def lead_investigators_for_program(program: ProgramPage):
    return with_renditions(program.lead_investigators.all(), "photo", PERSON_PHOTO_SPEC)


def partners_for_program(program: ProgramPage):
    return with_renditions(program.partners.all(), "logo", PARTNER_LOGO_SPEC)


def news_for_program(program: ProgramPage):
    return news_listing().filter(programs=program)


def publications_for_program(program: ProgramPage):
    return publication_listing().filter(programs=program)


def cancers_for_publication(publication: PublicationPage):
    """Cancers named on the publication itself and those its programs work on."""
    return (
        _live_cancers()
        .filter(Q(direct_publications=publication) | Q(targeting_programs__publications=publication))
        .distinct()
    )
