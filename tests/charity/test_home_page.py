import datetime

import pytest

from charity.models import HomePageFeaturedProgram
from tests import factories
from tests.html import number_pattern, parse


def test_home_page_shows_its_hero_as_the_only_heading_1(client, home_page, image):
    home_page.hero_image = image
    home_page.save()

    page = parse(client.get(home_page.url))

    assert page.h1s == [home_page.hero_heading]
    assert home_page.hero_intro in page.text
    assert any(img.get("alt") == image.description for img in page.images)


def test_home_page_shows_the_impact_figures_of_the_site_settings(client, home_page, impact_figures):
    impact_figures.since_year = 2009
    impact_figures.research_funding_millions = 37
    impact_figures.programs_funded = 83
    impact_figures.children_benefited = 9431
    impact_figures.therapies_tested = 157
    impact_figures.save()

    page = parse(client.get(home_page.url))

    for figure in (2009, 37, 83, 9431, 157):
        assert number_pattern(figure).search(page.text), f"{figure} is not on the home page"


def test_home_page_shows_the_featured_programs_in_the_editors_order(client, home_page, program_index):
    kappa, sigma, omega = (
        factories.ProgramPageFactory(parent=program_index, acronym=name) for name in ("KAPPA", "SIGMA", "OMEGA")
    )
    unpublished = factories.ProgramPageFactory(parent=program_index, acronym="UNPUBLISHED", live=False)
    for order, program in enumerate((omega, unpublished, kappa)):
        HomePageFeaturedProgram.objects.create(home_page=home_page, program=program, sort_order=order)

    response = client.get(home_page.url)
    page = parse(response)

    assert response.context["featured_programs"] == [omega, kappa]
    assert page.position("OMEGA") < page.position("KAPPA")
    assert "SIGMA" not in page.text
    assert "UNPUBLISHED" not in page.text
    assert omega.url in page.links


def test_home_page_shows_the_three_latest_published_news(client, home_page, news_index):
    def news(title, day, **kwargs):
        return factories.NewsPageFactory(parent=news_index, title=title, date=datetime.date(2025, 3, day), **kwargs)

    oldest, older, newer, newest = news("Oldest", 1), news("Older", 2), news("Newer", 3), news("Newest", 4)
    news("Draft news", 5, live=False)

    response = client.get(home_page.url)
    page = parse(response)

    assert list(response.context["latest_news"]) == [newest, newer, older]
    assert page.position("Newest") < page.position("Newer") < page.position("Older")
    assert oldest.title not in page.text
    assert "Draft news" not in page.text


def test_home_page_leads_to_the_donate_page(client, home_page, donate_page):
    home_page.donate_heading = "Research needs you today"
    home_page.donate_text = "A gift of any size moves a trial forward."
    home_page.save()

    page = parse(client.get(home_page.url))

    assert "Research needs you today" in page.text
    assert "A gift of any size moves a trial forward." in page.text
    assert donate_page.url in page.links


def test_home_page_has_no_donate_call_to_action_without_a_donate_page(client, home_page):
    home_page.donate_heading = "Research needs you today"
    home_page.save()

    page = parse(client.get(home_page.url))

    assert "Research needs you today" not in page.text


@pytest.mark.parametrize("field", ["hero_heading", "hero_intro"])
def test_the_hero_is_required(home_page, field):
    from django.core.exceptions import ValidationError

    setattr(home_page, field, "")
    with pytest.raises(ValidationError):
        home_page.full_clean()
