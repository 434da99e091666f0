"""Settings shared by every environment. Anything deployment-specific comes from the environment."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "charity",
    "cancers",
    "programs",
    "subscriptions",
    "search",
    "discovery",
    "translations",
    "api",
    "pagecache",
    "staff",
    "demo",
    "bench",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "charity.middleware.cross_origin_resource_policy",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pagecache.middleware.PageCacheMiddleware",
    # Inside the page cache, so that a kept page keeps its policy (and never an editor's: see charity/security.py).
    "charity.security.ContentSecurityPolicyMiddleware",
    "charity.middleware.lookups_once_per_request",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "charity.middleware.LanguagePrefixMiddleware",
    "pagecache.routes.RememberedRoutesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wagtail_2fa.middleware.VerifyUserMiddleware",
    "staff.middleware.AdminIdleTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "charity.middleware.private_when_csrf_token_used",
    # Last, as django-axes asks: it turns a locked-out sign-in into its answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "charity.urls"
WSGI_APPLICATION = "charity.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "charity.context_processors.site_name",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL (psycopg 3).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Staff accounts (docs/staff-accounts.md). django-axes checks every sign-in first: after
# AXES_FAILURE_LIMIT failures for one username (known or not, so that the answer says nothing about
# which exist) or from one client address, sign-ins are refused for AXES_COOLOFF_TIME, or until an
# administrator unlocks them. The attempts are kept in the database, which every process shares.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "charity.ratelimit.client_ip"
AXES_LOCKOUT_TEMPLATE = "staff/too_many_attempts.html"
# The attempts log is the record of failures that a lockout needs; successful sign-ins are not kept.
AXES_DISABLE_ACCESS_LOG = True
# A second factor (TOTP, with recovery codes) for everyone who can reach the admin: on in production,
# off elsewhere so that `make run` and the browser journeys sign in with a password alone.
WAGTAIL_2FA_REQUIRED = False
# The admin signs out after this long without a request of the editor's own (the editing session's
# ping does not count).
ADMIN_IDLE_TIMEOUT_SECONDS = 30 * 60
# Requests per client address and per hour to the admin's password reset, and failed passwords per client
# address and per hour on the form of a page that a shared password protects.
STAFF_PASSWORD_RESETS_PER_CLIENT = 5
STAFF_PASSWORD_RESETS_PER_EMAIL = 3
PRIVATE_PAGE_PASSWORD_FAILURES_PER_CLIENT = 10

# French first: the default language, and the one `/` falls back to when the browser asks for neither.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
# An explicit choice made with the language switcher, kept for a year.
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
# A CDN or object storage in front of uploads: MEDIA_URL=https://media.example.org/ (the policy below allows it).
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Django serves uploads itself only where no front web server does (DEBUG, the browser tests' server).
SERVE_MEDIA = False

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Imagine for Margo"
# One page tree per language, translated side by side with wagtail-localize.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A new translation starts as a draft: the French text must not go live on the English site before
# the translator publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database search; on PostgreSQL each language is indexed and searched with its own stemming
# (search/backends.py). Run `manage.py update_index` after changing SEARCH_CONFIGS.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends", "SEARCH_CONFIGS": {"fr": "french", "en": "english"}}
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "csv", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# The page cache for anonymous visitors (pagecache/): PAGE_CACHE=off turns it off. Purges are exact, so
# responses may be kept long; a CDN in front keeps them briefly, and gets the same purges when
# WAGTAILFRONTENDCACHE is set (see production.py).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "on").lower() != "off"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(24 * 3600)))
# Parts of pages (their head, language links, breadcrumbs and content), kept for everyone including
# editors and purged with the page (pagecache/templatetags/page_fragments.py); on and off with the page cache.
PAGE_FRAGMENTS_ENABLED = PAGE_CACHE_ENABLED
CDN_CACHE_SECONDS = int(os.environ.get("CDN_CACHE_SECONDS", "60"))
CDN_STALE_SECONDS = int(os.environ.get("CDN_STALE_SECONDS", "30"))

# Listings
PROGRAMS_PER_PAGE = 24
NEWS_PER_PAGE = 9
PUBLICATIONS_PER_PAGE = 12
SEARCH_RESULTS_PER_PAGE = 10

# Background tasks (Wagtail's own and the subscription emails) run at once, inside the process; production
# stores them in the database for its worker (see docs/deployment.md).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Following programs by email
SUBSCRIPTIONS_CONFIRMATION_MAX_AGE = 7 * 24 * 3600  # seconds a confirmation link stays valid
SUBSCRIPTIONS_RATE_PER_EMAIL = 5  # sign-up requests per address and per hour
SUBSCRIPTIONS_RATE_PER_CLIENT = 20  # sign-up requests per client address and per hour
# Proxies in front of Django that append the client's address to X-Forwarded-For; 0 trusts none of it.
SUBSCRIPTIONS_TRUSTED_PROXIES = int(os.environ.get("DJANGO_TRUSTED_PROXIES", "0"))
SUBSCRIPTIONS_BATCH_SIZE = 50  # news emails sent over one mail server connection
SUBSCRIPTIONS_SEND_ATTEMPTS = 3  # tries for each batch, within one run of the task
SUBSCRIPTIONS_RETRY_DELAY = 2  # seconds before the second try, twice that before the third
SUBSCRIPTIONS_TASK_ATTEMPTS = 3  # runs of the task for what is still unsent (where the worker can defer them)
SUBSCRIPTIONS_TASK_RETRY_DELAY = 600  # seconds before the second run, twice that before the third

# Headers. Production adds HSTS, secure cookies and the SSL redirect (production.py); these hold everywhere,
# so that the browser tests and Lighthouse run under the policy that visitors get. Reasons: docs/security.md.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Read by charity.middleware.cross_origin_resource_policy: other sites may not embed what this one serves.
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True

# The only players whose iframes the site writes (charity/embeds.py).
EMBED_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
_media = urlsplit(MEDIA_URL)
MEDIA_ORIGINS = [f"{_media.scheme}://{_media.netloc}"] if _media.netloc else []

# The public site: scripts and styles from the site's own files only, never inline, and no nonce (whole
# pages are kept by the page cache and shared between visitors).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *MEDIA_ORIGINS],
        "media-src": [SELF, *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "frame-src": EMBED_PLAYER_ORIGINS,
        "worker-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin, its previews, and pages seen by a signed-in editor (the userbar): Wagtail still
# writes inline scripts and styles there. Such responses are never kept by the page cache.
EDITOR_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
    "font-src": [SELF, "data:"],
    # Wagtail's admin checks for new releases.
    "connect-src": [SELF, "https://releases.wagtail.org"],
    "frame-src": [SELF, *EMBED_PLAYER_ORIGINS],
    "worker-src": [SELF, "blob:"],
    # The live preview frames the page being edited.
    "frame-ancestors": [SELF],
}
# Editors' avatars stay on the site: Gravatar would learn a hash of each editor's address on every screen.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Powerful browser features that no page of the site uses are refused to it and to the frames it embeds.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "serial": [],
    "usb": [],
    "browsing-topics": [],
}

# YouTube and Vimeo only, written as their privacy-friendly players (charity/embeds.py).
WAGTAILEMBEDS_FINDERS = [{"class": "charity.embeds"}]

# Where vulnerabilities are reported (/.well-known/security.txt): an address or a web form, with its scheme.
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT") or f"mailto:security@{urlsplit(WAGTAILADMIN_BASE_URL).hostname}"
