"""`redisrest call`: send commands from the shell and print the decoded replies.

```sh
redisrest call SET greeting hello            # OK
redisrest call GET greeting                  # hello
redisrest call --json HGETALL h              # ["f1","v1","f2","v2"]
printf 'INCR n\nGET greeting\n' | redisrest call --pipeline
```

Credentials come from `--url` / `--token`, else UPSTASH_REDIS_REST_URL / _TOKEN (then
KV_REST_API_URL / _TOKEN). Replies print as text: a string as itself (bytes that are not UTF-8
as backslash escapes), a number as itself, a missing value as `(nil)`, a list one item per
line (nested lists as JSON), an empty list as `(empty list)`; `--json` prints each reply as
one line of JSON instead. With `--pipeline` (or `--multi`, atomic) standard input holds one
command per line, split like a shell line (`SET k "two words"`; `#` starts a comment); the
replies print in order, a failed command as `(error) <message>` in its place, and errors name
the lines of standard input (counted from 1).

A command is sent by the same client, with the same timeouts and retry policy, as the
library's own method for it: `call GET k` is retried like `r.get("k")` (a read), `call INCR n`
like `r.incr("n")` (a write, never sent twice once it may have reached the server). A command
the spec does not know counts as a write, as `execute()` does.

Exit status: 0; 1 when Redis refused a command or the request failed (one line on standard
error); 2 for a usage error (bad arguments, missing credentials, unreadable input).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shlex
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple, TextIO, cast

if TYPE_CHECKING:
    from ._command import Command
    from ._types import JSONValue

_EXIT_FAILED = 1
_EXIT_USAGE = 2
#: Failed lines a batch's summary names before it says "...".
_LINES_SHOWN = 10


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--url", help="REST URL (default: $UPSTASH_REDIS_REST_URL, else $KV_REST_API_URL)"
    )
    parser.add_argument(
        "--token",
        help="token (default: $UPSTASH_REDIS_REST_TOKEN, else $KV_REST_API_TOKEN; prefer the "
        "environment: a token on the command line shows in process listings)",
    )
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="read one command per line from standard input and send them as one pipeline",
    )
    parser.add_argument(
        "--multi",
        action="store_true",
        help="like --pipeline, as one atomic transaction (MULTI/EXEC)",
    )
    parser.add_argument("--json", action="store_true", help="print each reply as one JSON line")
    parser.add_argument(
        "--timeout",
        type=float,
        help="seconds per attempt (default: the library's, as for Redis(); retries and the "
        "total deadline are the library's too)",
    )
    parser.add_argument(
        "command",
        nargs=argparse.REMAINDER,
        metavar="COMMAND [ARG ...]",
        help="the command and its arguments (options go before it)",
    )


def _fail(message: str, status: int) -> int:
    print(f"redisrest call: {message}", file=sys.stderr)
    return status


class Line(NamedTuple):
    """A command read from standard input, and the line it came from (counted from 1)."""

    number: int
    argv: list[str]


def read_commands(lines: Iterable[str]) -> list[Line]:
    """One command per non-blank, non-comment line, split like a shell line."""
    commands: list[Line] = []
    for number, line in enumerate(lines, 1):
        try:
            argv = shlex.split(line, comments=True)
        except ValueError as exc:
            raise ValueError(f"line {number}: {exc}") from None
        if argv:
            commands.append(Line(number, argv))
    return commands


def spec_flags() -> dict[str, int]:
    """The spec's flags (read-only, write, idempotent) of every command a generated builder
    sends, by the command's name (`"GET"`, `"CLIENT INFO"`, `"JSON.SET"`): the generated table."""
    from redisrest._generated.commands import FLAGS

    return FLAGS


def spec_command(argv: Sequence[str]) -> Command[JSONValue[bytes]]:
    """The command `execute(*argv)` sends, named and flagged as the spec says when it knows
    the command (`CLIENT INFO` and other subcommands by their two words)."""
    import msgspec

    from ._command import BINARY
    from ._encoding import any_command

    command = any_command(BINARY, tuple(argv))
    known = spec_flags()
    for name in (" ".join(argv[:2]).upper(), command.name):
        if name in known:
            return msgspec.structs.replace(command, name=name, flags=known[name])
    return command


