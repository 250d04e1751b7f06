"""What the HTTP application asks of a database's redis, whether one node or a Redis Cluster.

The app parses and checks a request, packs each command once (`Command`), and hands the batch to
its database's `Backend`. `NodeBackend` (one redis-server, `_redis.RedisPool`) sends the packed
bytes as they are; `ClusterBackend` (`_cluster.py`) reads each command's keys, groups the batch
by the node owning their slot, and puts the replies back in request order. Replies are what
hiredis gives: text or bytes, integers, lists, None, and `hiredis.ReplyError` items for error
replies. A backend that cannot run a batch raises `RedisUnavailable` (`maybe_ran` when some of
it was written to a server, which may have run it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

from ._commands import Arg
from ._metrics import NOTHING, Observer
from ._redis import RedisConnection, RedisPool, RedisUnavailable, pack

_MULTI = pack(("MULTI",))
_EXEC = pack(("EXEC",))
_COMMAND = pack(("COMMAND",))
_PING = pack(("PING",))


class Command:
    """A command of a request: its arguments (for routing) and their RESP2 bytes (to send)."""

    __slots__ = ("argv", "packed")

    def __init__(self, argv: tuple[Arg, ...], packed: bytes) -> None:
        self.argv = argv
        self.packed = packed


@dataclass(frozen=True)
class NodeState:
    """One server behind a backend, as metrics and /health report it (no password)."""

    address: str
    role: str  # "master", "replica", or "node" for a single server
    up: bool


class Backend(Protocol):
    """The redis behind one database of the gateway."""

    #: Where the backend is, for logs and metrics: host:port or the socket path, never a password.
    description: str
    #: "node" or "cluster".
    kind: str

    async def execute(self, batch: Sequence[Command], *, decode: bool) -> list[Any]:
        """Run the commands (pipelined where possible); one reply per command, in order."""
        ...

    async def execute_raw(self, batch: Sequence[Command]) -> list[bytes]:
        """Like `execute`, each reply as its exact RESP2 bytes."""
        ...

    async def transaction(self, batch: Sequence[Command], *, decode: bool) -> list[Any]:
        """MULTI, the commands, EXEC on one connection: the replies to all of them, in order
        (MULTI's, each QUEUED or error, then EXEC's). A cluster refuses keys in several slots
        with `CrossSlot` before anything runs."""
        ...

    async def subscriber(self) -> RedisConnection:
        """A connection of its own for a subscriber or MONITOR stream; the caller closes it."""
        ...

    async def command_table(self) -> list[Any]:
        """The server's `COMMAND` reply, decoded to text."""
        ...

    async def ping(self) -> Any:
        """PING's reply ("PONG" when the backend can serve)."""
        ...

    def nodes(self) -> list[NodeState]:
        """The servers this backend knows, for metrics."""
        ...

    async def close(self) -> None: ...


class CrossSlot(Exception):
    """A transaction whose keys span several hash slots (refused before anything runs)."""


class NodeBackend:
    """One redis-server: every batch goes out as it came, on the pool's pipelined connections."""

    kind = "node"

    def __init__(
        self,
        pool: RedisPool,
        description: str,
        observer: Observer = NOTHING,
        database: str = "-",
    ) -> None:
        self.pool = pool
        self.description = description
        self._observer = observer
        self._database = database
        self._up: bool | None = None  # as last told to the observer

    async def execute(self, batch: Sequence[Command], *, decode: bool) -> list[Any]:
        if len(batch) == 1:
            packed = batch[0].packed
        else:
            packed = b"".join([command.packed for command in batch])
        try:
            replies = await self.pool.execute(packed, len(batch), decode=decode)
        except RedisUnavailable:
            self._state(False)
            raise
        if self._up is not True:
            self._state(True)
        return replies

    def _state(self, up: bool) -> None:
        if up is not self._up:
            self._up = up
            self._observer.backend(self._database, self.description, up)

    async def execute_raw(self, batch: Sequence[Command]) -> list[bytes]:
        packed = b"".join([command.packed for command in batch])
        return await self.pool.execute_exclusive(packed, len(batch), decode=False, raw=True)

    async def transaction(self, batch: Sequence[Command], *, decode: bool) -> list[Any]:
        packed = b"".join([_MULTI, *(command.packed for command in batch), _EXEC])
        return await self.pool.execute_exclusive(packed, len(batch) + 2, decode=decode)

    async def subscriber(self) -> RedisConnection:
        return await self.pool.dedicated()

    async def command_table(self) -> list[Any]:
        (reply,) = await self.pool.execute(_COMMAND, 1)
        if not isinstance(reply, list):
            raise RedisUnavailable("redis-server refused COMMAND")
        return cast("list[Any]", reply)  # type: ignore[redundant-cast]  # pyright: list[Unknown]

    async def ping(self) -> Any:
        (reply,) = await self.pool.execute(_PING, 1)
        return reply

    def nodes(self) -> list[NodeState]:
        return [NodeState(self.description, "node", self.pool.up)]

    async def close(self) -> None:
        await self.pool.close()
