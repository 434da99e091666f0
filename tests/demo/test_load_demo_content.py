import pytest

from django.core.management import call_command

from wagtail.images import get_image_model

from programs.models import ProgramPage
from tests import factories
from tests.demo import snapshot as demo

pytestmark = pytest.mark.demo


def test_the_demo_loads_into_a_fresh_database_and_a_second_load_changes_nothing(db):
    call_command("load_demo_content", "--if-empty", verbosity=0)
    first, first_counts = demo.snapshot(), demo.counts()

    call_command("load_demo_content", verbosity=0)

    assert ProgramPage.objects.live().exists(), "--if-empty loads the demo into a database with no home page"
    assert demo.counts() == first_counts
    second = demo.snapshot()
    assert second.keys() == first.keys()
    for part in first:
        assert second[part] == first[part], f"the {part} changed on the second load"


def test_if_empty_leaves_an_existing_site_untouched(home_page, program_index):
    factories.ProgramPageFactory(parent=program_index, acronym="OUR-OWN-PROGRAM")
    before, before_counts = demo.snapshot(), demo.counts()

    call_command("load_demo_content", "--if-empty", verbosity=0)

    assert demo.counts() == before_counts
    assert demo.snapshot() == before


def test_the_demo_publishes_its_pages_without_drawing_their_renditions(db, django_capture_on_commit_callbacks):
    # Drawing them as each page is published would add about a minute where tasks run at once: they are
    # drawn at each page's first visit instead.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", verbosity=0)

    assert ProgramPage.objects.live().exists()
    assert not get_image_model().get_rendition_model().objects.exists()
