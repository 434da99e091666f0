"""Only YouTube and Vimeo videos are embedded, through their privacy-friendly players, in iframes the
site writes itself (the provider's HTML never reaches a page)."""

from unittest import mock

import pytest

from django.template.loader import render_to_string

from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders import get_finders
from wagtail.embeds.models import Embed

from charity.embeds import PrivacyFriendlyVideoFinder

YOUTUBE_ANSWER = {
    "type": "video",
    "title": "Research at the bedside",
    "provider_name": "YouTube",
    "width": 200,
    "height": 113,
    "html": '<iframe width="200" height="113" src="https://www.youtube.com/embed/abc123?feature=oembed" '
    'frameborder="0" allowfullscreen title="Research at the bedside"></iframe><script>alert(1)</script>',
}
VIMEO_ANSWER = {
    "type": "video",
    "title": "A day in the lab",
    "provider_name": "Vimeo",
    "html": '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;app_id=122963" '
    'width="640" height="360" frameborder="0" title="A day in the lab"></iframe>',
}


def found(answer, url):
    response = mock.Mock(json=mock.Mock(return_value=answer))
    with mock.patch("wagtail.embeds.finders.oembed.requests.get", return_value=response):
        return PrivacyFriendlyVideoFinder().find_embed(url)


def test_the_site_uses_only_its_own_finder():
    assert [type(finder) for finder in get_finders()] == [PrivacyFriendlyVideoFinder]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=abc123",
        "https://youtu.be/abc123",
        "https://vimeo.com/76979871",
    ],
)
def test_youtube_and_vimeo_are_accepted(url):
    assert PrivacyFriendlyVideoFinder().accept(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://twitter.com/someone/status/1",
        "https://www.instagram.com/p/abc/",
        "https://soundcloud.com/someone/track",
        "https://www.dailymotion.com/video/x7",
        "https://example.org/video",
    ],
)
def test_other_providers_are_refused(url):
    finder = PrivacyFriendlyVideoFinder()

    assert not finder.accept(url)
    with pytest.raises(EmbedNotFoundException):
        finder.find_embed(url)


def test_youtube_plays_from_youtube_nocookie_without_the_providers_html():
    embed = found(YOUTUBE_ANSWER, "https://www.youtube.com/watch?v=abc123")

    assert embed["html"] == (
        '<iframe src="https://www.youtube-nocookie.com/embed/abc123?feature=oembed" title="Research at the bedside" '
        'allow="autoplay; encrypted-media; fullscreen; picture-in-picture" allowfullscreen loading="lazy" '
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>'
    )


def test_vimeo_plays_with_do_not_track():
    embed = found(VIMEO_ANSWER, "https://vimeo.com/76979871")

    assert 'src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;app_id=122963&amp;dnt=1"' in embed["html"]
    assert 'title="A day in the lab"' in embed["html"]


@pytest.mark.parametrize(
    "html",
    [
        '<iframe src="https://evil.example.org/embed/abc123"></iframe>',
        '<iframe src="http://www.youtube.com/embed/abc123"></iframe>',
        '<iframe src="https://www.youtube.com/watch?v=abc123"></iframe>',
        "<script>alert(1)</script>",
        "",
    ],
)
def test_an_answer_without_a_known_player_is_refused(html):
    with pytest.raises(EmbedNotFoundException):
        found({**YOUTUBE_ANSWER, "html": html}, "https://www.youtube.com/watch?v=abc123")


def test_a_photo_or_rich_answer_is_refused():
    with pytest.raises(EmbedNotFoundException):
        found({**YOUTUBE_ANSWER, "type": "rich"}, "https://www.youtube.com/watch?v=abc123")


def test_the_embed_template_writes_no_style_attribute():
    embed = Embed(html='<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>', width=16, height=9)

    html = render_to_string("wagtailembeds/embed_frontend.html", {"embed": embed})

    assert "style=" not in html
    assert "youtube-nocookie.com" in html
