import time

from django.core.management.base import BaseCommand
from django.db import transaction

from bench.scale import Sizes, build_scale_data, example_content_exists


class Command(BaseCommand):
    help = (
        "Add example content at scale, in French and English, under the index pages of the demo site: "
        "news, publications, programs and cancers, titled and written as example content. For the benchmark."
    )

    def add_arguments(self, parser):
        defaults = Sizes()
        for kind in ("news", "publications", "programs", "cancers"):
            parser.add_argument(
                f"--{kind}",
                type=int,
                default=getattr(defaults, kind),
                help=f"How many {kind} in each language (default {getattr(defaults, kind):,}).",
            )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the example content is already there.",
        )

    def handle(self, *args, news, publications, programs, cancers, if_empty=False, **options):
        if if_empty and example_content_exists():
            self.stdout.write("The example content is already there: nothing added.")
            return
        started = time.perf_counter()
        sizes = Sizes(news=news, publications=publications, programs=programs, cancers=cancers)
        with transaction.atomic():
            counts = build_scale_data(sizes)
        summary = ", ".join(f"{count:,} {kind}" for kind, count in counts.items())
        elapsed = time.perf_counter() - started
        self.stdout.write(self.style.SUCCESS(f"Example content added in both languages: {summary} ({elapsed:.0f} s)."))
