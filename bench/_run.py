"""Running the cases, and the report: the table, the machine, the versions."""

from __future__ import annotations

import datetime
import os
import platform
import shutil
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from importlib import metadata

from bench import (
    case1_sequential,
    case2_large,
    case3_pipeline,
    case4_concurrent,
    case5_import_memory,
    case6_gateway,
)
from bench._harness import COLUMNS, Env, Row, Sizes
from bench._load import generator, wrk_version

#: case number -> its module's `run(env, sizes)`.
CASES: dict[int, Callable[[Env, Sizes], list[Row]]] = {
    1: case1_sequential.run,
    2: case2_large.run,
    3: case3_pipeline.run,
    4: case4_concurrent.run,
    5: case5_import_memory.run,
    6: case6_gateway.run,
}

PACKAGES = (
    "redisrest",
    "upstash-redis",
    "redis",
    "hiredis",
    "httpx",
    "httpcore",
    "msgspec",
    "uvicorn",
    "httptools",
    "uvloop",
)


def run_all(
    env: Env,
    sizes: Sizes,
    only: Iterable[int] | None = None,
    progress: Callable[[str], None] | None = None,
    keep_going: bool = False,
) -> list[Row]:
    """Every case (or those in `only`), in order; their rows. With `keep_going`, a case that
    fails becomes a row saying so (its traceback goes to `progress`) and the next one runs."""
    rows: list[Row] = []
    for number, run in CASES.items():
        if only is not None and number not in only:
            continue
        started = time.perf_counter()
        try:
            rows += run(env, sizes)
        except Exception as exc:
            if not keep_going:
                raise
            rows.append(Row(number, f"FAILED: {type(exc).__name__}: {exc}".splitlines()[0], ""))
            if progress is not None:
                progress(traceback.format_exc())
        if progress is not None:
            progress(f"case {number}: {time.perf_counter() - started:.1f} s")
    return rows


# -- the report ----------------------------------------------------------------------------


def number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _ratio(ratio: float) -> str:
    return f"{ratio:.2f}" if ratio >= 0.1 else f"{ratio:.2g}"  # 0.0036x, not 0.00x


def _cell(row: Row, column: str) -> str:
    value = row.values.get(column)
    if value is None:
        return "-"
    mark = row.marks.get(column)
    return number(value) + (f" {mark}" if mark else "")


def table(rows: list[Row]) -> str:
    """The markdown table: each row's values, its ratios, targets and whether they are met."""
    head = ["#", "case", "unit", *COLUMNS, "ratio", "target", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        ratios: list[str] = []
        targets: list[str] = []
        met: list[str] = []
        for check in row.checks:
            ratio, ok = check.ratio(row), check.met(row)
            ratios.append("-" if ratio is None else f"{_ratio(ratio)}x {check.peer}")
            targets.append(check.describe())
            met.append("n/a" if ok is None else ("yes" if ok else "**no**"))
        cells = [
            str(row.case),
            row.what,
            row.unit,
            *(_cell(row, column) for column in COLUMNS),
            "; ".join(ratios),
            "; ".join(targets),
            "; ".join(met),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def notes(rows: list[Row]) -> list[str]:
    return [f"- case {row.case}, {row.what}: {row.note}" for row in rows if row.note]


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as file:
            for line in file:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _redis_server() -> str:
    path = shutil.which("redis-server")
    if path is None:
        return "unknown"
    out = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    return out.stdout.strip()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def load_average() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def machine(load_before: str) -> list[str]:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = os.cpu_count() or 0
    return [
        f"- CPU: {_cpu_model()}; nproc {usable} (os.cpu_count {os.cpu_count()})",
        f"- Python: {platform.python_implementation()} {platform.python_version()}"
        f" ({sys.executable})",
        f"- OS: {platform.platform()}",
        f"- redis-server: {_redis_server()}",
        f"- load average (1/5/15 min): {load_before} before the run, {load_average()} after",
    ]


def report(rows: list[Row], sizes: Sizes, seconds: float, load_before: str = "?") -> str:
    """`bench/results.md`."""
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    tool = generator(sizes.load)
    load = f"{tool} ({wrk_version()})" if tool == "wrk" else "bench._load (asyncio)"
    versions = ["| package | version |", "|---|---|"]
    versions += [f"| {name} | {_version(name)} |" for name in PACKAGES]
    return "\n".join(
        [
            "# redisrest benchmarks",
            "",
            f"Written by `make bench` (`python -m bench`) on {when}; the run took"
            f" {seconds:.0f} s. One run, one machine, one local gateway (`redisrest serve`)"
            " over one private redis-server; redis-py talks to that"
            " redis-server directly over TCP. Figures from a shared or busy machine are noisy:"
            " compare ratios from the same run, and look at the load average below.",
            "",
            "## Machine",
            "",
            *machine(load_before),
            f"- case 6 load generator: {load}",
            "",
            "## Versions",
            "",
            *versions,
            "",
            "## Results",
            "",
            "Columns: redisrest (case 6: the gateway), upstash-redis 1.8.0 (the official SDK),"
            " httpx (raw `httpx.Client.post` + JSON decode, no client library; case 5: the"
            " import it names), redis-py (hiredis, TCP straight to redis-server), ceiling (case 6:"
            " the gateway's HTTP stack answering a constant reply). ratio = redisrest / peer;"
            " lower is better except for req/s. CPU is the client process's"
            " (`time.process_time()`), so the servers' work is not in it.",
            "",
            table(rows),
            "",
            "## Notes",
            "",
            *notes(rows),
            "",
        ]
    )
