"""The ASGI application: routing, authentication, request parsing, and replies (PROTOCOL.md).

Choices where PROTOCOL.md leaves room (each pinned by a test in tests/gateway/):

- Arguments: JSON strings as UTF-8; numbers canonically (`100` -> "100", `1.5` -> "1.5",
  `100.0` -> "100", big integers exactly); booleans as "true" / "false" (the JSON literal, as
  JavaScript's String() writes it); objects, arrays and null are a 400 naming the index.
- Content types on `/`, `/pipeline`, `/multi-exec`: none, `application/json` (any parameters),
  `*/*+json`, `text/plain`, and `application/x-www-form-urlencoded` (what `curl -d` sends, as in
  Upstash's own curl examples); the body is JSON whatever the type says. Anything else is a 400.
  The path form takes any content type: its body is a raw value.
- Path form: segments percent-decoded to bytes; one trailing slash ignored; the raw body (if any)
  is the last argument, then the query pairs in order (`?EX=100&NX` -> `EX 100 NX`, `+` is a
  space, `_token` skipped). HEAD runs the command like GET and answers the headers only.
- /pipeline: structural errors (not an array, a command that is not an array, a bad argument
  type, more than `--max-pipeline` commands) refuse the whole request with 400; a refused or
  failing command is an `{"error"}` item and the others still run.
- /multi-exec: one refused command refuses the transaction (400, nothing sent); a queued-time
  error is one 400 `EXECABORT ...: <the first error>`; runtime errors are `{"error"}` items.
- `Upstash-Response-Format: resp2`: a reply's exact RESP2 bytes (400 when it is an error reply;
  /pipeline concatenates its replies, a refusal becoming a `-ERR ...` line); errors about the
  request itself (auth, body, headers) stay JSON.
- `Upstash-Encoding`: only `base64` (any case); another value is a 400.
- `Upstash-Sync-Token`: a counter per gateway process, on every response; one gateway in front of
  one redis-server always reads its own writes, so the client's token is accepted and ignored.
- Server-sent events (/subscribe/<ch>/<ch>..., /psubscribe/<pattern>..., /monitor): GET or
  POST; with `Upstash-Encoding: base64`, message payloads are base64 (channels stay text).
  /monitor needs the standard token.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import sys
import time
from typing import Any, Final, TypeAlias
from urllib.parse import unquote_to_bytes

from . import _logs
from ._asgi import Receive, Scope, Send
from ._backend import Backend, Command, CrossSlot, NodeBackend
from ._commands import READONLY_ERROR, Arg, CommandTable, Policy
from ._config import (
    DEFAULT_MAX_QUEUED_MESSAGES,
    HEALTH_TIMEOUT,
    DatabaseConfig,
    GatewayConfig,
    describe_redis_url,
    is_cluster_url,
)
from ._encode import (
    BadRequest,
    as_list,
    encode_json,
    envelope,
    envelopes,
    is_error,
    parse_batch,
    parse_command,
    resp_error,
    sse_data,
    sse_fields,
)
from ._metrics import NOTHING, Observer
from ._redis import RedisPool, RedisUnavailable, pack, parse_redis_url

Headers: TypeAlias = "list[tuple[bytes, bytes]]"

logger = logging.getLogger("redisrest.gateway")
_access_log = logging.getLogger(_logs.ACCESS)

_METHODS: Final = frozenset({"GET", "HEAD", "POST", "PUT"})
_ALLOW: Final = (b"allow", b"GET, HEAD, POST, PUT")
_ALLOW_BATCH: Final = (b"allow", b"POST, PUT")
_ALLOW_STREAM: Final = (b"allow", b"GET, POST")
_JSON: Final = b"application/json"
_OCTETS: Final = b"application/octet-stream"
#: Content types accepted on the JSON endpoints: JSON itself, none, and what `curl -d` sends
#: (Upstash's own curl examples post JSON as `application/x-www-form-urlencoded`).
_JSON_TYPES: Final = frozenset(
    {b"application/json", b"text/plain", b"application/x-www-form-urlencoded"}
)

_FULL: Final = 1
_READONLY: Final = 2

_UNAUTHORIZED: Final = "WRONGPASS invalid or missing auth token"
_TOO_LARGE: Final = "ERR max request size exceeded"
_CROSSSLOT: Final = (
    "CROSSSLOT Keys in request don't hash to the same slot: a /multi-exec transaction runs on "
    "the one cluster node owning its keys (give related keys one {hash tag})"
)
_KEEPALIVE_EVENT: Final = b": keepalive\n\n"
_LOGGED_NAMES: Final = 5

# Queue items a subscriber stream understands besides redis push replies.
_STOP: Final = object()
_TICK: Final = object()


class _Disconnected(Exception):
    """The client went away before its request body arrived."""


class _Log:
    """What one request's log line and metrics say (never values or tokens)."""

    __slots__ = ("count", "database", "kind", "names", "wanted")

    def __init__(self, wanted: bool) -> None:
        self.kind = "-"
        self.names: list[str] = []  # the first commands' names, when a line will show them
        self.database = "-"
        self.count = 0  # a /pipeline's or /multi-exec's commands
        self.wanted = wanted  # a log line will name the commands

    def shown_names(self) -> str:
        """`get`, `set,get,+998` (the rest counted), or `-`."""
        if not self.names:
            return "-"
        more = self.count - len(self.names)
        return ",".join(self.names) + (f",+{more}" if more > 0 else "")


