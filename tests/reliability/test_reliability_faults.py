"""Faults: thousands of operations through a fault-injecting proxy, redis-server failing under
the gateway, and clients walking away mid-request.

The judge is always redis-server itself, read directly: every INCR lands on a key of its own,
so how many times it was applied is a number to read, not a guess.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import redis
from _faultproxy import FAULT_KINDS, FaultProxy, TcpRelay
from _reliability_support import Record, direct_client, open_fds

import redisrest
from redisrest import AsyncRedis, Redis
from redisrest.gateway import GatewayProcess

#: Operations under faults in `make test`, and in `make soak`.
OPERATIONS = 5_000
SOAK_OPERATIONS = 50_000
#: Concurrent workers (each op picks the async client or the sync one, in a worker thread).
WORKERS = 16
#: Per-attempt client timeout, and how long a `delay` fault holds a request (well past it).
CLIENT_TIMEOUT = 0.5
DELAY = 1.0
RATES = {
    "drop_before": 0.01,
    "drop_after": 0.01,
    "bad_gateway": 0.01,
    "bad_gateway_retry_after": 0.005,
    "unavailable": 0.02,
    "unavailable_retry_after": 0.01,
    "delay": 0.004,
    "truncate": 0.01,
}
READ_KEYS = 64


@dataclass
class Tally:
    """What the client reported, per operation; judged against redis-server afterwards."""

    ops: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    wrong_replies: int = 0
    unclear_errors: list[str] = field(default_factory=list)
    # (own key, outcome) of every write: "done", "maybe", "not attempted"
    writes: list[tuple[bytes, str]] = field(default_factory=list)
    transactions: list[tuple[bytes, str]] = field(default_factory=list)


def _outcome(exc: BaseException, token: str, names: tuple[str, ...], tally: Tally) -> str:
    """Classify a failed operation by what the client claims; record unclear errors."""
    text = str(exc)
    clear = (
        isinstance(exc, redisrest.RedisRestError)
        and any(name in text for name in names)
        and token not in text
    )
    if not clear:
        tally.unclear_errors.append(f"{type(exc).__name__}: {text[:200]}")
    if isinstance(exc, (redisrest.TransportError, redisrest.HTTPStatusError)):
        return "maybe" if exc.maybe_applied else "not attempted"
    return "maybe"  # no claim either way


class Workload:
    """Mixed operations on both clients, each op's keys and expected values derived from its id."""

    def __init__(
        self,
        prefix: bytes,
        values: list[bytes],
        aclient: AsyncRedis[bytes],
        sclient: Redis[bytes],
        token: str,
    ) -> None:
        self.prefix = prefix
        self.values = values
        self.aclient = aclient
        self.sclient = sclient
        self.token = token
        self.tally = Tally()
        self.counter = prefix + b"counter"

    def read_key(self, j: int) -> bytes:
        return self.prefix + b"r:%d" % j

    async def run(self, op: int) -> None:
        rng = random.Random(op)
        kind = rng.choices(["read", "incr", "pipeline", "transaction"], [40, 25, 20, 15])[0]
        sync = rng.random() < 0.3
        j = rng.randrange(len(self.values))
        own = self.prefix + b"%s:%d" % (kind.encode(), op)
        tally = self.tally
        tally.ops[f"{kind} ({'sync' if sync else 'async'})"] += 1
        names = {
            "read": ("GET", "MGET"),
            "incr": ("INCR",),
            "pipeline": ("pipeline of",),
            "transaction": ("transaction of",),
        }[kind]
        expected: Any
        try:
            if kind == "read":
                if rng.random() < 0.5:
                    expected = self.values[j]
                    got = await self._call(sync, lambda c: c.get(self.read_key(j)))
                else:
                    keys = [self.read_key((j + i) % len(self.values)) for i in range(3)]
                    expected = [self.values[(j + i) % len(self.values)] for i in range(3)]
                    got = await self._call(sync, lambda c: c.mget(*keys))
            elif kind == "incr":
                expected = 1
                got = await self._call(sync, lambda c: c.incr(own))
            elif kind == "pipeline":
                expected = (1, self.values[j])
                got = await self._call(
                    sync, lambda c: c.pipeline().incr(own).get(self.read_key(j)).exec()
                )
            else:
                got = await self._call(
                    sync,
                    lambda c: c.multi().incr(self.counter).incr(own).get(self.read_key(j)).exec(),
                )
                expected = (got[0] if got[0] >= 1 else -1, 1, self.values[j])
        except Exception as exc:
            outcome = _outcome(exc, self.token, names, tally)
        else:
            outcome = "done"
            if got != expected:
                tally.wrong_replies += 1
        tally.outcomes[f"{'write' if kind != 'read' else 'read'} {outcome}"] += 1
        if kind in ("incr", "pipeline"):
            tally.writes.append((own, outcome))
        elif kind == "transaction":
            tally.transactions.append((own, outcome))

    async def _call(self, sync: bool, fn: Callable[[Any], Any]) -> Any:
        if sync:
            return await asyncio.to_thread(fn, self.sclient)
        result = fn(self.aclient)
        return await result


