"""The client base classes under the generated `Redis` and `AsyncRedis`.

`_ClientBase` holds everything that does no I/O: configuration, request headers, the sync
token, the retry decision, error construction, logging. `SyncClient` and `AsyncClient` only
loop, send and sleep. A generated method is one line, `return self._execute(_cmd.get(...))`.

The features on top live in modules of their own, reached from here: pipelines cut into
requests (`_batch.py`), auto-pipelining of the async client (`_autopipeline.py`), scripts
(`_scripts.py`), pub/sub over server-sent events (`_pubsub.py`); the scan iterators are the
methods `scan_iter` & co. below, built on the generated SCAN-family command builders. None of
them imports this module: each is handed what it needs (a script the codec and `_execute`, the
auto-pipeline `_send` and its targets, a subscription its `StreamSettings`; a pipeline types its
client as `_pipeline.BatchClient`), so the layers depend one way: client -> features ->
transports (`_transport`, `_http11`, their contract `_exchange`) -> codec and errors.

Overloads declared on a generic base class cannot pick the type argument of a subclass
(neither mypy nor pyright binds `self: SyncClient[str]` to `Redis[str]`), and mypy ignores a
union that a class's own `__new__` returns. So the generated `Redis` (`AsyncRedis` alike)
derives, for the checkers only, from a `_RedisConstructor` whose `__new__` overloads give
`Redis[str]` for `decode_responses=True` (the default), `Redis[bytes]` for `False` and
`Redis[str] | Redis[bytes]` for a run-time `bool`; at run time that base is `SyncClient`
itself, and `Redis` declares no `__init__` (mypy would read it instead). `from_env` has the
same three overloads on `Redis`. See codegen/templates/client.py.jinja.

(`tests/runtime/typing_runtime.py` checks exactly this under mypy --strict and pyright strict.)
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from redisrest._autopipeline import HANDBACK, AutoPipeline
from redisrest._batch import (
    PIPELINE,
    SINGLE,
    TRANSACTION,
    batch_items,
    describe,
    holds_writes,
    plan,
    whole_batch_error,
)
from redisrest._command import BINARY, TEXT, Arg, Codec, Command, V
from redisrest._config import (
    DEFAULT_MAX_CONNECTIONS,
    RETRY_HEADER,
    Endpoint,
    TimeoutTypes,
    check_count,
    check_deadline,
    check_timeout,
    check_token,
    credentials_from_env,
    default_timeout,
    parse_url,
    telemetry_headers,
)
from redisrest._encoding import (
    NotUTF8,
    any_command,
    decode_envelope,
    decode_error,
    decode_item,
    decode_results,
    encode_batch,
    encode_command,
    encode_path,
)
from redisrest._errors import (
    RateLimitError,
    RedisRestError,
    ServerError,
    TimeoutError,
    command_error,
    redact,
    status_error,
)
from redisrest._exchange import (
    AsyncTransport,
    Headers,
    StaticHeaders,
    SyncTransport,
    TransportFault,
    fault_named,
    within,
)
from redisrest._pubsub import SSE_IDLE_TIMEOUT, AsyncSubscription, StreamSettings, Subscription
from redisrest._retry import (
    DEFAULT_RETRIES,
    Fault,
    default_deadline,
    fault_for_status,
    jitter,
    parse_retry_after,
    retry_delay,
    should_retry,
)
from redisrest._scripts import AsyncScript, Script
from redisrest._tracing import CommandSpan, base_attributes, batch_failed, tracer
from redisrest._transport import async_transport, sync_transport
from redisrest._types import JSONValue, Key, Value

if TYPE_CHECKING:
    import asyncio
    import ssl
    from collections.abc import Coroutine

    import httpx
    from opentelemetry.trace import Tracer
    from typing_extensions import Self

    from redisrest._config import AsyncClientOptions, SyncClientOptions
    from redisrest._tracing import Attributes

__all__ = ["AsyncClient", "SyncClient"]

logger = logging.getLogger("redisrest")

T = TypeVar("T")

_JSON = (b"Content-Type", b"application/json")
_OCTETS = (b"Content-Type", b"application/octet-stream")
_SYNC_TOKEN = b"upstash-sync-token"
_RETRY_AFTER = b"retry-after"

#: `deadline=` not given: `_retry.default_deadline` of the timeouts (10 s unless one is longer).
_DEFAULT_DEADLINE: Any = object()


class _State:
    """What a client shares with its `with_options` copies: the transport and the sync token.

    The client built by `Redis(...)` owns it: closing that client closes the transport, and
    every copy then refuses to send. Closing a copy gives the copy a closed state of its own
    (`_State(None)`, closed) and leaves the shared one alone.
    """

    __slots__ = ("closed", "limit", "limiter", "loop", "sync_token", "transport")

    def __init__(self, transport: Any, limit: int = 0) -> None:
        self.transport = transport
        self.limit = limit  # async: the cap on requests in flight
        self.limiter: asyncio.Semaphore | None = None
        self.loop: object = None
        self.sync_token: bytes | None = None
        self.closed = transport is None

    def rebind(self, loop: object) -> asyncio.Semaphore:
        """A fresh in-flight limiter for this event loop (asyncio primitives are per loop)."""
        import asyncio

        self.loop = loop
        self.limiter = asyncio.Semaphore(self.limit)
        return self.limiter


class _ClientBase(Generic[V]):
    """Configuration and every pure step of a request, shared by the sync and async clients."""

    _codec: Codec[V]
    _state: _State
    _endpoint: Endpoint
    _timeout: dict[str, float]
    _longest: float  # the longest phase of `_timeout`
    _retries: int
    _deadline: float | None
    _deadline_given: bool  # `deadline=` was passed (else it follows the timeouts)
    _read_your_writes: bool
    _json_headers: StaticHeaders
    _raw_headers: StaticHeaders
    _root: bytes
    _targets: tuple[bytes, bytes, bytes]
    _ssl_context: ssl.SSLContext | None
    #: Spans when a tracer provider is set (`tracing=`), and what each of them carries.
    _tracing: bool
    _span_attributes: Attributes
    #: False in a `with_options` copy: it shares its parent's connections and never closes them.
    _owner: bool = True

    def _configure(
        self,
        url: str,
        token: str,
        *,
        decode_responses: bool,
        timeout: TimeoutTypes | None,
        retries: int,
        deadline: object,
        read_your_writes: bool,
        telemetry: bool,
        tracing: bool,
    ) -> Endpoint:
        endpoint = parse_url(url)
        secret = check_token(token)
        self._codec = cast("Codec[V]", TEXT if decode_responses else BINARY)
        self._endpoint = endpoint
        self._limits(default_timeout() if timeout is None else check_timeout(timeout), deadline)
        self._retries = check_count(retries, "retries", 0)
        self._read_your_writes = bool(read_your_writes)
        self._tracing = bool(tracing)
        self._span_attributes = base_attributes(endpoint)
        static: Headers = [
            (b"Authorization", b"Bearer " + secret),
            (b"Upstash-Encoding", b"base64"),
            *telemetry_headers(telemetry),
        ]
        self._json_headers = StaticHeaders.of([*static, _JSON])
        self._raw_headers = StaticHeaders.of([*static, _OCTETS])
        prefix = endpoint.prefix
        self._root = prefix or b"/"
        self._targets = (self._root, prefix + b"/pipeline", prefix + b"/multi-exec")
        return endpoint

    def _limits(self, timeout: dict[str, float], deadline: object) -> None:
        """Set the per-attempt timeouts and the total deadline (`_DEFAULT_DEADLINE`: 10 s, or
        the longest timeout when it is longer)."""
        self._timeout = timeout
        self._longest = max(timeout.values())
        self._deadline_given = deadline is not _DEFAULT_DEADLINE
        self._deadline = (
            check_deadline(deadline) if self._deadline_given else default_deadline(timeout)
        )

    # -- per request ------------------------------------------------------------------------

    def _headers(self, length: int, attempt: int) -> Headers:
        """The per-request headers (after the static ones): length, sync token, retry count."""
        headers = [(b"Content-Length", b"%d" % length)]
        if self._read_your_writes:
            token = self._state.sync_token
            if token is not None:
                headers.append((b"Upstash-Sync-Token", token))
        if attempt:
            headers.append((RETRY_HEADER, b"%d" % attempt))
        return headers

    def _observe(self, headers: Headers) -> None:
        """Keep the latest sync token the server sent (read-your-writes)."""
        for name, value in headers:
            if name.lower() == _SYNC_TOKEN:
                self._state.sync_token = value
                return

    def _attempt_timeout(
        self,
        timeout: dict[str, float],
        started: float,
        commands: Sequence[Command[Any]],
        kind: int,
        attempt: int,
    ) -> dict[str, float]:
        """The attempt's timeouts, shortened to what is left of the total deadline."""
        deadline = self._deadline
        if deadline is None:
            return timeout
        left = deadline - (time.monotonic() - started)
        if left >= self._longest and timeout is self._timeout:
            return timeout  # the usual case: nothing to shorten, no new dict
        if left <= 0:
            raise TimeoutError(
                f"{describe(commands, kind)}: the {deadline:g}s deadline expired"
                + (f" after {attempt} attempts" if attempt > 1 else "")
            )
        return {phase: min(value, left) for phase, value in timeout.items()}

    def _retry_or_raise(
        self,
        commands: Sequence[Command[Any]],
        kind: int,
        attempt: int,
        fault: TransportFault | None,
        status: int,
        headers: Headers | None,
        content: bytes,
        started: float,
        since: float,
    ) -> float:
        """After a failed attempt: log it, then the seconds before the next one (the pure
        policy decides), or raise the error once the policy gives up."""
        if logger.isEnabledFor(logging.DEBUG):
            self._log(commands, kind, attempt, fault.detail if fault else f"HTTP {status}", since)
        reason = fault.fault if fault is not None else fault_for_status(status)
        retry_after = None
        if headers is not None and reason in (Fault.RATE_LIMITED, Fault.UNAVAILABLE):
            retry_after = parse_retry_after(_header(headers, _RETRY_AFTER))
        retry_safe = all(command.retry_safe for command in commands)
        delay = retry_delay(
            reason,
            attempt=attempt,
            retries=self._retries,
            retry_safe=retry_safe,
            retry_after=retry_after,
            elapsed=time.monotonic() - started,
            deadline=self._deadline,
            jitter=jitter(),
        )
        if delay is None:
            # Retryable, with retries left: the deadline left no time for another attempt.
            cut = attempt < self._retries and should_retry(reason, retry_safe)
            raise self._failure(commands, kind, attempt + 1, fault, status, headers, content, cut)
        return delay

    def _failure(
        self,
        commands: Sequence[Command[Any]],
        kind: int,
        attempts: int,
        fault: TransportFault | None,
        status: int,
        headers: Headers | None,
        content: bytes,
        cut: bool = False,
    ) -> RedisRestError:
        """The error to raise once the policy gave up (names commands, never arguments).

        It says what failed and why (`could not connect ...: connection refused`, the text of
        the server's `{"error"}` body, redacted), and a transport failure chains the exception
        it came from as `__cause__`.
        """
        what = describe(commands, kind)
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        if cut:  # the retry policy would have tried again: the total deadline stopped it
            tries += f" (the {self._deadline:g}s deadline left no time for another)"
        writes = holds_writes(commands)
        if fault is not None:
            reason = f": {fault.reason}" if fault.reason else ""
            failure = fault.error(
                f"{what}: {fault.words}{tries}{reason}",
                maybe_applied=writes and fault.fault is Fault.NO_REPLY,
            )
            failure.__cause__ = fault.cause
            return failure
        error = decode_error(content)
        said = f": {redact(error, *(c.name for c in commands))}" if error else ""
        if status == 429:
            retry_after = parse_retry_after(_header(headers or [], _RETRY_AFTER))
            return RateLimitError(
                f"{what}: HTTP 429, rate limited{tries}{said}",
                retry_after=retry_after,
            )
        if status >= 500:
            return ServerError(
                f"{what}: HTTP {status} from the server{tries}{said}",
                status_code=status,
                maybe_applied=writes and fault_for_status(status) is Fault.SERVER_ERROR,
            )
        if status == 400 and error is not None:
            if kind == SINGLE:
                return command_error(error, commands[0].name)
            return whole_batch_error(error, commands, kind)
        return status_error(what, status, error, *(command.name for command in commands))

    def _log(
        self,
        commands: Sequence[Command[Any]],
        kind: int,
        attempt: int,
        outcome: object,
        since: float,
    ) -> None:
        logger.debug(
            "%s: attempt %d, %s, %.1f ms",
            describe(commands, kind),
            attempt + 1,
            outcome,
            (time.perf_counter() - since) * 1000,
        )

    def _prepare(self, command: Command[Any]) -> tuple[bytes, StaticHeaders, bytes]:
        """(target, static headers, body) of a single command: JSON, or the path form."""
        try:
            return self._root, self._json_headers, encode_command(command)
        except NotUTF8:
            target, body = encode_path(self._endpoint.prefix, command)
            return target, self._raw_headers, body

    def _batch_requests(
        self, commands: Sequence[Command[Any]], transaction: bool
    ) -> tuple[int, list[tuple[int, int, bytes]]]:
        """A batch's kind and its requests, `(start, end, body)` for `commands[start:end]`: a
        transaction is one `/multi-exec` request, a pipeline as many as `_batch.plan` cuts."""
        if transaction:
            return TRANSACTION, [(0, len(commands), encode_batch(commands))]
        return PIPELINE, plan(commands)

    def _decode_batch(
        self, commands: Sequence[Command[Any]], kind: int, content: bytes, offset: int = 0
    ) -> tuple[list[Any], bool]:
        """Each command's value, or its CommandError, in order (positions from `offset`); and
        whether they are known to hold no error (the reply decoded in one piece)."""
        results = decode_results(commands, content)  # one decode call, when it applies
        if results is not None:
            return results, True
        items = batch_items(commands, kind, content)
        writes = holds_writes(commands)  # a reply that cannot be read: were writes applied?
        decoded = [
            decode_item(command, items[i], offset + i, writes) for i, command in enumerate(commands)
        ]
        return decoded, False

    def _stream_settings(self) -> StreamSettings:
        """What a subscription needs to open its event stream (see `_pubsub`)."""
        endpoint = self._endpoint
        base = endpoint.scheme + b"://" + endpoint.authority + endpoint.prefix
        headers = [
            (name, value)
            for name, value in self._json_headers.pairs
            if name.lower() != b"content-type"
        ]
        return StreamSettings(
            base.decode("ascii"), headers, self._timeout, self._ssl_context or True
        )

    def _copy(self, timeout: TimeoutTypes | None, retries: int | None, deadline: object) -> Self:
        if self._state.closed:
            raise self._closed_error()
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owner = False
        if timeout is not None or deadline is not _KEEP:
            if deadline is _KEEP:  # a deadline that follows the timeouts follows the new ones
                deadline = self._deadline if self._deadline_given else _DEFAULT_DEADLINE
            clone._limits(self._timeout if timeout is None else check_timeout(timeout), deadline)
        if retries is not None:
            clone._retries = check_count(retries, "retries", 0)
        return clone

    def _release(self) -> object | None:
        """Mark this client closed; the transport to close, if it is this client's to close.

        A copy only detaches itself (a closed state of its own): the connections stay open
        for its parent and the other copies.
        """
        state = self._state
        if state.closed:
            return None
        if not self._owner:
            self._state = _State(None)
            return None
        state.closed = True
        return state.transport

    def _closed_error(self) -> RuntimeError:
        """Why a closed client refuses to send (raised only then: not on the hot path)."""
        if self._owner:
            return RuntimeError("the client is closed")
        if self._state.transport is None:
            return RuntimeError("this with_options() copy is closed")
        return RuntimeError(
            "the client this with_options() copy was made from is closed, and with it the "
            "connections they shared"
        )

    def __repr__(self) -> str:
        mode = "bytes" if self._codec.binary else "str"
        return f"<{type(self).__name__}[{mode}] {self._endpoint!r}>"


