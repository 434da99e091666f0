from django.utils.cache import patch_cache_control


def private_when_csrf_token_used(get_response):
    """A response that carries a CSRF token (a page with a POST form) belongs to one visitor: shared
    caches must not hand it to the next one, whose form would then fail. It must come after
    CsrfViewMiddleware in MIDDLEWARE: that one clears the flag read here on the way out."""

    def middleware(request):
        response = get_response(request)
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            patch_cache_control(response, private=True)
        return response

    return middleware
