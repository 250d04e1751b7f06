"""The error hierarchy. Every message names the command, never its arguments or the token.

```
RedisRestError
├── ConfigurationError          bad URL / token / environment (also a ValueError)
├── TransportError              the request did not complete  .maybe_applied
│   ├── ConnectionError         refused, reset, dropped (also the builtin ConnectionError)
│   └── TimeoutError            connect / read / write / pool timeout (also the builtin one)
├── HTTPStatusError             an HTTP error status without a Redis error  .status_code
│   ├── AuthenticationError     401
│   ├── RateLimitError          429  .retry_after
│   └── ServerError             5xx
├── CommandError                a Redis error reply  .command .prefix .position
│   └── WrongTypeError, NoScriptError, NoPermissionError, ExecAbortError, BusyGroupError, ...
└── ResponseError               the reply is not JSON or not of its declared shape  .applied
```
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Sequence
from typing import Any

__all__ = [
    "AuthenticationError",
    "BusyError",
    "BusyGroupError",
    "CommandError",
    "ConfigurationError",
    "ConnectionError",
    "ExecAbortError",
    "HTTPStatusError",
    "NoGroupError",
    "NoPermissionError",
    "NoScriptError",
    "OutOfMemoryError",
    "RateLimitError",
    "ReadOnlyError",
    "RedisRestError",
    "ResponseError",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "WrongTypeError",
]

MAYBE_APPLIED = (
    "the write may or may not have been applied (the request may have reached the server)"
)


APPLIED = (
    "the server answered (HTTP 200), so the write WAS applied; only its reply could not be read"
    " (do not retry it blindly)"
)


def _restore(cls: type[RedisRestError], message: str, state: dict[str, Any]) -> RedisRestError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class RedisRestError(Exception):
    """Base class of every error redisrest raises about a request or its configuration.

    (Invalid arguments are plain `TypeError` / `ValueError`, raised before anything is sent.)
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the attributes when pickled (e.g. across multiprocessing).
        return (_restore, (type(self), str(self), self.__dict__))


class ConfigurationError(RedisRestError, ValueError):
    """The client cannot be built: a missing or malformed URL or token, a bad option."""


class TransportError(RedisRestError):
    """The HTTP exchange did not complete.

    `maybe_applied` is true when the request holds a write and may have reached the server
    before it failed (a read timeout, a connection dropped while waiting for the reply): the
    write may or may not have been applied, and the caller has to decide. (The client never
    retries such a request unless every command in it is idempotent.)
    """

    def __init__(self, message: str, *, maybe_applied: bool = False) -> None:
        if maybe_applied:
            message = f"{message}; {MAYBE_APPLIED}"
        super().__init__(message)
        self.maybe_applied = maybe_applied


class ConnectionError(TransportError, builtins.ConnectionError):
    """The connection failed: refused, reset, dropped, TLS or protocol failure."""


class TimeoutError(TransportError, builtins.TimeoutError):
    """A connect, write, read or pool timeout expired (or the total deadline)."""


class HTTPStatusError(RedisRestError):
    """The server answered with an HTTP error status and no Redis error in the body."""

    def __init__(self, message: str, *, status_code: int = 0, maybe_applied: bool = False) -> None:
        if maybe_applied:
            message = f"{message}; {MAYBE_APPLIED}"
        super().__init__(message)
        self.status_code = status_code
        self.maybe_applied = maybe_applied


class AuthenticationError(HTTPStatusError):
    """HTTP 401: the token is missing, wrong or revoked."""


class RateLimitError(HTTPStatusError):
    """HTTP 429, still refused after the retries; `retry_after` is the server's hint (seconds)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 429,
        maybe_applied: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, maybe_applied=maybe_applied)
        self.retry_after = retry_after


class ServerError(HTTPStatusError):
    """HTTP 5xx, still failing after the retries (or not retried: see `maybe_applied`)."""


#: The `command` of an error about a whole batch (a transaction's EXEC, a pipeline).
_BATCHES = frozenset({"EXEC", "PIPELINE"})

# Redis quotes user data (keys, group names, arguments) between single quotes in some error
# replies; `unknown command` also lists the first arguments.
_ARGS_TAIL = re.compile(r",? with args beginning with:.*\Z", re.DOTALL)
_QUOTED = re.compile(r"'[^']*'")


def _spellings(command: str) -> set[str]:
    """How Redis may quote a command's name: its words, and `xinfo|stream` for a subcommand."""
    words = command.lower().split()
    return {*words, "|".join(words)} if words else set()


def redact(message: str, *commands: str) -> str:
    """Drop what a Redis error reply may echo of the arguments, keep the commands' own names
    (those of the request: one command's, or every queued command's for a batch)."""
    message = _ARGS_TAIL.sub("", message)
    if "'" not in message:
        return message
    names = set[str]().union(*map(_spellings, commands))

    def keep_names(match: re.Match[str]) -> str:
        return match.group() if match.group()[1:-1].lower() in names else "'…'"

    return _QUOTED.sub(keep_names, message)


