"""Static typing contract of the generated client (DESIGN.md), checked by mypy and pyright.

Not run by pytest: `make typecheck` runs `mypy tests/typing` (strict) and `pyright tests/typing`
(strict). Each `assert_type` pins a return type; each negative case carries the ignore comment
of the error it must raise, and both checkers report unused ignores, so a missing error fails.
"""
# pyright: strict, reportUnnecessaryTypeIgnoreComment=true

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import httpx
from typing_extensions import assert_type

from redisrest import AsyncPipeline, AsyncRedis, Pipeline, Redis
from redisrest.types import (
    GeoSearchWithDist,
    GeoSearchWithDistCoord,
    HashFieldExpire,
    StreamEntry,
)

URL, TOKEN = "http://127.0.0.1:8079", "dev"


def constructors() -> None:
    # The generated classes declare these overloads themselves (see redisrest._client).
    assert_type(Redis(url=URL, token=TOKEN), Redis[str])
    assert_type(Redis(URL, TOKEN, decode_responses=True, timeout=2.0, retries=1), Redis[str])
    assert_type(Redis(url=URL, token=TOKEN, decode_responses=False), Redis[bytes])
    assert_type(Redis.from_env(), Redis[str])
    assert_type(Redis.from_env(decode_responses=False, deadline=3.0), Redis[bytes])
    assert_type(AsyncRedis(url=URL, token=TOKEN), AsyncRedis[str])
    assert_type(AsyncRedis(url=URL, token=TOKEN, decode_responses=False), AsyncRedis[bytes])
    assert_type(AsyncRedis.from_env(), AsyncRedis[str])
    assert_type(AsyncRedis.from_env(decode_responses=False), AsyncRedis[bytes])
    assert_type(Redis(url=URL, token=TOKEN).get("k"), str | None)
    assert_type(Redis(URL, TOKEN, decode_responses=False).get("k"), bytes | None)
    assert_type(
        Redis.from_env(decode_responses=False).pipeline().get("k").exec(), tuple[bytes | None]
    )


def runtime_mode(flag: bool) -> None:
    # `decode_responses` known only at run time: either client, for both checkers (mypy once
    # found no overload and made it `Any`).
    either = Redis(URL, TOKEN, decode_responses=os.environ.get("B") != "1")
    assert_type(either, Redis[str] | Redis[bytes])
    assert_type(either.get("k"), str | bytes | None)
    assert_type(
        Redis(url=URL, token=TOKEN, decode_responses=flag, retries=1), Redis[str] | Redis[bytes]
    )
    assert_type(Redis.from_env(decode_responses=flag), Redis[str] | Redis[bytes])
    assert_type(AsyncRedis(URL, TOKEN, decode_responses=flag), AsyncRedis[str] | AsyncRedis[bytes])
    assert_type(
        AsyncRedis.from_env(decode_responses=flag, deadline=3.0),
        AsyncRedis[str] | AsyncRedis[bytes],
    )
    Redis(URL, TOKEN, decode_responses=flag, colour="blue")  # type: ignore[call-overload]
    AsyncRedis.from_env(decode_responses=flag, retries="3")  # type: ignore[call-overload]
    text_only: Redis[str] = Redis(URL, TOKEN, decode_responses=flag)  # type: ignore[assignment]
    print(text_only)


def takes_bare(r: Redis) -> None: ...


def bare_annotations(r: Redis, ar: AsyncRedis, p: Pipeline, ap: AsyncPipeline) -> None:
    # A bare class means its default type arguments (PEP 696): `Redis[str]`, the constructor's
    # default, not `Redis[Any]` (with `Any` the assertions and the ignored errors would not hold).
    assert_type(r, Redis[str])
    assert_type(r.get("k"), str | None)
    assert_type(ar, AsyncRedis[str])
    assert_type(p, Pipeline[str])
    assert_type(ap, AsyncPipeline[str])
    assert_type(r.pipeline(), Pipeline)
    assert_type(p.get("k").incr("n").exec(), tuple[str | None, int])
    data: bytes | None = r.get("k")  # type: ignore[assignment]
    r.get("k").upper()  # type: ignore[union-attr]
    takes_bare(Redis(URL, TOKEN))
    takes_bare(Redis(URL, TOKEN, decode_responses=False))  # type: ignore[arg-type]
    print(data)


