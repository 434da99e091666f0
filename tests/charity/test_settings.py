import os
import secrets
import subprocess
import sys

import pytest

from django.conf import settings
from django.core.management import call_command

PRODUCTION_ENVIRONMENT = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "www.example.org",
    "DATABASE_URL": "postgres://charity:secret@db.example.org:5432/charity",
    "WAGTAILADMIN_BASE_URL": "https://www.example.org",
}


def run_in_production(command: list[str], **environment) -> subprocess.CompletedProcess:
    """Run a Python command with the production settings and only the given environment."""
    env = {"PATH": os.environ.get("PATH", ""), "DJANGO_SETTINGS_MODULE": "charity.settings.production", **environment}
    return subprocess.run(
        [sys.executable, *command], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENVIRONMENT))
def test_production_refuses_to_start_without_its_environment(missing):
    environment = {name: value for name, value in PRODUCTION_ENVIRONMENT.items() if name != missing}

    result = run_in_production(["-c", "import django; django.setup()"], **environment)

    assert result.returncode != 0
    assert missing in result.stderr


def test_production_refuses_a_blank_secret_key():
    result = run_in_production(
        ["-c", "import django; django.setup()"], **{**PRODUCTION_ENVIRONMENT, "DJANGO_SECRET_KEY": "  "}
    )

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_passes_the_deployment_checks():
    result = run_in_production(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION_ENVIRONMENT)

    assert result.returncode == 0, result.stderr


def test_the_deployment_checks_catch_a_weakened_production():
    result = run_in_production(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        **PRODUCTION_ENVIRONMENT,
        DJANGO_SECURE_SSL_REDIRECT="false",
    )

    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stderr


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)
