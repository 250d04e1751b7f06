"""Argument encoding, the path form, envelope decoding and the escape hatch's JSON decoding."""

from __future__ import annotations

import enum
import gc
import json
from typing import Any

import msgspec
import pytest
from _runtime_fake import GET_REPLY, INT_REPLY, b64, get, incr, lrange, mset, set_

from redisrest import CommandError, ResponseError, WrongTypeError
from redisrest._command import BINARY, TEXT, WRITE, Command, Reply
from redisrest._encoding import (
    JSON_REPLY,
    NotUTF8,
    decode_envelope,
    decode_error,
    decode_item,
    decode_results,
    encode_arg,
    encode_batch,
    encode_command,
    encode_path,
)


class Color(enum.IntEnum):
    RED = 7


class Mode(str, enum.Enum):
    FAST = "fast"


ARGS: list[tuple[Any, str]] = [
    ("text", "text"),
    ("", ""),
    ("é ☃ 😀", "é ☃ 😀"),
    (b"bytes", "bytes"),
    ("caf\u00e9".encode(), "café"),
    (0, "0"),
    (-12, "-12"),
    (2**53 + 1, "9007199254740993"),
    (10**30, "1" + "0" * 30),
    (1.5, "1.5"),
    (0.1, "0.1"),
    (1e16, "1e+16"),
    (-0.0, "-0.0"),
    (float("inf"), "inf"),
    (float("-inf"), "-inf"),
    (Color.RED, "7"),
    (Mode.FAST, "fast"),
    (bytearray(b"ba"), "ba"),
    (memoryview(b"mv"), "mv"),
]


@pytest.mark.parametrize(("arg", "wire"), ARGS)
def test_arguments(arg: Any, wire: str) -> None:
    assert encode_arg(arg, "SET", 2) == wire


@pytest.mark.parametrize("value", [0.1, 1 / 3, 1e-300, 123456789.123456789, 2.0**60])
def test_floats_round_trip_exactly(value: float) -> None:
    assert float(encode_arg(value, "ZADD", 2)) == value


BAD_TYPES: list[tuple[Any, str]] = [
    (True, "argument 2 is a bool"),
    (False, "argument 2 is a bool"),
    (None, "argument 2 is None"),
    ([1], "argument 2 is a list"),
    ({"a": 1}, "argument 2 is a dict"),
    (object(), "argument 2 is a object"),
]


@pytest.mark.parametrize(("arg", "message"), BAD_TYPES)
def test_refused_types(arg: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message) as info:
        encode_arg(arg, "SET", 2)
    assert str(info.value).startswith("SET: ")


def test_nan_is_refused() -> None:
    with pytest.raises(ValueError, match=r"ZADD: argument 2 is NaN"):
        encode_arg(float("nan"), "ZADD", 2)


def test_non_utf8_bytes_need_the_path_form() -> None:
    with pytest.raises(NotUTF8) as info:
        encode_arg(b"\xff", "SET", 1)
    assert info.value.position == 1


def test_command_body() -> None:
    body = encode_command(set_(TEXT, "k", 10**20))
    assert json.loads(body) == ["SET", "k", "100000000000000000000"]


def test_lone_surrogate_is_refused_with_the_position() -> None:
    with pytest.raises(ValueError, match=r"SET: argument 2 is a str holding a lone surrogate"):
        encode_command(set_(TEXT, "k", "a\ud800b"))
    with pytest.raises(ValueError, match=r"command #1 \(SET\): argument 2 .* lone surrogate"):
        encode_batch([get(TEXT, "a"), set_(TEXT, "k", "\udfff")])
    with pytest.raises(ValueError, match="lone surrogate"):
        encode_path(b"", set_(BINARY, b"\xff", "\ud800"))


def test_batch_body() -> None:
    body = encode_batch([set_(TEXT, "a", 1), incr(TEXT, "n"), get(TEXT, b"a")])
    assert json.loads(body) == [["SET", "a", "1"], ["INCR", "n"], ["GET", "a"]]


def test_batch_refuses_non_utf8_bytes_before_sending() -> None:
    with pytest.raises(
        ValueError, match=r"command #1 \(GET\): argument 1 is bytes that are not UTF-8"
    ):
        encode_batch([get(BINARY, "ok"), get(BINARY, b"\xfe")])


