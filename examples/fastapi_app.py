"""A FastAPI service on `AsyncRedis`: a cached endpoint, and a rate limiter built on a
transaction.

    export UPSTASH_REDIS_REST_URL=... UPSTASH_REDIS_REST_TOKEN=...
    uvicorn examples.fastapi_app:app      # or: python examples/fastapi_app.py

One `AsyncRedis` serves the whole app (it is safe to share between the requests of an event
loop); commands awaited concurrently by different requests travel together in one
`/pipeline` request (auto-pipelining).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request, Response

from redisrest import AsyncRedis

CACHE_SECONDS = 60
RATE_LIMIT = 5  # requests per client and window
RATE_WINDOW = 10  # seconds


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncGenerator[None, None]:
    async with AsyncRedis.from_env() as redis:
        app.state.redis = redis
        yield


def get_redis(request: Request) -> AsyncRedis[str]:
    redis: AsyncRedis[str] = request.app.state.redis
    return redis


RedisDep = Annotated[AsyncRedis[str], Depends(get_redis)]


async def rate_limit(request: Request, response: Response, redis: RedisDep) -> None:
    """A fixed window per client: INCR the window's counter and set its expiry, atomically.

    `multi()` sends both commands as one MULTI/EXEC, so a counter never lives without its
    expiry (a crash between two separate calls could leave one that never resets);
    `expire(..., nx=True)` sets it on the window's first request only.
    """
    client = request.client.host if request.client else "unknown"
    key = f"ratelimit:{client}"
    count, _ = await redis.multi().incr(key).expire(key, RATE_WINDOW, nx=True).exec()
    response.headers["X-RateLimit-Remaining"] = str(max(RATE_LIMIT - count, 0))
    if count > RATE_LIMIT:
        retry_after = await redis.ttl(key)
        raise HTTPException(429, "too many requests", {"Retry-After": str(max(retry_after, 1))})


async def slow_report(region: str) -> dict[str, object]:
    """Stands for an expensive query or an upstream API call."""
    await asyncio.sleep(0.05)
    return {"region": region, "active_users": 42 * len(region)}


app = FastAPI(lifespan=lifespan)


@app.get("/reports/{region}", dependencies=[Depends(rate_limit)])
async def report(region: str, redis: RedisDep) -> dict[str, object]:
    """The region's report, from the cache when a recent one is there."""
    key = f"cache:report:{region}"
    cached = await redis.get(key)
    if cached is not None:
        return {"cached": True, "report": json.loads(cached)}
    fresh = await slow_report(region)
    await redis.set(key, json.dumps(fresh), ex=CACHE_SECONDS)
    return {"cached": False, "report": fresh}


@app.delete("/reports/{region}")
async def invalidate(region: str, redis: RedisDep) -> dict[str, int]:
    return {"deleted": await redis.delete(f"cache:report:{region}")}


def main() -> None:
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=8000)


if __name__ == "__main__":
    main()
