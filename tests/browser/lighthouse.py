"""Lighthouse on the main page types, mobile, against the demo site served as in production.

    python -m tests.browser.lighthouse [--reports DIR] [--no-write]

Each page is audited three times. Prints the scores, records them in docs/quality.md, and exits non-zero
when a page falls below a threshold: performance by the median of its runs (simulated mobile performance
varies with what else the machine is doing), accessibility, best practices and SEO in every run.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.browser.server import REPOSITORY, exit_on_sigterm, serve_demo_site
from tests.browser.support import CHROMIUM, CHROMIUM_ARGS, PAGE_TYPES

LIGHTHOUSE = REPOSITORY / "node_modules" / ".bin" / "lighthouse"
QUALITY_DOC = REPOSITORY / "docs" / "quality.md"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# Enforced: a score below these fails the run (and CI).
THRESHOLDS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
RUNS = 3
AUDITED_PAGES = ["home", "program", "cancer", "news", "donate", "home-en", "program-en"]
RUN_TIMEOUT = 180
ATTEMPTS = 3
HISTORY_LENGTH = 10
START_MARKER = "<!-- lighthouse:start (written by `make lighthouse`) -->"
END_MARKER = "<!-- lighthouse:end -->"


def audit(url: str, report_path: Path) -> dict:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    command = [
        str(LIGHTHOUSE),
        url,
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={report_path}",
        f"--chrome-flags={flags}",
        "--max-wait-for-load=45000",
        "--quiet",
    ]
    for attempt in range(1, ATTEMPTS + 1):
        finished = subprocess.run(command, env={**os.environ, "CHROME_PATH": str(CHROMIUM)}, timeout=RUN_TIMEOUT)
        if finished.returncode == 0:
            break
        # Lighthouse now and then fails to record a page load's trace (NO_NAVSTART, NO_FCP): run it again.
        print(f"  Lighthouse stopped with status {finished.returncode} (attempt {attempt} of {ATTEMPTS})", flush=True)
    else:
        raise RuntimeError(f"Lighthouse failed {ATTEMPTS} times on {url}")
    report = json.loads(report_path.read_text())
    scores = {category: round(report["categories"][category]["score"] * 100) for category in CATEGORIES}
    failing = {
        category: [
            f"{reference['id']} ({report['audits'][reference['id']]['score']})"
            for reference in report["categories"][category]["auditRefs"]
            if reference["weight"] > 0 and (report["audits"][reference["id"]]["score"] or 0) < 1
        ]
        for category in CATEGORIES
    }
    return {"scores": scores, "failing": failing, "lighthouse": report["lighthouseVersion"]}


def audit_runs(url: str, reports: Path, page: str) -> dict:
    """The page's scores over RUNS audits: the median for performance, the lowest for the other categories."""
    runs = [audit(url, reports / f"{page}-{number}.json") for number in range(1, RUNS + 1)]
    performances = [run["scores"]["performance"] for run in runs]
    median_run = sorted(runs, key=lambda run: run["scores"]["performance"])[len(runs) // 2]
    scores = {category: min(run["scores"][category] for run in runs) for category in CATEGORIES}
    scores["performance"] = round(statistics.median(performances))
    failing = {
        category: sorted({audit for run in runs for audit in run["failing"][category]}) for category in CATEGORIES
    }
    failing["performance"] = median_run["failing"]["performance"]
    return {"scores": scores, "performance_runs": performances, "failing": failing, "lighthouse": runs[0]["lighthouse"]}


def below_thresholds(results: dict[str, dict]) -> list[str]:
    return [
        f"{page}: {category} {result['scores'][category]} < {minimum} (failing audits: "
        f"{', '.join(result['failing'][category]) or 'none'})"
        for page, result in results.items()
        for category, minimum in THRESHOLDS.items()
        if result["scores"][category] < minimum
    ]


def table(results: dict[str, dict]) -> str:
    lines = ["| page | address | performance | accessibility | best practices | SEO |", "|---|---|---|---|---|---|"]
    for page, result in results.items():
        scores = result["scores"]
        lines.append(
            f"| {page} | `{result['path']}` | {scores['performance']} "
            f"({', '.join(str(score) for score in result['performance_runs'])}) | {scores['accessibility']} "
            f"| {scores['best-practices']} | {scores['seo']} |"
        )
    return "\n".join(lines)


def previous_history(document: str) -> list[str]:
    block = document.split(START_MARKER, 1)[-1].split(END_MARKER, 1)[0]
    history = block.split("Performance, run by run", 1)[-1] if "Performance, run by run" in block else ""
    # Runs over another set of pages than today's do not compare: only those over the same pages are kept.
    columns = len(AUDITED_PAGES) + 2
    return [line for line in history.splitlines() if line.startswith("| 20") and line.count("|") == columns]


def quality_block(results: dict[str, dict], when: datetime, duration: float, history: list[str]) -> str:
    version = next(iter(results.values()))["lighthouse"]
    performance = " | ".join(str(results[page]["scores"]["performance"]) for page in AUDITED_PAGES)
    run_line = f"| {when:%Y-%m-%d %H:%M} UTC | {performance} |"
    history = [run_line, *history][:HISTORY_LENGTH]
    thresholds = ", ".join(f"{category} ≥ {minimum}" for category, minimum in THRESHOLDS.items())
    return "\n".join(
        [
            START_MARKER,
            f"Latest run: {when:%Y-%m-%d %H:%M} UTC, Lighthouse {version}, mobile preset, on a machine with "
            f"{os.cpu_count()} CPUs, {duration:.0f} s in all (server start included).",
            "",
            table(results),
            "",
            f"Enforced: {thresholds}; performance as the median of {RUNS} runs (each run in brackets), the "
            "other categories in every run.",
            "",
            "Performance, run by run (newest first):",
            "",
            "| run | " + " | ".join(AUDITED_PAGES) + " |",
            "|---|" + "---|" * len(AUDITED_PAGES),
            *history,
            END_MARKER,
        ]
    )


def record(results: dict[str, dict], when: datetime, duration: float) -> None:
    document = QUALITY_DOC.read_text() if QUALITY_DOC.exists() else f"# Quality\n\n{START_MARKER}\n{END_MARKER}\n"
    if START_MARKER not in document:
        document += f"\n## Lighthouse scores\n\n{START_MARKER}\n{END_MARKER}\n"
    before, rest = document.split(START_MARKER, 1)
    after = rest.split(END_MARKER, 1)[1]
    block = quality_block(results, when, duration, previous_history(document))
    QUALITY_DOC.write_text(before + block + after)


def main() -> int:
    exit_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, help="keep each page's JSON report in this directory")
    parser.add_argument("--no-write", action="store_true", help="do not record the scores in docs/quality.md")
    arguments = parser.parse_args()
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE.relative_to(REPOSITORY)} is missing: run `npm ci` (or `make install`).", file=sys.stderr)
        return 2
    if not CHROMIUM.exists():
        print(f"Chromium not found at {CHROMIUM}: install Debian's chromium package.", file=sys.stderr)
        return 2

    paths = {page_type.name: page_type.path for page_type in PAGE_TYPES}
    started = time.monotonic()
    results = {}
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as workdir:
        reports = arguments.reports or Path(workdir) / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        with serve_demo_site(Path(workdir) / "site") as site:
            for page in AUDITED_PAGES:
                print(f"Lighthouse: {page} ({paths[page]})", flush=True)
                results[page] = {**audit_runs(site.url(paths[page]), reports, page), "path": paths[page]}
    duration = time.monotonic() - started

    print()
    print(table(results))
    if not arguments.no_write:
        record(results, datetime.now(UTC), duration)
        print(f"\nScores recorded in {QUALITY_DOC.relative_to(REPOSITORY)}")

    failures = below_thresholds(results)
    if failures:
        print("\nBelow the thresholds:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print(f"\nAll pages hold the thresholds ({duration:.0f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
