"""Pub/sub over server-sent events: `with r.subscribe("chat") as sub: for msg in sub: ...`.

`POST /subscribe/<channel>/...` (or `/psubscribe/<pattern>/...`) with `Accept:
text/event-stream` answers a stream of events: `subscribe,<channel>,<count>` once per channel,
then `message,<channel>,<payload>` / `pmessage,<pattern>,<channel>,<payload>`, with the payload
base64-encoded since the client sends `Upstash-Encoding: base64` (channels stay text), and
`: keepalive` comments in between. Opening a subscription waits for every confirmation, so a
message published after `open()` / `__enter__` returns is received.

The stream is read with httpx, imported when the first subscription opens: an event stream is
one long response read line by line as events arrive, and the client's own HTTP/1.1 pool
(`_http11.py`) is built for request/response exchanges (it reads whole bodies). httpx streams
chunked bodies, honours proxies and TLS settings, and its per-request cost does not matter for
a connection opened once. A caller's `http_client` is used when the client was given one.

A stream that ends, breaks, or stays silent for `idle_timeout` seconds (keep-alives count) is
dropped: iteration raises `ConnectionError` / `TimeoutError`, or, with `reconnect=True`, the
subscription opens a new stream (backing off between failed attempts, up to
`RECONNECT_ATTEMPTS` in a row). Messages published while no stream is open are lost: pub/sub
delivers at most once.

A subscription knows nothing of the client that made it: the client hands it its codec (the
value mode), its `StreamSettings` (where, with which headers, timeouts and TLS) and its caller's
httpx client, if any.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, NamedTuple, cast

import msgspec

from redisrest._command import Codec, V
from redisrest._errors import (
    ConnectionError,
    RedisRestError,
    ResponseError,
    TimeoutError,
    TransportError,
    command_error,
    status_error,
)

if TYPE_CHECKING:
    import ssl
    from collections.abc import AsyncGenerator

    import httpx
    from typing_extensions import Self

    from redisrest._types import Key

__all__ = [
    "RECONNECT_ATTEMPTS",
    "SSE_IDLE_TIMEOUT",
    "AsyncSubscription",
    "Message",
    "StreamSettings",
    "Subscription",
]

#: Seconds a stream may stay silent (not even a keep-alive) before it counts as dropped.
#: `redisrest serve` sends a keep-alive every 15 s by default.
SSE_IDLE_TIMEOUT: Final = 60.0
#: Failed reconnections in a row after which a `reconnect=True` subscription gives up.
RECONNECT_ATTEMPTS: Final = 10


class Message(msgspec.Struct, Generic[V], frozen=True):
    """A message received by a subscription.

    `kind` is `"message"` (from `subscribe`) or `"pmessage"` (from `psubscribe`, whose
    `pattern` is the pattern that matched; `None` otherwise); `data` is `str` for a
    `Redis[str]` and `bytes` for a `Redis[bytes]`.
    """

    kind: Literal["message", "pmessage"]
    channel: str
    pattern: str | None
    data: V


class StreamSettings(NamedTuple):
    """What a subscription takes from its client (built by the client for each one)."""

    #: The REST URL's origin and prefix, `https://host[:port][/prefix]`, without a final slash.
    base: str
    #: The client's headers for every request (its token among them), without Content-Type.
    headers: list[tuple[bytes, bytes]]
    #: The client's per-attempt timeouts (a stream's read timeout is its `idle_timeout`).
    timeout: dict[str, float]
    #: TLS for a stream client of redisrest's own (a caller's httpx client brings its own).
    verify: ssl.SSLContext | bool

    def __repr__(self) -> str:
        return f"<StreamSettings {self.base}>"  # never the headers: they hold the token


class _Dropped(Exception):
    """The stream ended, broke or stayed silent (internal: becomes an error or a reconnect)."""

    def __init__(self, reason: str, timeout: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.timeout = timeout


def _segment(target: Key) -> str:
    from urllib.parse import quote_from_bytes

    raw = target.encode() if isinstance(target, str) else bytes(target)
    if raw in (b".", b".."):
        return "%2E" * len(raw)  # never a dot segment a URL library or proxy could resolve
    return quote_from_bytes(raw, safe="")


def _check_targets(kind: str, what: str, targets: Sequence[object]) -> None:
    if not targets:
        raise TypeError(f"{kind}() needs at least one {what}")
    for target in targets:
        if not isinstance(target, (str, bytes)) or not target:
            raise TypeError(f"{kind}(): each {what} must be a non-empty str or bytes")


def _check_seconds(value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("idle_timeout must be a number of seconds")
    if not value > 0:
        raise ValueError("idle_timeout must be a positive number of seconds")


def _shutdown(response: httpx.Response) -> None:
    """Shut the connection's socket down, which wakes a thread blocked reading it."""
    import socket

    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    shutdown = getattr(sock, "shutdown", None)  # a socket, or asyncio's TransportSocket
    if callable(shutdown):
        with contextlib.suppress(OSError):
            shutdown(socket.SHUT_RDWR)


