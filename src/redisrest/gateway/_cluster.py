"""A Redis Cluster behind one database of the gateway: the slot map, routing, MOVED and ASK.

`ClusterBackend` implements `_backend.Backend`. It learns which master serves each of the 16384
hash slots (`CLUSTER SHARDS`, or `CLUSTER SLOTS` before Redis 7) from any node it can reach,
starting from the seeds, and keeps `_redis.RedisPool`s (pipelined shared connections) per node.

Routing, command by command (keys found by `_keys.KeyTable`, from the server's own key specs):

- a command with keys goes to the master of its first key's slot. Keys in several slots go there
  too, so the caller gets Redis's own CROSSSLOT error.
- a keyless command goes where the server's command tips say (`COMMAND`, entry index 7):
  `request_policy:all_shards`/`all_nodes` runs it on every master and combines the replies by its
  `response_policy` (DBSIZE sums, SCRIPT EXISTS ands per position, KEYS and SLOWLOG GET
  concatenate, FLUSHDB, FLUSHALL and SCRIPT LOAD/FLUSH answer the first master's reply unless one
  failed). `all_nodes` means the masters here: replicas are not written through the gateway.
  SCAN walks the masters in turn (the cursor says which), RANDOMKEY asks every master and picks
  one that has keys. PING, and the commands whose combined reply the server calls `special`
  (INFO, MEMORY STATS, LATENCY ...), answer from one master, like every keyless command without
  tips (TIME, ECHO, LASTSAVE, CONFIG GET). PUBLISH goes to the master of its channel's slot:
  the cluster broadcasts it from any node, but one channel through one node keeps its order.
- EVAL, EVALSHA and FCALL route by their declared keys; with none, any master. SCRIPT LOAD
  reaches the masters only: after a failover the new master lacks the script (NOSCRIPT; the
  SDKs then send EVAL).

A batch (/pipeline) is split by node, each node's part pipelined in one write, the replies put
back in request order; a command spread over every master runs in its place, after the commands
before it. A transaction needs every key in one slot (else `CrossSlot`, before anything runs)
and runs MULTI..EXEC on an exclusive connection of that slot's master (keyless: any master).

A MOVED or ASK reply means the command did not run: MOVED updates the map (and refreshes it in the
background) and the command goes to the new owner; ASK sends ASKING and the command to the target
once. TRYAGAIN, CLUSTERDOWN and LOADING are retried with a short backoff for up to `failover_wait`
seconds, then answered. A node that cannot be reached before a batch was written to it is retried
(refreshing the map, at most every `REFRESH_INTERVAL`) for up to `failover_wait` seconds, the time
a replica needs to take over; a failure after the write fails the request with
`RedisUnavailable(maybe_ran=True)` and is never resent (Redis Cluster replicates asynchronously,
so it can itself lose an acknowledged write; the gateway must not add doubled ones). A part that
was never written fails the request with `maybe_ran=True` too when another part of it ran (a
/pipeline half on a dead master, FLUSHDB on two masters of three): a client resending the whole
request would run that other part twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

import hiredis

from ._backend import Command, CrossSlot, NodeState
from ._config import is_cluster_url as is_cluster_url  # (the URL rule lives in _config)
from ._keys import SLOTS, KeyTable, key_slot, pattern_slot
from ._metrics import Observer
from ._redis import (
    CONNECT_TIMEOUT,
    RedisAddress,
    RedisConnection,
    RedisPool,
    RedisUnavailable,
    open_connection,
    pack,
)

#: Seconds a request waits for an unreachable node's slots to get a new owner (a replica's
#: takeover after cluster-node-timeout), or for TRYAGAIN / CLUSTERDOWN to pass. Below the
#: client's default 5 s per-attempt timeout, so the client gets the gateway's clear 503
#: ("refused before running", retried) rather than timing out ("may have been applied").
FAILOVER_WAIT = 4.0
#: Fewest seconds between two slot-map refreshes caused by failures (a dead node would
#: otherwise have every waiting request ask for the map at once).
REFRESH_INTERVAL = 0.2
#: The first retry delay after a failure, doubled each time up to RETRY_DELAY_MAX.
RETRY_DELAY = 0.05
RETRY_DELAY_MAX = 0.5
#: Redirections followed for one command before its last reply is answered as it is.
MAX_REDIRECTS = 5

_CROSSSLOT = "CROSSSLOT Keys in request don't hash to the same slot"
_MULTI = pack(("MULTI",))
_EXEC = pack(("EXEC",))
_ASKING = pack(("ASKING",))
_PING = pack(("PING",))
_COMMAND = pack(("COMMAND",))
_SHARDS = pack(("CLUSTER", "SHARDS"))
_SLOTS_CMD = pack(("CLUSTER", "SLOTS"))
_INFO_CLUSTER = pack(("INFO", "cluster"))

_T = TypeVar("_T")

#: A reply not received yet (None is a reply).
_UNANSWERED: Any = object()

# How a command is routed (`_Plan`): a slot 0..16383, or one of these.
_ANY = -1  # one master, any
_FANOUT = -2  # every master, replies combined by the command's response policy
_SCAN = -3
_RANDOMKEY = -4

#: "text": bulk strings as UTF-8 text; "bytes": as bytes; "raw": each reply's RESP2 bytes.
Mode = Literal["text", "bytes", "raw"]


# -- URLs -----------------------------------------------------------------------------------


def parse_cluster_url(url: str) -> list[RedisAddress]:
    """The seed nodes of a cluster URL, each with the URL's user, password and TLS settings.

    `redis+cluster://[user:password@]host:port,host:port[/0][?username=&password=&ssl_cert_reqs=]`.
    ValueError messages never repeat the URL (it may hold a password).
    """
    if not is_cluster_url(url):
        raise ValueError("a cluster URL must start with redis+cluster:// or rediss+cluster://")
    parts = urlsplit(url)
    query = parse_qs(parts.query)

    def first(key: str) -> str | None:
        values = query.get(key)
        return values[0] if values else None

    userinfo, at, hosts = parts.netloc.rpartition("@")
    username = password = None
    if at:
        user, colon, secret = userinfo.partition(":")
        username = unquote(user) or None
        password = unquote(secret) if colon else None
    username = username or first("username")
    password = password if password is not None else first("password")
    if parts.path.strip("/") not in ("", "0") or (first("db") or "0") != "0":
        raise ValueError("a Redis Cluster has only database 0")
    tls = parts.scheme.lower() == "rediss+cluster"
    verify = (first("ssl_cert_reqs") or "required").lower() not in ("none", "optional")
    seeds: list[RedisAddress] = []
    for item in hosts.split(","):
        host, port = _host_port(item.strip())
        seeds.append(
            RedisAddress(
                host=host,
                port=port,
                tls=tls,
                verify_tls=verify,
                username=username,
                password=password,
            )
        )
    return seeds


def _host_port(text: str) -> tuple[str, int]:
    if not text:
        raise ValueError("the cluster URL has an empty host in its host:port list")
    if text.startswith("["):  # [ipv6]:port
        host, _, rest = text[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port_text = text.rpartition(":") if ":" in text else (text, "", "")
    if not port_text:
        return host, 6379
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError("a port in the cluster URL is not a number from 1 to 65535")
    return host, int(port_text)


def node_name(host: str, port: int) -> str:
    """`host:port` (`[v6]:port`), the name of a node in logs, metrics and maps."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


