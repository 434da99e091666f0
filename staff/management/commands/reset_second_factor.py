"""An administrator's way back in for someone who lost their phone and their recovery codes."""

from django_otp import devices_for_user

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Remove every second-factor device (authenticator apps, recovery codes) of a user, who then sets up "
        "a new one at their next sign-in. Check who is asking first."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        devices = list(devices_for_user(user, confirmed=None))
        for device in devices:
            device.delete()
        self.stdout.write(f"Removed {len(devices)} second-factor device(s) of {username}.")
