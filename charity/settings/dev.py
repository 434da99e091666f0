from .base import *

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "dev-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WAGTAILADMIN_BASE_URL = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
# A template being edited shows at the next reload: the page cache and its fragments are on only when asked
# for (PAGE_CACHE=on).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "off").lower() == "on"
PAGE_FRAGMENTS_ENABLED = PAGE_CACHE_ENABLED
