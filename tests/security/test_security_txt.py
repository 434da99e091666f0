"""/.well-known/security.txt tells a finder whom to write to (RFC 9116)."""

from datetime import UTC, datetime, timedelta

import pytest

from django.test import override_settings

pytestmark = pytest.mark.django_db


def fields(response) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in response.content.decode().splitlines())


@override_settings(SECURITY_CONTACT="mailto:security@example.org", WAGTAILADMIN_BASE_URL="https://www.example.org")
def test_security_txt_gives_a_contact_an_expiry_the_languages_and_its_canonical_address(client, home_page):
    response = client.get("/.well-known/security.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    found = fields(response)
    assert found["Contact"] == "mailto:security@example.org"
    assert found["Preferred-Languages"] == "fr, en"
    assert found["Canonical"] == "https://www.example.org/.well-known/security.txt"
    expires = datetime.fromisoformat(found["Expires"])
    assert datetime.now(UTC) + timedelta(days=300) < expires < datetime.now(UTC) + timedelta(days=366)
