"""The clients under test, each built the way its documentation shows (default options).

- redisrest: `Redis` / `AsyncRedis` (str mode unless `binary`).
- upstash-redis 1.8.0: `upstash_redis.Redis` / `upstash_redis.asyncio.Redis` (str only).
- raw httpx: `httpx.Client.post(json=...)` then `.json()`: no client library, plain JSON replies.
- redis-py with hiredis, over TCP straight to the gateway's redis-server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from bench._harness import Env

if TYPE_CHECKING:
    import redis
    import redis.asyncio
    import upstash_redis
    import upstash_redis.asyncio

    from redisrest import AsyncRedis, Redis

#: Connections the async peers may open for concurrent requests: redisrest's own default, so
#: case 4 compares equal pools (redis-py's default pool raises past 100 instead of waiting).
ASYNC_POOL = 20


def redisrest_sync(env: Env, *, binary: bool = False) -> Redis[Any]:
    from redisrest import Redis

    if binary:
        return Redis(env.url, env.token, decode_responses=False)
    return Redis(env.url, env.token)


def redisrest_async(env: Env, *, binary: bool = False) -> AsyncRedis[Any]:
    from redisrest import AsyncRedis

    if binary:
        return AsyncRedis(env.url, env.token, decode_responses=False)
    return AsyncRedis(env.url, env.token)


def auto_pipelining() -> bool:
    """Whether this redisrest's `AsyncRedis` auto-pipelines by default (issue 5), for the notes."""
    import inspect

    from redisrest._client import AsyncClient

    option = inspect.signature(AsyncClient.__init__).parameters.get("auto_pipeline")
    return option is not None and option.default is True


def upstash_sync(env: Env) -> upstash_redis.Redis:
    import upstash_redis

    return upstash_redis.Redis(env.url, env.token)


def upstash_async(env: Env) -> upstash_redis.asyncio.Redis:
    import upstash_redis.asyncio

    return upstash_redis.asyncio.Redis(env.url, env.token)


def httpx_sync(env: Env) -> httpx.Client:
    return httpx.Client(base_url=env.url, headers={"Authorization": f"Bearer {env.token}"})


def httpx_async(env: Env) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=env.url, headers={"Authorization": f"Bearer {env.token}"})


def redis_sync(env: Env, *, binary: bool = False) -> redis.Redis:
    import redis

    return redis.Redis.from_url(env.redis_url, decode_responses=not binary)


def redis_async(env: Env, *, pool: int | None = None) -> redis.asyncio.Redis:
    import redis.asyncio

    if pool is None:
        return redis.asyncio.Redis.from_url(env.redis_url, decode_responses=True)
    connections = redis.asyncio.BlockingConnectionPool.from_url(
        env.redis_url, max_connections=pool, decode_responses=True
    )
    return redis.asyncio.Redis.from_pool(connections)  # closing the client closes the pool


def hiredis_parser() -> bool:
    from redis.utils import HIREDIS_AVAILABLE

    return bool(HIREDIS_AVAILABLE)
