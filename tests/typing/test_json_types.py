"""Static typing of the RedisJSON namespace (`r.json`): values in, documents and `type=` out.

Not run by pytest: `make typecheck` runs `mypy tests/typing` (strict) and `pyright tests/typing`
(strict). Each `assert_type` pins a type; each negative case carries the ignore comment of the
error it must raise, and both checkers report unused ignores, so a missing error fails.
tests/typing/test_every_method.py covers every JSON method in every flavour from the spec; this
file pins what a user's own types do there.
"""
# pyright: strict, reportUnnecessaryTypeIgnoreComment=true

from __future__ import annotations

from dataclasses import dataclass

import msgspec
from typing_extensions import assert_type

from redisrest import AsyncRedis, JSONValue, Redis
from redisrest._types import JSONDocument


class User(msgspec.Struct):
    name: str
    age: int


@dataclass
class Point:
    x: float
    y: float


def typed_replies(r: Redis[str], rb: Redis[bytes]) -> None:
    # `type=` decodes into the caller's type; a JSONPath's matches are a list of them.
    assert_type(r.json.get("u", "$", type=list[User]), list[User] | None)
    assert_type(r.json.get("u", type=User), User | None)
    assert_type(
        r.json.get("u", "$.a", "$.b", type=dict[str, list[int]]), dict[str, list[int]] | None
    )
    assert_type(r.json.mget("u:1", "u:2", path="$", type=list[User]), list[list[User] | None])
    assert_type(rb.json.get("u", "$", type=list[User]), list[User] | None)
    # Without it: the decoded document, whose strings are `str` whatever the client's mode.
    assert_type(r.json.get("u", "$"), JSONDocument | None)
    assert_type(rb.json.get("u"), JSONDocument | None)
    assert_type(rb.json.mget("u:1", "u:2"), list[JSONDocument | None])
    assert_type(r.json.arrpop("u", "$.tags"), list[JSONDocument | None])
    # JSON.RESP replies in Redis values: those follow the mode.
    assert_type(rb.json.resp("u"), JSONValue[bytes])


def narrowing(r: Redis[str]) -> None:
    # (assigned, not assert_type: pyright spells a narrowed recursive alias expanded)
    doc = r.json.get("u")
    if isinstance(doc, dict):
        obj: dict[str, JSONDocument] = doc
        assert_type(list(obj), list[str])
        name = obj["name"]
        if isinstance(name, str):
            assert_type(name.upper(), str)
    elif isinstance(doc, list):
        items: list[JSONDocument] = doc
        print(items)


def values_in(r: Redis[str]) -> None:
    # Any msgspec-encodable value: Structs, dataclasses, dicts, lists, scalars.
    assert_type(r.json.set("u", "$", User(name="ada", age=36)), bool)
    assert_type(r.json.set("p", "$", Point(1.0, 2.0), nx=True), bool)
    assert_type(r.json.set("d", "$", {"tags": ["a", "b"], "n": None}), bool)
    assert_type(r.json.arrappend("u", "$.tags", "c", 1, Point(0, 0)), list[int | None])
    assert_type(r.json.merge("u", "$", {"age": None}), bool)
    assert_type(r.json.mset(("a", "$", User(name="a", age=1)), ("b", "$.x", 2)), bool)
    assert_type(r.json.strappend("u", "$.name", " lovelace"), list[int | None])
    assert_type(r.json.numincrby("u", "$.age", 1), JSONDocument)


def pipelines(r: Redis[str], rb: Redis[bytes]) -> None:
    assert_type(
        r.pipeline().json.set("k", "$", 1).json.get("k").get("x").exec(),
        tuple[bool, JSONDocument | None, str | None],
    )
    assert_type(
        rb.multi().json.get("u", "$", type=list[User]).incr("n").json.delete("u").exec(),
        tuple[list[User] | None, int, int],
    )
    assert_type(
        r.pipeline().json.mget("a", "b", type=Point).exec(raise_on_error=True),
        tuple[list[Point | None]],
    )


async def async_client(ar: AsyncRedis[str]) -> None:
    assert_type(await ar.json.get("u", type=User), User | None)
    assert_type(await ar.json.get("u", "$"), JSONDocument | None)
    assert_type(await ar.json.set("u", "$", User(name="ada", age=36)), bool)
    assert_type(
        await ar.pipeline().json.get("u", "$", type=list[User]).json.arrlen("u", "$.tags").exec(),
        tuple[list[User] | None, list[int | None]],
    )


def negative(r: Redis[str]) -> None:
    r.json.arrlen("k", 1)  # type: ignore[arg-type]
    r.json.strappend("k", "$", 1)  # type: ignore[arg-type]
    r.json.get("k", type="User")  # type: ignore[call-overload]
    r.json.mset(("k", "$"))  # type: ignore[arg-type]
    r.json.set("k", "$", 1, nx="yes")  # type: ignore[arg-type]
    r.json.get("u", "$", type=list[User]).copy()  # type: ignore[union-attr]
    r.json.debug("k")  # type: ignore[attr-defined]
    r.json_set("k", "$", 1)  # type: ignore[attr-defined]
    user: User | None = r.json.get("u")  # type: ignore[assignment]
    users: list[User] = r.json.mget("a", type=User)  # type: ignore[assignment]
    r.pipeline().json.get("k").exec()[1]  # type: ignore[misc]
    print(user, users)
