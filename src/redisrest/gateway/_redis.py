"""A small asynchronous RESP2 client: pipelined connections, a pool, subscriber connections.

Why not redis-py's asyncio `Connection`: its error parser strips the `ERR ` prefix from error
replies (and maps some to exception classes), it splits a first argument on spaces when packing,
it cannot return a reply's exact RESP2 bytes (which `Upstash-Response-Format: resp2` needs), it
serves one request per connection at a time, and every read goes through health-check, timeout
and maintenance-notification layers. This module is an `asyncio.Protocol` feeding
`hiredis.Reader` directly: replies arrive as `bytes` (or text, decoded by hiredis in C when the
caller wants UTF-8 with replacement), integers, lists, None, and `hiredis.ReplyError` objects for
error replies, at any depth.

Two ways to use a connection:

- shared (single commands, /pipeline): a few connections carry every concurrent request. Each
  request appends its whole batch of commands to the connection's write buffer; the buffer goes
  out in one write per event-loop turn, and replies are handed back in order. Batches are
  contiguous, so one request's commands are never interleaved with another's.
- exclusive (/multi-exec, raw RESP2 replies): the pool lends a connection to one request at a
  time, as the protocol asks for transactions.

A connection whose reply does not come in time, or whose server sent something unexpected, is
closed, and every request waiting on it fails with RedisUnavailable: `maybe_ran` tells whether
its commands had been written to redis-server (which may then have run them: HTTP 502/504, never
retried for a write) or not (HTTP 503, "refused before running", which clients retry).
"""

from __future__ import annotations

import asyncio
import collections
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlsplit

import hiredis

#: Seconds allowed to open a TCP/unix connection to redis-server (and authenticate).
CONNECT_TIMEOUT = 5.0
#: Connections shared by concurrent single commands and pipelines.
SHARED_CONNECTIONS = 2
#: Commands waiting on the first shared connection beyond which requests go to the other one
#: (a long /pipeline's replies would hold them up). Below it, every request takes the first:
#: one connection carries a turn's requests in one write and one read (a second connection
#: would double the system calls: 33.1k against 32.2k req/s with wrk here).
LONG_QUEUE = 128


class RedisUnavailable(Exception):
    """redis-server cannot be reached (HTTP 503, retryable), or failed after the commands were
    sent to it (`maybe_ran`: it may have run them; `timeout`: it did not answer in time)."""

    def __init__(
        self,
        message: str,
        *,
        maybe_ran: bool = False,
        timeout: bool = False,
        refused: bool = False,
    ) -> None:
        super().__init__(message)
        self.maybe_ran = maybe_ran
        self.timeout = timeout
        #: The server answered but refused the login or the database: waiting will not help.
        self.refused = refused


class RespProtocolError(Exception):
    """The server sent bytes that are not RESP2, or a reply nobody asked for."""


@dataclass(frozen=True)
class RedisAddress:
    """Where redis-server listens and how to log in, parsed from a redis URL."""

    host: str = "127.0.0.1"
    port: int = 6379
    path: str | None = None
    tls: bool = False
    verify_tls: bool = True
    username: str | None = None
    password: str | None = None
    db: int = 0


