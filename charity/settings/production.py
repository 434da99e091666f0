"""Production: every secret and host comes from the environment, and the process refuses to start
without them (see .env.example)."""

from django.core.exceptions import ImproperlyConfigured

from .base import *


def required_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


DEBUG = False
SECRET_KEY = required_env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("DJANGO_ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if origin.strip()
]
required_env("DATABASE_URL")
# Kept connections (DATABASE_CONN_MAX_AGE) are checked before reuse, so that a database restart
# does not fail the next request of every worker.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
WAGTAILADMIN_BASE_URL = required_env("WAGTAILADMIN_BASE_URL")
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT") or f"mailto:security@{urlsplit(WAGTAILADMIN_BASE_URL).hostname}"

REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }

# A CDN in front gets the page cache's purges (pagecache/purges.py): an HTTP purge endpoint (Varnish,
# nginx's cache purge, Fastly and the like) or Cloudflare.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }
elif os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
            "BEARER_TOKEN": required_env("CLOUDFLARE_BEARER_TOKEN"),
        }
    }

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# The __Host- prefix makes the browser refuse these cookies unless they are Secure, for the whole site
# and set by this host alone (no Domain): a neighbouring subdomain cannot plant or overwrite them.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
# Every account that can reach the admin signs in with a second factor (docs/staff-accounts.md).
WAGTAIL_2FA_REQUIRED = True

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# Without a timeout, an unanswering mail server would hold the worker forever.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))

# Tasks wait in the database for the worker service (manage.py run_worker).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# nginx, the front service, appends the client's address to X-Forwarded-For.
SUBSCRIPTIONS_TRUSTED_PROXIES = int(os.environ.get("DJANGO_TRUSTED_PROXIES", "1"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}, "null": {"class": "logging.NullHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # Scanners send foreign Host headers all day; each one would otherwise log a full traceback.
    # The 400 still shows in the access log.
    "loggers": {"django.security.DisallowedHost": {"handlers": ["null"], "propagate": False}},
}