async def detect_cluster(address: RedisAddress, timeout: float) -> bool:
    """Whether the server at `address` is a cluster node (`INFO cluster`: cluster_enabled:1)."""
    conn = await open_connection(address, timeout=timeout, connect_timeout=timeout)
    try:
        (reply,) = await conn.request(_INFO_CLUSTER, 1, decode=True)
    finally:
        conn.close()
    return isinstance(reply, str) and "cluster_enabled:1" in reply


# -- the slot map ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Shard:
    """A master, its replicas and the slot ranges it serves."""

    master: str
    replicas: tuple[str, ...]
    ranges: tuple[tuple[int, int], ...]

    @property
    def first(self) -> int:
        """Its lowest slot: the order SCAN walks the masters in, stable across a failover."""
        return min(start for start, _ in self.ranges)


@dataclass(frozen=True)
class Topology:
    """Who serves each slot ("" when nobody does), the shards by first slot, node health."""

    owners: tuple[str, ...]
    shards: tuple[Shard, ...]
    healthy: dict[str, bool]
    hosts: dict[str, tuple[str, int]]

    @property
    def masters(self) -> list[str]:
        return [shard.master for shard in self.shards]


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _pairs(value: Any) -> dict[str, Any]:
    if not isinstance(value, list):
        return {}
    items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
    return {_text(items[i]): items[i + 1] for i in range(0, len(items) - 1, 2)}


def _topology(
    masters: dict[str, list[tuple[int, int]]],
    replicas: dict[str, list[str]],
    healthy: dict[str, bool],
    hosts: dict[str, tuple[str, int]],
) -> Topology:
    owners = [""] * SLOTS
    shards: list[Shard] = []
    for master, ranges in masters.items():
        if not ranges:
            continue
        for start, end in ranges:
            owners[start : end + 1] = [master] * (end + 1 - start)
        shards.append(Shard(master, tuple(replicas.get(master, ())), tuple(sorted(ranges))))
    shards.sort(key=lambda shard: shard.first)
    return Topology(tuple(owners), tuple(shards), healthy, hosts)


def parse_shards(reply: Any, asked_host: str, tls: bool) -> Topology:
    """`CLUSTER SHARDS` (Redis 7+), as hiredis decodes it to text."""
    masters: dict[str, list[tuple[int, int]]] = {}
    replicas: dict[str, list[str]] = {}
    healthy: dict[str, bool] = {}
    hosts: dict[str, tuple[str, int]] = {}
    for raw_shard in reply:
        shard = _pairs(raw_shard)
        bounds = [int(value) for value in shard.get("slots") or ()]
        ranges = list(zip(bounds[::2], bounds[1::2], strict=True))
        master = ""
        members: list[str] = []
        for raw_node in shard.get("nodes") or ():
            node = _pairs(raw_node)
            host = _text(node.get("endpoint") or node.get("ip") or "")
            if host in ("", "?"):
                host = _text(node.get("ip") or "") or asked_host
            port = int(node.get("tls-port" if tls and "tls-port" in node else "port") or 0)
            if not port:
                continue
            name = node_name(host, port)
            hosts[name] = (host, port)
            # "loading": a replica that has not replicated anything yet (it is reachable).
            healthy[name] = _text(node.get("health", "online")) not in ("fail", "failed")
            if _text(node.get("role")) == "master":
                master = name
            else:
                members.append(name)
        if master:
            masters.setdefault(master, []).extend(ranges)
            replicas.setdefault(master, []).extend(members)
    return _topology(masters, replicas, healthy, hosts)


