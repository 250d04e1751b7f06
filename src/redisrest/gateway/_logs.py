"""One format for every line the gateway logs: its own, its HTTP server's, and the access lines.

`configure(level, fmt)` installs one handler (on standard error) on the root logger, in one
of two formats:

- `plain`: `2026-12-04 22:45:32,123 INFO redisrest.gateway: message`, what the gateway has
  always printed; an access line's fields follow its message as `key=value`.
- `json`: one JSON object per line, `{"time", "level", "logger", "message", ...fields}`,
  `time` in UTC (ISO 8601, milliseconds), an error's traceback under `exception`.

The HTTP server (`_http`) logs to `redisrest.gateway.http`, below the gateway's logger, so its
lines take the same path.

`access(...)` logs one line per HTTP request (logger `redisrest.gateway.access`, level INFO)
when access logging is on. It takes only what is safe to keep: the method, the route kind, the
database's name, the status, the time taken, the command names and the client's address;
never a token, a path's values, a key or an argument.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Container, Sequence
from typing import Final, Literal, TextIO

__all__ = ["FORMATS", "JsonFormatter", "PlainFormatter", "access", "configure"]

#: The formats `--log-format` accepts.
FORMATS: Final = ("plain", "json")
Format = Literal["plain", "json"]

#: The levels `--log-level` accepts.
LEVELS: Final = {
    "critical": logging.CRITICAL,
    "error": logging.ERROR,
    "warning": logging.WARNING,
    "info": logging.INFO,
    "debug": logging.DEBUG,
}
#: The gateway's own logger and the access lines' one.
GATEWAY: Final = "redisrest.gateway"
ACCESS: Final = "redisrest.gateway.access"
PLAIN: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: An access line names at most so many distinct commands (a pipeline's first ones).
MAX_NAMES: Final = 16
#: A command name as the command tables spell them (`GET`, `JSON.SET`, `XINFO STREAM`,
#: `GEORADIUS_RO`): letters and `._| `, no digit; anything else is logged as "?".
_NAME_CHARS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.| ")
_NAME_LENGTH: Final = 32

#: The attribute of a `LogRecord` holding a line's fields (`extra={"fields": {...}}`), and
#: the one naming those its message already says (left out of a plain line).
FIELDS: Final = "fields"
SHOWN: Final = "fields_shown"
_IN_MESSAGE: Final = ("method", "database", "route", "status", "duration_ms")
_access_logger = logging.getLogger(ACCESS)


def _fields(record: logging.LogRecord) -> dict[str, object]:
    fields: object = record.__dict__.get(FIELDS)
    return dict(fields) if isinstance(fields, dict) else {}  # pyright: ignore[reportUnknownArgumentType]


class PlainFormatter(logging.Formatter):
    """`time LEVEL logger: message key=value ...`."""

    def __init__(self) -> None:
        super().__init__(PLAIN)

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = _fields(record)
        shown: object = record.__dict__.get(SHOWN, ())
        if isinstance(shown, tuple):
            for key in shown:  # pyright: ignore[reportUnknownVariableType]
                fields.pop(str(key), None)  # pyright: ignore[reportUnknownArgumentType]
        if not fields:
            return line
        extra = " ".join(f"{key}={_plain(value)}" for key, value in fields.items())
        head, newline, rest = line.partition("\n")  # a traceback stays below the line
        return f"{head} {extra}{newline}{rest}"


def _plain(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(str(item) for item in value)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
    return str(value)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, message, then the record's fields."""

    def format(self, record: logging.LogRecord) -> str:
        seconds = int(record.created)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
        line: dict[str, object] = {
            "time": f"{stamp}.{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in _fields(record).items():
            line.setdefault(key, value)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, ensure_ascii=False, default=str, separators=(",", ":"))


class _Handler(logging.StreamHandler[TextIO]):
    """The handler `configure` installs (found again and replaced by the next call)."""


def configure(level: str, fmt: str = "plain", stream: TextIO | None = None) -> None:
    """Log the gateway's lines at `level` and above (debug, info, warning, error), every line
    (the gateway's, its HTTP server's, other libraries' warnings) in the format `fmt` (plain or json),
    to `stream` (standard error). Calling it again replaces the previous set-up."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown log format {fmt!r}: use plain or json")
    number = LEVELS.get(level.lower())
    if number is None:
        raise ValueError(f"unknown log level {level!r}: use debug, info, warning or error")
    handler = _Handler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else PlainFormatter())
    root = logging.getLogger()
    for installed in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(installed)
    root.addHandler(handler)  # (the root's level stays: other libraries' warnings and up)
    logging.getLogger(GATEWAY).setLevel(number)


def _name(name: str, known: Container[str] | None) -> str:
    if len(name) > _NAME_LENGTH or not name or not _NAME_CHARS.issuperset(name):
        return "?"
    name = name.upper()
    return name if known is None or name in known else "?"


def command_names(commands: Sequence[str], known: Container[str] | None = None) -> list[str]:
    """The distinct names, in order of first appearance, at most `MAX_NAMES` (then "...");
    a name that does not look like a command's, or is not `known`, is "?"."""
    names: dict[str, None] = {}
    for command in commands:
        if len(names) >= MAX_NAMES:
            return [*names, "..."]
        names[_name(command, known)] = None
    return list(names)


def access(
    method: str,
    route: str,
    database: str,
    status: int,
    seconds: float,
    commands: Sequence[str] = (),
    client: str | None = None,
    known: Container[str] | None = None,
    count: int | None = None,
) -> None:
    """Log one HTTP request (when INFO is on for `redisrest.gateway.access`).

    `route` is the route kind (command, pipeline, ...), `database` the token's database name
    ("-" when none), `commands` the names of the commands it ran (never an argument),
    `client` the peer's `host:port` when known. `known`: the command table's names (upper
    case); a name outside it is logged as "?" (a request's first element is not always a
    command: it can be anything a client sent). Without it, only the name's shape is checked.
    `count`: how many commands the request held, when `commands` names only the first ones
    (default: `len(commands)`).
    """
    if not _access_logger.isEnabledFor(logging.INFO):
        return
    milliseconds = round(seconds * 1000.0, 3)
    fields: dict[str, object] = {
        "method": method,
        "route": route,
        "database": database,
        "status": status,
        "duration_ms": milliseconds,
    }
    if commands or count:
        fields["commands"] = len(commands) if count is None else count
        fields["names"] = command_names(commands, known)
    if client:
        fields["client"] = client
    _access_logger.info(
        "%s %s %s %d %.2fms",
        method,
        database,
        route,
        status,
        milliseconds,
        extra={FIELDS: fields, SHOWN: _IN_MESSAGE},
    )
