"""The default limits bound a call: a server that accepts and never answers fails it in time.

A behaviour bound, not a benchmark: the clients run with every default against a scripted
server that reads each request and never replies. A read is retried inside the default total
deadline and fails when it runs out (two attempts of 5 s); a write is not retried once it may
have reached the server, so it fails after one read timeout. README's "Retries, timeouts and
per-call options" states these numbers. The four calls (sync and async, a read and a write)
run at once, so the test takes one deadline, not four.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
from _runtime_fake import FakeServer, Hang

import redisrest
from redisrest._config import DEFAULT_TIMEOUT
from redisrest._retry import DEFAULT_DEADLINE

pytestmark = pytest.mark.timeout(60)

#: What the README promises a serverless user: a silent server fails a call within this.
STATED_BOUND = 15.0
#: Slack over the exact figure for a loaded machine (thread start-up, scheduling).
SLACK = 1.5

READ = (
    "GET: read timeout (no reply in time) after 2 attempts"
    f" (the {DEFAULT_DEADLINE:g}s deadline left no time for another)"
)
WRITE = "INCR: read timeout (no reply in time); the write may or may not have been applied"


def test_a_silent_server_fails_each_call_within_the_default_deadline() -> None:
    outcomes: dict[str, tuple[BaseException | None, float]] = {}

    def timed(name: str, call: Any) -> None:
        started = time.monotonic()
        try:
            call()
        except redisrest.RedisRestError as exc:
            outcomes[name] = (exc, time.monotonic() - started)
        else:
            outcomes[name] = (None, time.monotonic() - started)

    async def timed_async(name: str, call: Any) -> None:
        started = time.monotonic()
        try:
            await call()
        except redisrest.RedisRestError as exc:
            outcomes[name] = (exc, time.monotonic() - started)
        else:
            outcomes[name] = (None, time.monotonic() - started)

    with FakeServer([Hang(60)]) as server:
        r = redisrest.Redis(server.url, "tok")  # every default
        ar = redisrest.AsyncRedis(server.url, "tok")

        async def both_async() -> None:
            await asyncio.gather(
                timed_async("async GET", lambda: ar.get("k")),
                timed_async("async INCR", lambda: ar.execute("INCR", "n", timeout=DEFAULT_TIMEOUT)),
            )  # INCR with its own (default) timeout: sent alone, not auto-pipelined with GET
            await ar.aclose()

        threads = [
            threading.Thread(target=timed, args=("GET", lambda: r.get("k"))),
            threading.Thread(target=timed, args=("INCR", lambda: r.incr("n"))),
            threading.Thread(target=asyncio.run, args=(both_async(),)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        r.close()

    for name, (error, elapsed) in sorted(outcomes.items()):
        print(f"{name}: failed after {elapsed:.2f} s: {error}")
    assert len(outcomes) == 4
    for name, (error, elapsed) in outcomes.items():
        assert isinstance(error, redisrest.TimeoutError), (name, error)
        assert elapsed < STATED_BOUND, (name, elapsed)
        if name.endswith("GET"):  # retried once, inside the deadline, which ends it
            assert str(error) == READ
            assert DEFAULT_DEADLINE - 0.2 <= elapsed <= DEFAULT_DEADLINE + SLACK, elapsed
        else:  # may have run: never retried, one read timeout
            assert str(error).startswith(WRITE) and error.maybe_applied
            assert DEFAULT_TIMEOUT - 0.2 <= elapsed <= DEFAULT_TIMEOUT + SLACK, elapsed
    # Two GET requests per client, one INCR each: 6 requests reached the server.
    targets = sorted(request.body for request in server.requests)
    assert len(targets) == 6, targets


def test_a_longer_timeout_raises_the_default_deadline_an_explicit_one_wins() -> None:
    r = redisrest.Redis("http://127.0.0.1:1", "t")
    assert r._deadline == DEFAULT_DEADLINE
    slow = r.with_options(timeout=60)
    assert slow._deadline == 60.0  # one attempt may take the 60 s asked for
    assert slow.with_options(timeout=1)._deadline == DEFAULT_DEADLINE
    assert r.with_options(timeout=60, deadline=20)._deadline == 20.0
    bounded = redisrest.Redis("http://127.0.0.1:1", "t", deadline=3)
    assert bounded.with_options(timeout=60)._deadline == 3.0  # given: kept
    assert redisrest.Redis("http://127.0.0.1:1", "t", timeout=30)._deadline == 30.0
    assert redisrest.Redis("http://127.0.0.1:1", "t", deadline=None)._deadline is None


def test_a_per_call_timeout_is_not_cut_by_the_default_deadline() -> None:
    with FakeServer([Hang(3)]) as server:
        r = redisrest.Redis(server.url, "tok", deadline=0.2, retries=0)
        started = time.monotonic()
        with pytest.raises(redisrest.TimeoutError, match=r"^PING: read timeout"):
            r.execute("PING", timeout=0.5)  # the client's explicit 0.2 s deadline wins
        assert time.monotonic() - started < 0.45
        r = redisrest.Redis(server.url, "tok", timeout=0.2, retries=0)
        started = time.monotonic()
        with pytest.raises(redisrest.TimeoutError, match=r"^PING: read timeout"):
            r.execute("PING", timeout=0.6)
        assert time.monotonic() - started >= 0.55  # the default deadline follows the timeout
        r.close()
