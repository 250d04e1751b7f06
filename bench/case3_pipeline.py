"""Case 3: a pipeline of `sizes.pipeline` SETs: client CPU to build, send and decode it.

Each client builds the pipeline from a list of keys made beforehand, executes it and gets the
results; `sizes.repeats` runs, round-robin across clients, least CPU reported (ms). Raw httpx
posts the same commands to `/pipeline` as a JSON array and decodes the JSON reply.
"""

from __future__ import annotations

from collections.abc import Callable, Sized
from typing import Any

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
    interleaved_best,
    timed,
)

VALUE = "v" * 16

#: Target: at most 0.35x upstash-redis (issue 12; it was 0.4x).
CHECKS = (Check(UPSTASH, 0.35),)


def _timer(execute: Callable[[], Sized], want: int) -> Callable[[], Timing]:
    def run() -> Timing:
        with timed() as t:
            results = execute()
        if len(results) != want:
            raise AssertionError(f"{len(results)} results, expected {want}")
        return t

    return run


def run(env: Env, sizes: Sizes) -> list[Row]:
    keys = [f"{PREFIX}pipe:{i}" for i in range(sizes.pipeline)]
    rr = _clients.redisrest_sync(env)
    up = _clients.upstash_sync(env)
    hx = _clients.httpx_sync(env)
    rp = _clients.redis_sync(env)

    def redisrest() -> Sized:
        pipe: Any = rr.pipeline()  # the typed chain: ten thousand element types, not checked here
        for key in keys:
            pipe.set(key, VALUE)
        return pipe.exec()  # type: ignore[no-any-return]

    def upstash() -> Sized:
        pipe = up.pipeline()
        for key in keys:
            pipe.set(key, VALUE)
        return pipe.exec()

    def raw() -> Sized:
        commands = [["SET", key, VALUE] for key in keys]
        return hx.post("/pipeline", json=commands).json()  # type: ignore[no-any-return]

    def redis_py() -> Sized:
        pipe = rp.pipeline(transaction=False)
        for key in keys:
            pipe.set(key, VALUE)
        return pipe.execute()

    runs = {
        REDISREST: _timer(redisrest, sizes.pipeline),
        UPSTASH: _timer(upstash, sizes.pipeline),
        HTTPX: _timer(raw, sizes.pipeline),
        REDIS_PY: _timer(redis_py, sizes.pipeline),
    }
    try:
        for client_run in runs.values():  # connect, warm up
            client_run()
        best = interleaved_best(runs, sizes.repeats)
    finally:
        rp.delete(*keys)
        rr.close()
        up.close()  # type: ignore[no-untyped-call]
        hx.close()
        rp.close()
    cpu = Row(3, f"pipeline of {sizes.pipeline:,} SETs: client CPU", "ms", checks=CHECKS)
    wall = Row(3, f"pipeline of {sizes.pipeline:,} SETs: wall", "ms")
    for name, timing in best.items():
        cpu.values[name] = timing.cpu * 1e3
        wall.values[name] = timing.wall * 1e3
    cpu.note = f"best of {sizes.repeats}"
    return [cpu, wall]
