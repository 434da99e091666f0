"""Development only: an admin account with a generated password, kept in an ignored local file."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


def password_file() -> Path:
    return Path(settings.BASE_DIR) / ".dev-admin-password"


class Command(BaseCommand):
    help = "Create the development admin account on first run and print its credentials (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on: production never creates accounts.")

        User = get_user_model()
        stored = password_file()
        password = stored.read_text().strip() if stored.exists() else ""
        user = User.objects.filter(username=USERNAME).first()

        if user is None or not password or not user.check_password(password):
            password = secrets.token_urlsafe(16)
            if user is None:
                user = User.objects.create_superuser(USERNAME, email="", password=password)
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
            stored.write_text(password + "\n")
            stored.chmod(0o600)

        self.stdout.write(
            self.style.SUCCESS(
                f"Wagtail admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  user: {USERNAME}  password: {password}"
                f"  (stored in {stored.name}, not committed)"
            )
        )
