"""The contract between the client and its transports, and how a failed exchange is named.

A transport sends prepared bytes (`target`, `StaticHeaders`, per-request headers, body) and
returns `(status, headers, body)`: `SyncTransport` / `AsyncTransport`. A failed exchange raises
`TransportFault`, which tells the retry policy whether the server can have seen the request
(`Fault.NOT_SENT`) or not (`Fault.NO_REPLY`), says which step failed (a connection: name
resolution, refused, TLS handshake, timeout) and keeps the exception it came from, for the
client to chain as the `__cause__` of the error it raises.

The transports themselves live above this module: redisrest's own HTTP/1.1 pool
(`_http11.py`) and the httpcore / httpx ones (`_transport.py`, which also chooses among them).
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Awaitable
from typing import Any, NamedTuple, Protocol

from redisrest._errors import ConnectionError, TimeoutError, TransportError
from redisrest._retry import Fault

__all__ = [
    "AsyncTransport",
    "Headers",
    "RawResponse",
    "StaticHeaders",
    "SyncTransport",
    "TransportFault",
    "connect_fault",
    "connect_reason",
    "fault_from",
    "fault_named",
    "within",
]

Headers = list[tuple[bytes, bytes]]
#: (status, response headers, body); response header names may be in any case.
RawResponse = tuple[int, Headers, bytes]


class StaticHeaders(NamedTuple):
    """Headers sent with every request of a client, as pairs and pre-serialized."""

    pairs: Headers
    wire: bytes  # b"Name: value\r\n" lines

    def __repr__(self) -> str:
        return f"<StaticHeaders: {len(self.pairs)} headers>"  # never the token

    @classmethod
    def of(cls, pairs: Headers) -> StaticHeaders:
        return cls(pairs, b"".join(name + b": " + value + b"\r\n" for name, value in pairs))


class TransportFault(Exception):
    """One attempt failed below HTTP; `fault` says whether the request can have been applied.

    `words` say what failed ("could not connect"), `reason` why when it is known ("connection
    refused"), `detail` both; `cause` is the exception it came from (the OS's, ssl's, httpx's).
    """

    def __init__(
        self,
        fault: Fault,
        error: type[TransportError],
        words: str,
        reason: str = "",
        cause: BaseException | None = None,
    ) -> None:
        detail = f"{words}: {reason}" if reason else words
        super().__init__(detail)
        self.fault = fault
        self.error = error
        self.words = words
        self.reason = reason
        self.detail = detail
        self.cause = cause


# Exception class names (httpcore and httpx use the same ones) -> (fault, our error, words).
_FAULTS: dict[str, tuple[Fault, type[TransportError], str]] = {
    "ConnectError": (Fault.NOT_SENT, ConnectionError, "could not connect"),
    "ConnectTimeout": (Fault.NOT_SENT, TimeoutError, "connect timeout"),
    "PoolTimeout": (Fault.NOT_SENT, TimeoutError, "timed out waiting for a pooled connection"),
    "WriteTimeout": (Fault.NOT_SENT, TimeoutError, "write timeout"),
    "WriteError": (Fault.NOT_SENT, ConnectionError, "connection failed while sending"),
    "ProxyError": (Fault.NOT_SENT, ConnectionError, "the proxy refused the connection"),
    "ReadTimeout": (Fault.NO_REPLY, TimeoutError, "read timeout (no reply in time)"),
    "ReadError": (Fault.NO_REPLY, ConnectionError, "connection failed while waiting for the reply"),
    "RemoteProtocolError": (
        Fault.NO_REPLY,
        ConnectionError,
        "the server closed the connection or broke the HTTP protocol before replying",
    ),
}


def fault_named(
    name: str, reason: str | None = None, cause: BaseException | None = None
) -> TransportFault:
    """The fault of an httpcore / httpx exception class name (see `_FAULTS`)."""
    fault, error, words = _FAULTS[name]
    return TransportFault(fault, error, words, reason or "", cause)


#: `ssl.SSLError.reason`s seen when the server answers a TLS hello with something else (most
#: often plain HTTP): worth a hint about the URL's scheme.
_NOT_TLS = frozenset({"WRONG_VERSION_NUMBER", "HTTP_REQUEST", "PACKET_LENGTH_TOO_LONG"})


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it came from (httpx -> httpcore -> anyio's -> the OS's), in
    order, with the members of an exception group."""
    chain: list[BaseException] = []
    todo = [exc]
    while todo and len(chain) < 16:
        error = todo.pop(0)
        if any(error is seen for seen in chain):
            continue
        chain.append(error)
        todo += getattr(error, "exceptions", ())  # an ExceptionGroup's members
        follow = error.__cause__ or error.__context__
        if follow is not None:
            todo.append(follow)
    return chain


def connect_reason(exc: BaseException) -> str:
    """Which step of connecting failed, in words, from the exception (or its causes).

    Never the URL or the token: only what the OS or the TLS library says went wrong.
    """
    import errno
    import socket
    import ssl

    chain = _chain(exc)
    for error in chain:
        if isinstance(error, socket.gaierror):
            return f"name resolution failed ({error.strerror or error})"
        if isinstance(error, ssl.SSLCertVerificationError):
            said = getattr(error, "verify_message", None) or error.strerror or str(error)
            return f"TLS handshake failed: certificate not trusted ({said})"
        if isinstance(error, ssl.SSLError):
            reason = error.reason or error.strerror or str(error)
            said = reason.lower().replace("_", " ") if reason.isupper() else reason
            hint = "; the server does not speak TLS on that port (an http:// URL?)"
            return f"TLS handshake failed ({said}){hint if reason in _NOT_TLS else ''}"
        if isinstance(error, ConnectionRefusedError) or (
            isinstance(error, OSError) and error.errno == errno.ECONNREFUSED
        ):
            return "connection refused"
    # Something else: what the deepest OS error says (e.g. "Network is unreachable").
    for error in reversed(chain):
        if isinstance(error, OSError) and (error.strerror or error.args):
            return str(error.strerror or error)
    return type(exc).__name__


def connect_fault(
    exc: BaseException, seconds: float | None = None, *, timed_out: bool = False
) -> TransportFault:
    """The fault of a failed connection attempt (TCP connect and, for https, the TLS handshake):
    a timeout (`timed_out`, or a `TimeoutError`), or which step failed and why."""
    if timed_out or isinstance(exc, builtins.TimeoutError):
        within = f"within {seconds:g}s" if seconds is not None else "in time"
        return fault_named("ConnectTimeout", f"no connection (TCP and TLS) {within}", exc)
    return fault_named("ConnectError", connect_reason(exc), exc)


def fault_from(exc: BaseException) -> TransportFault:
    """Classify an httpcore / httpx exception (by class name, shared by both libraries)."""
    for cls in type(exc).__mro__:
        if cls.__name__ in ("ConnectError", "ConnectTimeout"):
            return connect_fault(exc, timed_out=cls.__name__ == "ConnectTimeout")
        entry = _FAULTS.get(cls.__name__)
        if entry is not None:
            return TransportFault(*entry, cause=exc)
    # LocalProtocolError, UnsupportedProtocol, DecodingError...: a local problem, not retried.
    return TransportFault(
        Fault.REJECTED,
        ConnectionError,
        f"the HTTP request failed ({type(exc).__name__})",
        cause=exc,
    )


class SyncTransport(Protocol):
    def send(
        self,
        target: bytes,
        static: StaticHeaders,
        extra: Headers,
        body: bytes,
        timeout: dict[str, float],
    ) -> RawResponse: ...

    def close(self) -> None: ...


class AsyncTransport(Protocol):
    async def send(
        self,
        target: bytes,
        static: StaticHeaders,
        extra: Headers,
        body: bytes,
        timeout: dict[str, float],
    ) -> RawResponse: ...

    async def aclose(self) -> None: ...


if sys.version_info >= (3, 11):

    async def within(awaitable: Awaitable[Any], seconds: float) -> Any:
        """Await with a time limit (raises TimeoutError); never loses a completed result."""
        import asyncio

        async with asyncio.timeout(seconds):
            return await awaitable

else:  # pragma: no cover - Python 3.10

    async def within(awaitable: Awaitable[Any], seconds: float) -> Any:
        import asyncio

        return await asyncio.wait_for(awaitable, seconds)
