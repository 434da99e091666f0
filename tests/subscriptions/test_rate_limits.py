import pytest

from django.test import override_settings

from subscriptions.models import Subscriber
from tests.subscriptions.conftest import url

pytestmark = pytest.mark.django_db


@override_settings(SUBSCRIPTIONS_RATE_PER_EMAIL=3)
def test_requests_for_one_address_are_limited(subscribe, mappyacts, outbox):
    statuses = [subscribe("donor@example.org", program=mappyacts, ip=f"192.0.2.{n}").status_code for n in range(4)]

    assert statuses == [303, 303, 303, 429]
    assert len(outbox) == 3
    # Other addresses are not held back.
    assert subscribe("other@example.org", program=mappyacts).status_code == 303


@override_settings(SUBSCRIPTIONS_RATE_PER_CLIENT=3)
def test_requests_from_one_client_are_limited(subscribe, mappyacts, outbox):
    statuses = [subscribe(f"donor{n}@example.org", program=mappyacts).status_code for n in range(4)]

    assert statuses == [303, 303, 303, 429]
    assert Subscriber.objects.count() == 3
    assert subscribe("donor9@example.org", program=mappyacts, ip="198.51.100.7").status_code == 303


@override_settings(SUBSCRIPTIONS_RATE_PER_CLIENT=1)
def test_the_limit_page_says_what_to_do(subscribe, mappyacts, outbox):
    subscribe("a@example.org", program=mappyacts)

    response = subscribe("b@example.org", program=mappyacts)

    assert response.status_code == 429
    assert b"try again in an hour" in response.content


@override_settings(SUBSCRIPTIONS_RATE_PER_CLIENT=2, SUBSCRIPTIONS_TRUSTED_PROXIES=1)
def test_behind_a_proxy_the_client_is_the_forwarded_address(client, mappyacts, outbox):
    def post(n, forwarded_for):
        data = {"email": f"d{n}@example.org", "consent": "on", "program": mappyacts.pk}
        return client.post(url("subscribe"), data, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded_for)

    # A client cannot escape by sending its own header: the proxy's entry, the last, is the one used.
    assert [post(n, f"203.0.113.{n}, 192.0.2.1").status_code for n in range(3)] == [303, 303, 429]
    assert post(4, "192.0.2.2").status_code == 303
