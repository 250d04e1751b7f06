"""Helpers shared by the documentation tests."""

from __future__ import annotations

import redis
from _gateway import Gateway


def flush(gw: Gateway) -> None:
    """Empty the gateway's redis-server (keys and cached scripts), straight over RESP."""
    with redis.Redis.from_url(gw.redis_url) as direct:
        direct.flushall()
        direct.script_flush()
