"""Transport faults against a scripted HTTP server: the error raised AND the attempts made.

Every scenario runs through the sync and the async client. Sleeps are recorded, not slept;
jitter is pinned to 1.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from _runtime_fake import (
    Action,
    Drop,
    FakeServer,
    Hang,
    Raw,
    answer,
    b64,
    error,
    free_port,
    get,
    incr,
    mset,
    result,
)

import redisrest
from redisrest._client import AsyncClient, SyncClient
from redisrest._command import Codec, Command

READ_TIMEOUT = 0.15
HTML_502 = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


@pytest.fixture(autouse=True)
def _pinned_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("redisrest._client.jitter", lambda: 1.0)


@dataclass
class Case:
    name: str
    script: list[Action]
    command: Callable[[Codec[Any]], Command[Any]]
    outcome: type[BaseException] | Any  # an exception class, or the value returned
    attempts: int
    maybe_applied: bool = False
    sleeps: list[float] = field(default_factory=list)
    message: str = ""
    options: dict[str, Any] = field(default_factory=dict)  # the client's, besides the timeout


READ = lambda codec: get(codec, "k")  # noqa: E731
WRITE = lambda codec: incr(codec, "n")  # noqa: E731
IDEMPOTENT_WRITE = lambda codec: mset(codec, "k", "v")  # noqa: E731
BACKOFF = [0.05, 0.1, 0.2]

CASES = [
    Case("read timeout on a read", [Hang(1)], READ, redisrest.TimeoutError, 4, sleeps=BACKOFF),
    Case(
        "read timeout on a write",
        [Hang(1)],
        WRITE,
        redisrest.TimeoutError,
        1,
        maybe_applied=True,
        message="INCR: read timeout (no reply in time); the write may or may not have been applied",
    ),
    Case("read timeout on an idempotent write", [Hang(1)], IDEMPOTENT_WRITE, redisrest.TimeoutError, 4, maybe_applied=True, sleeps=BACKOFF),
    Case("dropped on a read", [Drop()], READ, redisrest.ConnectionError, 4, sleeps=BACKOFF),
    Case("dropped on a write", [Drop()], WRITE, redisrest.ConnectionError, 1, maybe_applied=True),
    Case(
        "429 with Retry-After, then success",
        [answer(error("ERR rate limited"), 429, retry_after="2"), answer(result(5))],
        WRITE,
        5,
        2,
        sleeps=[2.0],
    ),
    Case(
        "429 forever",
        [answer(b"", 429, retry_after="1")],
        WRITE,
        redisrest.RateLimitError,
        4,
        sleeps=[1.0, 1.0, 1.0],
        message="INCR: HTTP 429, rate limited after 4 attempts",
    ),
    Case(
        "429 with a Retry-After past the default deadline",
        [answer(error("ERR max requests limit exceeded"), 429, retry_after="120"), answer(result(1))],
        WRITE,
        redisrest.RateLimitError,
        1,
        message="INCR: HTTP 429, rate limited (the 10s deadline left no time for another): ERR max requests limit exceeded",
    ),
    Case("429 with a long Retry-After, no deadline", [answer(b"", 429, retry_after="120"), answer(result(1))], WRITE, 1, 2, sleeps=[10.0], options={"deadline": None}),
    Case("503 then success (read)", [answer(b"busy", 503), answer(result(b64("v")))], READ, "v", 2, sleeps=[0.05]),
    Case("503 then success (write)", [answer(b"busy", 503), answer(result(7))], WRITE, 7, 2, sleeps=[0.05]),
    Case("HTML 502 page on a read", [answer(HTML_502, 502)], READ, redisrest.ServerError, 4, sleeps=BACKOFF, message="GET: HTTP 502 from the server after 4 attempts"),
    Case(
        "503 with the server's error",
        [answer(error("ERR redis unavailable"), 503)],
        READ,
        redisrest.ServerError,
        4,
        sleeps=BACKOFF,
        message="GET: HTTP 503 from the server after 4 attempts: ERR redis unavailable",
    ),
    Case(
        "500 with an error echoing values, on a write",
        [answer(error("ERR unknown command 'sekrit', with args beginning with: 'v4lue'"), 500)],
        WRITE,
        redisrest.ServerError,
        1,
        maybe_applied=True,
        message="INCR: HTTP 500 from the server: ERR unknown command '…'; the write may",
    ),
    Case("HTML 502 page on a write", [answer(HTML_502, 502)], WRITE, redisrest.ServerError, 1, maybe_applied=True),
    Case("500 on a read", [answer(b"", 500), answer(result(None))], READ, None, 2, sleeps=[0.05]),
    Case("500 on a write", [answer(b"", 500)], WRITE, redisrest.ServerError, 1, maybe_applied=True),
    Case("504 on a write", [answer(b"", 504)], WRITE, redisrest.ServerError, 1, maybe_applied=True),
    Case("truncated JSON", [answer(b'{"result": "aGVs')], READ, redisrest.ResponseError, 1, message="GET: the reply is not valid JSON"),
    Case("neither result nor error", [answer(b'{"status": "ok"}')], READ, redisrest.ResponseError, 1, message="GET: the reply holds neither a result nor an error"),
    Case("wrong shape", [answer(result(b64("12")))], WRITE, redisrest.ResponseError, 1, message="INCR: the reply does not have the expected shape"),
    Case("401", [answer(error("WRONGPASS invalid or missing auth token"), 401)], READ, redisrest.AuthenticationError, 1),
    Case("400 with a Redis error", [answer(error("WRONGTYPE Operation against a key"), 400)], READ, redisrest.WrongTypeError, 1, message="GET failed: WRONGTYPE Operation against a key"),
    Case("400 HTML page", [answer(b"<html>bad</html>", 400)], READ, redisrest.HTTPStatusError, 1, message="GET: HTTP 400"),
    Case("405 with an error envelope", [answer(error("ERR method not allowed"), 405)], WRITE, redisrest.HTTPStatusError, 1, message="INCR: HTTP 405: ERR method not allowed"),
    Case("chunked success", [answer(result(b64("a long enough value")), chunked=True)], READ, "a long enough value", 1),
    Case("garbage instead of HTTP", [Raw(b"SSH-2.0-OpenSSH\r\n\r\n")], READ, redisrest.ConnectionError, 4, sleeps=BACKOFF),
    Case("garbage instead of HTTP on a write", [Raw(b"hello\r\n\r\n")], WRITE, redisrest.ConnectionError, 1, maybe_applied=True),
]  # fmt: skip


def _check(case: Case, outcome: Any, attempts: int, sleeps: list[float]) -> None:
    if isinstance(case.outcome, type) and issubclass(case.outcome, BaseException):
        assert isinstance(outcome, case.outcome), outcome
        assert getattr(outcome, "maybe_applied", False) is case.maybe_applied
        if case.message:
            assert str(outcome).startswith(case.message), str(outcome)
    else:
        assert outcome == case.outcome
    assert attempts == case.attempts
    assert sleeps == pytest.approx(case.sleeps)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_sync(case: Case) -> None:
    with FakeServer(case.script) as server:
        client = SyncClient(server.url, "tok", timeout=READ_TIMEOUT, **case.options)
        sleeps: list[float] = []
        client._sleep = sleeps.append  # type: ignore[method-assign]
        try:
            outcome: Any = client._execute(case.command(client._codec))
        except redisrest.RedisRestError as exc:
            outcome = exc
        client.close()
        _check(case, outcome, len(server.requests), sleeps)
        retry_counts = [r.headers.get("redisrest-retry-count") for r in server.requests]
        assert retry_counts == [None, *[str(n) for n in range(1, len(server.requests))]]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
async def test_async(case: Case) -> None:
    with FakeServer(case.script) as server:
        client = AsyncClient(server.url, "tok", timeout=READ_TIMEOUT, **case.options)
        sleeps: list[float] = []

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        client._sleep = sleep
        try:
            outcome: Any = await client._execute(case.command(client._codec))
        except redisrest.RedisRestError as exc:
            outcome = exc
        await client.aclose()
        _check(case, outcome, len(server.requests), sleeps)


def test_connection_refused_is_retried_even_for_writes() -> None:
    client = SyncClient(f"http://127.0.0.1:{free_port()}", "tok")
    sleeps: list[float] = []
    client._sleep = sleeps.append  # type: ignore[method-assign]
    with pytest.raises(
        redisrest.ConnectionError, match="INCR: could not connect after 4 attempts"
    ) as info:
        client._execute(incr(client._codec, "n"))
    assert sleeps == BACKOFF and not info.value.maybe_applied


async def test_connection_refused_async() -> None:
    client = AsyncClient(f"http://127.0.0.1:{free_port()}", "tok", retries=1)
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client._sleep = sleep
    with pytest.raises(redisrest.ConnectionError, match="could not connect after 2 attempts"):
        await client._execute(incr(client._codec, "n"))
    assert sleeps == [0.05]


def test_retries_zero_means_one_attempt() -> None:
    with FakeServer([answer(b"", 503)]) as server:
        client = SyncClient(server.url, "tok", retries=0)
        with pytest.raises(redisrest.ServerError, match=r"^GET: HTTP 503 from the server$"):
            client._execute(get(client._codec, "k"))
        assert len(server.requests) == 1


def test_total_deadline() -> None:
    with FakeServer([Hang(3)]) as server:
        client = SyncClient(server.url, "tok", timeout=10, deadline=0.4)
        started = time.monotonic()
        with pytest.raises(redisrest.TimeoutError):
            client._execute(get(client._codec, "k"))
        assert time.monotonic() - started < 2


def test_per_call_timeout() -> None:
    with FakeServer([Hang(2)]) as server:
        client = SyncClient(server.url, "tok", timeout=30, retries=0)
        started = time.monotonic()
        with pytest.raises(redisrest.TimeoutError):
            client.execute("GET", "k", timeout=0.2)
        with pytest.raises(redisrest.TimeoutError):
            client.with_options(timeout=0.2).execute("GET", "k")
        assert time.monotonic() - started < 3


def test_pool_timeout() -> None:
    import threading

    with FakeServer([Hang(1.0), answer(result(1))]) as server:
        client = SyncClient(server.url, "tok", max_connections=1, timeout=0.3, retries=0)

        def hold_the_only_connection() -> None:
            with pytest.raises(redisrest.TimeoutError):
                client.execute("GET", "a")

        worker = threading.Thread(target=hold_the_only_connection)
        worker.start()
        time.sleep(0.1)
        with pytest.raises(redisrest.TimeoutError, match="waiting for a pooled connection"):
            client.execute("GET", "b", timeout=0.1)
        worker.join()


async def test_async_pool_timeout() -> None:
    with FakeServer([Hang(1.0), answer(result(1))]) as server:
        client = AsyncClient(server.url, "tok", max_connections=1, timeout=0.3, retries=0)
        first = asyncio.ensure_future(client.execute("GET", "a"))
        await asyncio.sleep(0.05)
        with pytest.raises(redisrest.TimeoutError, match="waiting for a pooled connection"):
            await client.execute("GET", "b", timeout=0.05)
        with pytest.raises(redisrest.TimeoutError):
            await first
        await client.aclose()


# -- requests on the wire -----------------------------------------------------------------------


def test_request_shape_and_headers() -> None:
    with FakeServer([answer(result("OK"))]) as server:
        client = SyncClient(server.url + "/base/", "tok-123")
        client.execute("SET", "k", 1.5)
        request = server.requests[0]
        assert request.target == b"/base"
        assert json.loads(request.body) == ["SET", "k", "1.5"]
        headers = request.headers
        assert headers["authorization"] == "Bearer tok-123"
        assert headers["upstash-encoding"] == "base64"
        assert headers["content-type"] == "application/json"
        assert headers["host"] == f"127.0.0.1:{server.port}"
        assert headers["upstash-telemetry-sdk"] == f"redisrest@v{redisrest.__version__}"
        assert headers["upstash-telemetry-runtime"].startswith("python@v3.")
        assert "upstash-sync-token" not in headers  # nothing seen yet


def test_telemetry_off(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeServer([answer(result(1))]) as server:
        SyncClient(server.url, "t", telemetry=False).execute("PING")
        monkeypatch.setenv("UPSTASH_DISABLE_TELEMETRY", "1")
        SyncClient(server.url, "t").execute("PING")
        assert not any("upstash-telemetry-sdk" in r.headers for r in server.requests)


def test_keep_alive_reuses_one_connection() -> None:
    with FakeServer([answer(result(1))]) as server:
        client = SyncClient(server.url, "t")
        for _ in range(5):
            client.execute("PING")
        assert server.connections == 1


def test_sync_token_is_the_latest_seen() -> None:
    with FakeServer([answer(result(1))]) as server:  # the server numbers its sync tokens
        client = SyncClient(server.url, "t")
        for _ in range(4):
            client.execute("INCR", "n")
        sent = [r.headers.get("upstash-sync-token") for r in server.requests]
        assert sent == [None, "1", "2", "3"]
        off = SyncClient(server.url, "t", read_your_writes=False)
        off.execute("INCR", "n")
        assert "upstash-sync-token" not in server.requests[-1].headers


async def test_sync_token_is_the_latest_seen_async() -> None:
    with FakeServer([answer(result(1))]) as server:
        client = AsyncClient(server.url, "t")
        for _ in range(3):
            await client.execute("INCR", "n")
        copy = client.with_options(timeout=5)  # shares the token
        await copy.execute("INCR", "n")
        sent = [r.headers.get("upstash-sync-token") for r in server.requests]
        assert sent == [None, "1", "2", "3"]
        await client.aclose()


def test_path_form_on_the_wire() -> None:
    with FakeServer([answer(result("OK"))]) as server:
        client = SyncClient(server.url, "t", decode_responses=False)
        client.execute("SET", b"k\xff", b"\x00\xfe")
        request = server.requests[0]
        assert request.target == b"/SET/k%FF"
        assert request.body == b"\x00\xfe"
        assert request.headers["content-type"] == "application/octet-stream"


def test_closed_client_refuses() -> None:
    client = SyncClient("http://127.0.0.1:1", "t")
    with client:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        client.execute("PING")


# -- through a caller's httpx client -------------------------------------------------------------


def test_httpx_client() -> None:
    seen: list[httpx.Request] = []
    answers = iter([httpx.Response(503), httpx.Response(200, content=result(3))])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = SyncClient("https://db.example", "tok", http_client=http)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    assert client.execute("INCR", "n") == 3
    assert len(seen) == 2 and seen[1].headers["redisrest-retry-count"] == "1"
    assert str(seen[0].url) == "https://db.example/"
    assert seen[0].headers["authorization"] == "Bearer tok"
    client.close()
    assert not http.is_closed  # the caller's client is the caller's to close


def test_httpx_client_faults() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = SyncClient("https://db.example", "tok", http_client=http, retries=2)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    with pytest.raises(redisrest.TimeoutError) as info:
        client._execute(incr(client._codec, "n"))
    assert info.value.maybe_applied
    with pytest.raises(redisrest.TimeoutError, match="after 3 attempts"):
        client._execute(get(client._codec, "k"))


def test_unreadable_200_reply_to_a_write_says_it_was_applied() -> None:
    """HTTP 200: the server ran the INCR, only its reply is of the wrong shape. The error says
    the write WAS applied (not "maybe"), and it is not sent again."""
    seen: list[httpx.Request] = []
    # INCR's reply is an integer, GET's a string or null.
    replies = iter([result(b64("twelve")), result(7)])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=next(replies))

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = SyncClient("https://db.example", "tok", http_client=http)
    with pytest.raises(redisrest.ResponseError) as info:
        client._execute(incr(client._codec, "n"))
    assert info.value.applied and len(seen) == 1
    assert str(info.value).startswith("INCR: the reply does not have the expected shape")
    assert "the write WAS applied" in str(info.value) and "maybe" not in str(info.value)
    with pytest.raises(redisrest.ResponseError) as info:
        client._execute(get(client._codec, "k"))  # a read: nothing was applied
    assert not info.value.applied and "applied" not in str(info.value)


async def test_async_httpx_client() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, content=result(b64("v")), headers={"Upstash-Sync-Token": "9"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = AsyncClient("https://db.example", "tok", http_client=http)

    async def sleep(seconds: float) -> None:
        pass

    client._sleep = sleep
    assert await client._execute(get(client._codec, "k")) == "v"
    assert calls == 2 and client._state.sync_token == b"9"
    await client.aclose()
    await http.aclose()


# -- the httpcore transport (used for http2=True) runs the same scenarios ----------------------

CORE_CASES = [case for case in CASES if case.name in {
    "read timeout on a read", "read timeout on a write", "dropped on a write",
    "503 then success (read)", "HTML 502 page on a write", "chunked success", "truncated JSON",
}]  # fmt: skip


@pytest.mark.parametrize("case", CORE_CASES, ids=lambda case: case.name)
def test_sync_httpcore(case: Case) -> None:
    from redisrest._transport import CoreTransport

    with FakeServer(case.script) as server:
        client = SyncClient(server.url, "tok", timeout=READ_TIMEOUT)
        client._state.transport = CoreTransport(client._endpoint, max_connections=4)
        sleeps: list[float] = []
        client._sleep = sleeps.append  # type: ignore[method-assign]
        try:
            outcome: Any = client._execute(case.command(client._codec))
        except redisrest.RedisRestError as exc:
            outcome = exc
        client.close()
        _check(case, outcome, len(server.requests), sleeps)


@pytest.mark.parametrize("case", CORE_CASES, ids=lambda case: case.name)
async def test_async_httpcore(case: Case) -> None:
    from redisrest._transport import AsyncCoreTransport

    with FakeServer(case.script) as server:
        client = AsyncClient(server.url, "tok", timeout=READ_TIMEOUT)
        client._state.transport = AsyncCoreTransport(client._endpoint, max_connections=4)
        sleeps: list[float] = []

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        client._sleep = sleep
        try:
            outcome: Any = await client._execute(case.command(client._codec))
        except redisrest.RedisRestError as exc:
            outcome = exc
        await client.aclose()
        _check(case, outcome, len(server.requests), sleeps)


PROXY_ENVIRONMENTS = [
    ({}, "https://db.example", False),
    ({"HTTPS_PROXY": "http://proxy:3128"}, "https://db.example", True),
    ({"https_proxy": "http://proxy:3128"}, "http://db.example", False),
    ({"HTTP_PROXY": "http://proxy:3128"}, "http://db.example", True),
    ({"ALL_PROXY": "http://proxy:3128"}, "http://db.example", True),
    ({"HTTPS_PROXY": "http://p", "NO_PROXY": "example"}, "https://db.example", False),
    ({"HTTPS_PROXY": "http://p", "NO_PROXY": ".example, other"}, "https://db.example", False),
    ({"HTTPS_PROXY": "http://p", "NO_PROXY": "*"}, "https://db.example", False),
    ({"HTTPS_PROXY": "http://p", "NO_PROXY": "ample"}, "https://db.example", True),
]


@pytest.mark.parametrize(("environ", "url", "proxied"), PROXY_ENVIRONMENTS)
def test_proxy_variables_route_through_httpx(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], url: str, proxied: bool
) -> None:
    from redisrest._config import parse_url
    from redisrest._transport import HttpxTransport
    from redisrest._transport import proxied as is_proxied

    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert is_proxied(parse_url(url)) is proxied
    client = SyncClient(url, "t")
    assert isinstance(client._state.transport, HttpxTransport) is proxied
    client.close()


def test_threads_share_one_client() -> None:
    from concurrent.futures import ThreadPoolExecutor

    def handler(request: Any) -> Any:
        key = json.loads(request.body)[1]
        return answer(result(b64(key)))

    with FakeServer(handler) as server:
        client = SyncClient(server.url, "t", max_connections=4)
        with ThreadPoolExecutor(8) as pool:
            values = list(
                pool.map(lambda i: client._execute(get(client._codec, f"k{i}")), range(200))
            )
        assert values == [f"k{i}" for i in range(200)]
        assert server.connections <= 4


# -- TLS ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", key, "-out", cert],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def _tls_contexts(certificate: tuple[str, str]) -> tuple[Any, Any]:
    import ssl

    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(*certificate)
    client = ssl.create_default_context(cafile=certificate[0])
    return server, client


def test_tls(certificate: tuple[str, str]) -> None:
    server_context, client_context = _tls_contexts(certificate)
    with FakeServer([answer(result(b64("secure")))], tls=server_context) as server:
        client = SyncClient(server.url, "t", ssl_context=client_context)
        assert client._execute(get(client._codec, "k")) == "secure"
        assert client._execute(get(client._codec, "k")) == "secure"
        assert server.connections == 1
        untrusting = SyncClient(server.url, "t", retries=0)  # certifi does not know this CA
        with pytest.raises(redisrest.ConnectionError, match="could not connect"):
            untrusting.execute("PING")


async def test_tls_async(certificate: tuple[str, str]) -> None:
    server_context, client_context = _tls_contexts(certificate)
    with FakeServer([answer(result(b64("secure")))], tls=server_context) as server:
        client = AsyncClient(server.url, "t", ssl_context=client_context)
        assert await client._execute(get(client._codec, "k")) == "secure"
        untrusting = AsyncClient(server.url, "t", retries=0)
        with pytest.raises(redisrest.ConnectionError, match="could not connect"):
            await untrusting.execute("PING")
        await client.aclose()


def test_an_idle_connection_closed_by_the_server_is_not_reused() -> None:
    with FakeServer([answer(result(1), close=True)]) as server:
        client = SyncClient(server.url, "t", retries=0)
        for _ in range(3):
            assert client._execute(incr(client._codec, "n")) == 1
            time.sleep(0.05)  # the server's FIN arrives while the connection is idle
        assert server.connections == 3 and len(server.requests) == 3


async def test_an_idle_connection_closed_by_the_server_is_not_reused_async() -> None:
    with FakeServer([answer(result(1), close=True)]) as server:
        client = AsyncClient(server.url, "t", retries=0)
        for _ in range(3):
            assert await client._execute(incr(client._codec, "n")) == 1
            await asyncio.sleep(0.05)
        assert server.connections == 3
        await client.aclose()
