"""Pipelines and transactions: queue `Command`s, send them in one request, decode each.

The generated `Pipeline` / `AsyncPipeline` add one method per command, each
`return self._push(_cmd.get(self._codec, key))`, typed so that the chain accumulates the
result types in `Ts`: `r.pipeline().set(...).incr(...).exec()` is `tuple[bool, int]`.
`exec()` posts every command to `/pipeline` (or `/multi-exec` for `multi()`, atomic), decodes
each item with its own command's decoder, and raises the first failed command's
`CommandError` (naming its position and command).
"""

# Pipelines are the clients' friends: they read `_codec` and call `_execute_batch`.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Generic

if sys.version_info >= (3, 11):
    from typing import TypeVarTuple, Unpack
else:  # pragma: no cover
    from typing_extensions import TypeVarTuple, Unpack

from redisrest._command import Codec, Command, V
from redisrest._errors import CommandError

if TYPE_CHECKING:
    from redisrest._client import AsyncClient, SyncClient

__all__ = ["AsyncPipelineBase", "PipelineBase", "SyncPipelineBase"]

Ts = TypeVarTuple("Ts")


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
        """Queue a command; returns the pipeline itself (the generated method types it)."""
        if self._sent:
            raise RuntimeError(_SENT)
        self._commands.append(command)
        return self

    def _take(self) -> list[Command[Any]]:
        if self._sent:
            raise RuntimeError(_SENT)
        if not self._commands:
            kind = "transaction" if self._transaction else "pipeline"
            raise ValueError(f"the {kind} is empty: queue commands before exec()")
        self._sent = True
        commands, self._commands = self._commands, []
        return commands

    def __len__(self) -> int:
        return len(self._commands)

    def __repr__(self) -> str:
        kind = "transaction" if self._transaction else "pipeline"
        names = ", ".join(command.name for command in self._commands[:5])
        more = ", ..." if len(self._commands) > 5 else ""
        return f"<{type(self).__name__} {kind} of {len(self._commands)} ({names}{more})>"


_SENT = "this pipeline was already executed; start a new one with .pipeline() or .multi()"


def raise_first_error(results: list[Any]) -> tuple[Any, ...]:
    """The results as a tuple, or the first failed command's CommandError raised."""
    for result in results:
        if isinstance(result, CommandError):
            raise result
    return tuple(results)


class SyncPipelineBase(PipelineBase[V, Unpack[Ts]]):
    """A pipeline (or transaction) of a `SyncClient`."""

    _client: SyncClient[V]

    def __init__(self, client: SyncClient[V], *, transaction: bool) -> None:
        self._client = client
        self._codec = client._codec
        self._start(transaction)

    def exec(self) -> tuple[Unpack[Ts]]:
        """Send every queued command in one request; their results, in order.

        Raises the first failed command's `CommandError` (its `position` and `command` say
        which); in a transaction an `ExecAbortError` means none of them ran.
        """
        commands = self._take()
        results = self._client._execute_batch(commands, transaction=self._transaction)
        return raise_first_error(results)


class AsyncPipelineBase(PipelineBase[V, Unpack[Ts]]):
    """A pipeline (or transaction) of an `AsyncClient`."""

    _client: AsyncClient[V]

    def __init__(self, client: AsyncClient[V], *, transaction: bool) -> None:
        self._client = client
        self._codec = client._codec
        self._start(transaction)

    async def exec(self) -> tuple[Unpack[Ts]]:
        """Send every queued command in one request; their results, in order."""
        commands = self._take()
        results = await self._client._execute_batch(commands, transaction=self._transaction)
        return raise_first_error(results)
