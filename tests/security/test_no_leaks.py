"""Nothing that is not published leaks out: the API lists only the documents live, public pages link to
(and no images with their original files), and a document from a private collection is never served to
the public."""

import json

import pytest

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import Resolver404, resolve
from django.views.static import serve

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests import factories
from tests.security import media_urls as media_urlpatterns_only

pytestmark = pytest.mark.django_db


def a_document(title, collection=None):
    document = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(b"%PDF-1.4 " + title.encode()))
    return document


def linking_to(document) -> str:
    return json.dumps([{"type": "document", "value": {"document": document.pk, "title": "", "description": ""}}])


@pytest.fixture
def documents(home_page):
    published = a_document("Annual report 2024")
    embargoed = a_document("Annual report 2025")
    changed = a_document("Unpublished results")
    private = a_document("Private minutes")
    factories.StandardPageFactory(parent=home_page, title="Governance", body=linking_to(published))
    factories.StandardPageFactory(parent=home_page, title="Governance 2025", body=linking_to(embargoed), live=False)
    live_page = factories.StandardPageFactory(parent=home_page, title="Results", body="[]")
    live_page.body = linking_to(changed)
    live_page.save_revision()  # a draft of the live page links to it; the published version does not
    restricted = factories.StandardPageFactory(parent=home_page, title="Board", body=linking_to(private))
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="secret")
    return {"published": published, "embargoed": embargoed, "changed": changed, "private": private}


def titles(client, address="/api/v2/documents/") -> list[str]:
    response = client.get(address)
    assert response.status_code == 200
    return [item["title"] for item in response.json()["items"]]


def test_the_documents_api_lists_only_what_live_public_pages_link_to(client, documents):
    assert titles(client) == ["Annual report 2024"]


@pytest.mark.parametrize("name", ["embargoed", "changed", "private"])
def test_a_document_no_published_page_links_to_is_not_found_by_id(client, documents, name):
    response = client.get(f"/api/v2/documents/{documents[name].pk}/")

    assert response.status_code == 404


def test_a_published_document_is_found_by_id(client, documents):
    response = client.get(f"/api/v2/documents/{documents['published'].pk}/")

    assert response.status_code == 200
    assert response.json()["meta"]["download_url"].endswith(documents["published"].url)


def test_a_document_in_a_private_collection_is_not_listed_even_when_a_page_links_to_it(client, home_page):
    collection = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    document = a_document("Board minutes", collection=collection)
    factories.StandardPageFactory(parent=home_page, title="Minutes", body=linking_to(document))

    assert titles(client) == []


def test_the_api_has_no_images_endpoint(client, image):
    assert client.get("/api/v2/images/").status_code == 404
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404


@pytest.mark.parametrize("restriction_type", ["login", "groups", "password"])
def test_a_document_from_a_private_collection_is_never_served_to_the_public(client, home_page, restriction_type):
    collection = Collection.get_first_root_node().add_child(name="Private")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, password="secret"
    )
    if restriction_type == "groups":
        restriction.groups.set([Group.objects.create(name="Board")])
    document = a_document("Board minutes", collection=collection)

    response = client.get(document.url)

    assert response.status_code in (302, 200)
    assert b"Board minutes" not in b"".join(getattr(response, "streaming_content", [response.content]))
    if response.status_code == 200:  # the password form
        assert "password" in response.content.decode().lower()


def test_uploaded_documents_are_not_served_as_plain_media_files(image):
    """The media route of development and the browser tests' server serves images, never documents."""
    document = a_document("Private minutes")

    assert resolve(f"/media/{image.file.name}", urlconf=media_urlpatterns_only).func is serve
    with pytest.raises(Resolver404):
        resolve(f"/media/{document.file.name}", urlconf=media_urlpatterns_only)
