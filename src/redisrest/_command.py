"""Sans-IO command values: what a generated builder returns and every executor consumes.

A builder (generated, one per command) does no I/O: it lays out the argv, picks the reply
variant the arguments select, and returns a `Command[T]` whose `T` is the Python type the
caller gets back. Executors (sync, async, pipelines) only encode `argv`, send it, and hand
the reply to `reply` / `convert`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Generic, Protocol, TypeAlias

import msgspec
from typing_extensions import Never, TypeVar, TypeVarTuple, Unpack

T = TypeVar("T")
S = TypeVar("S")
B = TypeVar("B")
#: The client's value type: `str` or `bytes`. Its default (PEP 696) makes a bare `Redis`
#: annotation (`def f(r: Redis)`) mean `Redis[str]`, the constructor's default, not `Redis[Any]`.
V = TypeVar("V", str, bytes, default=str)
#: A pipeline's queued result types; empty by default, so a bare `Pipeline` is `Pipeline[str]`
#: (a type parameter after one with a default needs a default of its own).
Ts = TypeVarTuple("Ts", default=Unpack[tuple[()]])
#: The caller's type a typed reply decodes into (`r.json.get(k, type=User)`). A builder's type
#: parameters follow its `Codec[V]`, so this one needs a default too: with no `type=`, nothing
#: is decoded into a caller's type (`Never` drops out of the reply's union).
D = TypeVar("D", default=Never)

#: One argument as a builder lays it out; the runtime turns each into a JSON string.
Arg: TypeAlias = "str | bytes | int | float"

# Command flags from the spec (a bit set, so a request's flags combine with `&`).
READONLY = 1  # reads only: any token may run it, and it is safe to retry
WRITE = 2  # changes data: the read-only token refuses it
IDEMPOTENT = 4  # a write whose repetition leaves the same data and the same reply


class Reply(Generic[S, B]):
    """One reply variant of a command: its wire type and its conversion per client mode.

    `wire` is the type msgspec decodes the JSON `result` into (strings arrive base64-encoded,
    so text leaves are `bytes` on the wire); `text` and `binary` turn that wire value into what
    a `Redis[str]` or a `Redis[bytes]` returns. Decoders are built once, on first use.
    """

    __slots__ = ("_decoders", "binary", "text", "wire")

    def __init__(
        self,
        wire: Any,
        text: Callable[[Any], S],
        binary: Callable[[Any], B],
    ) -> None:
        self.wire = wire
        self.text = text
        self.binary = binary
        # Filled lazily by the runtime (one msgspec decoder per shape, reused forever).
        self._decoders: dict[str, Any] = {}


class Codec(Generic[V]):
    """The client's value mode as a typed token: `TEXT` (`str`) or `BINARY` (`bytes`)."""

    __slots__ = ("binary",)

    def __init__(self, binary: bool) -> None:
        self.binary = binary

    def __repr__(self) -> str:
        return "BINARY" if self.binary else "TEXT"


TEXT: Codec[str] = Codec(False)
BINARY: Codec[bytes] = Codec(True)


class Command(msgspec.Struct, Generic[T], gc=False, eq=False):
    """A Redis command ready to send: argv, how to decode its reply, and its spec flags.

    A msgspec Struct for its C-level constructor: a builder's `Command(...)` is most of the
    cost of queueing a command in a pipeline. Not tracked by the garbage collector (a command
    cannot refer to itself); compared by identity.
    """

    codec: Codec[Any]
    name: str  # "GET", "XINFO STREAM": used in errors and logs (never the values)
    argv: tuple[Arg, ...]
    reply: Reply[Any, Any]
    flags: int

    @property
    def convert(self) -> Callable[[Any], T]:
        """The wire value to what the caller gets: the reply's converter for the client's mode."""
        reply = self.reply
        return reply.binary if self.codec.binary else reply.text

    @property
    def readonly(self) -> bool:
        return bool(self.flags & READONLY)

    @property
    def retry_safe(self) -> bool:
        """True when sending it twice cannot apply a write twice (read-only or idempotent)."""
        return bool(self.flags & (READONLY | IDEMPOTENT))

    def __repr__(self) -> str:
        # Never the arguments: they may hold secrets.
        return f"<Command {self.name} ({len(self.argv) - 1} args)>"

    def __rich_repr__(self) -> list[tuple[str, Any]]:
        # (msgspec's would list every field, the arguments included)
        return [("name", self.name), ("args", len(self.argv) - 1)]


class Executor(Protocol):
    """What sends one command and returns its value: a client's executor, as the namespace of
    a module's commands (`r.json`) receives it from its client."""

    def __call__(self, command: Command[T], /) -> T: ...


class AsyncExecutor(Protocol):
    """The async twin of `Executor`."""

    def __call__(self, command: Command[T], /) -> Awaitable[T]: ...


class Enqueue(Protocol):
    """What queues one command in a pipeline: the pipeline's `_push`, as the namespace of a
    module's commands (`pipe.json`) receives it (the namespace's methods type the pipeline they
    return themselves)."""

    def __call__(self, command: Command[T], /) -> object: ...
