"""Property-based tests: values round-trip exactly, and decoders never fail unexpectedly.

Round trips go through the real client and the real gateway, and are judged by redis-server
itself (read directly, bypassing the gateway): a symmetric encode/decode bug cannot hide.
The decoder properties feed every reply variant the spec offers arbitrary JSON and arbitrary
bytes: each either returns a value of the declared type (`tests/_spec_types.conforms`) or raises
`redisrest.ResponseError`; nothing else escapes.

`make test` runs modest example counts; `make soak` (`-m soak`) runs the same properties longer.
"""

from __future__ import annotations

import base64
import json
import math
import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import redisrest
from redisrest import Redis, _convert
from redisrest._command import BINARY, READONLY, TEXT, Codec, Command, Reply
from redisrest._encoding import decode_envelope
from redisrest._generated import commands as generated
from redisrest.gateway import GatewayProcess
from tests._spec_types import T, conforms, load_spec, parse

BASE = settings(
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
#: Examples per property in `make test`, and in `make soak`.
EXAMPLES = 60
SOAK_EXAMPLES = 2000
MiB = 1024 * 1024


def run(prop: Callable[[], None], examples: int = 0, *, soak: bool = False) -> None:
    """Run a `@given` property with this many examples.

    The bounded runs of `make test` are derandomized (the same examples every run: CI never
    flakes on a new draw); the soak runs explore afresh each time.
    """
    count = examples or (SOAK_EXAMPLES if soak else EXAMPLES)
    settings(BASE, max_examples=count, derandomize=not soak)(prop)()


# ---------------------------------------------------------------------------------------------
# Clients


@pytest.fixture(scope="module")
def big_gateway(gateway_factory: Callable[..., GatewayProcess]) -> Iterator[GatewayProcess]:
    """A gateway whose body cap fits a 1 MiB value in JSON (the default cap is exactly 1 MiB,
    which a JSON body holding a 1 MiB value necessarily exceeds)."""
    with gateway_factory("--max-body-bytes", str(8 * MiB)) as gw:
        yield gw


@pytest.fixture(scope="module")
def rb(big_gateway: GatewayProcess) -> Iterator[Redis[bytes]]:
    with Redis(big_gateway.url, big_gateway.token, decode_responses=False) as client:
        yield client


@pytest.fixture(scope="module")
def rs(big_gateway: GatewayProcess) -> Iterator[Redis[str]]:
    with Redis(big_gateway.url, big_gateway.token) as client:
        yield client


@pytest.fixture(scope="module")
def judge(big_gateway: GatewayProcess) -> Iterator[redis.Redis]:
    conn = redis.Redis.from_url(big_gateway.redis_url, socket_timeout=10)
    yield conn
    conn.close()


# ---------------------------------------------------------------------------------------------
# Any bytes through Redis[bytes]

#: Bytes that stress each layer: JSON, UTF-8, the path form's percent-encoding and dot segments,
#: base64's "OK" exception, HTTP line endings.
TRICKY_BYTES = [
    b"",
    b"\x00",
    b"\x00\x00\xff",
    b"\xff\xfe\xfd",
    b"\xc3\x28",
    b"\xed\xa0\x80",  # a UTF-8-encoded surrogate: not UTF-8
    b"OK",
    b"T0s=",
    b".",
    b"..",
    b"/",
    b"%2F",
    b"?_token=x&EX=1",
    b"+ +",
    b"\r\n\r\n",
    b'["GET"]',
    "é😀".encode(),
]
any_bytes = st.one_of(st.sampled_from(TRICKY_BYTES), st.binary(max_size=300))


def _bytes_roundtrip(rb: Redis[bytes], judge: redis.Redis) -> Callable[[], None]:
    @given(key=any_bytes, value=any_bytes)
    def prop(key: bytes, value: bytes) -> None:
        assert rb.set(key, value) is True
        assert rb.get(key) == value
        assert judge.get(key) == value  # what redis-server holds, byte for byte
        assert rb.mget(key, key) == [value, value]
        field = value  # any bytes as a hash field and value too
        assert rb.hset(key + b":h", {field: key}) in (0, 1)
        assert rb.hgetall(key + b":h") == {field: key}
        assert rb.delete(key, key + b":h") == 2

    return prop


def test_any_bytes_roundtrip(rb: Redis[bytes], judge: redis.Redis) -> None:
    run(_bytes_roundtrip(rb, judge))


@pytest.mark.soak
@pytest.mark.timeout(900)
def test_any_bytes_roundtrip_soak(rb: Redis[bytes], judge: redis.Redis) -> None:
    run(_bytes_roundtrip(rb, judge), soak=True)


def test_utf8_bytes_in_pipelines_and_transactions(rb: Redis[bytes], judge: redis.Redis) -> None:
    @given(values=st.lists(st.text().map(str.encode), min_size=1, max_size=5))
    def prop(values: list[bytes]) -> None:
        keys = [b"rel:prop:p:" + str(i).encode() for i in range(len(values))]
        pipe = rb.pipeline()
        for k, v in zip(keys, values, strict=True):
            pipe.set(k, v)
        assert pipe.exec() == tuple(True for _ in values)
        tx = rb.multi()
        for k in keys:
            tx.get(k)
        assert tx.exec() == tuple(values)
        assert [judge.get(k) for k in keys] == values

    run(prop)


@pytest.mark.parametrize("size", [MiB - 1, MiB])
@pytest.mark.parametrize("utf8", [True, False], ids=["utf8", "binary"])
def test_one_mebibyte_values_and_keys(
    rb: Redis[bytes], judge: redis.Redis, size: int, utf8: bool
) -> None:
    rng = random.Random(size * 2 + utf8)
    if utf8:
        value = bytes(rng.randrange(0x20, 0x7F) for _ in range(size))
    else:
        value = b"\xff" + rng.randbytes(size - 1)  # never UTF-8: the path form carries it
    # the largest non-UTF-8 key the path form carries (3 URL bytes per byte, 64 KiB URLs)
    key = value[:1024] if utf8 else b"\xfe" * 21_000
    assert rb.set(key, value) is True
    assert rb.get(key) == value
    assert judge.get(key) == value
    assert rb.delete(key) == 1
    if utf8:  # a 1 MiB key travels in JSON
        assert rb.set(value, b"v") is True
        assert rb.get(value) == b"v"
        assert judge.get(value) == b"v"
        assert rb.delete(value) == 1
    else:  # a 1 MiB non-UTF-8 key cannot travel in a URL: refused clearly, before sending
        with pytest.raises(ValueError, match="URL") as info:
            rb.set(value, b"v")
        assert "\\xff" not in str(info.value)
        assert judge.exists(value) == 0


def test_non_utf8_bytes_in_a_pipeline_are_refused_before_sending(
    rb: Redis[bytes], judge: redis.Redis
) -> None:
    with pytest.raises(ValueError, match="not UTF-8") as info:
        rb.pipeline().set(b"rel:prop:nonutf8", b"\xff").exec()
    assert "\\xff" not in str(info.value)
    assert judge.exists(b"rel:prop:nonutf8") == 0


# ---------------------------------------------------------------------------------------------
# Any Unicode through Redis[str]; lone surrogates refused clearly

unicode_text = st.one_of(
    st.sampled_from(["", "\x00", "OK", "😀", "\U0010ffff", "\ufeff", "a\u0301", "\r\n", "..", "/"]),
    st.text(max_size=200),
)


def _text_roundtrip(rs: Redis[str], judge: redis.Redis) -> Callable[[], None]:
    @given(key=unicode_text, value=unicode_text)
    def prop(key: str, value: str) -> None:
        key = "rel:prop:s:" + key
        assert rs.set(key, value) is True
        assert rs.get(key) == value
        assert judge.get(key.encode()) == value.encode()
        assert rs.echo(value) == value
        assert rs.pipeline().get(key).echo(value).exec() == (value, value)
        assert rs.delete(key) == 1

    return prop


def test_any_unicode_roundtrip(rs: Redis[str], judge: redis.Redis) -> None:
    run(_text_roundtrip(rs, judge))


@pytest.mark.soak
@pytest.mark.timeout(900)
def test_any_unicode_roundtrip_soak(rs: Redis[str], judge: redis.Redis) -> None:
    run(_text_roundtrip(rs, judge), soak=True)


surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)