async def _run_under_faults(
    gateway: GatewayProcess, judge: redis.Redis, operations: int, seed: int
) -> tuple[Tally, dict[str, int], Counter[str], dict[str, int]]:
    prefix = b"rel:faults:%d:%d:" % (seed, os.getpid())
    rng = random.Random(seed)
    values = [rng.randbytes(rng.randrange(0, 64)) for _ in range(READ_KEYS)]
    for j, value in enumerate(values):
        judge.set(prefix + b"r:%d" % j, value)
    with FaultProxy(gateway.url, RATES, seed=seed, delay=DELAY, retry_after="0") as proxy:
        aclient = AsyncRedis(
            proxy.url, gateway.token, decode_responses=False, timeout=CLIENT_TIMEOUT
        )
        sclient = Redis(
            proxy.url,
            gateway.token,
            decode_responses=False,
            timeout=CLIENT_TIMEOUT,
            max_connections=WORKERS,
        )
        work = Workload(prefix, values, aclient, sclient, gateway.token)
        ids = iter(range(operations))

        async def worker() -> None:
            for op in ids:
                await work.run(op)

        try:
            await asyncio.gather(*(worker() for _ in range(WORKERS)))
        finally:
            await aclient.aclose()
            sclient.close()
        await asyncio.to_thread(proxy.drain)  # delayed requests land before the judge looks
        injected = proxy.injected()
        traffic = Counter(
            {"requests": proxy.counts["requests"], "forwarded": proxy.counts["forwarded"]}
        )
    # The judge: how many times each write was applied, read from redis-server itself.
    tally = work.tally
    verdict: dict[str, int] = Counter()
    applied_tx = 0
    maybe_tx_applied = 0
    for own, outcome in [*tally.writes, *tally.transactions]:
        applied = int(judge.get(own) or 0)
        if applied > 1:
            verdict["applied twice"] += 1
        elif outcome == "done" and applied == 0:
            verdict["reported done, not applied"] += 1
        elif outcome == "not attempted" and applied:
            verdict["reported not attempted, applied"] += 1
        elif outcome == "maybe":
            verdict["maybe: applied" if applied else "maybe: not applied"] += 1
    for own, outcome in tally.transactions:
        applied = int(judge.get(own) or 0)
        applied_tx += applied
        if outcome == "maybe" and applied:
            maybe_tx_applied += 1
    done_tx = sum(1 for _, outcome in tally.transactions if outcome == "done")
    counter = int(judge.get(work.counter) or 0)
    verdict["counter"] = counter
    verdict["counter expected (done + maybe applied)"] = done_tx + maybe_tx_applied
    verdict["counter (sum of marks)"] = applied_tx
    return tally, injected, traffic, verdict


def _report(
    figures: Record,
    title: str,
    tally: Tally,
    injected: dict[str, int],
    traffic: Counter[str],
    verdict: dict[str, int],
) -> None:
    rows: list[tuple[str, object]] = [("operations", sum(tally.ops.values()))]
    rows += [(f"  {kind}", n) for kind, n in sorted(tally.ops.items())]
    rows += [(f"outcome: {kind}", n) for kind, n in sorted(tally.outcomes.items())]
    rows += [("HTTP requests seen by the proxy", traffic["requests"])]
    rows += [("  forwarded to the gateway", traffic["forwarded"])]
    rows += [("faults injected", sum(injected.values()))]
    rows += [(f"  {kind}", injected[kind]) for kind in FAULT_KINDS]
    rows += [
        ("wrong replies (must be 0)", tally.wrong_replies),
        ("unclear errors (must be 0)", len(tally.unclear_errors)),
        ("writes applied twice (must be 0)", verdict.get("applied twice", 0)),
        ("reported done, not applied (must be 0)", verdict.get("reported done, not applied", 0)),
        (
            "reported not attempted, applied (must be 0)",
            verdict.get("reported not attempted, applied", 0),
        ),
        ("'may have been applied': were", verdict.get("maybe: applied", 0)),
        ("'may have been applied': were not", verdict.get("maybe: not applied", 0)),
        ("shared counter (final value)", verdict["counter"]),
        (
            "  transactions done + maybe-and-applied",
            verdict["counter expected (done + maybe applied)"],
        ),
    ]
    figures(title, rows)