def named_position(message: str, commands: Sequence[str]) -> int | None:
    """The index of the first queued command the error names: quoted the way Redis does
    (`'zadd'`, `'xinfo|stream'`), else in upper case as the gateway does (`FLUSHALL is not
    available`). Several queued commands of that name: the first (it may be a later one)."""
    first: dict[str, int] = {}  # each name's first position (a batch repeats names)
    for position, command in enumerate(commands):
        first.setdefault(command, position)
    spelled: dict[str, int] = {}
    for command, position in first.items():
        words = command.lower().split()
        spelled.setdefault(" ".join(words), position)
        spelled.setdefault("|".join(words), position)
    for match in _QUOTED.finditer(message):
        named = spelled.get(match.group()[1:-1].lower())
        if named is not None:
            return named
    for command, position in first.items():
        if command and re.search(rf"(?<![\w|]){re.escape(command)}(?![\w|])", message):
            return position
    return None


class CommandError(RedisRestError):
    """Redis answered the command with an error reply.

    `command` is the command's name (`"INCR"`, `"XINFO STREAM"`), `prefix` the error code Redis
    put first (`"ERR"`, `"WRONGTYPE"`, `"NOSCRIPT"`...; empty when there is none), `position` the
    command's index in a pipeline or transaction (`None` for a single command), and `message`
    the server's error text, with anything that echoes the arguments removed (the names of the
    request's commands stay: they are not values).

    An error of a whole transaction or pipeline (`ExecAbortError`: a queued command was refused,
    so none ran) has `command` `"EXEC"` / `"PIPELINE"`, and `position` the first queued command
    the error names (`None` when it names none).
    """

    def __init__(self, message: str, *, command: str = "", position: int | None = None) -> None:
        head = message.split(" ", 1)[0]
        self.prefix = head if head.isupper() and head.isalpha() else ""
        self.message = message
        self.command = command
        self.position = position
        if position is not None and command in _BATCHES:
            text = f"{command} failed at command #{position}: {message}"
        elif position is not None:
            text = f"command #{position} ({command}) failed: {message}"
        elif command:
            text = f"{command} failed: {message}"
        else:
            text = message
        super().__init__(text)


class WrongTypeError(CommandError):
    """WRONGTYPE: the key holds a value of another type."""


class NoScriptError(CommandError):
    """NOSCRIPT: EVALSHA / FCALL named a script the server does not have."""


class NoPermissionError(CommandError):
    """NOPERM: the token (or the ACL user behind it) may not run this command."""


class ExecAbortError(CommandError):
    """EXECABORT: the transaction was discarded as a whole; none of its commands ran."""


class BusyGroupError(CommandError):
    """BUSYGROUP: the stream consumer group already exists."""


class NoGroupError(CommandError):
    """NOGROUP: the stream or the consumer group does not exist."""


class BusyError(CommandError):
    """BUSY: the server is running a script or function that has not yielded yet."""


class ReadOnlyError(CommandError):
    """READONLY: a write was sent to a read-only replica."""


class OutOfMemoryError(CommandError):
    """OOM: the server is out of memory (`maxmemory` reached) and refused the write."""


#: The CommandError subclass for each Redis error prefix.
ERRORS_BY_PREFIX: dict[str, type[CommandError]] = {
    "WRONGTYPE": WrongTypeError,
    "NOSCRIPT": NoScriptError,
    "NOPERM": NoPermissionError,
    "EXECABORT": ExecAbortError,
    "BUSYGROUP": BusyGroupError,
    "NOGROUP": NoGroupError,
    "BUSY": BusyError,
    "READONLY": ReadOnlyError,
    "OOM": OutOfMemoryError,
}


def command_error(message: str, command: str, position: int | None = None) -> CommandError:
    """The `CommandError` (or subclass, by prefix) for a Redis error reply, redacted."""
    message = redact(message, command)
    cls = ERRORS_BY_PREFIX.get(message.split(" ", 1)[0], CommandError)
    return cls(message, command=command, position=position)


def batch_error(message: str, batch: str, commands: Sequence[str]) -> CommandError:
    """The `CommandError` of a whole batch (`batch` "EXEC" or "PIPELINE"), e.g. EXECABORT: the
    queued commands' names stay in the text, `position` is the first one the message names."""
    message = redact(message, batch, *commands)
    cls = ERRORS_BY_PREFIX.get(message.split(" ", 1)[0], CommandError)
    return cls(message, command=batch, position=named_position(message, commands))


def status_error(what: str, status: int, error: str | None, *commands: str) -> HTTPStatusError:
    """An HTTP error status that is not a Redis error reply: 401 blames the token; any other
    carries the body's `error` text, redacted, when it has one."""
    if status == 401:
        return AuthenticationError(
            f"{what}: HTTP 401, the server refused the token (missing, wrong or revoked)",
            status_code=401,
        )
    detail = f": {redact(error, *commands)}" if error else ""
    return HTTPStatusError(f"{what}: HTTP {status}{detail}", status_code=status)


class ResponseError(RedisRestError):
    """The reply is not valid JSON, not an envelope, or not of the command's declared shape.

    It names the command (and its index in a pipeline), never the reply's content. `applied` is
    true when the request holds a write: the server answered it (HTTP 200), so the write WAS
    applied and only its reply could not be read. Do not send it again blindly (unlike
    `TransportError.maybe_applied`, which means "unknown").
    """

    def __init__(
        self,
        message: str,
        *,
        command: str = "",
        position: int | None = None,
        applied: bool = False,
    ) -> None:
        if applied:
            message = f"{message}; {APPLIED}"
        super().__init__(message)
        self.command = command
        self.position = position
        self.applied = applied
