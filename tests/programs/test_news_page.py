import datetime

from tests import factories
from tests.html import parse


def test_news_page_shows_its_content_and_related_research(client, news_index, program_index, cancer_index, image):
    dipg = factories.CancerPageFactory(parent=cancer_index, title="DIPG")
    biomede = factories.ProgramPageFactory(parent=program_index, acronym="BIOMEDE", cancers=[dipg])
    unpublished = factories.ProgramPageFactory(parent=program_index, acronym="UNPUBLISHED", live=False)
    news = factories.NewsPageFactory(
        parent=news_index,
        title="BIOMEDE 2 opens in twelve countries",
        date=datetime.date(2025, 4, 9),
        summary="The follow-up trial now recruits across Europe.",
        body=factories.paragraphs("Children with DIPG can now join the trial in twelve countries."),
        image=image,
        programs=[biomede, unpublished],
        cancers=[dipg],
    )

    response = client.get(news.url)
    page = parse(response)

    assert page.h1s == ["BIOMEDE 2 opens in twelve countries"]
    assert "9 April 2025" in page.text
    assert news.summary in page.text
    assert "Children with DIPG can now join the trial in twelve countries." in page.text
    assert list(response.context["related_programs"]) == [biomede]
    assert biomede.url in page.links
    assert dipg.url in page.links
    assert unpublished.url not in page.links
    assert any(img.get("alt") == image.description for img in page.images)
