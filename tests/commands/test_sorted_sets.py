"""Integration cases for the sorted-set group: every offered reply variant, plus nil/empty replies."""

from __future__ import annotations

from typing import Any

import pytest

from tests.commands._harness import ANY, Case, live_params, plain, run_case, v


def abc(r: Any, k: Any, name: str = "z") -> object:
    """z = {a: 1, b: 2, c: 3}"""
    return r.zadd(k(name), {"a": 1.0, "b": 2.0, "c": 3.0})


def lex(r: Any, k: Any) -> object:
    """A lexicographic set: a, b, c, d all with score 0."""
    return r.zadd(k("lex"), {"a": 0.0, "b": 0.0, "c": 0.0, "d": 0.0})


def two(r: Any, k: Any) -> object:
    """z1 = {a: 1, b: 2, c: 3}, z2 = {a: 10, b: 20, x: 7}"""
    return (abc(r, k, "z1"), r.zadd(k("z2"), {"a": 10.0, "b": 20.0, "x": 7.0}))


def union_pair(r: Any, k: Any) -> object:
    """u1 = {a: 1, b: 2}, u2 = {b: 3, c: 4}"""
    return (r.zadd(k("u1"), {"a": 1.0, "b": 2.0}), r.zadd(k("u2"), {"b": 3.0, "c": 4.0}))


