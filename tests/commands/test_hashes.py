"""Integration cases for the hash commands."""

from __future__ import annotations

import pytest

from redisrest.types import HashFieldExpire, HashFieldPersist
from tests.commands._harness import Case, live_params, run_case, v

# 2100-01-01T00:00:00Z: a fixed expiry far enough away to read back exactly.
AT = 4102444800
AT_MS = AT * 1000


def _t(value: object) -> object:
    """A reply value as text, whatever the client's mode (for checks made inside a call)."""
    return value.decode() if isinstance(value, bytes) else value


def _after(value: object, *facts: bool) -> object:
    """Return `value` (the reply under test) once the side effects read after it hold."""
    assert all(facts), f"side effect not as expected: {facts}"
    return value


def _h2(r, k):
    r.hset(k("h"), {"f1": "1", "f2": "2"})


def _h1(r, k):
    r.hset(k("h"), {"f1": "1"})


def _fields(r, k):
    return {_t(f): _t(x) for f, x in r.hgetall(k("h")).items()}


def _ttls(r, k, *fields):
    """HTTL of `fields`, read without the method under test."""
    return r.execute("HTTL", k("h"), "FIELDS", len(fields), *fields)


def _h2_f1_expiring(r, k):
    """h = {f1: 1, f2: 2}, f1 expiring in 100 s, f2 without expiry."""
    _h2(r, k)
    r.execute("HEXPIRE", k("h"), 100, "FIELDS", 1, "f1")


def _h2_f1_expiring_at(r, k):
    """h = {f1: 1, f2: 2}, f1 expiring at AT, f2 without expiry."""
    _h2(r, k)
    r.execute("HEXPIREAT", k("h"), AT, "FIELDS", 1, "f1")


SET, NOT_MET, DELETED, NO_FIELD = (
    HashFieldExpire.SET,
    HashFieldExpire.CONDITION_NOT_MET,
    HashFieldExpire.DELETED,
    HashFieldExpire.NO_FIELD,
)


