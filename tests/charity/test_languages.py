"""The bilingual site's addresses: `/` leads to a language, the switcher to the same page in the other one
(remembering the choice), and every page names its other language for search engines."""

import datetime
import json
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest

from django.conf import settings

from discovery.alternates import page_by_language
from discovery.sitemaps import BilingualSitemap
from tests import factories
from tests.bilingual import language_links, translate
from tests.catalogues import NBSP
from tests.html import parse
from tests.sitemaps import sitemap_urls

SITE_URL = "http://localhost"
SITEMAP = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def french_home(home_page):
    return translate(home_page, title="Accueil", hero_heading="Ensemble contre les cancers de l’enfant")


@pytest.fixture
def programs(home_page, french_home, program_index):
    """A program in both languages, and one not translated yet."""
    french_index = translate(program_index, title="Programmes de recherche", slug="programmes-de-recherche")
    english = factories.ProgramPageFactory(parent=program_index, acronym="MAPPYACTS", slug="mappyacts")
    return {
        "english": english,
        "french": translate(english, summary="Le profilage moléculaire des tumeurs en rechute."),
        "english only": factories.ProgramPageFactory(parent=program_index, acronym="ESMART", slug="esmart"),
        "english index": program_index,
        "french index": french_index,
    }


def switch_target(client, response) -> str:
    """Where the page's language switcher leads, through the choice it remembers."""
    link = language_links(response).only_switch()
    choice = client.get(link["href"])
    assert choice.status_code == 302
    return choice["Location"]


# Where `/` leads


def test_the_root_leads_to_french_by_default(client, french_home):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    assert "Accept-Language" in response["Vary"] and "Cookie" in response["Vary"]


def test_the_root_leads_to_the_browsers_language(client, french_home):
    assert client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})["Location"] == "/en/"
    assert client.get("/", headers={"accept-language": "fr-FR,fr;q=0.9,en;q=0.8"})["Location"] == "/fr/"
    # A language the site does not offer leads to French.
    assert client.get("/", headers={"accept-language": "de"})["Location"] == "/fr/"


@pytest.mark.parametrize("chosen, browser", [("en", "fr"), ("fr", "en")])
def test_the_remembered_choice_beats_the_browsers_language(client, french_home, chosen, browser):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = chosen

    response = client.get("/", headers={"accept-language": browser})

    assert response["Location"] == f"/{chosen}/"


# Choosing a language


def test_choosing_a_language_remembers_it_and_shows_the_page_asked_for(client, programs):
    english_url = programs["english"].url

    response = client.get("/language/en/", {"next": english_url}, headers={"accept-language": "fr"})

    assert response.status_code == 302
    assert response["Location"] == english_url
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "en"
    assert cookie["max-age"] == settings.LANGUAGE_COOKIE_AGE
    assert cookie["samesite"] == "Lax"
    assert "no-cache" in response["Cache-Control"]
    # The next visit to the root goes to English, whatever the browser says.
    assert client.get("/", headers={"accept-language": "fr"})["Location"] == "/en/"


@pytest.mark.parametrize("next_url", ["https://example.org/", "//example.org/en/", "javascript:alert(1)", ""])
def test_choosing_a_language_never_leads_off_the_site(client, french_home, next_url):
    response = client.get("/language/en/", {"next": next_url})

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


@pytest.mark.parametrize(
    "browser, message",
    [("fr", "Ce site n’existe qu’en français et en anglais."), ("en", "This site is in French and English only.")],
)
def test_a_language_the_site_does_not_offer_is_not_found_with_a_clear_message(client, french_home, browser, message):
    response = client.get("/language/de/", {"next": "/de/"}, headers={"accept-language": browser})

    assert response.status_code == 404
    assert message in response.content.decode()
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


# The switcher


def test_the_switcher_on_a_french_page_leads_to_its_english_translation_and_back(client, programs):
    french_page = client.get(programs["french"].url)
    link = language_links(french_page).only_switch()

    assert link["text"] == "English"
    assert link["lang"] == link["hreflang"] == "en"
    assert link["aria-label"] == "Read this page in English"
    assert parse_qs(urlsplit(link["href"]).query) == {"next": [programs["english"].url]}

    english_url = switch_target(client, french_page)
    assert english_url == programs["english"].url == "/en/research-programs/mappyacts/"
    english_page = client.get(english_url)
    link = language_links(english_page).only_switch()
    assert link["text"] == "Français"
    assert link["lang"] == link["hreflang"] == "fr"
    assert link["aria-label"] == "Lire cette page en français"
    assert switch_target(client, english_page) == programs["french"].url == "/fr/programmes-de-recherche/mappyacts/"