PATHS = [
    # argv -> (target, body)
    (("SET", b"k\xff", b"v\xfe"), (b"/SET/k%FF", b"v\xfe")),
    (("GET", b"\xff/.%?#"), (b"/GET", b"\xff/.%?#")),
    # An empty last argument stays in the path; the server drops one trailing slash.
    (("SET", b"\xff", b""), (b"/SET/%FF//", b"")),
    (("SET", b"..", b"\xff"), (b"/SET/%2E%2E", b"\xff")),
    (("SET", b".", b"\xff"), (b"/SET/%2E", b"\xff")),
    (("HSET", b"h\xff", "f ield", 12, b"\x00"), (b"/HSET/h%FF/f%20ield/12", b"\x00")),
    (("SET", "", b"\xff"), (b"/SET//", b"\xff")),
]


@pytest.mark.parametrize(("argv", "expected"), PATHS)
def test_path_form(argv: tuple[Any, ...], expected: tuple[bytes, bytes]) -> None:
    command: Command[Any] = Command(BINARY, argv[0], argv, INT_REPLY, 0)
    assert encode_path(b"", command) == expected
    target, body = encode_path(b"/prefix", command)
    assert target == b"/prefix" + expected[0] and body == expected[1]


# -- replies ------------------------------------------------------------------------------------


def test_envelope_result() -> None:
    assert decode_envelope(get(TEXT, "k"), json.dumps({"result": b64("héllo")}).encode()) == "héllo"
    assert (
        decode_envelope(get(BINARY, "k"), json.dumps({"result": b64(b"\xff")}).encode()) == b"\xff"
    )
    assert decode_envelope(get(TEXT, "k"), b'{"result":null}') is None
    assert decode_envelope(set_(TEXT, "k", "v"), b'{"result":"OK"}') is True


def test_envelope_error_is_a_command_error() -> None:
    with pytest.raises(WrongTypeError) as info:
        decode_envelope(incr(TEXT, "k"), b'{"error":"WRONGTYPE Operation against a key"}')
    assert (info.value.command, info.value.prefix, info.value.position) == (
        "INCR",
        "WRONGTYPE",
        None,
    )


BAD_REPLIES = [
    (b'{"result":', "not valid JSON"),
    (b"<html>oops</html>", "not valid JSON"),
    (b"", "not valid JSON"),
    (b"{}", "neither a result nor an error"),
    (b'{"other":1}', "neither a result nor an error"),
    (b'{"result":"not base64!"}', "does not have the expected shape"),
    (b'{"result":[1,2]}', "does not have the expected shape"),
    (b'{"result":"secret-value-123"}', "does not have the expected shape"),
    (b"[1]", "does not have the expected shape"),
]


@pytest.mark.parametrize(("body", "message"), BAD_REPLIES)
def test_malformed_replies_are_response_errors(body: bytes, message: str) -> None:
    with pytest.raises(ResponseError, match=message) as info:
        decode_envelope(incr(TEXT, "k"), body)
    assert info.value.command == "INCR"
    assert "secret-value-123" not in str(info.value)
    assert info.value.__cause__ is None


def test_converter_failures_are_response_errors() -> None:
    with pytest.raises(ResponseError, match="not valid UTF-8; use decode_responses=False"):
        decode_envelope(get(TEXT, "k"), json.dumps({"result": b64(b"\xff\xfe")}).encode())

    def boom(wire: object) -> object:
        raise KeyError("secret-value-123")

    reply: Reply[Any, Any] = Reply(GET_REPLY.wire, boom, boom)
    command: Command[Any] = Command(TEXT, "XINFO STREAM", ("XINFO", "STREAM", "s"), reply, 0)
    with pytest.raises(ResponseError, match=r"XINFO STREAM: .*\(KeyError\)") as info:
        decode_envelope(command, b'{"result":null}')
    assert "secret" not in str(info.value)


def test_literal_mismatch_does_not_echo_the_value() -> None:
    with pytest.raises(ResponseError) as info:
        decode_envelope(set_(TEXT, "k", "v"), b'{"result":"SECRET"}')
    assert "SECRET" not in str(info.value)


def test_decoders_are_built_once_per_reply() -> None:
    decode_envelope(incr(TEXT, "a"), b'{"result":1}')
    decoder = INT_REPLY._decoders["envelope"]
    decode_envelope(incr(BINARY, "b"), b'{"result":2}')
    assert INT_REPLY._decoders["envelope"] is decoder


