"""Each way of failing to connect says which step failed, and chains what the OS or TLS said.

An unknown host, a refused port and TLS spoken to a plain-HTTP port are real: a `.invalid` name
(reserved, never resolves), a port nothing listens on, and the session gateway's own HTTP port
reached with `https://`. Every case runs through the sync and the async client, over the
built-in HTTP/1.1 pool, a caller's httpx client and httpcore's pool (`http2=True`'s), since
each raises its own exceptions. Backoffs are recorded, not slept.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from _gateway import Gateway
from _runtime_fake import free_port

import redisrest
from redisrest._client import AsyncClient, SyncClient
from redisrest._transport import AsyncCoreTransport, CoreTransport

pytestmark = pytest.mark.timeout(60)

# What each failure reads after "GET: could not connect after 4 attempts: ", and what it chains.
FAILURES = {
    "unknown host": ("name resolution failed (", socket.gaierror),
    "refused port": ("connection refused", ConnectionRefusedError),
    "TLS to a plain-HTTP port": (
        "TLS handshake failed (wrong version number); the server does not speak TLS on that "
        "port (an http:// URL?)",
        ssl.SSLError,
    ),
}
TRANSPORTS = ["own", "httpx", "httpcore"]


def _url(failure: str, gateway: Gateway) -> str:
    if failure == "unknown host":
        return "http://no-such-host.invalid:1"
    if failure == "refused port":
        return f"http://127.0.0.1:{free_port()}"
    return "https://127.0.0.1:" + gateway.url.rsplit(":", 1)[1]


def _root_cause(error: BaseException) -> BaseException | None:
    """The last exception of the `__cause__` chain (httpx -> httpcore -> the OS's)."""
    cause = error.__cause__
    while cause is not None and (cause.__cause__ or cause.__context__) is not None:
        cause = cause.__cause__ or cause.__context__
    return cause


def _check(error: redisrest.ConnectionError, failure: str, transport: str) -> None:
    words, cause = FAILURES[failure]
    text = str(error)
    assert text.startswith(f"GET: could not connect after 4 attempts: {words}"), text
    assert not error.maybe_applied  # nothing was sent
    assert error.__cause__ is not None, "the underlying exception is chained"
    if transport == "own":
        assert isinstance(error.__cause__, cause), repr(error.__cause__)
    else:  # the library's ConnectError, raised from the OS's or ssl's exception
        assert isinstance(error.__cause__, httpx.ConnectError | _httpcore_connect_error())
        assert isinstance(_root_cause(error), cause), repr(_root_cause(error))
    assert "tok-secret" not in text


def _httpcore_connect_error() -> type[Exception]:
    import httpcore

    return httpcore.ConnectError


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("failure", list(FAILURES))
def test_sync(gateway: Gateway, failure: str, transport: str) -> None:
    url = _url(failure, gateway)
    http = httpx.Client() if transport == "httpx" else None
    client = SyncClient(url, "tok-secret", http_client=http)
    if transport == "httpcore":
        tls = ssl.create_default_context() if url.startswith("https") else None
        client._state.transport = CoreTransport(
            client._endpoint, max_connections=1, ssl_context=tls
        )
    sleeps: list[float] = []
    client._sleep = sleeps.append  # type: ignore[method-assign]
    with pytest.raises(redisrest.ConnectionError) as info:
        client.execute("GET", "k")
    client.close()
    if http is not None:
        http.close()
    _check(info.value, failure, transport)
    assert len(sleeps) == 3


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("failure", list(FAILURES))
async def test_async(gateway: Gateway, failure: str, transport: str) -> None:
    url = _url(failure, gateway)
    http = httpx.AsyncClient() if transport == "httpx" else None
    client = AsyncClient(url, "tok-secret", http_client=http)
    if transport == "httpcore":
        tls = ssl.create_default_context() if url.startswith("https") else None
        client._state.transport = AsyncCoreTransport(
            client._endpoint, max_connections=1, ssl_context=tls
        )
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client._sleep = sleep
    with pytest.raises(redisrest.ConnectionError) as info:
        await client.execute("GET", "k")
    await client.aclose()
    if http is not None:
        await http.aclose()
    _check(info.value, failure, transport)
    assert len(sleeps) == 3


CONNECT_REASONS: list[tuple[Callable[[], BaseException], str]] = [
    (lambda: socket.gaierror(-3, "Temporary failure in name resolution"),
     "name resolution failed (Temporary failure in name resolution)"),
    (lambda: ConnectionRefusedError(111, "Connection refused"), "connection refused"),
    (lambda: OSError(101, "Network is unreachable"), "Network is unreachable"),
    (lambda: OSError("Multiple exceptions: [Errno 111] ..., [Errno 99] ..."),
     "Multiple exceptions: [Errno 111] ..., [Errno 99] ..."),
    (lambda: ssl.SSLCertVerificationError(1, "certificate verify failed"),
     "TLS handshake failed: certificate not trusted ("),
]  # fmt: skip


@pytest.mark.parametrize(("make", "words"), CONNECT_REASONS)
def test_connect_reasons(make: Callable[[], BaseException], words: str) -> None:
    """The words for failures the tests cannot stage on this machine (pure classification)."""
    from redisrest._exchange import connect_fault

    exc = make()
    fault = connect_fault(exc)
    assert (fault.words, fault.cause) == ("could not connect", exc)
    assert fault.reason.startswith(words), fault.reason


def test_connect_timeout_says_how_long() -> None:
    from redisrest._exchange import connect_fault

    fault = connect_fault(TimeoutError("timed out"), 2.5)
    assert fault.detail == "connect timeout: no connection (TCP and TLS) within 2.5s"
    assert fault.error is redisrest.TimeoutError


def test_the_error_survives_pickling_with_its_message() -> None:
    import pickle

    client = SyncClient(f"http://127.0.0.1:{free_port()}", "t", retries=0)
    with pytest.raises(redisrest.ConnectionError) as info:
        client.execute("GET", "k")
    copy: Any = pickle.loads(pickle.dumps(info.value))
    assert str(copy) == str(info.value) == "GET: could not connect: connection refused"
