"""Integration cases for the list commands (the blocking ones are not offered)."""

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


def _items(r, k, name="l"):
    return [_t(x) for x in r.lrange(k(name), 0, -1)]


def _abc(r, k):
    r.rpush(k("l"), "a", "b", "c")


def _abcb(r, k):
    r.rpush(k("l"), "a", "b", "c", "b")


def _popped(got: object, key: str, elements: list[str]) -> bool:
    return _t(got.key) == key and [_t(x) for x in got.elements] == elements  # type: ignore[attr-defined]


CASES: list[Case] = [
    Case("LINDEX", lambda r, k: r.lindex(k("l"), 0), v("a"), setup=_abc),
    Case("LINDEX", lambda r, k: r.lindex(k("l"), -1), v("c"), setup=_abc, name="negative"),
    Case("LINDEX", lambda r, k: r.lindex(k("l"), 3), None, setup=_abc, name="out-of-range"),
    Case("LINDEX", lambda r, k: r.lindex(k("missing"), 0), None, name="missing"),
    Case(
        "LINSERT",
        lambda r, k: _after(
            r.linsert(k("l"), "BEFORE", "b", "x"), _items(r, k) == ["a", "x", "b", "c"]
        ),
        4,
        setup=_abc,
    ),
    Case(
        "LINSERT",
        lambda r, k: _after(
            r.linsert(k("l"), "AFTER", "c", "x"), _items(r, k) == ["a", "b", "c", "x"]
        ),
        4,
        setup=_abc,
        name="after",
    ),
    Case(
        "LINSERT",
        lambda r, k: r.linsert(k("l"), "BEFORE", "zz", "x"),
        -1,
        setup=_abc,
        name="no-pivot",
    ),
    Case("LINSERT", lambda r, k: r.linsert(k("missing"), "AFTER", "a", "x"), 0, name="missing"),
    Case("LLEN", lambda r, k: r.llen(k("l")), 3, setup=_abc),
    Case("LLEN", lambda r, k: r.llen(k("missing")), 0, name="missing"),
    Case(
        "LMOVE",
        lambda r, k: _after(
            r.lmove(k("l"), k("d"), "LEFT", "RIGHT"),
            _items(r, k) == ["b", "c"],
            _items(r, k, "d") == ["z", "a"],
        ),
        v("a"),
        setup=lambda r, k: (_abc(r, k), r.rpush(k("d"), "z")),
    ),
    Case(
        "LMOVE",
        lambda r, k: _after(
            r.lmove(k("l"), k("d"), "RIGHT", "LEFT"), _items(r, k, "d") == ["c", "z"]
        ),
        v("c"),
        setup=lambda r, k: (_abc(r, k), r.rpush(k("d"), "z")),
        name="right-left",
    ),
    Case(
        "LMOVE",
        lambda r, k: _after(
            r.lmove(k("l"), k("l"), "LEFT", "RIGHT"), _items(r, k) == ["b", "c", "a"]
        ),
        v("a"),
        setup=_abc,
        name="rotate",
    ),
    Case(
        "LMOVE",
        lambda r, k: _after(r.lmove(k("missing"), k("d"), "LEFT", "LEFT"), r.llen(k("d")) == 0),
        None,
        name="missing",
    ),
    Case(
        "LMPOP",
        lambda r, k: r.lmpop(k("missing"), k("l"), where="LEFT"),
        setup=_abc,
        check=lambda got, k: _popped(got, k("l"), ["a"]),
    ),
    Case(
        "LMPOP",
        lambda r, k: _after(r.lmpop(k("l"), where="RIGHT", count=2), _items(r, k) == ["a"]),
        setup=_abc,
        check=lambda got, k: _popped(got, k("l"), ["c", "b"]),
        name="right,count",
    ),
    Case(
        "LMPOP",
        lambda r, k: _after(r.lmpop(k("l"), where="LEFT", count=10), r.exists(k("l")) == 0),
        setup=_abc,
        check=lambda got, k: _popped(got, k("l"), ["a", "b", "c"]),
        name="count-beyond",
    ),
    Case(
        "LMPOP",
        lambda r, k: r.lmpop(k("missing"), k("other"), where="LEFT", count=2),
        None,
        name="missing",
    ),
    Case(
        "LPOP",
        lambda r, k: _after(r.lpop(k("l")), _items(r, k) == ["b", "c"]),
        v("a"),
        setup=_abc,
    ),
    Case("LPOP", lambda r, k: r.lpop(k("missing")), None, name="missing"),
    Case(
        "LPOP",
        lambda r, k: _after(r.lpop(k("l"), count=2), _items(r, k) == ["c"]),
        [v("a"), v("b")],
        when={"count": "set"},
        setup=_abc,
    ),
    Case(
        "LPOP",
        lambda r, k: r.lpop(k("l"), count=10),
        [v("a"), v("b"), v("c")],
        when={"count": "set"},
        setup=_abc,
        name="count=set,beyond",
    ),
    Case(
        "LPOP",
        lambda r, k: r.lpop(k("missing"), count=2),
        None,
        when={"count": "set"},
        name="count=set,missing",
    ),
    Case("LPOS", lambda r, k: r.lpos(k("l"), "b"), 1, setup=_abcb),
    Case("LPOS", lambda r, k: r.lpos(k("l"), "b", rank=2), 3, setup=_abcb, name="rank"),
    Case("LPOS", lambda r, k: r.lpos(k("l"), "b", rank=-1), 3, setup=_abcb, name="rank-negative"),
    Case("LPOS", lambda r, k: r.lpos(k("l"), "b", maxlen=1), None, setup=_abcb, name="maxlen"),
    Case("LPOS", lambda r, k: r.lpos(k("l"), "z"), None, setup=_abcb, name="no-match"),
    Case("LPOS", lambda r, k: r.lpos(k("missing"), "a"), None, name="missing"),
    Case(
        "LPOS",
        lambda r, k: r.lpos(k("l"), "b", count=0),
        [1, 3],
        when={"count": "set"},
        setup=_abcb,
    ),
    Case(
        "LPOS",
        lambda r, k: r.lpos(k("l"), "b", count=1, rank=-1),
        [3],
        when={"count": "set"},
        setup=_abcb,
        name="count=set,rank",
    ),
    Case(
        "LPOS",
        lambda r, k: r.lpos(k("l"), "z", count=0),
        [],
        when={"count": "set"},
        setup=_abcb,
        name="count=set,no-match",
    ),
    Case(
        "LPOS",
        lambda r, k: r.lpos(k("missing"), "a", count=1),
        [],
        when={"count": "set"},
        name="count=set,missing",
    ),
    Case(
        "LPUSH",
        lambda r, k: _after(r.lpush(k("l"), "x", "y"), _items(r, k) == ["y", "x", "a", "b", "c"]),
        5,
        setup=_abc,
    ),
    Case("LPUSH", lambda r, k: r.lpush(k("l"), "a"), 1, name="missing"),
    Case(
        "LPUSHX",
        lambda r, k: _after(r.lpushx(k("l"), "x", "y"), _items(r, k) == ["y", "x", "a", "b", "c"]),
        5,
        setup=_abc,
    ),
    Case(
        "LPUSHX",
        lambda r, k: _after(r.lpushx(k("l"), "x"), r.exists(k("l")) == 0),
        0,
        name="missing",
    ),
    Case("LRANGE", lambda r, k: r.lrange(k("l"), 0, -1), [v("a"), v("b"), v("c")], setup=_abc),
    Case(
        "LRANGE", lambda r, k: r.lrange(k("l"), -2, 10), [v("b"), v("c")], setup=_abc, name="slice"
    ),
    Case("LRANGE", lambda r, k: r.lrange(k("l"), 5, 10), [], setup=_abc, name="out-of-range"),
    Case("LRANGE", lambda r, k: r.lrange(k("missing"), 0, -1), [], name="missing"),
    Case(
        "LREM",
        lambda r, k: _after(r.lrem(k("l"), 0, "b"), _items(r, k) == ["a", "c"]),
        2,
        setup=_abcb,
    ),
    Case(
        "LREM",
        lambda r, k: _after(r.lrem(k("l"), -1, "b"), _items(r, k) == ["a", "b", "c"]),
        1,
        setup=_abcb,
        name="from-tail",
    ),
    Case("LREM", lambda r, k: r.lrem(k("l"), 0, "z"), 0, setup=_abcb, name="no-match"),
    Case("LREM", lambda r, k: r.lrem(k("missing"), 0, "a"), 0, name="missing"),
    Case(
        "LSET",
        lambda r, k: _after(r.lset(k("l"), -1, "z"), _items(r, k) == ["a", "b", "z"]),
        True,
        setup=_abc,
    ),
    Case(
        "LTRIM",
        lambda r, k: _after(r.ltrim(k("l"), 1, -1), _items(r, k) == ["b", "c"]),
        True,
        setup=_abc,
    ),
    Case(
        "LTRIM",
        lambda r, k: _after(r.ltrim(k("l"), 5, 10), r.exists(k("l")) == 0),
        True,
        setup=_abc,
        name="empties",
    ),
    Case(
        "RPOP",
        lambda r, k: _after(r.rpop(k("l")), _items(r, k) == ["a", "b"]),
        v("c"),
        setup=_abc,
    ),
    Case("RPOP", lambda r, k: r.rpop(k("missing")), None, name="missing"),
    Case(
        "RPOP",
        lambda r, k: _after(r.rpop(k("l"), count=2), _items(r, k) == ["a"]),
        [v("c"), v("b")],
        when={"count": "set"},
        setup=_abc,
    ),
    Case(
        "RPOP",
        lambda r, k: r.rpop(k("l"), count=0),
        [],
        when={"count": "set"},
        setup=_abc,
        name="count=set,zero",
    ),
    Case(
        "RPOP",
        lambda r, k: r.rpop(k("missing"), count=2),
        None,
        when={"count": "set"},
        name="count=set,missing",
    ),
    Case(
        "RPOPLPUSH",
        lambda r, k: _after(
            r.rpoplpush(k("l"), k("d")), _items(r, k) == ["a", "b"], _items(r, k, "d") == ["c", "z"]
        ),
        v("c"),
        setup=lambda r, k: (_abc(r, k), r.rpush(k("d"), "z")),
    ),
    Case("RPOPLPUSH", lambda r, k: r.rpoplpush(k("missing"), k("d")), None, name="missing"),
    Case(
        "RPUSH",
        lambda r, k: _after(r.rpush(k("l"), "x", "y"), _items(r, k) == ["a", "b", "c", "x", "y"]),
        5,
        setup=_abc,
    ),
    Case("RPUSH", lambda r, k: r.rpush(k("l"), "a", "b"), 2, name="missing"),
    Case(
        "RPUSHX",
        lambda r, k: _after(r.rpushx(k("l"), "x"), _items(r, k) == ["a", "b", "c", "x"]),
        4,
        setup=_abc,
    ),
    Case(
        "RPUSHX",
        lambda r, k: _after(r.rpushx(k("l"), "x"), r.exists(k("l")) == 0),
        0,
        name="missing",
    ),
]


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
