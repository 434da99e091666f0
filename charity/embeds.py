"""Embedded videos: YouTube and Vimeo only, through their privacy-friendly players.

Wagtail's oEmbed finder would accept a hundred providers and put whatever HTML they answer (scripts
included) on the site's pages. This one asks YouTube and Vimeo alone, keeps only the address of their
player from the answer, and writes the iframe itself: youtube-nocookie.com, which sets no cookie until
the video plays, and Vimeo's player with Do Not Track. The Content-Security-Policy's `frame-src` allows
these two players and nothing else (EMBED_PLAYER_ORIGINS in settings).
"""

import html
import re
from urllib.parse import urlencode, urlsplit, urlunsplit

from django.utils.html import format_html

from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.oembed import OEmbedFinder
from wagtail.embeds.oembed_providers import vimeo, youtube

IFRAME_SOURCE = re.compile(r"<iframe\b[^>]*?\ssrc=\"([^\"]+)\"", re.IGNORECASE)
YOUTUBE_HOSTS = {"www.youtube.com", "youtube.com", "www.youtube-nocookie.com"}
PLAYER_PERMISSIONS = "autoplay; encrypted-media; fullscreen; picture-in-picture"


def privacy_friendly_player(provider_html: str) -> str:
    """The address of the privacy-friendly player for the iframe a provider answered with."""
    match = IFRAME_SOURCE.search(provider_html or "")
    if match is None:
        raise EmbedNotFoundException("The provider answered without a player.")
    address = urlsplit(html.unescape(match.group(1)))
    if address.scheme == "https" and address.hostname in YOUTUBE_HOSTS and address.path.startswith("/embed/"):
        return urlunsplit(("https", "www.youtube-nocookie.com", address.path, address.query, ""))
    if address.scheme == "https" and address.hostname == "player.vimeo.com" and address.path.startswith("/video/"):
        query = f"{address.query}&{urlencode({'dnt': 1})}" if address.query else urlencode({"dnt": 1})
        return urlunsplit(("https", "player.vimeo.com", address.path, query, ""))
    raise EmbedNotFoundException("Only YouTube and Vimeo videos can be embedded.")


class PrivacyFriendlyVideoFinder(OEmbedFinder):
    def __init__(self, providers=None, options=None):
        super().__init__(providers=[youtube, vimeo], options=options)

    def find_embed(self, url, max_width=None, max_height=None):
        embed = super().find_embed(url, max_width=max_width, max_height=max_height)
        if embed["type"] != "video":
            raise EmbedNotFoundException("Only videos can be embedded.")
        embed["html"] = format_html(
            '<iframe src="{}" title="{}" allow="{}" allowfullscreen loading="lazy" '
            'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
            privacy_friendly_player(embed["html"]),
            embed["title"] or embed["provider_name"],
            PLAYER_PERMISSIONS,
        )
        return embed


embed_finder_class = PrivacyFriendlyVideoFinder