def open_backend(url: str, config: DatabaseConfig, observer: Observer = NOTHING) -> Backend:
    """The backend a database's redis URL names: one node, or a Redis Cluster."""
    if is_cluster_url(url):
        from ._cluster import ClusterBackend, parse_cluster_url

        return ClusterBackend(
            parse_cluster_url(url),
            timeout=config.redis_timeout,
            max_connections=config.max_connections,
            observer=observer,
            database=config.name,
        )
    pool = RedisPool(
        parse_redis_url(url),
        max_connections=config.max_connections,
        timeout=config.redis_timeout,
    )
    return NodeBackend(pool, describe_redis_url(url), observer, config.name)


class Database:
    """One database of the gateway: its settings, its backend, and the command policy of the
    server behind it (from `COMMAND`, on first use)."""

    __slots__ = ("_lock", "backend", "config", "loaded", "name")

    def __init__(self, config: DatabaseConfig, backend: Backend) -> None:
        self.config = config
        self.name = config.name
        self.backend = backend
        #: The policy once loaded (the hot path reads it without an await).
        self.loaded: Policy | None = None
        self._lock = asyncio.Lock()

    async def policy(self) -> Policy:
        policy = self.loaded
        if policy is not None:
            return policy
        return await self._load_policy()

    async def _load_policy(self) -> Policy:
        async with self._lock:
            if self.loaded is None:
                entries = as_list(await self.backend.command_table())
                if entries is None:
                    raise RedisUnavailable("redis-server refused COMMAND")
                table = CommandTable(entries)
                self.loaded = Policy(table, allow_dangerous=self.config.allow_dangerous)
            return self.loaded


