from .news import NewsIndexPage, NewsPage
from .program import ProgramIndexPage, ProgramPage
from .publication import PublicationIndexPage, PublicationPage

__all__ = [
    "NewsIndexPage",
    "NewsPage",
    "ProgramIndexPage",
    "ProgramPage",
    "PublicationIndexPage",
    "PublicationPage",
]
