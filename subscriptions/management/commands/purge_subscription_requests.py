from django.conf import settings
from django.core.management.base import BaseCommand

from subscriptions.services import purge_unconfirmed


class Command(BaseCommand):
    help = "Delete subscription requests never confirmed before their link expired."

    def handle(self, *args, **options):
        follows, subscribers = purge_unconfirmed(settings.SUBSCRIPTIONS_CONFIRMATION_MAX_AGE)
        self.stdout.write(f"Deleted {follows} unconfirmed follows and {subscribers} subscribers.")