def test_lone_surrogates_are_refused_clearly(rs: Redis[str], judge: redis.Redis) -> None:
    @given(head=st.text(max_size=20), lone=surrogate, tail=st.text(max_size=20))
    def prop(head: str, lone: str, tail: str) -> None:
        bad = head + lone + tail
        key = "rel:prop:surrogate"
        attempts: list[Callable[[], object]] = [
            lambda: rs.set(key, bad),
            lambda: rs.set(bad, "v"),
            lambda: rs.pipeline().set(key, "ok").set(key, bad).exec(),
            lambda: rs.multi().set(bad, "v").exec(),
        ]
        for attempt in attempts:
            with pytest.raises(ValueError, match="lone surrogate") as info:
                attempt()
            message = str(info.value)
            assert "not valid Unicode" in message
            assert lone not in message and repr(lone)[1:-1] not in message
        assert judge.exists(key) == 0  # refused before anything was sent

    run(prop)


# ---------------------------------------------------------------------------------------------
# Integers and floats, as arguments and as results

int64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)


def test_int64_arguments_and_incrby_results(rs: Redis[str], judge: redis.Redis) -> None:
    @given(first=int64, second=int64)
    def prop(first: int, second: int) -> None:
        key = "rel:prop:int"
        judge.delete(key)
        assert rs.set(key, first) is True
        assert rs.get(key) == str(first)
        judge.delete(key)
        assert rs.incrby(key, first) == first
        total = first + second
        if -(2**63) <= total <= 2**63 - 1:
            assert rs.incrby(key, second) == total
            assert int(judge.get(key) or b"") == total
        else:
            with pytest.raises(redisrest.CommandError, match="overflow"):
                rs.incrby(key, second)
            assert int(judge.get(key) or b"") == first  # not applied

    run(prop)


