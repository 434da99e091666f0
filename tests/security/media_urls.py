"""The media route of development and the browser tests' server alone, whatever SERVE_MEDIA says in the tests."""

from charity.urls import media_urlpatterns

urlpatterns = media_urlpatterns
