"""Every address under load through the served site, hello-world first, with wrk.

Each address is first requested a few times (the first requests of each worker compile templates, open the
database connection and fill the caches). A page whose second request still takes more than
SLOW_REQUEST_SECONDS is not run under load: at two workers, a few seconds of wrk would see a handful of answers,
and the server would still be busy with the rest minutes later. After each run, the next waits for the server
to finish the requests wrk left in it.
"""

import time
from dataclasses import dataclass

from bench.load import run_wrk
from bench.server import RunningServer, fetch

SLOW_REQUEST_SECONDS = 1.0
WARM_UP_REQUESTS = 4
# The server is idle once no request has ended for this long (or for twice a request's time, if longer).
QUIET_SECONDS = 0.5


@dataclass(frozen=True)
class LoadPlan:
    wrk: str
    seconds: int
    connections: list[int]


def measure_addresses(server: RunningServer, paths: dict[str, str], plan: LoadPlan) -> dict[str, dict]:
    """Per address: its load runs (one per number of connections), or why it has none."""
    return {name: measure_address(server, server.base_url + path, plan) for name, path in paths.items()}


def measure_address(server: RunningServer, url: str, plan: LoadPlan) -> dict:
    durations = []
    while len(durations) < WARM_UP_REQUESTS:
        started = time.perf_counter()
        fetch(url)
        durations.append(time.perf_counter() - started)
        if len(durations) == 2 and min(durations) > SLOW_REQUEST_SECONDS:
            return {"runs": [], "skipped": f"one request takes {min(durations):.1f} s"}
    quiet_seconds = max(QUIET_SECONDS, 2 * min(durations))
    runs = []
    for connections in plan.connections:
        runs.append(run_wrk(plan.wrk, url, connections, plan.seconds).as_dict())
        server.wait_until_idle(quiet_seconds)
    return {"runs": runs, "skipped": ""}