def test_integers_beyond_int64_are_refused_by_redis_clearly(rs: Redis[str]) -> None:
    for big in (2**63, -(2**63) - 1, 10**30):
        with pytest.raises(redisrest.CommandError) as info:
            rs.incrby("rel:prop:bigint", big)
        assert info.value.command == "INCRBY"
        assert str(big) not in str(info.value)
    assert rs.set("rel:prop:bigint", 10**30) is True  # as a plain value it is just text
    assert rs.get("rel:prop:bigint") == str(10**30)


EXTREME_FLOATS = [
    0.0,
    -0.0,
    math.inf,
    -math.inf,
    5e-324,
    -5e-324,
    2.2250738585072014e-308,
    1.7976931348623157e308,
    -1.7976931348623157e308,
    0.1,
    1 / 3,
    2.0**53 + 2,
    1e22,
    123456789.12345679,
]
any_float = st.one_of(st.sampled_from(EXTREME_FLOATS), st.floats(allow_nan=False))


def test_floats_roundtrip_as_arguments_and_zscore_results(
    rs: Redis[str], judge: redis.Redis
) -> None:
    @given(score=any_float)
    def prop(score: float) -> None:
        key = "rel:prop:float"
        assert rs.set(key, score) is True
        assert float(rs.get(key) or "") == score  # the argument went out exactly
        assert rs.zadd(key + ":z", {"m": score}) in (0, 1)
        got = rs.zscore(key + ":z", "m")
        held = judge.zscore(key + ":z", "m")  # redis-server's own reply (it writes -0 as 0)
        assert got == score == held
        assert got is not None and held is not None
        assert math.copysign(1, got) == math.copysign(1, held)
        pipeline_score = rs.pipeline().zscore(key + ":z", "m").exec()[0]
        assert pipeline_score == score

    run(prop)


