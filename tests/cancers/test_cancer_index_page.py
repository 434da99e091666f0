from cancers.models import CancerPage
from tests import factories
from tests.html import parse


def test_cancer_index_lists_published_cancers_by_category(client, cancer_index):
    Category = CancerPage.Category
    wilms = factories.CancerPageFactory(parent=cancer_index, title="Nephroblastoma", category=Category.KIDNEY)
    dipg = factories.CancerPageFactory(parent=cancer_index, title="DIPG", category=Category.BRAIN)
    factories.CancerPageFactory(parent=cancer_index, title="Unpublished cancer", live=False)

    response = client.get(cancer_index.url)
    page = parse(response)

    assert page.h1s == [cancer_index.title]
    assert cancer_index.intro in page.text
    assert response.context["categories"] == [("Brain and spinal cord", [dipg]), ("Kidney", [wilms])]
    assert page.position("Brain and spinal cord") < page.position("Kidney")
    assert {wilms.url, dipg.url} <= set(page.links)
    assert "Unpublished cancer" not in page.text
