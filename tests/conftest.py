import pytest

from django.core.cache import cache
from django.test import override_settings

from wagtail.models import Page, Site

from charity.models import ImpactFigures
from tests import factories


def pytest_configure(config):
    config.addinivalue_line("markers", "demo: loads the demo content (slower: a few seconds per load)")
    # WhiteNoise looks for collected static files, which tests do not need.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploaded images and their renditions go to a temporary directory, never into the repository."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(autouse=True)
def clear_cache():
    # Wagtail caches site root paths and settings; a rolled-back test must not leave them behind.
    cache.clear()
    yield
    cache.clear()


def _site_rooted_on_a_new_home(**fields):
    root = Page.objects.get(depth=1)
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = factories.HomePageFactory(parent=root, **fields)
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Test site")
    return home


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a page as the admin does, and run what waited for the commit (tasks, purges) at once."""

    def run(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    return run


@pytest.fixture
def home_page(db):
    """The site's root: a home page in place of Wagtail's welcome page, served by the default site.

    English, the language the tests read (see tests/factories.py)."""
    return _site_rooted_on_a_new_home()


@pytest.fixture
def french_site(db):
    """A site whose root is a French home page, the source language, as editors work: English is a language
    of the site, with no page yet, for the tests of translating. (Elsewhere, `french_home` is the French
    translation of the English `home_page`.)"""
    factories.english()
    return _site_rooted_on_a_new_home(locale=factories.french(), title="Accueil", slug="accueil")


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def impact_figures(site):
    return ImpactFigures.for_site(site)


@pytest.fixture
def cancer_index(home_page):
    return factories.CancerIndexPageFactory(parent=home_page)


@pytest.fixture
def program_index(home_page):
    return factories.ProgramIndexPageFactory(parent=home_page)


@pytest.fixture
def news_index(home_page):
    return factories.NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def publication_index(home_page):
    return factories.PublicationIndexPageFactory(parent=home_page)


@pytest.fixture
def donate_page(home_page):
    return factories.DonatePageFactory(parent=home_page)


@pytest.fixture
def image(db):
    return factories.ImageFactory()