def test_the_switcher_on_a_page_without_translation_leads_to_the_other_home(client, programs):
    response = client.get(programs["english only"].url)
    link = language_links(response).only_switch()

    assert link["aria-label"] == "Aller au site en français"
    assert switch_target(client, response) == "/fr/"


def test_the_switcher_on_the_search_page_keeps_the_query(client, programs):
    response = client.get("/fr/search/", {"q": "mappyacts", "type": "program"})

    target = switch_target(client, response)

    assert urlsplit(target).path == "/en/search/"
    assert parse_qs(urlsplit(target).query) == {"q": ["mappyacts"], "type": ["program"]}
    assert client.get(target).status_code == 200


def test_the_switcher_on_the_subscription_page_leads_to_the_same_page_in_english(client, french_home):
    response = client.get("/fr/subscriptions/")

    assert switch_target(client, response) == "/en/subscriptions/"


def test_the_switcher_on_a_missing_page_leads_to_the_other_home(client, french_home):
    response = client.get("/fr/no-such-page/")

    assert response.status_code == 404
    assert language_links(response).only_switch()["aria-label"] == "Go to the site in English"
    assert switch_target(client, response) == "/en/"


def test_the_switcher_works_without_scripts_and_from_the_keyboard(client, programs):
    html = client.get(programs["french"].url).content.decode()

    # A plain link in the header: no script, no form, nothing removed from the tab order.
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    switch = header[header.index('<a class="language-switcher"') :]
    switch = switch[: switch.index("</a>")]
    assert "tabindex" not in switch and "onclick" not in switch and "hidden" not in switch


def test_a_pages_translations_are_looked_up_once_for_the_switcher_and_the_head(client, programs):
    with mock.patch("discovery.alternates.page_by_language", wraps=page_by_language) as looked_up:
        response = client.get(programs["french"].url)

    looked_up.assert_called_once()
    links = language_links(response)
    assert links.only_switch()["hreflang"] == "en"
    assert links.alternates["en"] == f"{SITE_URL}{programs['english'].url}"


# What search engines read


def test_a_translated_page_names_both_versions_with_french_as_default(client, programs):
    french_url = f"{SITE_URL}/fr/programmes-de-recherche/mappyacts/"
    english_url = f"{SITE_URL}/en/research-programs/mappyacts/"
    expected = {"fr": french_url, "en": english_url, "x-default": french_url}

    for page, canonical in ((programs["french"], french_url), (programs["english"], english_url)):
        links = language_links(client.get(page.url))
        assert links.alternates == expected
        assert links.canonical_urls == [canonical]


def test_a_page_in_one_language_names_no_alternates(client, programs):
    links = language_links(client.get(programs["english only"].url))

    assert links.alternates == {}
    assert links.canonical_urls == [f"{SITE_URL}/en/research-programs/esmart/"]


def test_a_draft_translation_is_not_named(client, programs):
    programs["french"].unpublish()

    links = language_links(client.get(programs["english"].url))

    assert links.alternates == {}
    assert switch_target(client, client.get(programs["english"].url)) == "/fr/"


def test_the_search_page_names_itself_in_each_language(client, french_home):
    links = language_links(client.get("/en/search/", {"q": "sarcoma"}))

    assert links.alternates == {
        "fr": f"{SITE_URL}/fr/search/",
        "en": f"{SITE_URL}/en/search/",
        "x-default": f"{SITE_URL}/fr/search/",
    }


def test_a_missing_page_names_no_alternates(client, french_home):
    assert language_links(client.get("/en/no-such-page/")).alternates == {}


def test_open_graph_names_the_pages_locale_and_its_other_one(client, programs):
    french = language_links(client.get(programs["french"].url))
    english = language_links(client.get(programs["english"].url))
    english_only = language_links(client.get(programs["english only"].url))

    assert (french.og_locale, french.og_locale_alternates) == (["fr_FR"], ["en_GB"])
    assert (english.og_locale, english.og_locale_alternates) == (["en_GB"], ["fr_FR"])
    assert (english_only.og_locale, english_only.og_locale_alternates) == (["en_GB"], [])


