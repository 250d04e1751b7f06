"""HTTP transports: send prepared bytes, get (status, headers, body) back, classify failures.

Three ways to send, chosen once per client:

- the default: redisrest's own HTTP/1.1 keep-alive pool (`_http11.py`), one write per
  request, the request line and static headers serialized once per client;
- `http2=True`: httpcore's connection pool (needs `h2`), with URL objects built once;
- a caller's `httpx.Client` / `httpx.AsyncClient`, or a proxy configured in the environment
  (httpx honours the proxy variables): through httpx, slower (its per-request model layer).

Each raises `_exchange.TransportFault` when an exchange fails (the contract they share with
the client lives in `_exchange.py`, below both this module and `_http11.py`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from redisrest._config import KEEPALIVE_EXPIRY, Endpoint
from redisrest._errors import ConfigurationError
from redisrest._exchange import (
    AsyncTransport,
    Headers,
    RawResponse,
    StaticHeaders,
    SyncTransport,
    fault_from,
)
from redisrest._http11 import AsyncHTTP11Transport, SyncHTTP11Transport

if TYPE_CHECKING:
    import ssl

    import httpx


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
