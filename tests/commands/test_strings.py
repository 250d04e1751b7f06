"""Integration cases for the string, bitmap and hyperloglog commands."""

from __future__ import annotations

import pytest

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


def _lcs_idx_ok(got: object, with_len: bool) -> bool:
    matches = [(m.range1, m.range2) for m in got.matches]  # type: ignore[attr-defined]
    want = [((4, 7), (5, 8)), ((2, 3), (0, 1))]
    if with_len and [m.match_len for m in got.matches] != [4, 2]:  # type: ignore[attr-defined]
        return False
    return got.length == 6 and matches == want  # type: ignore[attr-defined]


def _lcs_setup(r, k):
    r.set(k("a"), "ohmytext")
    r.set(k("b"), "mynewtext")


CASES: list[Case] = [
    # ---- string
    Case(
        "APPEND",
        lambda r, k: _after(r.append(k("s"), " world"), _t(r.get(k("s"))) == "hello world"),
        11,
        setup=lambda r, k: r.set(k("s"), "hello"),
    ),
    Case("APPEND", lambda r, k: r.append(k("s"), "hello"), 5, name="missing"),
    Case("DECR", lambda r, k: r.decr(k("n")), 9, setup=lambda r, k: r.set(k("n"), "10")),
    Case("DECR", lambda r, k: r.decr(k("n")), -1, name="missing"),
    Case("DECRBY", lambda r, k: r.decrby(k("n"), 3), 7, setup=lambda r, k: r.set(k("n"), "10")),
    Case("DECRBY", lambda r, k: r.decrby(k("n"), 5), -5, name="missing"),
    Case("GET", lambda r, k: r.get(k("s")), v("hello"), setup=lambda r, k: r.set(k("s"), "hello")),
    Case("GET", lambda r, k: r.get(k("missing")), None, name="missing"),
    Case(
        "GET",
        lambda r, k: r.get(k("s")),
        v(""),
        setup=lambda r, k: r.set(k("s"), ""),
        name="empty-string",
    ),
    Case(
        "GETDEL",
        lambda r, k: _after(r.getdel(k("s")), r.exists(k("s")) == 0),
        v("hello"),
        setup=lambda r, k: r.set(k("s"), "hello"),
    ),
    Case("GETDEL", lambda r, k: r.getdel(k("missing")), None, name="missing"),
    Case(
        "GETEX",
        lambda r, k: _after(r.getex(k("s")), r.ttl(k("s")) == -1),
        v("hello"),
        setup=lambda r, k: r.set(k("s"), "hello"),
        name="plain",
    ),
    Case(
        "GETEX",
        lambda r, k: _after(r.getex(k("s"), ex=100), 99 <= r.ttl(k("s")) <= 100),
        v("hello"),
        setup=lambda r, k: r.set(k("s"), "hello"),
        name="ex",
    ),
    Case(
        "GETEX",
        lambda r, k: _after(r.getex(k("s"), px=100000), 98000 <= r.pttl(k("s")) <= 100000),
        v("hello"),
        setup=lambda r, k: r.set(k("s"), "hello"),
        name="px",
    ),
    Case(
        "GETEX",
        lambda r, k: _after(r.getex(k("s"), exat=AT), r.expiretime(k("s")) == AT),
        v("hello"),
        setup=lambda r, k: r.set(k("s"), "hello"),
        name="exat",
    ),
    Case(
        "GETEX",
        lambda r, k: _after(r.getex(k("s"), pxat=AT_MS), r.pexpiretime(k("s")) == AT_MS),
        v("hello"),
        setup=lambda r, k: r.set(k("s"), "hello"),
        name="pxat",
    ),
    Case(
        "GETEX",
        lambda r, k: _after(r.getex(k("s"), persist=True), r.ttl(k("s")) == -1),
        v("hello"),
        setup=lambda r, k: r.set(k("s"), "hello", ex=100),
        name="persist",
    ),
    Case("GETEX", lambda r, k: r.getex(k("missing"), ex=100), None, name="missing"),
    Case(
        "GETRANGE",
        lambda r, k: r.getrange(k("s"), 1, 3),
        v("ell"),
        setup=lambda r, k: r.set(k("s"), "hello"),
    ),
    Case(
        "GETRANGE",
        lambda r, k: r.getrange(k("s"), -3, -1),
        v("llo"),
        setup=lambda r, k: r.set(k("s"), "hello"),
        name="negative",
    ),
    Case(
        "GETRANGE",
        lambda r, k: r.getrange(k("s"), 10, 20),
        v(""),
        setup=lambda r, k: r.set(k("s"), "hello"),
        name="out-of-range",
    ),
    Case("GETRANGE", lambda r, k: r.getrange(k("missing"), 0, -1), v(""), name="missing"),
    Case(
        "GETSET",
        lambda r, k: _after(r.getset(k("s"), "new"), _t(r.get(k("s"))) == "new"),
        v("old"),
        setup=lambda r, k: r.set(k("s"), "old"),
    ),
    Case(
        "GETSET",
        lambda r, k: _after(r.getset(k("s"), "new"), _t(r.get(k("s"))) == "new"),
        None,
        name="missing",
    ),
    Case("INCR", lambda r, k: r.incr(k("n")), 42, setup=lambda r, k: r.set(k("n"), "41")),
    Case("INCR", lambda r, k: r.incr(k("n")), 1, name="missing"),
    Case("INCRBY", lambda r, k: r.incrby(k("n"), 5), 15, setup=lambda r, k: r.set(k("n"), "10")),
    Case(
        "INCRBY",
        lambda r, k: r.incrby(k("n"), -15),
        -5,
        setup=lambda r, k: r.set(k("n"), "10"),
        name="negative",
    ),
    Case(
        "INCRBYFLOAT",
        lambda r, k: r.incrbyfloat(k("f"), 0.1),
        10.6,
        setup=lambda r, k: r.set(k("f"), "10.5"),
    ),
    Case("INCRBYFLOAT", lambda r, k: r.incrbyfloat(k("f"), 1.5), 1.5, name="missing"),
    Case(
        "INCRBYFLOAT",
        lambda r, k: r.incrbyfloat(k("f"), 200),
        5200.0,
        setup=lambda r, k: r.set(k("f"), "5.0e3"),
        name="exponent",
    ),
    Case("LCS", lambda r, k: r.lcs(k("a"), k("b")), v("mytext"), setup=_lcs_setup),
    Case(
        "LCS",
        lambda r, k: r.lcs(k("a"), k("missing")),
        v(""),
        setup=_lcs_setup,
        name="missing",
    ),
    Case(
        "LCS", lambda r, k: r.lcs(k("a"), k("b"), len=True), 6, when={"len": True}, setup=_lcs_setup
    ),
    Case(
        "LCS",
        lambda r, k: r.lcs(k("a"), k("b"), idx=True),
        when={"idx": True},
        setup=_lcs_setup,
        check=lambda got, k: _lcs_idx_ok(got, with_len=False),
    ),
    Case(
        "LCS",
        lambda r, k: r.lcs(k("a"), k("missing"), idx=True),
        when={"idx": True},
        setup=_lcs_setup,
        check=lambda got, k: got.matches == [] and got.length == 0,
        name="idx=True,missing",
    ),
    Case(
        "LCS",
        lambda r, k: r.lcs(k("a"), k("b"), idx=True, withmatchlen=True),
        when={"idx": True, "withmatchlen": True},
        setup=_lcs_setup,
        check=lambda got, k: _lcs_idx_ok(got, with_len=True),
    ),
    Case(
        "LCS",
        lambda r, k: r.lcs(k("a"), k("b"), idx=True, minmatchlen=4, withmatchlen=True),
        when={"idx": True, "withmatchlen": True},
        setup=_lcs_setup,
        check=lambda got, k: (
            got.length == 6
            and [(m.range1, m.range2, m.match_len) for m in got.matches] == [((4, 7), (5, 8), 4)]
        ),
        name="idx=True,minmatchlen=4,withmatchlen=True",
    ),
    Case(
        "MGET",
        lambda r, k: r.mget(k("a"), k("missing"), k("l"), k("b")),
        [v("1"), None, None, v("2")],
        setup=lambda r, k: (r.set(k("a"), "1"), r.set(k("b"), "2"), r.rpush(k("l"), "x")),
    ),
    Case(
        "MSET",
        lambda r, k: _after(
            r.mset({k("a"): "1", k("b"): "2"}),
            [_t(x) for x in r.mget(k("a"), k("b"))] == ["1", "2"],
        ),
        True,
        setup=lambda r, k: r.set(k("a"), "old"),
    ),
    Case(
        "MSETNX",
        lambda r, k: _after(
            r.msetnx({k("a"): "1", k("b"): "2"}),
            [_t(x) for x in r.mget(k("a"), k("b"))] == ["1", "2"],
        ),
        True,
    ),
    Case(
        "MSETNX",
        lambda r, k: _after(
            r.msetnx({k("a"): "1", k("b"): "2"}),
            [_t(x) for x in r.mget(k("a"), k("b"))] == [None, "old"],
        ),
        False,
        setup=lambda r, k: r.set(k("b"), "old"),
        name="one-exists",
    ),
    Case(
        "PSETEX",
        lambda r, k: _after(
            r.psetex(k("s"), 100000, "v"),
            98000 <= r.pttl(k("s")) <= 100000,
            _t(r.get(k("s"))) == "v",
        ),
        True,
    ),
    Case("SET", lambda r, k: _after(r.set(k("s"), "v"), _t(r.get(k("s"))) == "v"), True),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "v", nx=True), _t(r.get(k("s"))) == "v"),
        True,
        name="nx",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", nx=True), _t(r.get(k("s"))) == "old"),
        False,
        setup=lambda r, k: r.set(k("s"), "old"),
        name="nx-prevented",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", xx=True), _t(r.get(k("s"))) == "new"),
        True,
        setup=lambda r, k: r.set(k("s"), "old"),
        name="xx",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", xx=True), r.exists(k("s")) == 0),
        False,
        name="xx-prevented",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "v", ex=100), 99 <= r.ttl(k("s")) <= 100),
        True,
        name="ex",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "v", px=100000), 98000 <= r.pttl(k("s")) <= 100000),
        True,
        name="px",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "v", exat=AT), r.expiretime(k("s")) == AT),
        True,
        name="exat",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "v", pxat=AT_MS), r.pexpiretime(k("s")) == AT_MS),
        True,
        name="pxat",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", keepttl=True), r.expiretime(k("s")) == AT),
        True,
        setup=lambda r, k: r.set(k("s"), "old", exat=AT),
        name="keepttl",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "v", nx=True, ex=100), 99 <= r.ttl(k("s")) <= 100),
        True,
        name="nx,ex",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", get=True), _t(r.get(k("s"))) == "new"),
        v("old"),
        when={"get": True},
        setup=lambda r, k: r.set(k("s"), "old"),
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", get=True), _t(r.get(k("s"))) == "new"),
        None,
        when={"get": True},
        name="get=True,missing",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", nx=True, get=True), _t(r.get(k("s"))) == "old"),
        v("old"),
        when={"get": True},
        setup=lambda r, k: r.set(k("s"), "old"),
        name="get=True,nx-prevented",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", xx=True, get=True), r.exists(k("s")) == 0),
        None,
        when={"get": True},
        name="get=True,xx-prevented",
    ),
    Case(
        "SETEX",
        lambda r, k: _after(
            r.setex(k("s"), 100, "v"), 99 <= r.ttl(k("s")) <= 100, _t(r.get(k("s"))) == "v"
        ),
        True,
    ),
    Case("SETNX", lambda r, k: _after(r.setnx(k("s"), "v"), _t(r.get(k("s"))) == "v"), True),
    Case(
        "SETNX",
        lambda r, k: _after(r.setnx(k("s"), "new"), _t(r.get(k("s"))) == "old"),
        False,
        setup=lambda r, k: r.set(k("s"), "old"),
        name="exists",
    ),
    Case(
        "SETRANGE",
        lambda r, k: _after(r.setrange(k("s"), 6, "Redis"), _t(r.get(k("s"))) == "Hello Redis"),
        11,
        setup=lambda r, k: r.set(k("s"), "Hello World"),
    ),
    Case(
        "SETRANGE",
        lambda r, k: _after(r.setrange(k("s"), 2, "ab"), _t(r.get(k("s"))) == "\x00\x00ab"),
        4,
        name="missing-pads",
    ),
    Case("STRLEN", lambda r, k: r.strlen(k("s")), 5, setup=lambda r, k: r.set(k("s"), "hello")),
    Case("STRLEN", lambda r, k: r.strlen(k("missing")), 0, name="missing"),
    Case(
        "SUBSTR",
        lambda r, k: r.substr(k("s"), 1, 2),
        v("el"),
        setup=lambda r, k: r.set(k("s"), "hello"),
    ),
    Case("SUBSTR", lambda r, k: r.substr(k("missing"), 0, -1), v(""), name="missing"),
    # ---- bitmap ("foobar" has 26 bits set: 4 in "f", 6 in each "o")
    Case(
        "BITCOUNT", lambda r, k: r.bitcount(k("b")), 26, setup=lambda r, k: r.set(k("b"), "foobar")
    ),
    Case(
        "BITCOUNT",
        lambda r, k: r.bitcount(k("b"), start=1, end=1),
        6,
        setup=lambda r, k: r.set(k("b"), "foobar"),
        name="range",
    ),
    Case(
        "BITCOUNT",
        lambda r, k: r.bitcount(k("b"), start=0, end=0, mode="BYTE"),
        4,
        setup=lambda r, k: r.set(k("b"), "foobar"),
        name="range-byte",
    ),
    Case(
        "BITCOUNT",
        lambda r, k: r.bitcount(k("b"), start=5, end=30, mode="BIT"),
        17,
        setup=lambda r, k: r.set(k("b"), "foobar"),
        name="range-bit",
    ),
    Case("BITCOUNT", lambda r, k: r.bitcount(k("missing")), 0, name="missing"),
    Case(
        "BITFIELD",
        lambda r, k: r.bitfield(
            k("b"), ("SET", "u8", 0, 200), ("GET", "u8", 0), ("INCRBY", "u8", 0, 100)
        ),
        [0, 200, 44],
    ),
    Case(
        "BITFIELD",
        lambda r, k: r.bitfield(k("b"), ("OVERFLOW", "SAT"), ("INCRBY", "u8", 0, 100)),
        [255],
        setup=lambda r, k: r.bitfield(k("b"), ("SET", "u8", 0, 200)),
        name="overflow-sat",
    ),
    Case(
        "BITFIELD",
        lambda r, k: r.bitfield(
            k("b"), ("OVERFLOW", "FAIL"), ("INCRBY", "u8", 0, 100), ("GET", "u8", 0)
        ),
        [None, 200],
        setup=lambda r, k: r.bitfield(k("b"), ("SET", "u8", 0, 200)),
        name="overflow-fail",
    ),
    Case("BITFIELD", lambda r, k: r.bitfield(k("b")), [], name="no-operations"),
    Case(
        "BITFIELD_RO",
        lambda r, k: r.bitfield_ro(k("b"), get=[("u8", 0), ("u4", 0), ("i8", 0)]),
        [244, 15, -12],
        setup=lambda r, k: r.bitfield(k("b"), ("SET", "u8", 0, 244)),
    ),
    Case(
        "BITFIELD_RO",
        lambda r, k: r.bitfield_ro(k("missing"), get=[("u8", 0)]),
        [0],
        name="missing",
    ),
    Case(
        "BITOP",
        lambda r, k: _after(r.bitop("AND", k("d"), k("x"), k("y")), _t(r.get(k("d"))) == "ab\x00"),
        3,
        setup=lambda r, k: (r.set(k("x"), "abc"), r.set(k("y"), "ab")),
    ),
    Case(
        "BITOP",
        lambda r, k: _after(r.bitop("OR", k("d"), k("x"), k("y")), _t(r.get(k("d"))) == "abc"),
        3,
        setup=lambda r, k: (r.set(k("x"), "abc"), r.set(k("y"), "ab")),
        name="or",
    ),
    Case(
        "BITOP",
        lambda r, k: _after(
            r.bitop("XOR", k("d"), k("x"), k("y")), _t(r.get(k("d"))) == "\x00\x00c"
        ),
        3,
        setup=lambda r, k: (r.set(k("x"), "abc"), r.set(k("y"), "ab")),
        name="xor",
    ),
    Case(
        "BITOP",
        lambda r, k: _after(r.bitop("NOT", k("d"), k("x")), r.bitcount(k("d")) == 24 - 10),
        3,
        setup=lambda r, k: r.set(k("x"), "abc"),
        name="not",
    ),
    Case("BITOP", lambda r, k: r.bitop("AND", k("d"), k("missing")), 0, name="missing"),
    Case("BITPOS", lambda r, k: r.bitpos(k("b"), 1), 7, setup=lambda r, k: r.setbit(k("b"), 7, 1)),
    Case(
        "BITPOS",
        lambda r, k: r.bitpos(k("b"), 0),
        0,
        setup=lambda r, k: r.set(k("b"), "foobar"),
        name="zero",
    ),
    Case(
        "BITPOS",
        lambda r, k: r.bitpos(k("b"), 1, start=2),
        17,
        setup=lambda r, k: r.set(k("b"), "foobar"),
        name="start",
    ),
    Case(
        "BITPOS",
        lambda r, k: r.bitpos(k("b"), 1, start=2, end=-1, mode="BYTE"),
        17,
        setup=lambda r, k: r.set(k("b"), "foobar"),
        name="range-byte",
    ),
    Case(
        "BITPOS",
        lambda r, k: r.bitpos(k("b"), 1, start=7, end=15, mode="BIT"),
        9,
        setup=lambda r, k: r.set(k("b"), "foobar"),
        name="range-bit",
    ),
    Case("BITPOS", lambda r, k: r.bitpos(k("missing"), 1), -1, name="missing"),
    Case("BITPOS", lambda r, k: r.bitpos(k("missing"), 0), 0, name="missing-zero"),
    Case("GETBIT", lambda r, k: r.getbit(k("b"), 1), 1, setup=lambda r, k: r.set(k("b"), "foobar")),
    Case(
        "GETBIT",
        lambda r, k: r.getbit(k("b"), 0),
        0,
        setup=lambda r, k: r.set(k("b"), "foobar"),
        name="zero",
    ),
    Case(
        "GETBIT",
        lambda r, k: r.getbit(k("b"), 9999),
        0,
        setup=lambda r, k: r.set(k("b"), "foobar"),
        name="beyond",
    ),
    Case("GETBIT", lambda r, k: r.getbit(k("missing"), 3), 0, name="missing"),
    Case("SETBIT", lambda r, k: _after(r.setbit(k("b"), 7, 1), _t(r.get(k("b"))) == "\x01"), 0),
    Case(
        "SETBIT",
        lambda r, k: _after(r.setbit(k("b"), 7, 0), r.getbit(k("b"), 7) == 0),
        1,
        setup=lambda r, k: r.setbit(k("b"), 7, 1),
        name="was-set",
    ),
    # ---- hyperloglog
    Case("PFADD", lambda r, k: r.pfadd(k("h"), "a", "b", "c"), True),
    Case(
        "PFADD",
        lambda r, k: r.pfadd(k("h"), "a"),
        False,
        setup=lambda r, k: r.pfadd(k("h"), "a", "b"),
        name="unchanged",
    ),
    Case("PFADD", lambda r, k: r.pfadd(k("h")), True, name="create-empty"),
    Case(
        "PFADD",
        lambda r, k: r.pfadd(k("h")),
        False,
        setup=lambda r, k: r.pfadd(k("h"), "a"),
        name="exists-no-elements",
    ),
    Case(
        "PFCOUNT",
        lambda r, k: r.pfcount(k("h")),
        3,
        setup=lambda r, k: r.pfadd(k("h"), "a", "b", "c", "a"),
    ),
    Case(
        "PFCOUNT",
        lambda r, k: r.pfcount(k("h"), k("g"), k("missing")),
        4,
        setup=lambda r, k: (r.pfadd(k("h"), "a", "b", "c"), r.pfadd(k("g"), "c", "d")),
        name="union",
    ),
    Case("PFCOUNT", lambda r, k: r.pfcount(k("missing")), 0, name="missing"),
    Case(
        "PFMERGE",
        lambda r, k: _after(r.pfmerge(k("d"), k("h"), k("g")), r.pfcount(k("d")) == 4),
        True,
        setup=lambda r, k: (r.pfadd(k("h"), "a", "b", "c"), r.pfadd(k("g"), "c", "d")),
    ),
]


