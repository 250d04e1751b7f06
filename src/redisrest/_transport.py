"""HTTP transports: send prepared bytes, get (status, headers, body) back, classify failures.

Three ways to send, chosen once per client:

- the default: redisrest's own HTTP/1.1 keep-alive pool (`_http11.py`), one write per
  request, the request line and static headers serialized once per client;
- `http2=True`: httpcore's connection pool (needs `h2`), with URL objects built once;
- a caller's `httpx.Client` / `httpx.AsyncClient`, or a proxy configured in the environment
  (httpx honours the proxy variables): through httpx, slower (its per-request model layer).

A failed exchange raises `TransportFault`, which tells the retry policy whether the server can
have seen the request (`Fault.NOT_SENT`) or not (`Fault.NO_REPLY`), says which step failed (a
connection: name resolution, refused, TLS handshake, timeout) and keeps the exception it came
from, for the client to chain as the `__cause__` of the error it raises.
"""

from __future__ import annotations

import builtins
import os
import sys
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar

from redisrest._config import KEEPALIVE_EXPIRY, Endpoint
from redisrest._errors import ConfigurationError, ConnectionError, TimeoutError, TransportError
from redisrest._retry import Fault

if TYPE_CHECKING:
    import ssl

    import httpx

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


def default_ssl_context() -> ssl.SSLContext:
    """The TLS context httpx would build: SSL_CERT_FILE / SSL_CERT_DIR, else certifi's CAs."""
    import ssl

    if os.environ.get("SSL_CERT_FILE"):
        return ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
    if os.environ.get("SSL_CERT_DIR"):
        return ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


def proxied(endpoint: Endpoint) -> bool:
    """Whether the environment routes this endpoint through a proxy (then httpx is used)."""
    env = os.environ
    names = (
        ("https_proxy", "all_proxy") if endpoint.scheme == b"https" else ("http_proxy", "all_proxy")
    )
    if not any(env.get(name) or env.get(name.upper()) for name in names):
        return False
    host = endpoint.host.decode().lower()
    for entry in (env.get("no_proxy") or env.get("NO_PROXY") or "").split(","):
        entry = entry.strip().lower().lstrip(".")
        if entry == "*" or (entry and (host == entry or host.endswith("." + entry))):
            return False
    return True


def _check_http2(http2: bool) -> None:
    if http2:
        import importlib.util

        if importlib.util.find_spec("h2") is None:
            raise ConfigurationError("http2=True needs the h2 package (pip install h2)")


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


def _core_errors(httpcore: Any) -> tuple[type[Exception], ...]:
    return (
        httpcore.TimeoutException,
        httpcore.NetworkError,
        httpcore.ProtocolError,
        httpcore.ProxyError,
        httpcore.UnsupportedProtocol,
    )


class _CoreBase:
    """What both httpcore transports prepare once: URL objects and the Host header."""

    def __init__(self, endpoint: Endpoint) -> None:
        import httpcore

        self._httpcore = httpcore
        self._endpoint = endpoint
        self._host = (b"Host", endpoint.authority)
        self._urls: dict[bytes, Any] = {}

    def _request(
        self,
        target: bytes,
        static: StaticHeaders,
        extra: Headers,
        body: bytes,
        timeout: dict[str, float],
    ) -> Any:
        url = self._urls.get(target)
        if url is None:
            ep = self._endpoint
            url = self._httpcore.URL(scheme=ep.scheme, host=ep.host, port=ep.port, target=target)
            if len(self._urls) < 16:  # "/", "/pipeline", "/multi-exec"; not path-form targets
                self._urls[target] = url
        headers = [self._host, *static.pairs, *extra]
        return self._httpcore.Request(
            b"POST", url, headers=headers, content=body, extensions={"timeout": timeout}
        )

    def _pool_options(
        self, max_connections: int, http2: bool, ssl_context: ssl.SSLContext | None
    ) -> dict[str, Any]:
        _check_http2(http2)
        return {
            "ssl_context": _tls(self._endpoint, ssl_context),
            "max_connections": max_connections,
            "max_keepalive_connections": max_connections,
            "keepalive_expiry": KEEPALIVE_EXPIRY,
            "http1": True,
            "http2": http2,
        }


