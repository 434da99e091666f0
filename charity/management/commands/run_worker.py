"""The production worker: runs queued background tasks, and publishes scheduled pages every minute
so that no cron job has to be remembered for it."""

import logging
import threading
from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connections

logger = logging.getLogger(__name__)

# Management commands run in the background, each with the seconds between two runs.
PERIODIC_COMMANDS = [
    ("publish_scheduled", 60),
    ("purge_subscription_requests", 3600),
]


def run_periodically(name: str, interval: float, stop: threading.Event) -> None:
    """Run a command now and then every `interval` seconds until `stop` is set; a failure is logged
    and the next run happens as planned."""
    while not stop.is_set():
        output = StringIO()
        try:
            call_command(name, stdout=output)
        except Exception:
            logger.exception("%s failed", name)
        else:
            logger.debug("%s: %s", name, output.getvalue().strip())
        finally:
            # This thread's own connection: closed, so that a database restart costs one run at most.
            connections.close_all()
        stop.wait(interval)


class Command(BaseCommand):
    help = "Run the task worker (db_worker), and the periodic commands (publish_scheduled every minute)."

    def add_arguments(self, parser):
        parser.add_argument("--no-periodic", action="store_true", help="Run the task worker alone.")

    def handle(self, *args, **options):
        stop = threading.Event()
        if not options["no_periodic"]:
            for name, interval in PERIODIC_COMMANDS:
                threading.Thread(target=run_periodically, args=(name, interval, stop), name=name, daemon=True).start()
        try:
            # In the main thread: the worker handles SIGTERM to finish its current task cleanly.
            call_command("db_worker", verbosity=options["verbosity"])
        finally:
            stop.set()
