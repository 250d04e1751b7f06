"""Load spec/commands.json into typed msgspec Structs, failing loudly on a bad entry.

This is the spec exactly as written (see spec/README.md); every decision about names, Python
types and overloads is made later, in `_model.py`. Unknown keys are errors: a typo in a hint
must not be silently ignored.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from pathlib import Path
from typing import Literal

import msgspec

ArgType = Literal[
    "key", "string", "integer", "double", "unix-time", "pattern", "pure-token", "oneof", "block"
]
ArgKind = Literal[
    "count",
    "mapping",
    "literal",
    "sequence",
    "tuple",
    "flatten",
    "star",
    "json",
    "jsonpath",
    "seconds",
    "milliseconds",
    "unix-seconds",
    "unix-milliseconds",
]
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
#: The servers a command can be available on; a module's name (a key of `modules`) is the third
#: kind: its commands run on either server with the module loaded.
SERVERS = ("redis", "valkey")
#: Availability: server (or module) -> the version that introduced the command or argument, as
#: that server's own `COMMAND DOCS` says. A server that is not a key does not have it.
Since = dict[str, str]


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
    #: Only on these servers (from these versions); absent: wherever the command is.
    since: Since | None = None


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
    since: Since
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
    #: Adds a keyword parameter `type` (a Python type): the variant `when: {"type": "set"}`
    #: decodes the reply's JSON documents (`T` in its type) into that type (RedisJSON's GET).
    typed_reply: bool = False

    @property
    def module(self) -> str | None:
        """The module providing this command (`ReJSON`), or None for a core command."""
        return next((k for k in self.since if k not in SERVERS), None)


class Field(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: str
    type: str
    key: str | None = None
    optional: bool = False
    doc: str | None = None


class EnumValue(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: str
    value: int
    doc: str


class StructType(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    doc: str
    #: `enum`: an `IntEnum` of the integer codes in `values` (no fields)
    shape: Literal["tuple", "map", "enum"]
    fields: tuple[Field, ...] = ()
    values: tuple[EnumValue, ...] = ()


class Module(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """A server module whose commands the spec describes (`"ReJSON"`: RedisJSON)."""

    title: str  # the product's name for readers: "RedisJSON"
    prefix: str  # its commands' prefix: "JSON." (JSON.SET -> r.json.set)
    namespace: str  # the client attribute its methods live under: "json"
    docs: str  # the documentation page of a command, `{name}` the lower-case command name


class Spec(msgspec.Struct, frozen=True):
    #: The newest release of each server the spec describes (`{"redis": "8.2", ...}`).
    describes: dict[str, str]
    #: The servers (and modules) the spec was last compared with and tested on, live.
    live: dict[str, str]
    modules: dict[str, Module]
    types: dict[str, StructType]
    commands: tuple[Command, ...]
    sha256: str = ""


class _RawSpec(msgspec.Struct, forbid_unknown_fields=True):
    describes: dict[str, str]
    live: dict[str, str]
    commands: list[msgspec.Raw]
    modules: dict[str, Module] = {}
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
        if (types[tname].shape == "enum") != bool(types[tname].values) or (
            types[tname].shape == "enum" and types[tname].fields
        ):
            raise SpecError(f"{source}: type {tname}: an enum has values and no fields, and only")
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
    known = {*SERVERS, *raw.modules}
    for c in commands:
        _check_since(source, c.name, c.since, known, "since")
        if not c.since:
            raise SpecError(f"{source}: command {c.name}: since: name at least one server")
        mod = c.module
        if mod is not None and (
            len(c.since) != 1 or not c.name.startswith(raw.modules[mod].prefix)
        ):
            raise SpecError(
                f"{source}: command {c.name}: a {mod} command has only {mod!r} in `since` and a "
                f"name starting with {raw.modules[mod].prefix!r}"
            )
        for a in _walk(c.arguments):
            if a.since is not None:
                _check_since(source, c.name, a.since, set(c.since), f"argument {a.name!r}: since")
    return Spec(
        describes=raw.describes,
        live=raw.live,
        modules=dict(sorted(raw.modules.items())),
        types=dict(sorted(types.items())),
        commands=tuple(commands),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _check_since(source: str, name: str, since: Since, known: set[str], where: str) -> None:
    for key, version in since.items():
        if key not in known:
            raise SpecError(
                f"{source}: command {name}: {where}: unknown server {key!r} (known: "
                f"{', '.join(sorted(known))})"
            )
        if not re.fullmatch(r"\d+(\.\d+){1,2}", version):
            raise SpecError(f"{source}: command {name}: {where}: {key}: bad version {version!r}")


def _walk(args: tuple[Argument, ...]) -> list[Argument]:
    return [x for a in args for x in (a, *_walk(a.arguments))]


def version_key(version: str) -> tuple[int, ...]:
    """ "7.4.0" -> (7, 4, 0), for comparing versions."""
    return tuple(int(p) for p in version.split("."))


def _name_of(raw: msgspec.Raw) -> str | None:
    try:
        obj = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        return None
    name = obj.get("name") if isinstance(obj, dict) else None
    return name if isinstance(name, str) else None
