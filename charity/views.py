from datetime import date

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_POST

from wagtail.models import Locale

from charity import tax
from charity.forms import TaxCalculatorForm
from charity.models import DonatePage
from charity.origins import same_origin_posts
from discovery.alternates import homes_by_language


def page_not_found(request, exception=None, explanation=""):
    """The site's 404, in the language of its prefix; its language switcher leads to the other language's
    home page, as there is no telling where the missing page would be."""
    context = {
        "view_title": gettext("Page not found"),
        "view_description": gettext("This page could not be found."),
        "explanation": explanation,
        "versions_by_language": homes_by_language(request),
    }
    return render(request, "404.html", context, status=404)


@requires_csrf_token
def server_error(request):
    # Rendered without the site's context processors' database work: the failure may be the database.
    return render(request, "500.html", status=500)


@never_cache
def choose_language(request, language_code):
    """The language switcher's link: remember the visitor's choice, then show the page they asked for.

    `next` is the translation of the page they were reading; anywhere off this site is refused in
    favour of the chosen language's home page.
    """
    if language_code not in dict(settings.LANGUAGES):
        return page_not_found(request, explanation=gettext("This site is in French and English only."))
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = f"/{language_code}/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
    )
    return response


def wants_a_page(request) -> bool:
    """A browser sending the form itself (no JavaScript) asks for HTML; the script asks for JSON."""
    return "text/html" in request.headers.get("Accept", "")


@never_cache
@same_origin_posts
@require_POST
def tax_reduction(request):
    """The donate page's calculator: its form's fields in, the figures out, calculated by charity.tax.
    Nothing is stored, and nothing is in the address (an income would be in every access log).

    The script asks as the donor types and gets JSON; the form sent without JavaScript gets the donate
    page of the language, showing the result or what to correct. Without a CSRF token, so that the
    donate page can be cached for everyone (see charity.origins).
    """
    # A file sent along would otherwise be written to a temporary file while the body is read.
    request.upload_handlers = []
    if wants_a_page(request):
        page = DonatePage.objects.live().public().filter(locale=Locale.get_active()).first()
        if page is None:
            return page_not_found(request)
        response = page.serve(request)
        if response.context_data["calculator_form"].errors:
            response.status_code = 400
        return response
    form = TaxCalculatorForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    result = tax.tax_reduction(**form.cleaned_data)
    return JsonResponse(
        {
            "gift": f"{result.gift:f}",
            "reduction": f"{result.reduction:f}",
            "net_cost": f"{result.net_cost:f}",
            "carried_over_gift": f"{result.carried_over_gift:f}",
            "carry_over_years": result.rule.carry_over_years,
        }
    )


def security_txt(request):
    """/.well-known/security.txt (RFC 9116): whom to tell about a vulnerability, and how (docs/security.md).

    It expires a year after the first day of the current month: always valid while the site runs, and the
    same for a whole month, so that the page cache may keep it."""
    first_of_month = date.today().replace(day=1)
    expires = first_of_month.replace(year=first_of_month.year + 1)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.isoformat()}T00:00:00.000Z",
        "Preferred-Languages: fr, en",
        f"Canonical: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
