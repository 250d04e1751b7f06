"""`make demo`: start a gateway (with a private redis-server), run a typed program, stop both.

Runs `python -m redisrest._demo`. Every value below is typed by the generated client: the
comments give what mypy and pyright infer.
"""

from __future__ import annotations

import asyncio
import sys

from . import AsyncRedis, CommandError, Redis
from .gateway import GatewayError, GatewayProcess


def demo(r: Redis[str]) -> None:
    r.delete("greeting", "visits", "scores", "n")
    print("set greeting        ->", r.set("greeting", "hello", ex=60))  # bool
    print("get greeting        ->", r.get("greeting"))  # str | None
    print("incr visits         ->", r.incr("visits"), r.incr("visits"))  # int
    print("zadd scores         ->", r.zadd("scores", {"ada": 3.5, "bob": 2.0}))  # int
    top = r.zrange("scores", 0, -1, withscores=True)  # list[tuple[str, float]]
    print("zrange withscores   ->", top)
    ok, hits, greeting = r.pipeline().set("a", "1").incr("visits").get("greeting").exec()
    print("pipeline            ->", (ok, hits, greeting))  # tuple[bool, int, str | None]
    print("multi (atomic)      ->", r.multi().incr("n").incr("n").exec())  # tuple[int, int]
    try:
        r.lpush("greeting", "x")  # a string is not a list
    except CommandError as exc:
        print("lpush on a string   ->", f"{type(exc).__name__}: {exc}")


async def demo_async(url: str, token: str) -> None:
    async with AsyncRedis(url=url, token=token) as ar:
        # Awaited together, these travel in one /pipeline request (auto-pipelining).
        values = await asyncio.gather(*(ar.incr("visits") for _ in range(5)))
        print("5 concurrent incr   ->", values)  # list[int]


def main() -> int:
    try:
        with GatewayProcess() as gateway:
            print(f"gateway at {gateway.url} (redis-server at {gateway.redis_url})")
            with Redis(url=gateway.url, token=gateway.token) as r:
                demo(r)
            asyncio.run(demo_async(gateway.url, gateway.token))
    except GatewayError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1
    print("gateway and redis-server stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
