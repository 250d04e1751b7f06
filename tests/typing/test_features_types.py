"""Static typing of the features: pipelines, auto-pipelining, scripts, scan iterators, pub/sub.

Not run by pytest: `make typecheck` runs `mypy tests/typing` (strict) and `pyright tests/typing`
(strict). Each `assert_type` pins a type; each negative case carries the ignore comment of the
error it must raise, and both checkers report unused ignores, so a missing error fails.
"""
# pyright: strict, reportUnnecessaryTypeIgnoreComment=true

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Literal

from typing_extensions import assert_type

from redisrest import (
    AsyncPipeline,
    AsyncRedis,
    AsyncScript,
    AsyncSubscription,
    CommandError,
    JSONValue,
    Message,
    Pipeline,
    Redis,
    Script,
    Subscription,
)


def chained_pipelines(r: Redis[str], rb: Redis[bytes], flag: bool) -> None:
    assert_type(r.pipeline().set("a", "1").incr("n").get("a").exec(), tuple[bool, int, str | None])
    assert_type(r.pipeline().set("a", "1").incr("n").exec(raise_on_error=True), tuple[bool, int])
    assert_type(r.multi().incr("n").incr("n").exec(), tuple[int, int])
    assert_type(rb.pipeline().get("a").exec(), tuple[bytes | None])


def pipelines_keeping_errors(r: Redis[str]) -> None:
    # Item by item `T | CommandError`, for chains of 1 to 10 commands.
    assert_type(r.pipeline().get("a").exec(raise_on_error=False), tuple[str | CommandError | None])
    assert_type(
        r.pipeline().set("a", "1").incr("n").get("a").exec(raise_on_error=False),
        tuple[bool | CommandError, int | CommandError, str | CommandError | None],
    )
    assert_type(
        r.multi().incr("n").hgetall("h").exec(raise_on_error=False),
        tuple[int | CommandError, dict[str, str] | CommandError],
    )
    ten = r.pipeline().incr("1").incr("2").incr("3").incr("4").incr("5")
    ten2 = ten.incr("6").incr("7").incr("8").incr("9").get("10")
    assert_type(
        ten2.exec(raise_on_error=False),
        tuple[
            int | CommandError,
            int | CommandError,
            int | CommandError,
            int | CommandError,
            int | CommandError,
            int | CommandError,
            int | CommandError,
            int | CommandError,
            int | CommandError,
            str | CommandError | None,
        ],
    )
    # Longer chains: every item is an `object` to narrow.
    assert_type(ten2.incr("11").exec(raise_on_error=False), tuple[object, ...])
    n, _ = r.pipeline().incr("n").get("a").exec(raise_on_error=False)
    if not isinstance(n, CommandError):
        assert_type(n, int)
    bad: int = r.pipeline().incr("n").exec(raise_on_error=False)[0]  # type: ignore[assignment]
    del bad


def pipelines_with_any_command(r: Redis[str], rb: Redis[bytes]) -> None:
    # `execute(*args)` queues any command; its result is the JSON value of the client's mode.
    assert_type(r.pipeline().execute("GET", "k"), Pipeline[str, JSONValue[str]])
    assert_type(
        r.pipeline().incr("n").execute("OBJECT", "FREQ", "k").get("a").exec(),
        tuple[int, JSONValue[str], str | None],
    )
    assert_type(rb.multi().execute("GET", b"k", 1, 2.5).exec(), tuple[JSONValue[bytes]])
    assert_type(
        r.multi().execute("INCR", "n").exec(raise_on_error=False),
        tuple[JSONValue[str] | CommandError],
    )
    r.pipeline().execute("SET", "k", None)  # type: ignore[arg-type]


def pipelines_with_a_runtime_flag(r: Redis[str], flag: bool) -> None:
    assert_type(r.pipeline().incr("n").get("a").exec(flag), tuple[object, ...])


def statement_at_a_time(r: Redis[str]) -> None:
    # Each statement's typed return value is dropped: nothing is known about what was queued.
    p = r.pipeline()
    p.set("a", "1")
    p.get("a")
    assert_type(p.exec(), tuple[object, ...])
    q = r.multi()
    q.incr("n")
    assert_type(q.exec(raise_on_error=False), tuple[object, ...])


async def async_pipelines(ar: AsyncRedis[str]) -> None:
    assert_type(await ar.pipeline().get("a").incr("n").exec(), tuple[str | None, int])
    assert_type(
        await ar.pipeline().get("a").incr("n").exec(raise_on_error=False),
        tuple[str | CommandError | None, int | CommandError],
    )
    assert_type(await ar.multi().incr("n").exec(), tuple[int])
    assert_type(
        await ar.pipeline().execute("GET", "k").incr("n").exec(), tuple[JSONValue[str], int]
    )
    assert_type(ar.multi().execute("GET", "k"), AsyncPipeline[str, JSONValue[str]])
    p = ar.pipeline()
    p.incr("n")
    assert_type(await p.exec(), tuple[object, ...])


