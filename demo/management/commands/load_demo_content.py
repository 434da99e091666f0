from django.core.management.base import BaseCommand
from django.db import transaction

from charity.signal_handlers import renditions_drawn_on_first_visit
from demo.site import DemoSite, home_page_exists


class Command(BaseCommand):
    help = (
        "Build or update the demo site: pages, snippets, images, documents and settings. "
        "Running it again updates the same objects instead of adding new ones."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the site already has a home page, so that existing content is kept.",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and home_page_exists():
            self.stdout.write("A home page already exists: demo content not loaded.")
            return
        demo = DemoSite()
        with transaction.atomic(), renditions_drawn_on_first_visit():
            demo.build()
        summary = ", ".join(f"{count} {label}" for label, count in sorted(demo.counts.items()))
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {summary}."))
