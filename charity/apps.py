from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CharityConfig(AppConfig):
    name = "charity"
    verbose_name = "Charity"

    def ready(self):
        from wagtail.models import Locale, PageViewRestriction

        from charity.published import forget_locales, forget_restricted_sections

        post_save.connect(forget_restricted_sections, sender=PageViewRestriction, dispatch_uid="restriction_saved")
        post_delete.connect(forget_restricted_sections, sender=PageViewRestriction, dispatch_uid="restriction_deleted")
        post_save.connect(forget_locales, sender=Locale, dispatch_uid="locale_saved")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="locale_deleted")
