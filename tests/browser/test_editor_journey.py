"""An editor writes a news item in the Wagtail admin and the public sees it where it belongs."""

import re
import secrets
from datetime import date

from PIL import Image

from tests.browser.support import expect, log_in


def make_png(path):
    # A colour no other image has, so that Wagtail's duplicate check never interrupts the upload.
    colour = tuple(secrets.randbelow(256) for _ in range(3))
    Image.new("RGB", (800, 500), colour).save(path)
    return path


def test_an_editor_publishes_news_about_a_program_and_visitors_find_it(page, live_site, tmp_path):
    title = f"MAPPYACTS reaches a new milestone {secrets.token_hex(3)}"
    summary = "A new step for the sequencing program, told the day it happened."
    alt_text = "A plain coloured square standing in for a photo of the MAPPYACTS team"
    log_in(page, live_site)

    page.goto("/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'Home'").click()
    page.get_by_role("link", name="Explore child pages of 'News'").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("News")
    page.get_by_role("navigation", name="Actions").get_by_role("link", name="Add child page").click()
    expect(page.get_by_role("heading", level=1, name="New: News page")).to_be_visible()

    page.get_by_role("textbox", name="Title*").fill(title)
    page.get_by_role("textbox", name="Date*").fill(date.today().isoformat())
    page.get_by_role("textbox", name="Summary*").fill(summary)
    related = page.get_by_role("region", name="Related programs and cancers")
    related.get_by_role("checkbox", name=re.compile("^MAPPYACTS:")).check()

    page.get_by_role("button", name="Choose an image").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Upload").click()
    upload = chooser.get_by_role("tabpanel", name="Upload")
    upload.get_by_role("textbox", name="Title*").fill("MAPPYACTS team")
    upload.get_by_label("File*").set_input_files(make_png(tmp_path / "mappyacts-team.png"))
    upload.get_by_role("textbox", name="Description").fill(alt_text)
    upload.get_by_role("button", name="Upload").click()
    expect(chooser).to_be_hidden()
    expect(page.get_by_role("region", name="Image")).to_contain_text("MAPPYACTS team")

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("status")).to_contain_text(f"'{title}' created and published")

    page.goto("/en/programs/mappyacts/")
    news = page.get_by_role("region", name="News from MAPPYACTS")
    news.get_by_role("link", name=title).click()

    expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
    expect(page.get_by_text(summary)).to_be_visible()
    image = page.get_by_role("img", name=alt_text)
    expect(image).to_be_visible()
    assert image.evaluate("image => image.complete && image.naturalWidth > 0"), "The uploaded image did not load"
    expect(page.get_by_role("link", name="MAPPYACTS", exact=True)).to_have_attribute("href", "/en/programs/mappyacts/")

    feed = page.request.get("/en/feeds/programs/mappyacts/rss.xml")
    assert feed.ok, feed.status
    assert title in feed.text()
