"""What only Redis 8.2 has: XACKDEL, XDELEX and BITOP's DIFF, DIFF1, ANDOR and ONE.

No server of this machine has them (Redis 7.0.15 and Valkey 9.1.2), so each is tested twice:

- `SCRIPTED`: against the scripted server (`_scripted.py`), which answers what Redis 8.2
  documents for the call: the argv the client sends is checked, and the decoded value must equal
  the expectation and match the spec's type (IntEnum codes included), sync and async, in both
  modes, alone and in a pipeline. These are what the coverage test counts for them.
- `REDIS_82_CASES`: ordinary live cases, run on every live server that has what they call. Today
  none does, so each skips saying what it needs; once a Redis 8.2 server is among the live
  servers (`_harness.live_servers`), they run like every other case.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from redisrest import ResponseError
from redisrest.types import XAckDelResult, XDelExResult
from tests._spec_types import conforms, parse
from tests.commands._harness import (
    Case,
    Keys,
    command,
    declared_type,
    limited_options,
    resolve,
    run_case,
    servers_of,
    spec,
)
from tests.commands._scripted import Exchange, ScriptedServer


@dataclass(frozen=True)
class Scripted:
    """One call against the scripted server: `call(r)` on a client, the `argv` it must send,
    the `result` Redis 8.2 documents for it (RESP2 shape, as JSON) and the decoded value it must
    give (`expect`, mode-neutral like a `Case`'s). `when` and `uses` as in `Case`."""

    command: str
    call: Callable[[Any], Any]
    argv: tuple[str, ...]
    result: object
    expect: object
    when: Mapping[str, object] = field(default_factory=dict)
    uses: tuple[str, ...] = ()
    name: str = ""

    @property
    def id(self) -> str:
        return f"{self.command}[{self.name}]" if self.name else self.command


ACK_DELETED, ACK_KEPT, ACK_NONE = (
    XAckDelResult.DELETED,
    XAckDelResult.REFERENCED,
    XAckDelResult.NOT_FOUND,
)
DEL_DELETED, DEL_KEPT, DEL_NONE = (
    XDelExResult.DELETED,
    XDelExResult.REFERENCED,
    XDelExResult.NOT_FOUND,
)

SCRIPTED: list[Scripted] = [
    # XACKDEL: one code per id (1 acknowledged and deleted, 2 acknowledged but still referenced
    # by another group, -1 no such entry); the reference policy goes before IDS
    Scripted(
        "XACKDEL",
        lambda r: r.xackdel("s", "g", "1-0", "2-0", "3-0"),
        ("XACKDEL", "s", "g", "IDS", "3", "1-0", "2-0", "3-0"),
        [1, 2, -1],
        [ACK_DELETED, ACK_KEPT, ACK_NONE],
    ),
    Scripted(
        "XACKDEL",
        lambda r: r.xackdel("s", "g", "1-0", keepref=True),
        ("XACKDEL", "s", "g", "KEEPREF", "IDS", "1", "1-0"),
        [1],
        [ACK_DELETED],
        name="keepref",
    ),
    Scripted(
        "XACKDEL",
        lambda r: r.xackdel("s", "g", "1-0", "2-0", delref=True),
        ("XACKDEL", "s", "g", "DELREF", "IDS", "2", "1-0", "2-0"),
        [1, 1],
        [ACK_DELETED, ACK_DELETED],
        name="delref",
    ),
    Scripted(
        "XACKDEL",
        lambda r: r.xackdel("s", "g", "1-0", acked=True),
        ("XACKDEL", "s", "g", "ACKED", "IDS", "1", "1-0"),
        [2],
        [ACK_KEPT],
        name="acked",
    ),
    Scripted(
        "XACKDEL",
        lambda r: r.xackdel("missing", "g", "1-0", "2-0"),
        ("XACKDEL", "missing", "g", "IDS", "2", "1-0", "2-0"),
        [-1, -1],
        [ACK_NONE, ACK_NONE],
        name="missing",
    ),
    # XDELEX: one code per id (1 deleted, 2 kept because a group still references it, -1 none)
    Scripted(
        "XDELEX",
        lambda r: r.xdelex("s", "1-0", "2-0"),
        ("XDELEX", "s", "IDS", "2", "1-0", "2-0"),
        [1, -1],
        [DEL_DELETED, DEL_NONE],
    ),
    Scripted(
        "XDELEX",
        lambda r: r.xdelex("s", "1-0", "2-0", acked=True),
        ("XDELEX", "s", "ACKED", "IDS", "2", "1-0", "2-0"),
        [2, 1],
        [DEL_KEPT, DEL_DELETED],
        name="acked",
    ),
    Scripted(
        "XDELEX",
        lambda r: r.xdelex("s", "1-0", delref=True),
        ("XDELEX", "s", "DELREF", "IDS", "1", "1-0"),
        [1],
        [DEL_DELETED],
        name="delref",
    ),
    Scripted(
        "XDELEX",
        lambda r: r.xdelex("s", "1-0", keepref=True),
        ("XDELEX", "s", "KEEPREF", "IDS", "1", "1-0"),
        [1],
        [DEL_DELETED],
        name="keepref",
    ),
    Scripted(
        "XDELEX",
        lambda r: r.xdelex("missing", "1-0"),
        ("XDELEX", "missing", "IDS", "1", "1-0"),
        [-1],
        [DEL_NONE],
        name="missing",
    ),
    # BITOP's operators of Redis 8.2: the reply is the stored string's length, as for AND
    *(
        Scripted(
            "BITOP",
            lambda r, op=op: r.bitop(op, "dest", "a", "b", "c"),
            ("BITOP", op, "dest", "a", "b", "c"),
            3,
            3,
            uses=(op.lower(),),
            name=op,
        )
        for op in ("DIFF", "DIFF1", "ANDOR", "ONE")
    ),
]


def _check(case: Scripted, got: object, binary: bool) -> None:
    declared = declared_type(case.command, case.when)
    mismatch = conforms(got, parse(declared), binary, spec()["types"])
    assert mismatch is None, f"{case.id}: value does not match declared {declared}: {mismatch}"
    want = resolve(case.expect, binary)
    assert got == want, f"{case.id}: got {got!r}, expected {want!r}"


@pytest.mark.parametrize("case", SCRIPTED, ids=[c.id for c in SCRIPTED])
def test_scripted(case: Scripted, mode: str) -> None:
    server = ScriptedServer([Exchange(case.argv, case.result)])
    with server.client(binary=mode == "bytes") as r:
        got = case.call(r)
    server.done()
    assert server.sent == [list(case.argv)]
    _check(case, got, mode == "bytes")


@pytest.mark.parametrize("case", SCRIPTED, ids=[c.id for c in SCRIPTED])
async def test_scripted_async(case: Scripted, mode: str) -> None:
    server = ScriptedServer([Exchange(case.argv, case.result)])
    async with server.async_client(binary=mode == "bytes") as r:
        got = await case.call(r)
    server.done()
    assert server.sent == [list(case.argv)]
    _check(case, got, mode == "bytes")


def test_scripted_in_a_pipeline() -> None:
    """The same replies decoded per command out of one /pipeline answer."""
    xackdel, xdelex, bitop = SCRIPTED[0], SCRIPTED[5], SCRIPTED[-1]
    server = ScriptedServer([Exchange(c.argv, c.result) for c in (xackdel, xdelex, bitop)])
    with server.client(binary=False) as r:
        pipe = r.pipeline()
        pipe.xackdel("s", "g", "1-0", "2-0", "3-0").xdelex("s", "1-0", "2-0")
        got = pipe.bitop("ONE", "dest", "a", "b", "c").exec()
    server.done()
    assert got == ([ACK_DELETED, ACK_KEPT, ACK_NONE], [DEL_DELETED, DEL_NONE], 3)
    assert [type(x) for x in got[0] + got[1]] == [XAckDelResult] * 3 + [XDelExResult] * 2


def test_an_unknown_reply_code_is_a_shape_error() -> None:
    """A code the spec's enum does not list is refused by the decoder, not passed on as an int."""
    case = SCRIPTED[0]
    server = ScriptedServer([Exchange(case.argv, [1, 7, -1])])
    with (
        server.client(binary=False) as r,
        pytest.raises(ResponseError, match="XACKDEL: the reply does not have the expected shape"),
    ):
        case.call(r)


# ---- live: on every live server that has them (none on this machine today) -----------------


def _t(value: object) -> object:
    return value.decode() if isinstance(value, bytes) else value


def _after(value: object, *facts: bool) -> object:
    assert all(facts), f"side effect not as expected: {facts}"
    return value


def _read_by(r: Any, k: Keys, *groups: str) -> None:
    """Stream s with entry 1-0, delivered (pending) to a consumer of each group."""
    r.execute("XADD", k("s"), "1-0", "f", "v")
    for group in groups:
        r.execute("XGROUP", "CREATE", k("s"), group, "0")
        r.execute("XREADGROUP", "GROUP", group, "c", "STREAMS", k("s"), ">")


def _bitmaps(r: Any, k: Keys) -> None:
    """a = 0b01100001, b = 0b01100010, c = 0b01100100 (the letters a, b, d)."""
    r.execute("MSET", k("a"), "a", k("b"), "b", k("c"), "d")


def _bitop(op: str, result: str) -> Case:
    return Case(
        "BITOP",
        lambda r, k: _after(
            r.bitop(op, k("d"), k("a"), k("b"), k("c")), _t(r.get(k("d"))) == result
        ),
        1,
        setup=_bitmaps,
        uses=(op.lower(),),
        name=op,
    )


REDIS_82_CASES: list[Case] = [
    Case(
        "XACKDEL",
        lambda r, k: _after(r.xackdel(k("s"), "g", "1-0", "9-0"), r.xlen(k("s")) == 0),
        [ACK_DELETED, ACK_NONE],
        setup=lambda r, k: _read_by(r, k, "g"),
    ),
    Case(
        "XACKDEL",
        lambda r, k: _after(r.xackdel(k("s"), "g1", "1-0", acked=True), r.xlen(k("s")) == 1),
        [ACK_KEPT],
        setup=lambda r, k: _read_by(r, k, "g1", "g2"),
        name="acked-still-pending-elsewhere",
    ),
    Case("XACKDEL", lambda r, k: r.xackdel(k("missing"), "g", "1-0"), [ACK_NONE], name="missing"),
    Case(
        "XDELEX",
        lambda r, k: _after(r.xdelex(k("s"), "1-0", "9-0"), r.xlen(k("s")) == 0),
        [DEL_DELETED, DEL_NONE],
        setup=lambda r, k: r.execute("XADD", k("s"), "1-0", "f", "v"),
    ),
    Case(
        "XDELEX",
        lambda r, k: _after(r.xdelex(k("s"), "1-0", acked=True), r.xlen(k("s")) == 1),
        [DEL_KEPT],
        setup=lambda r, k: _read_by(r, k, "g"),
        name="acked-still-pending",
    ),
    Case("XDELEX", lambda r, k: r.xdelex(k("missing"), "1-0"), [DEL_NONE], name="missing"),
    # a = 01100001, b = 01100010, c = 01100100
    _bitop("DIFF", "\x01"),  # in a, in neither b nor c
    _bitop("DIFF1", "\x06"),  # in b or c, not in a
    _bitop("ANDOR", "\x60"),  # in a and in b or c
    _bitop("ONE", "\x07"),  # in exactly one of them
]

_LABELS = {"redis": "Redis", "valkey": "Valkey"}


def _needs(case: Case) -> str:
    """What a case needs, from the spec: "Redis >= 8.2" (the option's `since` if it has one)."""
    entry = command(case.command)
    limited = limited_options(entry)
    since = next((limited[o] for o in case.uses if o in limited), entry["since"])
    parts = []
    for kind, version in since.items():
        short = version.removesuffix(".0") if version.count(".") == 2 else version
        parts.append(f"{_LABELS.get(kind, kind)} >= {short}")
    return " or ".join(parts)


@pytest.mark.parametrize("case", REDIS_82_CASES, ids=[c.id for c in REDIS_82_CASES])
def test_live_where_a_server_has_it(case: Case, live_client) -> None:
    servers = servers_of(case)
    if not servers:
        what = " ".join([case.command, *(o.upper() for o in case.uses)])
        pytest.skip(f"{what} needs {_needs(case)}; no such server on this machine")
    for server in servers:
        for mode in ("str", "bytes"):
            run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