def constructor_errors() -> None:
    Redis(url=URL)  # type: ignore[call-overload]
    Redis(url=URL, token=TOKEN, timeout="1")  # type: ignore[call-overload]
    Redis(url=URL, token=TOKEN, decode_responses=None)  # type: ignore[call-overload]
    Redis(url=URL, token=TOKEN, http_client=httpx.AsyncClient())  # type: ignore[call-overload]
    AsyncRedis(url=URL, token=TOKEN, http_client=httpx.Client())  # type: ignore[call-overload]
    Redis.from_env(retries="3")  # type: ignore[call-overload]
    Redis(url=URL, token=TOKEN, colour="blue")  # type: ignore[call-overload]


def sync_text(r: Redis[str]) -> None:
    assert_type(r.set("user:1", "ada"), bool)
    assert_type(r.set("user:1", "ada", ex=60, nx=True), bool)
    assert_type(r.set("k", "v", get=True), str | None)
    assert_type(r.get("user:1"), str | None)
    assert_type(r.incr("hits"), int)
    assert_type(r.incrbyfloat("f", 1.5), float)
    assert_type(r.expire("k", 10), bool)
    assert_type(r.mget("a", "b"), list[str | None])
    assert_type(r.hset("h", {"a": "1", "b": "2"}), int)
    assert_type(r.hgetall("h"), dict[str, str])
    assert_type(r.zadd("z", {"a": 1.0, "b": 2.5}), int)
    assert_type(r.zrange("z", 0, -1), list[str])
    assert_type(r.zrange("z", 0, -1, withscores=True), list[tuple[str, float]])
    assert_type(r.zscore("z", "a"), float | None)
    assert_type(r.lpush("l", "a", "b"), int)
    assert_type(r.lrange("l", 0, -1), list[str])
    assert_type(r.lpop("l"), str | None)
    assert_type(r.lpop("l", count=2), list[str] | None)
    assert_type(r.mset({"a": "1", b"b": 2}), bool)


def geo_and_bytes(r: Redis[str]) -> None:
    assert_type(r.geosearch("g", frommember="p", byradius=(5, "KM")), list[str])
    assert_type(
        r.geosearch("g", frommember="p", byradius=(5, "KM"), withdist=True),
        list[GeoSearchWithDist[str]],
    )
    assert_type(
        r.geosearch("g", fromlonlat=(1.0, 2.0), bybox=(1, 2, "M"), withdist=True, withcoord=True),
        list[GeoSearchWithDistCoord[str]],
    )
    assert_type(r.dump("k"), bytes | None)
    r.geosearch("g", frommember="p", byradius=(5, "LIGHTYEARS"))  # type: ignore[arg-type]


def defaults(r: Redis[str]) -> None:
    # spec rule 8: a default before a required argument is keyword-only (XADD's id); one that
    # nothing required follows stays positional (XRANGE's start and end).
    assert_type(r.xrange("s"), list[StreamEntry[str]])
    assert_type(r.xrange("s", "-", "+", count=10), list[StreamEntry[str]])
    assert_type(r.xrevrange("s", "+"), list[StreamEntry[str]])
    assert_type(r.xadd("s", {"f": "v"}, id="1-1"), str)
    r.xadd("s", "1-1", {"f": "v"})  # type: ignore[call-overload]
    r.xrange("s", "-", "+", 10)  # type: ignore[call-arg]


def sync_binary(rb: Redis[bytes]) -> None:
    assert_type(rb.get("k"), bytes | None)
    assert_type(rb.set("k", b"\x00", get=True), bytes | None)
    assert_type(rb.hgetall("h"), dict[bytes, bytes])
    assert_type(rb.zrange("z", 0, -1, withscores=True), list[tuple[bytes, float]])
    assert_type(rb.mget("a"), list[bytes | None])


def dynamic_flags(r: Redis[str], flag: bool, count: int | None) -> None:
    # A flag only known at run time selects the catch-all overload: the union of the variants.
    assert_type(r.zrange("z", 0, -1, withscores=flag), list[str] | list[tuple[str, float]])
    assert_type(r.lpop("l", count=count), str | list[str] | None)


