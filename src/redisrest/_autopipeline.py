"""Auto-pipelining for the async client: commands awaited in one event-loop turn share a request.

`AsyncClient._execute` hands each command (already encoded, so a bad argument raises in the
caller) to `AutoPipeline.submit` and awaits a future. The first command of a turn schedules
`_flush` with `call_soon`, which runs once every task that was ready in that turn has queued
its command. Then:

- one command: its future is resolved with `HANDBACK` and the caller sends it itself, exactly
  as with `auto_pipeline=False` (same request, and cancelling the caller cancels it);
- several: one task sends them as `/pipeline` requests of at most `AUTO_PIPELINE_MAX_COMMANDS`
  commands and `PIPELINE_MAX_BYTES` bytes, one request after the other so that the server
  sees the commands in the order they were issued (reads and writes are never separated); a
  command that needs the path form (bytes that are not UTF-8) is a request of its own, in its
  place. Each caller gets its own value or its own error (`position` is None: the caller sent
  one command). Cancelling one caller does not cancel the request its neighbours share.

The auto-pipeline knows nothing of the client: the client hands it a `Send` (its own `_send`:
one request, with the read-your-writes token, the retry policy and the deadline), the target of
a single command and of `/pipeline`, and the JSON headers. So the read-your-writes token and
the retry policy apply as to any batch: a request that may have reached the server is retried only when every
command in it is retry-safe. When such a request fails with `maybe_applied`, the callers of its
unsafe commands get the error and its retry-safe commands are sent once more on their own, so
that a GET batched next to an INCR keeps the retries it would have had alone. Every request of
a flush, that resend included, counts the client's total deadline from the flush: each caller's
command fails within the deadline, as it would alone.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Final, Protocol

from redisrest._batch import (
    AUTO_PIPELINE_MAX_COMMANDS,
    PIPELINE,
    PIPELINE_MAX_BYTES,
    SINGLE,
    batch_items,
    join,
    split,
)
from redisrest._command import Command
from redisrest._encoding import decode_envelope
from redisrest._errors import RedisRestError

if TYPE_CHECKING:
    import asyncio

    from redisrest._exchange import StaticHeaders

__all__ = ["HANDBACK", "AutoPipeline", "Send"]


class Send(Protocol):
    """How the auto-pipeline sends one request (the async client's `_send`): the reply's body
    once it is HTTP 200, after the retries the policy allows within the deadline counted from
    `started`; raises the request's error otherwise."""

    def __call__(
        self,
        target: bytes,
        static: StaticHeaders,
        body: bytes,
        commands: Sequence[Command[Any]],
        kind: int,
        timeout: dict[str, float] | None,
        started: float | None = None,
        /,
    ) -> Awaitable[bytes]: ...


#: The result that tells a lone caller to send its command itself.
HANDBACK: Final = object()


class _Entry:
    """One queued command: the prepared request and the caller's future."""

    __slots__ = ("body", "command", "future", "static", "target")

    def __init__(
        self,
        command: Command[Any],
        target: bytes,
        static: StaticHeaders,
        body: bytes,
        future: asyncio.Future[Any],
    ) -> None:
        self.command = command
        self.target = target
        self.static = static
        self.body = body
        self.future = future


class AutoPipeline:
    """The queue of one async client (each `with_options` copy has its own).

    `send` sends one request; `root` is a single command's target (`/` under the URL's
    prefix: others, path-form commands, travel alone), `pipeline` the `/pipeline` target and
    `headers` the static headers of a JSON request.
    """

    __slots__ = (
        "_headers",
        "_loop",
        "_pipeline",
        "_queue",
        "_root",
        "_running_loop",
        "_send",
        "_tasks",
    )

    def __init__(self, send: Send, root: bytes, pipeline: bytes, headers: StaticHeaders) -> None:
        import asyncio  # (loaded already: only an AsyncClient makes one)

        self._send = send
        self._root = root
        self._pipeline = pipeline
        self._headers = headers
        self._running_loop: Callable[[], asyncio.AbstractEventLoop] = asyncio.get_running_loop
        self._queue: list[_Entry] = []
        self._loop: object = None
        self._tasks: set[asyncio.Task[None]] = set()  # strong references while they run

    def submit(
        self, command: Command[Any], target: bytes, static: StaticHeaders, body: bytes
    ) -> asyncio.Future[Any]:
        """Queue a prepared command; the future gives its value, its error, or `HANDBACK`."""
        loop = self._running_loop()
        if not self._queue or self._loop is not loop:
            # A queue left by an event loop that stopped before flushing is dropped with it.
            self._queue = []
            self._loop = loop
            loop.call_soon(self._flush)
        future = loop.create_future()
        self._queue.append(_Entry(command, target, static, body, future))
        return future

    def _flush(self) -> None:
        queue, self._queue = self._queue, []
        live = [entry for entry in queue if not entry.future.done()]  # skip cancelled callers
        if len(live) == 1:
            live[0].future.set_result(HANDBACK)
        elif live:
            task = live[0].future.get_loop().create_task(self._send_all(live))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _units(self, entries: Sequence[_Entry]) -> list[list[_Entry]]:
        """The requests, in order: runs of JSON commands cut by the caps; path-form alone."""
        root = self._root
        units: list[list[_Entry]] = []
        run: list[_Entry] = []
        for entry in [*entries, None]:
            if entry is not None and entry.target == root:
                run.append(entry)
                continue
            sizes = [len(item.body) for item in run]
            for start, end in split(sizes, AUTO_PIPELINE_MAX_COMMANDS, PIPELINE_MAX_BYTES):
                units.append(run[start:end])
            run = []
            if entry is not None:
                units.append([entry])
        return units

    async def _send_all(self, entries: list[_Entry]) -> None:
        units = self._units(entries)
        started = time.monotonic()  # each caller's deadline counts from here, in every unit
        try:
            for unit in units:
                await self._send_unit(unit, started)
        except BaseException:
            # The task was cancelled (the loop is shutting down) or a bug: nobody waits forever.
            for unit in units:
                for entry in unit:
                    entry.future.cancel()
            raise

    async def _send_unit(self, unit: list[_Entry], started: float) -> None:
        if len(unit) == 1:
            entry = unit[0]
            try:
                content = await self._send(
                    entry.target, entry.static, entry.body, (entry.command,), SINGLE, None, started
                )
                value = decode_envelope(entry.command, content)
            except (RedisRestError, RuntimeError) as exc:
                _fail([entry], exc)
            else:
                _resolve(entry, value)
            return
        commands = [entry.command for entry in unit]
        try:
            content = await self._send(
                self._pipeline,
                self._headers,
                join([entry.body for entry in unit]),
                commands,
                PIPELINE,
                None,
                started,
            )
            items = batch_items(commands, PIPELINE, content)
        except (RedisRestError, RuntimeError) as exc:
            safe = [entry for entry in unit if entry.command.retry_safe]
            if getattr(exc, "maybe_applied", False) and 0 < len(safe) < len(unit):
                _fail([entry for entry in unit if not entry.command.retry_safe], exc)
                await self._send_unit(safe, started)
            else:
                _fail(unit, exc)
            return
        for entry, raw in zip(unit, items, strict=True):
            try:
                value = decode_envelope(entry.command, raw)
            except RedisRestError as exc:
                _fail([entry], exc)
            else:
                _resolve(entry, value)


def _resolve(entry: _Entry, value: object) -> None:
    if not entry.future.done():
        entry.future.set_result(value)


def _fail(entries: Sequence[_Entry], error: BaseException) -> None:
    """Each caller gets an error object of its own (a raised exception collects tracebacks)."""
    first = True
    for entry in entries:
        if not entry.future.done():
            entry.future.set_exception(error if first else copy.copy(error))
            first = False