def parse_slots(reply: Any, asked_host: str) -> Topology:
    """`CLUSTER SLOTS` (Redis 3 to 6, and the fallback): [start, end, master, replica...]."""
    masters: dict[str, list[tuple[int, int]]] = {}
    replicas: dict[str, list[str]] = {}
    healthy: dict[str, bool] = {}
    hosts: dict[str, tuple[str, int]] = {}
    for entry in reply:
        start, end = int(entry[0]), int(entry[1])
        names: list[str] = []
        for node in entry[2:]:
            host = _text(node[0]) if node[0] else asked_host
            if host == "?":
                host = asked_host
            name = node_name(host, int(node[1]))
            hosts[name] = (host, int(node[1]))
            healthy[name] = True
            names.append(name)
        if not names:
            continue
        masters.setdefault(names[0], []).append((start, end))
        known = replicas.setdefault(names[0], [])
        known.extend(name for name in names[1:] if name not in known)
    return _topology(masters, replicas, healthy, hosts)


# -- combining the replies of every master ---------------------------------------------------


def combine(policy: str | None, replies: list[Any]) -> Any:
    """One reply from every master's, as the command's `response_policy` tip says.

    The first error wins, except for `one_succeeded` (SCRIPT KILL), where one success is enough.
    Without a policy, arrays are concatenated (KEYS, SLOWLOG GET).
    """
    errors = [reply for reply in replies if isinstance(reply, hiredis.ReplyError)]
    if policy == "one_succeeded":
        fine = [reply for reply in replies if not isinstance(reply, hiredis.ReplyError)]
        return fine[0] if fine else errors[0]
    if errors:
        return errors[0]
    if policy == "agg_sum":
        return sum(int(reply) for reply in replies)
    if policy in ("agg_min", "agg_max"):
        pick = min if policy == "agg_min" else max
        return pick(int(reply) for reply in replies)
    if policy in ("agg_logical_and", "agg_logical_or"):
        join = all if policy == "agg_logical_and" else any
        if all(isinstance(reply, list) for reply in replies):
            return [int(join(column)) for column in zip(*replies, strict=True)]
        return int(join(replies))
    if policy is None and all(isinstance(reply, list) for reply in replies):
        return list(itertools.chain.from_iterable(replies))
    return replies[0]


def encode(reply: Any) -> bytes:
    """A reply in RESP2 (for replies the gateway puts together: sums, concatenations, SCAN)."""
    if isinstance(reply, hiredis.ReplyError):
        return b"-" + str(reply).encode() + b"\r\n"
    if isinstance(reply, int):
        return b":%d\r\n" % reply
    if reply is None:
        return b"$-1\r\n"
    if isinstance(reply, str):
        reply = reply.encode()
    if isinstance(reply, bytes):
        return b"$%d\r\n%s\r\n" % (len(reply), reply)
    items: list[Any] = reply
    return b"*%d\r\n" % len(items) + b"".join(encode(item) for item in items)


def _decode_raw(raw: bytes) -> Any:
    reader = hiredis.Reader()
    reader.feed(raw)
    return reader.gets()


# -- redirections -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Redirect:
    # "MOVED", "ASK"; "TRYAGAIN", "CLUSTERDOWN", "LOADING" (did not run: later, same owner);
    # "RETRY" (the gateway's own: the node was unreachable, nothing written).
    kind: str
    slot: int = -1
    node: str = ""


def _redirect(reply: Any, mode: Mode) -> _Redirect | None:
    if mode == "raw":
        if not (isinstance(reply, bytes) and reply.startswith(b"-")):
            return None
        text = reply[1:].rstrip(b"\r\n").decode("utf-8", "replace")
    elif isinstance(reply, hiredis.ReplyError):
        text = str(reply)
    else:
        return None
    word, _, rest = text.partition(" ")
    if word in ("MOVED", "ASK"):
        slot, _, where = rest.partition(" ")
        host, _, port = where.rpartition(":")
        if slot.isdigit() and host and port.isdigit():
            # The name the slot map uses (an IPv6 address comes without brackets).
            return _Redirect(word, int(slot), node_name(host.strip("[]"), int(port)))
        return None
    if word in ("TRYAGAIN", "CLUSTERDOWN", "LOADING"):
        return _Redirect(word)
    return None


class _Deadline:
    """The time a request may spend waiting for the cluster, and its growing retry delays."""

    def __init__(self, seconds: float) -> None:
        self._loop = asyncio.get_running_loop()
        self._end = self._loop.time() + seconds
        self._delay = RETRY_DELAY

    async def wait(self) -> bool:
        """Sleep before a retry; False when there is no time left for one."""
        left = self._end - self._loop.time()
        if left <= 0:
            return False
        await asyncio.sleep(min(self._delay, left))
        self._delay = min(self._delay * 2, RETRY_DELAY_MAX)
        return True