# ---- Valkey's compare-and-set / compare-and-delete and multi-key set with expiry
VALKEY_STRING_CASES: list[Case] = [
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", ifeq="old"), _t(r.get(k("s"))) == "new"),
        True,
        setup=lambda r, k: r.set(k("s"), "old"),
        uses=("ifeq",),
        name="ifeq",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", ifeq="other"), _t(r.get(k("s"))) == "old"),
        False,
        setup=lambda r, k: r.set(k("s"), "old"),
        uses=("ifeq",),
        name="ifeq-prevented",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", ifeq="old"), r.exists(k("s")) == 0),
        False,
        uses=("ifeq",),
        name="ifeq-missing",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", ifeq="old", ex=100), 99 <= r.ttl(k("s")) <= 100),
        True,
        setup=lambda r, k: r.set(k("s"), "old"),
        uses=("ifeq",),
        name="ifeq,ex",
    ),
    Case(
        "SET",
        lambda r, k: _after(r.set(k("s"), "new", ifeq="old", get=True), _t(r.get(k("s"))) == "new"),
        v("old"),
        when={"get": True},
        setup=lambda r, k: r.set(k("s"), "old"),
        uses=("ifeq",),
        name="get=True,ifeq",
    ),
    # the old value comes back even when IFEQ prevents the write
    Case(
        "SET",
        lambda r, k: _after(
            r.set(k("s"), "new", ifeq="other", get=True), _t(r.get(k("s"))) == "old"
        ),
        v("old"),
        when={"get": True},
        setup=lambda r, k: r.set(k("s"), "old"),
        uses=("ifeq",),
        name="get=True,ifeq-prevented",
    ),
    Case(
        "MSETEX",
        lambda r, k: _after(
            r.msetex({k("a"): "1", k("b"): "2"}),
            [_t(x) for x in r.mget(k("a"), k("b"))] == ["1", "2"],
            r.ttl(k("a")) == -1,
        ),
        True,
    ),
    Case(
        "MSETEX",
        lambda r, k: _after(
            r.msetex({k("a"): "1", k("b"): "2"}, ex=100),
            all(99 <= r.ttl(k(x)) <= 100 for x in "ab"),
        ),
        True,
        name="ex",
    ),
    Case(
        "MSETEX",
        lambda r, k: _after(
            r.msetex({k("a"): "1"}, px=100_000), 98_000 <= r.pttl(k("a")) <= 100_000
        ),
        True,
        name="px",
    ),
    Case(
        "MSETEX",
        lambda r, k: _after(r.msetex({k("a"): "1"}, exat=AT), r.expiretime(k("a")) == AT),
        True,
        name="exat",
    ),
    Case(
        "MSETEX",
        lambda r, k: _after(r.msetex({k("a"): "1"}, pxat=AT_MS), r.pexpiretime(k("a")) == AT_MS),
        True,
        name="pxat",
    ),
    Case(
        "MSETEX",
        lambda r, k: _after(
            r.msetex({k("a"): "new"}, keepttl=True),
            _t(r.get(k("a"))) == "new",
            99 <= r.ttl(k("a")) <= 100,
        ),
        True,
        setup=lambda r, k: r.set(k("a"), "old", ex=100),
        name="keepttl",
    ),
    Case(
        "MSETEX",
        lambda r, k: _after(
            r.msetex({k("a"): "1", k("b"): "2"}, nx=True, ex=100),
            r.exists(k("b")) == 0,
            _t(r.get(k("a"))) == "old",
        ),
        False,
        setup=lambda r, k: r.set(k("a"), "old"),
        name="nx-prevented",
    ),
    Case(
        "MSETEX",
        lambda r, k: r.msetex({k("a"): "1", k("b"): "2"}, nx=True),
        True,
        name="nx",
    ),
    Case(
        "MSETEX",
        lambda r, k: _after(
            r.msetex({k("a"): "1", k("b"): "2"}, xx=True), _t(r.get(k("a"))) == "old"
        ),
        False,
        setup=lambda r, k: r.set(k("a"), "old"),
        name="xx-prevented",
    ),
    Case(
        "MSETEX",
        lambda r, k: r.msetex({k("a"): "1", k("b"): "2"}, xx=True),
        True,
        setup=lambda r, k: (r.set(k("a"), "old"), r.set(k("b"), "old")),
        name="xx",
    ),
    Case(
        "DELIFEQ",
        lambda r, k: _after(r.delifeq(k("lock"), "token-1"), r.exists(k("lock")) == 0),
        True,
        setup=lambda r, k: r.set(k("lock"), "token-1"),
    ),
    Case(
        "DELIFEQ",
        lambda r, k: _after(r.delifeq(k("lock"), "token-2"), r.exists(k("lock")) == 1),
        False,
        setup=lambda r, k: r.set(k("lock"), "token-1"),
        name="other-value",
    ),
    Case("DELIFEQ", lambda r, k: r.delifeq(k("missing"), "x"), False, name="missing"),
]
CASES += VALKEY_STRING_CASES


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
