"""Load spec/commands.json into typed msgspec Structs, failing loudly on a bad entry.

This is the spec exactly as written (see spec/README.md); every decision about names, Python
types and overloads is made later, in `_model.py`. Unknown keys are errors: a typo in a hint
must not be silently ignored.
"""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path
from typing import Literal

import msgspec

ArgType = Literal[
    "key", "string", "integer", "double", "unix-time", "pattern", "pure-token", "oneof", "block"
]
ArgKind = Literal["count", "mapping", "literal", "sequence", "tuple", "flatten", "star"]
Flag = Literal["readonly", "write", "idempotent"]
ExclusionReason = Literal[
    "blocking",
    "connection-state",
    "transaction",
    "pubsub-stream",
    "replication",
    "cluster",
    "administration",
    "container",
]
#: Facts `harvest` compares with the server; `edited` names those that differ on purpose.
Fact = Literal["arguments", "flags", "group", "since", "complexity"]
#: A `default` hint: the Python value itself (rendered with `repr`).
DefaultValue = str | int | float | bool


class SpecError(Exception):
    """The spec cannot be loaded or rendered; the message names the command and the key."""


class Argument(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: str
    type: ArgType
    token: str | None = None
    optional: bool = False
    multiple: bool = False
    multiple_token: bool = False
    arguments: tuple[Argument, ...] = ()
    py: str | None = None
    kind: ArgKind | None = None
    pytype: str | None = None
    default: DefaultValue | None = None
    from_: str | None = msgspec.field(default=None, name="from")
    order: Literal["key-value", "value-key", "keys-then-values"] = "key-value"


class Exclusion(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    reason: ExclusionReason
    detail: str


class ReplyVariant(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    type: str
    doc: str
    when: dict[str, bool | str] | None = None


class Command(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: str
    group: str
    since: str
    complexity: str
    summary: str
    flags: tuple[Flag, ...]
    arguments: tuple[Argument, ...]
    replies: tuple[ReplyVariant, ...] = ()
    edited: dict[Fact, str] | None = None  # fact -> why it deliberately differs from Redis
    container: bool = False
    excluded: Exclusion | None = None
    method: str | None = None
    note: str | None = None


class Field(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: str
    type: str
    key: str | None = None
    optional: bool = False
    doc: str | None = None


class StructType(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    doc: str
    shape: Literal["tuple", "map"]
    fields: tuple[Field, ...]


class Spec(msgspec.Struct, frozen=True):
    redis_version: str
    types: dict[str, StructType]
    commands: tuple[Command, ...]
    sha256: str = ""


class _RawSpec(msgspec.Struct, forbid_unknown_fields=True):
    redis_version: str
    commands: list[msgspec.Raw]
    types: dict[str, msgspec.Raw] = {}


def load(path: Path) -> Spec:
    """Read and validate a spec file; raise `SpecError` naming the command and the bad key."""
    data = path.read_bytes()
    return parse(data, str(path))


def parse(data: bytes, source: str = "<spec>") -> Spec:
    try:
        raw = msgspec.json.decode(data, type=_RawSpec)
    except msgspec.DecodeError as e:
        raise SpecError(f"{source}: {e}") from None
    types: dict[str, StructType] = {}
    for tname, traw in raw.types.items():
        try:
            types[tname] = msgspec.json.decode(traw, type=StructType)
        except msgspec.DecodeError as e:
            raise SpecError(f"{source}: type {tname}: {e}") from None
    commands: list[Command] = []
    for i, craw in enumerate(raw.commands):
        try:
            commands.append(msgspec.json.decode(craw, type=Command))
        except msgspec.DecodeError as e:
            name = _name_of(craw) or f"commands[{i}]"
            raise SpecError(f"{source}: command {name}: {e}") from None
    names = [c.name for c in commands]
    if names != sorted(names):
        bad = next(b for a, b in itertools.pairwise(names) if b < a)
        raise SpecError(f"{source}: commands must be sorted by name (see {bad})")
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SpecError(f"{source}: duplicate commands: {', '.join(dupes)}")
    return Spec(
        redis_version=raw.redis_version,
        types=dict(sorted(types.items())),
        commands=tuple(commands),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _name_of(raw: msgspec.Raw) -> str | None:
    try:
        obj = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        return None
    name = obj.get("name") if isinstance(obj, dict) else None
    return name if isinstance(name, str) else None
