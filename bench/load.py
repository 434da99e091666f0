"""Throughput and latency through a real load tool: wrk, its figures read from its `--latency` report."""

import os
import re
import shutil
import subprocess
from dataclasses import asdict, dataclass

WRK_THREADS = 2
# Slow pages must be measured, not counted as errors: wrk's own timeout is 2 s.
WRK_TIMEOUT = "30s"
TO_MILLISECONDS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


class LoadToolMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class LoadFigures:
    connections: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    # Socket errors (connect, read, write, timeout) and answers other than 2xx or 3xx.
    errors: int

    def as_dict(self) -> dict:
        return asdict(self)


def ensure_wrk() -> str:
    """wrk's path; installed with apt-get where this process may (as root, or with sudo), as CI installs Chromium."""
    path = shutil.which("wrk")
    may_install = shutil.which("apt-get") and (os.geteuid() == 0 or shutil.which("sudo"))
    if path is None and may_install:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        print("wrk is missing: installing it with apt-get.", flush=True)
        subprocess.run([*sudo, "apt-get", "update", "-qq"], stdout=subprocess.DEVNULL, check=False)
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "wrk"], stdout=subprocess.DEVNULL, check=False)
        path = shutil.which("wrk")
    if path is None:
        raise LoadToolMissing(
            "The benchmark measures throughput with wrk: install it (Debian, Ubuntu: `sudo apt-get install wrk`; "
            "macOS: `brew install wrk`) and run it again."
        )
    return path


def run_wrk(wrk: str, url: str, connections: int, seconds: int) -> LoadFigures:
    arguments = [
        wrk,
        f"--threads={min(WRK_THREADS, connections)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        f"--timeout={WRK_TIMEOUT}",
        "--latency",
        url,
    ]
    report = subprocess.run(arguments, capture_output=True, text=True, check=True, timeout=seconds + 60).stdout
    return parse_wrk_report(report, connections)


def parse_wrk_report(report: str, connections: int) -> LoadFigures:
    def number(pattern: str) -> str:
        match = re.search(pattern, report, re.MULTILINE)
        if match is None:
            raise ValueError(f"wrk's report has no {pattern!r}:\n{report}")
        return match.group(1)

    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report, re.MULTILINE
    )
    errors = sum(int(count) for count in socket_errors.groups()) if socket_errors else 0
    non_success = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
    errors += int(non_success.group(1)) if non_success else 0
    return LoadFigures(
        connections=connections,
        requests_per_second=float(number(r"^Requests/sec:\s+([\d.]+)")),
        p50_ms=milliseconds(number(r"^\s+50%\s+(\S+)")),
        p99_ms=milliseconds(number(r"^\s+99%\s+(\S+)")),
        requests=int(number(r"^\s+(\d+) requests in")),
        errors=errors,
    )


def milliseconds(duration: str) -> float:
    """wrk's durations ("812.00us", "12.34ms", "1.20s", "1.05m") in milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", duration)
    if match is None:
        raise ValueError(f"Not a wrk duration: {duration!r}")
    return round(float(match.group(1)) * TO_MILLISECONDS[match.group(2)], 2)
