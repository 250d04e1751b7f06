"""Where a command's keys are, read from the server's own `COMMAND` reply, and their hash slots.

A Redis Cluster routes a command by the slot of its keys. Which arguments are keys is not kept
here as a list of commands: Redis 7 describes it for every command, module commands included
(RedisJSON's JSON.*), in the key specifications of its `COMMAND` reply (entry index 8; a
container's subcommands, entry index 9, have their own). A spec says where the search begins
(`index`: at a fixed argument; `keyword`: after a token such as STREAMS) and how keys follow
(`range`: up to a last argument, every `keystep`; `keynum`: an argument counts them). Specs the
server marks `incomplete`, or of `unknown` type (SORT's STORE, MIGRATE's KEYS), cannot say it
all: `Keys.complete` is then False, and the caller may ask the server (`COMMAND GETKEYS`).
Servers before 7.0 give only the legacy first/last/step triple (entry indices 3 to 5), used then.

The command tips (entry index 7: `request_policy:all_shards`, `response_policy:agg_sum`, ...)
say how a keyless command is spread over a cluster; they are kept on each `CommandInfo`.
"""

from __future__ import annotations

import binascii
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

#: The number of hash slots of a Redis Cluster.
SLOTS = 16384

Arg = str | bytes


def _crc16_table() -> tuple[int, ...]:
    table: list[int] = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
        table.append(crc & 0xFFFF)
    return tuple(table)


_CRC16 = _crc16_table()


def crc16(data: bytes) -> int:
    """CRC16/XMODEM (polynomial 0x1021, initial 0), the checksum Redis Cluster hashes keys with."""
    crc = 0
    table = _CRC16
    for byte in data:
        crc = ((crc << 8) & 0xFFFF) ^ table[((crc >> 8) ^ byte) & 0xFF]
    return crc


# binascii's CRC-CCITT with initial value 0 is the same CRC16/XMODEM, computed in C (about 20
# times faster per key); crc16 above states the algorithm, and the tests pin both to the server.
_crc = binascii.crc_hqx


def key_slot(key: Arg) -> int:
    """The hash slot of a key: of its `{hash tag}` when the first `{` has a non-empty tag
    before the next `}`, else of the whole key."""
    data = key.encode() if isinstance(key, str) else key
    start = data.find(b"{")
    if start >= 0:
        end = data.find(b"}", start + 1)
        if end > start + 1:
            data = data[start + 1 : end]
    return _crc(data, 0) % SLOTS


def pattern_slot(pattern: Arg) -> int | None:
    """The one slot of every key a glob pattern (SCAN's MATCH, KEYS) can match, when the literal
    start of the pattern holds a whole, non-empty `{hash tag}` ("{user:1}:*"); else None."""
    data = pattern.encode() if isinstance(pattern, str) else pattern
    literal = len(data)
    for special in (b"*", b"?", b"[", b"\\"):
        found = data.find(special)
        if 0 <= found < literal:
            literal = found
    start = data.find(b"{", 0, literal)
    if start < 0:
        return None
    end = data.find(b"}", start + 1, literal)
    if end <= start + 1:
        return None  # no tag, or "{}": matching keys hash whole, to any slot
    return key_slot(data[: end + 1])


@dataclass(frozen=True)
class KeySpec:
    """One key specification of a command, as the server describes it."""

    begin: str  # "index", "keyword" or "unknown"
    find: str  # "range", "keynum" or "unknown"
    index: int = 0
    keyword: str = ""
    startfrom: int = 0
    lastkey: int = 0
    keystep: int = 1
    limit: int = 0
    keynumidx: int = 0
    firstkey: int = 1
    incomplete: bool = False
    #: Not a key but hashed like one (SPUBLISH's shard channel): routed, not reported as a key.
    not_key: bool = False