def test_incrbyfloat_results(rs: Redis[str], judge: redis.Redis) -> None:
    @given(increment=any_float)
    def prop(increment: float) -> None:
        key = "rel:prop:incrbyfloat"
        judge.delete(key)
        if math.isinf(increment):
            with pytest.raises(redisrest.CommandError, match="NaN or Infinity"):
                rs.incrbyfloat(key, increment)
            assert judge.exists(key) == 0
            return
        result = rs.incrbyfloat(key, increment)
        # Exactly what redis-server holds (it prints long doubles with 17 decimals, so values
        # below 1e-17 come back as 0: that is Redis's arithmetic, not a decoding loss).
        stored = judge.get(key)
        assert stored is not None
        assert result == float(stored)
        # ... and within those 17 decimals of the increment
        assert math.isclose(result, increment, rel_tol=1e-15, abs_tol=1e-17)
        if increment == round(increment, 6) and abs(increment) < 1e12:
            assert result == increment

    run(prop)


def test_nan_is_refused_before_sending(rs: Redis[str]) -> None:
    with pytest.raises(ValueError, match="NaN"):
        rs.incrbyfloat("rel:prop:nan", math.nan)
    with pytest.raises(ValueError, match="NaN"):
        rs.zadd("rel:prop:nan", {"m": math.nan})


# ---------------------------------------------------------------------------------------------
# Decoders fed arbitrary JSON and arbitrary bytes

SPEC = load_spec()
STRUCTS: dict[str, Any] = SPEC["types"]


def _mangle(t: T) -> str:
    """The generated Reply object's name for a type (our own reading of the naming rule)."""
    head = f"tuple{len(t.args)}" if t.head == "tuple" else t.head
    return "_".join(["opt"] * t.nullable + [head] + [_mangle(a) for a in t.args])


def _offered_reply_types() -> list[str]:
    types = {
        variant["type"]
        for command in SPEC["commands"]
        if not command.get("excluded") and not command.get("container")
        for variant in command["replies"]
    }
    return sorted(types)


REPLY_TYPES = _offered_reply_types()

#: Known decoder bugs (reported; in generated code): the property may find them.
KNOWN_DECODER_BUGS: dict[str, str] = {}


def _reply_params() -> list[Any]:
    return [
        pytest.param(
            t,
            marks=pytest.mark.xfail(reason=KNOWN_DECODER_BUGS[t], strict=False)
            if t in KNOWN_DECODER_BUGS
            else (),
        )
        for t in REPLY_TYPES
    ]


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
any_json = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


NUMBER_TEXTS = [
    "inf",
    "-inf",
    "+inf",
    "nan",
    "-nan",
    "1e999",
    "-0",
    "",
    " 1 ",
    "0x10",
    "1_0",
    "\u0661",
]
b64_text = st.one_of(
    st.binary(max_size=12).map(_b64),
    st.text(max_size=12).map(lambda s: _b64(s.encode())),
    st.just("OK"),
    st.text(max_size=8),  # not base64 at all
)
b64_int = st.one_of(
    st.integers().map(lambda i: _b64(str(i).encode())),
    st.sampled_from(NUMBER_TEXTS).map(lambda s: _b64(s.encode())),
    b64_text,
)
b64_float = st.one_of(
    st.floats().map(lambda f: _b64(repr(f).encode())),
    st.sampled_from(NUMBER_TEXTS).map(lambda s: _b64(s.encode())),
    b64_text,
)


def _flatten(pairs: list[tuple[object, object]]) -> list[object]:
    return [item for pair in pairs for item in pair]


