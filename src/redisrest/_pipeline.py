"""Pipelines and transactions: queue `Command`s, send them, decode each result.

The generated `Pipeline` / `AsyncPipeline` add one method per command, each queueing the
`Command[R]` its builder returns and returning the pipeline, typed `Pipeline[V, Unpack[Ts], R]`
(for the checkers the method returns `self._push(command)`, whose type-only signature in the
generated class appends `R`). At run time a method makes the Command with its builder's own
body, rendered from the same template, and appends it to `_commands` itself (no call to the
builder nor to `_push`: a long pipeline is mostly the cost of its methods' calls). So a chain
accumulates the result types in `Ts`: `r.pipeline().set(...).incr(...).exec()` is
`tuple[bool, int]`.

`exec()` posts the commands to `/pipeline` (several requests, in order, when the pipeline is
longer or larger than `_batch.PIPELINE_MAX_COMMANDS` / `PIPELINE_MAX_BYTES`) or, for `multi()`,
to `/multi-exec` in one request (atomic, never split), decodes each item with its own command's
decoder, and raises the first failed command's `CommandError` (naming its position and command).

How `exec` is typed:

- chained (`r.pipeline().get("a").incr("n").exec()`): `tuple[str | None, int]`;
- `exec(raise_on_error=False)` returns failed commands as `CommandError` values in place.
  Python's type system cannot map `T -> T | CommandError` over a `TypeVarTuple`, so the base
  classes spell it out by arity with self-type overloads (the way typeshed types
  `asyncio.gather`): a chain of 1 to 10 commands gives `tuple[A | CommandError, ...]` item by
  item; longer chains give `tuple[object, ...]`;
- statement at a time (`p = r.pipeline(); p.set(...); p.get(...); p.exec()`): `p` stays
  `Pipeline[V]` (each statement's typed return value is dropped), so no checker can know what
  was queued. Its `exec()` is typed `tuple[object, ...]` (not the empty tuple its `Ts` would
  say): narrow with `isinstance`, or chain for precise types.
"""

# A pipeline reads its client's `_codec` and calls its `_execute_batch`: `BatchClient` and
# `AsyncBatchClient` below say so (the generated client passes itself: `Pipeline(self, ...)`).
# pyright: reportPrivateUsage=false

from __future__ import annotations

import sys
from collections.abc import Awaitable, Sequence
from typing import Any, Generic, Literal, Protocol, TypeVar, overload

if sys.version_info >= (3, 11):
    from typing import Unpack
else:  # pragma: no cover
    from typing_extensions import Unpack

from redisrest._batch import PIPELINE, TRANSACTION, describe
from redisrest._command import Codec, Command, Ts, V
from redisrest._errors import CommandError

__all__ = [
    "AsyncBatchClient",
    "AsyncPipelineBase",
    "BatchClient",
    "PipelineBase",
    "SyncPipelineBase",
]


class BatchClient(Protocol[V]):
    """What a pipeline needs of the client that made it (a `Redis`): its value mode, and a way
    to send a transaction or a pipeline (each command's value or `CommandError`, in order, and
    whether they are known to hold no `CommandError`)."""

    @property
    def _codec(self) -> Codec[V]: ...

    def _execute_batch(
        self, commands: Sequence[Command[Any]], *, transaction: bool
    ) -> tuple[list[Any], bool]: ...


class AsyncBatchClient(Protocol[V]):
    """The async twin of `BatchClient` (an `AsyncRedis`)."""

    @property
    def _codec(self) -> Codec[V]: ...

    def _execute_batch(
        self, commands: Sequence[Command[Any]], *, transaction: bool
    ) -> Awaitable[tuple[list[Any], bool]]: ...


# One per position of the typed `exec(raise_on_error=False)` overloads.
A = TypeVar("A")
B = TypeVar("B")
C = TypeVar("C")
D = TypeVar("D")
E = TypeVar("E")
F = TypeVar("F")
G = TypeVar("G")
H = TypeVar("H")
I = TypeVar("I")  # noqa: E741
J = TypeVar("J")


class PipelineBase(Generic[V, Unpack[Ts]]):
    """The queue of commands; `Ts` are the result types of the commands pushed so far."""

    _codec: Codec[V]
    _transaction: bool
    _commands: list[Command[Any]]
    _sent: bool

    # The subclasses' __init__ set `_client` and `_codec` themselves: mypy cannot pass a value
    # typed by the class's constrained `V` through `super().__init__`.
    def _start(self, transaction: bool) -> None:
        self._transaction = transaction
        self._commands = []
        self._sent = False

    def _push(self, command: Command[Any]) -> Any:
        """Queue a command; returns the pipeline itself (the generated class types it).

        The generated methods append to `_commands` themselves at run time (a call less per
        command): an executed pipeline's `_commands` is a `_Spent` list, which refuses.
        """
        self._commands.append(command)
        return self

    def _take(self) -> list[Command[Any]]:
        if self._sent:
            raise RuntimeError(_SENT)
        if not self._commands:
            kind = "transaction" if self._transaction else "pipeline"
            raise ValueError(f"the {kind} is empty: queue commands before exec()")
        self._sent = True
        commands, self._commands = self._commands, _Spent()
        return commands

    def __len__(self) -> int:
        return len(self._commands)

    def __repr__(self) -> str:
        kind = TRANSACTION if self._transaction else PIPELINE
        return f"<{type(self).__name__} {describe(self._commands, kind)}>"


_SENT = "this pipeline was already executed; start a new one with .pipeline() or .multi()"


class _Spent(list[Command[Any]]):
    """The queue of an executed pipeline: empty, and refusing more commands."""

    __slots__ = ()

    def append(self, command: Command[Any]) -> None:
        raise RuntimeError(_SENT)