_KEEP: Any = object()

#: The page size the scan iterators ask for when not given `count` (a hint to Redis).
SCAN_COUNT = 1_000


def _page(count: object) -> int:
    if count is None:
        return SCAN_COUNT
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ValueError("count must be a positive int (a page size hint)")
    return count


def _header(headers: Headers, name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


class SyncClient(_ClientBase[V]):
    """The synchronous client (thread-safe: share one per process)."""

    _sleep: Callable[[float], None] = staticmethod(time.sleep)
    _http_client: httpx.Client | None

    def __init__(
        self,
        url: str,
        token: str,
        *,
        decode_responses: bool = True,
        timeout: TimeoutTypes | None = None,
        retries: int = DEFAULT_RETRIES,
        deadline: float | None = _DEFAULT_DEADLINE,
        read_your_writes: bool = True,
        telemetry: bool = True,
        tracing: bool = True,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        http2: bool = False,
        ssl_context: ssl.SSLContext | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Connect to an Upstash-compatible REST endpoint (nothing is sent until a command).

        - `decode_responses`: `True` returns strings as `str` (`Redis[str]`), `False` as
          `bytes` (`Redis[bytes]`, binary-safe).
        - `timeout`: seconds, or an `httpx.Timeout`, per attempt; default 5 s to connect,
          5 s to write, read or wait for a pooled connection. Never unlimited.
        - `retries`: retries after the first attempt (0: one attempt). Only requests that
          cannot apply a write twice are retried once they may have reached the server.
        - `deadline`: total seconds a call may take, attempts and the waits between them
          included (each attempt's timeouts are cut to what is left). Default: 10 s, or the
          longest `timeout` phase when that is longer; `None`: no total limit.
        - `read_your_writes`: send the latest `Upstash-Sync-Token` seen with each request.
        - `telemetry`: send the anonymous `Upstash-Telemetry-*` headers (also off when
          `UPSTASH_DISABLE_TELEMETRY` is set).
        - `tracing`: an OpenTelemetry span per command and per pipeline, when the application
          has set a tracer provider (`False`: none from this client; see `_tracing`).
        - `max_connections`: keep-alive connections kept open; `http2` needs `h2`.
        - `http_client`: send through this `httpx.Client` instead (it is not closed by
          `close()`); slower than the built-in connection pool.
        """
        endpoint = self._configure(
            url,
            token,
            decode_responses=decode_responses,
            timeout=timeout,
            retries=retries,
            deadline=deadline,
            read_your_writes=read_your_writes,
            telemetry=telemetry,
            tracing=tracing,
        )
        transport = sync_transport(
            endpoint,
            http_client=http_client,
            max_connections=check_count(max_connections, "max_connections", 1),
            http2=http2,
            ssl_context=ssl_context,
        )
        self._state = _State(transport)
        self._ssl_context = ssl_context
        self._http_client = http_client

    @classmethod
    def _from_env(cls, decode_responses: bool, options: SyncClientOptions) -> Self:
        """A client for UPSTASH_REDIS_REST_URL / _TOKEN (else KV_REST_API_URL / _TOKEN).

        The generated subclass exposes it as `from_env()`, with the overloads that type
        `Redis.from_env()` as `Redis[str]` and `decode_responses=False` as `Redis[bytes]`.
        """
        url, token = credentials_from_env()
        return cls(url, token, decode_responses=decode_responses, **options)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        retries: int | None = None,
        deadline: float | None = _KEEP,
    ) -> Self:
        """A copy with other per-request options, sharing the connections and sync token.

        `r.with_options(timeout=2).get("k")` gives one call its own timeout. The client built
        with `Redis(...)` owns the connections; a copy borrows them: closing the copy (or
        leaving its `with` block) closes the copy only, and closing the original closes the
        connections for every copy, which then raise `RuntimeError` when used.
        """
        return self._copy(timeout, retries, deadline)

    def _execute(self, command: Command[T], timeout: dict[str, float] | None = None) -> T:
        if self._tracing and (spans := tracer()) is not None:
            return self._traced(spans, command, timeout)
        target, static, body = self._prepare(command)
        content = self._send(target, static, body, (command,), SINGLE, timeout)
        return decode_envelope(command, content)

    def _traced(self, spans: Tracer, command: Command[T], timeout: dict[str, float] | None) -> T:
        """`_execute` inside a span of its own (see `_tracing`)."""
        with CommandSpan(spans, command.name, self._span_attributes):
            target, static, body = self._prepare(command)
            content = self._send(target, static, body, (command,), SINGLE, timeout)
            return decode_envelope(command, content)

    def _execute_batch(
        self, commands: Sequence[Command[Any]], *, transaction: bool
    ) -> tuple[list[Any], bool]:
        """Send a transaction (one `/multi-exec`) or a pipeline (`/pipeline` requests, in order,
        split by the caps of `_batch`); each command's value or CommandError, and whether none
        can be an error (see `_decode_batch`)."""
        if self._tracing and (spans := tracer()) is not None:
            name = "MULTI" if transaction else "PIPELINE"
            with CommandSpan(spans, name, self._span_attributes, len(commands)) as span:
                results, clean = self._send_batch(commands, transaction)
                if not clean:
                    batch_failed(span, results)
                return results, clean
        return self._send_batch(commands, transaction)

    def _send_batch(
        self, commands: Sequence[Command[Any]], transaction: bool
    ) -> tuple[list[Any], bool]:
        kind, requests = self._batch_requests(commands, transaction)
        target, results, clean = self._targets[kind], list[Any](), True
        for start, end, body in requests:
            part = commands[start:end]
            content = self._send(target, self._json_headers, body, part, kind, None)
            decoded, part_clean = self._decode_batch(part, kind, content, start)
            results += decoded
            clean = clean and part_clean
        return results, clean

    def _send(
        self,
        target: bytes,
        static: StaticHeaders,
        body: bytes,
        commands: Sequence[Command[Any]],
        kind: int,
        timeout: dict[str, float] | None,
        started: float | None = None,
    ) -> bytes:
        """Send one request, retrying by the policy; the reply's body once it is HTTP 200.

        The total deadline counts from `started` (the auto-pipeline passes the moment its
        callers' commands were flushed), else from now.
        """
        state = self._state
        if state.closed:
            raise self._closed_error()
        transport: SyncTransport = state.transport
        timeout = self._timeout if timeout is None else timeout
        debug = logger.isEnabledFor(logging.DEBUG)
        if started is None:
            started = time.monotonic()
        attempt = 0
        while True:
            since = time.perf_counter()
            limits = self._attempt_timeout(timeout, started, commands, kind, attempt)
            extra = self._headers(len(body), attempt)
            fault: TransportFault | None = None
            response_headers: Headers | None = None
            status = 0
            content = b""
            try:
                status, response_headers, content = transport.send(
                    target, static, extra, body, limits
                )
            except TransportFault as exc:
                fault = exc
            else:
                if self._read_your_writes:
                    self._observe(response_headers)
                if status == 200:
                    if debug:
                        self._log(commands, kind, attempt, "HTTP 200", since)
                    return content
            delay = self._retry_or_raise(
                commands, kind, attempt, fault, status, response_headers, content, started, since
            )
            self._sleep(delay)
            attempt += 1

    # -- iterators over SCAN, SSCAN, HSCAN, ZSCAN -------------------------------------------
    # Each page is one request, with `count` as its size hint (default `SCAN_COUNT`: a page is
    # an HTTP round trip, not a cheap TCP one). Redis yields every element present for the
    # whole walk; one may come twice if the collection shrinks meanwhile.

    def _walk(
        self, count: int | None, page: Callable[..., Command[tuple[int, list[T]]]]
    ) -> Iterator[T]:
        """Every page's items, `page(cursor=..., count=...)` after page, until the cursor is 0."""
        count, cursor = _page(count), 0
        while True:
            cursor, items = self._execute(page(cursor=cursor, count=count))
            yield from items
            if cursor == 0:
                return

    def scan_iter(
        self, *, match: Value | None = None, count: int | None = None, type: Value | None = None
    ) -> Iterator[V]:
        """Every key (matching the glob `match`, holding the type `type`), walked with SCAN."""
        from redisrest._generated import commands as _cmd

        return self._walk(count, partial(_cmd.scan, self._codec, match=match, type=type))

    def sscan_iter(
        self, key: Key, *, match: Value | None = None, count: int | None = None
    ) -> Iterator[V]:
        """Every member of the set at `key` (matching `match`), walked with SSCAN."""
        from redisrest._generated import commands as _cmd

        return self._walk(count, partial(_cmd.sscan, self._codec, key, match=match))

    def hscan_iter(
        self, key: Key, *, match: Value | None = None, count: int | None = None
    ) -> Iterator[tuple[V, V]]:
        """Every (field, value) pair of the hash at `key` (fields matching `match`), by HSCAN."""
        from redisrest._generated import commands as _cmd

        # NOVALUES is never sent here, so every page is the pairs variant of the reply.
        page = partial(_cmd.hscan, self._codec, key, match=match)
        return self._walk(
            count, cast("Callable[..., Command[tuple[int, list[tuple[V, V]]]]]", page)
        )

    def zscan_iter(
        self, key: Key, *, match: Value | None = None, count: int | None = None
    ) -> Iterator[tuple[V, float]]:
        """Every (member, score) pair of the sorted set at `key`, walked with ZSCAN."""
        from redisrest._generated import commands as _cmd

        # NOSCORES is never sent here, so every page is the pairs variant of the reply.
        page = partial(_cmd.zscan, self._codec, key, match=match)
        return self._walk(
            count, cast("Callable[..., Command[tuple[int, list[tuple[V, float]]]]]", page)
        )

    # -- scripts and pub/sub ----------------------------------------------------------------

    def script(self, source: str | bytes, *, readonly: bool = False) -> Script[V]:
        """A Lua script, called by its SHA1 digest: `add = r.script(src); add(keys=[...])`.

        Each call sends EVALSHA and falls back to EVAL when the server does not have the
        script (NOSCRIPT). `readonly=True` uses EVALSHA_RO / EVAL_RO (allowed to read-only
        tokens, retried like reads). `add(..., type=list[int])` converts the reply.
        """
        return Script(self._codec, self._execute, source, readonly=readonly)

    def subscribe(
        self, *channels: Key, reconnect: bool = False, idle_timeout: float = SSE_IDLE_TIMEOUT
    ) -> Subscription[V]:
        """Receive the messages published to `channels`: `with r.subscribe("chat") as sub:`.

        The stream opens on `with` (or `open()`, or the first `next`) and closes with the
        block. A dropped stream (ended, broken, or silent for `idle_timeout` seconds) raises
        `ConnectionError` / `TimeoutError`, or is reopened when `reconnect=True`.
        """
        return Subscription(
            self._codec,
            self._stream_settings(),
            self._http_client,
            "subscribe",
            channels,
            reconnect=reconnect,
            idle_timeout=idle_timeout,
        )

    def psubscribe(
        self, *patterns: Key, reconnect: bool = False, idle_timeout: float = SSE_IDLE_TIMEOUT
    ) -> Subscription[V]:
        """Receive the messages of every channel matching the glob `patterns` (`"news.*"`)."""
        return Subscription(
            self._codec,
            self._stream_settings(),
            self._http_client,
            "psubscribe",
            patterns,
            reconnect=reconnect,
            idle_timeout=idle_timeout,
        )

    def execute(
        self, command: str, *args: Arg, timeout: TimeoutTypes | None = None
    ) -> JSONValue[V]:
        """Send any command, e.g. `r.execute("OBJECT", "FREQ", "k")`: the escape hatch.

        `command` is the command's name (a subcommand's words follow it in `args`). The reply
        is returned as its JSON shape (strings as `str` or `bytes` by the client's mode). The
        command is never retried once it may have reached the server. `timeout` overrides the
        client's timeout for this call.
        """
        if timeout is None:
            return self._execute(any_command(self._codec, (command, *args)))
        once = self._copy(timeout, None, _KEEP)  # its deadline follows the timeout, as ever
        return once._execute(any_command(self._codec, (command, *args)), once._timeout)

    def close(self) -> None:
        """Close the connections (not a caller's `http_client`), and with them every copy
        `with_options` made. Closing a copy closes only the copy: its parent keeps them."""
        transport = self._release()
        if transport is not None:
            cast("SyncTransport", transport).close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(_ClientBase[V]):
    """The asyncio client (safe to share between tasks of one event loop)."""

    # asyncio is imported when the first AsyncClient is built, not with the package.
    _batcher: AutoPipeline | None
    _http_client: httpx.AsyncClient | None
    _sleep: Callable[[float], Awaitable[None]]
    _timeout_error: type[Exception]
    _running_loop: Callable[[], object]

    def __init__(
        self,
        url: str,
        token: str,
        *,
        decode_responses: bool = True,
        timeout: TimeoutTypes | None = None,
        retries: int = DEFAULT_RETRIES,
        deadline: float | None = _DEFAULT_DEADLINE,
        read_your_writes: bool = True,
        telemetry: bool = True,
        tracing: bool = True,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        http2: bool = False,
        ssl_context: ssl.SSLContext | None = None,
        http_client: httpx.AsyncClient | None = None,
        auto_pipeline: bool = True,
    ) -> None:
        """Like `SyncClient`; at most `max_connections` requests are in flight at once.

        - `auto_pipeline`: commands awaited concurrently in one event-loop turn (e.g. under
          `asyncio.gather`) travel in one `/pipeline` request, in the order they were issued,
          each caller getting its own result or error; a command awaited alone is sent alone.
          `False` sends every command in a request of its own.
        """
        import asyncio

        endpoint = self._configure(
            url,
            token,
            decode_responses=decode_responses,
            timeout=timeout,
            retries=retries,
            deadline=deadline,
            read_your_writes=read_your_writes,
            telemetry=telemetry,
            tracing=tracing,
        )
        limit = check_count(max_connections, "max_connections", 1)
        transport = async_transport(
            endpoint,
            http_client=http_client,
            max_connections=limit,
            http2=http2,
            ssl_context=ssl_context,
        )
        self._state = _State(transport, limit)
        self._ssl_context = ssl_context
        self._http_client = http_client
        self._batcher = self._auto_pipeline() if auto_pipeline else None
        self._sleep = asyncio.sleep
        self._timeout_error = asyncio.TimeoutError
        self._running_loop = asyncio.get_running_loop

    @classmethod
    def _from_env(cls, decode_responses: bool, options: AsyncClientOptions) -> Self:
        """A client for UPSTASH_REDIS_REST_URL / _TOKEN (else KV_REST_API_URL / _TOKEN).

        The generated subclass exposes it as `from_env()`, with the overloads that type
        `AsyncRedis.from_env()` as `AsyncRedis[str]` and `decode_responses=False` as `AsyncRedis[bytes]`.
        """
        url, token = credentials_from_env()
        return cls(url, token, decode_responses=decode_responses, **options)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        retries: int | None = None,
        deadline: float | None = _KEEP,
    ) -> Self:
        """A copy with other per-request options, sharing the connections and sync token.

        The copy auto-pipelines its own commands (its requests carry its options). As with
        `Redis.with_options`, closing the copy closes the copy only; closing the original
        closes the connections for every copy, which then raise `RuntimeError` when used.
        """
        clone = self._copy(timeout, retries, deadline)
        if clone._batcher is not None:
            clone._batcher = clone._auto_pipeline()
        return clone

    def _auto_pipeline(self) -> AutoPipeline:
        """This client's auto-pipeline: it sends through this client's `_send` (its options)."""
        return AutoPipeline(self._send, self._root, self._targets[PIPELINE], self._json_headers)

    def _execute(
        self, command: Command[T], timeout: dict[str, float] | None = None
    ) -> Coroutine[None, None, T]:
        # A plain function handing back the coroutine: no extra frame when tracing is off.
        if self._tracing and (spans := tracer()) is not None:
            return self._traced(spans, command, timeout)
        return self._run(command, timeout)

    async def _traced(
        self, spans: Tracer, command: Command[T], timeout: dict[str, float] | None
    ) -> T:
        """`_execute` inside a span of its own (see `_tracing`)."""
        with CommandSpan(spans, command.name, self._span_attributes):
            return await self._run(command, timeout)

    async def _run(self, command: Command[T], timeout: dict[str, float] | None) -> T:
        target, static, body = self._prepare(command)
        batcher = self._batcher
        if batcher is not None and timeout is None:
            result = await batcher.submit(command, target, static, body)
            if result is not HANDBACK:
                return cast("T", result)
        content = await self._send(target, static, body, (command,), SINGLE, timeout)
        return decode_envelope(command, content)

    async def _execute_batch(
        self, commands: Sequence[Command[Any]], *, transaction: bool
    ) -> tuple[list[Any], bool]:
        """Send a transaction or a pipeline (see `SyncClient._execute_batch`)."""
        if self._tracing and (spans := tracer()) is not None:
            name = "MULTI" if transaction else "PIPELINE"
            with CommandSpan(spans, name, self._span_attributes, len(commands)) as span:
                results, clean = await self._send_batch(commands, transaction)
                if not clean:
                    batch_failed(span, results)
                return results, clean
        return await self._send_batch(commands, transaction)

    async def _send_batch(
        self, commands: Sequence[Command[Any]], transaction: bool
    ) -> tuple[list[Any], bool]:
        kind, requests = self._batch_requests(commands, transaction)
        target, results, clean = self._targets[kind], list[Any](), True
        for start, end, body in requests:
            part = commands[start:end]
            content = await self._send(target, self._json_headers, body, part, kind, None)
            decoded, part_clean = self._decode_batch(part, kind, content, start)
            results += decoded
            clean = clean and part_clean
        return results, clean

    async def _send(
        self,
        target: bytes,
        static: StaticHeaders,
        body: bytes,
        commands: Sequence[Command[Any]],
        kind: int,
        timeout: dict[str, float] | None,
        started: float | None = None,
    ) -> bytes:
        """Send one request, retrying by the policy; the reply's body once it is HTTP 200.

        The total deadline counts from `started` (the auto-pipeline passes the moment its
        callers' commands were flushed), else from now.
        """
        state = self._state
        if state.closed:
            raise self._closed_error()
        transport: AsyncTransport = state.transport
        limiter = state.limiter
        loop = self._running_loop()
        if limiter is None or state.loop is not loop:
            limiter = state.rebind(loop)
        timeout = self._timeout if timeout is None else timeout
        debug = logger.isEnabledFor(logging.DEBUG)
        if started is None:
            started = time.monotonic()
        attempt = 0
        while True:
            since = time.perf_counter()
            limits = self._attempt_timeout(timeout, started, commands, kind, attempt)
            fault: TransportFault | None = None
            response_headers: Headers | None = None
            status = 0
            content = b""
            try:
                if limiter.locked():  # all slots busy: wait, at most the pool timeout
                    await within(limiter.acquire(), limits["pool"])
                else:
                    await limiter.acquire()
            except self._timeout_error:
                fault = fault_named("PoolTimeout")
            else:
                try:
                    # Built once a slot is free, so the sync token sent is the latest seen.
                    extra = self._headers(len(body), attempt)
                    status, response_headers, content = await transport.send(
                        target, static, extra, body, limits
                    )
                except TransportFault as exc:
                    fault = exc
                else:
                    if self._read_your_writes:
                        self._observe(response_headers)
                finally:
                    limiter.release()
            if status == 200:
                if debug:
                    self._log(commands, kind, attempt, "HTTP 200", since)
                return content
            delay = self._retry_or_raise(
                commands, kind, attempt, fault, status, response_headers, content, started, since
            )
            await self._sleep(delay)
            attempt += 1

    # -- iterators over SCAN, SSCAN, HSCAN, ZSCAN (see `SyncClient.scan_iter`) ---------------

    async def _walk(
        self, count: int | None, page: Callable[..., Command[tuple[int, list[T]]]]
    ) -> AsyncIterator[T]:
        """The items of every page (see `SyncClient._walk`)."""
        count, cursor = _page(count), 0
        while True:
            cursor, items = await self._execute(page(cursor=cursor, count=count))
            for item in items:
                yield item
            if cursor == 0:
                return

    def scan_iter(
        self, *, match: Value | None = None, count: int | None = None, type: Value | None = None
    ) -> AsyncIterator[V]:
        """Every key (matching `match`, of type `type`): `async for key in ar.scan_iter():`."""
        from redisrest._generated import commands as _cmd

        return self._walk(count, partial(_cmd.scan, self._codec, match=match, type=type))

    def sscan_iter(
        self, key: Key, *, match: Value | None = None, count: int | None = None
    ) -> AsyncIterator[V]:
        """Every member of the set at `key` (matching `match`), walked with SSCAN."""
        from redisrest._generated import commands as _cmd

        return self._walk(count, partial(_cmd.sscan, self._codec, key, match=match))

    def hscan_iter(
        self, key: Key, *, match: Value | None = None, count: int | None = None
    ) -> AsyncIterator[tuple[V, V]]:
        """Every (field, value) pair of the hash at `key` (fields matching `match`), by HSCAN."""
        from redisrest._generated import commands as _cmd

        # NOVALUES is never sent here, so every page is the pairs variant of the reply.
        page = partial(_cmd.hscan, self._codec, key, match=match)
        return self._walk(
            count, cast("Callable[..., Command[tuple[int, list[tuple[V, V]]]]]", page)
        )

    def zscan_iter(
        self, key: Key, *, match: Value | None = None, count: int | None = None
    ) -> AsyncIterator[tuple[V, float]]:
        """Every (member, score) pair of the sorted set at `key`, walked with ZSCAN."""
        from redisrest._generated import commands as _cmd

        # NOSCORES is never sent here, so every page is the pairs variant of the reply.
        page = partial(_cmd.zscan, self._codec, key, match=match)
        return self._walk(
            count, cast("Callable[..., Command[tuple[int, list[tuple[V, float]]]]]", page)
        )

    # -- scripts and pub/sub (see `SyncClient.script` / `subscribe`) -------------------------

    def script(self, source: str | bytes, *, readonly: bool = False) -> AsyncScript[V]:
        """A Lua script, called by digest: `add = ar.script(src); await add(keys=[...])`."""
        return AsyncScript(self._codec, self._execute, source, readonly=readonly)

    def subscribe(
        self, *channels: Key, reconnect: bool = False, idle_timeout: float = SSE_IDLE_TIMEOUT
    ) -> AsyncSubscription[V]:
        """Receive the messages published to `channels`: `async with ar.subscribe("c") as s:`."""
        return AsyncSubscription(
            self._codec,
            self._stream_settings(),
            self._http_client,
            "subscribe",
            channels,
            reconnect=reconnect,
            idle_timeout=idle_timeout,
        )

    def psubscribe(
        self, *patterns: Key, reconnect: bool = False, idle_timeout: float = SSE_IDLE_TIMEOUT
    ) -> AsyncSubscription[V]:
        """Receive the messages of every channel matching the glob `patterns`."""
        return AsyncSubscription(
            self._codec,
            self._stream_settings(),
            self._http_client,
            "psubscribe",
            patterns,
            reconnect=reconnect,
            idle_timeout=idle_timeout,
        )

    async def execute(
        self, command: str, *args: Arg, timeout: TimeoutTypes | None = None
    ) -> JSONValue[V]:
        """Send any command, e.g. `await r.execute("OBJECT", "FREQ", "k")`: the escape hatch.

        With its own `timeout` it is sent alone, never auto-pipelined.
        """
        if timeout is None:
            return await self._execute(any_command(self._codec, (command, *args)))
        once = self._copy(timeout, None, _KEEP)  # sent alone: a timeout dict skips the batcher
        return await once._execute(any_command(self._codec, (command, *args)), once._timeout)

    async def aclose(self) -> None:
        """Close the connections (not a caller's `http_client`), and with them every copy
        `with_options` made. Closing a copy closes only the copy: its parent keeps them."""
        transport = self._release()
        if transport is not None:
            await cast("AsyncTransport", transport).aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