def parse_redis_url(url: str) -> RedisAddress:
    """Parse `redis://`, `rediss://` and `unix://` URLs (user, password and db included)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)

    def first(key: str) -> str | None:
        values = query.get(key)
        return values[0] if values else None

    username = unquote(parts.username) if parts.username else first("username")
    password = unquote(parts.password) if parts.password else first("password")
    db_text = first("db")
    scheme = parts.scheme.lower()
    if scheme == "unix":
        if not parts.path:
            raise ValueError("a unix:// redis URL needs a socket path")
        return RedisAddress(
            path=parts.path, username=username, password=password, db=int(db_text or 0)
        )
    if scheme not in ("redis", "rediss"):
        raise ValueError("the redis URL must start with redis://, rediss:// or unix://")
    path_db = parts.path.strip("/")
    db = int(path_db) if path_db else int(db_text or 0)
    verify = (first("ssl_cert_reqs") or "required").lower() not in ("none", "optional")
    return RedisAddress(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 6379,
        tls=scheme == "rediss",
        verify_tls=verify,
        username=username,
        password=password,
        db=db,
    )


#: One command in RESP2 (strings are UTF-8; raises UnicodeEncodeError on lone surrogates).
#: hiredis's C function itself, not wrapped: a /pipeline packs every command with it, and a
#: Python frame around it cost 0.16 ms of a 1,000-command /pipeline's 3 ms.
pack = cast(
    "Callable[[tuple[str | bytes, ...]], bytes]",
    hiredis.pack_command,  # pyright: ignore[reportUnknownMemberType]  # its stub returns Unknown
)


def resp_end(buf: bytes | bytearray, pos: int) -> int:
    """The offset just past the complete RESP2 reply starting at `pos`, or -1 if incomplete."""
    need = 1
    size = len(buf)
    while need:
        if pos >= size:
            return -1
        nl = buf.find(b"\r\n", pos)
        if nl < 0:
            return -1
        kind = buf[pos]
        need -= 1
        if kind == 0x24:  # $ bulk string
            length = int(buf[pos + 1 : nl])
            pos = nl + 2 if length < 0 else nl + 4 + length
            if pos > size:
                return -1
        elif kind == 0x2A:  # * array
            count = int(buf[pos + 1 : nl])
            if count > 0:
                need += count
            pos = nl + 2
        elif kind in (0x2B, 0x2D, 0x3A):  # + simple, - error, : integer
            pos = nl + 2
        else:
            raise RespProtocolError("not a RESP2 reply")
    return pos


class _Batch:
    """The replies one request waits for."""

    __slots__ = ("count", "decode", "future", "replies", "sent")

    def __init__(
        self, future: asyncio.Future[list[Any]], count: int, decode: bool, sent: float
    ) -> None:
        self.future = future
        self.count = count
        self.decode = decode
        self.replies: list[Any] = []
        self.sent = sent


class RedisConnection(asyncio.Protocol):
    """One connection to redis-server, carrying batches of commands in order."""

    def __init__(self, loop: asyncio.AbstractEventLoop, timeout: float) -> None:
        self._loop = loop
        self._timeout = timeout
        self._transport: asyncio.Transport | None = None
        self._reader = hiredis.Reader(encoding="utf-8", errors="replace")
        self._pending: collections.deque[_Batch] = collections.deque()
        self._out: list[bytes] = []
        self._raw: bytearray | None = None
        self._raw_pos = 0
        self._watchdog: asyncio.TimerHandle | None = None
        self._push: Callable[[Any], None] | None = None
        self._queued = 0
        self.closed = False

    @property
    def pending(self) -> int:
        """Requests waiting for replies on this connection."""
        return len(self._pending)

    @property
    def queued(self) -> int:
        """Commands waiting for replies on this connection."""
        return self._queued

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        try:
            if self._raw is not None:
                self._raw_received(data)
                return
            reader = self._reader
            reader.feed(data)
            push = self._push
            if push is not None:
                while (reply := reader.gets(False)) is not False:
                    push(reply)
                return
            pending = self._pending
            gets = reader.gets
            while pending:
                batch = pending[0]
                replies = batch.replies
                append = replies.append
                decode = batch.decode
                for _ in range(batch.count - len(replies)):  # (a tight loop for long batches)
                    reply = gets(decode)
                    if reply is False:
                        return
                    append(reply)
                pending.popleft()
                self._queued -= batch.count
                if not batch.future.done():
                    batch.future.set_result(replies)
            if reader.gets() is not False:
                raise RespProtocolError("a reply nobody asked for")
        except (hiredis.ProtocolError, RespProtocolError, ValueError):
            self._fail("protocol error")

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._fail("connection lost")
        if self._push is not None:
            push, self._push = self._push, None
            push(None)

    # requests

    def request(
        self, packed: bytes, count: int, *, decode: bool, raw: bool = False
    ) -> asyncio.Future[list[Any]]:
        """Queue a batch of `count` commands; the future of their `count` replies, in order.

        `decode`: bulk strings as UTF-8 text (invalid bytes replaced) instead of bytes.
        `raw`: each reply as its exact RESP2 bytes (only on a connection used exclusively).
        """
        loop = self._loop
        future: asyncio.Future[list[Any]] = loop.create_future()
        if self.closed or self._transport is None:
            future.set_exception(RedisUnavailable("connection lost"))
            return future
        pending = self._pending
        if raw:
            if pending:
                raise RuntimeError("raw replies need a connection of their own")
            self._raw = bytearray()
            self._raw_pos = 0
        now = loop.time()
        pending.append(_Batch(future, count, decode, now))
        self._queued += count
        if self._watchdog is None:
            self._watchdog = loop.call_at(now + self._timeout, self._check_time)
        out = self._out
        if not out:
            loop.call_soon(self._flush)
        out.append(packed)
        return future

    def start_push(self, packed: bytes, push: Callable[[Any], None]) -> None:
        """Subscriber mode: every reply (as bytes) goes to `push`; `push(None)` at the end."""
        if self._transport is None or self.closed:
            push(None)
            return
        self._push = push
        self._transport.write(packed)

    def close(self) -> None:
        self.closed = True
        if self._transport is not None:
            self._transport.close()
        self._fail("connection closed")

    # internals

    def _flush(self) -> None:
        out = self._out
        if self._transport is not None and not self.closed and out:
            self._transport.write(out[0] if len(out) == 1 else b"".join(out))
        out.clear()

    def _raw_received(self, data: bytes) -> None:
        raw = self._raw
        assert raw is not None
        raw += data
        batch = self._pending[0]
        while len(batch.replies) < batch.count:
            end = resp_end(raw, self._raw_pos)
            if end < 0:
                return
            batch.replies.append(bytes(raw[self._raw_pos : end]))
            self._raw_pos = end
        self._raw = None
        self._pending.popleft()
        self._queued -= batch.count
        if self._raw_pos != len(raw):
            raise RespProtocolError("a reply nobody asked for")
        if not batch.future.done():
            batch.future.set_result(batch.replies)

    def _check_time(self) -> None:
        self._watchdog = None
        if not self._pending:
            return
        deadline = self._pending[0].sent + self._timeout
        if self._loop.time() >= deadline:
            self._fail("redis-server did not answer in time", timeout=True)
        else:
            self._watchdog = self._loop.call_at(deadline, self._check_time)

    def _fail(self, reason: str, *, timeout: bool = False) -> None:
        """Fail every waiting request and close (a connection in an unknown state is useless).

        The batches still in the write buffer never reached redis-server; the others did, and
        may have run (each request appends one batch to both, so the unsent ones are the last).
        """
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        pending = self._pending
        if not pending and self._push is None:
            return
        self.closed = True
        if self._transport is not None:
            self._transport.close()
        sent = len(pending) - len(self._out)
        while pending:
            future = pending.popleft().future
            if not future.done():
                ran = sent > 0
                future.set_exception(
                    RedisUnavailable(reason, maybe_ran=ran, timeout=ran and timeout)
                )
            sent -= 1
        self._queued = 0


async def open_connection(
    address: RedisAddress, *, timeout: float, connect_timeout: float = CONNECT_TIMEOUT
) -> RedisConnection:
    """Connect, authenticate and select the database; RedisUnavailable on any failure."""
    loop = asyncio.get_running_loop()
    conn = RedisConnection(loop, timeout)
    try:
        if address.path is not None:
            coro = loop.create_unix_connection(lambda: conn, address.path)
        else:
            context: ssl.SSLContext | None = None
            if address.tls:
                context = ssl.create_default_context()
                if not address.verify_tls:
                    context.check_hostname = False
                    context.verify_mode = ssl.CERT_NONE
            coro = loop.create_connection(lambda: conn, address.host, address.port, ssl=context)
        await asyncio.wait_for(coro, connect_timeout)
    except (OSError, asyncio.TimeoutError) as exc:
        raise RedisUnavailable(_describe(exc)) from None
    setup: list[tuple[str | bytes, ...]] = []
    if address.password is not None:
        if address.username:
            setup.append(("AUTH", address.username, address.password))
        else:
            setup.append(("AUTH", address.password))
    if address.db:
        setup.append(("SELECT", str(address.db)))
    if setup:
        try:
            packed = b"".join(pack(argv) for argv in setup)
            replies = await conn.request(packed, len(setup), decode=True)
        except BaseException:
            conn.close()
            raise
        for argv, reply in zip(setup, replies, strict=True):
            if isinstance(reply, hiredis.ReplyError):
                conn.close()
                what = "the login" if argv[0] == "AUTH" else f"database {address.db}"
                raise RedisUnavailable(
                    f"redis-server refused {what} ({_first_words(str(reply))})", refused=True
                )
    return conn


def _first_words(text: str) -> str:
    """An error reply's first sentence, bounded (redis never puts the password in it)."""
    return text.split("\n", 1)[0][:120]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, asyncio.TimeoutError):
        return "connect timeout"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, FileNotFoundError):
        return "no such socket"
    return type(exc).__name__