class GatewayApp:
    """The Upstash-compatible REST gateway as a raw ASGI 3 application.

    `redis_urls` maps each database's name to the URL of its redis (the private server's, for a
    database configured without one).
    """

    def __init__(
        self,
        config: GatewayConfig,
        redis_urls: str | dict[str, str],
        observer: Observer = NOTHING,
    ) -> None:
        self.config = config
        self.observer = observer
        self._observing = observer is not NOTHING
        configs = config.all_databases()
        if isinstance(redis_urls, str):
            redis_urls = {db.name: redis_urls for db in configs}
        self.databases = [
            Database(db, open_backend(redis_urls[db.name], db, observer)) for db in configs
        ]
        self._tokens: list[tuple[bytes, Database, int]] = []
        for database in self.databases:
            for token in database.config.tokens:
                self._tokens.append((token.encode(), database, _FULL))
            for token in database.config.readonly_tokens:
                self._tokens.append((token.encode(), database, _READONLY))
        self._sync = 0
        self._streams: set[asyncio.Queue[Any]] = set()
        # Body deadlines: one sweeper timer for all requests (cheaper than a timer each).
        self._reading: dict[asyncio.Task[Any], float] = {}
        self._expired: set[asyncio.Task[Any]] = set()
        self._sweeper: asyncio.TimerHandle | None = None

    # ASGI entry point

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self._http(scope, receive, send)
        elif kind == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                for database in self.databases:
                    try:
                        await database.policy()
                    except RedisUnavailable as exc:
                        logger.debug(  # `serve` said so before starting the workers
                            "database %s: redis at %s not reachable yet (%s): will retry",
                            database.name,
                            database.backend.description,
                            exc,
                        )
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self.end_streams()
                self.observer.flush()
                for database in self.databases:
                    await database.backend.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def end_streams(self) -> None:
        """Finish every server-sent-events stream (the server is shutting down)."""
        for queue in self._streams:
            queue.put_nowait(_STOP)

    # HTTP

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        debug = logger.isEnabledFor(logging.DEBUG)
        access = _access_log.isEnabledFor(logging.INFO)
        timed = debug or access or self._observing
        started = time.perf_counter() if timed else 0.0
        log = _Log(debug or access)
        try:
            status = await self._route(scope, receive, send, log)
        except BadRequest as exc:
            status = await self._error(send, exc.status, exc.message)
        except RedisUnavailable as exc:
            if exc.maybe_ran:  # sent to redis-server, no reply: never "refused before running"
                status = 504 if exc.timeout else 502
                message = f"ERR redis failed after the request was sent ({exc}): it may have run"
            else:
                status, message = 503, f"ERR redis unavailable: {exc}"
            status = await self._error(send, status, message)
        except _Disconnected:
            status = 499
        if timed:
            elapsed = time.perf_counter() - started
            if self._observing:
                self.observer.request(log.database, log.kind, status, elapsed)
            if access:
                _logs.access(
                    scope["method"],
                    log.kind,
                    log.database,
                    status,
                    elapsed,
                    log.names,
                    count=log.count or None,
                )
            if debug:
                logger.debug(
                    "%s %s %s %s %d %.2fms",
                    scope["method"],
                    log.database,
                    log.kind,
                    log.shown_names(),
                    status,
                    elapsed * 1000.0,
                )

    async def _route(self, scope: Scope, receive: Receive, send: Send, log: _Log) -> int:
        method: str = scope["method"]
        if method not in _METHODS:
            return await self._error(send, 405, "ERR method not allowed", _ALLOW)
        path: bytes = scope.get("raw_path") or scope["path"].encode()
        if path == b"/health":
            log.kind = "health"
            return await self._health(send)

        auth = encoding = response_format = b""
        content_type: bytes | None = None
        length: bytes | None = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                # two credentials are ambiguous (a proxy may read the other one): neither counts
                auth = value if not auth else b"-"
            elif name == b"content-type":
                content_type = value
            elif name == b"content-length":
                length = value
            elif name == b"upstash-encoding":
                encoding = value
            elif name == b"upstash-response-format":
                response_format = value
        query: bytes = scope.get("query_string", b"")
        found = self._role(auth, query)
        if found is None:
            return await self._error(send, 401, _UNAUTHORIZED)
        database, role = found
        log.database = database.name
        b64 = _base64_wanted(encoding)
        raw = _resp2_wanted(response_format)
        if raw and b64:
            raise BadRequest(
                "ERR Upstash-Response-Format: resp2 cannot be combined with Upstash-Encoding"
            )
        if length is not None and (not length.isdigit() or int(length) > self._max_body):
            raise BadRequest(_TOO_LARGE)

        if path == b"/" and method in ("POST", "PUT"):
            log.kind = "command"
            body = await self._json_body(receive, content_type)
            argv = parse_command(body)
            if log.wanted:
                log.names = [await self._name(database, argv[0])]
            return await self._command(send, database, argv, role, b64, raw)
        if path == b"/pipeline" or path == b"/multi-exec":
            transaction = path == b"/multi-exec"
            what = log.kind = "multi-exec" if transaction else "pipeline"
            if method not in ("POST", "PUT"):
                return await self._error(send, 405, "ERR method not allowed", _ALLOW_BATCH)
            if raw and transaction:
                raise BadRequest(
                    "ERR Upstash-Response-Format: resp2 is not available on /multi-exec"
                )
            body = await self._json_body(receive, content_type)
            batch = parse_batch(body, what, database.config.max_pipeline)
            policy = await database.policy()
            if log.wanted:
                log.names = [policy.command_name(argv[0]) for argv in batch[:_LOGGED_NAMES]]
            log.count = len(batch)
            if transaction:
                return await self._transaction(send, database, policy, batch, role, b64)
            return await self._pipeline(send, database, policy, batch, role, b64, raw)

        segments = _segments(path)
        first = segments[0].lower() if segments else b""
        if first in (b"subscribe", b"psubscribe") or path == b"/monitor":
            log.kind = "subscribe" if first != b"monitor" else "monitor"
            if method not in ("GET", "POST"):
                return await self._error(send, 405, "ERR method not allowed", _ALLOW_STREAM)
            await self._read_body(receive)
            return await self._stream(
                receive, send, database, first.decode(), segments[1:], role, b64
            )

        log.kind = "publish" if first == b"publish" else "path"
        if not segments:
            raise BadRequest("ERR empty command: POST a JSON array or use /<command>/<arg>...")
        args: list[Arg] = [*segments]
        body = await self._read_body(receive)
        if body:
            args.append(body)
        if query:
            args.extend(_query_args(query))
        if log.wanted:
            log.names = [await self._name(database, args[0])]
        return await self._command(send, database, tuple(args), role, b64, raw)

    @property
    def _max_body(self) -> int:
        return self.config.max_body_bytes

    def _role(self, auth: bytes, query: bytes) -> tuple[Database, int] | None:
        """The database the request's token selects, and the token's role there."""
        token: bytes | None = None
        if auth:
            token = auth[7:].strip() if auth[:7].lower() == b"bearer " else b""
        elif self.config.allow_query_token and query:
            token = _query_token(query)
        if token is None:
            return None
        # Every token is compared, whichever matches: the work (and the time) does not depend
        # on which token, or how much of one, is right.
        found: tuple[Database, int] | None = None
        for known, database, role in self._tokens:
            if hmac.compare_digest(token, known):
                found = (database, role)
        return found

    async def _name(self, database: Database, arg: Arg) -> str:
        return (await database.policy()).command_name(arg)

    # bodies

    async def _json_body(self, receive: Receive, content_type: bytes | None) -> bytes:
        if content_type is not None:
            media = content_type.split(b";", 1)[0].strip().lower()
            if media not in _JSON_TYPES and not media.endswith(b"+json"):
                raise BadRequest("ERR unsupported content type: send the command as JSON")
        return await self._read_body(receive)

    async def _read_body(self, receive: Receive) -> bytes:
        """The whole body, within `--body-timeout` (else 408) and `--max-body-bytes` (else 400)."""
        task = asyncio.current_task()
        assert task is not None
        loop = asyncio.get_running_loop()
        self._reading[task] = loop.time() + self.config.body_timeout
        if self._sweeper is None:
            self._sweeper = loop.call_later(self._sweep_every, self._sweep)
        try:
            return await _collect(receive, self._max_body)
        except asyncio.CancelledError:
            if task not in self._expired:
                raise
            self._expired.discard(task)
            if sys.version_info >= (3, 11):
                task.uncancel()
            raise BadRequest("ERR request body not received in time", 408) from None
        finally:
            del self._reading[task]

    @property
    def _sweep_every(self) -> float:
        return min(1.0, self.config.body_timeout / 4)

    def _sweep(self) -> None:
        """Cancel the body reads past their deadline (they answer 408)."""
        self._sweeper = None
        if not self._reading:
            return
        now = asyncio.get_running_loop().time()
        for task, deadline in self._reading.items():
            if deadline <= now and task not in self._expired:
                self._expired.add(task)
                task.cancel()
        self._sweeper = asyncio.get_running_loop().call_later(self._sweep_every, self._sweep)

    # commands

    async def _command(
        self,
        send: Send,
        database: Database,
        argv: tuple[Arg, ...],
        role: int,
        b64: bool,
        raw: bool,
    ) -> int:
        policy = database.loaded or await database.policy()
        refusal = policy.refusal(argv, readonly=role == _READONLY)
        if refusal is not None:
            if raw:
                return await self._respond(send, 400, resp_error(refusal), _OCTETS)
            return await self._error(send, 400, refusal)
        batch = [Command(argv, _pack(argv, ""))]
        if self._observing:
            self.observer.commands(database.name, [policy.group(argv[0])])
        if raw:
            (reply,) = await database.backend.execute_raw(batch)
            status = 400 if reply[:1] == b"-" else 200
            return await self._respond(send, status, reply, _OCTETS)
        (reply,) = await database.backend.execute(batch, decode=not b64)
        result = envelope(reply, b64)
        return await self._respond(send, 400 if "error" in result else 200, encode_json(result))

    async def _pipeline(
        self,
        send: Send,
        database: Database,
        policy: Policy,
        batch: list[tuple[Arg, ...]],
        role: int,
        b64: bool,
        raw: bool,
    ) -> int:
        readonly = role == _READONLY
        refuse = policy.refusal
        refusals = [refuse(argv, readonly=readonly) for argv in batch]
        allowed = batch
        if any(refusals):
            allowed = [argv for argv, no in zip(batch, refusals, strict=True) if no is None]
        try:  # comprehensions: a 1,000-command pipeline is a tight loop
            packed = [Command(argv, pack(argv)) for argv in allowed]
        except UnicodeEncodeError:  # again, one by one, for the item's number in the message
            for index, (argv, no) in enumerate(zip(batch, refusals, strict=True)):
                if no is None:
                    _pack(argv, f"pipeline item {index}: ")
            raise
        replies: list[Any] = []
        if packed:
            if self._observing:
                self.observer.commands(
                    database.name, [policy.group(command.argv[0]) for command in packed]
                )
            if raw:
                replies = await database.backend.execute_raw(packed)
            else:
                replies = await database.backend.execute(packed, decode=not b64)
        if len(packed) == len(batch):
            if not raw:
                return await self._respond(send, 200, encode_json(envelopes(replies, b64)))
            merged: list[Any] = replies
        else:
            sent = iter(replies)
            merged = [next(sent) if r is None else r for r in refusals]
        if raw:
            chunks = [
                resp_error(item) if refusal is not None else item
                for item, refusal in zip(merged, refusals, strict=True)
            ]
            return await self._respond(send, 200, b"".join(chunks), _OCTETS)
        items = [
            {"error": item} if refusal is not None else envelope(item, b64)
            for item, refusal in zip(merged, refusals, strict=True)
        ]
        return await self._respond(send, 200, encode_json(items))

    async def _transaction(
        self,
        send: Send,
        database: Database,
        policy: Policy,
        batch: list[tuple[Arg, ...]],
        role: int,
        b64: bool,
    ) -> int:
        readonly = role == _READONLY
        packed: list[Command] = []
        for index, argv in enumerate(batch):
            refusal = policy.refusal(argv, readonly=readonly)
            if refusal is not None:
                return await self._error(send, 400, refusal)
            packed.append(Command(argv, _pack(argv, f"multi-exec item {index}: ")))
        if self._observing:
            self.observer.commands(
                database.name, [policy.group(command.argv[0]) for command in packed]
            )
        try:
            replies = await database.backend.transaction(packed, decode=not b64)
        except CrossSlot:
            return await self._error(send, 400, _CROSSSLOT)
        opened, queued, done = replies[0], replies[1:-1], replies[-1]
        if is_error(opened):
            return await self._error(send, 400, str(opened))
        for item in queued:
            if is_error(item):
                head = str(done).rstrip(".") if is_error(done) else "EXECABORT"
                return await self._error(send, 400, f"{head}: {item}")
        if is_error(done):
            return await self._error(send, 400, str(done))
        results = as_list(done)
        if results is None:
            return await self._error(send, 400, "EXECABORT transaction aborted")
        items = [envelope(item, b64) for item in results]
        return await self._respond(send, 200, encode_json(items))

    async def _health(self, send: Send) -> int:
        """200 when every database's redis answers PING; else 503 naming the databases that
        do not (names only: a load balancer's check needs no token)."""
        replies = await asyncio.gather(*(_ping(database.backend) for database in self.databases))
        down = [db.name for db, reply in zip(self.databases, replies, strict=True) if not reply]
        if not down:
            return await self._respond(send, 200, b'{"result":"OK"}')
        if len(self.databases) == 1:
            return await self._error(send, 503, "ERR redis unavailable")
        return await self._error(send, 503, f"ERR redis unavailable for {', '.join(down)}")

    # server-sent events

    async def _stream(
        self,
        receive: Receive,
        send: Send,
        database: Database,
        kind: str,
        targets: list[bytes],
        role: int,
        b64: bool,
    ) -> int:
        if kind == "monitor":
            if role != _FULL:
                return await self._error(send, 400, READONLY_ERROR)
            command: tuple[Arg, ...] = ("MONITOR",)
        else:
            if not targets or not all(targets):
                raise BadRequest(f"ERR /{kind} needs at least one non-empty channel in the path")
            command = ("PSUBSCRIBE" if kind == "psubscribe" else "SUBSCRIBE", *targets)
        conn = await database.backend.subscriber()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        self._streams.add(queue)
        conn.start_push(_pack(command, ""), queue.put_nowait)
        loop = asyncio.get_running_loop()
        watcher = loop.create_task(_watch_disconnect(receive, queue))
        ticker = loop.create_task(_tick(queue, self.config.keepalive))
        try:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"text/event-stream"),
                        (b"cache-control", b"no-cache"),
                        (b"x-accel-buffering", b"no"),
                        (b"upstash-sync-token", self._next_sync()),
                    ],
                }
            )
            skip_ok = kind == "monitor"
            while True:
                item = await queue.get()
                if item is _STOP or item is None:
                    break
                if item is _TICK:
                    chunk = _KEEPALIVE_EVENT
                elif is_error(item):
                    chunk = sse_data(["error", str(item)])
                elif skip_ok and item == b"OK":
                    skip_ok = False
                    continue
                else:
                    chunk = sse_data(sse_fields(item, b64))
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
                if queue.qsize() > DEFAULT_MAX_QUEUED_MESSAGES:
                    break
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:
            pass
        finally:
            watcher.cancel()
            ticker.cancel()
            conn.close()
            self._streams.discard(queue)
        return 200

    # responses

    def _next_sync(self) -> bytes:
        self._sync += 1
        return b"%d" % self._sync

    async def _respond(
        self,
        send: Send,
        status: int,
        body: bytes,
        content_type: bytes = _JSON,
        extra: tuple[bytes, bytes] | None = None,
    ) -> int:
        headers: Headers = [
            (b"content-type", content_type),
            (b"content-length", b"%d" % len(body)),
            (b"upstash-sync-token", self._next_sync()),
        ]
        if extra is not None:
            headers.append(extra)
        if status == 408:
            headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
        return status

    async def _error(
        self, send: Send, status: int, message: str, extra: tuple[bytes, bytes] | None = None
    ) -> int:
        return await self._respond(send, status, encode_json({"error": message}), _JSON, extra)


