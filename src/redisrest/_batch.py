"""How a batch of commands is cut into requests, and its reply into items (pure: no I/O).

A `/pipeline` body is the commands' JSON arrays inside brackets, encoded in one call, so the
request's size is known before anything is sent. A pipeline longer than `PIPELINE_MAX_COMMANDS`,
or whose body would pass `PIPELINE_MAX_BYTES`, goes out as several requests, one after the
other, in order: its commands are then encoded one by one to size them, and each request's body
is their JSON arrays joined by commas inside brackets. A transaction is never split: it is atomic
only as one `/multi-exec` request.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import msgspec

from redisrest._command import Command
from redisrest._encoding import BATCH_DECODER, decode_error, encode_batch_strings, encode_each
from redisrest._errors import CommandError, ResponseError, batch_error

#: Most commands in one `/pipeline` request of a user's pipeline: as many as `redisrest serve`
#: takes by default (`--max-pipeline`). The byte cap below is what usually cuts a pipeline.
PIPELINE_MAX_COMMANDS: Final = 10_000
#: Largest `/pipeline` body the client sends, in bytes: half of the 1 MiB request cap of
#: Upstash's smallest plans and of `redisrest serve`, leaving room for servers set lower. A
#: single command larger than this still goes out (alone), and the server decides.
PIPELINE_MAX_BYTES: Final = 512 * 1024
#: Most commands in one auto-pipelined request (commands awaited in one event-loop turn).
AUTO_PIPELINE_MAX_COMMANDS: Final = 1_000

#: What a request carries (for the executors' messages): one command, a pipeline, a transaction.
SINGLE, PIPELINE, TRANSACTION = 0, 1, 2
_NAMES_SHOWN = 5  # command names listed in a pipeline's log line, error or repr

__all__ = [
    "AUTO_PIPELINE_MAX_COMMANDS",
    "PIPELINE",
    "PIPELINE_MAX_BYTES",
    "PIPELINE_MAX_COMMANDS",
    "SINGLE",
    "TRANSACTION",
    "batch_items",
    "describe",
    "holds_writes",
    "join",
    "plan",
    "split",
    "whole_batch_error",
]


def describe(commands: Sequence[Command[Any]], kind: int) -> str:
    """The request in words, for messages and logs: command names only, never arguments."""
    if kind == SINGLE:
        return commands[0].name
    names = ", ".join(command.name for command in commands[:_NAMES_SHOWN])
    if len(commands) > _NAMES_SHOWN:
        names += ", ..."
    what = "pipeline" if kind == PIPELINE else "transaction"
    return f"{what} of {len(commands)} ({names})"


def split(sizes: Sequence[int], max_commands: int, max_bytes: int) -> list[tuple[int, int]]:
    """Cut encoded commands of these sizes into `[start, end)` ranges, one per request.

    A range holds at most `max_commands` commands and a body of at most `max_bytes` bytes
    (brackets and commas included), except that a command too large on its own gets a range
    of its own. Ranges are consecutive and in order.
    """
    ranges: list[tuple[int, int]] = []
    start = 0
    length = 1  # "["; each command adds its size and one "," or the closing "]"
    for index, size in enumerate(sizes):
        if index > start and (index - start >= max_commands or length + size + 1 > max_bytes):
            ranges.append((start, index))
            start, length = index, 1
        length += size + 1
    if sizes:
        ranges.append((start, len(sizes)))
    return ranges


def join(parts: Sequence[bytes]) -> bytes:
    """The `/pipeline` body of these encoded commands."""
    return b"[" + b",".join(parts) + b"]"


def plan(
    commands: Sequence[Command[Any]],
    max_commands: int = PIPELINE_MAX_COMMANDS,
    max_bytes: int = PIPELINE_MAX_BYTES,
) -> list[tuple[int, int, bytes]]:
    """A pipeline's requests: `(start, end, body)` for `commands[start:end]`, in order.

    Raises before anything is sent when an argument cannot be encoded (naming the command's
    position when it is bytes that are not UTF-8, which JSON cannot carry).
    """
    if not commands:
        return []
    argvs, body = encode_batch_strings(commands)
    if len(commands) <= max_commands and len(body) <= max_bytes:
        return [(0, len(commands), body)]  # the usual case: one request, one encoding call
    parts = encode_each(argvs)  # sized one by one only when the batch must be cut
    return [
        (start, end, join(parts[start:end]))
        for start, end in split([len(part) for part in parts], max_commands, max_bytes)
    ]


# ---------------------------------------------------------------------------------------------
# Replies


def holds_writes(commands: Sequence[Command[Any]]) -> bool:
    """Whether a request holds a write (what an HTTP 200 to it applied)."""
    return not all(command.readonly for command in commands)


def whole_batch_error(error: str, commands: Sequence[Command[Any]], kind: int) -> CommandError:
    """A whole pipeline's or transaction's error (EXECABORT...), naming the queued command."""
    names = [command.name for command in commands]
    return batch_error(error, ("PIPELINE", "EXEC")[kind - 1], names)


def batch_items(commands: Sequence[Command[Any]], kind: int, content: bytes) -> list[msgspec.Raw]:
    """A batch reply's envelopes, one per command (still to decode); raises when malformed."""
    try:
        items = BATCH_DECODER.decode(content)
    except msgspec.MsgspecError:
        error = decode_error(content)
        if error is not None:
            raise whole_batch_error(error, commands, kind) from None
        raise ResponseError(
            f"{describe(commands, kind)}: the reply is not a JSON array of replies",
            applied=holds_writes(commands),
        ) from None
    if len(items) != len(commands):
        raise ResponseError(
            f"{describe(commands, kind)}: {len(items)} replies for {len(commands)} commands",
            applied=holds_writes(commands),
        )
    return items
