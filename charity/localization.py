"""What each language sees: one page tree per language, and listings drawn from the one being read."""

from wagtail.models import Locale


def live_in_active_language(model):
    """The live, public pages of `model` in the language of the request (or of the page) being served."""
    return model.objects.live().public().filter(locale=Locale.get_active())
