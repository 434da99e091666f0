from django.db import connection

# SQLite's full-text index has models of its own, which exist on SQLite only: its tests are collected there alone.
collect_ignore = [] if connection.vendor == "sqlite" else ["test_sqlite_ranking.py"]
