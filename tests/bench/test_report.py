"""The figures as the benchmark prints them: every page beside hello-world, as ratios too."""

from bench.report import format_results


def run(connections, requests_per_second, p99_ms, errors=0):
    return {
        "connections": connections,
        "requests_per_second": requests_per_second,
        "p50_ms": p99_ms / 2,
        "p99_ms": p99_ms,
        "requests": 100,
        "errors": errors,
    }


def address(url, cold, warm, render_ms, renders=10):
    return {"url": url, "cold_queries": cold, "warm_queries": warm, "render_ms": render_ms, "renders": renders}


def served(home_errors=0):
    return {
        "hello world": {"runs": [run(8, 900.0, 8.0), run(32, 1100.0, 30.0)], "skipped": ""},
        "home": {"runs": [run(8, 250.0, 50.0), run(32, 300.0, 400.0, home_errors)], "skipped": ""},
        "feed": {"runs": [run(8, 10.0, 900.0), run(32, 10.0, 2950.0)], "skipped": ""},
        "sitemap": {"runs": [], "skipped": "one request takes 8.3 s"},
        "hello world, again": {"runs": [run(8, 1100.0, 12.0), run(32, 1300.0, 50.0)], "skipped": ""},
    }


RESULTS = {
    "date": "2025-12-02T10:00+01:00",
    "machine": "2 CPUs, Linux, Python 3.11.7",
    "database": "SQLite (db.sqlite3)",
    "content": "demo",
    "content_counts": {"programs": 15, "news": 14},
    "settings": {"seconds": 3, "renders": 10, "connections": [8, 32], "workers": 2, "cache": "Redis"},
    "in_process": {
        "cached": {"home": address("/fr/", 53, 12, 50.0), "sitemap": address("/sitemap.xml", 19, 17, 8300.0, 2)},
        "uncached": {"home": address("/fr/", 60, 60, 70.0), "sitemap": address("/sitemap.xml", 20, 20, 8400.0, 2)},
    },
    "load": {"cached": served(), "uncached": served(home_errors=4)},
}


def lines_starting(text: str, start: str) -> list[list[str]]:
    return [line.split() for line in text.splitlines() if line.startswith(start)]


def test_queries_cold_warm_and_with_every_cache_off_and_render_times():
    text = format_results(RESULTS)
    assert lines_starting(text, "home ")[0] == ["home", "53", "12", "60", "50.0", "70.0"]
    # Time cut the renders of the sitemap short: its medians say of how many.
    sitemap = " ".join(lines_starting(text, "sitemap ")[0])
    assert sitemap == "sitemap 19 17 20 8300.0 (of 2) 8400.0 (of 2)"


def test_each_load_run_beside_hello_world_before_and_after_the_pages_as_ratios_to_their_mean():
    text = format_results(RESULTS)
    hello, hello_again, *_ = lines_starting(text, "hello world")
    assert hello[2:4] == ["900.0", "0.900"]
    assert hello_again[3:5] == ["1100.0", "1.100"]
    cached_home = lines_starting(text, "home ")[1]
    # req/s, share of hello-world's, p50, p99, multiple of hello-world's p99; then the same at 32 connections.
    assert cached_home[1:] == ["250.0", "0.250", "25.0", "50.0", "5.0", "300.0", "0.250", "200.0", "400.0", "10.0"]


def test_a_latency_bounded_by_the_runs_length_says_so():
    text = format_results(RESULTS)
    assert lines_starting(text, "feed ")[0][9] == "2950.0*"
    assert "* at least: close to the run's 3 s" in text


def test_slow_pages_and_errors_are_told():
    text = format_results(RESULTS)
    assert "  sitemap: one request takes 8.3 s" in text
    assert "uncached, home, 32 connections: 4 of 100" in text
    assert "cached, home" not in text.replace("uncached, home", "")