def _check(tally: Tally, injected: dict[str, int], verdict: dict[str, int]) -> None:
    assert tally.unclear_errors == []
    assert tally.wrong_replies == 0
    assert verdict.get("applied twice", 0) == 0
    assert verdict.get("reported done, not applied", 0) == 0
    assert verdict.get("reported not attempted, applied", 0) == 0
    assert verdict["counter"] == verdict["counter expected (done + maybe applied)"]
    assert verdict["counter"] == verdict["counter (sum of marks)"]
    assert all(injected[kind] > 0 for kind in FAULT_KINDS), injected  # every fault was exercised


async def test_mixed_operations_under_faults(
    gateway: GatewayProcess, direct: redis.Redis, figures: Record
) -> None:
    tally, injected, traffic, verdict = await _run_under_faults(gateway, direct, OPERATIONS, 1)
    _report(figures, f"faults: {OPERATIONS} mixed operations", tally, injected, traffic, verdict)
    _check(tally, injected, verdict)


@pytest.mark.soak
@pytest.mark.timeout(1800)
async def test_mixed_operations_under_faults_soak(
    gateway: GatewayProcess, direct: redis.Redis, figures: Record
) -> None:
    seed = random.randrange(2**32)
    tally, injected, traffic, verdict = await _run_under_faults(
        gateway, direct, SOAK_OPERATIONS, seed
    )
    title = f"faults (soak, seed {seed}): {SOAK_OPERATIONS} mixed operations"
    _report(figures, title, tally, injected, traffic, verdict)
    _check(tally, injected, verdict)


# ---------------------------------------------------------------------------------------------
# redis-server failing under the gateway


