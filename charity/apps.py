from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CharityConfig(AppConfig):
    name = "charity"
    verbose_name = "Charity"

    def ready(self):
        from wagtail.models import Locale, PageViewRestriction
        from wagtail.signals import post_page_move

        from charity import signal_handlers
        from charity.published import forget_locales, forget_restricted_sections, forget_restricted_sections_for_alias

        post_save.connect(forget_restricted_sections, sender=PageViewRestriction, dispatch_uid="restriction_saved")
        post_delete.connect(forget_restricted_sections, sender=PageViewRestriction, dispatch_uid="restriction_deleted")
        # Aliases of restricted pages are restricted too; a move changes the sections' paths.
        post_save.connect(forget_restricted_sections_for_alias, dispatch_uid="alias_saved")
        post_page_move.connect(forget_restricted_sections, dispatch_uid="page_moved_restrictions")
        post_save.connect(forget_locales, sender=Locale, dispatch_uid="locale_saved")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="locale_deleted")
        signal_handlers.register()
