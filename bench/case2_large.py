"""Case 2: large replies, in `str` and `bytes` modes: client CPU to fetch and decode.

LRANGE of `sizes.list_len` elements, HGETALL of `sizes.hash_len` fields, ZRANGE WITHSCORES of
`sizes.zset_len` members (scores with a fraction, so they are real floats). Each client's call
is timed `sizes.repeats` times, round-robin across clients; the least CPU is reported (ms).
upstash-redis and raw httpx have no bytes mode: their `bytes` rows repeat their `str` figures.
`fetchers()` is shared with case 5's memory probe.
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

LIST = PREFIX + "big:list"
HASH = PREFIX + "big:hash"
ZSET = PREFIX + "big:zset"
COMMANDS = ("LRANGE", "HGETALL", "ZRANGE")
#: The clients measured, by the name the memory probe is given.
CLIENTS = ("redisrest-str", "redisrest-bytes", UPSTASH, HTTPX, "redis-py-str", "redis-py-bytes")

#: Target: at most 0.5x upstash-redis in both modes.
CHECKS = (Check(UPSTASH, 0.5),)

Fetch = Callable[[], Sized]


def setup(env: Env, sizes: Sizes) -> dict[str, int]:
    """Write the three keys (with redis-py, straight to redis-server); their expected sizes."""
    client = _clients.redis_sync(env)
    batch = 10_000
    try:
        client.delete(LIST, HASH, ZSET)
        for start in range(0, sizes.list_len, batch):
            stop = min(start + batch, sizes.list_len)
            client.rpush(LIST, *(f"item:{i:08d}" for i in range(start, stop)))
        for start in range(0, sizes.hash_len, batch):
            stop = min(start + batch, sizes.hash_len)
            client.hset(
                HASH, mapping={f"field:{i:08d}": f"value:{i:08d}" for i in range(start, stop)}
            )
        for start in range(0, sizes.zset_len, batch):
            stop = min(start + batch, sizes.zset_len)
            client.zadd(ZSET, {f"member:{i:08d}": i + 0.25 for i in range(start, stop)})
    finally:
        client.close()
    return {"LRANGE": sizes.list_len, "HGETALL": sizes.hash_len, "ZRANGE": sizes.zset_len}


def fetchers(env: Env, name: str) -> tuple[dict[str, Fetch], Callable[[], None]]:
    """command -> one call of client `name` fetching it whole; and how to close the client."""
    if name.startswith(REDISREST):
        rr = _clients.redisrest_sync(env, binary=name.endswith("bytes"))
        return {
            "LRANGE": lambda: rr.lrange(LIST, 0, -1),
            "HGETALL": lambda: rr.hgetall(HASH),
            "ZRANGE": lambda: rr.zrange(ZSET, 0, -1, withscores=True),
        }, rr.close
    if name == UPSTASH:
        up = _clients.upstash_sync(env)
        return {
            "LRANGE": lambda: up.lrange(LIST, 0, -1),
            "HGETALL": lambda: up.hgetall(HASH),
            "ZRANGE": lambda: up.zrange(ZSET, 0, -1, withscores=True),
        }, up.close
    if name == HTTPX:
        hx = _clients.httpx_sync(env)

        def post(*command: object) -> Any:
            return hx.post("/", json=command).json()["result"]

        return {
            "LRANGE": lambda: post("LRANGE", LIST, 0, -1),
            "HGETALL": lambda: post("HGETALL", HASH),
            "ZRANGE": lambda: post("ZRANGE", ZSET, 0, -1, "WITHSCORES"),
        }, hx.close
    if name.startswith(REDIS_PY):
        rp = _clients.redis_sync(env, binary=name.endswith("bytes"))
        return {
            "LRANGE": lambda: rp.lrange(LIST, 0, -1),
            "HGETALL": lambda: rp.hgetall(HASH),
            "ZRANGE": lambda: rp.zrange(ZSET, 0, -1, withscores=True),
        }, rp.close
    raise ValueError(f"unknown client {name!r}")


def expected_len(command: str, sizes: dict[str, int], name: str) -> int:
    # raw httpx gets HGETALL and ZRANGE WITHSCORES as flat RESP2 arrays: field, value, ...
    return sizes[command] * (2 if name == HTTPX and command != "LRANGE" else 1)


def _timer(fetch: Fetch, want: int) -> Callable[[], Timing]:
    def run() -> Timing:
        with timed() as t:
            value = fetch()
        if len(value) != want:
            raise AssertionError(f"{len(value)} items, expected {want}")
        return t

    return run


def run(env: Env, sizes: Sizes) -> list[Row]:
    lengths = setup(env, sizes)
    opened = {name: fetchers(env, name) for name in CLIENTS}
    try:
        for fetch_all, _ in opened.values():  # connect, warm up
            fetch_all["LRANGE"]()
        best: dict[str, dict[str, Timing]] = {}
        for command in COMMANDS:
            runs = {
                name: _timer(fetch_all[command], expected_len(command, lengths, name))
                for name, (fetch_all, _) in opened.items()
            }
            best[command] = interleaved_best(runs, sizes.repeats)
    finally:
        for _, close in opened.values():
            close()
    labels = {
        "LRANGE": f"LRANGE {sizes.list_len:,}",
        "HGETALL": f"HGETALL {sizes.hash_len:,} fields",
        "ZRANGE": f"ZRANGE WITHSCORES {sizes.zset_len:,}",
    }
    rows: list[Row] = []
    for command in COMMANDS:
        timings = best[command]
        for mode in ("str", "bytes"):
            row = Row(2, f"{labels[command]}, {mode}: client CPU", "ms", checks=CHECKS)
            row.values = {
                REDISREST: timings[f"redisrest-{mode}"].cpu * 1e3,
                UPSTASH: timings[UPSTASH].cpu * 1e3,
                HTTPX: timings[HTTPX].cpu * 1e3,
                REDIS_PY: timings[f"redis-py-{mode}"].cpu * 1e3,
            }
            if mode == "bytes":
                row.marks = {UPSTASH: "(str)", HTTPX: "(str)"}
            row.note = f"best of {sizes.repeats}" if mode == "str" and command == "LRANGE" else ""
            rows.append(row)
    return rows