def auto_pipelining() -> None:
    AsyncRedis[str]("http://127.0.0.1:8079", "t", auto_pipeline=False)
    AsyncRedis[str]("http://127.0.0.1:8079", "t", auto_pipeline="no")  # type: ignore[call-overload]


def scan_iterators(r: Redis[str], rb: Redis[bytes]) -> None:
    assert_type(r.scan_iter(), Iterator[str])
    assert_type(r.scan_iter(match="user:*", count=100, type="string"), Iterator[str])
    assert_type(rb.scan_iter(match=b"user:*"), Iterator[bytes])
    assert_type(r.sscan_iter("s", match="a*"), Iterator[str])
    assert_type(r.hscan_iter("h", count=10), Iterator[tuple[str, str]])
    assert_type(rb.hscan_iter("h"), Iterator[tuple[bytes, bytes]])
    assert_type(r.zscan_iter("z"), Iterator[tuple[str, float]])
    for key in r.scan_iter(match="user:*"):
        assert_type(key, str)
    for member, score in r.zscan_iter("z"):
        assert_type(member, str)
        assert_type(score, float)
    r.scan_iter("user:*")  # type: ignore[call-arg]
    r.hscan_iter("h", type="hash")  # type: ignore[call-arg]


async def async_scan_iterators(ar: AsyncRedis[str], arb: AsyncRedis[bytes]) -> None:
    assert_type(ar.scan_iter(match="k*"), AsyncIterator[str])
    assert_type(arb.sscan_iter("s"), AsyncIterator[bytes])
    assert_type(ar.hscan_iter("h"), AsyncIterator[tuple[str, str]])
    assert_type(ar.zscan_iter("z"), AsyncIterator[tuple[str, float]])
    async for field, value in ar.hscan_iter("h"):
        assert_type(field, str)
        assert_type(value, str)


def scripts(r: Redis[str], rb: Redis[bytes]) -> None:
    add = r.script("return redis.call('INCRBY', KEYS[1], ARGV[1])")
    assert_type(add, Script[str])
    assert_type(add.sha, str)
    assert_type(add(keys=["n"], args=[5]), JSONValue[str])
    assert_type(add(), JSONValue[str])
    assert_type(add(keys=["n"], args=[5], type=int), int)
    assert_type(add(keys=["a", "b"], args=[1, 2.5, b"x"], type=list[int]), list[int])
    assert_type(add(type=dict[str, float]), dict[str, float])
    assert_type(add.load(), str)
    assert_type(r.script("return 1", readonly=True), Script[str])
    assert_type(rb.script(b"return ARGV[1]")(args=[b"\x00"]), JSONValue[bytes])
    add(["n"], [None])  # type: ignore[list-item]


async def async_scripts(ar: AsyncRedis[str]) -> None:
    echo = ar.script("return ARGV[1]", readonly=True)
    assert_type(echo, AsyncScript[str])
    assert_type(await echo(args=["x"]), JSONValue[str])
    assert_type(await echo(args=["1", "2"], type=tuple[int, int]), tuple[int, int])
    assert_type(await echo.load(), str)


def pubsub(r: Redis[str], rb: Redis[bytes]) -> None:
    assert_type(r.publish("chat", "hello"), int)
    assert_type(r.subscribe("chat", "news"), Subscription[str])
    assert_type(r.psubscribe("news.*", reconnect=True, idle_timeout=30), Subscription[str])
    with r.subscribe("chat", "news") as sub:
        assert_type(sub, Subscription[str])
        for msg in sub:
            assert_type(msg, Message[str])
            assert_type(msg.kind, Literal["message", "pmessage"])
            assert_type(msg.channel, str)
            assert_type(msg.pattern, str | None)
            assert_type(msg.data, str)
    with rb.psubscribe(b"news.*") as bsub:
        assert_type(next(bsub).data, bytes)
    r.subscribe("chat", reconnect="yes")  # type: ignore[arg-type]


async def async_pubsub(ar: AsyncRedis[str], arb: AsyncRedis[bytes]) -> None:
    assert_type(await ar.publish("chat", "hello"), int)
    async with ar.subscribe("chat") as sub:
        assert_type(sub, AsyncSubscription[str])
        async for msg in sub:
            assert_type(msg, Message[str])
            assert_type(msg.data, str)
    async with arb.psubscribe("p*") as bsub:
        assert_type(bsub, AsyncSubscription[bytes])
        async for bmsg in bsub:
            assert_type(bmsg.data, bytes)