CASES: list[Case] = [
    # ZADD
    Case("ZADD", lambda r, k: r.zadd(k("z"), {"a": 1.0, "b": 2.5}), 2),
    Case(
        "ZADD",
        lambda r, k: r.zadd(k("z"), {"a": 5.0, "b": 2.0}, ch=True),
        2,
        setup=lambda r, k: r.zadd(k("z"), {"a": 1.0}),
        name="ch",
    ),
    Case(
        "ZADD",
        lambda r, k: r.zadd(k("z"), {"a": 9.0, "new": 1.0}, xx=True),
        0,
        setup=lambda r, k: r.zadd(k("z"), {"a": 1.0}),
        name="xx",
    ),
    Case(
        "ZADD",
        lambda r, k: r.zadd(k("z"), {"a": 3.0}, gt=True, ch=True),
        0,
        setup=lambda r, k: r.zadd(k("z"), {"a": 5.0}),
        name="gt-prevented",
    ),
    Case(
        "ZADD",
        lambda r, k: r.zadd(k("z"), {"a": 1.5}, incr=True),
        2.5,
        when={"incr": True},
        setup=lambda r, k: r.zadd(k("z"), {"a": 1.0}),
    ),
    Case(
        "ZADD",
        lambda r, k: r.zadd(k("z"), {"a": 1.0}, incr=True, nx=True),
        None,
        when={"incr": True},
        setup=lambda r, k: r.zadd(k("z"), {"a": 1.0}),
        name="incr-nx-prevented",
    ),
    # ZCARD, ZCOUNT, ZLEXCOUNT
    Case("ZCARD", lambda r, k: r.zcard(k("z")), 3, setup=abc),
    Case("ZCARD", lambda r, k: r.zcard(k("missing")), 0, name="missing"),
    Case("ZCOUNT", lambda r, k: r.zcount(k("z"), 2.0, 3.0), 2, setup=abc),
    Case("ZCOUNT", lambda r, k: r.zcount(k("z"), "-inf", "(3"), 2, setup=abc, name="exclusive"),
    Case("ZLEXCOUNT", lambda r, k: r.zlexcount(k("lex"), "[b", "+"), 3, setup=lex),
    # ZDIFF, ZINTER, ZUNION (+ STORE, ZINTERCARD)
    Case("ZDIFF", lambda r, k: r.zdiff(k("z1"), k("z2")), [v("c")], setup=two),
    Case(
        "ZDIFF",
        lambda r, k: r.zdiff(k("z1"), k("z2"), withscores=True),
        [(v("c"), 3.0)],
        when={"withscores": True},
        setup=two,
    ),
    Case("ZDIFF", lambda r, k: r.zdiff(k("missing"), k("z2")), [], setup=two, name="missing"),
    Case("ZDIFFSTORE", lambda r, k: r.zdiffstore(k("dst"), k("z1"), k("z2")), 1, setup=two),
    Case("ZINTER", lambda r, k: r.zinter(k("z1"), k("z2")), [v("a"), v("b")], setup=two),
    Case(
        "ZINTER",
        lambda r, k: r.zinter(k("z1"), k("z2"), withscores=True),
        [(v("a"), 11.0), (v("b"), 22.0)],
        when={"withscores": True},
        setup=two,
    ),
    Case(
        "ZINTER",
        lambda r, k: r.zinter(k("z1"), k("z2"), weights=[2, 0.5], aggregate="MAX", withscores=True),
        [(v("a"), 5.0), (v("b"), 10.0)],
        when={"withscores": True},
        setup=two,
        name="weights-aggregate",
    ),
    Case("ZINTERCARD", lambda r, k: r.zintercard(k("z1"), k("z2")), 2, setup=two),
    Case(
        "ZINTERCARD",
        lambda r, k: r.zintercard(k("z1"), k("z2"), limit=1),
        1,
        setup=two,
        name="limit",
    ),
    Case("ZINTERSTORE", lambda r, k: r.zinterstore(k("dst"), k("z1"), k("z2")), 2, setup=two),
    Case(
        "ZINTERSTORE",
        lambda r, k: r.zinterstore(
            k("dst"), k("z1"), k("missing"), weights=[1, 1], aggregate="MIN"
        ),
        0,
        setup=two,
        name="empty",
    ),
    Case(
        "ZUNION",
        lambda r, k: r.zunion(k("u1"), k("u2")),
        [v("a"), v("c"), v("b")],
        setup=union_pair,
    ),
    Case(
        "ZUNION",
        lambda r, k: r.zunion(k("u1"), k("u2"), withscores=True),
        [(v("a"), 1.0), (v("c"), 4.0), (v("b"), 5.0)],
        when={"withscores": True},
        setup=union_pair,
    ),
    Case(
        "ZUNION",
        lambda r, k: r.zunion(k("u1"), k("u2"), weights=[1, 2], aggregate="MIN", withscores=True),
        [(v("a"), 1.0), (v("b"), 2.0), (v("c"), 8.0)],
        when={"withscores": True},
        setup=union_pair,
        name="weights-aggregate",
    ),
    Case(
        "ZUNIONSTORE", lambda r, k: r.zunionstore(k("dst"), k("u1"), k("u2")), 3, setup=union_pair
    ),
    # ZINCRBY
    Case("ZINCRBY", lambda r, k: r.zincrby(k("z"), 0.25, "a"), 1.25, setup=abc),
    Case("ZINCRBY", lambda r, k: r.zincrby(k("z"), -2.0, "new"), -2.0, name="new-member"),
    # ZMPOP
    Case(
        "ZMPOP",
        lambda r, k: r.zmpop([k("missing"), k("z")], "MIN", count=2),
        check=lambda got, k: plain(got) == (k("z"), [("a", 1.0), ("b", 2.0)]),
        setup=abc,
    ),
    Case(
        "ZMPOP",
        lambda r, k: r.zmpop([k("z")], "MAX"),
        check=lambda got, k: plain(got) == (k("z"), [("c", 3.0)]),
        setup=abc,
        name="max",
    ),
    Case("ZMPOP", lambda r, k: r.zmpop([k("missing")], "MAX"), None, name="empty"),
    # ZMSCORE, ZSCORE
    Case("ZMSCORE", lambda r, k: r.zmscore(k("z"), "b", "nope", "a"), [2.0, None, 1.0], setup=abc),
    Case("ZMSCORE", lambda r, k: r.zmscore(k("missing"), "a"), [None], name="missing"),
    Case(
        "ZSCORE",
        lambda r, k: r.zscore(k("z"), "a"),
        2.5,
        setup=lambda r, k: r.zadd(k("z"), {"a": 2.5}),
    ),
    Case("ZSCORE", lambda r, k: r.zscore(k("z"), "nope"), None, setup=abc, name="missing-member"),
    Case("ZSCORE", lambda r, k: r.zscore(k("missing"), "a"), None, name="missing"),
    Case(
        "ZSCORE",
        lambda r, k: r.zscore(k("z"), "top"),
        float("inf"),
        setup=lambda r, k: r.execute("ZADD", k("z"), "+inf", "top"),
        name="inf",
    ),
    # ZPOPMAX, ZPOPMIN
    Case("ZPOPMAX", lambda r, k: r.zpopmax(k("z")), (v("c"), 3.0), setup=abc),
    Case("ZPOPMAX", lambda r, k: r.zpopmax(k("missing")), None, name="missing"),
    Case(
        "ZPOPMAX",
        lambda r, k: r.zpopmax(k("z"), count=2),
        [(v("c"), 3.0), (v("b"), 2.0)],
        setup=abc,
        when={"count": "set"},
    ),
    Case(
        "ZPOPMAX",
        lambda r, k: r.zpopmax(k("missing"), count=2),
        [],
        when={"count": "set"},
        name="missing",
    ),
    Case("ZPOPMIN", lambda r, k: r.zpopmin(k("z")), (v("a"), 1.0), setup=abc),
    Case("ZPOPMIN", lambda r, k: r.zpopmin(k("missing")), None, name="missing"),
    Case(
        "ZPOPMIN",
        lambda r, k: r.zpopmin(k("z"), count=5),
        [(v("a"), 1.0), (v("b"), 2.0), (v("c"), 3.0)],
        setup=abc,
        when={"count": "set"},
    ),
    Case(
        "ZPOPMIN",
        lambda r, k: r.zpopmin(k("missing"), count=2),
        [],
        when={"count": "set"},
        name="missing",
    ),
    # ZRANDMEMBER: a one-member set (or count >= size) makes the random answer knowable
    Case(
        "ZRANDMEMBER",
        lambda r, k: r.zrandmember(k("z")),
        v("only"),
        setup=lambda r, k: r.zadd(k("z"), {"only": 1.0}),
    ),
    Case(
        "ZRANDMEMBER",
        lambda r, k: r.zrandmember(k("z")),
        ANY,
        check=lambda got, k: plain(got) in ("a", "b", "c"),
        setup=abc,
        name="one-of-three",
    ),
    Case("ZRANDMEMBER", lambda r, k: r.zrandmember(k("missing")), None, name="missing"),
    Case(
        "ZRANDMEMBER",
        lambda r, k: r.zrandmember(k("z"), count=5),
        [v("a"), v("b"), v("c")],
        when={"count": "set"},
        setup=abc,
        unordered=True,
    ),
    Case(
        "ZRANDMEMBER",
        lambda r, k: r.zrandmember(k("z"), count=-3),
        [v("only"), v("only"), v("only")],
        when={"count": "set"},
        setup=lambda r, k: r.zadd(k("z"), {"only": 1.0}),
        name="negative-count",
    ),
    Case(
        "ZRANDMEMBER",
        lambda r, k: r.zrandmember(k("missing"), count=2),
        [],
        when={"count": "set"},
        name="missing-count",
    ),
    Case(
        "ZRANDMEMBER",
        lambda r, k: r.zrandmember(k("z"), count=3, withscores=True),
        [(v("a"), 1.0), (v("b"), 2.0), (v("c"), 3.0)],
        when={"count": "set", "withscores": True},
        setup=abc,
        unordered=True,
    ),
    Case(
        "ZRANDMEMBER",
        lambda r, k: r.zrandmember(k("z"), count=-2, withscores=True),
        [(v("only"), 1.5), (v("only"), 1.5)],
        when={"count": "set", "withscores": True},
        setup=lambda r, k: r.zadd(k("z"), {"only": 1.5}),
        name="negative-count-withscores",
    ),
    # ZRANGE family
    Case("ZRANGE", lambda r, k: r.zrange(k("z"), 0, -1), [v("a"), v("b"), v("c")], setup=abc),
    Case("ZRANGE", lambda r, k: r.zrange(k("missing"), 0, -1), [], name="missing"),
    Case(
        "ZRANGE",
        lambda r, k: r.zrange(k("lex"), "[b", "(d", bylex=True),
        [v("b"), v("c")],
        setup=lex,
        name="bylex",
    ),
    Case(
        "ZRANGE",
        lambda r, k: r.zrange(k("z"), 0, -1, withscores=True),
        [(v("a"), 1.0), (v("b"), 2.0), (v("c"), 3.0)],
        when={"withscores": True},
        setup=abc,
    ),
    Case(
        "ZRANGE",
        lambda r, k: r.zrange(
            k("z"), "+inf", "(1", byscore=True, rev=True, limit=(0, 5), withscores=True
        ),
        [(v("c"), 3.0), (v("b"), 2.0)],
        when={"withscores": True},
        setup=abc,
        name="byscore-rev-limit",
    ),
    Case(
        "ZRANGEBYLEX",
        lambda r, k: r.zrangebylex(k("lex"), "[b", "+", limit=(0, 2)),
        [v("b"), v("c")],
        setup=lex,
    ),
    Case(
        "ZRANGEBYLEX", lambda r, k: r.zrangebylex(k("lex"), "(d", "+"), [], setup=lex, name="empty"
    ),
    Case(
        "ZRANGEBYSCORE",
        lambda r, k: r.zrangebyscore(k("z"), "(1", 3.0),
        [v("b"), v("c")],
        setup=abc,
    ),
    Case(
        "ZRANGEBYSCORE",
        lambda r, k: r.zrangebyscore(k("z"), "-inf", "+inf", withscores=True, limit=(1, 1)),
        [(v("b"), 2.0)],
        when={"withscores": True},
        setup=abc,
    ),
    Case("ZRANGESTORE", lambda r, k: r.zrangestore(k("dst"), k("z"), 0, -1), 3, setup=abc),
    Case(
        "ZRANGESTORE",
        lambda r, k: r.zrangestore(k("dst"), k("z"), 2, 3, byscore=True, limit=(0, 1)),
        1,
        setup=abc,
        name="byscore-limit",
    ),
    Case("ZREVRANGE", lambda r, k: r.zrevrange(k("z"), 0, 1), [v("c"), v("b")], setup=abc),
    Case(
        "ZREVRANGE",
        lambda r, k: r.zrevrange(k("z"), 0, -1, withscores=True),
        [(v("c"), 3.0), (v("b"), 2.0), (v("a"), 1.0)],
        when={"withscores": True},
        setup=abc,
    ),
    Case(
        "ZREVRANGEBYLEX",
        lambda r, k: r.zrevrangebylex(k("lex"), "+", "[b", limit=(0, 2)),
        [v("d"), v("c")],
        setup=lex,
    ),
    Case(
        "ZREVRANGEBYSCORE",
        lambda r, k: r.zrevrangebyscore(k("z"), "+inf", "-inf"),
        [v("c"), v("b"), v("a")],
        setup=abc,
    ),
    Case(
        "ZREVRANGEBYSCORE",
        lambda r, k: r.zrevrangebyscore(k("z"), 3.0, "(1", withscores=True, limit=(1, 5)),
        [(v("b"), 2.0)],
        when={"withscores": True},
        setup=abc,
    ),
    # ZRANK, ZREVRANK
    Case("ZRANK", lambda r, k: r.zrank(k("z"), "b"), 1, setup=abc),
    Case("ZRANK", lambda r, k: r.zrank(k("z"), "nope"), None, setup=abc, name="missing-member"),
    Case("ZREVRANK", lambda r, k: r.zrevrank(k("z"), "c"), 0, setup=abc),
    Case("ZREVRANK", lambda r, k: r.zrevrank(k("missing"), "a"), None, name="missing"),
    # WITHSCORE (Redis 7.2, so Valkey only here): the rank and the score
    Case(
        "ZRANK",
        lambda r, k: r.zrank(k("z"), "b", withscore=True),
        (1, 2.0),
        when={"withscore": True},
        setup=abc,
    ),
    Case(
        "ZRANK",
        lambda r, k: r.zrank(k("z"), "x", withscore=True),
        (0, 1.5),
        when={"withscore": True},
        setup=lambda r, k: r.zadd(k("z"), {"x": 1.5}),
        name="withscore=True,fraction",
    ),
    Case(
        "ZRANK",
        lambda r, k: r.zrank(k("z"), "nope", withscore=True),
        None,
        when={"withscore": True},
        setup=abc,
        name="withscore=True,missing-member",
    ),
    Case(
        "ZRANK",
        lambda r, k: r.zrank(k("missing"), "a", withscore=True),
        None,
        when={"withscore": True},
        name="withscore=True,missing",
    ),
    Case(
        "ZREVRANK",
        lambda r, k: r.zrevrank(k("z"), "a", withscore=True),
        (2, 1.0),
        when={"withscore": True},
        setup=abc,
    ),
    Case(
        "ZREVRANK",
        lambda r, k: r.zrevrank(k("missing"), "a", withscore=True),
        None,
        when={"withscore": True},
        name="withscore=True,missing",
    ),
    # ZREM, ZREMRANGEBY*
    Case("ZREM", lambda r, k: r.zrem(k("z"), "a", "nope"), 1, setup=abc),
    Case("ZREMRANGEBYLEX", lambda r, k: r.zremrangebylex(k("lex"), "[b", "[c"), 2, setup=lex),
    Case("ZREMRANGEBYRANK", lambda r, k: r.zremrangebyrank(k("z"), 0, 1), 2, setup=abc),
    Case("ZREMRANGEBYSCORE", lambda r, k: r.zremrangebyscore(k("z"), "-inf", "(3"), 2, setup=abc),
    # ZSCAN
    Case(
        "ZSCAN",
        lambda r, k: r.zscan(k("z")),
        (0, [(v("a"), 1.0), (v("b"), 2.0), (v("c"), 3.0)]),
        setup=abc,
    ),
    Case(
        "ZSCAN",
        lambda r, k: r.zscan(k("z"), cursor=0, match="b*", count=10),
        (0, [(v("b"), 2.0)]),
        setup=abc,
        name="match",
    ),
    Case("ZSCAN", lambda r, k: r.zscan(k("missing")), (0, []), name="missing"),
    # NOSCORES (Valkey 8.0; no Redis release has it): the members only
    Case(
        "ZSCAN",
        lambda r, k: r.zscan(k("z"), noscores=True),
        (0, [v("a"), v("b"), v("c")]),
        when={"noscores": True},
        setup=abc,
    ),
    Case(
        "ZSCAN",
        lambda r, k: r.zscan(k("z"), 0, match="b*", count=100, noscores=True),
        (0, [v("b")]),
        when={"noscores": True},
        setup=abc,
        name="noscores=True,match",
    ),
    Case(
        "ZSCAN",
        lambda r, k: r.zscan(k("missing"), noscores=True),
        (0, []),
        when={"noscores": True},
        name="noscores=True,missing",
    ),
]


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
