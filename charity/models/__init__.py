from .donate import DonatePage, SuggestedAmount
from .home import HomePage, HomePageFeaturedProgram
from .site_settings import CharitySettings, ImpactFigures
from .snippets import Partner, Person
from .standard import StandardPage

__all__ = [
    "CharitySettings",
    "DonatePage",
    "HomePage",
    "HomePageFeaturedProgram",
    "ImpactFigures",
    "Partner",
    "Person",
    "StandardPage",
    "SuggestedAmount",
]
