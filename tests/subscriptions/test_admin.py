"""Staff see subscribers and their follows, export them, and erase a person on request."""

import csv
import io
import re

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from subscriptions.models import Delivery, Follow, Subscriber
from tests import factories

pytestmark = pytest.mark.django_db

INDEX = "/admin/subscribers/"


@pytest.fixture
def admin_client(admin_client, admin_user):
    """The admin in English, the language these tests read (its default is the site's, French)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


@pytest.fixture
def subscribers(follower, mappyacts, esmart, news_index):
    donor = follower("donor@example.org", program=mappyacts)
    follower("donor@example.org", program=esmart)
    pending = follower("pending@example.org", program=esmart, confirmed=False)
    news = factories.NewsPageFactory(parent=news_index)
    Delivery.objects.create(news_page=news, subscriber=donor)
    return {"donor": donor, "pending": pending}


def test_staff_see_subscribers_and_their_follows(admin_client, subscribers):
    response = admin_client.get(INDEX)

    content = response.content.decode()
    assert response.status_code == 200
    assert "donor@example.org" in content and "pending@example.org" in content
    assert "news of MAPPYACTS, news of ESMART" in content
    assert "news of ESMART (not confirmed)" in content


def test_staff_filter_by_confirmation_and_program_and_search_by_address(admin_client, subscribers):
    confirmed = admin_client.get(INDEX, {"confirmed": "true"}).content.decode()
    mappyacts = admin_client.get(INDEX, {"program": subscribers["donor"].follows.first().program_id}).content.decode()
    searched = admin_client.get(INDEX, {"q": "pending"}).content.decode()

    assert "donor@example.org" in confirmed and "pending@example.org" not in confirmed
    assert "donor@example.org" in mappyacts and "pending@example.org" not in mappyacts
    assert "pending@example.org" in searched and "donor@example.org" not in searched


def test_staff_export_subscribers_as_csv(admin_client, subscribers):
    response = admin_client.get(INDEX, {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="subscribers.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    donor = next(row for row in rows if row["Email"] == "donor@example.org")
    assert donor["Language"] == "English"
    assert donor["Follows"] == "news of MAPPYACTS, news of ESMART"
    assert donor["Confirmed at"]
    assert "news of MAPPYACTS: “I agree.” ticked" in donor["Consent"]
    assert {row["Email"] for row in rows} == {"donor@example.org", "pending@example.org"}


def test_the_export_cannot_smuggle_a_spreadsheet_formula(admin_client, follower):
    follower("=1+2@example.org")

    response = admin_client.get(INDEX, {"export": "csv"})

    assert "'=1+2@example.org" in b"".join(response.streaming_content).decode()


def test_erasing_a_subscriber_removes_all_their_data(admin_client, subscribers):
    donor = subscribers["donor"]
    delete_url = reverse("subscribers:delete", args=[donor.pk])

    assert admin_client.get(delete_url).status_code == 200
    response = admin_client.post(delete_url)

    assert response.status_code == 302
    assert not Subscriber.objects.filter(email="donor@example.org").exists()
    assert not Follow.objects.filter(subscriber_id=donor.pk).exists()
    assert not Delivery.objects.exists()
    # The admin's history records the erasure without the address.
    assert ModelLogEntry.objects.filter(action="wagtail.delete").exists()
    assert not ModelLogEntry.objects.filter(label__icontains="donor@example.org").exists()
    assert "donor@example.org" not in str(list(ModelLogEntry.objects.values()))


def test_no_one_adds_or_edits_a_subscriber_by_hand(admin_client, subscribers):
    donor = subscribers["donor"]

    assert admin_client.get(reverse("subscribers:add")).status_code in (302, 403)
    assert admin_client.get(reverse("subscribers:edit", args=[donor.pk])).status_code in (302, 403)
    assert admin_client.get(reverse("subscribers:inspect", args=[donor.pk])).status_code == 200
    assert reverse("subscribers:add") not in admin_client.get(INDEX).content.decode()


def test_editors_without_the_permission_see_no_subscriber(client, django_user_model, subscribers):
    editors = Group.objects.create(name="News editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(editors)
    client.force_login(editor)

    response = client.get(INDEX)

    assert response.status_code in (302, 403)
    assert "donor@example.org" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_staff_see_each_subscriber_s_language_and_filter_by_it(admin_client, subscribers, follower):
    follower("lecteur@example.org", language="fr")

    listing = admin_client.get(INDEX).content.decode()
    french = admin_client.get(INDEX, {"language": "fr"}).content.decode()

    assert re.search(r"<td[^>]*>\s*Français\s*</td>", listing) and re.search(r"<td[^>]*>\s*English\s*</td>", listing)
    assert "lecteur@example.org" in french and "donor@example.org" not in french


def test_the_program_filter_finds_the_followers_of_its_every_translation(
    admin_client, subscribers, mappyacts, french_mappyacts, follower
):
    follower("lecteur@example.org", program=french_mappyacts, language="fr")

    response = admin_client.get(INDEX, {"program": mappyacts.pk}).content.decode()

    assert "donor@example.org" in response and "lecteur@example.org" in response
    assert "pending@example.org" not in response
    # The filter offers the program once, not once per translation.
    assert response.count(">MAPPYACTS</option>") == 1
