"""The Content-Security-Policy of each response: strict for the public site, relaxed for editors.

The public policy (CONTENT_SECURITY_POLICY) allows no inline script or style and carries no nonce, so
that a page kept whole by the page cache is the same for every visitor. The Wagtail admin, its previews
and the pages a signed-in editor reads (with the userbar) still need inline scripts and styles: they get
EDITOR_CONTENT_SECURITY_POLICY, are never shared by a cache, and say so (`Cache-Control: private`).
"""

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.utils.cache import patch_cache_control

ADMIN_PREFIX = "/admin/"


def is_for_an_editor(request) -> bool:
    user = getattr(request, "user", None)
    return request.path_info.startswith(ADMIN_PREFIX) or bool(user and user.is_authenticated)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and is_for_an_editor(request):
            parts.config = settings.EDITOR_CONTENT_SECURITY_POLICY
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if is_for_an_editor(request):
            patch_cache_control(response, private=True)
        return response
