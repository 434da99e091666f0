import pytest

from django.contrib.auth import get_user_model

PASSWORD = "plum-kettle-91-harbour"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", email="editor@example.org", password=PASSWORD)


@pytest.fixture
def administrator(db):
    return get_user_model().objects.create_superuser("administrator", email="admin@example.org", password=PASSWORD)


def sign_in(client, username, password=PASSWORD, ip="192.0.2.1"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)
