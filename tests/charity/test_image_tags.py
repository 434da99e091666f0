"""Images are drawn at the sizes named in charity.images, by name, never by a spec typed in a template: the
image a page opens with in AVIF, WebP and JPEG, the others in WebP and JPEG, logos and sharing cards in the
image's own format."""

from html.parser import HTMLParser

import pytest

from django.core.cache import cache
from django.template import Context, Template

from charity.images import CARD_IMAGE_SPEC, SHARE_IMAGE_SPEC, SPECS, with_renditions
from charity.models import Person
from tests.factories import ImageFactory, PersonFactory

pytestmark = pytest.mark.django_db


class Elements(HTMLParser):
    """The elements of a fragment in order, each as its tag and attributes."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def elements_of(html: str) -> list[tuple[str, dict]]:
    parser = Elements()
    parser.feed(html)
    return parser.found


def render(source: str, **context) -> str:
    return Template("{% load image_tags %}" + source).render(Context(context))


def candidates(srcset: str) -> list[tuple[str, str]]:
    """A srcset's candidates as (file extension, width descriptor)."""
    return [(url.rsplit(".", 1)[-1], width) for url, width in (candidate.split() for candidate in srcset.split(", "))]


def test_the_image_a_page_opens_with_offers_avif_then_webp_at_each_width_with_a_jpeg_img_to_fall_back_on():
    image = ImageFactory(file__width=1600, file__height=1000, description="Children at play")

    html = render('{% image_at image "page" sizes="100vw" fetchpriority="high" %}', image=image)

    (picture, _), (avif_tag, avif), (webp_tag, webp), (img_tag, img) = elements_of(html)
    assert (picture, avif_tag, webp_tag, img_tag) == ("picture", "source", "source", "img")
    assert avif["type"] == "image/avif"
    assert candidates(avif["srcset"]) == [("avif", "480w"), ("avif", "800w"), ("avif", "1280w")]
    assert webp["type"] == "image/webp"
    assert candidates(webp["srcset"]) == [("webp", "480w"), ("webp", "800w"), ("webp", "1280w")]
    assert avif["sizes"] == webp["sizes"] == img["sizes"] == "100vw"
    assert candidates(img["srcset"]) == [("jpg", "480w"), ("jpg", "800w"), ("jpg", "1280w")]
    assert img["src"].endswith(".jpg")
    assert (img["width"], img["height"]) == ("480", "300")
    assert img["alt"] == "Children at play"
    assert img["fetchpriority"] == "high"
    assert "loading" not in img


def test_a_listed_image_offers_webp_only_and_keeps_the_attributes_it_is_given():
    image = ImageFactory(file__width=1600, file__height=1000)

    html = render('{% image_at image "card" alt="" loading="lazy" class="card__image" %}', image=image)

    (picture, _), (source_tag, source), (img_tag, img) = elements_of(html)
    assert (picture, source_tag, img_tag) == ("picture", "source", "img")
    assert source["type"] == "image/webp"
    assert source["srcset"].endswith(".webp")
    assert img["src"] == image.get_rendition(CARD_IMAGE_SPEC).url
    assert img["src"].endswith(".jpg")
    assert (img["width"], img["height"]) == ("640", "400")
    assert img["alt"] == ""
    assert img["class"] == "card__image"
    assert img["loading"] == "lazy"
    assert "fetchpriority" not in img


def test_a_partner_logo_keeps_its_own_format_and_its_transparency():
    logo = ImageFactory(
        file__width=400, file__height=128, file__filename="logo.png", file__format="PNG", file__palette="RGBA"
    )

    html = render('{% image_at logo "partner-logo" alt="" %}', logo=logo)

    [(tag, img)] = elements_of(html)
    assert tag == "img"
    assert img["src"].endswith(".png")
    with logo.get_rendition(SPECS["partner-logo"]).get_willow_image() as drawn:
        assert drawn.has_alpha()


def test_the_share_size_stays_one_image_in_the_image_s_own_format():
    image = ImageFactory(file__width=1600, file__height=1000)

    [(tag, img)] = elements_of(render('{% image_at image "share" %}', image=image))

    assert tag == "img"
    assert img["src"] == image.get_rendition(SHARE_IMAGE_SPEC).url
    assert img["src"].endswith(".jpg")


def test_no_image_draws_nothing():
    assert render('{% image_at image "card" %}', image=None) == ""


def test_every_named_size_draws_an_img_with_its_dimensions():
    image = ImageFactory(file__width=1600, file__height=1000)

    for size in SPECS:
        imgs = [
            attributes for tag, attributes in elements_of(render("{% image_at image size %}", image=image, size=size))
        ]
        assert imgs[-1]["width"] and imgs[-1]["height"], size


@pytest.mark.parametrize("size", SPECS)
def test_prefetched_renditions_cover_every_format_and_width_a_size_draws(size, django_assert_num_queries):
    person = PersonFactory(photo=ImageFactory(file__width=1600, file__height=1000))
    render("{% image_at image size %}", image=person.photo, size=size)  # drawn once
    cache.clear()  # Wagtail keeps renditions in the cache too: only the prefetch may answer

    [prefetched] = with_renditions(Person.objects.filter(pk=person.pk), "photo", size)
    with django_assert_num_queries(0):
        render("{% image_at image size %}", image=prefetched.photo, size=size)