class CoreTransport(_CoreBase):
    """Sync transport over `httpcore.ConnectionPool` (thread-safe)."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        max_connections: int,
        http2: bool = False,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(endpoint)
        options = self._pool_options(max_connections, http2, ssl_context)
        self._pool = self._httpcore.ConnectionPool(**options)
        self._errors = _core_errors(self._httpcore)

    def send(
        self,
        target: bytes,
        static: StaticHeaders,
        extra: Headers,
        body: bytes,
        timeout: dict[str, float],
    ) -> RawResponse:
        request = self._request(target, static, extra, body, timeout)
        try:
            response = self._pool.handle_request(request)
            try:
                content = response.read()
            finally:
                response.close()
        except self._errors as exc:
            raise fault_from(exc) from None
        return response.status, response.headers, content

    def close(self) -> None:
        self._pool.close()


class AsyncCoreTransport(_CoreBase):
    """Async transport over `httpcore.AsyncConnectionPool`.

    A cancelled request never leaves a half-read connection in the pool: httpcore closes a
    connection whose response was not read to the end (shielded from the cancellation).
    """

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        max_connections: int,
        http2: bool = False,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(endpoint)
        options = self._pool_options(max_connections, http2, ssl_context)
        self._pool = self._httpcore.AsyncConnectionPool(**options)
        self._errors = _core_errors(self._httpcore)

    async def send(
        self,
        target: bytes,
        static: StaticHeaders,
        extra: Headers,
        body: bytes,
        timeout: dict[str, float],
    ) -> RawResponse:
        request = self._request(target, static, extra, body, timeout)
        try:
            response = await self._pool.handle_async_request(request)
            try:
                content = await response.aread()
            finally:
                await response.aclose()
        except self._errors as exc:
            raise fault_from(exc) from None
        return response.status, response.headers, content

    async def aclose(self) -> None:
        await self._pool.aclose()


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


def _httpx_timeout(timeout: dict[str, float]) -> httpx.Timeout:
    import httpx

    return httpx.Timeout(**timeout)


_H = TypeVar("_H")  # httpx.Client or httpx.AsyncClient


class _HttpxBase(Generic[_H]):
    """What both httpx transports keep: the origin, the client, whether `close` closes it."""

    def __init__(self, endpoint: Endpoint, client: _H, *, owned: bool) -> None:
        import httpx

        self._origin = endpoint.origin
        self._client = client
        self._owned = owned
        self._errors = (httpx.TransportError,)


class HttpxTransport(_HttpxBase["httpx.Client"]):
    """Sync transport through an `httpx.Client` (the caller's, or ours when proxied)."""

    def send(
        self,
        target: bytes,
        static: StaticHeaders,
        extra: Headers,
        body: bytes,
        timeout: dict[str, float],
    ) -> RawResponse:
        try:
            response = self._client.post(
                self._origin + target.decode("ascii"),
                content=body,
                headers=[*static.pairs, *extra],
                timeout=_httpx_timeout(timeout),
            )
        except self._errors as exc:
            raise fault_from(exc) from None
        return response.status_code, response.headers.raw, response.content

    def close(self) -> None:
        if self._owned:
            self._client.close()


class AsyncHttpxTransport(_HttpxBase["httpx.AsyncClient"]):
    """Async transport through an `httpx.AsyncClient` (the caller's, or ours when proxied)."""

    async def send(
        self,
        target: bytes,
        static: StaticHeaders,
        extra: Headers,
        body: bytes,
        timeout: dict[str, float],
    ) -> RawResponse:
        try:
            response = await self._client.post(
                self._origin + target.decode("ascii"),
                content=body,
                headers=[*static.pairs, *extra],
                timeout=_httpx_timeout(timeout),
            )
        except self._errors as exc:
            raise fault_from(exc) from None
        return response.status_code, response.headers.raw, response.content

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()


def sync_transport(
    endpoint: Endpoint,
    *,
    http_client: httpx.Client | None,
    max_connections: int,
    http2: bool,
    ssl_context: ssl.SSLContext | None,
) -> SyncTransport:
    if http_client is not None:
        return HttpxTransport(endpoint, http_client, owned=False)
    if proxied(endpoint):
        import httpx

        _check_http2(http2)
        limits = _httpx_limits(max_connections)
        client = httpx.Client(limits=limits, http2=http2, verify=ssl_context or True)
        return HttpxTransport(endpoint, client, owned=True)
    if http2:
        return CoreTransport(
            endpoint, max_connections=max_connections, http2=http2, ssl_context=ssl_context
        )
    from redisrest._http11 import SyncHTTP11Transport

    return SyncHTTP11Transport(
        endpoint, max_connections=max_connections, ssl_context=_tls(endpoint, ssl_context)
    )


def async_transport(
    endpoint: Endpoint,
    *,
    http_client: httpx.AsyncClient | None,
    max_connections: int,
    http2: bool,
    ssl_context: ssl.SSLContext | None,
) -> AsyncTransport:
    if http_client is not None:
        return AsyncHttpxTransport(endpoint, http_client, owned=False)
    if proxied(endpoint):
        import httpx

        _check_http2(http2)
        limits = _httpx_limits(max_connections)
        client = httpx.AsyncClient(limits=limits, http2=http2, verify=ssl_context or True)
        return AsyncHttpxTransport(endpoint, client, owned=True)
    if http2:
        return AsyncCoreTransport(
            endpoint, max_connections=max_connections, http2=http2, ssl_context=ssl_context
        )
    from redisrest._http11 import AsyncHTTP11Transport

    return AsyncHTTP11Transport(
        endpoint, max_connections=max_connections, ssl_context=_tls(endpoint, ssl_context)
    )


def _httpx_limits(max_connections: int) -> httpx.Limits:
    """The pool limits of an httpx client we own (used behind a proxy), as for our own pool."""
    import httpx

    return httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=KEEPALIVE_EXPIRY,
    )


def _tls(endpoint: Endpoint, ssl_context: ssl.SSLContext | None) -> ssl.SSLContext | None:
    """The TLS context for an https endpoint (built once per client), None for http."""
    if endpoint.scheme != b"https":
        return None
    return ssl_context if ssl_context is not None else default_ssl_context()
