"""Load: 64 concurrent clients of mixed commands; slow clients cut off while others are served.

Every reply is checked against what the client itself wrote (each client owns its keys), so a
wrong reply is counted, not guessed. The gateway is a process of its own, measured from /proc.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator

import httpx
import pytest
from _reliability_support import Record, open_fds, percentile, rss_kib

import redisrest
from redisrest import AsyncRedis
from redisrest.gateway import GatewayProcess

CLIENTS = 64
SECONDS = 5.0
SOAK_SECONDS = 20.0
WARM_UP_OPS = 20  # per client, before the starting RSS is read


@pytest.fixture
def own_gateway(gateway_factory: Callable[..., GatewayProcess]) -> Iterator[GatewayProcess]:
    with gateway_factory() as gw:
        yield gw


class Client:
    """One of the concurrent clients: its own connection pool, its own keys, its own model."""

    def __init__(self, index: int, gw: GatewayProcess, run: str) -> None:
        self.redis: AsyncRedis[str] = AsyncRedis(gw.url, gw.token, max_connections=2)
        self.rng = random.Random(index)
        self.k = f"rel:load:{run}:{index}:"
        self.counter = 0
        self.values: dict[str, str] = {}
        self.latencies: list[float] = []
        self.ops: Counter[str] = Counter()
        self.wrong = 0
        self.errors: Counter[str] = Counter()

    async def one(self) -> None:
        rng, k, r = self.rng, self.k, self.redis
        kind = rng.choice(["set-get", "incr", "hash", "zset", "list", "pipeline", "multi"])
        value = "".join(rng.choices("abcdé😀\x00 ", k=rng.randrange(0, 40)))
        started = time.perf_counter()
        try:
            if kind == "set-get":
                ok = await r.set(k + "s", value)
                self._expect(ok is True and await r.get(k + "s") == value)
            elif kind == "incr":
                self.counter += 1
                self._expect(await r.incr(k + "n") == self.counter)
            elif kind == "hash":
                field = str(rng.randrange(8))
                self.values[field] = value
                await r.hset(k + "h", {field: value})
                self._expect(await r.hgetall(k + "h") == self.values)
            elif kind == "zset":
                score = rng.uniform(-1e6, 1e6)
                await r.zadd(k + "z", {"m": score})
                self._expect(await r.zscore(k + "z", "m") == score)
            elif kind == "list":
                length = await r.rpush(k + "l", value)
                self._expect(await r.lindex(k + "l", length - 1) == value)
            elif kind == "pipeline":
                self.counter += 1
                got = await r.pipeline().set(k + "p", value).get(k + "p").incr(k + "n").exec()
                self._expect(got == (True, value, self.counter))
            else:
                self.counter += 2
                got = await r.multi().incr(k + "n").incr(k + "n").exec()
                self._expect(got == (self.counter - 1, self.counter))
        except redisrest.ServerError as exc:
            self.errors[f"HTTP {exc.status_code}"] += 1
        except Exception as exc:
            self.errors[type(exc).__name__] += 1
        self.latencies.append(time.perf_counter() - started)
        self.ops[kind] += 1

    def _expect(self, right: bool) -> None:
        if not right:
            self.wrong += 1


async def _load(gw: GatewayProcess, seconds: float, figures: Record, title: str) -> None:
    assert gw.pid is not None
    run = f"{time.monotonic_ns()}"
    clients = [Client(i, gw, run) for i in range(CLIENTS)]
    for _ in range(WARM_UP_OPS):
        await asyncio.gather(*(c.one() for c in clients))
    for c in clients:
        c.latencies.clear()
    rss_start, fds_start = rss_kib(gw.pid), open_fds(gw.pid)
    deadline = time.monotonic() + seconds

    async def drive(c: Client) -> None:
        while time.monotonic() < deadline:
            await c.one()

    started = time.monotonic()
    await asyncio.gather(*(drive(c) for c in clients))
    elapsed = time.monotonic() - started
    rss_end, fds_end = rss_kib(gw.pid), open_fds(gw.pid)
    for c in clients:
        await c.redis.aclose()

    latencies = sorted(x for c in clients for x in c.latencies)
    ops: Counter[str] = sum((c.ops for c in clients), Counter())
    errors: Counter[str] = sum((c.errors for c in clients), Counter())
    wrong = sum(c.wrong for c in clients)
    five_xx = sum(n for name, n in errors.items() if name.startswith("HTTP 5"))

    def ms(q: float) -> str:
        return f"{percentile(latencies, q) * 1000:.2f}"

    figures(
        title,
        [
            ("concurrent clients", CLIENTS),
            ("seconds", f"{elapsed:.1f}"),
            ("operations (after warm-up)", len(latencies)),
            ("  by kind", dict(sorted(ops.items()))),
            ("operations per second", f"{len(latencies) / elapsed:.0f}"),
            ("latency ms p50 / p90 / p99 / p99.9 / max",
             f"{ms(0.5)} / {ms(0.9)} / {ms(0.99)} / {ms(0.999)} / {ms(1.0)}"),
            ("5xx answers (must be 0)", five_xx),
            ("other errors (must be 0)", sum(errors.values()) - five_xx),
            ("wrong replies (must be 0)", wrong),
            ("gateway RSS KiB start / end", f"{rss_start} / {rss_end}"),
            ("gateway open fds start / end", f"{fds_start} / {fds_end}"),
        ],
    )  # fmt: skip
    assert five_xx == 0 and not errors, errors
    assert wrong == 0
    assert len(latencies) > CLIENTS  # every client got through several rounds
    # Stable memory: no growth beyond allocator noise over the run (a leak of a few hundred
    # bytes per request would show as tens of MiB at this volume).
    assert rss_end < rss_start * 1.25 + 16 * 1024


async def test_load(own_gateway: GatewayProcess, figures: Record) -> None:
    await _load(own_gateway, SECONDS, figures, f"load: {CLIENTS} clients, {SECONDS:g} s")


@pytest.mark.soak
@pytest.mark.timeout(600)
async def test_load_soak(own_gateway: GatewayProcess, figures: Record) -> None:
    title = f"load (soak): {CLIENTS} clients, {SOAK_SECONDS:g} s"
    await _load(own_gateway, SOAK_SECONDS, figures, title)


# ---------------------------------------------------------------------------------------------
# Slow clients

SLOW_TIMEOUT = 2  # the gateway's --body-timeout in these tests (it also times request heads)
SLOW_CLIENTS = 6


@pytest.fixture
def slow_gateway(gateway_factory: Callable[..., GatewayProcess]) -> Iterator[GatewayProcess]:
    with gateway_factory("--body-timeout", str(SLOW_TIMEOUT)) as gw:
        yield gw


def _trickle(gw: GatewayProcess, head: bytes, trickled: bytes, replies: list[bytes]) -> None:
    """Send `head` at once, then `trickled` a byte a second until the gateway answers."""
    host, port = gw.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(head)
        sock.settimeout(1.0)
        reply = b""
        for i in range(len(trickled) + 30):  # bounded: never more than ~len + 30 seconds
            if i < len(trickled):
                with contextlib.suppress(OSError):  # the gateway may have closed its side
                    sock.sendall(trickled[i : i + 1])
            try:
                chunk = sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            reply += chunk
        replies.append(reply)


def test_slow_clients_are_cut_off_while_others_are_served(
    slow_gateway: GatewayProcess, figures: Record
) -> None:
    gw = slow_gateway
    auth = b"Authorization: Bearer " + gw.token.encode() + b"\r\n"
    body = b'["SET", "rel:slow", "' + b"x" * 60 + b'"]'
    head = b"POST / HTTP/1.1\r\nHost: x\r\n" + auth + b"Content-Length: %d\r\n\r\n" % len(body)
    slow_bodies: list[bytes] = []
    slow_heads: list[bytes] = []
    threads = [
        threading.Thread(target=_trickle, args=(gw, head, body, slow_bodies))
        for _ in range(SLOW_CLIENTS)
    ] + [
        threading.Thread(target=_trickle, args=(gw, b"", head + body, slow_heads))
        for _ in range(SLOW_CLIENTS)
    ]
    served: Counter[str] = Counter()
    with httpx.Client(base_url=gw.url, headers={"Authorization": f"Bearer {gw.token}"}) as fast:
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            response = fast.post("/", json=["INCR", "rel:slow:fast"])
            served["ok" if response.status_code == 200 else f"HTTP {response.status_code}"] += 1
        for thread in threads:
            thread.join()
        final = fast.post("/", json=["GET", "rel:slow"]).json()
    figures(
        "slow clients (a byte a second)",
        [
            ("slow bodies / slow heads", f"{SLOW_CLIENTS} / {SLOW_CLIENTS}"),
            ("gateway timeout (s)", SLOW_TIMEOUT),
            ("requests served meanwhile", dict(served)),
        ],
    )
    expected_body = b'{"error":"ERR request body not received in time"}'
    expected_head = b'{"error":"ERR request head not received in time"}'
    for reply in slow_bodies:
        assert reply.startswith(b"HTTP/1.1 408 ") and reply.endswith(expected_body), reply
    for reply in slow_heads:
        assert reply.startswith(b"HTTP/1.1 408 ") and reply.endswith(expected_head), reply
    assert set(served) == {"ok"} and served["ok"] > 0
    assert final == {"result": None}  # no trickled SET ever ran


def test_idle_connections_are_closed(slow_gateway: GatewayProcess) -> None:
    """A connection that never sends anything is closed (silently) after the timeout too."""
    gw = slow_gateway
    host, port = gw.url.removeprefix("http://").split(":")
    sockets = [
        socket.create_connection((host, int(port)), timeout=SLOW_TIMEOUT * 10) for _ in range(20)
    ]
    try:
        assert all(sock.recv(100) == b"" for sock in sockets)  # EOF: closed by the gateway
    finally:
        for sock in sockets:
            sock.close()
    with httpx.Client(base_url=gw.url, headers={"Authorization": f"Bearer {gw.token}"}) as c:
        assert c.post("/", json=["PING"]).json() == {"result": "PONG"}
