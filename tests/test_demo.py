"""`make demo` runs: a gateway with its own redis-server, the typed program, a clean stop."""

from __future__ import annotations

import subprocess
import sys


def test_demo_runs_the_typed_program_and_stops() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "redisrest._demo"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "get greeting        -> hello" in out
    assert "zrange withscores   -> [('bob', 2.0), ('ada', 3.5)]" in out
    assert "pipeline            -> (True, 3, 'hello')" in out
    assert "multi (atomic)      -> (1, 2)" in out
    assert "lpush on a string   -> WrongTypeError" in out
    assert "5 concurrent incr   -> [4, 5, 6, 7, 8]" in out
    assert out.rstrip().endswith("gateway and redis-server stopped")
