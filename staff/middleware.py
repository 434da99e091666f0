import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

# What the admin's pages ask for by themselves while they are open: not the editor's activity. Wagtail's
# editing sessions ping every few seconds from an open editor, and release the session when it closes.
PASSIVE_NAMESPACES = {"wagtailadmin_editing_sessions"}
LAST_ACTIVITY = "staff_admin_last_activity"


class AdminIdleTimeoutMiddleware:
    """Signs out an editor whose admin has seen no request of theirs for ADMIN_IDLE_TIMEOUT_SECONDS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated or not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        now = time.time()
        last_activity = request.session.get(LAST_ACTIVITY)
        if last_activity is not None and now - last_activity > settings.ADMIN_IDLE_TIMEOUT_SECONDS:
            logout(request)
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if last_activity is None or request.resolver_match.namespace not in PASSIVE_NAMESPACES:
            request.session[LAST_ACTIVITY] = now
        return None


def admin_activity_starts(sender, request, user, **kwargs):
    """A sign-in is activity: a timestamp left from before it must not sign the editor out at once."""
    request.session[LAST_ACTIVITY] = time.time()