def wire_of(t: T, depth: int = 0) -> st.SearchStrategy[object]:
    """JSON that is mostly of the type's wire shape, with arbitrary JSON mixed in at any depth."""
    if depth > 6:
        return st.one_of(st.none(), st.just([]), json_scalars)
    right = _wire_right(t, depth)
    if t.nullable:
        right = st.one_of(st.none(), right)
    return st.one_of(right, right, right, any_json)


def _wire_right(t: T, depth: int) -> st.SearchStrategy[object]:
    h = t.head
    if h in ("V", "str", "bytes"):
        return b64_text
    if h == "int":
        return st.one_of(st.integers(min_value=-(2**63), max_value=2**64), st.integers())
    if h == "intstr":
        return b64_int
    if h == "float":
        return b64_float
    if h == "bool":
        return st.one_of(st.sampled_from([0, 1]), st.integers())
    if h == "ok":
        return st.sampled_from(["OK", _b64(b"OK"), "ok"])
    if h == "json":
        return any_json
    if h in ("jsondoc", "T"):  # a JSON document's text, base64: valid JSON, or not
        documents = st.one_of(any_json.map(json.dumps), st.text(max_size=12))
        return st.one_of(documents.map(lambda text: _b64(text.encode())), b64_text)
    if h == "list":
        return st.lists(wire_of(t.args[0], depth + 1), max_size=4)
    if h == "tuple":
        return st.tuples(*(wire_of(a, depth + 1) for a in t.args)).map(list)
    if h == "first":  # an array of at most one item of the inner array type (more: a bad reply)
        return st.one_of(st.just([]), _wire_right(t.args[0], depth))
    if h in ("dict", "pairs"):
        item = st.tuples(wire_of(t.args[0], depth + 1), wire_of(t.args[1], depth + 1))
        return st.lists(item, max_size=3).map(_flatten)
    struct = STRUCTS[h]
    if struct["shape"] == "enum":  # an IntEnum of reply codes: its codes, or any integer
        return st.one_of(st.sampled_from([c["value"] for c in struct["values"]]), st.integers())
    fields = struct["fields"]
    if struct["shape"] == "tuple":
        return st.tuples(*(wire_of(parse(f["type"]), depth + 1) for f in fields)).map(list)
    named = [
        st.tuples(
            st.just(_b64(f.get("key", f["name"].replace("_", "-")).encode())),
            wire_of(parse(f["type"]), depth + 1),
        )
        for f in fields
    ]
    extra = st.tuples(b64_text, any_json)
    return st.tuples(
        st.permutations(named).flatmap(lambda items: st.tuples(*items)),
        st.lists(extra, max_size=2),
        st.integers(min_value=0, max_value=len(fields)),
    ).map(lambda parts: _flatten([*list(parts[0])[: len(fields) - parts[2] % 2], *parts[1]]))


def _check_decoder(type_text: str) -> Callable[[], None]:
    t = parse(type_text)
    if type_text in ("T?", "list[T?]"):  # built per call for the caller's `type=`
        into = _convert.json_into if type_text == "T?" else _convert.json_list_into
        reply: Reply[Any, Any] = into(dict[str, int])
    else:
        reply = getattr(generated, f"_R_{_mangle(t)}")
    content = st.one_of(
        wire_of(t).map(lambda value: json.dumps({"result": value}).encode()),
        any_json.map(lambda value: json.dumps(value).encode()),
        st.binary(max_size=64),
    )

    @given(body=content, binary=st.booleans())
    def prop(body: bytes, binary: bool) -> None:
        command = Command(BINARY if binary else TEXT, "FUZZ", ("FUZZ",), reply, READONLY)
        try:
            value = decode_envelope(command, body)
        except redisrest.CommandError:
            envelope = json.loads(body)  # only an {"error": "..."} body may give a CommandError
            assert isinstance(envelope, dict) and isinstance(envelope.get("error"), str)
        except redisrest.ResponseError as exc:
            assert exc.command == "FUZZ"
        else:
            mismatch = conforms(value, t, binary, STRUCTS)
            assert mismatch is None, f"{type_text}: {mismatch}"

    return prop


