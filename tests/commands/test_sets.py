"""Integration cases for the set commands."""

from __future__ import annotations

import pytest

from tests.commands._harness import Case, live_params, run_case, v


def _t(value: object) -> object:
    """A reply value as text, whatever the client's mode (for checks made inside a call)."""
    return value.decode() if isinstance(value, bytes) else value


def _after(value: object, *facts: bool) -> object:
    """Return `value` (the reply under test) once the side effects read after it hold."""
    assert all(facts), f"side effect not as expected: {facts}"
    return value


def _members(r, k, name="s"):
    return {_t(x) for x in r.smembers(k(name))}


def _xyz(r, k):
    r.sadd(k("s"), "x", "y", "z")


def _two_sets(r, k):
    r.sadd(k("a"), "x", "y", "z")
    r.sadd(k("b"), "y", "z", "w")


CASES: list[Case] = [
    Case(
        "SADD",
        lambda r, k: _after(r.sadd(k("s"), "x", "y", "x"), _members(r, k) == {"x", "y"}),
        2,
    ),
    Case("SADD", lambda r, k: r.sadd(k("s"), "x", "w"), 1, setup=_xyz, name="some-exist"),
    Case("SCARD", lambda r, k: r.scard(k("s")), 3, setup=_xyz),
    Case("SCARD", lambda r, k: r.scard(k("missing")), 0, name="missing"),
    Case("SDIFF", lambda r, k: r.sdiff(k("a"), k("b")), [v("x")], setup=_two_sets),
    Case(
        "SDIFF",
        lambda r, k: r.sdiff(k("a"), k("missing")),
        [v("x"), v("y"), v("z")],
        setup=_two_sets,
        unordered=True,
        name="with-missing",
    ),
    Case("SDIFF", lambda r, k: r.sdiff(k("missing"), k("a")), [], setup=_two_sets, name="missing"),
    Case(
        "SDIFFSTORE",
        lambda r, k: _after(r.sdiffstore(k("d"), k("b"), k("a")), _members(r, k, "d") == {"w"}),
        1,
        setup=_two_sets,
    ),
    Case(
        "SDIFFSTORE",
        lambda r, k: _after(r.sdiffstore(k("d"), k("a"), k("a")), r.exists(k("d")) == 0),
        0,
        setup=lambda r, k: (_two_sets(r, k), r.sadd(k("d"), "old")),
        name="empty-result-deletes",
    ),
    Case(
        "SINTER",
        lambda r, k: r.sinter(k("a"), k("b")),
        [v("y"), v("z")],
        setup=_two_sets,
        unordered=True,
    ),
    Case(
        "SINTER", lambda r, k: r.sinter(k("a"), k("missing")), [], setup=_two_sets, name="missing"
    ),
    Case("SINTERCARD", lambda r, k: r.sintercard(k("a"), k("b")), 2, setup=_two_sets),
    Case(
        "SINTERCARD",
        lambda r, k: r.sintercard(k("a"), k("b"), limit=1),
        1,
        setup=_two_sets,
        name="limit",
    ),
    Case(
        "SINTERCARD",
        lambda r, k: r.sintercard(k("a"), limit=0),
        3,
        setup=_two_sets,
        name="limit-zero-is-unlimited",
    ),
    Case(
        "SINTERCARD",
        lambda r, k: r.sintercard(k("a"), k("missing")),
        0,
        setup=_two_sets,
        name="missing",
    ),
    Case(
        "SINTERSTORE",
        lambda r, k: _after(
            r.sinterstore(k("d"), k("a"), k("b")), _members(r, k, "d") == {"y", "z"}
        ),
        2,
        setup=_two_sets,
    ),
    Case(
        "SINTERSTORE",
        lambda r, k: _after(r.sinterstore(k("d"), k("a"), k("missing")), r.exists(k("d")) == 0),
        0,
        setup=_two_sets,
        name="missing",
    ),
    Case("SISMEMBER", lambda r, k: r.sismember(k("s"), "y"), True, setup=_xyz),
    Case("SISMEMBER", lambda r, k: r.sismember(k("s"), "q"), False, setup=_xyz, name="not-member"),
    Case("SISMEMBER", lambda r, k: r.sismember(k("missing"), "x"), False, name="missing"),
    Case(
        "SMEMBERS",
        lambda r, k: r.smembers(k("s")),
        [v("x"), v("y"), v("z")],
        setup=_xyz,
        unordered=True,
    ),
    Case("SMEMBERS", lambda r, k: r.smembers(k("missing")), [], name="missing"),
    Case(
        "SMISMEMBER",
        lambda r, k: r.smismember(k("s"), "x", "q", "z"),
        [True, False, True],
        setup=_xyz,
    ),
    Case(
        "SMISMEMBER",
        lambda r, k: r.smismember(k("missing"), "x", "y"),
        [False, False],
        name="missing",
    ),
    Case(
        "SMOVE",
        lambda r, k: _after(
            r.smove(k("a"), k("b"), "x"),
            _members(r, k, "a") == {"y", "z"},
            _members(r, k, "b") == {"w", "x", "y", "z"},
        ),
        True,
        setup=_two_sets,
    ),
    Case(
        "SMOVE",
        lambda r, k: r.smove(k("a"), k("b"), "q"),
        False,
        setup=_two_sets,
        name="not-member",
    ),
    Case("SMOVE", lambda r, k: r.smove(k("missing"), k("b"), "x"), False, name="missing"),
    Case(
        "SPOP",
        lambda r, k: _after(r.spop(k("s")), r.exists(k("s")) == 0),
        v("x"),
        setup=lambda r, k: r.sadd(k("s"), "x"),
    ),
    Case(
        "SPOP",
        lambda r, k: r.spop(k("s")),
        setup=_xyz,
        check=lambda got, k: _t(got) in ("x", "y", "z"),
        name="one-of-three",
    ),
    Case("SPOP", lambda r, k: r.spop(k("missing")), None, name="missing"),
    Case(
        "SPOP",
        lambda r, k: _after(r.spop(k("s"), count=5), r.exists(k("s")) == 0),
        [v("x"), v("y"), v("z")],
        when={"count": "set"},
        setup=_xyz,
        unordered=True,
    ),
    Case(
        "SPOP",
        lambda r, k: r.spop(k("s"), count=2),
        when={"count": "set"},
        setup=_xyz,
        check=lambda got, k: (
            len({_t(x) for x in got}) == 2 and {_t(x) for x in got} < {"x", "y", "z"}
        ),
        name="count=set,some",
    ),
    Case(
        "SPOP",
        lambda r, k: r.spop(k("missing"), count=2),
        [],
        when={"count": "set"},
        name="count=set,missing",
    ),
    Case(
        "SRANDMEMBER",
        lambda r, k: _after(r.srandmember(k("s")), r.scard(k("s")) == 1),
        v("x"),
        setup=lambda r, k: r.sadd(k("s"), "x"),
    ),
    Case(
        "SRANDMEMBER",
        lambda r, k: r.srandmember(k("s")),
        setup=_xyz,
        check=lambda got, k: _t(got) in ("x", "y", "z"),
        name="one-of-three",
    ),
    Case("SRANDMEMBER", lambda r, k: r.srandmember(k("missing")), None, name="missing"),
    Case(
        "SRANDMEMBER",
        lambda r, k: r.srandmember(k("s"), count=5),
        [v("x"), v("y"), v("z")],
        when={"count": "set"},
        setup=_xyz,
        unordered=True,
    ),
    Case(
        "SRANDMEMBER",
        lambda r, k: r.srandmember(k("s"), count=-3),
        [v("x"), v("x"), v("x")],
        when={"count": "set"},
        setup=lambda r, k: r.sadd(k("s"), "x"),
        name="count=set,negative",
    ),
    Case(
        "SRANDMEMBER",
        lambda r, k: r.srandmember(k("s"), count=-4),
        when={"count": "set"},
        setup=_xyz,
        check=lambda got, k: len(got) == 4 and {_t(x) for x in got} <= {"x", "y", "z"},
        name="count=set,negative-repeats",
    ),
    Case(
        "SRANDMEMBER",
        lambda r, k: r.srandmember(k("missing"), count=2),
        [],
        when={"count": "set"},
        name="count=set,missing",
    ),
    Case(
        "SREM",
        lambda r, k: _after(r.srem(k("s"), "x", "q"), _members(r, k) == {"y", "z"}),
        1,
        setup=_xyz,
    ),
    Case("SREM", lambda r, k: r.srem(k("missing"), "x"), 0, name="missing"),
    # An intset is scanned in one call, in ascending order.
    Case(
        "SSCAN",
        lambda r, k: r.sscan(k("s")),
        (0, [v("1"), v("2"), v("3")]),
        setup=lambda r, k: r.sadd(k("s"), "3", "1", "2"),
    ),
    Case(
        "SSCAN",
        lambda r, k: r.sscan(k("s"), 0, match="2*", count=100),
        (0, [v("2")]),
        setup=lambda r, k: r.sadd(k("s"), "3", "1", "2"),
        name="match,count",
    ),
    Case("SSCAN", lambda r, k: r.sscan(k("missing")), (0, []), name="missing"),  # cursor 0
    Case(
        "SUNION",
        lambda r, k: r.sunion(k("a"), k("b"), k("missing")),
        [v("w"), v("x"), v("y"), v("z")],
        setup=_two_sets,
        unordered=True,
    ),
    Case("SUNION", lambda r, k: r.sunion(k("missing")), [], name="missing"),
    Case(
        "SUNIONSTORE",
        lambda r, k: _after(
            r.sunionstore(k("d"), k("a"), k("b")), _members(r, k, "d") == {"w", "x", "y", "z"}
        ),
        4,
        setup=_two_sets,
    ),
    Case(
        "SUNIONSTORE",
        lambda r, k: _after(r.sunionstore(k("d"), k("missing")), r.exists(k("d")) == 0),
        0,
        setup=lambda r, k: r.sadd(k("d"), "old"),
        name="missing",
    ),
]


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
