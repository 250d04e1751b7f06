"""Configuration: URL and token validation, from_env, timeouts, telemetry headers."""

from __future__ import annotations

import sys

import httpx
import pytest

from redisrest import ConfigurationError
from redisrest._client import AsyncClient, SyncClient
from redisrest._config import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_TIMEOUT,
    check_timeout,
    check_token,
    credentials_from_env,
    parse_url,
    platform,
    telemetry_headers,
)
from redisrest._retry import DEFAULT_DEADLINE

GOOD_URLS = [
    ("https://eu1-cool-cat-123.upstash.io", b"https", b"eu1-cool-cat-123.upstash.io", None, b""),
    ("https://db.upstash.io/", b"https", b"db.upstash.io", None, b""),
    ("http://127.0.0.1:8079", b"http", b"127.0.0.1", 8079, b""),
    ("HTTP://LOCALHOST:80/", b"http", b"localhost", 80, b""),
    ("https://proxy.example/redis/", b"https", b"proxy.example", None, b"/redis"),
    ("http://[::1]:8079", b"http", b"::1", 8079, b""),
]


@pytest.mark.parametrize(("url", "scheme", "host", "port", "prefix"), GOOD_URLS)
def test_good_urls(url: str, scheme: bytes, host: bytes, port: int | None, prefix: bytes) -> None:
    endpoint = parse_url(url)
    assert (endpoint.scheme, endpoint.host, endpoint.port, endpoint.prefix) == (
        scheme,
        host,
        port,
        prefix,
    )


def test_authority() -> None:
    assert parse_url("https://h:443").authority == b"h"
    assert parse_url("http://h:8080").authority == b"h:8080"
    assert parse_url("http://[::1]:8079").authority == b"[::1]:8079"


BAD_URLS = [
    ("", "url is empty"),
    ("db.upstash.io", r"must start with https:// or http:// \(add https://"),
    ("ftp://db.upstash.io", "must start with https:// or http://"),
    ("redis://db:6379", "must start with https:// or http://"),
    ("https://db.upstash.io\n", "whitespace, a newline or a control character"),
    (" https://db.upstash.io", "whitespace"),
    ("https://db .upstash.io", "whitespace"),
    ("https://", "url has no host"),
    ("https://db:port", "not a valid URL"),
    ("https://db:99999", "not a valid URL"),
    ("https://user:SECRETPW@db.upstash.io", "must not hold credentials"),
    ("https://db.upstash.io?_token=SECRETPW", "must not have a query"),
    ("https://db.upstash.io#frag", "must not have a query or a fragment"),
]


