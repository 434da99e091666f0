"""`python -m bench` (`make bench`): build the site, measure every page type in process and through gunicorn,
print the figures and keep them (results.txt and results.json beside the site, in .bench/).

BENCH_SECONDS (3), BENCH_RENDERS (10) and BENCH_CONNECTIONS (8,32) set the length of each load run, the
requests whose median is the render time, and the connections of the load runs. See docs/performance.md.
"""

import argparse
import json
import os
import platform
import sys
import time
from datetime import datetime

from bench.load import LoadToolMissing, ensure_wrk
from bench.redis_cache import answering_redis_url, forget_keys
from bench.report import HELLO_WORLD, HELLO_WORLD_AGAIN, format_results
from bench.server import WORKERS, ServerError, serve
from bench.site import BenchSite, BuildError
from bench.throughput import LoadPlan, measure_addresses
from bench.views import HELLO_WORLD_PATH

# In process: the caches as in production (a memory cache stands for Redis: the queries are the same), or none.
IN_PROCESS_MODES = {
    "cached": {"PAGE_CACHE": "on", "BENCH_CACHE": "memory"},
    "uncached": {"PAGE_CACHE": "off", "BENCH_CACHE": "off"},
}
SERVED_MODES = {"cached": "on", "uncached": "off"}


def arguments(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", action="store_true", help="add the example content at scale to the demo content")
    parser.add_argument(
        "--seconds",
        type=int,
        default=int(os.environ.get("BENCH_SECONDS") or 3),
        help="length of each load run, and the most time spent on one page's renders (BENCH_SECONDS, 3)",
    )
    parser.add_argument(
        "--renders",
        type=int,
        default=int(os.environ.get("BENCH_RENDERS") or 10),
        help="requests whose median is the render time (BENCH_RENDERS, 10)",
    )
    parser.add_argument(
        "--connections",
        default=os.environ.get("BENCH_CONNECTIONS") or "8,32",
        help="connections of the load runs, comma-separated (BENCH_CONNECTIONS, 8,32)",
    )
    return parser.parse_args(argv)


def main(argv=None) -> int:
    options = arguments(argv)
    site = BenchSite.from_environment(scale=options.scale)
    try:
        results = measure(site, options)
    except (LoadToolMissing, BuildError, ServerError) as error:
        print(error, file=sys.stderr)
        return 1
    text = format_results(results)
    print(text)
    (site.workdir / "results.txt").write_text(text + "\n")
    (site.workdir / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


def measure(site: BenchSite, options) -> dict:
    connections = [int(count) for count in options.connections.split(",")]
    wrk = ensure_wrk()
    say(f"Building the site in {site.workdir} (log: {site.log_path})")
    site.build()
    in_process = {}
    for mode, variables in IN_PROCESS_MODES.items():
        say(f"Measuring in process, {mode}")
        in_process[mode] = site.measure_in_process(options.renders, options.seconds, **variables)
    paths = {HELLO_WORLD: HELLO_WORLD_PATH}
    paths |= {name: figures["url"] for name, figures in in_process["cached"]["pages"].items()}
    paths[HELLO_WORLD_AGAIN] = HELLO_WORLD_PATH
    redis_url = answering_redis_url()
    plan = LoadPlan(wrk, options.seconds, connections)
    load = {mode: measure_load(site, paths, page_cache, redis_url, plan) for mode, page_cache in SERVED_MODES.items()}
    return {
        "date": datetime.now().astimezone().isoformat(timespec="minutes"),
        "machine": f"{len(os.sched_getaffinity(0))} CPUs, {platform.platform()}, Python {platform.python_version()}",
        "database": site.database,
        "content": "the demo's and the example content at scale" if options.scale else "the demo's",
        "content_counts": in_process["cached"]["content"],
        "settings": {
            "seconds": options.seconds,
            "renders": options.renders,
            "connections": connections,
            "workers": WORKERS,
            "cache": "Redis" if redis_url else "memory, per worker (no Redis answered)",
        },
        "in_process": {mode: figures["pages"] for mode, figures in in_process.items()},
        "load": load,
    }


def measure_load(site: BenchSite, paths: dict[str, str], page_cache: str, redis_url: str | None, plan: LoadPlan):
    say(f"Serving with gunicorn, PAGE_CACHE={page_cache}: {len(paths)} addresses, {plan.connections} connections")
    variables = {"PAGE_CACHE": page_cache}
    if redis_url:
        variables |= {"REDIS_URL": redis_url, "BENCH_CACHE_PREFIX": f"bench-{os.getpid()}-{time.time_ns()}"}
    try:
        with serve(site.environment(**variables), site.log_path, HELLO_WORLD_PATH) as server:
            return measure_addresses(server, paths, plan)
    finally:
        if redis_url:
            forget_keys(redis_url, variables["BENCH_CACHE_PREFIX"])


def say(message: str) -> None:
    print(f"== {message}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
