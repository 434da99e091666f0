"""Reading the sitemap as a crawler does: the index at /sitemap.xml, then each sitemap page it lists."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

NAMESPACES = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_pages(client) -> list[str]:
    """The addresses of the sitemap pages the index lists, as paths with their query."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    index = ElementTree.fromstring(response.content)
    locations = [element.findtext("sitemap:loc", namespaces=NAMESPACES) for element in index]
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex" and locations
    return [urlsplit(location)._replace(scheme="", netloc="").geturl() for location in locations]


def sitemap_urls(client) -> list[ElementTree.Element]:
    """Every <url> element of every sitemap page."""
    urls = []
    for address in sitemap_pages(client):
        response = client.get(address)
        assert response.status_code == 200
        urls += ElementTree.fromstring(response.content).findall("sitemap:url", NAMESPACES)
    return urls