# -- the backend ------------------------------------------------------------------------------


class ClusterBackend:
    """A Redis Cluster: commands routed by slot over pipelined connections to each master."""

    kind = "cluster"

    def __init__(
        self,
        seeds: list[RedisAddress],
        *,
        timeout: float,
        max_connections: int,
        observer: Observer,
        database: str,
        failover_wait: float = FAILOVER_WAIT,
        connect_timeout: float = CONNECT_TIMEOUT,
    ) -> None:
        if not seeds:
            raise ValueError("a cluster needs at least one seed node")
        self.seeds = seeds
        self.description = "cluster " + ",".join(node_name(s.host, s.port) for s in seeds)
        self.timeout = timeout
        self.failover_wait = failover_wait
        self._connect_timeout = connect_timeout
        self._max = max_connections
        self._observer = observer
        self._database = database
        self._pools: dict[str, RedisPool] = {}
        self._topology: Topology | None = None
        self._loaded: tuple[str, ...] | None = None
        self._keys: KeyTable | None = None
        self._up: dict[str, bool] = {}
        self._ready_task: asyncio.Future[None] | None = None
        self._refreshing: asyncio.Future[None] | None = None
        self._refreshed_at = -1e9
        self._background: set[asyncio.Task[None]] = set()
        self._turn = itertools.count()
        self._closed = False

    # -- Backend -------------------------------------------------------------------------------

    async def execute(self, batch: Sequence[Command], *, decode: bool) -> list[Any]:
        return await self._execute(batch, "text" if decode else "bytes")

    async def execute_raw(self, batch: Sequence[Command]) -> list[bytes]:
        return await self._execute(batch, "raw")

    async def transaction(self, batch: Sequence[Command], *, decode: bool) -> list[Any]:
        await self.connect()
        slots: set[int] = set()
        for command in batch:
            slots.update(key_slot(key) for key in await self._all_keys(command.argv))
        if len(slots) > 1:
            raise CrossSlot(_CROSSSLOT)
        slot = slots.pop() if slots else _ANY
        packed = b"".join([_MULTI, *(command.packed for command in batch), _EXEC])
        mode: Mode = "text" if decode else "bytes"
        deadline = _Deadline(self.failover_wait)
        moved = False
        while True:
            node = self._node_for(slot)
            try:
                replies = await self._send(node, packed, len(batch) + 2, mode, exclusive=True)
            except RedisUnavailable as exc:
                if exc.maybe_ran or not await self._after_failure(node, deadline):
                    raise
                continue
            # A redirection while queuing aborted the transaction (EXECABORT): nothing ran.
            # (EXEC itself answers MOVED when the slot moved after queuing: nothing ran either.)
            found = [r for r in (_redirect(reply, mode) for reply in replies[1:]) if r]
            if not found:
                return replies
            first = found[0]
            if first.kind == "MOVED" and not moved:
                moved = True
                self._observer.redirect(self._database, "moved")
                self._moved(first)
                continue
            if first.kind != "MOVED" and await deadline.wait():
                # ASK (a slot being migrated), TRYAGAIN, CLUSTERDOWN: wait for it to settle.
                self._observer.redirect(self._database, "retry")
                continue
            return replies

    async def subscriber(self) -> RedisConnection:
        await self.connect()
        return await self._first_master(lambda node: self._pool(node).dedicated())

    async def command_table(self) -> list[Any]:
        await self.connect()
        return await self._command()

    async def _command(self) -> list[Any]:
        """`COMMAND` from the first master that answers."""
        (reply,) = await self._first_master(lambda node: self._send(node, _COMMAND, 1, "text"))
        if not isinstance(reply, list):
            raise RedisUnavailable("the cluster refused COMMAND")
        return reply  # pyright: ignore[reportUnknownVariableType]

    async def _first_master(self, call: Callable[[str], Awaitable[_T]]) -> _T:
        """`call` on one master, the next one if it cannot be reached (nothing ran)."""
        masters = self._map().masters
        if not masters:
            raise RedisUnavailable("no master of the cluster serves any slot")
        start = next(self._turn)
        for n in range(len(masters)):
            try:
                return await call(masters[(start + n) % len(masters)])
            except RedisUnavailable as exc:
                if exc.maybe_ran or n == len(masters) - 1:
                    raise
        raise AssertionError("unreachable")

    async def ping(self) -> Any:
        """PONG when every master answers PING; else the first error reply or failure."""
        await self.connect()
        replies = await self._ping_masters()
        if any(isinstance(reply, BaseException) for reply in replies):
            # A master is gone: ask for the map again (a replica may have taken over), so that
            # a gateway seeing only health checks follows a failover too.
            with contextlib.suppress(RedisUnavailable):
                await self._refresh()
            replies = await self._ping_masters()
        if not replies:
            return hiredis.ReplyError("CLUSTERDOWN no master serves any slot")
        for reply in replies:
            if isinstance(reply, BaseException):
                raise reply  # RedisUnavailable names the node
            if reply[0] != "PONG":
                return reply[0]
        return "PONG"

    async def _ping_masters(self) -> list[list[Any] | BaseException]:
        topology = self._map()
        if not topology.shards:
            return []
        return await asyncio.gather(
            *(self._send(master, _PING, 1, "text") for master in topology.masters),
            return_exceptions=True,
        )

    def nodes(self) -> list[NodeState]:
        topology = self._topology
        if topology is None:
            return [NodeState(node_name(s.host, s.port), "seed", False) for s in self.seeds]
        states: list[NodeState] = []
        for shard in topology.shards:
            for role, names in (("master", (shard.master,)), ("replica", shard.replicas)):
                for name in names:
                    up = topology.healthy.get(name, False) and self._up.get(name, True)
                    states.append(NodeState(name, role, up))
        return states

    async def close(self) -> None:
        self._closed = True
        for task in list(self._background):
            task.cancel()
        for pool in list(self._pools.values()):
            await pool.close()

    # -- start-up ------------------------------------------------------------------------------

    async def connect(self) -> None:
        """Learn the slot map and the command table, once (again after a failure).

        RedisUnavailable says in one line which nodes could not be reached and why (a refused
        connection, a refused login), never with a password.
        """
        if self._keys is not None and self._topology is not None:
            return
        if self._ready_task is None or self._ready_task.done():
            self._ready_task = asyncio.ensure_future(self._start())
        task = self._ready_task
        try:
            await asyncio.shield(task)
        finally:
            if task.done() and not task.cancelled() and task.exception() is not None:
                self._ready_task = None

    async def _start(self) -> None:
        await self._refresh(force=True)
        self._keys = KeyTable(await self._command())

    # -- the slot map --------------------------------------------------------------------------

    def _map(self) -> Topology:
        topology = self._topology
        if topology is None:
            raise RedisUnavailable("the cluster's slot map is not known yet")
        return topology

    def _node_for(self, slot: int) -> str:
        """The master of a slot; for _ANY (or a slot nobody serves), any master in turn."""
        topology = self._map()
        if slot >= 0 and topology.owners[slot]:
            return topology.owners[slot]
        masters = topology.masters
        if not masters:
            raise RedisUnavailable("no master of the cluster serves any slot")
        return masters[next(self._turn) % len(masters)]

    async def _refresh(self, *, force: bool = False) -> None:
        """Ask the nodes for the slot map (one request at a time shares one refresh)."""
        if self._refreshing is not None:
            await asyncio.shield(self._refreshing)
            return
        loop = asyncio.get_running_loop()
        if not force and loop.time() - self._refreshed_at < REFRESH_INTERVAL:
            return
        self._refreshing = loop.create_future()
        try:
            await self._load_map()
            self._refreshing.set_result(None)
        except BaseException as exc:
            self._refreshing.set_exception(exc)
            self._refreshing.exception()  # retrieved: nobody else may be waiting
            raise
        finally:
            self._refreshing = None
            self._refreshed_at = loop.time()

    def _refresh_soon(self) -> None:
        """Refresh in the background (after a MOVED: the caller goes on with the new owner)."""
        if self._closed or self._refreshing is not None:
            return
        task = asyncio.ensure_future(self._quiet_refresh())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _quiet_refresh(self) -> None:
        # A failure here is not lost: the next request that needs the map tries again.
        with contextlib.suppress(RedisUnavailable):
            await self._refresh()

    async def _load_map(self) -> None:
        old = self._topology
        candidates: list[str] = []
        if old is not None:
            candidates += [name for name, ok in old.healthy.items() if ok and name in old.hosts]
            candidates += [name for name in old.hosts if name not in candidates]
        for seed in self.seeds:
            name = node_name(seed.host, seed.port)
            if name not in candidates:
                candidates.append(name)
        # Nodes that just failed last: a dead host can cost a whole connect timeout.
        candidates.sort(key=lambda name: self._up.get(name) is False)
        failures: list[str] = []
        refused = 0
        for name in candidates:
            try:
                topology = await self._ask_map(name)
            except RedisUnavailable as exc:
                failures.append(str(exc))
                refused += exc.refused
                continue
            if topology is None:
                failures.append(f"cluster node {name}: not in cluster mode, or no slot served")
                continue
            self._topology = topology
            # Compared with the last map loaded, not with the MOVED patches made since.
            if self._loaded is not None and self._loaded != topology.owners:
                self._observer.failover(self._database)
            self._loaded = topology.owners
            return
        raise RedisUnavailable(
            "no node of the cluster answered: " + "; ".join(failures),
            # every node refused the login: waiting will not help (the gateway says so at start)
            refused=refused == len(failures) > 0,
        )

    async def _ask_map(self, name: str) -> Topology | None:
        address = self._address(name)
        tls = address.tls
        (reply,) = await self._send(name, _SHARDS, 1, "text", mark=False)
        if isinstance(reply, list):
            topology = parse_shards(reply, address.host, tls)
        else:
            (reply,) = await self._send(name, _SLOTS_CMD, 1, "text", mark=False)
            if not isinstance(reply, list):
                return None
            topology = parse_slots(reply, address.host)
        return topology if topology.shards else None

    def _address(self, name: str) -> RedisAddress:
        """A node's address, with the seeds' login and TLS settings."""
        topology = self._topology
        if topology is not None and name in topology.hosts:
            host, port = topology.hosts[name]
        else:
            host, port = _host_port(name)
        seed = self.seeds[0]
        return dataclasses.replace(seed, host=host.strip("[]"), port=port)

    def _pool(self, name: str) -> RedisPool:
        pool = self._pools.get(name)
        if pool is None:
            if self._closed:
                raise RedisUnavailable("gateway is shutting down")
            pool = RedisPool(
                self._address(name),
                max_connections=self._max,
                timeout=self.timeout,
                connect_timeout=self._connect_timeout,
            )
            self._pools[name] = pool
        return pool

    def _mark(self, name: str, up: bool) -> None:
        if self._up.get(name) != up:
            self._up[name] = up
            self._observer.backend(self._database, name, up)

    def _moved(self, redirect: _Redirect) -> None:
        """The slot has a new owner: use it now, and learn the rest of the map soon."""
        topology = self._map()
        if topology.owners[redirect.slot] != redirect.node:
            owners = list(topology.owners)
            owners[redirect.slot] = redirect.node
            hosts = topology.hosts
            if redirect.node not in hosts:
                hosts = {**hosts, redirect.node: _host_port(redirect.node)}
            self._topology = dataclasses.replace(topology, owners=tuple(owners), hosts=hosts)
        self._refresh_soon()

    async def _after_failure(self, node: str, deadline: _Deadline) -> bool:
        """A node could not take a batch (nothing written): refresh, wait; False when out of time."""
        self._observer.redirect(self._database, "retry")
        if not await deadline.wait():
            return False
        with contextlib.suppress(RedisUnavailable):  # no node answered yet: later, then
            await self._refresh()
        return True

    # -- sending -------------------------------------------------------------------------------

    async def _send(
        self,
        node: str,
        packed: bytes,
        count: int,
        mode: Mode,
        *,
        exclusive: bool = False,
        mark: bool = True,
    ) -> list[Any]:
        """One batch to one node; RedisUnavailable names the node."""
        pool = self._pool(node)
        try:
            if mode == "raw":
                replies = await pool.execute_exclusive(packed, count, decode=False, raw=True)
            elif exclusive:
                replies = await pool.execute_exclusive(packed, count, decode=mode == "text")
            else:
                replies = await pool.execute(packed, count, decode=mode == "text")
        except RedisUnavailable as exc:
            if mark and not exc.maybe_ran:
                self._mark(node, False)
            raise RedisUnavailable(
                f"cluster node {node}: {exc}",
                maybe_ran=exc.maybe_ran,
                timeout=exc.timeout,
                refused=exc.refused,
            ) from None
        if mark:
            self._mark(node, True)
        return replies

    async def _execute(self, batch: Sequence[Command], mode: Mode) -> list[Any]:
        await self.connect()
        plans: list[int] = []
        for command in batch:
            plan = self._plan_from_specs(command.argv)
            plans.append(await self._plan(command.argv) if plan is None else plan)
        replies: list[Any] = [_UNANSWERED] * len(batch)
        deadline = _Deadline(self.failover_wait)
        try:
            # Commands spread over every master run in their place in the batch: the commands
            # before them first, those after them next, so no node sees the batch out of order.
            segment: list[int] = []
            for i, plan in enumerate(plans):
                if plan >= _ANY:
                    segment.append(i)
                    continue
                if segment:
                    await self._dispatch(batch, segment, plans, replies, mode, deadline)
                    segment = []
                await self._special(batch[i], i, plan, replies, mode, deadline)
            if segment:
                await self._dispatch(batch, segment, plans, replies, mode, deadline)
        except RedisUnavailable as exc:
            if not exc.maybe_ran and any(reply is not _UNANSWERED for reply in replies):
                # The failed part did not run, but others did: the request as a whole may have
                # run (a client must not resend it all).
                raise RedisUnavailable(
                    f"{exc}; other commands of the request ran", maybe_ran=True
                ) from None
            raise
        return replies

    async def _dispatch(
        self,
        batch: Sequence[Command],
        indices: list[int],
        plans: list[int],
        replies: list[Any],
        mode: Mode,
        deadline: _Deadline,
    ) -> None:
        """Send the commands at `indices`, one pipelined batch per node, replies in place."""
        groups: dict[str, list[int]] = {}
        for i in indices:
            groups.setdefault(self._node_for(plans[i]), []).append(i)
        await _all(
            [
                self._send_part(node, part, batch, plans, replies, mode, deadline)
                for node, part in groups.items()
            ]
        )

    async def _send_part(
        self,
        node: str,
        part: list[int],
        batch: Sequence[Command],
        plans: list[int],
        replies: list[Any],
        mode: Mode,
        deadline: _Deadline,
    ) -> None:
        packed = b"".join([batch[i].packed for i in part])
        try:
            got = await self._send(node, packed, len(part), mode)
        except RedisUnavailable as exc:
            if exc.maybe_ran or not await self._after_failure(node, deadline):
                raise
            # Nothing was written: send again, grouped by the owners the map now names.
            await self._dispatch(batch, part, plans, replies, mode, deadline)
            return
        redirected: list[tuple[int, Any, _Redirect]] = []
        for i, reply in zip(part, got, strict=True):
            redirect = _redirect(reply, mode)
            if redirect is None:
                replies[i] = reply
            else:
                redirected.append((i, reply, redirect))
        # One after the other, in request order: a SET then a GET of the same key stay in order.
        for i, reply, redirect in redirected:
            await self._follow(batch[i], i, reply, redirect, replies, mode, deadline)

    async def _follow(
        self,
        command: Command,
        index: int,
        reply: Any,
        redirect: _Redirect | None,
        replies: list[Any],
        mode: Mode,
        deadline: _Deadline,
    ) -> None:
        """A command that was redirected (it did not run): send it where the cluster says."""
        hops = 0
        while redirect is not None and hops < MAX_REDIRECTS:
            if redirect.kind == "MOVED":
                hops += 1
                self._observer.redirect(self._database, "moved")
                self._moved(redirect)
                node, packed, count = redirect.node, command.packed, 1
            elif redirect.kind == "ASK":
                hops += 1
                self._observer.redirect(self._database, "ask")
                node, packed, count = redirect.node, _ASKING + command.packed, 2
            else:
                if redirect.kind != "RETRY":  # TRYAGAIN, CLUSTERDOWN: wait, then the owner
                    if not await deadline.wait():
                        break
                    self._observer.redirect(self._database, "retry")
                node, packed, count = (
                    self._node_for(await self._plan(command.argv)),
                    command.packed,
                    1,
                )
            try:
                got = await self._send(node, packed, count, mode, exclusive=count > 1)
            except RedisUnavailable as exc:
                if exc.maybe_ran or not await self._after_failure(node, deadline):
                    raise
                redirect = _Redirect("RETRY")  # nothing written: to the owner the map names
                continue
            reply = got[-1]
            redirect = _redirect(reply, mode)
        replies[index] = reply

    # -- routing -------------------------------------------------------------------------------

    async def _plan(self, argv: tuple[str | bytes, ...]) -> int:
        """Where a command goes: its first key's slot, or _ANY / _FANOUT / _SCAN / _RANDOMKEY."""
        plan = self._plan_from_specs(argv)
        if plan is not None:
            return plan
        # As the server itself does when a spec is incomplete (SORT's STORE, MIGRATE's KEYS):
        # ask it, a round trip for these few commands only.
        keys = await self._server_keys(argv)
        return key_slot(keys[0]) if keys else _ANY

    def _plan_from_specs(self, argv: tuple[str | bytes, ...]) -> int | None:
        """`_plan` without a round trip; None when the key specs cannot tell."""
        table = self._keys
        assert table is not None
        position = table.route_key(argv)
        if position:
            return key_slot(argv[position])
        found = table.keys(argv)
        if not found.complete:
            return None
        if found.positions:
            # Any key will do: keys in several slots get CROSSSLOT from whichever node.
            return key_slot(argv[found.positions[0]])
        info = table.info(argv)
        if info is None:
            return _ANY
        if info.name == "publish" and len(argv) > 1:
            # Any node would do (the cluster carries it to every node), but messages published
            # through different nodes can arrive out of order: one channel, one node.
            return key_slot(argv[1])
        if info.name == "keys" and len(argv) > 1:
            slot = pattern_slot(argv[1])
            if slot is not None:
                return slot  # "{user:1}*": the keys are all on one master
        if info.name == "scan":
            return _SCAN
        if info.name == "randomkey":
            return _RANDOMKEY
        if info.name == "ping" or info.response_policy == "special":
            return _ANY
        if info.request_policy in ("all_shards", "all_nodes"):
            return _FANOUT
        return _ANY

    async def _all_keys(self, argv: tuple[str | bytes, ...]) -> list[str | bytes]:
        """Every key of a command: from the specs, or from the server when they cannot tell."""
        table = self._keys
        assert table is not None
        found = table.keys(argv)
        if found.complete:
            return [argv[i] for i in found.positions]
        return await self._server_keys(argv)

    async def _server_keys(self, argv: tuple[str | bytes, ...]) -> list[str | bytes]:
        """`COMMAND GETKEYS` (a round trip); no keys when the server cannot parse the command
        (whichever node runs it will then answer the error)."""
        try:
            (reply,) = await self._send(
                self._node_for(_ANY), pack(("COMMAND", "GETKEYS", *argv)), 1, "bytes"
            )
        except RedisUnavailable as exc:
            # COMMAND GETKEYS runs nothing: the request's own commands were not sent.
            raise RedisUnavailable(str(exc)) from None
        if not isinstance(reply, list):
            return []
        return list(reply)  # pyright: ignore[reportUnknownArgumentType]

    # -- keyless commands spread over the masters ----------------------------------------------

    async def _special(
        self,
        command: Command,
        index: int,
        plan: int,
        replies: list[Any],
        mode: Mode,
        deadline: _Deadline,
    ) -> None:
        if plan == _SCAN:
            replies[index] = await self._scan(command, mode, deadline)
            return
        table = self._keys
        assert table is not None
        info = table.info(command.argv)
        policy = info.response_policy if info is not None else None
        masters = self._map().masters
        got = await asyncio.gather(
            *(self._on_node(master, command.packed, mode, deadline) for master in masters),
            return_exceptions=True,
        )
        failed = [r for r in got if isinstance(r, RedisUnavailable) and not r.maybe_ran]
        if failed and len(failed) < len(got):
            # Some masters ran it (FLUSHDB on two of three): it may have run.
            raise RedisUnavailable(f"{failed[0]}; other masters ran it", maybe_ran=True)
        _raise_first(got)
        results: list[Any] = list(got)
        if plan == _RANDOMKEY:
            found = [r for r in results if r is not None and r != b"$-1\r\n"]
            replies[index] = random.choice(found) if found else results[0]
            return
        if mode != "raw":
            replies[index] = combine(policy, results)
            return
        if policy in ("all_succeeded", "one_succeeded") or (
            policy is None and not all(r.startswith(b"*") for r in results)
        ):
            # The reply of one master, byte for byte (or the first error).
            decoded = [_decode_raw(r) for r in results]
            chosen = combine(policy, decoded)
            replies[index] = results[decoded.index(chosen)] if chosen in decoded else results[0]
            return
        replies[index] = encode(combine(policy, [_decode_raw(r) for r in results]))

    async def _on_node(self, node: str, packed: bytes, mode: Mode, deadline: _Deadline) -> Any:
        """One command on one master, retried while that master's slots find a new owner."""
        topology = self._map()
        slot = next((s.first for s in topology.shards if s.master == node), _ANY)
        while True:
            try:
                (reply,) = await self._send(node, packed, 1, mode)
            except RedisUnavailable as exc:
                if exc.maybe_ran or not await self._after_failure(node, deadline):
                    raise
                node = self._node_for(slot)
                continue
            redirect = _redirect(reply, mode)
            # CLUSTERDOWN while a failover is under way (it did not run): later, if time allows.
            if redirect is None or redirect.kind in ("MOVED", "ASK") or not await deadline.wait():
                return reply
            self._observer.redirect(self._database, "retry")
            node = self._node_for(slot)

    async def _scan(self, command: Command, mode: Mode, deadline: _Deadline) -> Any:
        """SCAN over every master in turn; the cursor is node cursor * 16384 + the first slot
        of the master being scanned (masters ordered by their first slot: a failover keeps the
        order; "0" only once the last master is done)."""
        argv = command.argv
        text = argv[1] if len(argv) > 1 else ""
        text = text.decode("ascii", "replace") if isinstance(text, bytes) else text
        if not text.isdigit():
            # Not a cursor: let a master answer the error.
            return await self._on_node(self._node_for(_ANY), command.packed, mode, deadline)
        cursor = int(text)
        node_cursor, first = divmod(cursor, SLOTS)
        shards = self._map().shards
        tagged = _match_slot(argv)
        if tagged is not None:
            # MATCH "{tag}...": every key it can match is on the master of that one slot.
            owner = self._node_for(tagged)
            position = next((i for i, s in enumerate(shards) if s.master == owner), len(shards))
        else:
            # The master scanned last, found by its first slot (its replica, after a failover).
            position = next((i for i, s in enumerate(shards) if s.first >= first), len(shards))
        if position == len(shards):
            return self._scan_reply(0, [], mode)
        shard = shards[position]
        packed = pack((command.argv[0], str(node_cursor), *command.argv[2:]))
        reply = await self._on_node(shard.master, packed, "bytes", deadline)
        if isinstance(reply, hiredis.ReplyError):
            return encode(reply) if mode == "raw" else reply
        next_node = int(reply[0])
        if next_node:
            cursor = next_node * SLOTS + shard.first
        elif tagged is None and position + 1 < len(shards):
            cursor = shards[position + 1].first  # the next master, from its start
        else:
            cursor = 0
        keys: list[bytes] = reply[1]
        return self._scan_reply(cursor, keys, mode)

    @staticmethod
    def _scan_reply(cursor: int, keys: list[bytes], mode: Mode) -> Any:
        if mode == "raw":
            return encode([str(cursor).encode(), keys])
        if mode == "text":
            return [str(cursor), [key.decode("utf-8", "replace") for key in keys]]
        return [str(cursor).encode(), keys]


def _match_slot(argv: tuple[str | bytes, ...]) -> int | None:
    """The slot of SCAN's MATCH pattern when it names one hash tag (`pattern_slot`)."""
    for i in range(2, len(argv) - 1, 2):
        token = argv[i]
        if (token if isinstance(token, str) else token.decode("latin-1")).lower() == "match":
            return pattern_slot(argv[i + 1])
    return None


def _raise_first(results: Sequence[object]) -> None:
    """Raise the failure that matters most: one that may have run a command comes first."""
    failures = [r for r in results if isinstance(r, BaseException)]
    if not failures:
        return
    for failure in failures:
        if isinstance(failure, RedisUnavailable) and failure.maybe_ran:
            raise failure
    raise failures[0]


async def _all(jobs: Sequence[Awaitable[None]]) -> None:
    """Run jobs together and wait for every one (a part written to a node finishes even when
    another part fails), then raise the failure that matters most."""
    if len(jobs) == 1:
        await jobs[0]
        return
    results = await asyncio.gather(*jobs, return_exceptions=True)
    _raise_first(results)
