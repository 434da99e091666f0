"""The production settings as the benchmark runs them: on this machine, over plain HTTP, in a directory of its own
(a SQLite database unless DATABASE_URL names another, uploads, collected static files), with a hello-world view.

Production reads its secrets and hosts from the environment when its module is imported and refuses to start
without them: the benchmark's placeholders go into the environment first. Anything already set there wins.

BENCH_CACHE chooses the cache: unset, production's (Redis when REDIS_URL is set, else a memory cache per
process); "memory", a memory cache per process; "off", no cache at all (Django's DummyCache).
"""

import os
from pathlib import Path

WORKDIR = Path(os.environ.get("BENCH_WORKDIR") or Path(__file__).resolve().parent.parent / ".bench" / "sqlite-demo")

for name, value in {
    "DJANGO_SECRET_KEY": "benchmark-only-not-secret",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "DATABASE_URL": f"sqlite:///{WORKDIR / 'db.sqlite3'}",
    # As .env.example: workers keep their database connection between requests.
    "DATABASE_CONN_MAX_AGE": "60",
    "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
    "MEDIA_ROOT": str(WORKDIR / "media"),
    # Served over plain HTTP on this machine, with no TLS proxy in front.
    "DJANGO_SECURE_SSL_REDIRECT": "false",
}.items():
    os.environ.setdefault(name, value)

from charity.settings.production import *  # noqa: E402

ROOT_URLCONF = "bench.urls"
STATIC_ROOT = WORKDIR / "static"
# No worker runs beside the benchmark: tasks run at once, so that building the site indexes it for search.
# Each logs its start and end: thousands of lines, while the demo content is built, that would bury the rest.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LOGGING["loggers"]["django_tasks"] = {"level": "WARNING"}
# Nor does it send any email.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

CACHE_CHOICE = os.environ.get("BENCH_CACHE", "")
if CACHE_CHOICE == "memory":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
elif CACHE_CHOICE == "off":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
elif REDIS_URL:
    # The benchmark's keys carry a prefix of their own, so that it removes them, and only them, when it is done.
    CACHES["default"]["KEY_PREFIX"] = os.environ.get("BENCH_CACHE_PREFIX", "bench")
