"""What every case shares: the environment, the sizes, rows with their targets, and timing."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Generator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

#: The table's value columns, in order. "ceiling" is case 6's constant-reply server.
REDISREST = "redisrest"
UPSTASH = "upstash-redis"
HTTPX = "httpx"
REDIS_PY = "redis-py"
CEILING = "ceiling"
COLUMNS = (REDISREST, UPSTASH, HTTPX, REDIS_PY, CEILING)

#: Every key the benchmark writes starts with this (the test gateway is shared).
PREFIX = "bench:"


@dataclass(frozen=True)
class Env:
    """Where to send requests: the gateway (`url`, `token`) and its redis-server (`redis_url`)."""

    url: str
    token: str
    redis_url: str


@dataclass(frozen=True)
class Sizes:
    """How much each case does. `FULL` is the issue's; `TINY` is the smoke test's."""

    sequential: int  # case 1: GETs and SETs each, per client and mode
    chunks: int  # case 1: the run is split in chunks; the median chunk is reported
    list_len: int  # case 2: LRANGE
    hash_len: int  # case 2: HGETALL
    zset_len: int  # case 2: ZRANGE WITHSCORES
    pipeline: int  # case 3: commands in one pipeline
    gather: int  # case 4: concurrent GETs (redisrest, redis-py)
    gather_upstash: int  # case 4: upstash-redis async, scaled to `gather`
    repeats: int  # cases 2-4: runs per measurement; the best one is reported
    imports: int  # case 5: fresh interpreters per import; the median is reported
    load_seconds: float  # case 6: measured load per server (after a warm-up)
    load: Literal["auto", "python"]  # case 6: wrk when installed ("auto"), or our own
    gateway_pipeline: int  # case 6: commands in the /pipeline
    gateway_repeats: int  # case 6: pipelines sent; the median is reported
    gateway_variants: bool  # case 6: also `--workers 2` and a Redis Cluster (extra servers)


FULL = Sizes(
    sequential=5_000,
    chunks=5,
    list_len=100_000,
    hash_len=50_000,
    zset_len=50_000,
    pipeline=10_000,
    gather=10_000,
    gather_upstash=2_000,
    repeats=3,
    imports=7,
    load_seconds=5.0,
    load="auto",
    gateway_pipeline=1_000,
    gateway_repeats=30,
    gateway_variants=True,
)

TINY = Sizes(
    sequential=20,
    chunks=2,
    list_len=100,
    hash_len=50,
    zset_len=50,
    pipeline=50,
    gather=50,
    gather_upstash=10,
    repeats=1,
    imports=1,
    load_seconds=0.3,
    load="python",
    gateway_pipeline=20,
    gateway_repeats=2,
    gateway_variants=False,
)


@dataclass(frozen=True)
class Check:
    """A target: redisrest / `peer` at most (`le`) or at least (`ge`) `bound`."""

    peer: str
    bound: float
    op: Literal["le", "ge"] = "le"
    stretch: bool = False

    def ratio(self, row: Row) -> float | None:
        mine, theirs = row.values.get(REDISREST), row.values.get(self.peer)
        if mine is None or theirs is None or theirs == 0:
            return None
        return mine / theirs

    def met(self, row: Row) -> bool | None:
        ratio = self.ratio(row)
        if ratio is None:
            return None
        return ratio <= self.bound if self.op == "le" else ratio >= self.bound

    def describe(self) -> str:
        sign = "<=" if self.op == "le" else ">="
        return f"{'stretch ' if self.stretch else ''}{sign}{self.bound:g}x {self.peer}"


@dataclass
class Row:
    """One line of the table: a measurement for redisrest and each peer that has one."""

    case: int
    what: str
    unit: str
    values: dict[str, float] = field(default_factory=dict[str, float])
    checks: tuple[Check, ...] = ()
    #: Per-column marks shown after the value (e.g. "proj." for a projection).
    marks: dict[str, str] = field(default_factory=dict[str, str])
    note: str = ""


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass
class Timing:
    """Client CPU (this process, every thread) and wall time, in seconds."""

    cpu: float = 0.0
    wall: float = 0.0


@contextmanager
def timed() -> Generator[Timing, None, None]:
    """`with timed() as t: ...` then `t.cpu`, `t.wall`. Collects garbage first."""
    gc.collect()
    timing = Timing()
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        yield timing
    finally:
        timing.cpu = time.process_time() - cpu
        timing.wall = time.perf_counter() - wall


def chunked(total: int, chunks: int) -> list[int]:
    """`total` split into `chunks` near-equal positive parts."""
    chunks = max(1, min(chunks, total))
    base, extra = divmod(total, chunks)
    return [base + (1 if i < extra else 0) for i in range(chunks)]


def interleaved_best(
    runs: dict[str, Callable[[], Timing]], repeats: int, by: Literal["cpu", "wall"] = "cpu"
) -> dict[str, Timing]:
    """Each run `repeats` times, round-robin across runs (so noise from other processes hits
    them alike); the best timing of each (noise only ever adds)."""
    best: dict[str, Timing] = {}
    for _ in range(max(1, repeats)):
        for name, run in runs.items():
            timing = run()
            if name not in best or getattr(timing, by) < getattr(best[name], by):
                best[name] = timing
    return best
