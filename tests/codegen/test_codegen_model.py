"""The generator's model: argument rules, overloads, reply types, and loud spec errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from codegen import _spec  # noqa: E402
from codegen._model import Method, Model, build, mangle  # noqa: E402
from codegen._types import TypeSyntaxError, parse  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "fixture_spec.json"


def spec_of(*commands: dict[str, Any], types: dict[str, Any] | None = None) -> _spec.Spec:
    full = [
        {
            "group": "generic",
            "since": {"redis": "1.0.0", "valkey": "1.0.0"},
            "complexity": "O(1)",
            "summary": "s.",
            "flags": ["readonly"],
            "arguments": [],
            **c,
        }
        for c in commands
    ]
    doc = {"describes": {"redis": "8.2"}, "live": {"redis": "7.0.15"}, "types": types or {},
           "commands": full}  # fmt: skip
    return _spec.parse(json.dumps(doc).encode())


def one(command: dict[str, Any], types: dict[str, Any] | None = None) -> Method:
    (method,) = build(spec_of(command, types=types), "t.json").methods
    return method


@pytest.fixture(scope="module")
def model() -> Model:
    return build(_spec.load(FIXTURE), "fixture")


def method(model: Model, name: str) -> Method:
    return next(m for m in model.methods if m.name == name)


def test_excluded_and_containers_have_no_method(model: Model) -> None:
    names = {m.command for m in model.methods}
    assert not {"BLPOP", "SHUTDOWN", "XINFO", "CONFIG"} & names
    assert {"XINFO STREAM", "CONFIG GET"} <= names


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("get", ("key: Key",)),
        ("delete", ("*keys: Key",)),
        ("linsert", ("key: Key", 'where: Literal["BEFORE", "AFTER"]', "pivot: Value", "element: Value")),
        ("hset", ("key: Key", "mapping: SupportsItems[Value, Value]")),
        ("zadd", ("key: Key", "mapping: SupportsItems[Value, float]", "*", "nx: bool = False",
                  "xx: bool = False", "gt: bool = False", "lt: bool = False", "ch: bool = False",
                  "incr: bool = False")),
        ("xadd", ("key: Key", "fields: SupportsItems[Value, Value]", "*",
                  "nomkstream: bool = False", "id: Value = '*'")),
        ("eval", ("script: Value", "*keys: Key", "args: Sequence[Value] | None = None")),
        ("zunion", ("*keys: Key", "weights: Sequence[int] | None = None",
                    'aggregate: Literal["SUM", "MIN", "MAX"] | None = None', "withscores: bool = False")),
        ("xinfo_stream", ("key: Key", "*", "full: bool = False", "count: int | None = None")),
        ("xread", ("streams: SupportsItems[Key, Value]", "*", "count: int | None = None")),
        ("scan", ("cursor: int", "*", "match: Value | None = None", "count: int | None = None",
                  "type: Value | None = None")),
        ("bitfield_ro", ("key: Key", "*", "get: Sequence[tuple[Value, int]] | None = None")),
        ("xrange", ("key: Key", "start: Value = '-'", "end: Value = '+'", "*",
                    "count: int | None = None")),
    ],
)  # fmt: skip
def test_parameters(model: Model, name: str, params: tuple[str, ...]) -> None:
    assert method(model, name).impl.params == params


def test_set_options_and_overloads(model: Model) -> None:
    m = method(model, "set")
    assert m.impl.params[3:] == (
        "nx: bool = False", "xx: bool = False", "get: bool = False",
        "ex: int | timedelta | None = None", "px: int | timedelta | None = None",
        "exat: int | datetime | None = None", "pxat: int | datetime | None = None",
        "keepttl: bool = False",
    )  # fmt: skip
    default, with_get, catch_all = m.overloads
    assert default.returns == "bool" and "get: Literal[False] = False" in default.params
    assert with_get.returns == "V | None" and "get: Literal[True]" in with_get.params
    assert catch_all.returns == "bool | V | None" == m.impl.returns
    assert m.reply_choices == (("get", "_R_opt_V"),)
    assert m.reply_default == "_R_opt_ok"


def test_combined_conditions_most_specific_first(model: Model) -> None:
    m = method(model, "hrandfield")
    assert [test for test, _ in m.reply_choices] == [
        "count is not None and withvalues",
        "count is not None",
    ]
    assert m.overloads[0].params[-2:] == (
        "count: None = None",
        "withvalues: Literal[False] = False",
    )
    assert m.overloads[2].params[-2:] == ("count: int", "withvalues: Literal[True]")
    assert m.impl.returns == "V | list[V] | list[tuple[V, V]] | None"


def test_argv_layout(model: Model) -> None:
    assert method(model, "get").argv_literal == ("'GET'", "key")
    assert method(model, "delete").argv_literal == ("'DEL'", "*keys")
    assert method(model, "zunion").argv[0].items == ("'ZUNION'", "len(keys)", "*keys")
    assert method(model, "xinfo_stream").argv[0].items == ("'XINFO'", "'STREAM'", "key")


def test_flags(model: Model) -> None:
    assert method(model, "get").flags == "READONLY"
    assert method(model, "mset").flags == "_WRITE_IDEMPOTENT"
    assert method(model, "incr").flags == "WRITE"


def test_docstring(model: Model) -> None:
    doc = method(model, "xinfo_stream").doc
    assert "Docs: https://redis.io/docs/latest/commands/xinfo-stream/" in doc
    assert "Since: Redis 5.0.0" in doc and "Complexity: O(1)" in doc
    assert "full=True: every detail" in doc


def test_reply_wire_and_depth_rule(model: Model) -> None:
    replies = {r.type: r for r in model.replies}
    assert replies["V?"].wire == "str | None"  # depth 0: may be the literal "OK"
    assert replies["list[V?]"].wire == "list[bytes | None]"  # depth 1: always base64
    assert replies["tuple[intstr, list[V]]"].wire == "tuple[bytes, list[str]]"  # depth 2 again
    assert replies["ok"].wire == 'Literal["OK"]'
    assert replies["pairs[V, float]"].wire == "list[bytes]"
    assert replies["list[V]"].binary == "_cv.identity"
    assert replies["XInfoStream"].wire == "list[Any]"


def test_mangle_is_unambiguous() -> None:
    assert mangle(parse("list[V]?")) != mangle(parse("list[V?]"))
    assert mangle(parse("tuple[tuple[V, V], V]")) != mangle(parse("tuple[tuple[V], V, V]"))


@pytest.mark.parametrize("text", ["list", "list[V", "foo", "dict[list[V], V]", "V[int]", "V]", ""])
def test_bad_types(text: str) -> None:
    with pytest.raises(TypeSyntaxError):
        parse(text)


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ({"name": "GET", "arguments": [{"name": "key", "type": "key", "kynd": "x"}]},
         "command GET: Object contains unknown field `kynd`"),
        ({"name": "GET", "replies": [{"type": "V??", "doc": "d"}]}, "command GET: replies"),
        ({"name": "GET", "replies": [{"type": "list[V]", "doc": "d", "when": {"count": "set"}}]},
         "exactly one variant without `when`"),
        ({"name": "LPOP", "arguments": [{"name": "count", "type": "integer", "optional": True}],
          "replies": [{"type": "V", "doc": "d"}, {"type": "list[V]", "doc": "d", "when": {"cnt": "set"}}]},
         "command LPOP: when: no parameter 'cnt'"),
        ({"name": "LPOP", "arguments": [{"name": "count", "type": "integer", "optional": True}],
          "replies": [{"type": "V", "doc": "d"}, {"type": "list[V]", "doc": "d", "when": {"count": True}}]},
         "command LPOP: when: 'count': use 'set'"),
        ({"name": "X", "arguments": [{"name": "a", "type": "key"}, {"name": "a", "type": "key"}],
          "replies": [{"type": "int", "doc": "d"}]}, "two parameters are named 'a'"),
        ({"name": "X", "flags": ["readonly", "write"], "replies": [{"type": "int", "doc": "d"}]},
         "exactly one of readonly / write"),
        ({"name": "X", "arguments": [{"name": "op", "type": "oneof", "multiple": True, "arguments": [
            {"name": "a", "type": "pure-token", "token": "A"}]}], "replies": [{"type": "int", "doc": "d"}]},
         "argument 'op': a repeated oneof needs kind"),
        ({"name": "LIST", "replies": [{"type": "int", "doc": "d"}]}, "method name 'list' is not usable"),
    ],
)  # fmt: skip
def test_spec_errors_name_the_command(command: dict[str, Any], message: str) -> None:
    with pytest.raises(_spec.SpecError) as info:
        build(spec_of(command), "t.json")
    assert message in str(info.value)


def test_unsorted_spec_is_refused() -> None:
    with pytest.raises(_spec.SpecError, match="sorted by name"):
        spec_of({"name": "B", "replies": []}, {"name": "A", "replies": []})


def test_columns_mapping_and_flattened_token() -> None:
    m = one({
        "name": "CMD",
        "arguments": [
            {"name": "filterby", "type": "oneof", "token": "FILTERBY", "optional": True, "arguments": [
                {"name": "module-name", "type": "string", "token": "MODULE"},
                {"name": "pattern", "type": "pattern", "token": "PATTERN"}]},
        ],
        "replies": [{"type": "list[str]", "doc": "d"}],
    })  # fmt: skip
    assert m.impl.params == ("*", "module: Value | None = None", "pattern: Value | None = None")
    first = m.argv[1]
    assert first.kind == "if" and first.body[0].items == ("'FILTERBY'", "'MODULE'", "module")


def test_required_oneof_flattened_with_an_exactly_one_check(model: Model) -> None:
    m = method(model, "geosearch")
    assert m.impl.params[:5] == (
        "key: Key",
        "*",
        "frommember: Value | None = None",
        "fromlonlat: tuple[float, float] | None = None",
        'byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None',
    )
    checks = [s for s in m.argv if s.kind == "check"]
    assert [c.message for c in checks] == [
        "GEOSEARCH: give exactly one of frommember, fromlonlat",
        "GEOSEARCH: give exactly one of byradius, bybox",
    ]
    assert len(m.overloads) == 5
    assert m.reply_choices[0][0] == "withcoord and withdist"


def test_time_kinds_take_timedelta_and_datetime(model: Model) -> None:
    """`seconds` / `milliseconds` (durations) and `unix-seconds` / `unix-milliseconds` (points in
    time): an int goes as is, checked inline; anything else through `_convert`."""
    expire = method(model, "expire")
    assert expire.impl.params[1] == "seconds: int | timedelta"
    assert expire.argv[0].items == (
        "'EXPIRE'",
        "key",
        "seconds if isinstance(seconds, int) else _cv.seconds(seconds, 'EXPIRE', 'seconds')",
    )
    steps = {s.test: s.body[0].items for s in method(model, "set").argv if s.kind == "if"}
    assert steps["pxat is not None"] == (
        "'PXAT'",
        "pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, 'SET', 'pxat')",
    )
    assert "_cv.milliseconds(px, 'SET', 'px')" in steps["px is not None"][1]
    assert "_cv.unix_seconds(exat, 'SET', 'exat')" in steps["exat is not None"][1]
    assert {"datetime", "timedelta"} <= set(model.client_names) & set(model.builder_names)


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ({"name": "s", "type": "string", "kind": "seconds"}, 'kind "seconds" is for one integer'),
        ({"name": "s", "type": "integer", "multiple": True, "kind": "unix-seconds"},
         'kind "unix-seconds" is for one integer or unix-time leaf'),
    ],
)  # fmt: skip
def test_time_kinds_are_for_one_integer(argument: dict[str, Any], message: str) -> None:
    with pytest.raises(_spec.SpecError, match=message):
        one({"name": "CMD", "arguments": [argument], "replies": [{"type": "int", "doc": "d"}]})


def test_wide_mapping_value_key(model: Model) -> None:
    m = method(model, "geoadd")
    assert "mapping: SupportsItems[Value, tuple[float, float]]" in m.impl.params


@pytest.mark.parametrize(
    ("arguments", "params", "builder", "call_args"),
    [
        # followed by a required positional: keyword-only (XADD's id before the fields); the
        # builder takes it positionally too, and the methods pass it so (cheaper than keywords)
        ([{"name": "id", "type": "string", "default": "*"}, {"name": "field", "type": "string"}],
         ("field: Value", "*", "id: Value = '*'"), ("field: Value", "id: Value = '*'"),
         ("field", "id")),
        # followed only by defaults and options: positional with its default (XRANGE)
        ([{"name": "start", "type": "string", "default": "-"},
          {"name": "end", "type": "string", "default": "+"},
          {"name": "count", "type": "integer", "token": "COUNT", "optional": True}],
         ("start: Value = '-'", "end: Value = '+'", "*", "count: int | None = None"),
         ("start: Value = '-'", "end: Value = '+'", "count: int | None = None"),
         ("start", "end", "count")),
        # followed by *args: keyword-only, or the caller could not reach the star (the builder's
        # too: nothing after `*keys` can be positional)
        ([{"name": "cursor", "type": "integer", "default": 0},
          {"name": "key", "type": "key", "multiple": True}],
         ("*keys: Key", "cursor: int = 0"), ("*keys: Key", "cursor: int = 0"),
         ("*keys", "cursor=cursor")),
    ],
)  # fmt: skip
def test_rule_8_defaults(
    arguments: list[dict[str, Any]],
    params: tuple[str, ...],
    builder: tuple[str, ...],
    call_args: tuple[str, ...],
) -> None:
    m = one({"name": "CMD", "arguments": arguments, "replies": [{"type": "int", "doc": "d"}]})
    assert m.impl.params == params
    assert m.builder.params == builder
    assert m.call_args == call_args