class RedisPool:
    """Shared pipelined connections, plus up to `max_connections` lent one request at a time."""

    def __init__(
        self,
        address: RedisAddress,
        *,
        max_connections: int,
        timeout: float,
        connect_timeout: float = CONNECT_TIMEOUT,
        shared: int = SHARED_CONNECTIONS,
    ) -> None:
        self.address = address
        self.timeout = timeout
        self._connect_timeout = connect_timeout
        self._max = max_connections
        self._shared: list[RedisConnection | None] = [None] * shared
        self._connecting: list[asyncio.Future[RedisConnection] | None] = [None] * shared
        self._idle: list[RedisConnection] = []
        self._count = 0
        self._waiters: collections.deque[asyncio.Future[RedisConnection | None]] = (
            collections.deque()
        )
        self._closed = False

    @property
    def up(self) -> bool:
        """Whether a shared connection is open (False before the first request, or after a failure)."""
        return any(conn is not None and not conn.closed for conn in self._shared)

    @property
    def size(self) -> int:
        """Exclusive connections open or being opened (idle and lent)."""
        return self._count

    def execute(self, packed: bytes, count: int, *, decode: bool = True) -> Awaitable[list[Any]]:
        """Send a batch on a shared connection; its `count` replies, in order (await it).

        Not a coroutine: once the shared connections are open, the request is queued at once
        and the connection's future is returned as it is (one frame less per request).
        """
        shared = self._shared
        first = shared[0]
        if first is not None and first.queued < LONG_QUEUE and not first.closed:
            return first.request(packed, count, decode=decode)
        best: RedisConnection | None = None
        fewest = 0
        for conn in shared:
            if conn is None or conn.closed:
                continue
            waiting = conn.queued
            if best is None or waiting < fewest:
                best, fewest = conn, waiting
                if not waiting:
                    break
        if best is None or (fewest >= LONG_QUEUE and None in shared):
            return self._execute_opening(packed, count, decode)
        return best.request(packed, count, decode=decode)

    async def _execute_opening(self, packed: bytes, count: int, decode: bool) -> list[Any]:
        conn = await self._open_shared()
        return await conn.request(packed, count, decode=decode)

    async def execute_exclusive(
        self, packed: bytes, count: int, *, decode: bool = True, raw: bool = False
    ) -> list[Any]:
        """Send a batch on a connection lent to this request alone; its `count` replies."""
        conn = await self.acquire()
        try:
            return await conn.request(packed, count, decode=decode, raw=raw)
        except BaseException:
            conn.close()
            raise
        finally:
            self.release(conn)

    async def _open_shared(self) -> RedisConnection:
        if self._closed:
            raise RedisUnavailable("gateway is shutting down")
        shared = self._shared
        free = [i for i, conn in enumerate(shared) if conn is None or conn.closed]
        if not free:
            # Another request filled the free slot meanwhile.
            live = [conn for conn in shared if conn is not None]
            return min(live, key=lambda conn: conn.pending)
        index = free[0]
        connecting = self._connecting[index]
        if connecting is not None:
            return await asyncio.shield(connecting)
        future: asyncio.Future[RedisConnection] = asyncio.get_running_loop().create_future()
        self._connecting[index] = future
        try:
            conn = await open_connection(
                self.address, timeout=self.timeout, connect_timeout=self._connect_timeout
            )
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning when nobody else waits
            raise
        finally:
            self._connecting[index] = None
        shared[index] = conn
        future.set_result(conn)
        return conn

    async def acquire(self) -> RedisConnection:
        if self._closed:
            raise RedisUnavailable("gateway is shutting down")
        idle = self._idle
        while idle:
            conn = idle.pop()
            if not conn.closed:
                return conn
            self._count -= 1
        if self._count < self._max:
            return await self._connect()
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[RedisConnection | None] = loop.create_future()
        self._waiters.append(waiter)
        timer = loop.call_later(self.timeout, _expire, waiter)
        try:
            given = await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                handed = waiter.result()
                if handed is None:
                    self._count -= 1
                    self._wake()
                else:
                    self.release(handed)
            raise
        finally:
            timer.cancel()
        if given is None:
            # A slot was freed for us (the count already includes it): open a connection.
            self._count -= 1
            return await self._connect()
        return given

    def release(self, conn: RedisConnection) -> None:
        if conn.closed or self._closed:
            conn.close()
            self._count -= 1
            self._wake()
            return
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(conn)
                return
        self._idle.append(conn)

    async def dedicated(self) -> RedisConnection:
        """A new connection outside the pool (for a subscriber); the caller closes it."""
        if self._closed:
            raise RedisUnavailable("gateway is shutting down")
        return await open_connection(
            self.address, timeout=self.timeout, connect_timeout=self._connect_timeout
        )

    async def close(self) -> None:
        self._closed = True
        for conn in self._shared:
            if conn is not None:
                conn.close()
        for conn in self._idle:
            conn.close()
        self._count -= len(self._idle)
        self._idle.clear()
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_exception(RedisUnavailable("gateway is shutting down"))

    async def _connect(self) -> RedisConnection:
        self._count += 1
        try:
            return await open_connection(
                self.address, timeout=self.timeout, connect_timeout=self._connect_timeout
            )
        except BaseException:
            self._count -= 1
            self._wake()
            raise

    def _wake(self) -> None:
        """A slot became free: let the first live waiter open a connection of its own."""
        waiters = self._waiters
        while waiters and self._count < self._max:
            waiter = waiters.popleft()
            if not waiter.done():
                self._count += 1
                waiter.set_result(None)
                return


def _expire(waiter: asyncio.Future[RedisConnection | None]) -> None:
    if not waiter.done():
        waiter.set_exception(RedisUnavailable("no redis connection free in time"))
