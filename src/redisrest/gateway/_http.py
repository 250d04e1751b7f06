"""A lean HTTP/1.1 server for the gateway's ASGI app: an asyncio.Protocol parsing with httptools.

Why not uvicorn: its per-request layers (a flow-control object, a cycle object with an event
per message, header validation, the scope it builds for any app) cost about as much as the
whole gateway app, and it neither limits nor times out a request head. Measured on the 2-core
benchmark machine (wrk -t2 -c16, an ASGI app answering a constant reply, interleaved runs):
uvicorn + httptools on uvloop 31,600 req/s, this module 59,800; in an earlier run granian 2.8
(one worker, uvloop, HTTP/1 only: its best setting here) did 24,400 where uvicorn did 31,100.
The gateway itself went from 19,000 to 30,000 req/s. This module serves exactly what the
gateway needs, for any ASGI 3 app:

- HTTP/1.1 keep-alive, HTTP/1.0 (closed after the reply unless it asks for keep-alive),
  pipelined requests answered in order (one request runs at a time per connection; the next
  ones wait, parsed, with reading paused), HEAD (the app's headers, no body),
  `Expect: 100-continue` (the interim reply goes out when the app first waits for the body),
  chunked request bodies, chunked responses when the app gives no Content-Length (event
  streams), write flow control (a stream waits while the client's buffer is full).
- A request head must arrive within `head_timeout` of the connection opening, of its first
  byte, or of the previous reply (idle keep-alive connections close after KEEPALIVE_IDLE), and
  stay within MAX_HEAD_BYTES: else 408 / 400 and the connection closes. Unparseable requests
  get a 400 and a close. One timer sweeps every connection (no timer per request).
- The client going away wakes the app's `receive()` with `http.disconnect`.
- `run()` installs uvloop when it is available, runs the ASGI lifespan, and on SIGINT/SIGTERM
  stops accepting, closes idle connections, lets open requests finish within `graceful`
  seconds (the app's `end_streams()` ends its event streams), then runs the lifespan shutdown.

The server trusts the app's response headers (the gateway's own constants and numbers): it does
not validate them, which is where a general-purpose server spends part of its time.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import signal
import socket
import time
from collections.abc import Callable
from email.utils import formatdate
from http import HTTPStatus
from typing import Final, cast
from urllib.parse import unquote

import httptools

from ._asgi import ASGIApp, Message, Scope

logger = logging.getLogger("redisrest.gateway.http")

#: Largest request head (request line and headers). Path-form URLs stop at 64 KiB (the parser's
#: limit), so this leaves room for any headers.
MAX_HEAD_BYTES: Final = 128 * 1024
#: Longest request target (URL): what uvicorn accepted (httptools' URL parser stops at 64 KiB).
MAX_URL_BYTES: Final = 64 * 1024 - 1
#: Seconds an idle keep-alive connection is kept after a reply (uvicorn's default, kept).
KEEPALIVE_IDLE: Final = 5.0
#: Request body bytes buffered before the server stops reading from that client.
BODY_HIGH_WATER: Final = 256 * 1024
#: Pipelined requests parsed ahead of the one running before reading pauses.
MAX_PIPELINED: Final = 16
#: Longest pause between two sweeps of the connection deadlines (and refreshes of `date`).
SWEEP_EVERY: Final = 1.0
#: Pending connections the kernel queues (asyncio's default of 100 is low for load tests).
BACKLOG: Final = 2048

_ASGI: Final = {"version": "3.0", "spec_version": "2.3"}


def _closing_reply(status: HTTPStatus, message: str) -> bytes:
    """A whole JSON error response that closes the connection (the server's own answers)."""
    body = b'{"error":"%b"}' % message.encode()
    return (
        b"HTTP/1.1 %d %b\r\ncontent-type: application/json\r\ncontent-length: %d\r\n"
        b"connection: close\r\n\r\n%b" % (status, status.phrase.encode(), len(body), body)
    )


_HEAD_TIMEOUT_RESPONSE: Final = _closing_reply(
    HTTPStatus.REQUEST_TIMEOUT, "ERR request head not received in time"
)
#: Unparseable HTTP: uvicorn's own answer, kept byte for byte (plain text: the request may not
#: even be HTTP, and tests/reliability pins it).
_BAD_REQUEST: Final = (
    b"HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"content-length: 30\r\nconnection: close\r\n\r\nInvalid HTTP request received."
)
_SERVER_ERROR: Final = _closing_reply(
    HTTPStatus.INTERNAL_SERVER_ERROR, "ERR internal gateway error"
)
_CONTINUE: Final = b"HTTP/1.1 100 Continue\r\n\r\n"
_STATUS_LINES: Final = {
    int(s): b"HTTP/1.1 %d %s\r\n" % (int(s), s.phrase.encode()) for s in HTTPStatus
}
_CHUNK_END: Final = b"0\r\n\r\n"


def _status_line(status: int) -> bytes:
    line = _STATUS_LINES.get(status)
    return line if line is not None else b"HTTP/1.1 %d \r\n" % status


class _HeadTooLarge(Exception):
    pass


class _Shared:
    """What every connection of one server shares: the app, the clock and the open connections."""

    def __init__(self, app: ASGIApp, loop: asyncio.AbstractEventLoop, head_timeout: float):
        self.app = app
        self.loop = loop
        self.head_timeout = head_timeout
        self.connections: set[HttpConnection] = set()
        self.stopping = False
        self.date = b""
        self.idle: asyncio.Event | None = None  # set when the last connection closes (shutdown)
        self._sweeper: asyncio.TimerHandle | None = None
        self._tick()

    def _tick(self) -> None:
        self.date = b"date: " + formatdate(time.time(), usegmt=True).encode() + b"\r\n"
        now = self.loop.time()
        for conn in list(self.connections):
            deadline = conn.deadline
            if deadline and deadline <= now:
                conn.head_expired()
        every = min(SWEEP_EVERY, self.head_timeout / 4)
        self._sweeper = self.loop.call_later(every, self._tick)

    def close(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            self._sweeper = None

    def forget(self, conn: HttpConnection) -> None:
        self.connections.discard(conn)
        if not self.connections and self.idle is not None:
            self.idle.set()


class _Request:
    """One request: its scope, its body as it arrives, and the state of its response."""

    __slots__ = (
        "body",
        "body_done",
        "body_size",
        "chunked",
        "complete",
        "conn",
        "content_length",
        "continue_sent",
        "disconnected",
        "expect_continue",
        "head",
        "head_written",
        "headers",
        "keep_alive",
        "response_complete",
        "response_started",
        "scope",
        "status",
        "waiter",
    )

    def __init__(self, conn: HttpConnection, scope: Scope, keep_alive: bool) -> None:
        self.conn = conn
        self.scope = scope
        self.body: list[bytes] = []
        self.body_size = 0
        self.body_done = False  # the last body message went to the app
        self.complete = False
        self.disconnected = False
        self.expect_continue = False
        self.continue_sent = False
        self.head = scope["method"] == "HEAD"
        self.head_written = False
        self.keep_alive = keep_alive
        self.response_started = False
        self.response_complete = False
        self.chunked = False
        self.content_length: int | None = None
        self.status = 200
        self.headers: list[tuple[bytes, bytes]] = []
        self.waiter: asyncio.Future[None] | None = None

    def wake(self) -> None:
        waiter = self.waiter
        if waiter is not None:
            self.waiter = None
            if not waiter.done():
                waiter.set_result(None)

    async def receive(self) -> Message:
        while True:
            if self.disconnected or self.response_complete:
                return {"type": "http.disconnect"}
            if self.body or (self.complete and not self.body_done):
                break
            if self.expect_continue and not self.continue_sent and not self.complete:
                self.continue_sent = True
                self.conn.write(_CONTINUE)
            self.conn.want_body()
            waiter = self.waiter = self.conn.loop.create_future()
            await waiter
        chunks = self.body
        body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        chunks.clear()
        self.body_size = 0
        more = not self.complete
        if more:
            self.conn.want_body()
        else:
            self.body_done = True
        return {"type": "http.request", "body": body, "more_body": more}

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if self.disconnected or self.response_complete:
            return
        conn = self.conn
        if kind == "http.response.start":
            if self.response_started:
                raise RuntimeError("http.response.start sent twice")
            self.response_started = True
            self.status = message["status"]
            self.headers = list(message.get("headers", ()))
            for name, value in self.headers:
                if name == b"content-length":
                    self.content_length = int(value)
                elif name == b"connection" and value.lower() == b"close":
                    self.keep_alive = False
            if self.content_length is None:  # a stream: the client should see its head now
                self.head_written = True
                conn.write(self._head(streaming=True))
            return
        if kind != "http.response.body":
            raise RuntimeError(f"unexpected ASGI message {kind!r}")
        if not self.response_started:
            raise RuntimeError("http.response.body before http.response.start")
        body: bytes = message.get("body", b"")
        more: bool = message.get("more_body", False)
        out = b""
        if not self.head_written:
            self.head_written = True
            out = self._head(streaming=False)
        if self.head:
            body = b""
        elif self.chunked:
            if body:
                body = b"%x\r\n%b\r\n" % (len(body), body)
            if not more:
                body += _CHUNK_END
        if out or body:
            conn.write(out + body if out else body)
        if more:
            if conn.paused_writing:
                await conn.drain()
            return
        self.response_complete = True
        self.wake()
        conn.response_done(self)

    def _head(self, *, streaming: bool) -> bytes:
        shared = self.conn.shared
        parts = [_status_line(self.status), shared.date]
        for name, value in self.headers:
            parts += (name, b": ", value, b"\r\n")
        if streaming and not self.head:
            if self.scope["http_version"] == "1.1":
                self.chunked = True
                parts.append(b"transfer-encoding: chunked\r\n")
            else:
                self.keep_alive = False
        if not self.keep_alive or shared.stopping:
            self.keep_alive = False
            parts.append(b"connection: close\r\n")
        parts.append(b"\r\n")
        return b"".join(parts)


class HttpConnection(asyncio.Protocol):
    """One client connection: parses requests and runs the app for each, one at a time."""

    def __init__(self, shared: _Shared) -> None:
        self.shared = shared
        self.loop = shared.loop
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpRequestParser(self)
        self.deadline = 0.0  # loop time by which a request head must be complete (0: none)
        self.in_head = False  # a request began and its head is not complete yet
        self.paused_writing = False
        self.paused_reading = False
        self._drained: asyncio.Future[None] | None = None
        self._server: tuple[str, int] | None = None
        self._client: tuple[str, int] | None = None
        self._head_bytes = 0
        self._url = b""
        self._headers: list[tuple[bytes, bytes]] = []
        self._parsing: _Request | None = None  # the request whose body is arriving
        self._current: _Request | None = None  # the request the app runs
        self._task: asyncio.Task[None] | None = None
        self._waiting: collections.deque[_Request] = collections.deque()
        self._bad = False  # unparseable input: answer 400 once the earlier requests are done
        self._closing = False

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport = cast(asyncio.Transport, transport)  # uvloop's are not asyncio subclasses
        self.transport = transport
        self._server = _address(transport.get_extra_info("sockname"))
        self._client = _address(transport.get_extra_info("peername"))
        self.shared.connections.add(self)
        self.deadline = self.loop.time() + self.shared.head_timeout
        if self.shared.stopping:
            self._close()

    def data_received(self, data: bytes) -> None:
        if self._bad or self._closing:
            return
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            # No protocol upgrades here: serve the request as plain HTTP, then close.
            self._bad_input(upgrade=True)
        except httptools.HttpParserError:
            self._bad_input(upgrade=False)

    def connection_lost(self, exc: Exception | None) -> None:
        self._closing = True
        self.deadline = 0.0
        self.shared.forget(self)
        for request in (self._current, self._parsing, *self._waiting):
            if request is not None:
                request.disconnected = True
                request.wake()
        self._waiting.clear()
        drained = self._drained
        if drained is not None and not drained.done():
            drained.set_result(None)

    def pause_writing(self) -> None:
        self.paused_writing = True

    def resume_writing(self) -> None:
        self.paused_writing = False
        drained, self._drained = self._drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    # httptools callbacks

    def on_message_begin(self) -> None:
        self.in_head = True
        self._head_bytes = 0
        self._url = b""
        self._headers = []
        self.deadline = self.loop.time() + self.shared.head_timeout

    def on_url(self, url: bytes) -> None:
        self._head_bytes += len(url)
        if self._head_bytes > MAX_HEAD_BYTES:
            raise _HeadTooLarge
        self._url += url
        if len(self._url) > MAX_URL_BYTES:
            raise _HeadTooLarge

    def on_header(self, name: bytes, value: bytes) -> None:
        self._head_bytes += len(name) + len(value)
        if self._head_bytes > MAX_HEAD_BYTES:
            raise _HeadTooLarge
        self._headers.append((name.lower(), value))

    def on_headers_complete(self) -> None:
        self.in_head = False
        self.deadline = 0.0
        parser = self.parser
        url = self._url
        if url[:1] == b"/":
            raw_path, _, query = url.partition(b"?")
        else:
            parsed = httptools.parse_url(url)
            raw_path, query = parsed.path or b"/", parsed.query or b""
        path = raw_path.decode("latin-1")
        if "%" in path:
            path = unquote(path)
        version = parser.get_http_version()
        headers = self._headers
        scope: Scope = {
            "type": "http",
            "asgi": _ASGI,
            "http_version": version,
            "server": self._server,
            "client": self._client,
            "scheme": "http",
            "method": parser.get_method().decode("ascii"),
            "root_path": "",
            "path": path,
            "raw_path": raw_path,
            "query_string": query,
            "headers": headers,
        }
        request = _Request(self, scope, parser.should_keep_alive())
        for name, value in headers:
            if name == b"expect" and value.lower() == b"100-continue":
                request.expect_continue = True
        self._parsing = request
        if self._current is None:
            self._start(request)
        else:
            self._waiting.append(request)
            if len(self._waiting) >= MAX_PIPELINED:
                self._pause_reading()

    def on_body(self, body: bytes) -> None:
        request = self._parsing
        if request is None or request.response_complete:
            return  # the app answered without reading the whole body: the rest is dropped
        request.body.append(body)
        request.body_size += len(body)
        if request.body_size > BODY_HIGH_WATER:
            self._pause_reading()
        if request is self._current:
            request.wake()

    def on_message_complete(self) -> None:
        request = self._parsing
        if request is None:
            return
        self._parsing = None
        request.complete = True
        if request is self._current:
            request.wake()

    # requests

    def _start(self, request: _Request) -> None:
        self._current = request
        self._task = self.loop.create_task(self._run(request))

    async def _run(self, request: _Request) -> None:
        try:
            await self.shared.app(request.scope, request.receive, request.send)
        except asyncio.CancelledError:  # the server is stopping and the grace period is over
            self._failed(request)
            return
        except Exception:
            logger.exception("Exception in the ASGI application")
            self._failed(request)
            return
        if not request.response_complete:
            if not request.disconnected:
                logger.error("the ASGI application returned without completing its response")
            self._failed(request)

    def _failed(self, request: _Request) -> None:
        if not request.response_started and not request.disconnected:
            self.write(_SERVER_ERROR)
        request.response_complete = True
        self._close()

    def response_done(self, request: _Request) -> None:
        """The app finished its response: run the next pipelined request, or wait for one."""
        if request is not self._current:
            return
        self._current = None
        self._task = None
        if not request.keep_alive or self._closing:
            self._close()
            return
        if self._waiting:
            self._start(self._waiting.popleft())
            self._resume_reading()
            return
        if self._bad:
            self.write(_BAD_REQUEST)
            self._close()
            return
        if self.shared.stopping:
            self._close()
            return
        if not self.in_head:
            self.deadline = self.loop.time() + KEEPALIVE_IDLE
        self._resume_reading()

    def want_body(self) -> None:
        """The running request waits for more of its body: read from the client again."""
        if not self._waiting:
            self._resume_reading()

    def write(self, data: bytes) -> None:
        transport = self.transport
        if transport is not None and not self._closing:
            transport.write(data)

    async def drain(self) -> None:
        if not self.paused_writing or self._closing:
            return
        drained = self._drained
        if drained is None:
            drained = self._drained = self.loop.create_future()
        await drained

    # closing

    def head_expired(self) -> None:
        """The sweeper found the head deadline passed: 408 if a request had begun, then close."""
        self.deadline = 0.0
        if self._closing:
            return
        if self.in_head and self._current is None and not self._waiting:
            self.write(_HEAD_TIMEOUT_RESPONSE)
        self._close()

    def shutdown(self) -> None:
        """The server stops: close now if idle, else after the running request's reply."""
        if self._current is None and not self._waiting:
            self._close()

    def abort(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self.transport is not None:
            self.transport.abort()

    def _bad_input(self, *, upgrade: bool) -> None:
        self._pause_reading()
        if upgrade and self._parsing is None:
            request = self._current or (self._waiting[-1] if self._waiting else None)
            if request is not None:
                request.keep_alive = False
                return
        self._bad = True
        current = self._current
        if current is None and not self._waiting:
            self.write(_BAD_REQUEST)
            self._close()
        elif current is not None and current is self._parsing:
            # The running request's own body is broken: it can never complete.
            if not current.response_started:
                self.write(_BAD_REQUEST)
            self._close()

    def _close(self) -> None:
        if self._closing:
            return
        self._closing = True
        self.deadline = 0.0
        if self.transport is not None:
            self.transport.close()

    def _pause_reading(self) -> None:
        if not self.paused_reading and self.transport is not None and not self._closing:
            self.paused_reading = True
            self.transport.pause_reading()

    def _resume_reading(self) -> None:
        if (
            self.paused_reading
            and self.transport is not None
            and not self._closing
            and not self._bad
        ):
            self.paused_reading = False
            self.transport.resume_reading()


def _address(value: object) -> tuple[str, int] | None:
    if isinstance(value, tuple) and len(value) >= 2:  # pyright: ignore[reportUnknownArgumentType]
        host, port = value[0], value[1]  # pyright: ignore[reportUnknownVariableType]
        if isinstance(host, str) and isinstance(port, int):
            return (host, port)
    return None


class _Lifespan:
    """The ASGI lifespan protocol: startup before serving, shutdown after."""

    def __init__(self, app: ASGIApp, loop: asyncio.AbstractEventLoop) -> None:
        self._app = app
        self._incoming: asyncio.Queue[Message] = asyncio.Queue()
        self._answers: asyncio.Queue[Message] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._loop = loop
        self._unsupported = False

    async def startup(self) -> None:
        self._task = self._loop.create_task(self._main())
        await self._exchange("lifespan.startup")

    async def shutdown(self) -> None:
        if self._task is None or self._task.done():
            return
        await self._exchange("lifespan.shutdown")

    async def _exchange(self, kind: str) -> None:
        await self._incoming.put({"type": kind})
        assert self._task is not None
        getter = self._loop.create_task(self._answers.get())
        await asyncio.wait((getter, self._task), return_when=asyncio.FIRST_COMPLETED)
        if not getter.done():
            getter.cancel()
            return  # the app's lifespan ended (unsupported, or it failed: logged)
        answer = getter.result()
        if answer["type"].endswith(".failed"):
            raise RuntimeError(f"{kind} failed: {answer.get('message', '')}")

    async def _main(self) -> None:
        scope: Scope = {"type": "lifespan", "asgi": _ASGI}
        try:
            await self._app(scope, self._incoming.get, self._send)
        except Exception:
            logger.info("the ASGI application does not run the lifespan protocol", exc_info=True)

    async def _send(self, message: Message) -> None:
        await self._answers.put(message)


async def serve(
    app: ASGIApp,
    sock: socket.socket,
    *,
    head_timeout: float,
    graceful: float,
    stop: asyncio.Event,
) -> None:
    """Serve `app` on the listening socket `sock` until `stop` is set, then shut down."""
    loop = asyncio.get_running_loop()
    lifespan = _Lifespan(app, loop)
    await lifespan.startup()
    shared = _Shared(app, loop, head_timeout)
    server = await loop.create_server(lambda: HttpConnection(shared), sock=sock, backlog=BACKLOG)
    try:
        await stop.wait()
    finally:
        server.close()
        shared.stopping = True
        shared.idle = asyncio.Event()
        for conn in list(shared.connections):
            conn.shutdown()
        end_streams = getattr(app, "end_streams", None)
        if callable(end_streams):
            end_streams()
        if shared.connections:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(shared.idle.wait(), graceful)
        for conn in list(shared.connections):
            conn.abort()
        shared.close()
        await lifespan.shutdown()


def run(
    app: ASGIApp,
    sock: socket.socket,
    *,
    head_timeout: float,
    graceful: float,
    log_level: str,
) -> None:
    """Serve `app` on `sock` (bound; listened on here) until SIGINT or SIGTERM, then shut down
    gracefully (`graceful` seconds for open requests). Uses uvloop when it is installed."""
    logger.setLevel(log_level.upper())
    try:
        import uvloop
    except ImportError:
        factory: Callable[[], asyncio.AbstractEventLoop] | None = None
    else:
        factory = uvloop.new_event_loop
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    loop = factory() if factory is not None else asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(_serve_until_signal(app, sock, head_timeout, graceful))
    finally:
        try:
            _cancel_all(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            asyncio.set_event_loop(None)
            loop.close()
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def _cancel_all(loop: asyncio.AbstractEventLoop) -> None:
    tasks = asyncio.all_tasks(loop)
    for task in tasks:
        task.cancel()
    if tasks:
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))


async def _serve_until_signal(
    app: ASGIApp, sock: socket.socket, head_timeout: float, graceful: float
) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await serve(app, sock, head_timeout=head_timeout, graceful=graceful, stop=stop)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
