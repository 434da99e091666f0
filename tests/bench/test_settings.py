"""The benchmark runs production's settings, which refuse to load without their secrets: its own supply them."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]

READ_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "debug": settings.DEBUG,
    "urls": settings.ROOT_URLCONF,
    "cache": settings.CACHES["default"]["BACKEND"],
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
    "tasks": settings.TASKS["default"]["BACKEND"],
    "database": settings.DATABASES["default"]["NAME"],
}))
"""


def settings_read_with(tmp_path, **variables) -> dict:
    environment = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "DATABASE_"))}
    environment |= {"DJANGO_SETTINGS_MODULE": "bench.settings", "BENCH_WORKDIR": str(tmp_path), **variables}
    finished = subprocess.run(
        [sys.executable, "-c", READ_SETTINGS], cwd=REPOSITORY, env=environment, capture_output=True, text=True
    )
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout)


def test_production_settings_in_a_directory_of_its_own_with_every_cache_off(tmp_path):
    settings = settings_read_with(tmp_path, BENCH_CACHE="off")
    assert settings == {
        "debug": False,
        "urls": "bench.urls",
        "cache": "django.core.cache.backends.dummy.DummyCache",
        "ssl_redirect": False,
        "tasks": "django_tasks.backends.immediate.ImmediateBackend",
        "database": str(tmp_path / "db.sqlite3"),
    }
