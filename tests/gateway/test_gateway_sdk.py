"""The official Python SDK (`upstash-redis`) against the gateway, as it would use Upstash."""

from __future__ import annotations

from collections.abc import Callable

from upstash_redis import Redis

from redisrest.gateway import GatewayProcess


def test_upstash_redis_sdk(gateway: GatewayProcess, key: Callable[[str], str]) -> None:
    # base64 responses, telemetry and read-your-writes headers are all on by default
    r = Redis(url=gateway.url, token=gateway.token, rest_retries=0)
    assert r.set(key("a"), "OK") is True
    assert r.get(key("a")) == "OK"
    assert r.mget(key("a"), key("missing")) == ["OK", None]
    assert r.incr(key("n")) == 1
    assert r.hset(key("h"), values={"f": "v", "g": "w"}) == 2
    assert r.hgetall(key("h")) == {"f": "v", "g": "w"}
    pipeline = r.pipeline()
    pipeline.set(key("b"), "x")
    pipeline.incr(key("n"))
    pipeline.get(key("b"))
    assert pipeline.exec() == [True, 2, "x"]  # pyright: ignore[reportUnknownMemberType]
    tx = r.multi()
    tx.incr(key("n"))
    tx.incr(key("n"))
    assert tx.exec() == [3, 4]  # pyright: ignore[reportUnknownMemberType]