@dataclass(frozen=True)
class CommandInfo:
    """What the router needs of one command (or subcommand)."""

    name: str
    arity: int
    specs: tuple[KeySpec, ...]
    #: Tips: "all_shards", "all_nodes", "multi_shard", "special" or None (one node).
    request_policy: str | None = None
    #: Tips: "agg_sum", "agg_logical_and", "all_succeeded", ... or None.
    response_policy: str | None = None
    subcommands: dict[str, CommandInfo] = field(default_factory=dict[str, "CommandInfo"])
    #: The argument position of a key whatever the other arguments are (the first spec begins
    #: at a fixed index and every spec is complete), else 0: routing's fast path.
    fixed_key: int = 0


@dataclass(frozen=True)
class Keys:
    """The argument positions of a command's keys, and whether the specs found them all."""

    positions: tuple[int, ...]
    complete: bool


_NONE = Keys((), True)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _pairs(value: Any) -> dict[str, Any]:
    """A RESP2 map (a flat list of name, value, ...) as a dict with text names."""
    if isinstance(value, dict):
        return {_text(k): v for k, v in value.items()}  # pyright: ignore[reportUnknownVariableType]
    if not isinstance(value, list):
        return {}
    items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
    return {_text(items[i]): items[i + 1] for i in range(0, len(items) - 1, 2)}


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _spec(raw: Any) -> KeySpec:
    spec = _pairs(raw)
    flags = {_text(flag).lower() for flag in spec.get("flags") or ()}
    begin = _pairs(spec.get("begin_search"))
    find = _pairs(spec.get("find_keys"))
    begin_type = _text(begin.get("type", "unknown"))
    find_type = _text(find.get("type", "unknown"))
    b = _pairs(begin.get("spec"))
    f = _pairs(find.get("spec"))
    return KeySpec(
        begin=begin_type if begin_type in ("index", "keyword") else "unknown",
        find=find_type if find_type in ("range", "keynum") else "unknown",
        index=_int(b.get("index")),
        keyword=_text(b.get("keyword", "")).lower(),
        startfrom=_int(b.get("startfrom")),
        lastkey=_int(f.get("lastkey")),
        keystep=max(1, _int(f.get("keystep"), 1)),
        limit=_int(f.get("limit")),
        keynumidx=_int(f.get("keynumidx")),
        firstkey=_int(f.get("firstkey"), 1),
        incomplete="incomplete" in flags,
        not_key="not_key" in flags,
    )


def _legacy_spec(entry: Sequence[Any]) -> tuple[KeySpec, ...]:
    """Before Redis 7: first key, last key (negative: from the end), step; 0 means no keys."""
    first, last, step = _int(entry[3]), _int(entry[4]), _int(entry[5])
    if first <= 0:
        return ()
    flags = {_text(flag).lower() for flag in entry[2] or ()}
    lastkey = last - first if last >= 0 else last
    return (
        KeySpec(
            begin="index",
            find="range",
            index=first,
            lastkey=lastkey,
            keystep=max(1, step),
            incomplete="movablekeys" in flags,
        ),
    )


def command_info(entry: Sequence[Any]) -> CommandInfo:
    """One entry of the `COMMAND` reply (RESP2, decoded or not)."""
    name = _text(entry[0]).lower()
    specs = tuple(_spec(raw) for raw in entry[8]) if len(entry) > 8 else _legacy_spec(entry)
    request = response = None
    if len(entry) > 7:
        for tip in entry[7] or ():
            kind, _, value = _text(tip).partition(":")
            if kind == "request_policy":
                request = value
            elif kind == "response_policy":
                response = value
    subcommands: dict[str, CommandInfo] = {}
    if len(entry) > 9:
        for sub in entry[9] or ():
            info = command_info(sub)
            subcommands[info.name.partition("|")[2]] = info
    fixed = 0
    sure = all("unknown" not in (s.begin, s.find) and not s.incomplete for s in specs)
    if sure and specs and (specs[0].begin, specs[0].find) == ("index", "range"):
        fixed = specs[0].index
    return CommandInfo(name, _int(entry[1]), specs, request, response, subcommands, fixed)


