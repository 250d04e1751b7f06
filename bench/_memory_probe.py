"""`python -m bench._memory_probe CLIENT`: case 5's memory figures for one client, in a fresh
process (so no other client's allocations or imports count). Reads BENCH_URL, BENCH_TOKEN and
BENCH_REDIS_URL; prints `{"traced": MiB, "rss": MiB}` as its last line: the largest tracemalloc
peak of one fetch (the second round, warm), and the process's peak RSS after the first round.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import tracemalloc

from bench._harness import Env
from bench.case2_large import COMMANDS, fetchers

_MIB = 1024 * 1024


def _max_rss() -> int:
    """Peak resident set of this process since it started, in bytes.

    Linux: VmHWM. Not ru_maxrss, which a child inherits from the parent it was forked from
    (the bench process, large after case 2), so every client would show the parent's peak.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def main(name: str) -> None:
    env = Env(os.environ["BENCH_URL"], os.environ["BENCH_TOKEN"], os.environ["BENCH_REDIS_URL"])
    fetch, close = fetchers(env, name)
    try:
        for command in COMMANDS:  # one value alive at a time, as a caller would hold it
            value = fetch[command]()
            del value
        rss = _max_rss()
        gc.collect()
        tracemalloc.start()
        traced = 0
        for command in COMMANDS:
            tracemalloc.reset_peak()
            start = tracemalloc.get_traced_memory()[0]
            value = fetch[command]()
            del value
            traced = max(traced, tracemalloc.get_traced_memory()[1] - start)
        tracemalloc.stop()
    finally:
        close()
    print(json.dumps({"traced": traced / _MIB, "rss": rss / _MIB}))


if __name__ == "__main__":
    main(sys.argv[1])
