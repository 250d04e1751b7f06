"""The runtime against the real gateway (and its private redis-server).

A TCP proxy between the client and the gateway lets a test drop a connection after the gateway
has applied a write but before the reply reaches the client, delay a reply, or read the
headers that actually travel.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from _gateway import Gateway
from _runtime_fake import APipe, Pipe, Proxy, get, incr

import redisrest
from redisrest._client import AsyncClient, SyncClient
from redisrest._encoding import any_command

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def key() -> str:
    return f"runtime:{secrets.token_hex(6)}"


@pytest.fixture
def client(gateway: Gateway) -> Iterator[SyncClient[str]]:
    with SyncClient(gateway.url, gateway.token) as r:
        yield r


@pytest.fixture
def raw_redis(gateway: Gateway) -> Iterator[redis.Redis]:
    direct = redis.Redis.from_url(gateway.redis_url)
    yield direct
    direct.close()


def test_round_trip(client: SyncClient[str], key: str) -> None:
    assert client.execute("SET", key, "héllo ☃") == "OK"
    assert client.execute("GET", key) == "héllo ☃"
    assert client._execute(get(client._codec, key)) == "héllo ☃"
    assert client.execute("DEL", key, key + "x") == 1
    assert client.execute("INCRBY", key, 2**62) == 2**62
    assert client.execute("RPUSH", key + "l", "OK", "b") == 2
    assert client.execute("LRANGE", key + "l", 0, -1) == ["OK", "b"]  # an "OK" value, decoded
    assert client.execute("ZADD", key + "z", 1.5, "m") == 1
    assert client.execute("ZSCORE", key + "z", "m") == "1.5"
    with pytest.raises(redisrest.CommandError) as info:
        client.execute("LPUSH", key, "x")
    assert (info.value.command, info.value.prefix) == ("LPUSH", "WRONGTYPE")
    assert isinstance(info.value, redisrest.WrongTypeError)


def test_pipeline_and_transaction(client: SyncClient[str], key: str) -> None:
    assert Pipe(client, transaction=False).set(key, "1").incr(key).get(key).exec() == (True, 2, "2")
    assert Pipe(client, transaction=True).incr(key).incr(key).exec() == (3, 4)
    client.execute("SET", key + "s", "text")
    with pytest.raises(redisrest.CommandError) as info:
        Pipe(client, transaction=False).incr(key).incr(key + "s").get(key).exec()
    assert (info.value.position, info.value.command) == (1, "INCR")
    assert client.execute("GET", key) == "5"  # the other commands ran


def test_binary_round_trip_through_the_path_form(
    gateway: Gateway, raw_redis: redis.Redis, key: str
) -> None:
    rb = SyncClient(gateway.url, gateway.token, decode_responses=False)
    every_byte = bytes(range(256))
    cases = [
        (key.encode() + b":\xff\xfe", every_byte),
        (key.encode() + b"/./../%2F?#", b"\x00\x80 /?"),
        (key.encode() + b"\xc3\x28", b""),  # an empty value stays in the path
        (b"..", b"\xff"),
        (key.encode() + b":ok", b"\xff" * 100_000),
    ]
    for k, v in cases:
        assert rb.execute("SET", k, v) == b"OK"
        assert rb.execute("GET", k) == v
        assert raw_redis.get(k) == v  # byte for byte in redis itself
        assert rb.execute("STRLEN", k) == len(v)
    assert rb.execute("HSET", key.encode() + b"h\xff", b"f\xfe", b"v\xfd") == 1
    assert raw_redis.hget(key.encode() + b"h\xff", b"f\xfe") == b"v\xfd"
    assert rb.execute("HGET", key.encode() + b"h\xff", b"f\xfe") == b"v\xfd"
    raw_redis.delete(b"..")
    text = SyncClient(gateway.url, gateway.token)
    with pytest.raises(redisrest.ResponseError, match="not valid UTF-8"):
        text.execute("GET", cases[0][0])


def test_interrupted_write_is_not_applied_twice(
    gateway: Gateway, raw_redis: redis.Redis, key: str
) -> None:
    # The proxy forwards every request, waits for the gateway's reply (the write is applied),
    # then drops the connection instead of relaying the reply.
    with Proxy(gateway.url, plan=lambda index: "drop") as proxy:
        client = SyncClient(proxy.url, gateway.token, retries=3)
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        with pytest.raises(redisrest.ConnectionError) as info:
            client._execute(incr(client._codec, key))
        assert info.value.maybe_applied
        assert "may or may not have been applied" in str(info.value)
        assert len(proxy.requests) == 1  # one attempt
        assert raw_redis.get(key) == b"1"  # applied once, not twice

        with pytest.raises(redisrest.ConnectionError) as info:
            client._execute(get(client._codec, key))  # a read is retried
        assert not info.value.maybe_applied
        assert len(proxy.requests) == 1 + 4


async def test_interrupted_write_is_not_applied_twice_async(
    gateway: Gateway, raw_redis: redis.Redis, key: str
) -> None:
    with Proxy(gateway.url, plan=lambda index: "drop") as proxy:
        client = AsyncClient(proxy.url, gateway.token)
        with pytest.raises(redisrest.ConnectionError) as info:
            await client.execute("INCR", key)  # the escape hatch: never retried
        assert info.value.maybe_applied
        assert len(proxy.requests) == 1
        assert raw_redis.get(key) == b"1"
        await client.aclose()


def _tokens_chain(proxy: Proxy) -> None:
    """Each request carries the token of the reply before it (the latest seen)."""
    sent = [request.get("upstash-sync-token") for request in proxy.requests]
    received = [response["upstash-sync-token"] for response in proxy.responses]
    assert sent[0] is None
    assert sent[1:] == received[:-1]
    assert len(set(received)) == len(received)


def test_sync_token_sent_is_always_the_latest(gateway: Gateway, key: str) -> None:
    with Proxy(gateway.url) as proxy:
        client = SyncClient(proxy.url, gateway.token)
        for i in range(5):
            client.execute("SET", key, i)
            client.with_options(timeout=5).execute("GET", key)  # copies share the token
        Pipe(client, transaction=False).incr(key).get(key).exec()
        _tokens_chain(proxy)
        assert len(proxy.requests) == 11


async def test_sync_token_sent_is_always_the_latest_async(gateway: Gateway, key: str) -> None:
    with Proxy(gateway.url) as proxy:
        client = AsyncClient(proxy.url, gateway.token)
        for i in range(5):
            await client.execute("SET", key, i)
            await client._execute(get(client._codec, key))
        await APipe(client, transaction=True).incr(key).get(key).exec()
        _tokens_chain(proxy)
        await client.aclose()


def test_from_env(gateway: Gateway, monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    monkeypatch.setenv("UPSTASH_REDIS_REST_URL", gateway.url)
    monkeypatch.setenv("UPSTASH_REDIS_REST_TOKEN", gateway.token)
    monkeypatch.setenv("KV_REST_API_URL", "http://127.0.0.1:1")
    monkeypatch.setenv("KV_REST_API_TOKEN", "wrong")
    with SyncClient[str]._from_env(True, {}) as r:
        assert r.execute("SET", key, "v") == "OK"
    monkeypatch.delenv("UPSTASH_REDIS_REST_URL")
    monkeypatch.delenv("UPSTASH_REDIS_REST_TOKEN")
    monkeypatch.setenv("KV_REST_API_URL", gateway.url)
    monkeypatch.setenv("KV_REST_API_TOKEN", gateway.token)
    with SyncClient[bytes]._from_env(False, {"timeout": 5}) as rb:
        assert rb.execute("GET", key) == b"v"


def test_wrong_token(gateway: Gateway) -> None:
    client = SyncClient(gateway.url, "not-the-token")
    with pytest.raises(redisrest.AuthenticationError) as info:
        client.execute("PING")
    assert info.value.status_code == 401
    assert "not-the-token" not in str(info.value) + repr(info.value)


def test_read_only_token(gateway: Gateway, key: str) -> None:
    client = SyncClient(gateway.url, gateway.readonly_token)
    assert client.execute("GET", key) is None
    with pytest.raises(redisrest.NoPermissionError):
        client.execute("SET", key, "v")


async def test_async_round_trip_and_concurrency(gateway: Gateway, key: str) -> None:
    async with AsyncClient(gateway.url, gateway.token, max_connections=8) as ar:
        await ar.execute("MSET", *[x for i in range(300) for x in (f"{key}:{i}", f"v{i}")])
        values = await asyncio.gather(
            *[ar._execute(get(ar._codec, f"{key}:{i}")) for i in range(300)]
        )
        assert values == [f"v{i}" for i in range(300)]
        transport = ar._state.transport
        assert len(transport._idle) <= 8


async def test_cancelled_request_leaves_no_half_read_connection(gateway: Gateway, key: str) -> None:
    delays = {0: 0.6}
    with Proxy(gateway.url, plan=lambda index: delays.get(index, "relay")) as proxy:
        client = AsyncClient(proxy.url, gateway.token, max_connections=1)
        await client.execute("SET", key, "first")  # request 0 is slow, but it is this warm-up
        delays[1] = 0.5
        task = asyncio.ensure_future(client._execute(get(client._codec, key)))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await client.execute("SET", key, "second")
        assert await client._execute(get(client._codec, key)) == "second"
        assert await client.execute("ECHO", "own reply") == "own reply"
        await asyncio.sleep(0.6)  # the proxy sees the cancelled connection closed
        assert proxy.closed_by_client >= 1
        await client.aclose()


def test_secrets_stay_out_of_messages_logs_and_reprs(
    gateway: Gateway, key: str, caplog: pytest.LogCaptureFixture
) -> None:
    value = "VALUE-" + secrets.token_hex(8)
    caplog.set_level("DEBUG", logger="redisrest")
    client = SyncClient(gateway.url, gateway.token)
    command = get(client._codec, value)
    texts: list[Any] = [repr(client), repr(command), command.__rich_repr__()]
    client.execute("SET", key, value)
    for call in (
        lambda: client.execute("LPUSH", key, value),  # WRONGTYPE
        lambda: client.execute("NOTACOMMAND", value),  # the server echoes arguments
        lambda: client.execute("XREADGROUP", "GROUP", value, "c", "STREAMS", key, ">"),
        lambda: SyncClient(gateway.url, gateway.token + "x").execute("GET", value),
        lambda: Pipe(client, transaction=False).get(value).incr(key).exec(),
        lambda: Pipe(client, transaction=True).get(value).incr(key).exec(),
        # Queue-time errors abort the transaction (EXECABORT); Redis echoes the subcommand.
        lambda: (
            Pipe(client, transaction=True)
            ._push(any_command(client._codec, ("XINFO", value)))
            .exec()
        ),
        lambda: (
            Pipe(client, transaction=True)
            .set(key, value)
            ._push(any_command(client._codec, ("LPUSH", key)))
            .exec()
        ),
    ):
        with pytest.raises(redisrest.RedisRestError) as info:
            call()
        texts += [str(info.value), repr(info.value), str(info.value.args)]
    pipe = Pipe(client, transaction=False).get(value)
    texts.append(repr(pipe))
    texts += [record.getMessage() for record in caplog.records]
    assert any("attempt 1" in record.getMessage() for record in caplog.records)
    for text in texts:
        assert value not in str(text)
        assert gateway.token not in str(text)


# -- with_options copies: they borrow the connections, the original owns them -------------------

PARENT_CLOSED = r"^the client this with_options\(\) copy was made from is closed"


def test_a_copy_never_closes_its_parent(gateway: Gateway, key: str) -> None:
    r = redisrest.Redis(gateway.url, gateway.token)
    with r.with_options(timeout=60) as slow:
        assert slow.set(key, "v")
    assert r.get(key) == "v"  # leaving the copy's block left the original open
    copy = r.with_options(retries=0)
    copy.close()
    copy.close()  # twice: still nothing else closed
    assert r.get(key) == "v"
    with pytest.raises(RuntimeError, match=r"^this with_options\(\) copy is closed$"):
        copy.get(key)
    other = r.with_options(timeout=5)
    nested = other.with_options(retries=1)
    assert other.get(key) == nested.get(key) == "v"
    r.close()  # the original owns the connections: closing it ends every copy
    for borrowed in (other, nested):
        with pytest.raises(RuntimeError, match=PARENT_CLOSED):
            borrowed.get(key)
    with pytest.raises(RuntimeError, match=r"^the client is closed$"):
        r.get(key)
    with pytest.raises(RuntimeError, match=r"^the client is closed$"):
        r.with_options(timeout=1)


async def test_a_copy_never_closes_its_parent_async(gateway: Gateway, key: str) -> None:
    ar = redisrest.AsyncRedis(gateway.url, gateway.token)
    async with ar.with_options(timeout=60) as slow:
        assert await slow.set(key, "v")
    assert await ar.get(key) == "v"
    copy = ar.with_options(retries=0)
    await copy.aclose()
    assert await asyncio.gather(ar.get(key), ar.get(key)) == ["v", "v"]  # auto-pipelined
    with pytest.raises(RuntimeError, match=r"^this with_options\(\) copy is closed$"):
        await copy.get(key)
    with pytest.raises(RuntimeError, match=r"^this with_options\(\) copy is closed$"):
        await asyncio.gather(copy.get(key), copy.get(key))  # through its auto-pipeline
    other = ar.with_options(timeout=5)
    await ar.aclose()
    with pytest.raises(RuntimeError, match=PARENT_CLOSED):
        await other.get(key)
    with pytest.raises(RuntimeError, match=r"^the client is closed$"):
        await ar.get(key)