def _lower(arg: Arg) -> str:
    return (arg if isinstance(arg, str) else arg.decode("utf-8", "replace")).lower()


def _first(spec: KeySpec, argv: Sequence[Arg]) -> int:
    """Where the spec's keys begin (an argument index), or 0 when the keyword is absent."""
    argc = len(argv)
    if spec.begin == "index":
        return spec.index
    # keyword: search forward from `startfrom`, or backward from the end when it is not
    # positive (the bounds the server itself uses: the keyword needs an argument after it).
    if spec.startfrom > 0:
        indices = range(spec.startfrom, argc - 1)
    else:
        indices = range(argc + spec.startfrom, 1, -1)
    for i in indices:
        if i >= argc or i < 1:
            break
        if _lower(argv[i]) == spec.keyword:
            return i + 1
    return 0


def _spec_keys(spec: KeySpec, argv: Sequence[Arg]) -> list[int] | None:
    """The positions a spec finds, or None when its type cannot tell (keys then unknown).

    Arguments that do not fit the spec (too few, a count that is not a number) find no key:
    the command is malformed and whichever node gets it answers the syntax error.
    """
    argc = len(argv)
    if spec.begin == "unknown" or spec.find == "unknown":
        return None
    first = _first(spec, argv)
    if not first:
        return []  # the keyword is not there: this optional part is absent
    if spec.find == "range":
        if spec.lastkey >= 0:
            last = first + spec.lastkey
        elif not spec.limit:
            last = argc + spec.lastkey
        else:
            last = first + ((argc - first) // spec.limit + spec.lastkey)
        step = spec.keystep
    else:
        count_at = first + spec.keynumidx
        if count_at >= argc:
            return []
        numkeys = _int(argv[count_at], -1)
        if numkeys < 0:
            return []
        first += spec.firstkey
        last = first + numkeys - 1
        step = spec.keystep
    if last < first or first >= argc or last >= argc:
        return []  # no key (EVAL with numkeys 0), or a syntax error the server will name
    return list(range(first, last + 1, step))


class KeyTable:
    """Every command the server knows, by lower-case name, for finding keys in an argv."""

    def __init__(self, reply: Sequence[Any]) -> None:
        self.commands: dict[str, CommandInfo] = {}
        for entry in reply:
            if isinstance(entry, list) and len(entry) >= 6:  # pyright: ignore[reportUnknownArgumentType]
                info = command_info(entry)  # pyright: ignore[reportUnknownArgumentType]
                self.commands[info.name] = info

    def info(self, argv: Sequence[Arg]) -> CommandInfo | None:
        """The command (or its subcommand) that argv calls; None when the server lacks it."""
        if not argv:
            return None
        info = self.commands.get(_lower(argv[0]))
        if info is not None and info.subcommands and len(argv) > 1:
            return info.subcommands.get(_lower(argv[1]), info)
        return info

    def route_key(self, argv: Sequence[Arg]) -> int:
        """The position of a key to route argv by, found without reading its other arguments
        (GET, SET, DEL, HSET...: most commands), or 0 when `keys` must look."""
        info = self.info(argv)
        if info is None:
            return 0
        fixed = info.fixed_key
        return fixed if 0 < fixed < len(argv) else 0

    def keys(self, argv: Sequence[Arg], *, routing: bool = True) -> Keys:
        """The positions of argv's keys, in spec order.

        `routing`: also the arguments hashed like keys though not keys (shard channels), as a
        cluster routes them; without it, exactly what `COMMAND GETKEYS` reports.
        """
        info = self.info(argv)
        if info is None or not info.specs:
            return _NONE
        found: list[int] = []
        complete = True
        for spec in info.specs:
            if spec.not_key and not routing:
                continue
            positions = _spec_keys(spec, argv)
            if positions is None or spec.incomplete:
                complete = False
            if positions:
                found.extend(positions)
        return Keys(tuple(found), complete)
