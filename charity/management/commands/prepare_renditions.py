"""Queue the drawing of every live page's renditions: after a change to the sizes (charity.images), so that
the worker draws them, not the pages' first visitors. Publishing a page queues its own."""

from django.core.management.base import BaseCommand

from wagtail.models import Page

from charity.signal_handlers import enqueue_renditions


class Command(BaseCommand):
    help = "Queue the drawing of the image renditions of every live page, for the worker."

    def handle(self, *args, **options):
        page_ids = list(Page.objects.live().exclude(depth=1).order_by("path").values_list("pk", flat=True))
        for page_id in page_ids:
            enqueue_renditions(page_id)
        self.stdout.write(f"Renditions queued for {len(page_ids)} pages.")