class _Stream(Generic[V]):
    """What both subscriptions share: the request, the event parser, errors, the backoff."""

    _expected: int

    def __init__(
        self,
        codec: Codec[Any],  # mypy cannot pass a constrained `V` through super()
        settings: StreamSettings,
        kind: Literal["subscribe", "psubscribe"],
        targets: Sequence[Key],
        reconnect: bool,
        idle_timeout: float,
    ) -> None:
        what = "channel" if kind == "subscribe" else "pattern"
        _check_targets(kind, what, targets)
        _check_seconds(idle_timeout)
        self._command = kind.upper()
        self._binary = codec.binary
        path = "/".join(_segment(target) for target in targets)
        self._url = f"{settings.base}/{kind}/{path}"
        self._headers = [*settings.headers, (b"Accept", b"text/event-stream")]
        self._timeout = {**settings.timeout, "read": float(idle_timeout)}
        self._verify = settings.verify
        self._idle_timeout = float(idle_timeout)
        # Longest first, to split `pmessage,<pattern>,<channel>` when a pattern holds commas.
        names = {t if isinstance(t, str) else t.decode("utf-8", "replace") for t in targets}
        self._patterns = sorted(names, key=len, reverse=True)
        self._expected = len(targets)
        self._reconnect = bool(reconnect)
        self._pending: deque[Message[V]] = deque()
        self._data: list[str] = []
        self._confirmed = 0
        self._failures = 0
        self._opened = False
        self._closed = False
        self._label = f"{self._command} ({len(targets)} {what}{'s' if len(targets) > 1 else ''})"

    # -- events ------------------------------------------------------------------------------

    def _line(self, line: str) -> Message[V] | None:
        """Feed one line of the stream; the message it completes, if any."""
        if not line:
            if not self._data:
                return None
            data = "\n".join(self._data)
            self._data.clear()
            return self._event(data)
        if line[0] == ":":  # a comment: the server's keep-alive
            return None
        name, _, value = line.partition(":")
        if name == "data":
            self._data.append(value[1:] if value.startswith(" ") else value)
        return None

    def _event(self, data: str) -> Message[V] | None:
        kind, _, rest = data.partition(",")
        if kind == "message":
            # The payload is base64 (no commas): the channel is everything before the last one.
            channel, _, payload = rest.rpartition(",")
            return Message("message", channel, None, self._payload(payload))
        if kind == "pmessage":
            head, _, payload = rest.rpartition(",")
            for pattern in self._patterns:
                if head.startswith(pattern + ","):
                    channel = head[len(pattern) + 1 :]
                    break
            else:
                pattern, _, channel = head.partition(",")
            return Message("pmessage", channel, pattern, self._payload(payload))
        if kind in ("subscribe", "psubscribe"):
            self._confirmed += 1
        elif kind == "error":
            raise command_error(rest, self._command)
        return None  # unsubscribe notices and anything newer

    def _payload(self, text: str) -> V:
        try:
            raw = base64.b64decode(text, validate=True)
        except binascii.Error:
            raise ResponseError(
                f"{self._command}: a message payload is not base64", command=self._command
            ) from None
        try:
            value: object = raw if self._binary else raw.decode()
        except UnicodeDecodeError:
            raise ResponseError(
                f"{self._command}: a message is not valid UTF-8; use decode_responses=False "
                "to get bytes",
                command=self._command,
            ) from None
        return cast("V", value)

    # -- failures ----------------------------------------------------------------------------

    def _refused(self, status: int, body: bytes) -> RedisRestError:
        from redisrest._encoding import decode_error

        error = decode_error(body)
        if status == 400 and error is not None:
            return command_error(error, self._command)
        return status_error(self._label, status, error, "")

    def _refused_again(self, status: int, body: bytes) -> Exception:
        """A refusal while reconnecting: 429 and 5xx are worth another try, the rest is not."""
        if self._opened and (status == 429 or status >= 500):
            return _Dropped(f"HTTP {status} when reconnecting")
        return self._refused(status, body)

    def _unreachable(self, exc: Exception) -> Exception:
        """A failure to connect: an error on the first open, a drop when reconnecting."""
        from redisrest._exchange import fault_from

        fault = fault_from(exc)
        if self._opened:
            return _Dropped(fault.detail)
        return fault.error(f"{self._label}: {fault.detail}")

    def _lost(self, drop: _Dropped) -> TransportError:
        """The error that ends the subscription after a drop."""
        self._closed = True
        if self._reconnect and self._failures > RECONNECT_ATTEMPTS:
            text = f"{self._label}: {drop.reason}; gave up after {RECONNECT_ATTEMPTS} reconnections"
        elif not self._opened:
            text = f"{self._label}: {drop.reason} before the subscription was confirmed"
        else:
            text = (
                f"{self._label}: {drop.reason}; the subscription is closed (pass "
                "reconnect=True to reopen the stream automatically)"
            )
        return TimeoutError(text) if drop.timeout else ConnectionError(text)

    def _backoff(self, drop: _Dropped) -> float:
        """Seconds to wait before reconnecting; raises when reconnecting is not wanted."""
        from redisrest._retry import backoff, jitter

        self._failures += 1
        if not self._reconnect or not self._opened or self._failures > RECONNECT_ATTEMPTS:
            raise self._lost(drop)
        return backoff(self._failures - 1) * jitter()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open" if self._opened else "new"
        return f"<{type(self).__name__} {self._label} {state}>"  # never channels or token


