"""The spec's reply type language, read independently of the generator, for tests.

Tests use it two ways: to check at run time that a decoded reply matches the type the spec
declares (`conforms`), and to write the expected annotation of every method for the typing
tests (`annotation`). It is deliberately a second, small reading of spec/README.md, so a
mistake in the generator's model shows up as a disagreement here.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "commands.json"


@dataclass(frozen=True)
class T:
    """A parsed type: `head` is a leaf name, a constructor or a struct name; `args` its parameters."""

    head: str
    args: tuple[T, ...] = ()
    nullable: bool = False


#: `jsondoc`: a JSON document (RedisJSON), decoded; `T`: the same decoded into the caller's
#: `type=` (commands with `typed_reply`).
LEAVES = {"V", "str", "bytes", "int", "intstr", "float", "bool", "ok", "json", "jsondoc", "T"}
CONSTRUCTORS = {"list", "tuple", "dict", "pairs", "first"}


def parse(text: str) -> T:
    parsed, rest = _parse(text.replace(" ", ""))
    if rest:
        raise ValueError(f"trailing text {rest!r} in type {text!r}")
    return parsed


def _parse(s: str) -> tuple[T, str]:
    i = 0
    while i < len(s) and (s[i].isalnum() or s[i] == "_"):
        i += 1
    head, rest = s[:i], s[i:]
    if not head:
        raise ValueError(f"expected a type name at {s!r}")
    args: list[T] = []
    if rest.startswith("["):
        rest = rest[1:]
        while True:
            arg, rest = _parse(rest)
            args.append(arg)
            if rest.startswith(","):
                rest = rest[1:]
                continue
            if not rest.startswith("]"):
                raise ValueError(f"expected ']' at {rest!r}")
            rest = rest[1:]
            break
    nullable = rest.startswith("?")
    if nullable:
        rest = rest[1:]
    return T(head, tuple(args), nullable), rest


def annotation(t: T, v: str, structs: dict[str, Any]) -> str:
    """The Python annotation a method returning `t` must have, with `v` the value type."""
    if t.head == "ok":
        return "bool"
    base = _annotation(t, v, structs)
    return f"{base} | None" if t.nullable else base


def _annotation(t: T, v: str, structs: dict[str, Any]) -> str:
    h = t.head
    if h == "V":
        return v
    if h in ("str", "bytes", "int", "float", "bool"):
        return h
    if h == "intstr":
        return "int"
    if h == "json":
        return "JSON"  # resolved by the caller to the library's JSON-shaped alias
    if h == "jsondoc":
        return "JSONDocument"  # strings are `str` whatever `v` is (JSON text is UTF-8)
    if h == "T":
        return "T"  # the caller's `type=`: resolved by the caller
    if is_enum(h, structs):
        return h  # an IntEnum: never generic
    sub = [annotation(a, v, structs) for a in t.args]
    if h == "list":
        return f"list[{sub[0]}]"
    if h == "tuple":
        return f"tuple[{', '.join(sub)}]"
    if h == "dict":
        return f"dict[{sub[0]}, {sub[1]}]"
    if h == "pairs":
        return f"list[tuple[{sub[0]}, {sub[1]}]]"
    if h == "first":  # `first[pairs[A, B]]` is `tuple[A, B] | None`
        inner = t.args[0]
        if inner.head == "pairs":
            return f"tuple[{sub[0].removeprefix('list[tuple[').removesuffix(']]')}] | None"
        return f"{annotation(inner.args[0], v, structs)} | None"
    if h in structs:
        return f"{h}[{v}]" if _struct_uses_v(h, structs) else h
    raise ValueError(f"unknown type {h!r}")


def is_enum(name: str, structs: dict[str, Any]) -> bool:
    """`shape: "enum"`: an IntEnum of integer codes (its `values`), not a Struct."""
    return name in structs and structs[name].get("shape") == "enum"


def _struct_uses_v(name: str, structs: dict[str, Any], seen: frozenset[str] = frozenset()) -> bool:
    for field in structs[name].get("fields") or ():
        if _uses_v(parse(field["type"]), structs, seen | {name}):
            return True
    return False


def _uses_v(t: T, structs: dict[str, Any], seen: frozenset[str]) -> bool:
    if t.head == "V":
        return True
    if t.head in structs and t.head not in seen:
        return _struct_uses_v(t.head, structs, seen)
    return any(_uses_v(a, structs, seen) for a in t.args)


def conforms(value: object, t: T, binary: bool, structs: dict[str, Any]) -> str | None:
    """None when `value` is an instance of `t`; else a description of the first mismatch."""
    if t.head == "ok":
        if t.nullable:
            return None if isinstance(value, bool) else f"expected bool, got {type(value).__name__}"
        return None if value is True else f"expected True, got {value!r}"
    h = t.head
    if h == "json":
        return _json_conforms(value, binary)  # JSON-shaped values include null
    if h == "jsondoc":
        return _document_conforms(value)  # a JSON document may be null itself
    if h == "first" and value is None:
        return None  # an empty array: the one item is absent
    if value is None:
        return None if t.nullable else "got None for a non-nullable type"
    if h == "T":
        return None  # the caller's own type: msgspec validated it, the case checks the value
    if is_enum(h, structs):
        return _enum_conforms(value, h, structs[h])
    want: type | tuple[type, ...]
    if h == "V":
        want = bytes if binary else str
    elif h == "str":
        want = str
    elif h == "bytes":
        want = bytes
    elif h in ("int", "intstr"):
        if isinstance(value, bool):
            return "expected int, got bool"
        want = int
    elif h == "float":
        want = float
    elif h == "bool":
        want = bool
    elif h == "first":
        inner = t.args[0]
        if inner.head == "pairs":
            return conforms([value], inner, binary, structs)
        return conforms(value, T(inner.args[0].head, inner.args[0].args, True), binary, structs)
    elif h in ("list", "pairs"):
        if not isinstance(value, list):
            return f"expected list, got {type(value).__name__}"
        for i, item in enumerate(value):
            if h == "list":
                err = conforms(item, t.args[0], binary, structs)
            elif not (isinstance(item, tuple) and len(item) == 2):
                err = f"expected a pair, got {item!r:.40}"
            else:
                err = conforms(item[0], t.args[0], binary, structs) or conforms(
                    item[1], t.args[1], binary, structs
                )
            if err:
                return f"[{i}]: {err}"
        return None
    elif h == "tuple":
        if not isinstance(value, tuple) or len(value) != len(t.args):
            return f"expected a {len(t.args)}-tuple, got {value!r:.60}"
        for i, (item, at) in enumerate(zip(value, t.args, strict=True)):
            err = conforms(item, at, binary, structs)
            if err:
                return f"({i}): {err}"
        return None
    elif h == "dict":
        if not isinstance(value, dict):
            return f"expected dict, got {type(value).__name__}"
        for k, item in value.items():
            err = conforms(k, t.args[0], binary, structs) or conforms(
                item, t.args[1], binary, structs
            )
            if err:
                return f"{{{k!r:.30}}}: {err}"
        return None
    elif h in structs:
        if type(value).__name__ != h:
            return f"expected struct {h}, got {type(value).__name__}"
        for field in structs[h]["fields"]:
            ft = parse(field["type"])
            if field.get("optional"):
                ft = T(ft.head, ft.args, True)
            err = conforms(getattr(value, field["name"]), ft, binary, structs)
            if err:
                return f".{field['name']}: {err}"
        return None
    else:
        raise ValueError(f"unknown type {h!r}")
    if not isinstance(value, want):
        return (
            f"expected {getattr(want, '__name__', want)}, got {type(value).__name__} {value!r:.40}"
        )
    return None


def _json_conforms(value: object, binary: bool) -> str | None:
    if value is None or isinstance(value, (int, float)):
        return None
    if isinstance(value, (str, bytes)):
        return None if isinstance(value, bytes if binary else str) else "wrong string type"
    if isinstance(value, list):
        for item in value:
            err = _json_conforms(item, binary)
            if err:
                return err
        return None
    if isinstance(value, dict):
        return None
    return f"not JSON-shaped: {type(value).__name__}"


def _document_conforms(value: object) -> str | None:
    """A decoded JSON document: objects with `str` keys, arrays, `str` strings, numbers, bools."""
    if value is None or isinstance(value, (str, int, float)):  # (bool is an int)
        return None
    if isinstance(value, list):
        for i, item in enumerate(value):
            err = _document_conforms(item)
            if err:
                return f"[{i}]: {err}"
        return None
    if isinstance(value, dict):
        for k, item in value.items():
            if not isinstance(k, str):
                return f"object key {k!r:.30} is not a str"
            err = _document_conforms(item)
            if err:
                return f"{{{k!r:.30}}}: {err}"
        return None
    return f"not a JSON document value: {type(value).__name__}"


def _enum_conforms(value: object, name: str, spec_type: dict[str, Any]) -> str | None:
    """A member of the IntEnum `name` whose code the spec lists (a plain int is not enough)."""
    if not isinstance(value, enum.IntEnum) or type(value).__name__ != name:
        return f"expected {name} (an IntEnum), got {type(value).__name__} {value!r:.40}"
    codes = {v["value"]: v["name"] for v in spec_type["values"]}
    if codes.get(value.value) != value.name:
        return f"{name}.{value.name} = {value.value} is not in the spec's values"
    return None


def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open() as f:
        spec: dict[str, Any] = json.load(f)
    return spec