CASES: list[Case] = [
    Case(
        "HDEL",
        lambda r, k: _after(r.hdel(k("h"), "f1", "nope"), _fields(r, k) == {"f2": "2"}),
        1,
        setup=_h2,
    ),
    Case("HDEL", lambda r, k: r.hdel(k("missing"), "f1"), 0, name="missing"),
    Case("HEXISTS", lambda r, k: r.hexists(k("h"), "f1"), True, setup=_h2),
    Case("HEXISTS", lambda r, k: r.hexists(k("h"), "nope"), False, setup=_h2, name="no-field"),
    Case("HEXISTS", lambda r, k: r.hexists(k("missing"), "f1"), False, name="missing"),
    Case("HGET", lambda r, k: r.hget(k("h"), "f2"), v("2"), setup=_h2),
    Case("HGET", lambda r, k: r.hget(k("h"), "nope"), None, setup=_h2, name="no-field"),
    Case("HGET", lambda r, k: r.hget(k("missing"), "f1"), None, name="missing"),
    Case("HGETALL", lambda r, k: r.hgetall(k("h")), {v("f1"): v("1"), v("f2"): v("2")}, setup=_h2),
    Case("HGETALL", lambda r, k: r.hgetall(k("missing")), {}, name="missing"),
    Case(
        "HINCRBY",
        lambda r, k: _after(r.hincrby(k("h"), "f2", 3), _fields(r, k)["f2"] == "5"),
        5,
        setup=_h2,
    ),
    Case("HINCRBY", lambda r, k: r.hincrby(k("h"), "new", -4), -4, setup=_h2, name="new-field"),
    Case("HINCRBY", lambda r, k: r.hincrby(k("missing"), "f", 7), 7, name="missing"),
    Case(
        "HINCRBYFLOAT",
        lambda r, k: r.hincrbyfloat(k("h"), "f", 0.1),
        10.6,
        setup=lambda r, k: r.hset(k("h"), {"f": "10.5"}),
    ),
    Case(
        "HINCRBYFLOAT", lambda r, k: r.hincrbyfloat(k("missing"), "f", -2.5), -2.5, name="missing"
    ),
    Case("HKEYS", lambda r, k: r.hkeys(k("h")), [v("f1"), v("f2")], setup=_h2, unordered=True),
    Case("HKEYS", lambda r, k: r.hkeys(k("missing")), [], name="missing"),
    Case("HLEN", lambda r, k: r.hlen(k("h")), 2, setup=_h2),
    Case("HLEN", lambda r, k: r.hlen(k("missing")), 0, name="missing"),
    Case(
        "HMGET",
        lambda r, k: r.hmget(k("h"), "f2", "nope", "f1"),
        [v("2"), None, v("1")],
        setup=_h2,
    ),
    Case("HMGET", lambda r, k: r.hmget(k("missing"), "f1", "f2"), [None, None], name="missing"),
    Case(
        "HMSET",
        lambda r, k: _after(
            r.hmset(k("h"), {"f1": "one", "f3": "3"}),
            _fields(r, k) == {"f1": "one", "f2": "2", "f3": "3"},
        ),
        True,
        setup=_h2,
    ),
    Case("HRANDFIELD", lambda r, k: r.hrandfield(k("h")), v("f1"), setup=_h1),
    Case(
        "HRANDFIELD",
        lambda r, k: r.hrandfield(k("h")),
        setup=_h2,
        check=lambda got, k: _t(got) in ("f1", "f2"),
        name="one-of-two",
    ),
    Case("HRANDFIELD", lambda r, k: r.hrandfield(k("missing")), None, name="missing"),
    Case(
        "HRANDFIELD",
        lambda r, k: r.hrandfield(k("h"), count=5),
        [v("f1"), v("f2")],
        when={"count": "set"},
        setup=_h2,
        unordered=True,
    ),
    Case(
        "HRANDFIELD",
        lambda r, k: r.hrandfield(k("h"), count=-3),
        [v("f1"), v("f1"), v("f1")],
        when={"count": "set"},
        setup=_h1,
        name="count=set,negative",
    ),
    Case(
        "HRANDFIELD",
        lambda r, k: r.hrandfield(k("h"), count=1),
        when={"count": "set"},
        setup=_h2,
        check=lambda got, k: len(got) == 1 and _t(got[0]) in ("f1", "f2"),
        name="count=set,one",
    ),
    Case(
        "HRANDFIELD",
        lambda r, k: r.hrandfield(k("missing"), count=2),
        [],
        when={"count": "set"},
        name="count=set,missing",
    ),
    Case(
        "HRANDFIELD",
        lambda r, k: r.hrandfield(k("h"), count=2, withvalues=True),
        [(v("f1"), v("1")), (v("f2"), v("2"))],
        when={"count": "set", "withvalues": True},
        setup=_h2,
        unordered=True,
    ),
    Case(
        "HRANDFIELD",
        lambda r, k: r.hrandfield(k("h"), count=-2, withvalues=True),
        [(v("f1"), v("1")), (v("f1"), v("1"))],
        when={"count": "set", "withvalues": True},
        setup=_h1,
        name="count=set,withvalues=True,negative",
    ),
    Case(
        "HRANDFIELD",
        lambda r, k: r.hrandfield(k("missing"), count=2, withvalues=True),
        [],
        when={"count": "set", "withvalues": True},
        name="count=set,withvalues=True,missing",
    ),
    # A small hash (listpack) is scanned in one call, in insertion order.
    Case(
        "HSCAN",
        lambda r, k: r.hscan(k("h")),
        (0, [(v("f1"), v("1")), (v("f2"), v("2"))]),
        setup=_h2,
    ),
    Case(
        "HSCAN",
        lambda r, k: r.hscan(k("h"), 0, match="*2", count=100),
        (0, [(v("f2"), v("2"))]),
        setup=_h2,
        name="match,count",
    ),
    Case("HSCAN", lambda r, k: r.hscan(k("missing")), (0, []), name="missing"),  # cursor 0
    Case(
        "HSET",
        lambda r, k: _after(
            r.hset(k("h"), {"f1": "1", "f2": "2"}), _fields(r, k) == {"f1": "1", "f2": "2"}
        ),
        2,
    ),
    Case(
        "HSET",
        lambda r, k: _after(
            r.hset(k("h"), {"f1": "one", "f3": "3"}),
            _fields(r, k) == {"f1": "one", "f2": "2", "f3": "3"},
        ),
        1,
        setup=_h2,
        name="update-counts-new-only",
    ),
    Case(
        "HSETNX",
        lambda r, k: _after(r.hsetnx(k("h"), "f3", "3"), _fields(r, k)["f3"] == "3"),
        True,
        setup=_h2,
    ),
    Case(
        "HSETNX",
        lambda r, k: _after(r.hsetnx(k("h"), "f1", "one"), _fields(r, k)["f1"] == "1"),
        False,
        setup=_h2,
        name="exists",
    ),
    Case(
        "HSTRLEN",
        lambda r, k: r.hstrlen(k("h"), "f"),
        5,
        setup=lambda r, k: r.hset(k("h"), {"f": "hello"}),
    ),
    Case("HSTRLEN", lambda r, k: r.hstrlen(k("h"), "nope"), 0, setup=_h2, name="no-field"),
    Case("HSTRLEN", lambda r, k: r.hstrlen(k("missing"), "f"), 0, name="missing"),
    Case("HVALS", lambda r, k: r.hvals(k("h")), [v("1"), v("2")], setup=_h2, unordered=True),
    Case("HVALS", lambda r, k: r.hvals(k("missing")), [], name="missing"),
]


