"""Integration cases for RedisJSON (`r.json`), on the Valkey 9.1 gateway with the module loaded.

Every JSON.* variant the spec offers has a case here, run in both client modes like the other
command cases; then what only JSON has: Python values in (dicts, Structs, dataclasses), `type=`
decoding and its validation errors, the JSONPath check, pipelines and the async client.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import msgspec
import pytest

from redisrest import AsyncRedis, Redis, ResponseError
from tests.commands._harness import Case, Keys, run_case, v

DOC = {"name": "ada", "tags": ["a", "b"], "age": 36, "score": 1.5, "admin": False, "o": {"k": 1}}


class User(msgspec.Struct):
    name: str
    age: int


@dataclasses.dataclass
class Point:
    x: int
    y: int


def _doc(r, k):
    assert r.json.set(k("j"), "$", DOC) is True


def _raw(r, k, key="j"):
    """The stored document, read back without the method under test."""
    return msgspec.json.decode(r.execute("JSON.GET", k(key)) or b"null")


def _after(value: object, *facts: bool) -> object:
    assert all(facts), f"side effect not as expected: {facts}"
    return value


CASES: list[Case] = [
    Case(
        "JSON.ARRAPPEND",
        lambda r, k: _after(
            r.json.arrappend(k("j"), "$.tags", "c", {"d": 1}),
            _raw(r, k)["tags"] == ["a", "b", "c", {"d": 1}],
        ),
        [4],
        setup=_doc,
    ),
    Case(
        "JSON.ARRAPPEND",
        lambda r, k: r.json.arrappend(k("j"), "$.name", 1),
        [None],
        setup=_doc,
        name="not-an-array",
    ),
    Case("JSON.ARRINDEX", lambda r, k: r.json.arrindex(k("j"), "$.tags", "b"), [1], setup=_doc),
    Case(
        "JSON.ARRINDEX",
        lambda r, k: r.json.arrindex(k("j"), "$.tags", "a", start=1, stop=2),
        [-1],
        setup=_doc,
        name="range",
    ),
    Case(
        "JSON.ARRINSERT",
        lambda r, k: _after(
            r.json.arrinsert(k("j"), "$.tags", 0, "z", 7),
            _raw(r, k)["tags"] == ["z", 7, "a", "b"],
        ),
        [4],
        setup=_doc,
    ),
    Case("JSON.ARRLEN", lambda r, k: r.json.arrlen(k("j"), "$.tags"), [2], setup=_doc),
    Case(
        "JSON.ARRLEN",
        lambda r, k: r.json.arrlen(k("j"), "$..k"),
        [None],
        setup=_doc,
        name="not-an-array",
    ),
    Case(
        "JSON.ARRPOP",
        lambda r, k: _after(r.json.arrpop(k("j"), "$.tags"), _raw(r, k)["tags"] == ["a"]),
        ["b"],
        setup=_doc,
    ),
    Case(
        "JSON.ARRPOP",
        lambda r, k: r.json.arrpop(k("j"), "$.tags", index=0),
        ["a"],
        setup=_doc,
        name="index",
    ),
    Case(
        "JSON.ARRPOP",
        lambda r, k: r.json.arrpop(k("j"), "$.a"),
        [None],
        setup=lambda r, k: r.json.set(k("j"), "$", {"a": []}),
        name="empty",
    ),
    Case(
        "JSON.ARRTRIM",
        lambda r, k: _after(r.json.arrtrim(k("j"), "$.tags", 1, 1), _raw(r, k)["tags"] == ["b"]),
        [1],
        setup=_doc,
    ),
    Case(
        "JSON.CLEAR",
        lambda r, k: _after(r.json.clear(k("j"), "$.o"), _raw(r, k)["o"] == {}),
        1,
        setup=_doc,
    ),
    Case("JSON.CLEAR", lambda r, k: r.json.clear(k("j")), 1, setup=_doc, name="root"),
    Case(
        "JSON.DEBUG",
        lambda r, k: r.json.debug_memory(k("j")),
        check=lambda got, k: len(got) == 1 and got[0] > 0,
        setup=_doc,
    ),
    Case("JSON.DEBUG", lambda r, k: r.json.debug_memory(k("missing")), [], name="missing"),
    Case(
        "JSON.DEL",
        lambda r, k: _after(r.json.delete(k("j"), "$.o"), "o" not in _raw(r, k)),
        1,
        setup=_doc,
    ),
    Case(
        "JSON.DEL",
        lambda r, k: _after(r.json.delete(k("j")), r.exists(k("j")) == 0),
        1,
        setup=_doc,
        name="whole",
    ),
    Case("JSON.DEL", lambda r, k: r.json.delete(k("missing")), 0, name="missing"),
    Case(
        "JSON.FORGET",
        lambda r, k: _after(r.json.forget(k("j"), "$.tags"), "tags" not in _raw(r, k)),
        1,
        setup=_doc,
    ),
    Case("JSON.GET", lambda r, k: r.json.get(k("j")), DOC, setup=_doc),
    Case("JSON.GET", lambda r, k: r.json.get(k("j"), "$.age"), [36], setup=_doc, name="jsonpath"),
    Case("JSON.GET", lambda r, k: r.json.get(k("j"), ".age"), 36, setup=_doc, name="legacy"),
    Case(
        "JSON.GET",
        lambda r, k: r.json.get(k("j"), "$.age", "$.name"),
        {"$.age": [36], "$.name": ["ada"]},
        setup=_doc,
        name="paths",
    ),
    Case("JSON.GET", lambda r, k: r.json.get(k("missing"), "$"), None, name="missing"),
    Case(
        "JSON.GET",
        lambda r, k: r.json.get(k("j"), "$", type=list[User]),
        [User("ada", 36)],
        setup=_doc,
        when={"type": "set"},
    ),
    Case(
        "JSON.GET",
        lambda r, k: r.json.get(k("missing"), "$", type=list[User]),
        None,
        when={"type": "set"},
        name="missing",
    ),
    Case(
        "JSON.MERGE",
        lambda r, k: _after(
            r.json.merge(k("j"), "$", {"age": None, "lang": "py"}),
            "age" not in _raw(r, k) and _raw(r, k)["lang"] == "py",
        ),
        True,
        setup=_doc,
    ),
    Case(
        "JSON.MGET",
        lambda r, k: r.json.mget(k("a"), k("b"), k("missing"), path="$.x"),
        [[1], [], None],
        setup=lambda r, k: r.json.mset((k("a"), "$", {"x": 1}), (k("b"), "$", [2])),
    ),
    Case(
        "JSON.MGET",
        lambda r, k: r.json.mget(k("a"), k("b"), k("missing"), path="$", type=list[Point]),
        [[Point(1, 2)], [Point(3, 4)], None],
        setup=lambda r, k: r.json.mset((k("a"), "$", Point(1, 2)), (k("b"), "$", Point(3, 4))),
        when={"type": "set"},
    ),
    Case(
        "JSON.MSET",
        lambda r, k: _after(
            r.json.mset((k("a"), "$", {"x": 1}), (k("b"), "$", User("bob", 7))),
            _raw(r, k, "a") == {"x": 1} and _raw(r, k, "b") == {"name": "bob", "age": 7},
        ),
        True,
    ),
    Case("JSON.NUMINCRBY", lambda r, k: r.json.numincrby(k("j"), "$.age", 2), [38], setup=_doc),
    Case(
        "JSON.NUMINCRBY",
        lambda r, k: r.json.numincrby(k("j"), "$.name", 2),
        [None],
        setup=_doc,
        name="not-a-number",
    ),
    Case("JSON.NUMMULTBY", lambda r, k: r.json.nummultby(k("j"), "$.score", 2), [3.0], setup=_doc),
    Case("JSON.NUMPOWBY", lambda r, k: r.json.numpowby(k("j"), "$.age", 2), [1296], setup=_doc),
    Case(
        "JSON.OBJKEYS",
        lambda r, k: r.json.objkeys(k("j")),
        [["name", "tags", "age", "score", "admin", "o"]],
        setup=_doc,
    ),
    Case(
        "JSON.OBJKEYS",
        lambda r, k: r.json.objkeys(k("j"), "$.age"),
        [None],
        setup=_doc,
        name="not-an-object",
    ),
    Case("JSON.OBJLEN", lambda r, k: r.json.objlen(k("j"), "$.o"), [1], setup=_doc),
    Case(
        "JSON.RESP",
        lambda r, k: r.json.resp(k("j"), "$.o"),
        [[v("{"), v("k"), 1]],
        setup=_doc,
    ),
    Case("JSON.RESP", lambda r, k: r.json.resp(k("missing")), None, name="missing"),
    Case(
        "JSON.SET",
        lambda r, k: _after(r.json.set(k("j"), "$", DOC), _raw(r, k) == DOC),
        True,
    ),
    Case(
        "JSON.SET", lambda r, k: r.json.set(k("j"), "$", 1, nx=True), False, setup=_doc, name="nx"
    ),
    Case(
        "JSON.SET",
        lambda r, k: r.json.set(k("j"), "$.new", 1, xx=True),
        False,
        setup=_doc,
        name="xx",
    ),
    Case(
        "JSON.SET",
        lambda r, k: _after(
            r.json.set(k("j"), "$.p", Point(1, 2)), _raw(r, k)["p"] == {"x": 1, "y": 2}
        ),
        True,
        setup=_doc,
        name="dataclass",
    ),
    Case(
        "JSON.STRAPPEND",
        lambda r, k: _after(r.json.strappend(k("j"), "$.name", "!"), _raw(r, k)["name"] == "ada!"),
        [4],
        setup=_doc,
    ),
    Case("JSON.STRLEN", lambda r, k: r.json.strlen(k("j"), "$.name"), [3], setup=_doc),
    Case(
        "JSON.TOGGLE",
        lambda r, k: _after(r.json.toggle(k("j"), "$.admin"), _raw(r, k)["admin"] is True),
        [True],
        setup=_doc,
    ),
    Case(
        "JSON.TOGGLE",
        lambda r, k: r.json.toggle(k("j"), "$.age"),
        [None],
        setup=_doc,
        name="not-a-boolean",
    ),
    Case(
        "JSON.TYPE",
        lambda r, k: r.json.type(k("j"), "$.*"),
        ["string", "array", "integer", "number", "boolean", "object"],
        setup=_doc,
    ),
    Case("JSON.TYPE", lambda r, k: r.json.type(k("missing")), None, name="missing"),
]


@pytest.fixture(scope="module")
def json_text(valkey_gateway) -> Iterator[Redis[str]]:
    with Redis(url=valkey_gateway.url, token=valkey_gateway.token) as r:
        yield r


@pytest.fixture(scope="module")
def json_binary(valkey_gateway) -> Iterator[Redis[bytes]]:
    with Redis(url=valkey_gateway.url, token=valkey_gateway.token, decode_responses=False) as r:
        yield r


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case, mode: str, json_text, json_binary) -> None:
    run_case(case, json_binary if mode == "bytes" else json_text, binary=mode == "bytes")


# --- what only JSON has --------------------------------------------------------------------


def test_values_in_and_documents_out_are_the_same_in_both_modes(json_text, json_binary) -> None:
    k = Keys("jmodes:")
    doc = {"s": "é ☃", "n": [1, 2.5, None, True], "o": {}}
    json_text.json.set(k("d"), "$", doc)
    assert json_text.json.get(k("d")) == doc
    assert json_binary.json.get(k("d")) == doc  # JSON text is UTF-8: str in both modes


def test_type_validation_error_names_the_position_not_the_value(json_text) -> None:
    k = Keys("jvalid:")
    json_text.json.set(k("u"), "$", {"name": "secret-name", "age": "not-a-number"})
    with pytest.raises(ResponseError) as info:
        json_text.json.get(k("u"), "$", type=list[User])
    message = str(info.value)
    assert "JSON.GET" in message and "$[0].age" in message, message
    assert "secret-name" not in message and "not-a-number" not in message


def test_a_legacy_path_is_refused_before_sending(json_text) -> None:
    with pytest.raises(ValueError, match=r"JSON.ARRLEN: the path must be a JSONPath") as info:
        json_text.json.arrlen("jlegacy:k", ".tags")
    assert ".tags" not in str(info.value)


def test_a_value_json_cannot_carry_is_a_clear_error(json_text) -> None:
    with pytest.raises(TypeError, match="cannot send this value as JSON") as info:
        json_text.json.set("jbad:k", "$", {"when": object()})
    assert "object" in str(info.value)
    assert json_text.exists("jbad:k") == 0  # nothing was sent


def test_pipeline_and_transaction_chain_json_methods(json_text) -> None:
    k = Keys("jpipe:")
    got = (
        json_text.pipeline()
        .json.set(k("a"), "$", {"n": 1})
        .json.numincrby(k("a"), "$.n", 2)
        .set(k("s"), "x")
        .json.get(k("a"), "$.n", type=list[int])
        .exec()
    )
    assert got == (True, [3], True, [3])
    assert json_text.multi().json.toggle(k("a"), "$.n").json.type(k("a")).exec() == (
        [None],
        ["object"],
    )


async def test_async_client_json(valkey_gateway) -> None:
    k = Keys("jasync:")
    async with AsyncRedis(url=valkey_gateway.url, token=valkey_gateway.token) as ar:
        assert await ar.json.set(k("u"), "$", User("ada", 36)) is True
        assert await ar.json.get(k("u"), type=User) == User("ada", 36)
        assert await ar.json.arrlen(k("u"), "$.name") == [None]
        pipe = ar.pipeline().json.get(k("u"), "$.age").json.delete(k("u"))
        assert await pipe.exec() == ([36], 1)