async def _ping(backend: Backend) -> bool:
    try:
        reply: object = await asyncio.wait_for(backend.ping(), HEALTH_TIMEOUT)
    except (RedisUnavailable, asyncio.TimeoutError):
        return False
    return reply == "PONG"


def _pack(argv: tuple[Arg, ...], where: str) -> bytes:
    try:
        return pack(argv)
    except UnicodeEncodeError:
        raise BadRequest(f"ERR {where}arguments must be valid Unicode text") from None


def _base64_wanted(value: bytes) -> bool:
    if not value:
        return False
    word = value.strip().lower()
    if word == b"base64":
        return True
    raise BadRequest("ERR unsupported Upstash-Encoding: the only encoding is base64")


def _resp2_wanted(value: bytes) -> bool:
    if not value:
        return False
    word = value.strip().lower()
    if word == b"resp2":
        return True
    if word == b"json":
        return False
    raise BadRequest("ERR unsupported Upstash-Response-Format: use json or resp2")


def _segments(path: bytes) -> list[bytes]:
    """Path segments, percent-decoded to bytes; one trailing slash is ignored."""
    parts = path[1:].split(b"/")
    if len(parts) > 1 and not parts[-1]:
        parts.pop()
    if parts == [b""]:
        return []
    return [unquote_to_bytes(part) for part in parts]


