"""Integration cases for the hash commands."""

from __future__ import annotations

import pytest

from tests.commands._harness import Case, run_case, v


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


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case, mode: str, text_client, binary_client) -> None:
    run_case(case, binary_client if mode == "bytes" else text_client, binary=mode == "bytes")
