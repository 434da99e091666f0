from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in


class StaffConfig(AppConfig):
    name = "staff"
    verbose_name = "Staff accounts"

    def ready(self):
        from staff.middleware import admin_activity_starts

        user_logged_in.connect(admin_activity_starts, dispatch_uid="staff_admin_activity_starts")
