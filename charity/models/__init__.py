from .donate import DonatePage, SuggestedAmount
from .home import HomePage, HomePageFeaturedProgram
from .mixins import BasePage, IndexPage, SummaryImageMixin
from .site_settings import CharitySettings, ImpactFigures
from .snippets import Partner, Person
from .standard import StandardPage

__all__ = [
    "BasePage",
    "CharitySettings",
    "DonatePage",
    "HomePage",
    "HomePageFeaturedProgram",
    "ImpactFigures",
    "IndexPage",
    "Partner",
    "Person",
    "StandardPage",
    "SuggestedAmount",
    "SummaryImageMixin",
]
