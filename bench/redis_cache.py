"""Production's cache for the served site: Redis, this machine's (or REDIS_URL's) when it answers.

The benchmark's keys carry a prefix of their own, and only those are removed when it is done: the Redis may
serve others. Nothing here ever empties a whole database.
"""

import os

import redis

LOCAL_REDIS_URL = "redis://127.0.0.1:6379/0"


def answering_redis_url() -> str | None:
    url = os.environ.get("REDIS_URL") or LOCAL_REDIS_URL
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1).ping()
    except redis.exceptions.RedisError:
        return None
    return url


def forget_keys(url: str, prefix: str) -> None:
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        client.unlink(key)
