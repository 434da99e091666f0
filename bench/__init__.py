"""The benchmark (`make bench`, `python -m bench`): SQL queries, render time and throughput of every page type,
beside a hello-world view, on the demo content or on example content at scale. See docs/performance.md."""
