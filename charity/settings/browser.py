"""The site as browser tests and Lighthouse see it: production's serving (DEBUG off, gunicorn, WhiteNoise
with hashed, compressed static files) without production's secrets, HTTPS or PostgreSQL.

DEBUG stays off so that visitors' error pages, cache headers and compression are the ones audited.
Uploads are served by Django because no front web server runs beside the test server.
"""

from .base import *

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "browser-tests-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
SERVE_MEDIA = True
# Emails land as files that the tests read, in the server's throwaway directory.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = Path(os.environ.get("EMAIL_FILE_PATH", BASE_DIR / ".browser-emails"))
# Shared by the server's processes, so that the page cache's purges reach each of them (tests/browser/server.py).
if os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": os.environ["REDIS_URL"]}}
elif os.environ.get("CACHE_DIRECTORY"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ["CACHE_DIRECTORY"],
        }
    }