@pytest.mark.parametrize(("url", "message"), BAD_URLS)
def test_bad_urls(url: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        parse_url(url)
    assert "SECRETPW" not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_url_must_be_a_string() -> None:
    with pytest.raises(ConfigurationError, match="url must be a str, not NoneType"):
        parse_url(None)


BAD_TOKENS = [
    ("", "token is empty"),
    ("SECRET TOKEN", "whitespace"),
    ("SECRETTOKEN\n", "whitespace, a newline"),
    ("SECRET\tTOKEN", "whitespace"),
    ("SECRET\x00TOKEN", "control character"),
    ("SECRÉTTOKEN", "non-ASCII"),
]


@pytest.mark.parametrize(("token", "message"), BAD_TOKENS)
def test_bad_tokens(token: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        check_token(token)
    assert "SECRET" not in str(info.value)


def test_token_type() -> None:
    with pytest.raises(ConfigurationError, match="token must be a str, not bytes"):
        check_token(b"abc")
    assert check_token("AX_y-z=") == b"AX_y-z="


ENVIRONMENTS = [
    # environment -> (url, token) or the error message
    (
        {"UPSTASH_REDIS_REST_URL": "https://a", "UPSTASH_REDIS_REST_TOKEN": "ta"},
        ("https://a", "ta"),
    ),
    ({"KV_REST_API_URL": "https://k", "KV_REST_API_TOKEN": "tk"}, ("https://k", "tk")),
    (
        {
            "UPSTASH_REDIS_REST_URL": "https://a",
            "UPSTASH_REDIS_REST_TOKEN": "ta",
            "KV_REST_API_URL": "https://k",
            "KV_REST_API_TOKEN": "tk",
        },
        ("https://a", "ta"),
    ),
    (
        {"UPSTASH_REDIS_REST_URL": "", "KV_REST_API_URL": "https://k", "KV_REST_API_TOKEN": "tk"},
        ("https://k", "tk"),
    ),
    (
        {},
        "UPSTASH_REDIS_REST_URL (or KV_REST_API_URL) and UPSTASH_REDIS_REST_TOKEN "
        "(or KV_REST_API_TOKEN) are not set in the environment",
    ),
    (
        {"UPSTASH_REDIS_REST_URL": "https://a"},
        "UPSTASH_REDIS_REST_TOKEN (or KV_REST_API_TOKEN) is not set in the environment",
    ),
    (
        {"KV_REST_API_TOKEN": "SECRETTOKEN"},
        "UPSTASH_REDIS_REST_URL (or KV_REST_API_URL) is not set in the environment",
    ),
]


@pytest.mark.parametrize(("environ", "expected"), ENVIRONMENTS)
def test_credentials_from_env(environ: dict[str, str], expected: object) -> None:
    if isinstance(expected, tuple):
        assert credentials_from_env(environ) == expected
    else:
        with pytest.raises(ConfigurationError) as info:
            credentials_from_env(environ)
        assert str(info.value) == expected


def test_from_env_builds_a_client(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KV_REST_API_URL", "http://127.0.0.1:1")
    monkeypatch.setenv("KV_REST_API_TOKEN", "tok")
    client = SyncClient[bytes]._from_env(False, {"retries": 0})
    assert client._codec.binary and client._retries == 0
    assert repr(client) == "<SyncClient[bytes] http://127.0.0.1:1>"
    client.close()
    monkeypatch.delenv("KV_REST_API_TOKEN")
    with pytest.raises(ConfigurationError, match="TOKEN"):
        AsyncClient[str]._from_env(True, {})


def test_timeouts() -> None:
    client = SyncClient("http://127.0.0.1:1", "t")
    assert client._timeout == {
        "connect": DEFAULT_CONNECT_TIMEOUT,
        "read": DEFAULT_TIMEOUT,
        "write": DEFAULT_TIMEOUT,
        "pool": DEFAULT_TIMEOUT,
    }
    assert check_timeout(3) == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    assert check_timeout(httpx.Timeout(2.0, connect=1.0)) == {
        "connect": 1.0,
        "read": 2.0,
        "write": 2.0,
        "pool": 2.0,
    }
    assert (DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT) == (5.0, 5.0)  # per attempt
    assert client._deadline == DEFAULT_DEADLINE == 10.0  # in all: a retry fits in it
    copy = client.with_options(timeout=0.5, retries=1, deadline=4)
    assert copy._timeout["read"] == 0.5 and copy._retries == 1 and copy._deadline == 4.0
    assert copy._state is client._state  # shares the pool and the sync token
    assert client._timeout["read"] == DEFAULT_TIMEOUT and client._retries == 3
    assert copy.with_options()._deadline == 4.0
    assert copy.with_options(deadline=None)._deadline is None


BAD_OPTIONS = [
    ({"timeout": 0}, "timeout: the connect timeout must be a positive number"),
    ({"timeout": -1.0}, "positive"),
    ({"timeout": float("inf")}, "positive"),
    ({"timeout": "5"}, "must be a number of seconds or an httpx.Timeout, not str"),
    ({"timeout": httpx.Timeout(None)}, "the connect timeout is None"),
    ({"timeout": httpx.Timeout(5.0, read=None)}, "the read timeout is None"),
    ({"timeout": True}, "not bool"),
    ({"retries": -1}, "retries must be an int >= 0"),
    ({"retries": 1.5}, "retries must be an int >= 0"),
    ({"max_connections": 0}, "max_connections must be an int >= 1"),
    ({"deadline": 0}, "deadline must be a positive number"),
    ({"http2": True}, "http2=True needs the h2 package"),
]


@pytest.mark.parametrize(("options", "message"), BAD_OPTIONS)
def test_bad_options(options: dict[str, object], message: str) -> None:
    if "h2" in message and _has_h2():
        pytest.skip("h2 is installed")
    with pytest.raises(ConfigurationError, match=message):
        SyncClient("http://127.0.0.1:1", "t", **options)  # type: ignore[arg-type]


def _has_h2() -> bool:
    import importlib.util

    return importlib.util.find_spec("h2") is not None


def test_none_timeout_is_the_default_not_unlimited() -> None:
    client = SyncClient("http://127.0.0.1:1", "t", timeout=None)
    assert all(value > 0 for value in client._timeout.values())


PLATFORMS = [
    ({}, "unknown"),
    ({"VERCEL": "1"}, "vercel"),
    ({"AWS_LAMBDA_FUNCTION_NAME": "f"}, "aws"),
    ({"AWS_EXECUTION_ENV": "AWS_Lambda_python3.12"}, "aws"),
    ({"NETLIFY": "true"}, "netlify"),
    ({"K_SERVICE": "svc"}, "gcp"),
    ({"FUNCTIONS_WORKER_RUNTIME": "python"}, "azure"),
    ({"FLY_APP_NAME": "a"}, "fly"),
    ({"RENDER": "true"}, "render"),
    ({"VERCEL": "1", "AWS_LAMBDA_FUNCTION_NAME": "f"}, "vercel"),
]


@pytest.mark.parametrize(("environ", "name"), PLATFORMS)
def test_platform(environ: dict[str, str], name: str) -> None:
    assert platform(environ) == name


def test_telemetry_headers() -> None:
    from redisrest import __version__

    headers = dict(telemetry_headers(True, {"VERCEL": "1"}))
    runtime = f"python@v{sys.version_info.major}.{sys.version_info.minor}"
    assert headers == {
        b"Upstash-Telemetry-Sdk": f"redisrest@v{__version__}".encode(),
        b"Upstash-Telemetry-Runtime": runtime.encode(),
        b"Upstash-Telemetry-Platform": b"vercel",
    }
    assert telemetry_headers(False, {}) == []
    assert telemetry_headers(True, {"UPSTASH_DISABLE_TELEMETRY": "1"}) == []


def test_version_matches_the_distribution() -> None:
    import importlib.metadata

    from redisrest import __version__

    assert __version__ == importlib.metadata.version("redisrest")
