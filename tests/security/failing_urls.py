"""A view that fails, for the tests of what a server error answers."""

from django.urls import path


def fails(request):
    raise RuntimeError("a server error, on purpose")


urlpatterns = [path("fails/", fails)]
handler500 = "charity.views.server_error"
