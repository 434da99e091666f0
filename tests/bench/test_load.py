"""wrk's report, read: requests per second, median and 99th percentile in milliseconds, errors."""

import pytest

from bench.load import milliseconds, parse_wrk_report

REPORT = """Running 3s test @ http://127.0.0.1:18765/fr/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.21s   310.52ms   2.01s    75.00%
    Req/Sec    13.15      6.64    30.00     60.00%
  Latency Distribution
     50%    1.18s
     75%    1.40s
     90%    1.62s
     99%    1.95s
  78 requests in 3.01s, 2.15MB read
  Socket errors: connect 0, read 1, write 0, timeout 12
  Non-2xx or 3xx responses: 3
Requests/sec:     25.91
Transfer/sec:    731.27KB
"""

CLEAN_REPORT = """Running 1s test @ http://127.0.0.1:18765/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     7.65ms    3.50ms  25.65ms   75.00%
    Req/Sec   391.15    168.64   740.00     60.00%
  Latency Distribution
     50%  812.00us
     75%    9.59ms
     90%   12.64ms
     99%   18.20ms
  782 requests in 1.01s, 2.15MB read
Requests/sec:    777.47
Transfer/sec:      2.14MB
"""


def test_the_figures_are_read_in_milliseconds():
    figures = parse_wrk_report(REPORT, connections=32)
    assert figures.connections == 32
    assert figures.requests_per_second == 25.91
    assert (figures.p50_ms, figures.p99_ms) == (1180.0, 1950.0)
    assert figures.requests == 78


def test_socket_errors_timeouts_and_failed_answers_are_counted():
    assert parse_wrk_report(REPORT, connections=32).errors == 16
    assert parse_wrk_report(CLEAN_REPORT, connections=8).errors == 0


def test_microseconds_and_minutes_become_milliseconds():
    assert parse_wrk_report(CLEAN_REPORT, connections=8).p50_ms == 0.81
    assert milliseconds("1.05m") == 63_000.0


def test_a_report_without_its_figures_is_an_error():
    with pytest.raises(ValueError, match="Requests/sec"):
        parse_wrk_report("unable to connect to 127.0.0.1:18766 Connection refused", connections=8)
