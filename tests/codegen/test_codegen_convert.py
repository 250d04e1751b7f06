"""The generated reply decoders on wire JSON, base64 and the "OK" depth rule included.

The code under test is generated from the small fixture spec into a temporary directory and
imported in isolation (`_isolated.py`), so these cases do not move when the real spec does.
Each case decodes a JSON `result` (as a base64-mode server sends it) with the reply's wire type
and converts it in both client modes, as the runtime does.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec
import pytest

from redisrest._command import BINARY, TEXT
from tests.codegen._isolated import FIXTURE, generated_package


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleType]:
    return generated_package(FIXTURE, tmp_path_factory.mktemp("fixture-gen"))


@pytest.fixture(scope="module")
def cmd(generated: dict[str, ModuleType]) -> Any:
    return generated["commands"]


@pytest.fixture(scope="module")
def types(generated: dict[str, ModuleType]) -> Any:
    return generated["types"]


def test_the_fixture_package_is_not_the_real_one(cmd: Any) -> None:
    import redisrest._generated.commands as real

    assert cmd is not real
    assert "from tests/codegen/fixture_spec.json" in Path(cmd.__file__).read_text().splitlines()[1]
    assert "from spec/commands.json" in Path(real.__file__).read_text().splitlines()[1]


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def run(command: Any, result: Any) -> Any:
    wire = msgspec.json.decode(json.dumps(result).encode(), type=command.reply.wire)
    return command.convert(wire)


def both(build: Any, result: Any) -> tuple[Any, Any]:
    return run(build(TEXT), result), run(build(BINARY), result)


def test_get_and_the_top_level_ok(cmd: Any) -> None:
    assert both(lambda c: cmd.get(c, "k"), b64("ada")) == ("ada", b"ada")
    assert both(lambda c: cmd.get(c, "k"), "OK") == ("OK", b"OK")  # never base64 at depth 0
    assert both(lambda c: cmd.get(c, "k"), None) == (None, None)


def test_set_variants(cmd: Any) -> None:
    assert both(lambda c: cmd.set(c, "k", "v"), "OK") == (True, True)
    assert both(lambda c: cmd.set(c, "k", "v", nx=True), None) == (False, False)
    assert both(lambda c: cmd.set(c, "k", "v", get=True), b64("old")) == ("old", b"old")


def test_lists_at_depth_one_are_always_base64(cmd: Any) -> None:
    ok = b64("OK")  # a stored value "OK" inside an array is encoded
    assert both(lambda c: cmd.mget(c, "a", "b"), [ok, None]) == (["OK", None], [b"OK", None])


def test_numbers_from_strings(cmd: Any) -> None:
    assert both(lambda c: cmd.zscore(c, "z", "m"), b64("2.5")) == (2.5, 2.5)
    assert both(lambda c: cmd.incrbyfloat(c, "k", 1.0), b64("inf")) == (float("inf"),) * 2
    assert both(lambda c: cmd.time(c), [b64("1700000000"), b64("12")]) == ((1700000000, 12),) * 2
    assert both(lambda c: cmd.smismember(c, "s", "a", "b"), [1, 0]) == ([True, False],) * 2


def test_maps_and_pairs_from_flat_arrays(cmd: Any) -> None:
    flat = [b64("f"), b64("v"), b64("g"), b64("w")]
    assert both(lambda c: cmd.hgetall(c, "h"), flat) == (
        {"f": "v", "g": "w"},
        {b"f": b"v", b"g": b"w"},
    )
    scored = [b64("a"), b64("1"), b64("b"), b64("2.5")]
    assert both(lambda c: cmd.zrange(c, "z", 0, -1, withscores=True), scored) == (
        [("a", 1.0), ("b", 2.5)],
        [(b"a", 1.0), (b"b", 2.5)],
    )
    assert both(lambda c: cmd.zrange(c, "z", 0, -1), [b64("a")]) == (["a"], [b"a"])


def test_flat_arrays_of_odd_length_raise(cmd: Any) -> None:
    """A last key without its value is a shape error (the runtime's ResponseError), not dropped."""
    odd = [b64("f"), b64("v"), b64("g")]
    for codec in (TEXT, BINARY):
        with pytest.raises(ValueError, match="zip"):
            run(cmd.hgetall(codec, "h"), odd)
        with pytest.raises(ValueError, match="zip"):
            run(cmd.zrange(codec, "z", 0, -1, withscores=True), [b64("a"), b64("1"), b64("b")])
        with pytest.raises(ValueError, match="zip"):
            run(cmd.xrange(codec, "s", "-", "+"), [[b64("1-0"), odd]])


def test_scan_cursor_and_depth_two_ok(cmd: Any) -> None:
    # SCAN's keys sit at depth 2: a key named "OK" arrives unencoded.
    text, binary = both(lambda c: cmd.scan(c, 0), [b64("17"), [b64("k1"), "OK"]])
    assert text == (17, ["k1", "OK"]) and binary == (17, [b"k1", b"OK"])


def test_stream_entries_and_nested_structs(cmd: Any, types: Any) -> None:
    StreamEntry = types.StreamEntry
    entry = [b64("1-0"), [b64("f"), b64("v")]]
    text, binary = both(lambda c: cmd.xrange(c, "s", "-", "+"), [entry])
    assert text == [StreamEntry(id="1-0", fields={"f": "v"})]
    assert binary == [StreamEntry(id=b"1-0", fields={b"f": b"v"})]
    text, _ = both(lambda c: cmd.xread(c, {"s": "0"}), [[b64("s"), [entry]]])
    assert text == [("s", [StreamEntry(id="1-0", fields={"f": "v"})])]


def test_map_struct_ignores_unknown_fields_and_defaults_optional_ones(cmd: Any, types: Any) -> None:
    StreamEntry, XInfoStream = types.StreamEntry, types.XInfoStream
    wire = [
        b64("length"), 2, b64("radix-tree-keys"), 1, b64("radix-tree-nodes"), 2,
        b64("last-generated-id"), b64("2-0"), b64("groups"), 0,
        b64("first-entry"), [b64("1-0"), [b64("a"), b64("1")]],
        b64("last-entry"), None, b64("some-future-field"), 7,
    ]  # fmt: skip
    text, binary = both(lambda c: cmd.xinfo_stream(c, "s"), wire)
    assert text == XInfoStream(
        length=2, radix_tree_keys=1, radix_tree_nodes=2, last_generated_id="2-0",
        groups=0, first_entry=StreamEntry(id="1-0", fields={"a": "1"}), last_entry=None,
    )  # fmt: skip
    assert binary.last_generated_id == b"2-0" and binary.max_deleted_entry_id is None


def test_json_replies_follow_the_depth_rule(cmd: Any) -> None:
    result = [1, b64("x"), [b64("y"), "OK"], None]
    assert both(lambda c: cmd.eval(c, "return 1"), result) == (
        [1, "x", ["y", "OK"], None],
        [1, b"x", [b"y", b"OK"], None],
    )
    text, _ = both(lambda c: cmd.xinfo_stream(c, "s", full=True), [b64("length"), 3])
    assert text == {"length": 3}


def test_argv_and_flags(cmd: Any) -> None:
    c = cmd.zadd(TEXT, "z", {"a": 1.5}, nx=True, incr=True)
    assert c.argv == ("ZADD", "z", "NX", "INCR", 1.5, "a")
    assert c.name == "ZADD" and not c.retry_safe
    assert cmd.mset(TEXT, {"a": 1}).retry_safe
    assert cmd.xinfo_stream(TEXT, "s", full=True, count=5).argv == (
        "XINFO", "STREAM", "s", "FULL", "COUNT", 5,
    )  # fmt: skip
    assert cmd.xinfo_stream(TEXT, "s", count=5).argv == ("XINFO", "STREAM", "s")
    assert cmd.eval(TEXT, "s", "k1", "k2", args=["a"]).argv == ("EVAL", "s", 2, "k1", "k2", "a")
    assert cmd.xread(TEXT, {"a": "0", "b": "1"}, count=2).argv == (
        "XREAD", "COUNT", 2, "STREAMS", "a", "b", "0", "1",
    )  # fmt: skip
    assert cmd.bitfield_ro(TEXT, "k", get=[("u8", 0), ("i4", 8)]).argv == (
        "BITFIELD_RO", "k", "GET", "u8", 0, "GET", "i4", 8,
    )  # fmt: skip
    assert cmd.xadd(TEXT, "s", {"f": "v"}).argv == ("XADD", "s", "*", "f", "v")
    assert cmd.sort(TEXT, "l", get=["a", "#"], limit=(0, 2)).argv == (
        "SORT", "l", "LIMIT", 0, 2, "GET", "a", "GET", "#",
    )  # fmt: skip


@pytest.mark.parametrize("binary", [False, True])
def test_reply_objects_are_shared(cmd: Any, binary: bool) -> None:
    codec = BINARY if binary else TEXT
    assert cmd.get(codec, "a").reply is cmd.get(codec, "b").reply
    assert cmd.lpop(codec, "l").reply is cmd.get(codec, "k").reply


def test_geo_builders_and_bytes_replies(cmd: Any) -> None:
    c = cmd.geoadd(TEXT, "g", {"p": (13.4, 52.5)}, nx=True)
    assert c.argv == ("GEOADD", "g", "NX", 13.4, 52.5, "p")
    c = cmd.geosearch(TEXT, "g", frommember="p", byradius=(5.0, "KM"), withdist=True)
    assert c.argv == ("GEOSEARCH", "g", "FROMMEMBER", "p", "BYRADIUS", 5.0, "KM", "WITHDIST")
    assert run(c, [[b64("p"), b64("0.5")]]) == [("p", 0.5)]
    with pytest.raises(TypeError, match="exactly one of frommember, fromlonlat"):
        cmd.geosearch(TEXT, "g", byradius=(5.0, "KM"))
    dumped = base64.b64encode(b"\x00\xff").decode()
    assert both(lambda c: cmd.dump(c, "k"), dumped) == (b"\x00\xff", b"\x00\xff")