@pytest.mark.parametrize("type_text", _reply_params())
def test_decoders_return_the_declared_type_or_raise_response_error(type_text: str) -> None:
    run(_check_decoder(type_text))


@pytest.mark.soak
@pytest.mark.timeout(900)
@pytest.mark.parametrize("type_text", _reply_params())
def test_decoders_soak(type_text: str) -> None:
    run(_check_decoder(type_text), SOAK_EXAMPLES // 2, soak=True)


def test_every_offered_reply_type_has_a_generated_reply() -> None:
    assert len(REPLY_TYPES) > 40
    for type_text in REPLY_TYPES:
        if type_text in ("T?", "list[T?]"):  # `type=` replies: built per call, per type
            assert isinstance(_convert.json_into(int), Reply)
            continue
        assert isinstance(getattr(generated, f"_R_{_mangle(parse(type_text))}"), Reply)


@pytest.mark.parametrize("codec", [TEXT, BINARY], ids=["text", "binary"])
@pytest.mark.parametrize(
    "body",
    [b'{"result":[0,0]}', b'{"result":["YQ==","Yg=="]}', b'{"result":["YQ==",1,2,3]}'],
    ids=["int key", "bytes value", "int key later"],
)
def test_dict_v_int_decoder_checks_each_position(body: bytes, codec: Codec[Any]) -> None:
    """PUBSUB NUMSUB's reply (wire `list[bytes | int]`): a key or value of the other type is a
    ResponseError (found by the property above)."""
    command = Command(codec, "PUBSUB NUMSUB", ("PUBSUB",), generated._R_dict_V_int, READONLY)
    with pytest.raises(redisrest.ResponseError, match="PUBSUB NUMSUB: the reply does not have"):
        decode_envelope(command, body)


def _b(text: str) -> str:
    return _b64(text.encode())


#: A flat map or pairs array of odd length (a last key without its value), per flat reply type.
ODD_LENGTH = [
    ("dict[V, V]", [_b("f1"), _b("v1"), _b("f2")]),
    ("pairs[V, V]", [_b("f1"), _b("v1"), _b("f2")]),
    ("pairs[V, float]", [_b("m1"), _b("1.5"), _b("m2")]),
    ("first[pairs[V, float]]", [_b("m1"), _b("1"), _b("m2")]),
    ("dict[V, int]", [_b("c1"), 1, _b("c2")]),
    ("dict[str, str]", [_b("k1"), _b("v1"), _b("k2")]),
    ("tuple[intstr, pairs[V, V]]", [_b("0"), [_b("f1"), _b("v1"), _b("f2")]]),
    ("tuple[intstr, pairs[V, float]]", [_b("0"), [_b("m1"), _b("1"), _b("m2")]]),
]


@pytest.mark.parametrize("codec", [TEXT, BINARY], ids=["text", "binary"])
@pytest.mark.parametrize(("type_text", "result"), ODD_LENGTH, ids=[t for t, _ in ODD_LENGTH])
def test_flat_maps_of_odd_length_are_response_errors(
    type_text: str, result: list[object], codec: Codec[Any]
) -> None:
    """The last key is not silently dropped: the reply is not of its declared shape."""
    assert type_text in REPLY_TYPES
    reply: Reply[Any, Any] = getattr(generated, f"_R_{_mangle(parse(type_text))}")
    command = Command(codec, "HGETALL", ("HGETALL",), reply, READONLY)
    body = json.dumps({"result": result}).encode()
    with pytest.raises(redisrest.ResponseError, match="HGETALL: the reply does not have the"):
        decode_envelope(command, body)
    even = json.dumps({"result": _even(result)}).encode()
    assert decode_envelope(command, even) is not None  # the same reply made even decodes


def _even(result: list[object]) -> list[object]:
    """The odd-length array of `ODD_LENGTH` (the last item, or the tuple's last) made even."""
    if isinstance(result[-1], list):
        return [*result[:-1], _even(result[-1])]
    return result[:-1]
