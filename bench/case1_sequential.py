"""Case 1: sequential GET and SET, sync and async: client CPU per command, and wall time.

Each client runs `sizes.sequential` GETs, then as many SETs, one at a time, in chunks taken
round-robin across the clients (so noise from other processes hits them alike); CPU is
`time.process_time()` of this process around each chunk (so the gateway's and redis-server's
work does not dilute it), wall is `time.perf_counter()`. The median chunk is reported, per
command, in microseconds. The async clients run with their default options (redisrest's
auto-pipelining included: awaited one at a time, each command is a batch of one).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from bench import _clients
from bench._harness import (
    HTTPX,
    PREFIX,
    REDIS_PY,
    REDISREST,
    UPSTASH,
    Check,
    Env,
    Row,
    Sizes,
    Timing,
    chunked,
    median,
    timed,
)

KEY = PREFIX + "seq"
VALUE = "v" * 32
WARMUP = 50  # commands before measuring: connections open, caches warm

#: Targets: at most 0.6x upstash-redis; stretch: within 3x redis-py over TCP.
CHECKS = (Check(UPSTASH, 0.6), Check(REDIS_PY, 3.0, stretch=True))

Op = Callable[[], object]
AsyncOp = Callable[[], Awaitable[object]]


def _sync_ops(env: Env) -> tuple[dict[str, tuple[Op, Op]], list[Callable[[], None]]]:
    """client name -> (one GET, one SET), and how to close each client."""
    rr = _clients.redisrest_sync(env)
    up = _clients.upstash_sync(env)
    hx = _clients.httpx_sync(env)
    rp = _clients.redis_sync(env)

    def hx_get() -> object:
        return hx.post("/", json=["GET", KEY]).json()["result"]

    def hx_set() -> object:
        return hx.post("/", json=["SET", KEY, VALUE]).json()["result"]

    ops: dict[str, tuple[Op, Op]] = {
        REDISREST: (lambda: rr.get(KEY), lambda: rr.set(KEY, VALUE)),
        UPSTASH: (lambda: up.get(KEY), lambda: up.set(KEY, VALUE)),
        HTTPX: (hx_get, hx_set),
        REDIS_PY: (lambda: rp.get(KEY), lambda: rp.set(KEY, VALUE)),
    }
    return ops, [rr.close, up.close, hx.close, rp.close]


def _run_sync(ops: dict[str, Op], sizes: Sizes) -> dict[str, list[Timing]]:
    """Chunks interleaved across clients, so noise from other processes hits them alike."""
    for op in ops.values():
        for _ in range(min(WARMUP, sizes.sequential)):
            op()
    timings: dict[str, list[Timing]] = {name: [] for name in ops}
    for n in chunked(sizes.sequential, sizes.chunks):
        for name, op in ops.items():
            with timed() as t:
                for _ in range(n):
                    op()
            timings[name].append(Timing(t.cpu / n, t.wall / n))
    return timings


async def _run_async_all(env: Env, sizes: Sizes) -> dict[tuple[str, str], list[Timing]]:
    rr = _clients.redisrest_async(env)
    up = _clients.upstash_async(env)
    hx = _clients.httpx_async(env)
    rp = _clients.redis_async(env)

    async def hx_get() -> object:
        return (await hx.post("/", json=["GET", KEY])).json()["result"]

    async def hx_set() -> object:
        return (await hx.post("/", json=["SET", KEY, VALUE])).json()["result"]

    ops: dict[str, tuple[AsyncOp, AsyncOp]] = {
        REDISREST: (lambda: rr.get(KEY), lambda: rr.set(KEY, VALUE)),
        UPSTASH: (lambda: up.get(KEY), lambda: up.set(KEY, VALUE)),
        HTTPX: (hx_get, hx_set),
        REDIS_PY: (lambda: rp.get(KEY), lambda: rp.set(KEY, VALUE)),
    }
    results: dict[tuple[str, str], list[Timing]] = {}
    try:
        for index, op_name in enumerate(("GET", "SET")):
            chosen = {name: pair[index] for name, pair in ops.items()}
            for name, timings in (await _run_async(chosen, sizes)).items():
                results[name, op_name] = timings
    finally:
        await rr.aclose()
        await up.close()
        await hx.aclose()
        await rp.aclose()
    return results


async def _run_async(ops: dict[str, AsyncOp], sizes: Sizes) -> dict[str, list[Timing]]:
    for op in ops.values():
        for _ in range(min(WARMUP, sizes.sequential)):
            await op()
    timings: dict[str, list[Timing]] = {name: [] for name in ops}
    for n in chunked(sizes.sequential, sizes.chunks):
        for name, op in ops.items():
            with timed() as t:
                for _ in range(n):
                    await op()
            timings[name].append(Timing(t.cpu / n, t.wall / n))
    return timings


def _rows(mode: str, results: dict[tuple[str, str], list[Timing]], note: str) -> list[Row]:
    rows: list[Row] = []
    for op_name in ("GET", "SET"):
        what = f"{op_name} x sequential, {mode}"
        cpu = Row(1, f"{what}: client CPU / command", "µs", note=note if op_name == "GET" else "")
        wall = Row(1, f"{what}: wall / command", "µs")
        cpu.checks = CHECKS
        for (name, op), timings in results.items():
            if op == op_name:
                cpu.values[name] = median([t.cpu for t in timings]) * 1e6
                wall.values[name] = median([t.wall for t in timings]) * 1e6
        rows += [cpu, wall]
    return rows


def run(env: Env, sizes: Sizes) -> list[Row]:
    ops, closers = _sync_ops(env)
    ops[REDISREST][1]()  # the key GET reads exists from the start
    sync: dict[tuple[str, str], list[Timing]] = {}
    try:
        for index, op_name in enumerate(("GET", "SET")):
            chosen = {name: pair[index] for name, pair in ops.items()}
            for name, timings in _run_sync(chosen, sizes).items():
                sync[name, op_name] = timings
    finally:
        for close in closers:
            close()
    async_results = asyncio.run(_run_async_all(env, sizes))
    n = f"{sizes.sequential:,} each, median of {sizes.chunks} chunks interleaved across clients"
    auto = "with auto-pipelining" if _clients.auto_pipelining() else "no auto-pipelining yet"
    return [
        *_rows("sync", sync, n),
        *_rows("async", async_results, f"{n}; AsyncRedis default options ({auto})"),
    ]