class RedisServer:
    """A redis-server on a fixed port that a test can kill and start again."""

    def __init__(self) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port: int = sock.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}"
        self._dir = tempfile.mkdtemp(prefix="rel-redis-")
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self._process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self._dir],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while True:
            try:
                with direct_client(self.url) as conn:
                    conn.ping()
                return
            except redis.ConnectionError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.02)

    def kill(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.send_signal(signal.SIGKILL)
            process.wait(10)

    def clients(self) -> int:
        """Connections redis-server has, besides the one asking."""
        with direct_client(self.url) as conn:
            listing: list[Any] = conn.client_list()
        return len(listing) - 1

    def close(self) -> None:
        self.kill()
        shutil.rmtree(self._dir, ignore_errors=True)


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    yield server
    server.close()


def _traffic(r: Redis[str], rounds: int) -> None:
    """A little of everything the gateway does with redis-server, one request at a time."""
    for i in range(rounds):
        assert r.set(f"t:{i}", "v") is True
        assert r.get(f"t:{i}") == "v"
        assert r.pipeline().incr("t:n").get(f"t:{i}").exec()[1] == "v"
        assert r.multi().incr("t:n").get(f"t:{i}").exec()[1] == "v"


def test_gateway_survives_redis_restarting(
    own_redis: RedisServer, gateway_factory: Callable[..., GatewayProcess], figures: Record
) -> None:
    with gateway_factory(redis_url=own_redis.url) as gw, Redis(gw.url, gw.token) as r:
        assert gw.pid is not None
        _traffic(r, 20)
        clients_before = own_redis.clients()
        fds_before = open_fds(gw.pid)

        own_redis.kill()
        down: Counter[str] = Counter()
        calls: list[Callable[[], object]] = [
            lambda: r.get("t:0"),
            lambda: r.incr("t:n"),
            lambda: r.pipeline().get("t:0").exec(),
            lambda: r.multi().incr("t:n").exec(),
        ]
        for _ in range(10):
            for call in calls:
                with pytest.raises(redisrest.ServerError) as info:
                    call()
                error = info.value
                assert error.status_code == 503  # refused before running: retried, then clear
                assert not error.maybe_applied
                assert "after 4 attempts" in str(error)
                down[f"HTTP {error.status_code}"] += 1
        with pytest.raises(redisrest.ServerError):
            r.with_options(retries=0).ping()

        own_redis.start()
        _traffic(r, 20)  # full service again, at once (the first request reconnects)
        clients_after = own_redis.clients()
        fds_after = open_fds(gw.pid)
        # Twice more down and up: nothing accumulates.
        for _ in range(2):
            own_redis.kill()
            with pytest.raises(redisrest.ServerError):
                r.get("t:0")
            own_redis.start()
            _traffic(r, 5)
        clients_end = own_redis.clients()
        fds_end = open_fds(gw.pid)
    figures(
        "redis-server restarting under the gateway",
        [
            ("requests while down", sum(down.values())),
            ("  answers", dict(down)),
            ("redis connections before / after / after 2 more restarts",
             f"{clients_before} / {clients_after} / {clients_end}"),
            ("gateway open fds before / after / after 2 more restarts",
             f"{fds_before} / {fds_after} / {fds_end}"),
        ],
    )  # fmt: skip
    assert clients_after <= clients_before and clients_end <= clients_before
    assert fds_end <= fds_before + 2  # the client's keep-alive connection may have been renewed


@pytest.fixture
def relayed(
    own_redis: RedisServer, gateway_factory: Callable[..., GatewayProcess]
) -> Iterator[tuple[GatewayProcess, TcpRelay, RedisServer]]:
    """A gateway whose link to redis-server goes through a relay the test can break."""
    with (
        TcpRelay("127.0.0.1", own_redis.port) as relay,
        gateway_factory("--redis-timeout", "1", redis_url=relay.url) as gw,
    ):
        yield gw, relay, own_redis


def test_a_write_whose_reply_was_lost_is_not_applied_twice(
    relayed: tuple[GatewayProcess, TcpRelay, RedisServer],
) -> None:
    gw, relay, server = relayed
    with Redis(gw.url, gw.token) as r, direct_client(server.url) as judge:
        assert r.incr("lost:warm") == 1
        # redis-server runs the INCR, then the link breaks before the reply reaches the gateway
        relay.cut_on_reply()
        with pytest.raises(redisrest.ServerError) as info:
            r.incr("lost:n")
        assert info.value.status_code == 502  # not 503: that would invite a retry
        assert info.value.maybe_applied
        assert " attempts" not in str(info.value)  # one attempt: a write is not retried
        assert str(info.value).startswith("INCR: HTTP 502 from the server: ")  # the gateway's words
        assert judge.get("lost:n") == b"1"
        # redis-server runs it but does not answer in time
        relay.hold_replies()
        try:
            with pytest.raises(redisrest.ServerError) as info:
                r.multi().incr("lost:tx").exec()
            assert info.value.status_code == 504
            assert info.value.maybe_applied
        finally:
            relay.release()
        assert judge.get("lost:tx") == b"1"
        # reads are retried through both faults and succeed
        relay.cut_on_reply()
        assert r.get("lost:n") == "1"
        assert r.incr("lost:after") == 1  # full service


def test_clients_closing_mid_request(
    relayed: tuple[GatewayProcess, TcpRelay, RedisServer], figures: Record
) -> None:
    gw, relay, server = relayed
    assert gw.pid is not None
    host, port = gw.url.removeprefix("http://").split(":")
    auth = b"Authorization: Bearer " + gw.token.encode() + b"\r\n"

    def request(path: bytes, body: bytes) -> bytes:
        return (
            b"POST " + path + b" HTTP/1.1\r\nHost: x\r\n" + auth
            + b"Content-Length: %d\r\n\r\n" % len(body) + body
        )  # fmt: skip

    def abandon(data: bytes) -> None:
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(data)

    with Redis(gw.url, gw.token) as r:
        _traffic(r, 5)
        clients_before = server.clients()
        fds_before = open_fds(gw.pid)
        closed = Counter[str]()
        for i in range(10):
            full = request(b"/", b'["INCR", "mid:%d"]' % i)
            abandon(full[:20])  # in the request line
            abandon(full[: full.index(b"\r\n\r\n")])  # in the headers
            abandon(full[:-5])  # in the body
            closed["before the request was complete"] += 3
            # a complete request, the client gone while redis-server works on it
            relay.hold_replies()
            abandon(request(b"/multi-exec", b'[["INCR", "mid:tx"], ["INCR", "mid:tx"]]'))
            abandon(request(b"/pipeline", b'[["INCR", "mid:p"], ["GET", "mid:p"]]'))
            abandon(full)
            time.sleep(0.05)  # let the gateway send them on before the replies flow again
            relay.release()
            closed["while redis-server ran it"] += 3
        _traffic(r, 5)  # still fully served
        # an abandoned request ran at most once (or not at all, when the gateway saw the
        # client go before it read the body)
        assert int(r.get("mid:tx") or 0) <= 20 and int(r.get("mid:tx") or 0) % 2 == 0
        assert int(r.get("mid:p") or 0) <= 10
        assert all(int(r.get(f"mid:{i}") or 0) <= 1 for i in range(10))
        clients_after = server.clients()
        fds_after = open_fds(gw.pid)
    figures(
        "clients closing mid-request",
        [
            *closed.items(),
            ("redis connections before / after", f"{clients_before} / {clients_after}"),
            ("gateway open fds before / after", f"{fds_before} / {fds_after}"),
        ],
    )
    assert clients_after <= clients_before + 1  # at most one more exclusive connection idle
    assert fds_after <= fds_before + 2
