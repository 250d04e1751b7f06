"""`python -m bench [--quick] [--only 1,4] [--out PATH]`: run the benchmarks, print the table, write
the report (default `bench/results.md`; not written by `--quick` or `--only` unless `--out`).

A gateway with its own private redis-server is started for the run and stopped after it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time

from bench._harness import FULL, TINY, Env
from bench._run import CASES, load_average, notes, report, run_all, table

DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results.md")


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks the harness only")
    parser.add_argument("--only", help="comma-separated case numbers, e.g. 1,4")
    parser.add_argument("--out", help=f"where to write the report (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    only = None
    if args.only:
        only = {int(part) for part in args.only.split(",")}
        unknown = only - set(CASES)
        if unknown:
            parser.error(f"no such case: {sorted(unknown)}")
    sizes = TINY if args.quick else FULL
    out = args.out or (None if args.quick or only else DEFAULT_OUT)

    from redisrest.gateway import GatewayProcess

    load_before = load_average()
    started = time.perf_counter()
    # Redis 7.0.15 from PATH, as the peers' figures (redis-py over TCP) were always taken on it;
    # without the flag the gateway would prefer the valkey-server of the `server` extra.
    redis_server = shutil.which("redis-server")
    with GatewayProcess(*(["--redis-server", redis_server] if redis_server else [])) as gateway:
        env = Env(gateway.url, gateway.token, gateway.redis_url)
        _progress(f"gateway {gateway.url} over redis-server {gateway.redis_url}")
        rows = run_all(env, sizes, only, progress=_progress, keep_going=True)
    seconds = time.perf_counter() - started
    print(table(rows))
    print()
    print("\n".join(notes(rows)))
    if out:
        with open(out, "w", encoding="utf-8") as file:
            file.write(report(rows, sizes, seconds, load_before))
        _progress(f"written to {out} ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
