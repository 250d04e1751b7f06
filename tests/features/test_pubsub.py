"""Pub/sub over server-sent events: subscribers receive what another client publishes."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import redis
from _gateway import Gateway

import redisrest
from redisrest import AsyncRedis, Message, Redis

DEADLINE = 10.0  # seconds a test waits for the server to reach a state (never asserted on)


@pytest.fixture(scope="module")
def private(gateway_factory: Callable[..., Gateway]) -> Iterator[Gateway]:
    """A gateway of its own: these tests kill every subscriber connection of its redis."""
    with gateway_factory() as gw:
        yield gw


def subscribers(gw: Gateway, channel: str) -> int:
    with redis.Redis.from_url(gw.redis_url) as direct:
        return int(direct.pubsub_numsub(channel)[0][1])


def wait_for(predicate: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + DEADLINE
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def kill_subscribers(gw: Gateway) -> None:
    with redis.Redis.from_url(gw.redis_url) as direct:
        assert direct.client_kill_filter(_type="pubsub") >= 1


def test_subscriber_receives_messages_from_another_client(
    gateway: Gateway, r: Redis[str], key: str
) -> None:
    chat, news = f"{key}:chat", f"{key}:news"
    with Redis(gateway.url, gateway.token) as publisher, r.subscribe(chat, news) as sub:
        assert publisher.publish(chat, "hello") == 1  # subscribed once `with` is entered
        assert publisher.publish(news, "a,b\nc ☃") == 1
        assert publisher.publish(f"{key}:other", "unheard") == 0
        assert publisher.publish(chat, "") == 1
        received = [next(sub) for _ in range(3)]
    assert received == [
        Message("message", chat, None, "hello"),
        Message("message", news, None, "a,b\nc ☃"),
        Message("message", chat, None, ""),
    ]
    assert wait_for(lambda: subscribers(gateway, chat) == 0)  # closing closed the stream


def test_for_loop_ends_when_closed(r: Redis[str], key: str) -> None:
    sub = r.subscribe(key)
    with sub:
        r.publish(key, "one")
        r.publish(key, "two")
        seen = []
        for message in sub:
            seen.append(message.data)
            if len(seen) == 2:
                sub.close()
    assert seen == ["one", "two"]
    with pytest.raises(RuntimeError, match="closed"):
        sub.open()


def test_close_from_another_thread_ends_iteration(r: Redis[str], key: str) -> None:
    sub = r.subscribe(key)
    sub.open()
    seen: list[str] = []

    def reader() -> None:
        seen.extend(message.data for message in sub)  # blocks until a message or the end
        seen.append("ended")

    thread = threading.Thread(target=reader)
    thread.start()
    r.publish(key, "one")
    assert wait_for(lambda: seen == ["one"])
    sub.close()
    thread.join(DEADLINE)
    assert seen == ["one", "ended"]


def test_psubscribe_with_commas_in_pattern_and_channel(r: Redis[str], key: str) -> None:
    pattern = f"{key},p:*"
    with r.psubscribe(pattern, f"{key}:q*") as sub:
        assert r.publish(f"{key},p:a,b", "x,y") == 1
        assert r.publish(f"{key}:q1", "z") == 1
        first, second = next(sub), next(sub)
    assert first == Message("pmessage", f"{key},p:a,b", pattern, "x,y")
    assert (second.kind, second.channel, second.pattern) == ("pmessage", f"{key}:q1", f"{key}:q*")


def test_binary_payloads(rb: Redis[bytes], key: str) -> None:
    with rb.subscribe(key.encode()) as sub:
        rb.publish(key, b"\x00\xff")
        assert next(sub).data == b"\x00\xff"


def test_a_text_client_refuses_payloads_that_are_not_utf8(r: Redis[str], key: str) -> None:
    with r.subscribe(key) as sub:
        r.publish(key, b"\xff")
        r.publish(key, "fine")
        with pytest.raises(redisrest.ResponseError, match="use decode_responses=False"):
            next(sub)
        assert next(sub).data == "fine"  # the subscription goes on


def test_wrong_token(gateway: Gateway, key: str) -> None:
    with Redis(gateway.url, "wrong-token") as bad:
        sub = bad.subscribe(key)
        with pytest.raises(redisrest.AuthenticationError) as info:
            sub.open()
    assert "wrong-token" not in str(info.value) and key not in repr(sub)


def test_dropped_stream_raises(private: Gateway, key: str) -> None:
    with Redis(private.url, private.token) as r, r.subscribe(key) as sub:
        kill_subscribers(private)
        with pytest.raises(redisrest.ConnectionError, match="pass reconnect=True"):
            next(sub)
        assert list(sub) == []  # the subscription is over


def test_silent_stream_raises_after_idle_timeout(private: Gateway, key: str) -> None:
    with (
        Redis(private.url, private.token) as r,
        r.subscribe(key, idle_timeout=0.2) as sub,
        pytest.raises(redisrest.TimeoutError, match=r"no event for 0.2s"),
    ):
        next(sub)


def test_reconnects_when_asked(private: Gateway, key: str) -> None:
    with Redis(private.url, private.token) as r, r.subscribe(key, reconnect=True) as sub:
        r.publish(key, "before")
        assert next(sub).data == "before"
        kill_subscribers(private)
        received: list[Message[str]] = []
        reader = threading.Thread(target=lambda: received.append(next(sub)))
        reader.start()

        def publish_until_received() -> bool:
            # Published again until the new stream is subscribed (one sent between is lost).
            if not received:
                r.publish(key, "after")
            return bool(received)

        assert wait_for(publish_until_received)
        reader.join()
    assert received[0].data == "after"


async def test_async_subscriber(gateway: Gateway, ar: AsyncRedis[str], key: str) -> None:
    async with (
        AsyncRedis(gateway.url, gateway.token) as publisher,
        ar.subscribe(f"{key}:a") as sub,
        ar.psubscribe(f"{key}:p*") as psub,
    ):
        await publisher.publish(f"{key}:a", "one")
        await publisher.publish(f"{key}:p1", "two")
        async for message in sub:
            assert message == Message("message", f"{key}:a", None, "one")
            break
        message = await psub.__anext__()
        assert (message.pattern, message.data) == (f"{key}:p*", "two")
    assert await asyncio.to_thread(wait_for, lambda: subscribers(gateway, f"{key}:a") == 0)


async def test_aclose_from_another_task_ends_its_loop(ar: AsyncRedis[str], key: str) -> None:
    sub = ar.subscribe(key)
    await sub.open()
    seen: list[str] = []

    async def reader() -> None:
        async for message in sub:
            seen.append(message.data)
        seen.append("ended")

    task = asyncio.ensure_future(reader())
    await ar.publish(key, "one")
    while not seen:
        await asyncio.sleep(0.01)
    await sub.aclose()
    await asyncio.wait_for(task, DEADLINE)
    assert seen == ["one", "ended"]


async def test_async_reconnect(private: Gateway, key: str) -> None:
    async with AsyncRedis(private.url, private.token, decode_responses=False) as arb:
        async with arb.subscribe(key, reconnect=True) as sub:
            await arb.publish(key, b"\x01")
            assert (await sub.__anext__()).data == b"\x01"
            await asyncio.to_thread(kill_subscribers, private)
            reader = asyncio.ensure_future(sub.__anext__())
            deadline = time.monotonic() + DEADLINE
            while not reader.done() and time.monotonic() < deadline:
                await arb.publish(key, b"\x02")
                await asyncio.sleep(0.02)
            assert (await reader).data == b"\x02"
        with pytest.raises(redisrest.ConnectionError):
            async with arb.subscribe(key) as dropped:
                await asyncio.to_thread(kill_subscribers, private)
                await dropped.__anext__()


def _refused_url() -> str:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_a_refused_subscription_says_so_and_chains_the_cause() -> None:
    with Redis(_refused_url(), "t") as r, pytest.raises(redisrest.ConnectionError) as info:
        r.subscribe("chat").open()
    assert str(info.value) == "SUBSCRIBE (1 channel): could not connect: connection refused"
    assert info.value.__cause__ is not None  # httpx's ConnectError, from the OS's refusal


async def test_a_refused_async_subscription_says_so_and_chains_the_cause() -> None:
    async with AsyncRedis(_refused_url(), "t") as ar:
        with pytest.raises(redisrest.ConnectionError) as info:
            await ar.subscribe("chat").open()
    assert str(info.value) == "SUBSCRIBE (1 channel): could not connect: connection refused"
    assert info.value.__cause__ is not None
