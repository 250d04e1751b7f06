# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 58a4a3c71e417b956222e3957a8570ef66308fa6ae878a3bd89c5740a3e4e953).
# Part of the package `redisrest._generated`: the repository's generated/_generated/, which
# src/redisrest/_generated links to. Users import its public names from `redisrest`
# and `redisrest.types`.
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""Structured reply types: msgspec Structs built by the reply converters.

A struct is generic in `V` (`str` or `bytes`, the client's value type) when one of its fields
holds Redis values.
"""

from __future__ import annotations

import enum

from typing import Generic, get_type_hints

import msgspec

from redisrest._command import V

__all__ = [
    "CommandDoc",
    "CommandDocArgument",
    "CommandInfo",
    "CommandKeySearch",
    "CommandKeySearchSpec",
    "CommandKeySpec",
    "FunctionEngineStats",
    "FunctionLibrary",
    "FunctionRunningScript",
    "FunctionStats",
    "GeoCoordinates",
    "GeoSearchWithCoord",
    "GeoSearchWithDist",
    "GeoSearchWithDistCoord",
    "GeoSearchWithDistHash",
    "GeoSearchWithDistHashCoord",
    "GeoSearchWithHash",
    "GeoSearchWithHashCoord",
    "HashFieldExpire",
    "HashFieldPersist",
    "LcsIdx",
    "LcsIdxWithLen",
    "LcsMatch",
    "LcsMatchWithLen",
    "LibraryFunction",
    "ListPopResult",
    "StreamEntry",
    "StreamGroupEntry",
    "XAckDelResult",
    "XAutoClaimJustIdResult",
    "XAutoClaimResult",
    "XDelExResult",
    "XInfoConsumer",
    "XInfoGroup",
    "XInfoStream",
    "XInfoStreamConsumer",
    "XInfoStreamConsumerPending",
    "XInfoStreamFull",
    "XInfoStreamGroup",
    "XInfoStreamGroupPending",
    "XPendingConsumer",
    "XPendingEntry",
    "XPendingSummary",
    "XReadGroupStream",
    "XReadStream",
    "ZMPopResult",
]


class CommandDoc(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """COMMAND DOCS: one command's documentation (summary, version, group, complexity, deprecation, history as (version, change) pairs, argument tree, subcommands). A module's command has only its group and module: summary and since are None then."""

    __module__ = "redisrest.types"

    summary: str | None = None
    since: str | None = None
    group: str
    complexity: str | None = None
    module: str | None = None
    doc_flags: list[str] | None = None
    deprecated_since: str | None = None
    replaced_by: str | None = None
    history: list[tuple[str, str]] | None = None
    arguments: list[CommandDocArgument] | None = None
    subcommands: dict[str, CommandDoc] | None = None


class CommandDocArgument(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """COMMAND DOCS: one node of a command's argument tree (type, token, flags such as optional/multiple, child arguments)."""

    __module__ = "redisrest.types"

    name: str
    type: str
    display_text: str | None = None
    key_spec_index: int | None = None
    token: str | None = None
    summary: str | None = None
    since: str | None = None
    deprecated_since: str | None = None
    flags: list[str] | None = None
    arguments: list[CommandDocArgument] | None = None


class CommandInfo(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """COMMAND INFO: one command's details (name, arity, flags, first/last key position and step, ACL categories, tips, key specifications, subcommands)."""

    __module__ = "redisrest.types"

    name: str
    arity: int
    flags: list[str]
    first_key: int
    last_key: int
    step: int
    acl_categories: list[str]
    tips: list[str]
    key_specs: list[CommandKeySpec]
    subcommands: list[CommandInfo]


class CommandKeySearch(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """COMMAND INFO: one step of a key specification; `type` (index, keyword, range, keynum, unknown) says which fields of `spec` are set."""

    __module__ = "redisrest.types"

    type: str
    spec: CommandKeySearchSpec


class CommandKeySearchSpec(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """COMMAND INFO: parameters of a key search step; only the fields of its type are present (index: index; keyword: keyword, startfrom; range: lastkey, keystep, limit; keynum: keynumidx, firstkey, keystep)."""

    __module__ = "redisrest.types"

    index: int | None = None
    keyword: str | None = None
    startfrom: int | None = None
    lastkey: int | None = None
    keystep: int | None = None
    limit: int | None = None
    keynumidx: int | None = None
    firstkey: int | None = None


class CommandKeySpec(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """COMMAND INFO: one key specification: access flags, where the key search starts and how keys are found."""

    __module__ = "redisrest.types"

    notes: str | None = None
    flags: list[str]
    begin_search: CommandKeySearch
    find_keys: CommandKeySearch


class FunctionEngineStats(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """FUNCTION STATS: how many libraries and functions an engine (LUA) holds."""

    __module__ = "redisrest.types"

    libraries_count: int
    functions_count: int


class FunctionLibrary(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """FUNCTION LIST: one library: its name, engine, functions, and its source code (only with withcode=True)."""

    __module__ = "redisrest.types"

    library_name: str
    engine: str
    functions: list[LibraryFunction]
    library_code: str | None = None


class FunctionRunningScript(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """FUNCTION STATS: the running function's name, the full command that called it, and how long it has been running in milliseconds."""

    __module__ = "redisrest.types"

    name: str
    command: list[V]
    duration_ms: int


class FunctionStats(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """FUNCTION STATS: the function running right now (None when idle) and per-engine counts."""

    __module__ = "redisrest.types"

    running_script: FunctionRunningScript[V] | None
    engines: dict[str, FunctionEngineStats]


class GeoCoordinates(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """A position in a geospatial index: longitude and latitude in degrees."""

    __module__ = "redisrest.types"

    longitude: float
    latitude: float


class GeoSearchWithCoord(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A geo search match with its coordinates."""

    __module__ = "redisrest.types"

    member: V
    coord: GeoCoordinates


class GeoSearchWithDist(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A geo search match with its distance from the center in the query's unit."""

    __module__ = "redisrest.types"

    member: V
    dist: float


class GeoSearchWithDistCoord(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A geo search match with its distance from the center in the query's unit, coordinates."""

    __module__ = "redisrest.types"

    member: V
    dist: float
    coord: GeoCoordinates


class GeoSearchWithDistHash(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A geo search match with its distance from the center in the query's unit, 52-bit geohash score."""

    __module__ = "redisrest.types"

    member: V
    dist: float
    hash: int


class GeoSearchWithDistHashCoord(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A geo search match with its distance from the center in the query's unit, 52-bit geohash score, coordinates."""

    __module__ = "redisrest.types"

    member: V
    dist: float
    hash: int
    coord: GeoCoordinates


class GeoSearchWithHash(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A geo search match with its 52-bit geohash score."""

    __module__ = "redisrest.types"

    member: V
    hash: int


class GeoSearchWithHashCoord(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A geo search match with its 52-bit geohash score, coordinates."""

    __module__ = "redisrest.types"

    member: V
    hash: int
    coord: GeoCoordinates


class HashFieldExpire(enum.IntEnum):
    """What HEXPIRE, HPEXPIRE, HEXPIREAT and HPEXPIREAT did to one field."""

    __module__ = "redisrest.types"

    NO_FIELD = -2
    """the field (or the whole key) does not exist"""
    CONDITION_NOT_MET = 0
    """NX, XX, GT or LT prevented the change"""
    SET = 1
    """the expiry was set or changed"""
    DELETED = 2
    """the time given is now or past: the field was deleted"""


class HashFieldPersist(enum.IntEnum):
    """What HPERSIST did to one field."""

    __module__ = "redisrest.types"

    NO_FIELD = -2
    """the field (or the whole key) does not exist"""
    NO_EXPIRY = -1
    """the field exists but had no expiry"""
    PERSISTED = 1
    """the expiry was removed"""


class LcsIdx(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """LCS with IDX: the matches (longest first) and the total subsequence length."""

    __module__ = "redisrest.types"

    matches: list[LcsMatch]
    length: int


class LcsIdxWithLen(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """LCS with IDX and WITHMATCHLEN: the matches with their lengths and the total subsequence length."""

    __module__ = "redisrest.types"

    matches: list[LcsMatchWithLen]
    length: int


class LcsMatch(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """One LCS IDX match: the inclusive byte range in the first string and in the second."""

    __module__ = "redisrest.types"

    range1: tuple[int, int]
    range2: tuple[int, int]


class LcsMatchWithLen(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """One LCS IDX match with WITHMATCHLEN: both ranges and the match length."""

    __module__ = "redisrest.types"

    range1: tuple[int, int]
    range2: tuple[int, int]
    match_len: int


class LibraryFunction(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """FUNCTION LIST: one function of a library: name, optional description, flags (no-writes, allow-oom, ...)."""

    __module__ = "redisrest.types"

    name: str
    description: str | None
    flags: list[str]


class ListPopResult(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """LMPOP: the key of the list that was popped and the popped elements."""

    __module__ = "redisrest.types"

    key: V
    elements: list[V]


class StreamEntry(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """One stream entry: its id and its field-value pairs."""

    __module__ = "redisrest.types"

    id: V
    fields: dict[V, V]


class StreamGroupEntry(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """One entry delivered to a consumer group: its id and its field-value pairs; fields is None when the entry is still pending but has since been deleted from the stream."""

    __module__ = "redisrest.types"

    id: V
    fields: dict[V, V] | None


class XAckDelResult(enum.IntEnum):
    """What XACKDEL did to one entry id."""

    __module__ = "redisrest.types"

    NOT_FOUND = -1
    """no entry with that id in the stream (or no such key)"""
    DELETED = 1
    """acknowledged and deleted from the stream"""
    REFERENCED = 2
    """acknowledged, but kept: other consumer groups still reference it"""


class XAutoClaimJustIdResult(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """XAUTOCLAIM JUSTID: the id to pass as start on the next call, the ids of the claimed entries, and the ids that were pending but no longer exist."""

    __module__ = "redisrest.types"

    next_start: V
    ids: list[V]
    deleted: list[V]


class XAutoClaimResult(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """XAUTOCLAIM: the id to pass as start on the next call (0-0 when the scan is complete), the claimed entries, and the ids that were pending but no longer exist (removed from the PEL)."""

    __module__ = "redisrest.types"

    next_start: V
    entries: list[StreamEntry[V]]
    deleted: list[V]


class XDelExResult(enum.IntEnum):
    """What XDELEX did to one entry id."""

    __module__ = "redisrest.types"

    NOT_FOUND = -1
    """no entry with that id in the stream (or no such key)"""
    DELETED = 1
    """deleted from the stream"""
    REFERENCED = 2
    """kept: consumer groups still reference it (ACKED)"""


class XInfoConsumer(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A consumer as listed by XINFO CONSUMERS."""

    __module__ = "redisrest.types"

    name: V
    pending: int
    idle: int
    inactive: int | None = None


class XInfoGroup(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A consumer group as listed by XINFO GROUPS."""

    __module__ = "redisrest.types"

    name: V
    consumers: int
    pending: int
    last_delivered_id: V
    entries_read: int | None = None
    lag: int | None = None


class XInfoStream(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """XINFO STREAM: length, internal radix-tree sizes, id bookkeeping, number of groups and the first and last entries."""

    __module__ = "redisrest.types"

    length: int
    radix_tree_keys: int
    radix_tree_nodes: int
    last_generated_id: V
    max_deleted_entry_id: V | None = None
    entries_added: int | None = None
    recorded_first_entry_id: V | None = None
    groups: int
    first_entry: StreamEntry[V] | None
    last_entry: StreamEntry[V] | None


class XInfoStreamConsumer(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A consumer as described by XINFO STREAM FULL."""

    __module__ = "redisrest.types"

    name: V
    seen_time: int
    active_time: int | None = None
    pel_count: int
    pending: list[XInfoStreamConsumerPending[V]]


class XInfoStreamConsumerPending(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """An entry pending for a consumer (XINFO STREAM FULL): id, unix time in milliseconds of its last delivery, and delivery count."""

    __module__ = "redisrest.types"

    id: V
    delivery_time: int
    deliveries: int


class XInfoStreamFull(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """XINFO STREAM FULL: the stream's bookkeeping plus its entries (up to COUNT) and every consumer group with its pending entries and consumers."""

    __module__ = "redisrest.types"

    length: int
    radix_tree_keys: int
    radix_tree_nodes: int
    last_generated_id: V
    max_deleted_entry_id: V | None = None
    entries_added: int | None = None
    recorded_first_entry_id: V | None = None
    entries: list[StreamEntry[V]]
    groups: list[XInfoStreamGroup[V]]


class XInfoStreamGroup(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A consumer group as described by XINFO STREAM FULL."""

    __module__ = "redisrest.types"

    name: V
    last_delivered_id: V
    entries_read: int | None = None
    lag: int | None = None
    pel_count: int
    pending: list[XInfoStreamGroupPending[V]]
    consumers: list[XInfoStreamConsumer[V]]


class XInfoStreamGroupPending(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A pending entry of a group (XINFO STREAM FULL): id, owning consumer, unix time in milliseconds of its last delivery, and delivery count."""

    __module__ = "redisrest.types"

    id: V
    consumer: V
    delivery_time: int
    deliveries: int


class XPendingConsumer(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """A consumer and the number of entries pending for it (XPENDING summary)."""

    __module__ = "redisrest.types"

    name: V
    pending: int


class XPendingEntry(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """One pending entry (XPENDING extended form): id, owning consumer, milliseconds since it was last delivered, and how many times it was delivered."""

    __module__ = "redisrest.types"

    id: V
    consumer: V
    idle: int
    deliveries: int


class XPendingSummary(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """XPENDING summary: how many entries are pending in the group, the lowest and highest pending ids, and the pending count per consumer (ids and consumers are None when nothing is pending)."""

    __module__ = "redisrest.types"

    pending: int
    min_id: V | None
    max_id: V | None
    consumers: list[XPendingConsumer[V]] | None


class XReadGroupStream(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """The entries XREADGROUP delivered from one stream."""

    __module__ = "redisrest.types"

    stream: V
    entries: list[StreamGroupEntry[V]]


class XReadStream(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """The entries XREAD returned for one stream."""

    __module__ = "redisrest.types"

    stream: V
    entries: list[StreamEntry[V]]


class ZMPopResult(msgspec.Struct, Generic[V], frozen=True, kw_only=True, gc=False):
    """ZMPOP: the key the members were popped from and the popped members with their scores."""

    __module__ = "redisrest.types"

    key: V
    members: list[tuple[V, float]]


def _resolve_annotations() -> None:
    """Evaluate the records' field annotations here, where their names (`V`, the records) are.

    The records say they live in `redisrest.types` (`__module__`), the module that
    re-exports them; msgspec and `typing.get_type_hints` would look a string annotation's names
    up there, and it does not export `V`.
    """
    for name in __all__:
        cls = globals()[name]
        own = cls.__dict__.get("__annotations__")
        if own:
            hints = get_type_hints(cls, globalns=globals(), include_extras=True)
            cls.__annotations__ = {field: hints[field] for field in own}


_resolve_annotations()