def raise_first_error(results: list[Any]) -> tuple[Any, ...]:
    """The results as a tuple, or the first failed command's CommandError raised."""
    # The types present, gathered in C, say whether to look for the first error at all.
    if any(issubclass(kind, CommandError) for kind in set(map(type, results))):
        for result in results:
            if isinstance(result, CommandError):
                raise result
    return tuple(results)


def _outcome(results: list[Any], clean: bool, raise_on_error: bool) -> tuple[Any, ...]:
    """`clean`: the batch decoded in one piece, so no result is an error (no scan needed)."""
    return raise_first_error(results) if raise_on_error and not clean else tuple(results)


class SyncPipelineBase(PipelineBase[V, Unpack[Ts]]):
    """A pipeline (or transaction) of a `SyncClient`."""

    _client: BatchClient[V]

    def __init__(self, client: BatchClient[V], *, transaction: bool) -> None:
        self._client = client
        self._codec = client._codec
        self._start(transaction)

    # Statement at a time: nothing is known statically about what was queued.
    @overload
    def exec(self: SyncPipelineBase[V], raise_on_error: bool = True) -> tuple[object, ...]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A], raise_on_error: Literal[False]
    ) -> tuple[A | CommandError]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A, B], raise_on_error: Literal[False]
    ) -> tuple[A | CommandError, B | CommandError]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A, B, C], raise_on_error: Literal[False]
    ) -> tuple[A | CommandError, B | CommandError, C | CommandError]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A, B, C, D], raise_on_error: Literal[False]
    ) -> tuple[A | CommandError, B | CommandError, C | CommandError, D | CommandError]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A, B, C, D, E], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError, B | CommandError, C | CommandError, D | CommandError, E | CommandError
    ]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A, B, C, D, E, F], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
    ]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A, B, C, D, E, F, G], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
        G | CommandError,
    ]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A, B, C, D, E, F, G, H], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
        G | CommandError,
        H | CommandError,
    ]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A, B, C, D, E, F, G, H, I], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
        G | CommandError,
        H | CommandError,
        I | CommandError,
    ]: ...
    @overload
    def exec(
        self: SyncPipelineBase[V, A, B, C, D, E, F, G, H, I, J], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
        G | CommandError,
        H | CommandError,
        I | CommandError,
        J | CommandError,
    ]: ...
    @overload
    def exec(self, raise_on_error: Literal[True] = True) -> tuple[Unpack[Ts]]: ...
    @overload
    def exec(self, raise_on_error: bool) -> tuple[object, ...]: ...
    def exec(self, raise_on_error: bool = True) -> tuple[Any, ...]:
        """Send every queued command; their results, in order.

        By default raises the first failed command's `CommandError` (its `position` and
        `command` say which; the other commands still ran, except in a transaction that
        raises `ExecAbortError`, where none did). `raise_on_error=False` returns every result,
        with each failed command's `CommandError` in its place.

        A pipeline (not a transaction) too long or too large for one request goes out as
        several, one after the other: if one of them fails below Redis (a `TransportError`,
        an `HTTPStatusError`), the commands of the requests before it have run.
        """
        commands = self._take()
        results, clean = self._client._execute_batch(commands, transaction=self._transaction)
        return _outcome(results, clean, raise_on_error)


class AsyncPipelineBase(PipelineBase[V, Unpack[Ts]]):
    """A pipeline (or transaction) of an `AsyncClient`."""

    _client: AsyncBatchClient[V]

    def __init__(self, client: AsyncBatchClient[V], *, transaction: bool) -> None:
        self._client = client
        self._codec = client._codec
        self._start(transaction)

    @overload
    async def exec(
        self: AsyncPipelineBase[V], raise_on_error: bool = True
    ) -> tuple[object, ...]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A], raise_on_error: Literal[False]
    ) -> tuple[A | CommandError]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A, B], raise_on_error: Literal[False]
    ) -> tuple[A | CommandError, B | CommandError]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A, B, C], raise_on_error: Literal[False]
    ) -> tuple[A | CommandError, B | CommandError, C | CommandError]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A, B, C, D], raise_on_error: Literal[False]
    ) -> tuple[A | CommandError, B | CommandError, C | CommandError, D | CommandError]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A, B, C, D, E], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError, B | CommandError, C | CommandError, D | CommandError, E | CommandError
    ]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A, B, C, D, E, F], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
    ]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A, B, C, D, E, F, G], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
        G | CommandError,
    ]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A, B, C, D, E, F, G, H], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
        G | CommandError,
        H | CommandError,
    ]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A, B, C, D, E, F, G, H, I], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
        G | CommandError,
        H | CommandError,
        I | CommandError,
    ]: ...
    @overload
    async def exec(
        self: AsyncPipelineBase[V, A, B, C, D, E, F, G, H, I, J], raise_on_error: Literal[False]
    ) -> tuple[
        A | CommandError,
        B | CommandError,
        C | CommandError,
        D | CommandError,
        E | CommandError,
        F | CommandError,
        G | CommandError,
        H | CommandError,
        I | CommandError,
        J | CommandError,
    ]: ...
    @overload
    async def exec(self, raise_on_error: Literal[True] = True) -> tuple[Unpack[Ts]]: ...
    @overload
    async def exec(self, raise_on_error: bool) -> tuple[object, ...]: ...
    async def exec(self, raise_on_error: bool = True) -> tuple[Any, ...]:
        """Send every queued command; their results, in order (see `SyncPipelineBase.exec`)."""
        commands = self._take()
        results, clean = await self._client._execute_batch(commands, transaction=self._transaction)
        return _outcome(results, clean, raise_on_error)
