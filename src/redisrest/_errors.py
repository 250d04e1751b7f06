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
└── ResponseError               the reply is not JSON or not of the command's declared shape
```
"""

from __future__ import annotations

import builtins
import re
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


# Redis quotes user data (keys, group names, arguments) between single quotes in some error
# replies; `unknown command` also lists the first arguments.
_ARGS_TAIL = re.compile(r",? with args beginning with:.*\Z", re.DOTALL)
_QUOTED = re.compile(r"'[^']*'")


def redact(message: str, command: str) -> str:
    """Drop what a Redis error reply may echo of the arguments, keep the command's own name."""
    message = _ARGS_TAIL.sub("", message)
    if "'" not in message:
        return message
    names = {word.lower() for word in command.split()}

    def keep_names(match: re.Match[str]) -> str:
        return match.group() if match.group()[1:-1].lower() in names else "'…'"

    return _QUOTED.sub(keep_names, message)


class CommandError(RedisRestError):
    """Redis answered the command with an error reply.

    `command` is the command's name (`"INCR"`, `"XINFO STREAM"`), `prefix` the error code Redis
    put first (`"ERR"`, `"WRONGTYPE"`, `"NOSCRIPT"`...; empty when there is none), `position` the
    command's index in a pipeline or transaction (`None` for a single command), and `message`
    the server's error text, with anything that echoes the arguments removed.
    """

    def __init__(self, message: str, *, command: str = "", position: int | None = None) -> None:
        head = message.split(" ", 1)[0]
        self.prefix = head if head.isupper() and head.isalpha() else ""
        self.message = message
        self.command = command
        self.position = position
        if position is not None:
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


class ResponseError(RedisRestError):
    """The reply is not valid JSON, not an envelope, or not of the command's declared shape.

    It names the command (and its index in a pipeline), never the reply's content.
    """

    def __init__(self, message: str, *, command: str = "", position: int | None = None) -> None:
        super().__init__(message)
        self.command = command
        self.position = position
