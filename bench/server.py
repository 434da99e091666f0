"""The site served as production serves it: gunicorn with docker/gunicorn.conf.py, sync workers, on a free port.

Two differences, both for the sake of the measure: two workers whatever the number of CPUs (the figures of one
machine compare with another's), and no recycling of workers after a number of requests (production's
`max_requests`), which at a thousand requests a second would restart a worker every second of the run.
"""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.site import REPOSITORY

WORKERS = 2
START_TIMEOUT = 60
STOP_TIMEOUT = 10
LONGEST_WAIT_UNTIL_IDLE = 300


class ServerError(RuntimeError):
    pass


@dataclass(frozen=True)
class RunningServer:
    base_url: str
    access_log: Path

    def wait_until_idle(self, quiet_seconds: float) -> None:
        """Wait until no request has ended for `quiet_seconds`: gunicorn logs each one as it ends.

        A sync worker finishes every request it has accepted, even once the client has gone: after a load run,
        as many requests as it had connections are still to be served before the next run may start.
        """
        deadline = time.monotonic() + LONGEST_WAIT_UNTIL_IDLE
        size = -1
        while size != self.access_log.stat().st_size and time.monotonic() < deadline:
            size = self.access_log.stat().st_size
            time.sleep(quiet_seconds)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serve(environment: dict[str, str], log_path: Path, ready_path: str) -> Iterator[RunningServer]:
    """Serve the site with gunicorn until the block ends, from the moment `ready_path` answers."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    access_log = log_path.with_name("access.log")
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        f"--config={REPOSITORY / 'docker' / 'gunicorn.conf.py'}",
        f"--bind=127.0.0.1:{port}",
        f"--workers={WORKERS}",
        "--worker-class=sync",
        "--max-requests=0",
        f"--access-logfile={access_log}",
        "charity.wsgi:application",
    ]
    with open(log_path, "a") as log:
        server = subprocess.Popen(command, cwd=REPOSITORY, env=environment, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until_answering(base_url + ready_path, server, log_path)
            yield RunningServer(base_url, access_log)
        finally:
            stop(server)


def wait_until_answering(url: str, server: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServerError(f"gunicorn stopped with status {server.returncode}; see {log_path}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise ServerError(f"gunicorn did not answer {url} within {START_TIMEOUT} s; see {log_path}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT)


def fetch(url: str) -> int:
    """One GET; its status (urllib raises on anything but a success)."""
    with urllib.request.urlopen(url, timeout=120) as response:
        response.read()
        return response.status