def _query_args(query: bytes) -> list[Arg]:
    """`?EX=100&NX` -> `EX 100 NX`, in order, without `_token` (form encoding: `+` is a space)."""
    args: list[Arg] = []
    for pair in query.split(b"&"):
        if not pair:
            continue
        key, eq, value = pair.partition(b"=")
        name = unquote_to_bytes(key.replace(b"+", b" "))
        if name == b"_token":
            continue
        args.append(name)
        if eq:
            args.append(unquote_to_bytes(value.replace(b"+", b" ")))
    return args


def _query_token(query: bytes) -> bytes | None:
    for pair in query.split(b"&"):
        key, eq, value = pair.partition(b"=")
        if key == b"_token" and eq:
            return unquote_to_bytes(value.replace(b"+", b" "))
    return None


async def _collect(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Disconnected
        chunk: bytes = message.get("body", b"")
        if chunk:
            total += len(chunk)
            if total > limit:
                raise BadRequest(_TOO_LARGE)
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    if len(chunks) == 1:
        return chunks[0]
    return b"".join(chunks)


async def _watch_disconnect(receive: Receive, queue: asyncio.Queue[Any]) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            queue.put_nowait(_STOP)
            return


async def _tick(queue: asyncio.Queue[Any], every: float) -> None:
    while True:
        await asyncio.sleep(every)
        queue.put_nowait(_TICK)
