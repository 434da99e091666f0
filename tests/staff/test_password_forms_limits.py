"""The forms that take a secret from anyone are limited: the admin's password reset per client address and
per email address, the password of a private page per client address."""

import pytest

from django.core import mail
from django.test import override_settings

from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


def reset(client, email, ip="192.0.2.10"):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=ip)


def test_password_resets_from_one_client_are_limited_alike_for_known_and_unknown_addresses(client, editor):
    statuses = [reset(client, address).status_code for address in ["editor@example.org", "a@example.org"] * 3]

    assert statuses == [302] * 5 + [429]
    assert "Trop de tentatives" in reset(client, "b@example.org").content.decode()
    assert reset(client, "b@example.org", ip="192.0.2.11").status_code == 302


def test_password_resets_for_one_address_are_limited(client, editor):
    statuses = [reset(client, "editor@example.org", ip=f"192.0.2.{number}").status_code for number in range(20, 24)]

    assert statuses == [302] * 3 + [429]
    assert len(mail.outbox) == 3


@pytest.fixture
def private_page(home_page):
    page = factories.StandardPageFactory(parent=home_page, title="Members", slug="members")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    return page


def guess(client, page, password, ip="192.0.2.30"):
    restriction = PageViewRestriction.objects.get(page=page)
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    return client.post(url, {"password": password, "return_url": page.url}, REMOTE_ADDR=ip)


@override_settings(PRIVATE_PAGE_PASSWORD_FAILURES_PER_CLIENT=3)
def test_wrong_passwords_for_a_private_page_are_limited(client, private_page):
    statuses = [guess(client, private_page, "wrong").status_code for _ in range(3)]
    refused = guess(client, private_page, "s3cret")

    assert statuses == [200] * 3
    assert refused.status_code == 429
    assert "Too many wrong passwords" in refused.content.decode()
    assert guess(client, private_page, "s3cret", ip="192.0.2.31").status_code == 302


def test_the_right_password_for_a_private_page_counts_no_failure(client, private_page):
    with override_settings(PRIVATE_PAGE_PASSWORD_FAILURES_PER_CLIENT=1):
        assert guess(client, private_page, "s3cret").status_code == 302
        assert guess(client, private_page, "s3cret").status_code == 302
