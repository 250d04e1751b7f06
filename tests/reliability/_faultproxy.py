"""A fault-injecting HTTP/1.1 proxy in front of the gateway (test support, loopback only).

`FaultProxy(upstream_url, rates, seed=...)` listens on 127.0.0.1 in a thread of its own (so
sync and async clients can both use it) and relays each request to the gateway, except that,
at the configured rates, it injects one fault per request:

| kind | what the proxy does | can Redis have run the command? |
|---|---|---|
| `drop_before` | reads the request, closes without forwarding it | no |
| `drop_after` | forwards it, reads the gateway's reply, closes without relaying it | yes |
| `bad_gateway` | forwards it, answers 502 (HTML body) instead of the reply | yes |
| `bad_gateway_retry_after` | the same, with `Retry-After` | yes |
| `unavailable` | answers 503 without forwarding (the protocol's "refused before running") | no |
| `unavailable_retry_after` | the same, with `Retry-After` | no |
| `delay` | holds the request past the client's timeout, then forwards it anyway | yes (late) |
| `truncate` | forwards it, relays the head and half the body, closes | yes |

503 is never forwarded: the protocol (and the client's retry policy) reads 503 as "not run",
so a proxy that ran the command and then said 503 would be lying by construction. Everything
else is as adversarial as a real network: 502s, drops and truncations come after Redis ran the
write. `counts` says what was injected (and how many requests were seen and forwarded);
`drain()` waits until every delayed request has been forwarded, so a check of Redis's state
afterwards sees every write that will ever land.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from types import TracebackType
from urllib.parse import urlsplit

#: Every kind of fault the proxy injects, in the order its figures are printed.
FAULT_KINDS = (
    "drop_before",
    "drop_after",
    "bad_gateway",
    "bad_gateway_retry_after",
    "unavailable",
    "unavailable_retry_after",
    "delay",
    "truncate",
)
#: Kinds after which the gateway (so Redis) received the request.
FORWARDED_KINDS = frozenset(FAULT_KINDS) - {"drop_before", "unavailable", "unavailable_retry_after"}

_MAX_HEAD = 64 * 1024
_STOP_TIMEOUT = 10.0
_BAD_GATEWAY_BODY = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
_UNAVAILABLE_BODY = b"service unavailable"


class _Message:
    """One HTTP/1.1 message as bytes: its head (with the blank line) and its body."""

    __slots__ = ("body", "close", "head")

    def __init__(self, head: bytes, body: bytes, close: bool) -> None:
        self.head = head
        self.body = body
        self.close = close

    def wire(self) -> bytes:
        return self.head + self.body


async def _read_message(reader: asyncio.StreamReader) -> _Message | None:
    """A request or response framed by Content-Length (all the gateway and the client send)."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise ConnectionResetError("closed mid-message") from None
        return None
    except asyncio.LimitOverrunError:
        raise ConnectionResetError("head too large") from None
    length = 0
    close = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value.strip())
        elif name == b"connection" and b"close" in value.lower():
            close = True
    body = await reader.readexactly(length) if length else b""
    return _Message(head, body, close)


