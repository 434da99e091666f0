from io import StringIO

import pytest

from django.core.management import call_command

from tests import factories

INDEX_FACTORIES = (
    factories.CancerIndexPageFactory,
    factories.ProgramIndexPageFactory,
    factories.NewsIndexPageFactory,
    factories.PublicationIndexPageFactory,
)
# Small enough for a test, large enough that each kind relates to several of another.
TINY_SIZES = {"news": 30, "publications": 3, "programs": 3, "cancers": 3}


@pytest.fixture
def bilingual_indexes(home_page):
    """The English home (the site's root) and its French translation, each with the indexes of the demo site."""
    french_home = home_page.copy_for_translation(factories.french())
    french_home.title = "Accueil"
    french_home.save_revision().publish()
    for home in (home_page, french_home):
        for index_factory in INDEX_FACTORIES:
            index_factory(parent=home)
    return {"en": home_page, "fr": french_home}


@pytest.fixture
def example_site(bilingual_indexes):
    """The example content at a tiny size, in both languages."""
    call_command("build_scale_data", stdout=StringIO(), **TINY_SIZES)
    return bilingual_indexes