def _at_lines(text: str, lines: Sequence[Line]) -> str:
    """The library's `command #N` (an index from 0) as the line of standard input it was."""

    def line(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return f"line {lines[index].number}" if index < len(lines) else match.group()

    return re.sub(r"\bcommand #(\d+)", line, text)


def describe_failure(
    error: Exception, commands: Sequence[Command[JSONValue[bytes]]], lines: Sequence[Line]
) -> str:
    """A batch's error, naming lines of standard input rather than positions from 0.

    A whole-batch error (`EXEC failed at command #1`) has the `position` of the first queued
    command whose name the server's message gives: when several lines send that command, the
    message could be about any of them, and says so.
    """
    from ._errors import CommandError

    if (
        not isinstance(error, CommandError)
        or error.command not in ("EXEC", "PIPELINE")
        or error.position is None
    ):
        return _at_lines(str(error), lines)
    name = commands[error.position].name
    same = [
        line.number for line, command in zip(lines, commands, strict=True) if command.name == name
    ]
    where = (
        f"line {same[0]}"
        if len(same) == 1
        else f"one of lines {', '.join(map(str, same[:-1]))} or {same[-1]}"
    )
    return f"{error.command} failed at {where} ({name}): {error.message}"


def _plain(value: object) -> object:
    """A reply with bytes as text, for JSON."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    if isinstance(value, list):
        return [_plain(item) for item in cast("list[object]", value)]
    return value


def _scalar(value: object) -> str:
    if value is None:
        return "(nil)"
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(_plain(value), ensure_ascii=False)  # a nested list


def render(value: object, as_json: bool) -> str:
    """A reply as the lines `call` prints (without the final newline)."""
    if as_json:
        return json.dumps(_plain(value), ensure_ascii=False)
    if isinstance(value, list):
        items = cast("list[object]", value)
        return "\n".join(_scalar(item) for item in items) if items else "(empty list)"
    return _scalar(value)


def _lines_named(numbers: Sequence[int]) -> str:
    shown = ", ".join(map(str, numbers[:_LINES_SHOWN]))
    more = ", ..." if len(numbers) > _LINES_SHOWN else ""
    return f"line{'s' if len(numbers) > 1 else ''} {shown}{more}"


def run(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from redisrest._generated.client import Redis

    from ._config import SyncClientOptions, credentials_from_env
    from ._errors import CommandError, ConfigurationError, RedisRestError

    batch = bool(args.pipeline or args.multi)
    argv: list[str] = list(args.command)
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if batch and argv:
        return _fail("--pipeline and --multi read the commands from standard input", _EXIT_USAGE)
    if not batch and not argv:
        return _fail("give a command, e.g. `redisrest call GET key`", _EXIT_USAGE)
    options: SyncClientOptions = {}
    if args.timeout is not None:
        if not (args.timeout > 0 and math.isfinite(args.timeout)):
            return _fail("--timeout must be a positive number of seconds", _EXIT_USAGE)
        options["timeout"] = args.timeout
    lines: list[Line] = []
    if batch:
        try:
            lines = read_commands(stdin if stdin is not None else sys.stdin)
        except (ValueError, UnicodeDecodeError) as exc:
            return _fail(f"standard input: {exc}", _EXIT_USAGE)
        if not lines:
            return _fail("no commands on standard input", _EXIT_USAGE)
    for line in lines if batch else [Line(0, argv)]:
        if not line.argv[0]:
            where = f"standard input: line {line.number}: " if batch else ""
            return _fail(f"{where}the command name is empty", _EXIT_USAGE)
    commands = [spec_command(line.argv) for line in lines] if batch else [spec_command(argv)]
    environ = dict(os.environ)
    if args.url:
        environ["UPSTASH_REDIS_REST_URL"] = args.url
    if args.token:
        environ["UPSTASH_REDIS_REST_TOKEN"] = args.token
    try:
        url, token = credentials_from_env(environ)
        client = Redis(url, token, decode_responses=False, **options)
    except ConfigurationError as exc:
        return _fail(str(exc), _EXIT_USAGE)
    # The library's own executors send the commands: the spec's flags decide the retries and
    # what a failure may have applied, as for r.get() or r.incr().
    try:
        with client:
            if not batch:
                reply = client._execute(commands[0])  # pyright: ignore[reportPrivateUsage]
                print(render(reply, args.json))
                return 0
            pipeline = client.multi() if args.multi else client.pipeline()
            for command in commands:
                pipeline._push(command)  # pyright: ignore[reportPrivateUsage]
            results = pipeline.exec(raise_on_error=False)
    except (RedisRestError, TypeError, ValueError) as exc:
        return _fail(describe_failure(exc, commands, lines) if batch else str(exc), _EXIT_FAILED)
    failed: list[int] = []
    for line, result in zip(lines, results, strict=True):
        if isinstance(result, CommandError):
            failed.append(line.number)
            print(f"(error) {result.message}")
        else:
            print(render(result, args.json))
    if failed:
        return _fail(
            f"{len(failed)} of {len(results)} commands failed ({_lines_named(failed)})",
            _EXIT_FAILED,
        )
    return 0
