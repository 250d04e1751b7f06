"""Case 4: `sizes.gather` concurrent async GETs (`asyncio.gather`): wall time.

redisrest's `AsyncRedis` with its default options (auto-pipelining, once issue 5 lands: the
gathered GETs then travel in a few /pipeline requests) against redis-py asyncio over TCP (a
`BlockingConnectionPool` of `_clients.ASYNC_POOL` connections, redisrest's default pool size:
redis-py's default pool raises past 100 connections instead of waiting), best of
`sizes.repeats`, round-robin.

upstash-redis async cannot do 10,000 in a run's budget (the issue measured 201 s): it runs
`sizes.gather_upstash` GETs (and half as many, for the notes) after a warm-up that opens its
connections, and the table shows the linear projection to `sizes.gather`, marked "proj.". Its
time per GET grows once thousands wait for one of httpx's 100 pooled connections, so the
projection is a lower bound, and a ratio met against it is met.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from bench import _clients
from bench._harness import (
    PREFIX,
    REDIS_PY,
    REDISREST,
    UPSTASH,
    Check,
    Env,
    Row,
    Sizes,
    Timing,
    timed,
)

KEY = PREFIX + "gather"
VALUE = "v" * 32

#: Targets: within 3x redis-py asyncio over TCP, and so at least 50x faster than upstash-redis.
CHECKS = (Check(REDIS_PY, 3.0), Check(UPSTASH, 1 / 50))

Get = Callable[[str], Awaitable[object]]


async def _gather(get: Get, n: int) -> Timing:
    with timed() as t:
        values = await asyncio.gather(*(get(KEY) for _ in range(n)))
    if any(value != VALUE for value in values):
        raise AssertionError("a gathered GET returned another value")
    return t


async def _measure(env: Env, sizes: Sizes) -> tuple[dict[str, Timing], dict[int, Timing]]:
    rr = _clients.redisrest_async(env)
    rp = _clients.redis_async(env, pool=_clients.ASYNC_POOL)
    up = _clients.upstash_async(env)
    best: dict[str, Timing] = {}
    upstash: dict[int, Timing] = {}
    try:
        await rr.set(KEY, VALUE)
        gets: dict[str, Get] = {REDISREST: rr.get, REDIS_PY: rp.get}
        for get in gets.values():  # open the pools
            await _gather(get, min(sizes.gather, _clients.ASYNC_POOL * 5))
        for _ in range(max(1, sizes.repeats)):
            for name, get in gets.items():
                timing = await _gather(get, sizes.gather)
                if name not in best or timing.wall < best[name].wall:
                    best[name] = timing
        await _gather(up.get, min(sizes.gather_upstash, 100))
        for n in (max(1, sizes.gather_upstash // 2), sizes.gather_upstash):
            upstash[n] = await _gather(up.get, n)
    finally:
        await rr.aclose()
        await rp.aclose()
        await up.close()
    return best, upstash


def run(env: Env, sizes: Sizes) -> list[Row]:
    best, upstash = asyncio.run(_measure(env, sizes))
    n = sizes.gather_upstash
    scale = sizes.gather / n
    half = max(1, n // 2)
    what = f"{sizes.gather:,} gathered async GETs"
    wall = Row(4, f"{what}: wall", "s", checks=CHECKS, marks={UPSTASH: "proj."})
    cpu = Row(4, f"{what}: client CPU", "s", marks={UPSTASH: "proj."})
    for name, timing in best.items():
        wall.values[name] = timing.wall
        cpu.values[name] = timing.cpu
    wall.values[UPSTASH] = upstash[n].wall * scale
    cpu.values[UPSTASH] = upstash[n].cpu * scale
    auto = "auto-pipelining" if _clients.auto_pipelining() else "no auto-pipelining yet"
    wall.note = (
        f"redisrest: AsyncRedis defaults ({auto}); redis-py: asyncio, BlockingConnectionPool"
        f"({_clients.ASYNC_POOL}); best of {sizes.repeats}. upstash-redis async: {n:,} GETs took"
        f" {upstash[n].wall:.2f} s ({upstash[n].wall / n * 1e3:.2f} ms per GET; {half:,} took"
        f" {upstash[half].wall / half * 1e3:.2f} ms per GET), projected linearly x{scale:g}"
        " (a lower bound: its time per GET grows once thousands wait for a connection)"
    )
    return [wall, cpu]
