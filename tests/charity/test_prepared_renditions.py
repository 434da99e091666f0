"""Publishing a page draws, in the background, every rendition its templates and its listings show, so that
no visitor waits for an image to be drawn. In tests, tasks run at once, once the publication is committed."""

import json

import pytest

from django.core.management import call_command

from wagtail.images import get_image_model

from charity.images import filter_specs
from charity.signal_handlers import renditions_drawn_on_first_visit
from charity.tasks import prepare_renditions
from tests import factories

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()


def drawn(image) -> set[str]:
    return set(image.renditions.values_list("filter_spec", flat=True))


def image_blocks(*images) -> str:
    """A body StreamField value made of image blocks, in its stored (JSON) form."""
    return json.dumps(
        [
            {"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": "", "credit": ""}}
            for image in images
        ]
    )


@pytest.fixture
def large_image():
    return factories.ImageFactory(file__width=1600, file__height=1000)


def test_publishing_a_news_item_draws_its_image_for_its_header_its_listings_and_its_sharing_card(
    news_index, large_image, publish
):
    body_image = factories.ImageFactory(file__width=1600, file__height=1000)
    news = factories.NewsPageFactory(parent=news_index, image=large_image, body=image_blocks(body_image))

    publish(news)

    assert drawn(large_image) == set(filter_specs("page", "card", "search-result", "share"))
    assert drawn(body_image) == set(filter_specs("body"))


def test_once_published_neither_the_page_nor_its_listing_draws_an_image(client, news_index, large_image, publish):
    news = factories.NewsPageFactory(parent=news_index, image=large_image, body=image_blocks(factories.ImageFactory()))
    publish(news)
    before = Rendition.objects.count()

    for url in (news.url, news_index.url):
        assert client.get(url).status_code == 200

    assert Rendition.objects.count() == before


def test_publishing_the_home_page_draws_its_hero(home_page, large_image, publish):
    home_page.hero_image = large_image

    publish(home_page)

    assert drawn(large_image) == set(filter_specs("home-hero", "share"))


def test_publishing_a_program_draws_its_investigators_photos_and_its_partners_logos(program_index, publish):
    photo, logo = factories.ImageFactory(), factories.ImageFactory()
    program = factories.ProgramPageFactory(
        parent=program_index,
        lead_investigators=[factories.PersonFactory(photo=photo)],
        partners=[factories.PartnerFactory(logo=logo)],
    )

    publish(program)

    assert drawn(photo) == set(filter_specs("person-photo"))
    assert drawn(logo) == set(filter_specs("partner-logo"))


def test_the_renditions_wait_for_the_publication_to_be_committed(
    news_index, large_image, django_capture_on_commit_callbacks
):
    news = factories.NewsPageFactory(parent=news_index, image=large_image)

    with django_capture_on_commit_callbacks() as waiting:
        news.save_revision().publish()
    assert drawn(large_image) == set()

    for callback in waiting:
        callback()
    assert drawn(large_image) == set(filter_specs("page", "card", "search-result", "share"))


def test_publications_within_renditions_drawn_on_first_visit_draw_nothing(news_index, large_image, publish):
    news = factories.NewsPageFactory(parent=news_index, image=large_image)

    with renditions_drawn_on_first_visit():
        publish(news)

    assert drawn(large_image) == set()


def test_a_page_no_longer_live_is_left_alone(news_index, large_image):
    news = factories.NewsPageFactory(parent=news_index, image=large_image, live=False)

    assert prepare_renditions.enqueue(news.pk).return_value == 0
    assert drawn(large_image) == set()


def test_an_image_whose_file_is_missing_leaves_the_others_drawn(news_index, large_image, publish, caplog):
    lost = factories.ImageFactory()
    lost.file.storage.delete(lost.file.name)
    news = factories.NewsPageFactory(parent=news_index, image=large_image, body=image_blocks(lost))

    publish(news)

    assert drawn(large_image) == set(filter_specs("page", "card", "search-result", "share"))
    assert f"Image {lost.pk} of page {news.pk} has no file" in caplog.text


def test_prepare_renditions_draws_those_of_pages_published_before(news_index, large_image):
    factories.NewsPageFactory(parent=news_index, image=large_image)  # created live, with no publication

    call_command("prepare_renditions", verbosity=0)

    assert drawn(large_image) == set(filter_specs("page", "card", "search-result", "share"))