def _answer(status: bytes, body: bytes, retry_after: str | None) -> bytes:
    lines = [
        b"HTTP/1.1 " + status,
        b"Content-Type: text/html" if body.startswith(b"<") else b"Content-Type: text/plain",
        b"Content-Length: %d" % len(body),
    ]
    if retry_after is not None:
        lines.append(b"Retry-After: " + retry_after.encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


class FaultProxy:
    """The proxy: `with FaultProxy(gw.url, {"drop_after": 0.01}) as proxy: ... proxy.url`.

    `rates` maps fault kinds to probabilities (their sum at most 1); `delay` is how long the
    `delay` kind holds a request (make it longer than the client's read timeout);
    `retry_after` is the `Retry-After` value sent by the `*_retry_after` kinds. Faults are
    drawn from a seeded generator, so a run is reproducible up to thread scheduling.
    """

    def __init__(
        self,
        upstream: str,
        rates: Mapping[str, float],
        *,
        seed: int = 0,
        delay: float = 1.0,
        retry_after: str = "0",
    ) -> None:
        unknown = set(rates) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        if sum(rates.values()) > 1.0:
            raise ValueError("the fault rates add up to more than 1")
        parts = urlsplit(upstream)
        self._upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._rates = [(kind, rates.get(kind, 0.0)) for kind in FAULT_KINDS]
        self._random = random.Random(seed)
        self.delay = delay
        self.retry_after = retry_after
        self.counts: Counter[str] = Counter()
        self.url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._ready = threading.Event()
        self._lock = threading.Lock()

    # -- lifecycle (called from the test's thread) ---------------------------------------------

    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(_STOP_TIMEOUT) or not self.url:
            raise RuntimeError("the fault proxy did not start")
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(_STOP_TIMEOUT)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(_STOP_TIMEOUT)
        self._loop = self._thread = None

    def drain(self, timeout: float = 30.0) -> None:
        """Wait until every request the proxy holds (delayed ones too) has been dealt with."""
        loop = self._loop
        assert loop is not None
        asyncio.run_coroutine_threadsafe(self._drained(), loop).result(timeout)

    def set_rates(self, rates: Mapping[str, float]) -> None:
        """Change the rates (e.g. to 0 before checking the state through the same proxy)."""
        with self._lock:
            self._rates = [(kind, rates.get(kind, 0.0)) for kind in FAULT_KINDS]

    def injected(self) -> dict[str, int]:
        """Faults injected so far, by kind (every kind listed, zeros included)."""
        with self._lock:
            return {kind: self.counts[kind] for kind in FAULT_KINDS}

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- the proxy's own thread --------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._server = loop.run_until_complete(
                asyncio.start_server(self._serve, "127.0.0.1", 0, limit=_MAX_HEAD)
            )
            port = self._server.sockets[0].getsockname()[1]
            self.url = f"http://127.0.0.1:{port}"
        finally:
            self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _shutdown(self) -> None:
        server = self._server
        if server is not None:
            server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _drained(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def _pick(self) -> str | None:
        with self._lock:
            draw = self._random.random()
            self.counts["requests"] += 1
            for kind, rate in self._rates:
                if draw < rate:
                    self.counts[kind] += 1
                    return kind
                draw -= rate
        return None

    def _count(self, what: str) -> None:
        with self._lock:
            self.counts[what] += 1

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        try:
            while True:
                request = await _read_message(reader)
                if request is None:
                    return
                kind = self._pick()
                if kind == "drop_before":
                    return
                if kind in ("unavailable", "unavailable_retry_after"):
                    ra = self.retry_after if kind == "unavailable_retry_after" else None
                    writer.write(_answer(b"503 Service Unavailable", _UNAVAILABLE_BODY, ra))
                    await writer.drain()
                    continue
                if kind == "delay":
                    await asyncio.sleep(self.delay)
                if upstream is None:
                    upstream = await asyncio.open_connection(*self._upstream, limit=_MAX_HEAD)
                upstream[1].write(request.wire())
                await upstream[1].drain()
                response = await _read_message(upstream[0])
                self._count("forwarded")
                if response is None:
                    return
                if response.close:
                    upstream[1].close()
                    upstream = None
                if kind in ("drop_after", "delay"):
                    # `delay`: the client gave up long ago; relaying now would only be discarded.
                    return
                if kind in ("bad_gateway", "bad_gateway_retry_after"):
                    ra = self.retry_after if kind == "bad_gateway_retry_after" else None
                    writer.write(_answer(b"502 Bad Gateway", _BAD_GATEWAY_BODY, ra))
                    await writer.drain()
                    continue
                if kind == "truncate":
                    writer.write(response.head + response.body[: len(response.body) // 2])
                    await writer.drain()
                    return
                writer.write(response.wire())
                await writer.drain()
                if request.close or response.close:
                    return
        except (OSError, asyncio.IncompleteReadError, ValueError):
            return  # the client or the gateway went away: nothing to relay
        finally:
            self._tasks.discard(task)
            writer.close()
            if upstream is not None:
                upstream[1].close()


class TcpRelay:
    """A byte relay between the gateway and redis-server, to fail the link on demand.

    `hold_replies()` keeps redis-server's replies from the gateway (its commands still reach
    redis-server and run); `release()` lets them through again; `cut_on_reply()` closes both
    sides of a connection as soon as redis-server answers, so the command ran and its reply is
    lost. `connections` counts the links the gateway opened through the relay.
    """

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self._upstream = (upstream_host, upstream_port)
        self.url = ""
        self.connections = 0
        self._hold = False
        self._cut = False
        self._released: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._writers: set[asyncio.StreamWriter] = set()

    def start(self) -> TcpRelay:
        self._thread = threading.Thread(target=self._run, name="tcp-relay", daemon=True)
        self._thread.start()
        if not self._ready.wait(_STOP_TIMEOUT) or not self.url:
            raise RuntimeError("the relay did not start")
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(_STOP_TIMEOUT)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(_STOP_TIMEOUT)
        self._loop = self._thread = None

    def __enter__(self) -> TcpRelay:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def hold_replies(self) -> None:
        self._call(self._set_hold, True)

    def release(self) -> None:
        self._call(self._set_hold, False)

    def cut_on_reply(self) -> None:
        self._call(self._set_cut, True)

    def _call(self, fn: Callable[[bool], None], value: bool) -> None:
        loop = self._loop
        assert loop is not None
        done = threading.Event()

        def run() -> None:
            fn(value)
            done.set()

        loop.call_soon_threadsafe(run)
        done.wait(_STOP_TIMEOUT)

    def _set_hold(self, value: bool) -> None:
        self._hold = value
        assert self._released is not None
        if value:
            self._released.clear()
        else:
            self._released.set()

    def _set_cut(self, value: bool) -> None:
        self._cut = value

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._released = asyncio.Event()
            self._released.set()
            self._server = loop.run_until_complete(
                asyncio.start_server(self._serve, "127.0.0.1", 0)
            )
            port = self._server.sockets[0].getsockname()[1]
            self.url = f"redis://127.0.0.1:{port}"
        finally:
            self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._upstream)
        except OSError:
            writer.close()
            return
        self._writers.update((writer, up_writer))

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter, replies: bool) -> None:
            try:
                while data := await src.read(65536):
                    if replies:
                        if self._cut:
                            self._cut = False
                            break
                        assert self._released is not None
                        await self._released.wait()
                    dst.write(data)
                    await dst.drain()
            except OSError:
                pass
            finally:
                writer.close()
                up_writer.close()

        await asyncio.gather(pump(reader, up_writer, False), pump(up_reader, writer, True))
        self._writers.difference_update((writer, up_writer))
