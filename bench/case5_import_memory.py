"""Case 5: import time, and peak memory of case 2's large replies.

Import: each statement runs in `sizes.imports` fresh interpreters, round-robin across the
statements (after one each that writes the bytecode cache: PYTHONDONTWRITEBYTECODE is removed
from their environment, else every import would compile from source), timed with
`perf_counter()` around the import alone, so the interpreter's start-up is not counted; the
best is reported (ms).

Memory: one fresh interpreter per client (`bench._memory_probe`) fetches LRANGE, HGETALL and
ZRANGE WITHSCORES as case 2 does. "tracemalloc peak": the largest of the three peaks of memory
Python allocated while fetching and decoding one reply, the reply included (allocations a C
extension makes with plain malloc, such as hiredis's read buffer, are not seen). "process peak
RSS": the process's peak resident set (VmHWM) after the three, interpreter and imports
included (MiB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from bench import case2_large
from bench._harness import HTTPX, REDIS_PY, REDISREST, UPSTASH, Check, Env, Row, Sizes

#: (row, {column: statement}); the httpx column is the reference the target names.
IMPORTS = (
    (
        "import, sync client",
        {
            REDISREST: "from redisrest import Redis",
            UPSTASH: "from upstash_redis import Redis",
            HTTPX: "import httpx, msgspec",
            REDIS_PY: "import redis",
        },
    ),
    (
        "import, async client",
        {
            REDISREST: "from redisrest import AsyncRedis",
            UPSTASH: "from upstash_redis.asyncio import Redis",
            HTTPX: "import asyncio, httpx, msgspec",
            REDIS_PY: "import redis.asyncio",
        },
    ),
)

#: Target: at most 1.3x `import httpx, msgspec`.
CHECKS = (Check(HTTPX, 1.3),)

_TIMER = (
    "import time\n"
    "_started = time.perf_counter()\n"
    "{statement}\n"
    "print(time.perf_counter() - _started)\n"
)

#: The project root, where `python -m bench._memory_probe` finds the `bench` package.
_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _import_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def import_seconds(statements: dict[str, str], runs: int) -> dict[str, float]:
    """Best seconds each statement takes in a fresh interpreter, with bytecode cached."""
    env = _import_env()
    times: dict[str, list[float]] = {name: [] for name in statements}
    # outside the project, so the working directory shadows nothing; the first round fills the
    # bytecode cache and is not counted
    with tempfile.TemporaryDirectory(prefix="redisrest-bench-") as cwd:
        for attempt in range(runs + 1):
            for name, statement in statements.items():
                out = subprocess.run(
                    [sys.executable, "-c", _TIMER.format(statement=statement)],
                    env=env,
                    cwd=cwd,
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                if attempt:
                    times[name].append(float(out.strip().splitlines()[-1]))
    return {name: min(values) for name, values in times.items()}


def memory(env: Env, name: str) -> dict[str, float]:
    """`{"traced": MiB, "rss": MiB}` of client `name` fetching case 2's replies (a subprocess)."""
    child_env = dict(os.environ)
    child_env.update(BENCH_URL=env.url, BENCH_TOKEN=env.token, BENCH_REDIS_URL=env.redis_url)
    out = subprocess.run(
        [sys.executable, "-m", "bench._memory_probe", name],
        env=child_env,
        cwd=_ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def run(env: Env, sizes: Sizes) -> list[Row]:
    rows: list[Row] = []
    for what, statements in IMPORTS:
        row = Row(5, what, "ms", checks=CHECKS)
        row.values = {k: v * 1e3 for k, v in import_seconds(statements, sizes.imports).items()}
        row.note = "; ".join(f"{name}: `{text}`" for name, text in statements.items())
        rows.append(row)
    rows[0].note += f"; best of {sizes.imports} fresh interpreters each, bytecode cached"

    case2_large.setup(env, sizes)
    probes = {name: memory(env, name) for name in case2_large.CLIENTS}
    for mode in ("str", "bytes"):
        for kind, label in (("traced", "tracemalloc peak"), ("rss", "process peak RSS")):
            row = Row(5, f"case 2 replies, {mode}: {label}", "MiB")
            row.values = {
                REDISREST: probes[f"redisrest-{mode}"][kind],
                UPSTASH: probes[UPSTASH][kind],
                HTTPX: probes[HTTPX][kind],
                REDIS_PY: probes[f"redis-py-{mode}"][kind],
            }
            if mode == "bytes":
                row.marks = {UPSTASH: "(str)", HTTPX: "(str)"}
            rows.append(row)
    rows[
        -4
    ].note = (
        "largest of LRANGE, HGETALL, ZRANGE WITHSCORES, fetched in one fresh process per client"
    )
    return rows