def test_batch_items() -> None:
    items = msgspec.json.decode(b'[{"result":3},{"error":"ERR boom"}]', type=list[msgspec.Raw])
    assert decode_item(incr(TEXT, "a"), items[0], 0) == 3
    failed = decode_item(incr(TEXT, "a"), items[1], 1)
    assert isinstance(failed, CommandError)
    assert (failed.position, failed.command, failed.prefix) == (1, "INCR", "ERR")
    assert str(failed) == "command #1 (INCR) failed: ERR boom"


def test_commands_are_values_of_their_own() -> None:
    a, b = incr(TEXT, "a"), incr(TEXT, "a")
    assert a == a and a != b and len({a, b}) == 2  # identity, like any object
    assert not gc.is_tracked(a)  # (a command cannot refer to itself)
    assert (a.name, a.argv, a.flags, a.codec) == ("INCR", ("INCR", "a"), WRITE, TEXT)
    text, binary = get(TEXT, "k"), get(BINARY, "k")
    assert (text.convert, binary.convert) == (GET_REPLY.text, GET_REPLY.binary)
    assert repr(text) == "<Command GET (1 args)>"
    assert text.__rich_repr__() == [("name", "GET"), ("args", 1)]  # never the arguments


def test_batch_results_in_one_decode() -> None:
    commands = [incr(TEXT, "a"), incr(TEXT, "b"), incr(TEXT, "c")]
    assert decode_results(commands, b'[{"result":1},{"result":2},{"result":3}]') == [1, 2, 3]
    texts = [get(TEXT, "a"), get(TEXT, "b")]
    assert decode_results(texts, json.dumps([{"result": b64("x")}, {"result": None}]).encode()) == [
        "x",
        None,
    ]
    binaries = [get(BINARY, "a")]
    assert decode_results(binaries, json.dumps([{"result": b64("x")}]).encode()) == [b"x"]


BATCH_FALLBACKS: list[tuple[list[Command[Any]], bytes]] = [
    # each goes item by item (None): decode_item then says what is wrong, in its place
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":1},{"error":"ERR boom"}]'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":1},{"result":2,"error":"ERR x"}]'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":1},{"result":"two"}]'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":1},{}]'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":1}]'),  # a reply missing
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'{"error":"ERR the whole batch"}'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b"[{"),
    ([incr(TEXT, "a"), get(TEXT, "b")], b'[{"result":1},{"result":null}]'),  # two replies
    ([incr(TEXT, "a"), incr(BINARY, "b")], b'[{"result":1},{"result":2}]'),  # two modes
    ([get(TEXT, "a")], json.dumps([{"result": b64(b"\xff")}]).encode()),  # not UTF-8
    ([], b"[]"),
]


@pytest.mark.parametrize(("commands", "body"), BATCH_FALLBACKS)
def test_batch_results_fall_back_item_by_item(commands: list[Command[Any]], body: bytes) -> None:
    assert decode_results(commands, body) is None


def test_batch_results_of_the_common_write_replies() -> None:
    from redisrest._generated import commands as _cmd

    sets = [_cmd.set(TEXT, "k", "v"), _cmd.set(TEXT, "k", "v", nx=True)]
    assert decode_results(sets, b'[{"result":"OK"},{"result":null}]') == [True, False]
    msets = [_cmd.mset(TEXT, {"k": "v"}), _cmd.mset(TEXT, {"l": "w"})]
    assert decode_results(msets, b'[{"result":"OK"},{"result":"OK"}]') == [True, True]
    assert decode_results(msets, b'[{"result":"OK"},{"result":"NO"}]') is None
    assert decode_results([mset(TEXT, "k", "v")], b'[{"result":"OK"}]') == [True]


def test_batch_results_of_one_repeated_reply() -> None:
    # A reply repeating one item is decoded once; an immutable value stands for every command.
    sets = [set_(TEXT, f"k{i}", "v") for i in range(1000)]
    body = b"[" + b",".join([b'{"result":"OK"}'] * 1000) + b"]"
    assert decode_results(sets, body) == [True] * 1000
    counts = [incr(TEXT, "a") for _ in range(3)]
    assert decode_results(counts, b'[{"result":7},{"result":7},{"result":7}]') == [7, 7, 7]
    # items of one length that differ (the middle one, the last one): each decoded
    assert decode_results(counts, b'[{"result":7},{"result":8},{"result":7}]') == [7, 8, 7]
    assert decode_results(counts, b'[{"result":7},{"result":7},{"result":8}]') == [7, 7, 8]
    assert decode_results(counts, b'[{"result":8},{"result":7},{"result":7}]') == [8, 7, 7]
    body = b'[{"result":7},{"result":7},{"result":8},{"result":7}]'
    assert decode_results([*counts, incr(TEXT, "a")], body) == [7, 7, 8, 7]
    texts = [get(TEXT, "a"), get(TEXT, "b")]
    item = json.dumps({"result": b64("x")}, separators=(",", ":"))
    assert decode_results(texts, f"[{item},{item}]".encode()) == ["x", "x"]
    # A mutable value is decoded for each command: no list is shared between two results.
    lists = [lrange(TEXT, "a"), lrange(TEXT, "b")]
    item = json.dumps({"result": [b64("x")]}, separators=(",", ":"))
    first, second = decode_results(lists, f"[{item},{item}]".encode()) or ([], [])
    assert first == second == ["x"] and first is not second


