"""Images are drawn at the sizes named in charity.images, by name, never by a spec typed in a template."""

import pytest

from django.template import Context, Template

from charity.images import CARD_IMAGE_SPEC, SPECS
from tests.factories import ImageFactory
from tests.html import ParsedPage

pytestmark = pytest.mark.django_db


def render(source: str, **context) -> str:
    return Template("{% load image_tags %}" + source).render(Context(context))


def images_in(html: str) -> list[dict]:
    page = ParsedPage()
    page.feed(html)
    return page.images


def test_a_size_of_one_spec_draws_that_rendition():
    image = ImageFactory()

    html = render('{% image_at image "card" alt="" class="card__image" %}', image=image)

    [img] = images_in(html)
    assert img["src"] == image.get_rendition(CARD_IMAGE_SPEC).url
    assert img["class"] == "card__image"
    assert img["alt"] == ""
    assert "srcset" not in img


def test_a_size_of_several_widths_draws_a_srcset_with_each():
    image = ImageFactory(file__width=1600, file__height=1000)

    html = render('{% image_at image "page" sizes="100vw" %}', image=image)

    [img] = images_in(html)
    widths = [candidate.split()[-1] for candidate in img["srcset"].split(", ")]
    assert widths == ["480w", "800w", "1280w"]
    assert img["sizes"] == "100vw"


def test_no_image_draws_nothing():
    assert render('{% image_at image "card" %}', image=None) == ""


def test_every_named_size_is_a_valid_spec():
    image = ImageFactory(file__width=1600, file__height=1000)

    for size in SPECS:
        assert images_in(render("{% image_at image size %}", image=image, size=size)), size
