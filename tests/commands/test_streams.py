"""Integration cases for the stream group: every offered reply variant, plus nil/empty replies.

Entries get explicit ids (1-0, 2-0, 3-0 with field f = "1", "2", "3") so ids and contents are
known; only idle times and timestamps are unknowable and are checked for their type.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.commands._harness import ANY, Case, live_params, plain, run_case, v


def has(d: Any, **want: object) -> bool:
    """`d` (a plain map-shaped struct) has these field values."""
    return isinstance(d, dict) and all(d.get(name) == value for name, value in want.items())


def is_ts(x: object) -> bool:
    """A millisecond timestamp or duration."""
    return type(x) is int and x >= 0


def e(i: int) -> tuple[str, dict[str, str]]:
    """Entry i of `entries` in plain form."""
    return (f"{i}-0", {"f": str(i)})


def entries(r: Any, k: Any, name: str = "s") -> object:
    """Stream `name` with entries 1-0, 2-0, 3-0 (field f = "1", "2", "3")."""
    return [r.xadd(k(name), {"f": str(i)}, id=f"{i}-0") for i in (1, 2, 3)]


def grouped(r: Any, k: Any) -> object:
    """`entries` plus group g, which has delivered nothing yet."""
    return (entries(r, k), r.xgroup_create(k("s"), "g", id="0"))


def delivered(r: Any, k: Any) -> object:
    """`grouped`, then consumer c1 read all three entries (they are pending for c1)."""
    return (grouped(r, k), r.xreadgroup("g", "c1", {k("s"): ">"}))


def delivered_then_deleted(r: Any, k: Any) -> object:
    """`delivered`, then entry 2-0 was deleted from the stream (it stays in the PEL)."""
    return (delivered(r, k), r.xdel(k("s"), "2-0"))


def help_check(container: str, subcommands: set[str]) -> Any:
    """HELP: the usage line first, then one unindented line per subcommand."""

    def check(got: list[str], k: Any) -> bool:
        heads = {line.split()[0] for line in got if line and not line.startswith(" ")}
        return got[0].startswith(f"{container} <subcommand>") and subcommands <= heads

    return check


CASES: list[Case] = [
    # XADD
    Case("XADD", lambda r, k: r.xadd(k("s"), {"f1": "v1", "f2": "v2"}, id="1-1"), v("1-1")),
    Case(
        "XADD",
        lambda r, k: r.xadd(k("s"), {"f": "v"}),
        ANY,
        check=lambda got, k: re.fullmatch(r"\d+-\d+", plain(got)) is not None,
        name="auto-id",
    ),
    Case("XADD", lambda r, k: r.xadd(k("s"), {"f": "v"}, id="7-*"), v("7-0"), name="partial-id"),
    Case(
        "XADD",
        lambda r, k: r.xadd(
            k("s"), {"f": "4"}, id="4-0", strategy="MAXLEN", equal=True, threshold=2
        ),
        v("4-0"),
        setup=entries,
        name="maxlen",
    ),
    Case(
        "XADD",
        lambda r, k: r.xadd(
            k("s"),
            {"f": "4"},
            id="4-0",
            strategy="MINID",
            approximately=True,
            threshold="2-0",
            limit=10,
        ),
        v("4-0"),
        setup=entries,
        name="minid-approximately-limit",
    ),
    Case(
        "XADD",
        lambda r, k: r.xadd(k("s"), {"f": "4"}, id="4-0", nomkstream=True),
        v("4-0"),
        when={"nomkstream": True},
        setup=entries,
    ),
    Case(
        "XADD",
        lambda r, k: r.xadd(k("missing"), {"f": "v"}, nomkstream=True),
        None,
        when={"nomkstream": True},
        name="nomkstream-missing",
    ),
    # XLEN, XDEL, XRANGE, XREVRANGE
    Case("XLEN", lambda r, k: r.xlen(k("s")), 3, setup=entries),
    Case("XLEN", lambda r, k: r.xlen(k("missing")), 0, name="missing"),
    Case("XDEL", lambda r, k: r.xdel(k("s"), "1-0", "9-9"), 1, setup=entries),
    Case(
        "XRANGE",
        lambda r, k: r.xrange(k("s")),
        check=lambda got, k: plain(got) == [e(1), e(2), e(3)],
        setup=entries,
    ),
    Case(
        "XRANGE",
        lambda r, k: r.xrange(k("s"), start="2-0", end="+", count=1),
        check=lambda got, k: plain(got) == [e(2)],
        setup=entries,
        name="start-count",
    ),
    Case("XRANGE", lambda r, k: r.xrange(k("missing")), [], name="missing"),
    Case(
        "XREVRANGE",
        lambda r, k: r.xrevrange(k("s"), count=2),
        check=lambda got, k: plain(got) == [e(3), e(2)],
        setup=entries,
    ),
    Case(
        "XREVRANGE",
        lambda r, k: r.xrevrange(k("s"), end="2-0", start="-"),
        check=lambda got, k: plain(got) == [e(2), e(1)],
        setup=entries,
        name="end-start",
    ),
    # XREAD
    Case(
        "XREAD",
        lambda r, k: r.xread({k("s"): "1-0"}),
        check=lambda got, k: plain(got) == [(k("s"), [e(2), e(3)])],
        setup=entries,
    ),
    Case(
        "XREAD",
        lambda r, k: r.xread({k("s"): "0-0", k("t"): "0-0"}, count=1),
        check=lambda got, k: plain(got) == [(k("s"), [e(1)]), (k("t"), [e(1)])],
        setup=lambda r, k: (entries(r, k), entries(r, k, "t")),
        name="two-streams-count",
    ),
    Case(
        "XREAD",
        lambda r, k: r.xread({k("s"): "3-0", k("missing"): "0-0"}),
        None,
        setup=entries,
        name="nothing-new",
    ),
    # XGROUP *
    Case("XGROUP CREATE", lambda r, k: r.xgroup_create(k("s"), "g", id="0"), True, setup=entries),
    Case(
        "XGROUP CREATE",
        lambda r, k: r.xgroup_create(k("new"), "g", mkstream=True),
        True,
        name="mkstream",
    ),
    Case(
        "XGROUP CREATE",
        lambda r, k: r.xgroup_create(k("s"), "g", id="2-0", entriesread=2),
        True,
        setup=entries,
        name="entriesread",
    ),
    Case(
        "XGROUP CREATECONSUMER",
        lambda r, k: r.xgroup_createconsumer(k("s"), "g", "c1"),
        True,
        setup=grouped,
    ),
    Case(
        "XGROUP CREATECONSUMER",
        lambda r, k: r.xgroup_createconsumer(k("s"), "g", "c1"),
        False,
        setup=lambda r, k: (grouped(r, k), r.xgroup_createconsumer(k("s"), "g", "c1")),
        name="exists",
    ),
    Case(
        "XGROUP DELCONSUMER",
        lambda r, k: r.xgroup_delconsumer(k("s"), "g", "c1"),
        3,
        setup=delivered,
    ),
    Case(
        "XGROUP DELCONSUMER",
        lambda r, k: r.xgroup_delconsumer(k("s"), "g", "nobody"),
        0,
        setup=grouped,
        name="unknown-consumer",
    ),
    Case("XGROUP DESTROY", lambda r, k: r.xgroup_destroy(k("s"), "g"), True, setup=grouped),
    Case(
        "XGROUP DESTROY",
        lambda r, k: r.xgroup_destroy(k("s"), "g"),
        False,
        setup=entries,
        name="no-group",
    ),
    Case("XGROUP SETID", lambda r, k: r.xgroup_setid(k("s"), "g", "$"), True, setup=grouped),
    Case(
        "XGROUP SETID",
        lambda r, k: r.xgroup_setid(k("s"), "g", "1-0", entriesread=1),
        True,
        setup=grouped,
        name="entriesread",
    ),
    Case(
        "XGROUP HELP",
        lambda r, k: r.xgroup_help(),
        check=help_check(
            "XGROUP", {"CREATE", "CREATECONSUMER", "DELCONSUMER", "DESTROY", "SETID", "HELP"}
        ),
    ),
    # XREADGROUP
    Case(
        "XREADGROUP",
        lambda r, k: r.xreadgroup("g", "c1", {k("s"): ">"}, count=2),
        check=lambda got, k: plain(got) == [(k("s"), [e(1), e(2)])],
        setup=grouped,
    ),
    Case(
        "XREADGROUP",
        lambda r, k: r.xreadgroup("g", "c1", {k("s"): ">"}, noack=True),
        check=lambda got, k: plain(got) == [(k("s"), [e(1), e(2), e(3)])],
        setup=grouped,
        name="noack",
    ),
    Case(
        "XREADGROUP",
        lambda r, k: r.xreadgroup("g", "c1", {k("s"): "0"}),
        check=lambda got, k: plain(got) == [(k("s"), [e(1), ("2-0", None), e(3)])],
        setup=delivered_then_deleted,
        name="pending-with-deleted",
    ),
    Case(
        "XREADGROUP",
        lambda r, k: r.xreadgroup("g", "c1", {k("s"): ">"}),
        None,
        setup=delivered,
        name="nothing-new",
    ),
    # XACK
    Case("XACK", lambda r, k: r.xack(k("s"), "g", "1-0", "3-0", "9-9"), 2, setup=delivered),
    Case("XACK", lambda r, k: r.xack(k("missing"), "g", "1-0"), 0, name="missing"),
    # XPENDING
    Case(
        "XPENDING",
        lambda r, k: r.xpending(k("s"), "g"),
        check=lambda got, k: plain(got) == (3, "1-0", "3-0", [("c1", 3)]),
        setup=delivered,
    ),
    Case(
        "XPENDING",
        lambda r, k: r.xpending(k("s"), "g"),
        check=lambda got, k: plain(got) == (0, None, None, None),
        setup=grouped,
        name="empty",
    ),
    Case(
        "XPENDING",
        lambda r, k: r.xpending(k("s"), "g", start="-", end="+", count=10),
        check=lambda got, k: (
            [(i, c, d) for i, c, _, d in plain(got)]
            == [("1-0", "c1", 1), ("2-0", "c1", 1), ("3-0", "c1", 1)]
            and all(is_ts(p[2]) for p in plain(got))
        ),
        when={"count": "set"},
        setup=delivered,
    ),
    Case(
        "XPENDING",
        lambda r, k: r.xpending(k("s"), "g", idle=0, start="2-0", end="+", count=1, consumer="c1"),
        check=lambda got, k: [(p[0], p[1], p[3]) for p in plain(got)] == [("2-0", "c1", 1)],
        when={"count": "set"},
        setup=delivered,
        name="idle-consumer",
    ),
    Case(
        "XPENDING",
        lambda r, k: r.xpending(k("s"), "g", start="-", end="+", count=10, consumer="nobody"),
        [],
        when={"count": "set"},
        setup=delivered,
        name="unknown-consumer",
    ),
    # XCLAIM
    Case(
        "XCLAIM",
        lambda r, k: r.xclaim(k("s"), "g", "c2", 0, "1-0", "2-0"),
        check=lambda got, k: plain(got) == [e(1), e(2)],
        setup=delivered,
    ),
    Case(
        "XCLAIM",
        lambda r, k: r.xclaim(k("s"), "g", "c2", 0, "1-0", "2-0"),
        check=lambda got, k: plain(got) == [e(1)],
        setup=delivered_then_deleted,
        name="deleted-dropped",
    ),
    Case(
        "XCLAIM",
        lambda r, k: r.xclaim(
            k("s"), "g", "c2", 0, "3-0", idle=5000, retrycount=4, force=True, lastid="3-0"
        ),
        check=lambda got, k: plain(got) == [e(3)],
        setup=grouped,
        name="force-options",
    ),
    Case(
        "XCLAIM",
        lambda r, k: r.xclaim(k("s"), "g", "c2", 0, "1-0"),
        [],
        setup=grouped,
        name="not-pending",
    ),
    Case(
        "XCLAIM",
        lambda r, k: r.xclaim(k("s"), "g", "c2", 0, "1-0", "3-0", justid=True),
        [v("1-0"), v("3-0")],
        when={"justid": True},
        setup=delivered,
    ),
    Case(
        "XCLAIM",
        lambda r, k: r.xclaim(k("s"), "g", "c2", 3_600_000, "1-0", justid=True),
        [],
        when={"justid": True},
        setup=delivered,
        name="not-idle-enough",
    ),
    # XAUTOCLAIM
    Case(
        "XAUTOCLAIM",
        lambda r, k: r.xautoclaim(k("s"), "g", "c2", 0, start="0-0", count=2),
        check=lambda got, k: plain(got) == ("3-0", [e(1), e(2)], []),
        setup=delivered,
    ),
    Case(
        "XAUTOCLAIM",
        lambda r, k: r.xautoclaim(k("s"), "g", "c2", 0),
        check=lambda got, k: plain(got) == ("0-0", [e(1), e(3)], ["2-0"]),
        setup=delivered_then_deleted,
        name="deleted",
    ),
    Case(
        "XAUTOCLAIM",
        lambda r, k: r.xautoclaim(k("s"), "g", "c2", 0, count=2, justid=True),
        check=lambda got, k: plain(got) == ("3-0", ["1-0", "2-0"], []),
        when={"justid": True},
        setup=delivered,
    ),
    Case(
        "XAUTOCLAIM",
        lambda r, k: r.xautoclaim(k("s"), "g", "c2", 0, justid=True),
        check=lambda got, k: plain(got) == ("0-0", [], []),
        when={"justid": True},
        setup=grouped,
        name="nothing-pending",
    ),
    # XINFO *
    Case(
        "XINFO STREAM",
        lambda r, k: r.xinfo_stream(k("s")),
        check=lambda got, k: has(
            plain(got),
            length=3,
            last_generated_id="3-0",
            max_deleted_entry_id="0-0",
            entries_added=3,
            recorded_first_entry_id="1-0",
            groups=0,
            first_entry=e(1),
            last_entry=e(3),
        ),
        setup=entries,
    ),
    Case(
        "XINFO STREAM",
        lambda r, k: r.xinfo_stream(k("s")),
        check=lambda got, k: has(
            plain(got),
            length=0,
            last_generated_id="0-0",
            entries_added=0,
            groups=1,
            first_entry=None,
            last_entry=None,
        ),
        setup=lambda r, k: r.xgroup_create(k("s"), "g", mkstream=True),
        name="empty",
    ),
    Case(
        "XINFO STREAM",
        lambda r, k: r.xinfo_stream(k("s"), full=True),
        check=lambda got, k: check_full(plain(got)),
        when={"full": True},
        setup=lambda r, k: (grouped(r, k), r.xreadgroup("g", "c1", {k("s"): ">"}, count=1)),
    ),
    Case(
        "XINFO STREAM",
        lambda r, k: r.xinfo_stream(k("s"), full=True, count=1),
        check=lambda got, k: has(plain(got), length=3, entries=[e(1)], groups=[]),
        when={"full": True},
        setup=entries,
        name="full-count",
    ),
    Case(
        "XINFO GROUPS",
        lambda r, k: r.xinfo_groups(k("s")),
        check=lambda got, k: (
            plain(got)
            == [
                {
                    "name": "g",
                    "consumers": 1,
                    "pending": 2,
                    "last_delivered_id": "2-0",
                    "entries_read": 2,
                    "lag": 1,
                }
            ]
        ),
        setup=lambda r, k: (grouped(r, k), r.xreadgroup("g", "c1", {k("s"): ">"}, count=2)),
    ),
    Case("XINFO GROUPS", lambda r, k: r.xinfo_groups(k("s")), [], setup=entries, name="no-groups"),
    Case(
        "XINFO CONSUMERS",
        lambda r, k: r.xinfo_consumers(k("s"), "g"),
        check=lambda got, k: (
            len(plain(got)) == 1
            and has(plain(got)[0], name="c1", pending=3)
            and is_ts(plain(got)[0]["idle"])
        ),
        setup=delivered,
    ),
    Case(
        "XINFO CONSUMERS",
        lambda r, k: r.xinfo_consumers(k("s"), "g"),
        [],
        setup=grouped,
        name="no-consumers",
    ),
    Case(
        "XINFO HELP",
        lambda r, k: r.xinfo_help(),
        check=help_check("XINFO", {"CONSUMERS", "GROUPS", "STREAM", "HELP"}),
    ),
    # XSETID, XTRIM
    Case("XSETID", lambda r, k: r.xsetid(k("s"), "10-0"), True, setup=entries),
    Case(
        "XSETID",
        lambda r, k: r.xsetid(k("s"), "10-0", entriesadded=5, maxdeletedid="2-0"),
        True,
        setup=entries,
        name="entriesadded-maxdeletedid",
    ),
    Case("XTRIM", lambda r, k: r.xtrim(k("s"), "MAXLEN", 1), 2, setup=entries),
    Case(
        "XTRIM",
        lambda r, k: r.xtrim(k("s"), "MINID", "3-0", equal=True),
        2,
        setup=entries,
        name="minid",
    ),
    Case(
        "XTRIM",
        # approximate trimming only drops whole nodes: three entries share one node
        lambda r, k: r.xtrim(k("s"), "MINID", "3-0", approximately=True, limit=10),
        0,
        setup=entries,
        name="approximately",
    ),
    Case("XTRIM", lambda r, k: r.xtrim(k("missing"), "MAXLEN", 0), 0, name="missing"),
]


def check_full(info: Any) -> bool:
    """XINFO STREAM FULL after c1 of group g read entry 1-0 (timestamps only type-checked)."""
    if not has(info, length=3, last_generated_id="3-0", entries=[e(1), e(2), e(3)]):
        return False
    (group,) = info["groups"]
    if not has(group, name="g", last_delivered_id="1-0", entries_read=1, lag=2, pel_count=1):
        return False
    ((pid, pconsumer, ptime, pcount),) = group["pending"]
    (consumer,) = group["consumers"]
    ((cid, ctime, ccount),) = consumer["pending"]
    return (
        (pid, pconsumer, pcount) == ("1-0", "c1", 1)
        and is_ts(ptime)
        and has(consumer, name="c1", pel_count=1)
        and is_ts(consumer["seen_time"])
        and (cid, ccount) == ("1-0", 1)
        and ctime == ptime
    )


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