REPEATED_FALLBACKS: list[tuple[list[Command[Any]], bytes]] = [
    # the same bytes repeated, but not results of these commands: item by item (None)
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"error":"ERR x"},{"error":"ERR x"}]'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":"OK"},{"result":"OK"}]'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":1,"x":2},{"result":1,"x":2}]'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":1},{"result":1},{"result":1}]'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":1}{"result":1}]'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[{"result":1},{"result":1}'),
    ([incr(TEXT, "a"), incr(TEXT, "b")], b'[1,{"result":1},1,{"result":1}]'),
    ([set_(TEXT, "a", "v"), incr(TEXT, "b")], b'[{"result":"OK"},{"result":"OK"}]'),
    ([get(TEXT, "a")] * 2, json.dumps([{"result": b64(b"\xff")}] * 2).encode()),
]


@pytest.mark.parametrize(("commands", "body"), REPEATED_FALLBACKS)
def test_repeated_reply_falls_back_item_by_item(commands: list[Command[Any]], body: bytes) -> None:
    assert decode_results(commands, body) is None


def test_repeated_reply_with_a_brace_in_a_result() -> None:
    # The repeated item is taken up to the first "}": a result holding one does not repeat from
    # there, so the whole reply is decoded, as any other.
    text: Reply[str, str] = Reply(str, lambda w: w, lambda w: w)
    commands = [Command(TEXT, "X", ("X",), text, 0) for _ in range(3)]
    item = json.dumps({"result": "a}b"}, separators=(",", ":"))
    assert decode_results(commands, f"[{item},{item},{item}]".encode()) == ["a}b"] * 3


def test_decode_error() -> None:
    assert decode_error(b'{"error":"ERR x"}') == "ERR x"
    assert decode_error(b"<html>") is None
    assert decode_error(b'{"result":1}') is None


# -- the escape hatch ---------------------------------------------------------------------------

JSON_CASES: list[tuple[Any, Any, Any]] = [
    # wire result -> text, binary
    ("OK", "OK", b"OK"),
    (b64("hello"), "hello", b"hello"),
    (b64("OK"), "OK", b"OK"),  # a stored "OK" is encoded like any value
    (None, None, None),
    (42, 42, 42),
    (1.5, 1.5, 1.5),
    (
        [b64("a"), [b64("b"), 2, None], "OK"],
        ["a", ["b", 2, None], "OK"],
        [b"a", [b"b", 2, None], b"OK"],
    ),
    ([], [], []),
]


@pytest.mark.parametrize(("wire", "text", "binary"), JSON_CASES)
def test_json_reply(wire: Any, text: Any, binary: Any) -> None:
    body = json.dumps({"result": wire}).encode()
    text_command: Command[Any] = Command(TEXT, "X", ("X",), JSON_REPLY, 0)
    binary_command: Command[Any] = Command(BINARY, "X", ("X",), JSON_REPLY, 0)
    assert decode_envelope(text_command, body) == text
    assert decode_envelope(binary_command, body) == binary


@pytest.mark.parametrize("wire", [{"a": 1}, "not base64", [b64(b"\xff")]])
def test_json_reply_refuses_what_cannot_come_back(wire: Any) -> None:
    command: Command[Any] = Command(TEXT, "X", ("X",), JSON_REPLY, 0)
    with pytest.raises(ResponseError):
        decode_envelope(command, json.dumps({"result": wire}).encode())


def test_list_reply() -> None:
    body = json.dumps({"result": [b64("a"), b64("b")]}).encode()
    assert decode_envelope(lrange(TEXT, "l"), body) == ["a", "b"]