# ---- field expiry (Redis 7.4, Valkey 9.0): one reply code per field, in order
FIELD_TTL_CASES: list[Case] = [
    Case(
        "HEXPIRE",
        lambda r, k: _after(
            r.hexpire(k("h"), 100, "f1", "nope"), 99 <= _ttls(r, k, "f1")[0] <= 100
        ),
        [SET, NO_FIELD],
        setup=_h2,
    ),
    Case(
        "HEXPIRE",
        lambda r, k: _after(
            r.hexpire(k("h"), 200, "f1", "f2", nx=True), _ttls(r, k, "f1", "f2")[0] <= 100
        ),
        [NOT_MET, SET],
        setup=_h2_f1_expiring,
        name="nx",
    ),
    Case(
        "HEXPIRE",
        lambda r, k: r.hexpire(k("h"), 50, "f1", "f2", xx=True),
        [SET, NOT_MET],
        setup=_h2_f1_expiring,
        name="xx",
    ),
    Case(
        "HEXPIRE",
        lambda r, k: r.hexpire(k("h"), 50, "f1", gt=True),
        [NOT_MET],
        setup=_h2_f1_expiring,
        name="gt",
    ),
    Case(
        "HEXPIRE",
        lambda r, k: r.hexpire(k("h"), 50, "f1", lt=True),
        [SET],
        setup=_h2_f1_expiring,
        name="lt",
    ),
    Case(
        "HEXPIRE",
        lambda r, k: _after(r.hexpire(k("h"), 0, "f1"), _fields(r, k) == {"f2": "2"}),
        [DELETED],
        setup=_h2,
        name="zero-deletes",
    ),
    Case(
        "HEXPIRE",
        lambda r, k: r.hexpire(k("missing"), 100, "f1", "f2"),
        [NO_FIELD, NO_FIELD],
        name="missing",
    ),
    Case(
        "HPEXPIRE",
        lambda r, k: _after(
            r.hpexpire(k("h"), 100_000, "f2", "nope"),
            99_000 <= r.execute("HPTTL", k("h"), "FIELDS", 1, "f2")[0] <= 100_000,
        ),
        [SET, NO_FIELD],
        setup=_h2,
    ),
    Case(
        "HPEXPIRE",
        lambda r, k: r.hpexpire(k("h"), 1000, "f1", gt=True),
        [NOT_MET],
        setup=_h2_f1_expiring,
        name="gt",
    ),
    Case(
        "HEXPIREAT",
        lambda r, k: _after(
            r.hexpireat(k("h"), AT, "f1", "nope"),
            r.execute("HEXPIRETIME", k("h"), "FIELDS", 1, "f1") == [AT],
        ),
        [SET, NO_FIELD],
        setup=_h2,
    ),
    Case(
        "HEXPIREAT",
        lambda r, k: _after(r.hexpireat(k("h"), 1, "f1", "f2"), _fields(r, k) == {}),
        [DELETED, DELETED],
        setup=_h2,
        name="past-deletes",
    ),
    Case(
        "HEXPIREAT",
        lambda r, k: r.hexpireat(k("h"), AT, "f1", "f2", nx=True),
        [NOT_MET, SET],
        setup=_h2_f1_expiring_at,
        name="nx",
    ),
    Case(
        "HPEXPIREAT",
        lambda r, k: _after(
            r.hpexpireat(k("h"), AT_MS, "f2"),
            r.execute("HPEXPIRETIME", k("h"), "FIELDS", 1, "f2") == [AT_MS],
        ),
        [SET],
        setup=_h2,
    ),
    Case(
        "HPEXPIREAT",
        lambda r, k: r.hpexpireat(k("h"), AT_MS, "f1", "f2", xx=True),
        [SET, NOT_MET],
        setup=_h2_f1_expiring_at,
        name="xx",
    ),
    Case(
        "HPEXPIREAT",
        lambda r, k: r.hpexpireat(k("missing"), AT_MS, "f1"),
        [NO_FIELD],
        name="missing",
    ),
    Case(
        "HTTL",
        lambda r, k: r.httl(k("h"), "f1", "f2", "nope"),
        setup=_h2_f1_expiring,
        check=lambda got, k: 99 <= got[0] <= 100 and got[1:] == [-1, -2],
    ),
    Case("HTTL", lambda r, k: r.httl(k("missing"), "f1"), [-2], name="missing"),
    Case(
        "HPTTL",
        lambda r, k: r.hpttl(k("h"), "f1", "f2", "nope"),
        setup=_h2_f1_expiring,
        check=lambda got, k: 99_000 <= got[0] <= 100_000 and got[1:] == [-1, -2],
    ),
    Case("HPTTL", lambda r, k: r.hpttl(k("missing"), "f1"), [-2], name="missing"),
    Case(
        "HEXPIRETIME",
        lambda r, k: r.hexpiretime(k("h"), "f1", "f2", "nope"),
        [AT, -1, -2],
        setup=_h2_f1_expiring_at,
    ),
    Case("HEXPIRETIME", lambda r, k: r.hexpiretime(k("missing"), "f1"), [-2], name="missing"),
    Case(
        "HPEXPIRETIME",
        lambda r, k: r.hpexpiretime(k("h"), "f1", "f2", "nope"),
        [AT_MS, -1, -2],
        setup=_h2_f1_expiring_at,
    ),
    Case("HPEXPIRETIME", lambda r, k: r.hpexpiretime(k("missing"), "f1"), [-2], name="missing"),
    Case(
        "HPERSIST",
        lambda r, k: _after(
            r.hpersist(k("h"), "f1", "f2", "nope"), _ttls(r, k, "f1", "f2") == [-1, -1]
        ),
        [HashFieldPersist.PERSISTED, HashFieldPersist.NO_EXPIRY, HashFieldPersist.NO_FIELD],
        setup=_h2_f1_expiring,
    ),
    Case(
        "HPERSIST",
        lambda r, k: r.hpersist(k("missing"), "f1"),
        [HashFieldPersist.NO_FIELD],
        name="missing",
    ),
    # ---- get-and-delete, get-and-expire, set-with-expiry (Redis 8.0; Valkey 9.0, HGETDEL 9.1)
    Case(
        "HGETDEL",
        lambda r, k: _after(r.hgetdel(k("h"), "f1", "nope"), _fields(r, k) == {"f2": "2"}),
        [v("1"), None],
        setup=_h2,
    ),
    Case(
        "HGETDEL",
        lambda r, k: _after(r.hgetdel(k("h"), "f2", "f1"), r.exists(k("h")) == 0),
        [v("2"), v("1")],
        setup=_h2,
        name="last-field-deletes-the-hash",
    ),
    Case("HGETDEL", lambda r, k: r.hgetdel(k("missing"), "f1"), [None], name="missing"),
    Case(
        "HGETEX",
        lambda r, k: _after(r.hgetex(k("h"), "f1", "nope"), _ttls(r, k, "f1") == [-1]),
        [v("1"), None],
        setup=_h2,
    ),
    Case(
        "HGETEX",
        lambda r, k: _after(
            r.hgetex(k("h"), "f1", "f2", ex=100),
            all(99 <= t <= 100 for t in _ttls(r, k, "f1", "f2")),
        ),
        [v("1"), v("2")],
        setup=_h2,
        name="ex",
    ),
    Case(
        "HGETEX",
        lambda r, k: _after(
            r.hgetex(k("h"), "f2", px=100_000),
            99 <= _ttls(r, k, "f2")[0] <= 100,
        ),
        [v("2")],
        setup=_h2,
        name="px",
    ),
    Case(
        "HGETEX",
        lambda r, k: _after(
            r.hgetex(k("h"), "f2", exat=AT),
            r.execute("HEXPIRETIME", k("h"), "FIELDS", 1, "f2") == [AT],
        ),
        [v("2")],
        setup=_h2,
        name="exat",
    ),
    Case(
        "HGETEX",
        lambda r, k: _after(
            r.hgetex(k("h"), "f2", pxat=AT_MS),
            r.execute("HPEXPIRETIME", k("h"), "FIELDS", 1, "f2") == [AT_MS],
        ),
        [v("2")],
        setup=_h2,
        name="pxat",
    ),
    Case(
        "HGETEX",
        lambda r, k: _after(r.hgetex(k("h"), "f1", persist=True), _ttls(r, k, "f1") == [-1]),
        [v("1")],
        setup=_h2_f1_expiring,
        name="persist",
    ),
    Case("HGETEX", lambda r, k: r.hgetex(k("missing"), "f1"), [None], name="missing"),
    Case(
        "HSETEX",
        lambda r, k: _after(
            r.hsetex(k("h"), {"f1": "one", "f3": "3"}),
            _fields(r, k) == {"f1": "one", "f2": "2", "f3": "3"},
            _ttls(r, k, "f1", "f3") == [-1, -1],
        ),
        True,
        setup=_h2,
    ),
    Case(
        "HSETEX",
        lambda r, k: _after(
            r.hsetex(k("h"), {"a": "1", "b": "2"}, ex=100),
            all(99 <= t <= 100 for t in _ttls(r, k, "a", "b")),
        ),
        True,
        name="ex",
    ),
    Case(
        "HSETEX",
        lambda r, k: _after(
            r.hsetex(k("h"), {"a": "1"}, px=100_000), 99 <= _ttls(r, k, "a")[0] <= 100
        ),
        True,
        name="px",
    ),
    Case(
        "HSETEX",
        lambda r, k: _after(
            r.hsetex(k("h"), {"a": "1"}, exat=AT),
            r.execute("HEXPIRETIME", k("h"), "FIELDS", 1, "a") == [AT],
        ),
        True,
        name="exat",
    ),
    Case(
        "HSETEX",
        lambda r, k: _after(
            r.hsetex(k("h"), {"a": "1"}, pxat=AT_MS),
            r.execute("HPEXPIRETIME", k("h"), "FIELDS", 1, "a") == [AT_MS],
        ),
        True,
        name="pxat",
    ),
    Case(
        "HSETEX",
        lambda r, k: _after(
            r.hsetex(k("h"), {"f1": "one"}, keepttl=True),
            _fields(r, k)["f1"] == "one",
            99 <= _ttls(r, k, "f1")[0] <= 100,
        ),
        True,
        setup=_h2_f1_expiring,
        name="keepttl",
    ),
    Case(
        "HSETEX",
        lambda r, k: _after(
            r.hsetex(k("h"), {"f1": "one", "f9": "9"}, fnx=True),
            _fields(r, k) == {"f1": "1", "f2": "2"},
        ),
        False,
        setup=_h2,
        name="fnx-some-exist",
    ),
    Case(
        "HSETEX",
        lambda r, k: r.hsetex(k("h"), {"f8": "8", "f9": "9"}, fnx=True),
        True,
        setup=_h2,
        name="fnx",
    ),
    Case(
        "HSETEX",
        lambda r, k: _after(
            r.hsetex(k("h"), {"f1": "one", "f9": "9"}, fxx=True),
            _fields(r, k) == {"f1": "1", "f2": "2"},
        ),
        False,
        setup=_h2,
        name="fxx-some-missing",
    ),
    Case(
        "HSETEX",
        lambda r, k: _after(r.hsetex(k("h"), {"f1": "x"}, nx=True), _fields(r, k)["f1"] == "1"),
        False,
        setup=_h2,
        uses=("nx",),
        name="nx-hash-exists",
    ),
    Case(
        "HSETEX",
        lambda r, k: r.hsetex(k("h"), {"f1": "x"}, nx=True),
        True,
        uses=("nx",),
        name="nx",
    ),
    Case(
        "HSETEX",
        lambda r, k: _after(r.hsetex(k("h"), {"f1": "x"}, xx=True), r.exists(k("h")) == 0),
        False,
        uses=("xx",),
        name="xx-no-hash",
    ),
    Case(
        "HSETEX",
        lambda r, k: r.hsetex(k("h"), {"f1": "x"}, xx=True),
        True,
        setup=_h2,
        uses=("xx",),
        name="xx",
    ),
    # ---- HSCAN NOVALUES (Redis 7.4, Valkey 8.0): the field names only
    Case(
        "HSCAN",
        lambda r, k: r.hscan(k("h"), novalues=True),
        (0, [v("f1"), v("f2")]),
        when={"novalues": True},
        setup=_h2,
    ),
    Case(
        "HSCAN",
        lambda r, k: r.hscan(k("h"), 0, match="*1", count=100, novalues=True),
        (0, [v("f1")]),
        when={"novalues": True},
        setup=_h2,
        name="novalues=True,match",
    ),
    Case(
        "HSCAN",
        lambda r, k: r.hscan(k("missing"), novalues=True),
        (0, []),
        when={"novalues": True},
        name="novalues=True,missing",
    ),
]
CASES += FIELD_TTL_CASES


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
