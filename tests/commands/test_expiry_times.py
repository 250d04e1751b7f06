"""Expiry arguments take a `timedelta` (a duration) or a `datetime` (a point in time), as in
redis-py, besides an `int` in the argument's unit; what cannot be converted exactly is refused
before anything is sent, naming the command and the parameter, never the value.

The conversions (`redisrest._convert`, emitted by the generator for the spec's `seconds`,
`milliseconds`, `unix-seconds` and `unix-milliseconds` argument kinds) are checked on the
builders' argv, then on the real gateways: Redis 7.0 (strings and keys) and Valkey 9.1 (the hash
field expiries and MSETEX, which Redis 7.0 does not have).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from _gateway import Gateway

import redisrest._generated.commands as cmd
from redisrest import AsyncRedis, Redis
from redisrest._command import BINARY, TEXT

pytestmark = pytest.mark.timeout(60)

UTC = timezone.utc
# 2100-01-01T00:00:00Z and a moment 123.456789 ms after it: far enough away to read back.
AT = datetime(2100, 1, 1, tzinfo=UTC)
AT_S = 4102444800
LATER = AT + timedelta(microseconds=123_456)


def argv(command: object) -> tuple[object, ...]:
    return command.argv  # type: ignore[attr-defined,no-any-return]


# ---------------------------------------------------------------------------------------------
# Conversions, on the builders' argv


def test_durations_convert_exactly() -> None:
    assert argv(cmd.set(TEXT, "k", "v", ex=timedelta(minutes=5)))[-2:] == ("EX", 300)
    assert argv(cmd.set(TEXT, "k", "v", px=timedelta(seconds=1.5)))[-2:] == ("PX", 1500)
    assert argv(cmd.set(BINARY, "k", "v", px=timedelta(days=400)))[-1] == 400 * 86_400_000
    assert argv(cmd.expire(TEXT, "k", timedelta(hours=1))) == ("EXPIRE", "k", 3600)
    assert argv(cmd.pexpire(TEXT, "k", timedelta(seconds=2))) == ("PEXPIRE", "k", 2000)
    assert argv(cmd.setex(TEXT, "k", timedelta(seconds=10), "v")) == ("SETEX", "k", 10, "v")
    assert argv(cmd.psetex(TEXT, "k", timedelta(milliseconds=7), "v")) == ("PSETEX", "k", 7, "v")
    assert argv(cmd.hexpire(TEXT, "h", timedelta(minutes=1), "f"))[:3] == ("HEXPIRE", "h", 60)
    # an int is sent as it is, and a duration of zero or less is the server's to refuse
    assert argv(cmd.set(TEXT, "k", "v", ex=60))[-1] == 60
    assert argv(cmd.set(TEXT, "k", "v", ex=timedelta(seconds=-1)))[-1] == -1


def test_points_in_time_round_down_to_the_unit() -> None:
    assert argv(cmd.set(TEXT, "k", "v", exat=AT))[-2:] == ("EXAT", AT_S)
    assert argv(cmd.set(TEXT, "k", "v", exat=LATER))[-1] == AT_S
    assert argv(cmd.set(TEXT, "k", "v", pxat=LATER))[-2:] == ("PXAT", AT_S * 1000 + 123)
    assert argv(cmd.expireat(TEXT, "k", LATER)) == ("EXPIREAT", "k", AT_S)
    assert argv(cmd.pexpireat(TEXT, "k", LATER)) == ("PEXPIREAT", "k", AT_S * 1000 + 123)
    assert argv(cmd.hpexpireat(TEXT, "h", LATER, "f"))[2] == AT_S * 1000 + 123
    other = timezone(timedelta(hours=-5, minutes=-30))
    assert argv(cmd.getex(TEXT, "k", exat=AT.astimezone(other)))[-1] == AT_S
    before_1970 = datetime(1969, 12, 31, 23, 59, 59, 500_000, tzinfo=UTC)
    assert argv(cmd.pexpireat(TEXT, "k", before_1970))[-1] == -500


def test_a_naive_datetime_is_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "UTC-05:30")  # POSIX: local time is UTC+05:30
    time.tzset()
    try:
        naive = datetime(2100, 1, 1, 5, 30)  # 05:30 local is midnight UTC
        assert argv(cmd.set(TEXT, "k", "v", exat=naive))[-1] == AT_S
        assert argv(cmd.pexpireat(TEXT, "k", naive))[-1] == AT_S * 1000
        assert int(naive.timestamp()) == AT_S  # as datetime.timestamp() reads it
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: cmd.set(TEXT, "k", "v", ex=timedelta(milliseconds=1500)),
            ValueError,
            "SET: ex takes whole seconds, and this timedelta has a fraction of one (for "
            "milliseconds, use the command's milliseconds form: px=, pexpire(), psetex(), "
            "hpexpire())",
        ),
        (
            lambda: cmd.expire(TEXT, "k", timedelta(seconds=0.25)),
            ValueError,
            "EXPIRE: seconds takes whole seconds, and this timedelta has a fraction of one (for "
            "milliseconds, use the command's milliseconds form: px=, pexpire(), psetex(), "
            "hpexpire())",
        ),
        (
            lambda: cmd.psetex(TEXT, "k", timedelta(microseconds=1500), "v"),
            ValueError,
            "PSETEX: milliseconds takes whole milliseconds, and this timedelta has a fraction of "
            "one",
        ),
        (
            lambda: cmd.set(TEXT, "k", "v", ex=AT),
            TypeError,
            "SET: ex takes an int or a timedelta, not a datetime",
        ),
        (
            lambda: cmd.getex(TEXT, "k", pxat=timedelta(seconds=1)),
            TypeError,
            "GETEX: pxat takes an int or a datetime, not a timedelta",
        ),
        (
            lambda: cmd.expire(TEXT, "k", 1.5),
            TypeError,
            "EXPIRE: seconds takes an int or a timedelta, not a float",
        ),
        (
            lambda: cmd.expireat(TEXT, "k", AT.date()),
            TypeError,
            "EXPIREAT: unix_time_seconds takes an int or a datetime, not a date",
        ),
        (
            lambda: cmd.set(TEXT, "k", "v", px="1500"),
            TypeError,
            "SET: px takes an int or a timedelta, not a str",
        ),
    ],
)
def test_what_cannot_convert_exactly_is_refused(call: object, error: type, message: str) -> None:
    """The whole message: the command, the parameter, what it takes; never the value."""
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message


# ---------------------------------------------------------------------------------------------
# On the gateways


@pytest.fixture
def key() -> str:
    return f"expiry:{secrets.token_hex(6)}"


@pytest.fixture(params=["str", "bytes"])
def r(request: pytest.FixtureRequest, gateway: Gateway) -> Iterator[Redis[str] | Redis[bytes]]:
    with Redis(gateway.url, gateway.token, decode_responses=request.param == "str") as client:
        yield client


def test_set_and_getex(r: Redis[str] | Redis[bytes], key: str) -> None:
    assert r.set(key, "v", ex=timedelta(minutes=5)) is True
    assert 299 <= r.ttl(key) <= 300
    assert r.set(key, "v", px=timedelta(seconds=1.5)) is True
    assert 1000 < r.pttl(key) <= 1500
    assert r.set(key, "v", exat=LATER) is True
    assert r.expiretime(key) == AT_S
    assert r.set(key, "v", pxat=LATER) is True
    assert r.pexpiretime(key) == AT_S * 1000 + 123
    assert r.getex(key, ex=timedelta(hours=1)) in ("v", b"v")
    assert 3599 <= r.ttl(key) <= 3600
    assert r.getex(key, exat=AT) in ("v", b"v")
    assert r.expiretime(key) == AT_S


def test_expire_family_and_setex(r: Redis[str] | Redis[bytes], key: str) -> None:
    r.set(key, "v")
    assert r.expire(key, timedelta(minutes=1)) is True
    assert 59 <= r.ttl(key) <= 60
    assert r.pexpire(key, timedelta(seconds=30)) is True
    assert 29_000 < r.pttl(key) <= 30_000
    assert r.expireat(key, LATER) is True
    assert r.expiretime(key) == AT_S
    assert r.pexpireat(key, LATER) is True
    assert r.pexpiretime(key) == AT_S * 1000 + 123
    assert r.setex(key, timedelta(seconds=20), "w") is True
    assert 19 <= r.ttl(key) <= 20
    assert r.psetex(key, timedelta(seconds=20), "w") is True
    assert 19_000 < r.pttl(key) <= 20_000


def test_refused_before_anything_is_sent(r: Redis[str] | Redis[bytes], key: str) -> None:
    """A value Redis would refuse (`ex=1.5` once reached the server as "1.5") or that would
    round a TTL is a TypeError / ValueError here, and the command never runs."""
    with pytest.raises(TypeError, match=r"^SET: ex takes an int or a timedelta, not a float$"):
        r.set(key, "v", ex=1.5)  # type: ignore[call-overload]
    with pytest.raises(ValueError, match=r"^SET: ex takes whole seconds"):
        r.set(key, "v", ex=timedelta(milliseconds=500))
    with pytest.raises(TypeError, match=r"^SET: argument 4 is a bool"):
        r.set(key, "v", ex=True)  # the encoder refuses a bool, as for any argument
    with pytest.raises(ValueError, match=r"^EXPIRE: seconds takes whole seconds"):
        r.expire(key, timedelta(seconds=1.5))
    with pytest.raises(TypeError):
        r.pipeline().set(key, "v", ex=timedelta(seconds=1)).expireat(key, 1.5).exec()  # type: ignore[arg-type]
    assert r.exists(key) == 0


def test_pipelines_and_transactions(r: Redis[str] | Redis[bytes], key: str) -> None:
    done = r.pipeline().set(key, "v", ex=timedelta(seconds=50)).pexpireat(key + "x", LATER).exec()
    assert done == (True, False)
    assert 49 <= r.ttl(key) <= 50
    assert r.multi().expireat(key, AT).expiretime(key).exec() == (True, AT_S)


async def test_async(gateway: Gateway, key: str) -> None:
    async with AsyncRedis(gateway.url, gateway.token) as ar:
        assert await ar.set(key, "v", ex=timedelta(seconds=40)) is True
        assert 39 <= await ar.ttl(key) <= 40
        assert await ar.pexpireat(key, LATER) is True
        assert await ar.pexpiretime(key) == AT_S * 1000 + 123


def test_hash_fields_and_msetex(valkey_gateway: Gateway, key: str) -> None:
    with Redis(valkey_gateway.url, valkey_gateway.token) as r:
        r.hset(key, {"f": "1", "g": "2"})
        assert [int(x) for x in r.hexpire(key, timedelta(minutes=2), "f")] == [1]
        assert 119 <= r.httl(key, "f")[0] <= 120
        assert [int(x) for x in r.hpexpire(key, timedelta(seconds=30), "f")] == [1]
        assert 29_000 < r.hpttl(key, "f")[0] <= 30_000
        assert [int(x) for x in r.hexpireat(key, LATER, "g")] == [1]
        assert r.hexpiretime(key, "g") == [AT_S]
        assert [int(x) for x in r.hpexpireat(key, LATER, "g")] == [1]
        assert r.hpexpiretime(key, "g") == [AT_S * 1000 + 123]
        assert r.hgetex(key, "f", ex=timedelta(seconds=90)) == ["1"]
        assert 89 <= r.httl(key, "f")[0] <= 90
        assert r.hsetex(key, {"h": "3"}, pxat=LATER) is True
        assert r.hpexpiretime(key, "h") == [AT_S * 1000 + 123]
        assert r.msetex({key + ":a": "1"}, exat=LATER) is True
        assert r.expiretime(key + ":a") == AT_S