def pipelines(r: Redis[str], rb: Redis[bytes]) -> None:
    assert_type(r.pipeline().set("a", "1").incr("n").get("a").exec(), tuple[bool, int, str | None])
    assert_type(r.multi().incr("n").incr("n").exec(), tuple[int, int])
    assert_type(
        rb.pipeline().get("a").zrange("z", 0, -1, withscores=True).exec(),
        tuple[bytes | None, list[tuple[bytes, float]]],
    )


async def async_client(ar: AsyncRedis[str], arb: AsyncRedis[bytes]) -> None:
    assert_type(await ar.get("k"), str | None)
    assert_type(await arb.get("k"), bytes | None)
    assert_type(await ar.set("k", "v", get=True), str | None)
    assert_type(await ar.zrange("z", 0, -1, withscores=True), list[tuple[str, float]])
    assert_type(await ar.pipeline().get("a").incr("n").exec(), tuple[str | None, int])
    assert_type(await ar.multi().incr("n").exec(), tuple[int])


def expiry_times(r: Redis[str], rb: Redis[bytes], when: datetime) -> None:
    # As in redis-py: a `timedelta` for a duration, a `datetime` for a point in time (or an int
    # in the argument's unit, as before).
    five = timedelta(minutes=5)
    assert_type(r.set("k", "v", ex=five), bool)
    assert_type(r.set("k", "v", px=timedelta(milliseconds=1500), nx=True), bool)
    assert_type(r.set("k", "v", exat=when, get=True), str | None)
    assert_type(r.set("k", "v", pxat=datetime.now(timezone.utc)), bool)
    assert_type(r.set("k", "v", ex=60), bool)
    assert_type(rb.getex("k", ex=five), bytes | None)
    assert_type(r.getex("k", pxat=when), str | None)
    assert_type(r.expire("k", five, nx=True), bool)
    assert_type(r.pexpire("k", five), bool)
    assert_type(r.expireat("k", when), bool)
    assert_type(r.pexpireat("k", when), bool)
    assert_type(r.setex("k", five, "v"), bool)
    assert_type(r.psetex("k", five, "v"), bool)
    assert_type(r.hexpire("h", five, "f"), list[HashFieldExpire])
    assert_type(r.hpexpireat("h", when, "f", "g"), list[HashFieldExpire])
    assert_type(r.hgetex("h", "f", exat=when), list[str | None])
    assert_type(r.hsetex("h", {"f": "v"}, px=five), bool)
    assert_type(r.msetex({"a": "1"}, ex=five), bool)
    assert_type(r.pipeline().set("k", "v", ex=five).expireat("k", when).exec(), tuple[bool, bool])
    r.set("k", "v", ex=when)  # type: ignore[call-overload]
    r.set("k", "v", exat=five)  # type: ignore[call-overload]
    r.expireat("k", five)  # type: ignore[arg-type]
    r.expire("k", when)  # type: ignore[arg-type]
    r.psetex("k", 1.5, "v")  # type: ignore[arg-type]


async def expiry_times_async(ar: AsyncRedis[str], when: datetime) -> None:
    assert_type(await ar.set("k", "v", ex=timedelta(seconds=10)), bool)
    assert_type(await ar.pexpireat("k", when), bool)


def negative(r: Redis[str]) -> None:
    r.get(None)  # type: ignore[arg-type]
    r.incr("k", 1)  # type: ignore[call-arg]
    r.set("k", None)  # type: ignore[call-overload]
    r.set("k", "v", ex="10")  # type: ignore[call-overload]
    r.expire("k", 1.5)  # type: ignore[arg-type]
    r.zadd("z", {"a": "one"})  # type: ignore[dict-item]
    r.zrange("z", 0, -1, withscores=1)  # type: ignore[call-overload]
    r.get("k").upper()  # type: ignore[union-attr]
    r.set("k", "v", nx="yes")  # type: ignore[call-overload]


def negative_modes_and_pipelines(r: Redis[str], rb: Redis[bytes]) -> None:
    text: str | None = rb.get("k")  # type: ignore[assignment]
    data: bytes | None = r.get("k")  # type: ignore[assignment]
    r.pipeline().get("a").exec()[1]  # type: ignore[misc]
    print(text, data)