def test_news_says_its_language_in_json_ld(client, french_home, home_page):
    news_index = factories.NewsIndexPageFactory(parent=home_page)
    french_index = translate(news_index, title="Actualités", slug="actualites")
    news = factories.NewsPageFactory(parent=french_index, title="Une avancée", date=datetime.date(2025, 3, 11))

    html = client.get(news.url).content.decode()
    data = json.loads(html[html.index('type="application/ld+json">') + 27 : html.index("</script>")])

    [article] = [node for node in data["@graph"] if node["@type"] == "NewsArticle"]
    assert article["inLanguage"] == "fr"


def sitemap(client) -> dict[str, dict[str, str]]:
    """Each address in the sitemap, with its alternates by language."""
    return {
        url.findtext("sitemap:loc", namespaces=SITEMAP): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP)
        }
        for url in sitemap_urls(client)
    }


def test_the_sitemap_lists_both_languages_with_their_alternates(client, programs):
    entries = sitemap(client)

    french_url = f"{SITE_URL}/fr/programmes-de-recherche/mappyacts/"
    english_url = f"{SITE_URL}/en/research-programs/mappyacts/"
    both = {"fr": french_url, "en": english_url, "x-default": french_url}
    assert entries[french_url] == entries[english_url] == both
    assert entries[f"{SITE_URL}/fr/"]["en"] == f"{SITE_URL}/en/"
    assert entries[f"{SITE_URL}/en/research-programs/esmart/"] == {}
    assert set(entries) == {
        f"{SITE_URL}/fr/",
        f"{SITE_URL}/en/",
        f"{SITE_URL}/fr/programmes-de-recherche/",
        f"{SITE_URL}/en/research-programs/",
        french_url,
        english_url,
        f"{SITE_URL}/en/research-programs/esmart/",
    }


def test_alternates_are_named_when_the_translations_are_on_other_sitemap_pages(client, programs, monkeypatch, settings):
    settings.PAGE_CACHE_ENABLED = False  # the same addresses answer with other limits
    everything_on_one_page = sitemap(client)
    monkeypatch.setattr(BilingualSitemap, "limit", 2)

    assert sitemap(client) == everything_on_one_page


# The frame of each language


@pytest.mark.parametrize("language", ["fr", "en"])
def test_pages_search_and_missing_pages_say_their_language(client, programs, language):
    page = programs["french" if language == "fr" else "english"]

    assert parse(client.get(page.url)).lang == language
    assert parse(client.get(f"/{language}/search/", {"q": "mappyacts"})).lang == language
    missing = client.get(f"/{language}/no-such-page/")
    assert missing.status_code == 404
    assert language_links(missing).lang == language


def test_the_logo_navigation_and_breadcrumbs_stay_in_the_language_being_read(client, programs):
    for index in (programs["french index"], programs["english index"]):
        index.refresh_from_db()
        index.show_in_menus = True
        index.save_revision().publish()

    response = client.get(programs["french"].url)
    html = response.content.decode()
    page = parse(response)

    assert '<a class="logo" href="/fr/"' in html
    assert "/fr/programmes-de-recherche/" in page.links
    assert "/en/research-programs/" not in page.links
    assert "Programmes de recherche" in page.text
    assert '<a class="logo" href="/en/"' in client.get(programs["english"].url).content.decode()


# Numbers and amounts in each language


@pytest.fixture
def impact_on_both_homes(impact_figures, french_home):
    impact_figures.children_benefited = 7200
    impact_figures.research_funding_millions = 20
    impact_figures.save()
    return impact_figures


def test_figures_read_the_french_way_under_fr(client, impact_on_both_homes):
    text = parse(client.get("/fr/")).text.replace(NBSP, " ").replace("\u202f", " ")

    assert "plus de 7 200 enfants" in text
    assert "plus de 20 millions d’euros" in text
    assert "7,200" not in text and "€20" not in text


def test_figures_read_the_english_way_under_en(client, impact_on_both_homes):
    text = parse(client.get("/en/")).text

    assert "over 7,200 children" in text
    assert "more than €20 million" in text
    assert "7 200" not in text and "millions d’euros" not in text
