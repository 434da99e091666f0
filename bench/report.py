"""The benchmark's figures as text: what was measured, on what, then one table per kind of figure."""

from statistics import mean

# Hello-world is measured before the pages and again after them: the ratios are to the mean of the two, and
# two figures far apart say that the machine's load changed during the run.
HELLO_WORLD = "hello world"
HELLO_WORLD_AGAIN = "hello world, again"
# A latency this close to the run's length is bounded by it: wrk sees no request that outlasts the run.
BOUNDED_SHARE_OF_RUN = 0.9


def format_results(results: dict) -> str:
    settings = results["settings"]
    content = ", ".join(f"{count:,} {kind}" for kind, count in results["content_counts"].items())
    lines = [
        f"Benchmark of {results['date']} on {results['database']}",
        f"Content: {results['content']}; in French, {content}",
        f"Machine: {results['machine']}",
        "",
        f"In process, through Django's test client: SQL queries; render time, the median of {settings['renders']} "
        "requests.",
        "Cold: first request after the caches are cleared. Warm: the next one. Caches off: PAGE_CACHE=off and "
        "no Django cache.",
        "",
        *in_process_table(results["in_process"], settings["renders"]),
    ]
    for mode, page_cache in (("cached", "on"), ("uncached", "off")):
        lines += [
            "",
            f"Through gunicorn ({settings['workers']} sync workers, cache: {settings['cache']}), {mode}: "
            f"PAGE_CACHE={page_cache}; wrk, {settings['seconds']} s a run.",
            "× hello: the page's requests per second as a share of hello-world's; its p99 as a multiple of "
            "hello-world's.",
            "",
            *load_table(results["load"][mode], settings["connections"], settings["seconds"]),
        ]
    lines += ["", "Addresses:", *(f"  {name:<14} {figures['url']}" for name, figures in pages(results).items())]
    errors = load_errors(results["load"])
    if errors:
        lines += ["", "Errors (socket errors, timeouts, answers other than 2xx and 3xx):", *errors]
    return "\n".join(lines)


def pages(results: dict) -> dict:
    return results["in_process"]["cached"]


def in_process_table(in_process: dict, renders: int) -> list[str]:
    cached, uncached = in_process["cached"], in_process["uncached"]
    headers = ["page type", "SQL cold", "SQL warm", "SQL caches off", "render ms", "render ms caches off"]
    rows = [
        [
            name,
            str(figures["cold_queries"]),
            str(figures["warm_queries"]),
            str(uncached[name]["warm_queries"]),
            render_time(figures, renders),
            render_time(uncached[name], renders),
        ]
        for name, figures in cached.items()
    ]
    return table(headers, rows)


def render_time(figures: dict, renders: int) -> str:
    """The median render time, with the number of requests it comes from when time cut them short."""
    median = f"{figures['render_ms']:.1f}"
    return median if figures["renders"] == renders else f"{median} (of {figures['renders']})"


def load_table(load: dict, connections: list[int], seconds: int) -> list[str]:
    headers = ["page type"]
    for count in connections:
        headers += [f"c{count} req/s", "× hello", "p50 ms", "p99 ms", "p99 × hello"]
    hello = hello_world_reference(load)
    bounded_ms = BOUNDED_SHARE_OF_RUN * seconds * 1000
    rows = []
    for name, address in load.items():
        if address["skipped"]:
            continue
        row = [name]
        for figures in address["runs"]:
            reference = hello[figures["connections"]]
            row += [
                f"{figures['requests_per_second']:.1f}",
                ratio(figures["requests_per_second"], reference["requests_per_second"], 3),
                f"{figures['p50_ms']:.1f}",
                f"{figures['p99_ms']:.1f}" + ("*" if figures["p99_ms"] >= bounded_ms else ""),
                ratio(figures["p99_ms"], reference["p99_ms"], 1),
            ]
        rows.append(row)
    lines = table(headers, rows)
    if any(cell.endswith("*") for row in rows for cell in row):
        lines.append(f"* at least: close to the run's {seconds} s, which bounds the latencies wrk sees.")
    skipped = [f"  {name}: {address['skipped']}" for name, address in load.items() if address["skipped"]]
    return lines + (["Not run under load, too slow:", *skipped] if skipped else [])


def hello_world_reference(load: dict) -> dict[int, dict[str, float]]:
    """By number of connections: hello-world's req/s and p99, the mean of its runs before and after the pages."""
    runs = [figures for name in (HELLO_WORLD, HELLO_WORLD_AGAIN) if name in load for figures in load[name]["runs"]]
    return {
        connections: {
            figure: mean(run[figure] for run in runs if run["connections"] == connections)
            for figure in ("requests_per_second", "p99_ms")
        }
        for connections in {run["connections"] for run in runs}
    }


def ratio(value: float, reference: float, digits: int) -> str:
    return f"{value / reference:.{digits}f}" if reference else "-"


def load_errors(load: dict) -> list[str]:
    return [
        f"  {mode}, {name}, {figures['connections']} connections: {figures['errors']} of {figures['requests']}"
        for mode, runs_by_page in load.items()
        for name, address in runs_by_page.items()
        for figures in address["runs"]
        if figures["errors"]
    ]


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """Columns as wide as their widest cell; the first aligned left, the figures right."""
    widths = [max(len(row[column]) for row in [headers, *rows]) for column in range(len(headers))]

    def line(cells):
        first, *figures = cells
        aligned = (cell.rjust(width) for cell, width in zip(figures, widths[1:], strict=True))
        return "  ".join([first.ljust(widths[0]), *aligned])

    return [line(headers), *(line(row) for row in rows)]