class Subscription(_Stream[V]):
    """The messages of `Redis.subscribe` / `psubscribe`, as an iterator and context manager.

    ```python
    with r.subscribe("chat", "news") as sub:
        for msg in sub:          # Message[str]: .kind, .channel, .pattern, .data
            print(msg.channel, msg.data)
    ```

    Iteration ends after `close()` (from another thread too); leaving the `with` block
    closes the stream.
    """

    def __init__(
        self,
        codec: Codec[V],
        settings: StreamSettings,
        http_client: httpx.Client | None,
        kind: Literal["subscribe", "psubscribe"],
        targets: Sequence[Key],
        *,
        reconnect: bool,
        idle_timeout: float,
    ) -> None:
        super().__init__(codec, settings, kind, targets, reconnect, idle_timeout)
        self._user_http = http_client
        self._http: httpx.Client | None = None
        self._response: httpx.Response | None = None
        self._lines: Iterator[str] | None = None

    def open(self) -> None:
        """Open the stream and wait until the server confirms every subscription."""
        if self._closed:
            raise RuntimeError("the subscription is closed")
        if self._response is None:
            try:
                self._connect()
            except _Dropped as drop:
                raise self._lost(drop) from None

    def _connect(self) -> None:
        import httpx

        http = self._user_http or self._http
        if http is None:
            http = self._http = httpx.Client(verify=self._verify)
        request = http.build_request(
            "POST", self._url, headers=self._headers, timeout=httpx.Timeout(**self._timeout)
        )
        try:
            response = http.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise self._unreachable(exc) from exc
        if response.status_code != 200:
            try:
                body = response.read()
            except httpx.HTTPError:
                body = b""
            finally:
                response.close()
            raise self._refused_again(response.status_code, body)
        self._response = response
        self._lines = response.iter_lines()
        self._data.clear()
        self._confirmed = 0
        while self._confirmed < self._expected:
            message = self._line(self._next_line())
            if message is not None:
                self._pending.append(message)
        self._opened = True

    def _next_line(self) -> str:
        import httpx

        assert self._lines is not None
        try:
            return next(self._lines)
        except StopIteration:
            raise _Dropped("the server ended the stream") from None
        except httpx.TimeoutException:
            raise _Dropped(f"no event for {self._idle_timeout:g}s", timeout=True) from None
        except httpx.HTTPError as exc:
            raise _Dropped(f"the stream broke ({type(exc).__name__})") from None

    def __next__(self) -> Message[V]:
        while True:
            if self._pending:
                return self._pending.popleft()
            if self._closed:
                raise StopIteration
            try:
                if self._response is None:
                    self._connect()
                    continue
                message = self._line(self._next_line())
            except _Dropped as drop:
                if self._closed:
                    raise StopIteration from None
                self._release()
                time.sleep(self._backoff(drop))
                continue
            if message is not None:
                self._failures = 0
                return message

    def __iter__(self) -> Self:
        return self

    def _release(self) -> None:
        response, self._response, self._lines = self._response, None, None
        if response is not None:
            response.close()

    def close(self) -> None:
        """Close the stream (the server drops the subscription); iteration stops.

        Another thread blocked in `next(sub)` returns (StopIteration) as well.
        """
        self._closed = True
        response = self._response
        if response is not None:
            _shutdown(response)  # wakes a reader blocked on the socket in another thread
        with contextlib.suppress(Exception):  # the reader may be tearing it down too
            self._release()
        if self._http is not None:
            self._http.close()
            self._http = None

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncSubscription(_Stream[V]):
    """The messages of `AsyncRedis.subscribe` / `psubscribe`, for `async with` / `async for`.

    ```python
    async with ar.subscribe("chat") as sub:
        async for msg in sub:
            ...
    ```
    """

    def __init__(
        self,
        codec: Codec[V],
        settings: StreamSettings,
        http_client: httpx.AsyncClient | None,
        kind: Literal["subscribe", "psubscribe"],
        targets: Sequence[Key],
        *,
        reconnect: bool,
        idle_timeout: float,
    ) -> None:
        super().__init__(codec, settings, kind, targets, reconnect, idle_timeout)
        self._user_http = http_client
        self._http: httpx.AsyncClient | None = None
        self._response: httpx.Response | None = None
        self._lines: AsyncIterator[str] | None = None
        self._reading = False

    async def open(self) -> None:
        """Open the stream and wait until the server confirms every subscription."""
        if self._closed:
            raise RuntimeError("the subscription is closed")
        if self._response is None:
            try:
                await self._connect()
            except _Dropped as drop:
                raise self._lost(drop) from None

    async def _connect(self) -> None:
        import httpx

        http = self._user_http or self._http
        if http is None:
            http = self._http = httpx.AsyncClient(verify=self._verify)
        request = http.build_request(
            "POST", self._url, headers=self._headers, timeout=httpx.Timeout(**self._timeout)
        )
        try:
            response = await http.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise self._unreachable(exc) from exc
        if response.status_code != 200:
            try:
                body = await response.aread()
            except httpx.HTTPError:
                body = b""
            finally:
                await response.aclose()
            raise self._refused_again(response.status_code, body)
        self._response = response
        self._lines = response.aiter_lines()
        self._data.clear()
        self._confirmed = 0
        while self._confirmed < self._expected:
            message = self._line(await self._next_line())
            if message is not None:
                self._pending.append(message)
        self._opened = True

    async def _next_line(self) -> str:
        import httpx

        assert self._lines is not None
        try:
            return await self._lines.__anext__()
        except StopAsyncIteration:
            raise _Dropped("the server ended the stream") from None
        except httpx.TimeoutException:
            raise _Dropped(f"no event for {self._idle_timeout:g}s", timeout=True) from None
        except httpx.HTTPError as exc:
            raise _Dropped(f"the stream broke ({type(exc).__name__})") from None

    async def __anext__(self) -> Message[V]:
        import asyncio

        while True:
            if self._pending:
                return self._pending.popleft()
            if self._closed:
                await self._finish()
                raise StopAsyncIteration
            self._reading = True  # `aclose()` from another task leaves the stream to us
            try:
                if self._response is None:
                    await self._connect()
                    continue
                message = self._line(await self._next_line())
            except _Dropped as drop:
                if self._closed:
                    await self._finish()
                    raise StopAsyncIteration from None
                await self._release()
                await asyncio.sleep(self._backoff(drop))
                continue
            finally:
                self._reading = False
            if message is not None:
                self._failures = 0
                return message

    def __aiter__(self) -> Self:
        return self

    async def _release(self) -> None:
        response, lines = self._response, self._lines
        self._response = self._lines = None
        if lines is not None:
            await cast("AsyncGenerator[str, None]", lines).aclose()
        if response is not None:
            await response.aclose()

    async def _finish(self) -> None:
        await self._release()
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def aclose(self) -> None:
        """Close the stream (the server drops the subscription); iteration stops.

        A task waiting in `async for` over this subscription ends its loop as well.
        """
        self._closed = True
        if self._reading:
            # Another task is reading the stream: wake it up; it finishes the clean-up.
            if self._response is not None:
                _shutdown(self._response)
            return
        await self._finish()

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
