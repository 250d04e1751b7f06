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
replies print in order, a failed command as `(error) <message>` in its place.

Exit status: 0; 1 when Redis refused a command or the request failed (one line on standard
error); 2 for a usage error (bad arguments, missing credentials, unreadable input).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from collections.abc import Iterable
from typing import TextIO, cast

#: Seconds per attempt (connect, send, wait for the reply) unless `--timeout` says otherwise.
CALL_TIMEOUT = 10.0

_EXIT_FAILED = 1
_EXIT_USAGE = 2


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
        default=CALL_TIMEOUT,
        help="seconds per attempt (default: %(default)s)",
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


def read_commands(lines: Iterable[str]) -> list[list[str]]:
    """One argv per non-blank, non-comment line, split like a shell line."""
    commands: list[list[str]] = []
    for number, line in enumerate(lines, 1):
        try:
            argv = shlex.split(line, comments=True)
        except ValueError as exc:
            raise ValueError(f"line {number}: {exc}") from None
        if argv:
            commands.append(argv)
    return commands


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


def run(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    from redisrest_generated.client import Redis

    from ._config import credentials_from_env
    from ._errors import CommandError, ConfigurationError, RedisRestError

    batch = bool(args.pipeline or args.multi)
    argv: list[str] = list(args.command)
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if batch and argv:
        return _fail("--pipeline and --multi read the commands from standard input", _EXIT_USAGE)
    if not batch and not argv:
        return _fail("give a command, e.g. `redisrest call GET key`", _EXIT_USAGE)
    if not args.timeout > 0:
        return _fail("--timeout must be a positive number of seconds", _EXIT_USAGE)
    environ = dict(os.environ)
    if args.url:
        environ["UPSTASH_REDIS_REST_URL"] = args.url
    if args.token:
        environ["UPSTASH_REDIS_REST_TOKEN"] = args.token
    try:
        url, token = credentials_from_env(environ)
        client = Redis(url, token, decode_responses=False, timeout=args.timeout)
    except ConfigurationError as exc:
        return _fail(str(exc), _EXIT_USAGE)
    try:
        with client:
            if not batch:
                print(render(client.execute(*argv), args.json))
                return 0
            try:
                commands = read_commands(stdin if stdin is not None else sys.stdin)
            except (ValueError, UnicodeDecodeError) as exc:
                return _fail(f"standard input: {exc}", _EXIT_USAGE)
            if not commands:
                return _fail("no commands on standard input", _EXIT_USAGE)
            pipeline = client.multi() if args.multi else client.pipeline()
            for command in commands:
                pipeline.execute(*command)
            results = pipeline.exec(raise_on_error=False)
    except (RedisRestError, TypeError, ValueError) as exc:
        return _fail(str(exc), _EXIT_FAILED)
    failed = 0
    for result in results:
        if isinstance(result, CommandError):
            failed += 1
            print(f"(error) {result.message}")
        else:
            print(render(result, args.json))
    if failed:
        return _fail(f"{failed} of {len(results)} commands failed", _EXIT_FAILED)
    return 0
