# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 58a4a3c71e417b956222e3957a8570ef66308fa6ae878a3bd89c5740a3e4e953).
# Part of the package `redisrest._generated`: the repository's generated/_generated/, which
# src/redisrest/_generated links to. Users import its public names from `redisrest`
# and `redisrest.types`.
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""Sans-IO command builders: one function per Redis command, returning a `Command`.

A builder does no I/O: it lays out the argv, picks the reply variant its arguments select and
returns `Command(codec, name, argv, reply, flags)`. `Redis` and `AsyncRedis` call these; so can
any other executor. The pipelines' methods hold the same bodies (one template renders both) and
queue the same Commands without a call. Each `Reply` pairs the wire type msgspec decodes the
JSON `result` into with one converter per client mode (text, binary); they are shared by every
command with the same reply type.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal

import msgspec as _ms

from redisrest import _convert as _cv
from redisrest._command import IDEMPOTENT, READONLY, WRITE, Arg, Codec, Command, Reply, D, V

from . import types as _t

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime, timedelta

    from _typeshed import SupportsItems

    from redisrest._types import JSONDocument, JSONValue, Key, Value

    from .types import (
        CommandDoc,
        CommandInfo,
        FunctionLibrary,
        FunctionStats,
        GeoCoordinates,
        GeoSearchWithCoord,
        GeoSearchWithDist,
        GeoSearchWithDistCoord,
        GeoSearchWithDistHash,
        GeoSearchWithDistHashCoord,
        GeoSearchWithHash,
        GeoSearchWithHashCoord,
        HashFieldExpire,
        HashFieldPersist,
        LcsIdx,
        LcsIdxWithLen,
        ListPopResult,
        StreamEntry,
        XAckDelResult,
        XAutoClaimJustIdResult,
        XAutoClaimResult,
        XDelExResult,
        XInfoConsumer,
        XInfoGroup,
        XInfoStream,
        XInfoStreamFull,
        XPendingEntry,
        XPendingSummary,
        XReadGroupStream,
        XReadStream,
        ZMPopResult,
    )


_WRITE_IDEMPOTENT = WRITE | IDEMPOTENT


class _W_CommandDocArgument_0(_ms.Struct, kw_only=True):
    name: str = _ms.field(name="bmFtZQ==")
    type: str = _ms.field(name="dHlwZQ==")
    display_text: str | None = _ms.field(default=None, name="ZGlzcGxheV90ZXh0")
    key_spec_index: int | None = _ms.field(default=None, name="a2V5X3NwZWNfaW5kZXg=")
    token: str | None = _ms.field(default=None, name="dG9rZW4=")
    summary: str | None = _ms.field(default=None, name="c3VtbWFyeQ==")
    since: str | None = _ms.field(default=None, name="c2luY2U=")
    deprecated_since: str | None = _ms.field(default=None, name="ZGVwcmVjYXRlZF9zaW5jZQ==")
    flags: list[bytes] | None = _ms.field(default=None, name="ZmxhZ3M=")
    arguments: list[list[Any]] | None = _ms.field(default=None, name="YXJndW1lbnRz")


class _W_CommandDoc_0(_ms.Struct, kw_only=True):
    summary: str | None = _ms.field(default=None, name="c3VtbWFyeQ==")
    since: str | None = _ms.field(default=None, name="c2luY2U=")
    group: str = _ms.field(name="Z3JvdXA=")
    complexity: str | None = _ms.field(default=None, name="Y29tcGxleGl0eQ==")
    module: str | None = _ms.field(default=None, name="bW9kdWxl")
    doc_flags: list[bytes] | None = _ms.field(default=None, name="ZG9jX2ZsYWdz")
    deprecated_since: str | None = _ms.field(default=None, name="ZGVwcmVjYXRlZF9zaW5jZQ==")
    replaced_by: str | None = _ms.field(default=None, name="cmVwbGFjZWRfYnk=")
    history: list[tuple[str, str]] | None = _ms.field(default=None, name="aGlzdG9yeQ==")
    arguments: list[list[Any]] | None = _ms.field(default=None, name="YXJndW1lbnRz")
    subcommands: list[bytes | list[Any]] | None = _ms.field(default=None, name="c3ViY29tbWFuZHM=")


class _W_CommandKeySearchSpec_0(_ms.Struct, kw_only=True):
    index: int | None = _ms.field(default=None, name="aW5kZXg=")
    keyword: str | None = _ms.field(default=None, name="a2V5d29yZA==")
    startfrom: int | None = _ms.field(default=None, name="c3RhcnRmcm9t")
    lastkey: int | None = _ms.field(default=None, name="bGFzdGtleQ==")
    keystep: int | None = _ms.field(default=None, name="a2V5c3RlcA==")
    limit: int | None = _ms.field(default=None, name="bGltaXQ=")
    keynumidx: int | None = _ms.field(default=None, name="a2V5bnVtaWR4")
    firstkey: int | None = _ms.field(default=None, name="Zmlyc3RrZXk=")


class _W_CommandKeySearch_1(_ms.Struct, kw_only=True):
    type: bytes = _ms.field(name="dHlwZQ==")
    spec: list[Any] = _ms.field(name="c3BlYw==")


class _W_CommandKeySpec_0(_ms.Struct, kw_only=True):
    notes: str | None = _ms.field(default=None, name="bm90ZXM=")
    flags: list[bytes] = _ms.field(name="ZmxhZ3M=")
    begin_search: list[Any] = _ms.field(name="YmVnaW5fc2VhcmNo")
    find_keys: list[Any] = _ms.field(name="ZmluZF9rZXlz")


class _W_FunctionEngineStats_1(_ms.Struct, kw_only=True):
    libraries_count: int = _ms.field(name="bGlicmFyaWVzX2NvdW50")
    functions_count: int = _ms.field(name="ZnVuY3Rpb25zX2NvdW50")


class _W_FunctionLibrary_0(_ms.Struct, kw_only=True):
    library_name: str = _ms.field(name="bGlicmFyeV9uYW1l")
    engine: str = _ms.field(name="ZW5naW5l")
    functions: list[list[Any]] = _ms.field(name="ZnVuY3Rpb25z")
    library_code: str | None = _ms.field(default=None, name="bGlicmFyeV9jb2Rl")


class _W_FunctionRunningScript_0(_ms.Struct, kw_only=True):
    name: str = _ms.field(name="bmFtZQ==")
    command: list[bytes] = _ms.field(name="Y29tbWFuZA==")
    duration_ms: int = _ms.field(name="ZHVyYXRpb25fbXM=")


class _W_FunctionStats_1(_ms.Struct, kw_only=True):
    running_script: list[Any] | None = _ms.field(name="cnVubmluZ19zY3JpcHQ=")
    engines: list[str | list[Any]] = _ms.field(name="ZW5naW5lcw==")


class _W_LcsIdxWithLen_1(_ms.Struct, kw_only=True):
    matches: list[tuple[tuple[int, int], tuple[int, int], int]] = _ms.field(name="bWF0Y2hlcw==")
    length: int = _ms.field(name="bGVu")


class _W_LcsIdx_1(_ms.Struct, kw_only=True):
    matches: list[tuple[tuple[int, int], tuple[int, int]]] = _ms.field(name="bWF0Y2hlcw==")
    length: int = _ms.field(name="bGVu")


class _W_LibraryFunction_0(_ms.Struct, kw_only=True):
    name: str = _ms.field(name="bmFtZQ==")
    description: str | None = _ms.field(name="ZGVzY3JpcHRpb24=")
    flags: list[bytes] = _ms.field(name="ZmxhZ3M=")


class _W_XInfoConsumer_0(_ms.Struct, kw_only=True):
    name: str = _ms.field(name="bmFtZQ==")
    pending: int = _ms.field(name="cGVuZGluZw==")
    idle: int = _ms.field(name="aWRsZQ==")
    inactive: int | None = _ms.field(default=None, name="aW5hY3RpdmU=")


class _W_XInfoGroup_0(_ms.Struct, kw_only=True):
    name: str = _ms.field(name="bmFtZQ==")
    consumers: int = _ms.field(name="Y29uc3VtZXJz")
    pending: int = _ms.field(name="cGVuZGluZw==")
    last_delivered_id: str = _ms.field(name="bGFzdC1kZWxpdmVyZWQtaWQ=")
    entries_read: int | None = _ms.field(default=None, name="ZW50cmllcy1yZWFk")
    lag: int | None = _ms.field(default=None, name="bGFn")


class _W_XInfoStreamConsumer_1(_ms.Struct, kw_only=True):
    name: bytes = _ms.field(name="bmFtZQ==")
    seen_time: int = _ms.field(name="c2Vlbi10aW1l")
    active_time: int | None = _ms.field(default=None, name="YWN0aXZlLXRpbWU=")
    pel_count: int = _ms.field(name="cGVsLWNvdW50")
    pending: list[tuple[bytes, int, int]] = _ms.field(name="cGVuZGluZw==")


class _W_XInfoStreamFull_1(_ms.Struct, kw_only=True):
    length: int = _ms.field(name="bGVuZ3Ro")
    radix_tree_keys: int = _ms.field(name="cmFkaXgtdHJlZS1rZXlz")
    radix_tree_nodes: int = _ms.field(name="cmFkaXgtdHJlZS1ub2Rlcw==")
    last_generated_id: bytes = _ms.field(name="bGFzdC1nZW5lcmF0ZWQtaWQ=")
    max_deleted_entry_id: bytes | None = _ms.field(
        default=None, name="bWF4LWRlbGV0ZWQtZW50cnktaWQ="
    )
    entries_added: int | None = _ms.field(default=None, name="ZW50cmllcy1hZGRlZA==")
    recorded_first_entry_id: bytes | None = _ms.field(
        default=None, name="cmVjb3JkZWQtZmlyc3QtZW50cnktaWQ="
    )
    entries: list[tuple[bytes, list[str]]] = _ms.field(name="ZW50cmllcw==")
    groups: list[list[Any]] = _ms.field(name="Z3JvdXBz")


class _W_XInfoStreamGroup_1(_ms.Struct, kw_only=True):
    name: bytes = _ms.field(name="bmFtZQ==")
    last_delivered_id: bytes = _ms.field(name="bGFzdC1kZWxpdmVyZWQtaWQ=")
    entries_read: int | None = _ms.field(default=None, name="ZW50cmllcy1yZWFk")
    lag: int | None = _ms.field(default=None, name="bGFn")
    pel_count: int = _ms.field(name="cGVsLWNvdW50")
    pending: list[tuple[bytes, bytes, int, int]] = _ms.field(name="cGVuZGluZw==")
    consumers: list[list[Any]] = _ms.field(name="Y29uc3VtZXJz")


class _W_XInfoStream_1(_ms.Struct, kw_only=True):
    length: int = _ms.field(name="bGVuZ3Ro")
    radix_tree_keys: int = _ms.field(name="cmFkaXgtdHJlZS1rZXlz")
    radix_tree_nodes: int = _ms.field(name="cmFkaXgtdHJlZS1ub2Rlcw==")
    last_generated_id: bytes = _ms.field(name="bGFzdC1nZW5lcmF0ZWQtaWQ=")
    max_deleted_entry_id: bytes | None = _ms.field(
        default=None, name="bWF4LWRlbGV0ZWQtZW50cnktaWQ="
    )
    entries_added: int | None = _ms.field(default=None, name="ZW50cmllcy1hZGRlZA==")
    recorded_first_entry_id: bytes | None = _ms.field(
        default=None, name="cmVjb3JkZWQtZmlyc3QtZW50cnktaWQ="
    )
    groups: int = _ms.field(name="Z3JvdXBz")
    first_entry: tuple[str, list[bytes]] | None = _ms.field(name="Zmlyc3QtZW50cnk=")
    last_entry: tuple[str, list[bytes]] | None = _ms.field(name="bGFzdC1lbnRyeQ==")


def _c_CommandDocArgument_1_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_CommandDocArgument_0)
    return _t.CommandDocArgument(
        name=_cv.ok_text(m.name),
        type=_cv.ok_text(m.type),
        display_text=_cv.ok_text_or_none(m.display_text),
        key_spec_index=m.key_spec_index,
        token=_cv.ok_text_or_none(m.token),
        summary=_cv.ok_text_or_none(m.summary),
        since=_cv.ok_text_or_none(m.since),
        deprecated_since=_cv.ok_text_or_none(m.deprecated_since),
        flags=None if m.flags is None else _c_list_str_0(m.flags),
        arguments=None if m.arguments is None else _c_list_CommandDocArgument_0_b(m.arguments),
    )


def _c_CommandDocArgument_1_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_CommandDocArgument_0)
    return _t.CommandDocArgument(
        name=_cv.ok_text(m.name),
        type=_cv.ok_text(m.type),
        display_text=_cv.ok_text_or_none(m.display_text),
        key_spec_index=m.key_spec_index,
        token=_cv.ok_text_or_none(m.token),
        summary=_cv.ok_text_or_none(m.summary),
        since=_cv.ok_text_or_none(m.since),
        deprecated_since=_cv.ok_text_or_none(m.deprecated_since),
        flags=None if m.flags is None else _c_list_str_0(m.flags),
        arguments=None if m.arguments is None else _c_list_CommandDocArgument_0_t(m.arguments),
    )


def _c_CommandDoc_1_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_CommandDoc_0)
    return _t.CommandDoc(
        summary=_cv.ok_text_or_none(m.summary),
        since=_cv.ok_text_or_none(m.since),
        group=_cv.ok_text(m.group),
        complexity=_cv.ok_text_or_none(m.complexity),
        module=_cv.ok_text_or_none(m.module),
        doc_flags=None if m.doc_flags is None else _c_list_str_0(m.doc_flags),
        deprecated_since=_cv.ok_text_or_none(m.deprecated_since),
        replaced_by=_cv.ok_text_or_none(m.replaced_by),
        history=None if m.history is None else _c_list_tuple2_str_str_0(m.history),
        arguments=None if m.arguments is None else _c_list_CommandDocArgument_0_b(m.arguments),
        subcommands=None if m.subcommands is None else _c_dict_str_CommandDoc_0_b(m.subcommands),
    )


def _c_CommandDoc_1_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_CommandDoc_0)
    return _t.CommandDoc(
        summary=_cv.ok_text_or_none(m.summary),
        since=_cv.ok_text_or_none(m.since),
        group=_cv.ok_text(m.group),
        complexity=_cv.ok_text_or_none(m.complexity),
        module=_cv.ok_text_or_none(m.module),
        doc_flags=None if m.doc_flags is None else _c_list_str_0(m.doc_flags),
        deprecated_since=_cv.ok_text_or_none(m.deprecated_since),
        replaced_by=_cv.ok_text_or_none(m.replaced_by),
        history=None if m.history is None else _c_list_tuple2_str_str_0(m.history),
        arguments=None if m.arguments is None else _c_list_CommandDocArgument_0_t(m.arguments),
        subcommands=None if m.subcommands is None else _c_dict_str_CommandDoc_0_t(m.subcommands),
    )


def _c_CommandInfo_1_b(w: Any) -> Any:
    w = _ms.convert(
        w,
        tuple[
            str,
            int,
            list[bytes],
            int,
            int,
            int,
            list[bytes],
            list[bytes],
            list[list[Any]],
            list[list[Any]],
        ],
    )
    return _t.CommandInfo(
        name=_cv.ok_text(w[0]),
        arity=w[1],
        flags=_c_list_str_0(w[2]),
        first_key=w[3],
        last_key=w[4],
        step=w[5],
        acl_categories=_c_list_str_0(w[6]),
        tips=_c_list_str_0(w[7]),
        key_specs=_c_list_CommandKeySpec_0(w[8]),
        subcommands=_c_list_CommandInfo_0_b(w[9]),
    )


def _c_CommandInfo_1_t(w: Any) -> Any:
    w = _ms.convert(
        w,
        tuple[
            str,
            int,
            list[bytes],
            int,
            int,
            int,
            list[bytes],
            list[bytes],
            list[list[Any]],
            list[list[Any]],
        ],
    )
    return _t.CommandInfo(
        name=_cv.ok_text(w[0]),
        arity=w[1],
        flags=_c_list_str_0(w[2]),
        first_key=w[3],
        last_key=w[4],
        step=w[5],
        acl_categories=_c_list_str_0(w[6]),
        tips=_c_list_str_0(w[7]),
        key_specs=_c_list_CommandKeySpec_0(w[8]),
        subcommands=_c_list_CommandInfo_0_t(w[9]),
    )


def _c_CommandKeySearchSpec_1(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_CommandKeySearchSpec_0)
    return _t.CommandKeySearchSpec(
        index=m.index,
        keyword=_cv.ok_text_or_none(m.keyword),
        startfrom=m.startfrom,
        lastkey=m.lastkey,
        keystep=m.keystep,
        limit=m.limit,
        keynumidx=m.keynumidx,
        firstkey=m.firstkey,
    )


def _c_CommandKeySearch_0(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_CommandKeySearch_1)
    return _t.CommandKeySearch(type=m.type.decode(), spec=_c_CommandKeySearchSpec_1(m.spec))


def _c_CommandKeySpec_1(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_CommandKeySpec_0)
    return _t.CommandKeySpec(
        notes=_cv.ok_text_or_none(m.notes),
        flags=_c_list_str_0(m.flags),
        begin_search=_c_CommandKeySearch_0(m.begin_search),
        find_keys=_c_CommandKeySearch_0(m.find_keys),
    )


def _c_FunctionEngineStats_0(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_FunctionEngineStats_1)
    return _t.FunctionEngineStats(
        libraries_count=m.libraries_count, functions_count=m.functions_count
    )


def _c_FunctionLibrary_1(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_FunctionLibrary_0)
    return _t.FunctionLibrary(
        library_name=_cv.ok_text(m.library_name),
        engine=_cv.ok_text(m.engine),
        functions=_c_list_LibraryFunction_0(m.functions),
        library_code=_cv.ok_text_or_none(m.library_code),
    )


def _c_FunctionRunningScript_1_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_FunctionRunningScript_0)
    return _t.FunctionRunningScript(
        name=_cv.ok_text(m.name), command=m.command, duration_ms=m.duration_ms
    )


def _c_FunctionRunningScript_1_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_FunctionRunningScript_0)
    return _t.FunctionRunningScript(
        name=_cv.ok_text(m.name), command=_c_list_V_0_t(m.command), duration_ms=m.duration_ms
    )


def _c_FunctionStats_0_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_FunctionStats_1)
    return _t.FunctionStats(
        running_script=None
        if m.running_script is None
        else _c_FunctionRunningScript_1_b(m.running_script),
        engines=_c_dict_str_FunctionEngineStats_1(m.engines),
    )


def _c_FunctionStats_0_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_FunctionStats_1)
    return _t.FunctionStats(
        running_script=None
        if m.running_script is None
        else _c_FunctionRunningScript_1_t(m.running_script),
        engines=_c_dict_str_FunctionEngineStats_1(m.engines),
    )


def _c_GeoCoordinates_0(w: Any) -> Any:
    return _t.GeoCoordinates(longitude=float(w[0]), latitude=float(w[1]))


def _c_GeoCoordinates_1(w: Any) -> Any:
    return _t.GeoCoordinates(longitude=float(w[0]), latitude=float(w[1]))


def _c_GeoSearchWithCoord_1_b(w: Any) -> Any:
    return _t.GeoSearchWithCoord(member=_cv.ok_bytes(w[0]), coord=_c_GeoCoordinates_0(w[1]))


def _c_GeoSearchWithCoord_1_t(w: Any) -> Any:
    return _t.GeoSearchWithCoord(member=_cv.ok_text(w[0]), coord=_c_GeoCoordinates_0(w[1]))


def _c_GeoSearchWithDistCoord_1_b(w: Any) -> Any:
    return _t.GeoSearchWithDistCoord(
        member=_cv.ok_bytes(w[0]), dist=float(w[1]), coord=_c_GeoCoordinates_0(w[2])
    )


def _c_GeoSearchWithDistCoord_1_t(w: Any) -> Any:
    return _t.GeoSearchWithDistCoord(
        member=_cv.ok_text(w[0]), dist=float(w[1]), coord=_c_GeoCoordinates_0(w[2])
    )


def _c_GeoSearchWithDistHashCoord_1_b(w: Any) -> Any:
    return _t.GeoSearchWithDistHashCoord(
        member=_cv.ok_bytes(w[0]), dist=float(w[1]), hash=w[2], coord=_c_GeoCoordinates_0(w[3])
    )


def _c_GeoSearchWithDistHashCoord_1_t(w: Any) -> Any:
    return _t.GeoSearchWithDistHashCoord(
        member=_cv.ok_text(w[0]), dist=float(w[1]), hash=w[2], coord=_c_GeoCoordinates_0(w[3])
    )


def _c_GeoSearchWithDistHash_1_b(w: Any) -> Any:
    return _t.GeoSearchWithDistHash(member=_cv.ok_bytes(w[0]), dist=float(w[1]), hash=w[2])


def _c_GeoSearchWithDistHash_1_t(w: Any) -> Any:
    return _t.GeoSearchWithDistHash(member=_cv.ok_text(w[0]), dist=float(w[1]), hash=w[2])


def _c_GeoSearchWithDist_1_b(w: Any) -> Any:
    return _t.GeoSearchWithDist(member=_cv.ok_bytes(w[0]), dist=float(w[1]))


def _c_GeoSearchWithDist_1_t(w: Any) -> Any:
    return _t.GeoSearchWithDist(member=_cv.ok_text(w[0]), dist=float(w[1]))


def _c_GeoSearchWithHashCoord_1_b(w: Any) -> Any:
    return _t.GeoSearchWithHashCoord(
        member=_cv.ok_bytes(w[0]), hash=w[1], coord=_c_GeoCoordinates_0(w[2])
    )


def _c_GeoSearchWithHashCoord_1_t(w: Any) -> Any:
    return _t.GeoSearchWithHashCoord(
        member=_cv.ok_text(w[0]), hash=w[1], coord=_c_GeoCoordinates_0(w[2])
    )


def _c_GeoSearchWithHash_1_b(w: Any) -> Any:
    return _t.GeoSearchWithHash(member=_cv.ok_bytes(w[0]), hash=w[1])


def _c_GeoSearchWithHash_1_t(w: Any) -> Any:
    return _t.GeoSearchWithHash(member=_cv.ok_text(w[0]), hash=w[1])


def _c_LcsIdxWithLen_0(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_LcsIdxWithLen_1)
    return _t.LcsIdxWithLen(matches=_c_list_LcsMatchWithLen_1(m.matches), length=m.length)


def _c_LcsIdx_0(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_LcsIdx_1)
    return _t.LcsIdx(matches=_c_list_LcsMatch_1(m.matches), length=m.length)


def _c_LcsMatchWithLen_0(w: Any) -> Any:
    return _t.LcsMatchWithLen(range1=w[0], range2=w[1], match_len=w[2])


def _c_LcsMatch_0(w: Any) -> Any:
    return _t.LcsMatch(range1=w[0], range2=w[1])


def _c_LibraryFunction_1(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_LibraryFunction_0)
    return _t.LibraryFunction(
        name=_cv.ok_text(m.name),
        description=_cv.ok_text_or_none(m.description),
        flags=_c_list_str_0(m.flags),
    )


def _c_ListPopResult_0_b(w: Any) -> Any:
    return _t.ListPopResult(key=w[0], elements=_c_list_V_1_b(w[1]))


def _c_ListPopResult_0_t(w: Any) -> Any:
    return _t.ListPopResult(key=w[0].decode(), elements=_c_list_V_1_t(w[1]))


def _c_StreamEntry_0_b(w: Any) -> Any:
    return _t.StreamEntry(id=w[0], fields=_c_dict_V_V_1_b(w[1]))


def _c_StreamEntry_0_t(w: Any) -> Any:
    return _t.StreamEntry(id=w[0].decode(), fields=_c_dict_V_V_1_t(w[1]))


def _c_StreamEntry_1_b(w: Any) -> Any:
    return _t.StreamEntry(id=_cv.ok_bytes(w[0]), fields=_c_dict_V_V_0_b(w[1]))


def _c_StreamEntry_1_t(w: Any) -> Any:
    return _t.StreamEntry(id=_cv.ok_text(w[0]), fields=_c_dict_V_V_0_t(w[1]))


def _c_StreamGroupEntry_1_b(w: Any) -> Any:
    return _t.StreamGroupEntry(
        id=_cv.ok_bytes(w[0]), fields=None if w[1] is None else _c_dict_V_V_0_b(w[1])
    )


def _c_StreamGroupEntry_1_t(w: Any) -> Any:
    return _t.StreamGroupEntry(
        id=_cv.ok_text(w[0]), fields=None if w[1] is None else _c_dict_V_V_0_t(w[1])
    )


def _c_XAutoClaimJustIdResult_0_b(w: Any) -> Any:
    return _t.XAutoClaimJustIdResult(
        next_start=w[0], ids=_c_list_V_1_b(w[1]), deleted=_c_list_V_1_b(w[2])
    )


def _c_XAutoClaimJustIdResult_0_t(w: Any) -> Any:
    return _t.XAutoClaimJustIdResult(
        next_start=w[0].decode(), ids=_c_list_V_1_t(w[1]), deleted=_c_list_V_1_t(w[2])
    )


def _c_XAutoClaimResult_0_b(w: Any) -> Any:
    return _t.XAutoClaimResult(
        next_start=w[0], entries=_c_list_StreamEntry_1_b(w[1]), deleted=_c_list_V_1_b(w[2])
    )


def _c_XAutoClaimResult_0_t(w: Any) -> Any:
    return _t.XAutoClaimResult(
        next_start=w[0].decode(), entries=_c_list_StreamEntry_1_t(w[1]), deleted=_c_list_V_1_t(w[2])
    )


def _c_XInfoConsumer_1_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoConsumer_0)
    return _t.XInfoConsumer(
        name=_cv.ok_bytes(m.name), pending=m.pending, idle=m.idle, inactive=m.inactive
    )


def _c_XInfoConsumer_1_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoConsumer_0)
    return _t.XInfoConsumer(
        name=_cv.ok_text(m.name), pending=m.pending, idle=m.idle, inactive=m.inactive
    )


def _c_XInfoGroup_1_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoGroup_0)
    return _t.XInfoGroup(
        name=_cv.ok_bytes(m.name),
        consumers=m.consumers,
        pending=m.pending,
        last_delivered_id=_cv.ok_bytes(m.last_delivered_id),
        entries_read=m.entries_read,
        lag=m.lag,
    )


def _c_XInfoGroup_1_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoGroup_0)
    return _t.XInfoGroup(
        name=_cv.ok_text(m.name),
        consumers=m.consumers,
        pending=m.pending,
        last_delivered_id=_cv.ok_text(m.last_delivered_id),
        entries_read=m.entries_read,
        lag=m.lag,
    )


def _c_XInfoStreamConsumerPending_0_b(w: Any) -> Any:
    return _t.XInfoStreamConsumerPending(id=w[0], delivery_time=w[1], deliveries=w[2])


def _c_XInfoStreamConsumerPending_0_t(w: Any) -> Any:
    return _t.XInfoStreamConsumerPending(id=w[0].decode(), delivery_time=w[1], deliveries=w[2])


def _c_XInfoStreamConsumer_0_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoStreamConsumer_1)
    return _t.XInfoStreamConsumer(
        name=m.name,
        seen_time=m.seen_time,
        active_time=m.active_time,
        pel_count=m.pel_count,
        pending=_c_list_XInfoStreamConsumerPending_1_b(m.pending),
    )


def _c_XInfoStreamConsumer_0_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoStreamConsumer_1)
    return _t.XInfoStreamConsumer(
        name=m.name.decode(),
        seen_time=m.seen_time,
        active_time=m.active_time,
        pel_count=m.pel_count,
        pending=_c_list_XInfoStreamConsumerPending_1_t(m.pending),
    )


def _c_XInfoStreamFull_0_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoStreamFull_1)
    return _t.XInfoStreamFull(
        length=m.length,
        radix_tree_keys=m.radix_tree_keys,
        radix_tree_nodes=m.radix_tree_nodes,
        last_generated_id=m.last_generated_id,
        max_deleted_entry_id=m.max_deleted_entry_id,
        entries_added=m.entries_added,
        recorded_first_entry_id=m.recorded_first_entry_id,
        entries=_c_list_StreamEntry_1_b(m.entries),
        groups=_c_list_XInfoStreamGroup_1_b(m.groups),
    )


def _c_XInfoStreamFull_0_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoStreamFull_1)
    return _t.XInfoStreamFull(
        length=m.length,
        radix_tree_keys=m.radix_tree_keys,
        radix_tree_nodes=m.radix_tree_nodes,
        last_generated_id=m.last_generated_id.decode(),
        max_deleted_entry_id=None
        if m.max_deleted_entry_id is None
        else m.max_deleted_entry_id.decode(),
        entries_added=m.entries_added,
        recorded_first_entry_id=None
        if m.recorded_first_entry_id is None
        else m.recorded_first_entry_id.decode(),
        entries=_c_list_StreamEntry_1_t(m.entries),
        groups=_c_list_XInfoStreamGroup_1_t(m.groups),
    )


def _c_XInfoStreamGroupPending_0_b(w: Any) -> Any:
    return _t.XInfoStreamGroupPending(id=w[0], consumer=w[1], delivery_time=w[2], deliveries=w[3])


def _c_XInfoStreamGroupPending_0_t(w: Any) -> Any:
    return _t.XInfoStreamGroupPending(
        id=w[0].decode(), consumer=w[1].decode(), delivery_time=w[2], deliveries=w[3]
    )


def _c_XInfoStreamGroup_0_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoStreamGroup_1)
    return _t.XInfoStreamGroup(
        name=m.name,
        last_delivered_id=m.last_delivered_id,
        entries_read=m.entries_read,
        lag=m.lag,
        pel_count=m.pel_count,
        pending=_c_list_XInfoStreamGroupPending_1_b(m.pending),
        consumers=_c_list_XInfoStreamConsumer_1_b(m.consumers),
    )


def _c_XInfoStreamGroup_0_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoStreamGroup_1)
    return _t.XInfoStreamGroup(
        name=m.name.decode(),
        last_delivered_id=m.last_delivered_id.decode(),
        entries_read=m.entries_read,
        lag=m.lag,
        pel_count=m.pel_count,
        pending=_c_list_XInfoStreamGroupPending_1_t(m.pending),
        consumers=_c_list_XInfoStreamConsumer_1_t(m.consumers),
    )


def _c_XInfoStream_0_b(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoStream_1)
    return _t.XInfoStream(
        length=m.length,
        radix_tree_keys=m.radix_tree_keys,
        radix_tree_nodes=m.radix_tree_nodes,
        last_generated_id=m.last_generated_id,
        max_deleted_entry_id=m.max_deleted_entry_id,
        entries_added=m.entries_added,
        recorded_first_entry_id=m.recorded_first_entry_id,
        groups=m.groups,
        first_entry=None if m.first_entry is None else _c_StreamEntry_1_b(m.first_entry),
        last_entry=None if m.last_entry is None else _c_StreamEntry_1_b(m.last_entry),
    )


def _c_XInfoStream_0_t(w: Any) -> Any:
    m = _ms.convert(dict(zip(w[::2], w[1::2], strict=True)), _W_XInfoStream_1)
    return _t.XInfoStream(
        length=m.length,
        radix_tree_keys=m.radix_tree_keys,
        radix_tree_nodes=m.radix_tree_nodes,
        last_generated_id=m.last_generated_id.decode(),
        max_deleted_entry_id=None
        if m.max_deleted_entry_id is None
        else m.max_deleted_entry_id.decode(),
        entries_added=m.entries_added,
        recorded_first_entry_id=None
        if m.recorded_first_entry_id is None
        else m.recorded_first_entry_id.decode(),
        groups=m.groups,
        first_entry=None if m.first_entry is None else _c_StreamEntry_1_t(m.first_entry),
        last_entry=None if m.last_entry is None else _c_StreamEntry_1_t(m.last_entry),
    )


def _c_XPendingConsumer_0_b(w: Any) -> Any:
    return _t.XPendingConsumer(name=w[0], pending=int(w[1]))


def _c_XPendingConsumer_0_t(w: Any) -> Any:
    return _t.XPendingConsumer(name=w[0].decode(), pending=int(w[1]))


def _c_XPendingEntry_1_b(w: Any) -> Any:
    return _t.XPendingEntry(
        id=_cv.ok_bytes(w[0]), consumer=_cv.ok_bytes(w[1]), idle=w[2], deliveries=w[3]
    )


def _c_XPendingEntry_1_t(w: Any) -> Any:
    return _t.XPendingEntry(
        id=_cv.ok_text(w[0]), consumer=_cv.ok_text(w[1]), idle=w[2], deliveries=w[3]
    )


def _c_XPendingSummary_0_b(w: Any) -> Any:
    return _t.XPendingSummary(
        pending=w[0],
        min_id=w[1],
        max_id=w[2],
        consumers=None if w[3] is None else _c_list_XPendingConsumer_1_b(w[3]),
    )


def _c_XPendingSummary_0_t(w: Any) -> Any:
    return _t.XPendingSummary(
        pending=w[0],
        min_id=None if w[1] is None else w[1].decode(),
        max_id=None if w[2] is None else w[2].decode(),
        consumers=None if w[3] is None else _c_list_XPendingConsumer_1_t(w[3]),
    )


def _c_XReadGroupStream_1_b(w: Any) -> Any:
    return _t.XReadGroupStream(
        stream=_cv.ok_bytes(w[0]), entries=_c_list_StreamGroupEntry_0_b(w[1])
    )


def _c_XReadGroupStream_1_t(w: Any) -> Any:
    return _t.XReadGroupStream(stream=_cv.ok_text(w[0]), entries=_c_list_StreamGroupEntry_0_t(w[1]))


def _c_XReadStream_1_b(w: Any) -> Any:
    return _t.XReadStream(stream=_cv.ok_bytes(w[0]), entries=_c_list_StreamEntry_0_b(w[1]))


def _c_XReadStream_1_t(w: Any) -> Any:
    return _t.XReadStream(stream=_cv.ok_text(w[0]), entries=_c_list_StreamEntry_0_t(w[1]))


def _c_ZMPopResult_0_b(w: Any) -> Any:
    return _t.ZMPopResult(key=w[0], members=_c_list_tuple2_V_float_1_b(w[1]))


def _c_ZMPopResult_0_t(w: Any) -> Any:
    return _t.ZMPopResult(key=w[0].decode(), members=_c_list_tuple2_V_float_1_t(w[1]))


def _c_dict_V_V_0_b(w: Any) -> Any:
    return dict(zip(w[::2], w[1::2], strict=True))


def _c_dict_V_V_0_t(w: Any) -> Any:
    return {k.decode(): v.decode() for k, v in zip(w[::2], w[1::2], strict=True)}


def _c_dict_V_V_1_b(w: Any) -> Any:
    return {_cv.ok_bytes(k): _cv.ok_bytes(v) for k, v in zip(w[::2], w[1::2], strict=True)}


def _c_dict_V_V_1_t(w: Any) -> Any:
    return {_cv.ok_text(k): _cv.ok_text(v) for k, v in zip(w[::2], w[1::2], strict=True)}


def _c_dict_V_int_0_b(w: Any) -> Any:
    return {
        _ms.convert(k, bytes): _ms.convert(v, int) for k, v in zip(w[::2], w[1::2], strict=True)
    }


def _c_dict_V_int_0_t(w: Any) -> Any:
    return {
        _ms.convert(k, bytes).decode(): _ms.convert(v, int)
        for k, v in zip(w[::2], w[1::2], strict=True)
    }


def _c_dict_str_CommandDoc_0_b(w: Any) -> Any:
    return {
        _ms.convert(k, bytes).decode(): _c_CommandDoc_1_b(_ms.convert(v, list[Any]))
        for k, v in zip(w[::2], w[1::2], strict=True)
    }


def _c_dict_str_CommandDoc_0_t(w: Any) -> Any:
    return {
        _ms.convert(k, bytes).decode(): _c_CommandDoc_1_t(_ms.convert(v, list[Any]))
        for k, v in zip(w[::2], w[1::2], strict=True)
    }


def _c_dict_str_FunctionEngineStats_1(w: Any) -> Any:
    return {
        _cv.ok_text(_ms.convert(k, str)): _c_FunctionEngineStats_0(_ms.convert(v, list[Any]))
        for k, v in zip(w[::2], w[1::2], strict=True)
    }


def _c_dict_str_str_0(w: Any) -> Any:
    return {k.decode(): v.decode() for k, v in zip(w[::2], w[1::2], strict=True)}


def _c_first_pairs_V_float_0_b(w: Any) -> Any:
    w = _c_pairs_V_float_0_b(w)
    return w[0] if w else None


def _c_first_pairs_V_float_0_t(w: Any) -> Any:
    w = _c_pairs_V_float_0_t(w)
    return w[0] if w else None


def _c_list_CommandDocArgument_0_b(w: Any) -> Any:
    return [_c_CommandDocArgument_1_b(e) for e in w]


def _c_list_CommandDocArgument_0_t(w: Any) -> Any:
    return [_c_CommandDocArgument_1_t(e) for e in w]


def _c_list_CommandInfo_0_b(w: Any) -> Any:
    return [_c_CommandInfo_1_b(e) for e in w]


def _c_list_CommandInfo_0_t(w: Any) -> Any:
    return [_c_CommandInfo_1_t(e) for e in w]


def _c_list_CommandKeySpec_0(w: Any) -> Any:
    return [_c_CommandKeySpec_1(e) for e in w]


def _c_list_FunctionLibrary_0(w: Any) -> Any:
    return [_c_FunctionLibrary_1(e) for e in w]


def _c_list_GeoSearchWithCoord_0_b(w: Any) -> Any:
    return [_c_GeoSearchWithCoord_1_b(e) for e in w]


def _c_list_GeoSearchWithCoord_0_t(w: Any) -> Any:
    return [_c_GeoSearchWithCoord_1_t(e) for e in w]


def _c_list_GeoSearchWithDistCoord_0_b(w: Any) -> Any:
    return [_c_GeoSearchWithDistCoord_1_b(e) for e in w]


def _c_list_GeoSearchWithDistCoord_0_t(w: Any) -> Any:
    return [_c_GeoSearchWithDistCoord_1_t(e) for e in w]


def _c_list_GeoSearchWithDistHashCoord_0_b(w: Any) -> Any:
    return [_c_GeoSearchWithDistHashCoord_1_b(e) for e in w]


def _c_list_GeoSearchWithDistHashCoord_0_t(w: Any) -> Any:
    return [_c_GeoSearchWithDistHashCoord_1_t(e) for e in w]


def _c_list_GeoSearchWithDistHash_0_b(w: Any) -> Any:
    return [_c_GeoSearchWithDistHash_1_b(e) for e in w]


def _c_list_GeoSearchWithDistHash_0_t(w: Any) -> Any:
    return [_c_GeoSearchWithDistHash_1_t(e) for e in w]


def _c_list_GeoSearchWithDist_0_b(w: Any) -> Any:
    return [_c_GeoSearchWithDist_1_b(e) for e in w]


def _c_list_GeoSearchWithDist_0_t(w: Any) -> Any:
    return [_c_GeoSearchWithDist_1_t(e) for e in w]


def _c_list_GeoSearchWithHashCoord_0_b(w: Any) -> Any:
    return [_c_GeoSearchWithHashCoord_1_b(e) for e in w]


def _c_list_GeoSearchWithHashCoord_0_t(w: Any) -> Any:
    return [_c_GeoSearchWithHashCoord_1_t(e) for e in w]


def _c_list_GeoSearchWithHash_0_b(w: Any) -> Any:
    return [_c_GeoSearchWithHash_1_b(e) for e in w]


def _c_list_GeoSearchWithHash_0_t(w: Any) -> Any:
    return [_c_GeoSearchWithHash_1_t(e) for e in w]


def _c_list_LcsMatchWithLen_1(w: Any) -> Any:
    return [_c_LcsMatchWithLen_0(e) for e in w]


def _c_list_LcsMatch_1(w: Any) -> Any:
    return [_c_LcsMatch_0(e) for e in w]


def _c_list_LibraryFunction_0(w: Any) -> Any:
    return [_c_LibraryFunction_1(e) for e in w]


def _c_list_StreamEntry_0_b(w: Any) -> Any:
    return [_c_StreamEntry_1_b(e) for e in w]


def _c_list_StreamEntry_0_t(w: Any) -> Any:
    return [_c_StreamEntry_1_t(e) for e in w]


def _c_list_StreamEntry_1_b(w: Any) -> Any:
    return [_c_StreamEntry_0_b(e) for e in w]


def _c_list_StreamEntry_1_t(w: Any) -> Any:
    return [_c_StreamEntry_0_t(e) for e in w]


def _c_list_StreamGroupEntry_0_b(w: Any) -> Any:
    return [_c_StreamGroupEntry_1_b(e) for e in w]


def _c_list_StreamGroupEntry_0_t(w: Any) -> Any:
    return [_c_StreamGroupEntry_1_t(e) for e in w]


def _c_list_V_0_t(w: Any) -> Any:
    return [e.decode() for e in w]


def _c_list_V_1_b(w: Any) -> Any:
    return [_cv.ok_bytes(e) for e in w]


def _c_list_V_1_t(w: Any) -> Any:
    return [_cv.ok_text(e) for e in w]


def _c_list_XInfoConsumer_0_b(w: Any) -> Any:
    return [_c_XInfoConsumer_1_b(e) for e in w]


def _c_list_XInfoConsumer_0_t(w: Any) -> Any:
    return [_c_XInfoConsumer_1_t(e) for e in w]


def _c_list_XInfoGroup_0_b(w: Any) -> Any:
    return [_c_XInfoGroup_1_b(e) for e in w]


def _c_list_XInfoGroup_0_t(w: Any) -> Any:
    return [_c_XInfoGroup_1_t(e) for e in w]


def _c_list_XInfoStreamConsumerPending_1_b(w: Any) -> Any:
    return [_c_XInfoStreamConsumerPending_0_b(e) for e in w]


def _c_list_XInfoStreamConsumerPending_1_t(w: Any) -> Any:
    return [_c_XInfoStreamConsumerPending_0_t(e) for e in w]


def _c_list_XInfoStreamConsumer_1_b(w: Any) -> Any:
    return [_c_XInfoStreamConsumer_0_b(e) for e in w]


def _c_list_XInfoStreamConsumer_1_t(w: Any) -> Any:
    return [_c_XInfoStreamConsumer_0_t(e) for e in w]


def _c_list_XInfoStreamGroupPending_1_b(w: Any) -> Any:
    return [_c_XInfoStreamGroupPending_0_b(e) for e in w]


def _c_list_XInfoStreamGroupPending_1_t(w: Any) -> Any:
    return [_c_XInfoStreamGroupPending_0_t(e) for e in w]


def _c_list_XInfoStreamGroup_1_b(w: Any) -> Any:
    return [_c_XInfoStreamGroup_0_b(e) for e in w]


def _c_list_XInfoStreamGroup_1_t(w: Any) -> Any:
    return [_c_XInfoStreamGroup_0_t(e) for e in w]


def _c_list_XPendingConsumer_1_b(w: Any) -> Any:
    return [_c_XPendingConsumer_0_b(e) for e in w]


def _c_list_XPendingConsumer_1_t(w: Any) -> Any:
    return [_c_XPendingConsumer_0_t(e) for e in w]


def _c_list_XPendingEntry_0_b(w: Any) -> Any:
    return [_c_XPendingEntry_1_b(e) for e in w]


def _c_list_XPendingEntry_0_t(w: Any) -> Any:
    return [_c_XPendingEntry_1_t(e) for e in w]


def _c_list_XReadGroupStream_0_b(w: Any) -> Any:
    return [_c_XReadGroupStream_1_b(e) for e in w]


def _c_list_XReadGroupStream_0_t(w: Any) -> Any:
    return [_c_XReadGroupStream_1_t(e) for e in w]


def _c_list_XReadStream_0_b(w: Any) -> Any:
    return [_c_XReadStream_1_b(e) for e in w]


def _c_list_XReadStream_0_t(w: Any) -> Any:
    return [_c_XReadStream_1_t(e) for e in w]


def _c_list_bool_0(w: Any) -> Any:
    return [bool(e) for e in w]


def _c_list_opt_CommandInfo_0_b(w: Any) -> Any:
    return [None if e is None else _c_CommandInfo_1_b(e) for e in w]


def _c_list_opt_CommandInfo_0_t(w: Any) -> Any:
    return [None if e is None else _c_CommandInfo_1_t(e) for e in w]


def _c_list_opt_GeoCoordinates_0(w: Any) -> Any:
    return [None if e is None else _c_GeoCoordinates_1(e) for e in w]


def _c_list_opt_V_0_t(w: Any) -> Any:
    return [None if e is None else e.decode() for e in w]


def _c_list_opt_bool_0(w: Any) -> Any:
    return [None if e is None else bool(e) for e in w]


def _c_list_opt_float_0(w: Any) -> Any:
    return [None if e is None else float(e) for e in w]


def _c_list_opt_jsondoc_0(w: Any) -> Any:
    return [None if e is None else _cv.json_document(e) for e in w]


def _c_list_opt_list_str_0(w: Any) -> Any:
    return [None if e is None else _c_list_str_1(e) for e in w]


def _c_list_opt_str_0(w: Any) -> Any:
    return [None if e is None else e.decode() for e in w]


def _c_list_str_0(w: Any) -> Any:
    return [e.decode() for e in w]


def _c_list_str_1(w: Any) -> Any:
    return [_cv.ok_text(e) for e in w]


def _c_list_tuple2_V_float_1_b(w: Any) -> Any:
    return [_c_tuple2_V_float_0_b(e) for e in w]


def _c_list_tuple2_V_float_1_t(w: Any) -> Any:
    return [_c_tuple2_V_float_0_t(e) for e in w]


def _c_list_tuple2_V_list_str_0_b(w: Any) -> Any:
    return [_c_tuple2_V_list_str_1_b(e) for e in w]


def _c_list_tuple2_V_list_str_0_t(w: Any) -> Any:
    return [_c_tuple2_V_list_str_1_t(e) for e in w]


def _c_list_tuple2_str_str_0(w: Any) -> Any:
    return [_c_tuple2_str_str_1(e) for e in w]


def _c_opt_ListPopResult_0_b(w: Any) -> Any:
    return None if w is None else _c_ListPopResult_0_b(w)


def _c_opt_ListPopResult_0_t(w: Any) -> Any:
    return None if w is None else _c_ListPopResult_0_t(w)


def _c_opt_ZMPopResult_0_b(w: Any) -> Any:
    return None if w is None else _c_ZMPopResult_0_b(w)


def _c_opt_ZMPopResult_0_t(w: Any) -> Any:
    return None if w is None else _c_ZMPopResult_0_t(w)


def _c_opt_float_0(w: Any) -> Any:
    return None if w is None else float(w)


def _c_opt_jsondoc_0(w: Any) -> Any:
    return None if w is None else _cv.json_document(w)


def _c_opt_list_V_0_t(w: Any) -> Any:
    return None if w is None else _c_list_V_0_t(w)


def _c_opt_list_XReadGroupStream_0_b(w: Any) -> Any:
    return None if w is None else _c_list_XReadGroupStream_0_b(w)


def _c_opt_list_XReadGroupStream_0_t(w: Any) -> Any:
    return None if w is None else _c_list_XReadGroupStream_0_t(w)


def _c_opt_list_XReadStream_0_b(w: Any) -> Any:
    return None if w is None else _c_list_XReadStream_0_b(w)


def _c_opt_list_XReadStream_0_t(w: Any) -> Any:
    return None if w is None else _c_list_XReadStream_0_t(w)


def _c_opt_list_str_0(w: Any) -> Any:
    return None if w is None else _c_list_str_0(w)


def _c_opt_tuple2_int_float_0(w: Any) -> Any:
    return None if w is None else _c_tuple2_int_float_0(w)


def _c_pairs_V_V_0_b(w: Any) -> Any:
    return list(zip(w[::2], w[1::2], strict=True))


def _c_pairs_V_V_0_t(w: Any) -> Any:
    return [(k.decode(), v.decode()) for k, v in zip(w[::2], w[1::2], strict=True)]


def _c_pairs_V_V_1_b(w: Any) -> Any:
    return [(_cv.ok_bytes(k), _cv.ok_bytes(v)) for k, v in zip(w[::2], w[1::2], strict=True)]


def _c_pairs_V_V_1_t(w: Any) -> Any:
    return [(_cv.ok_text(k), _cv.ok_text(v)) for k, v in zip(w[::2], w[1::2], strict=True)]


def _c_pairs_V_float_0_b(w: Any) -> Any:
    return [(k, float(v)) for k, v in zip(w[::2], w[1::2], strict=True)]


def _c_pairs_V_float_0_t(w: Any) -> Any:
    return [(k.decode(), float(v)) for k, v in zip(w[::2], w[1::2], strict=True)]


def _c_pairs_V_float_1_b(w: Any) -> Any:
    return [
        (_cv.ok_bytes(_ms.convert(k, str)), float(_ms.convert(v, bytes)))
        for k, v in zip(w[::2], w[1::2], strict=True)
    ]


def _c_pairs_V_float_1_t(w: Any) -> Any:
    return [
        (_cv.ok_text(_ms.convert(k, str)), float(_ms.convert(v, bytes)))
        for k, v in zip(w[::2], w[1::2], strict=True)
    ]


def _c_tuple2_V_float_0_b(w: Any) -> Any:
    return (w[0], float(w[1]))


def _c_tuple2_V_float_0_t(w: Any) -> Any:
    return (w[0].decode(), float(w[1]))


def _c_tuple2_V_list_str_1_b(w: Any) -> Any:
    return (_cv.ok_bytes(w[0]), _c_list_str_0(w[1]))


def _c_tuple2_V_list_str_1_t(w: Any) -> Any:
    return (_cv.ok_text(w[0]), _c_list_str_0(w[1]))


def _c_tuple2_int_float_0(w: Any) -> Any:
    return (w[0], float(w[1]))


def _c_tuple2_intstr_intstr_0(w: Any) -> Any:
    return (int(w[0]), int(w[1]))


def _c_tuple2_intstr_list_V_0_b(w: Any) -> Any:
    return (int(w[0]), _c_list_V_1_b(w[1]))


def _c_tuple2_intstr_list_V_0_t(w: Any) -> Any:
    return (int(w[0]), _c_list_V_1_t(w[1]))


def _c_tuple2_intstr_pairs_V_V_0_b(w: Any) -> Any:
    return (int(w[0]), _c_pairs_V_V_1_b(w[1]))


def _c_tuple2_intstr_pairs_V_V_0_t(w: Any) -> Any:
    return (int(w[0]), _c_pairs_V_V_1_t(w[1]))


def _c_tuple2_intstr_pairs_V_float_0_b(w: Any) -> Any:
    return (int(w[0]), _c_pairs_V_float_1_b(w[1]))


def _c_tuple2_intstr_pairs_V_float_0_t(w: Any) -> Any:
    return (int(w[0]), _c_pairs_V_float_1_t(w[1]))


def _c_tuple2_str_str_1(w: Any) -> Any:
    return (_cv.ok_text(w[0]), _cv.ok_text(w[1]))


_R_FunctionStats: Reply[Any, Any] = Reply(list[Any], _c_FunctionStats_0_t, _c_FunctionStats_0_b)
_R_LcsIdx: Reply[Any, Any] = Reply(list[Any], _c_LcsIdx_0, _c_LcsIdx_0)
_R_LcsIdxWithLen: Reply[Any, Any] = Reply(list[Any], _c_LcsIdxWithLen_0, _c_LcsIdxWithLen_0)
_R_V: Reply[Any, Any] = Reply(str, _cv.ok_text, _cv.ok_bytes)
_R_XAutoClaimJustIdResult: Reply[Any, Any] = Reply(
    tuple[bytes, list[str], list[str]], _c_XAutoClaimJustIdResult_0_t, _c_XAutoClaimJustIdResult_0_b
)
_R_XAutoClaimResult: Reply[Any, Any] = Reply(
    tuple[bytes, list[tuple[bytes, list[str]]], list[str]],
    _c_XAutoClaimResult_0_t,
    _c_XAutoClaimResult_0_b,
)
_R_XInfoStream: Reply[Any, Any] = Reply(list[Any], _c_XInfoStream_0_t, _c_XInfoStream_0_b)
_R_XInfoStreamFull: Reply[Any, Any] = Reply(
    list[Any], _c_XInfoStreamFull_0_t, _c_XInfoStreamFull_0_b
)
_R_XPendingSummary: Reply[Any, Any] = Reply(
    tuple[int, bytes | None, bytes | None, list[tuple[bytes, bytes]] | None],
    _c_XPendingSummary_0_t,
    _c_XPendingSummary_0_b,
)
_R_bool: Reply[Any, Any] = Reply(int, bool, bool)
_R_bytes: Reply[Any, Any] = Reply(str, _cv.ok_bytes, _cv.ok_bytes)
_R_dict_V_V: Reply[Any, Any] = Reply(list[bytes], _c_dict_V_V_0_t, _c_dict_V_V_0_b)
_R_dict_V_int: Reply[Any, Any] = Reply(list[bytes | int], _c_dict_V_int_0_t, _c_dict_V_int_0_b)
_R_dict_str_CommandDoc: Reply[Any, Any] = Reply(
    list[bytes | list[Any]], _c_dict_str_CommandDoc_0_t, _c_dict_str_CommandDoc_0_b
)
_R_dict_str_str: Reply[Any, Any] = Reply(list[bytes], _c_dict_str_str_0, _c_dict_str_str_0)
_R_first_pairs_V_float: Reply[Any, Any] = Reply(
    list[bytes], _c_first_pairs_V_float_0_t, _c_first_pairs_V_float_0_b
)
_R_float: Reply[Any, Any] = Reply(bytes, float, float)
_R_int: Reply[Any, Any] = Reply(int, _cv.identity, _cv.identity)
_R_json: Reply[Any, Any] = Reply(Any, _cv.json_text, _cv.json_binary)
_R_jsondoc: Reply[Any, Any] = Reply(bytes, _cv.json_document, _cv.json_document)
_R_list_FunctionLibrary: Reply[Any, Any] = Reply(
    list[list[Any]], _c_list_FunctionLibrary_0, _c_list_FunctionLibrary_0
)
_R_list_GeoSearchWithCoord: Reply[Any, Any] = Reply(
    list[tuple[str, tuple[bytes, bytes]]],
    _c_list_GeoSearchWithCoord_0_t,
    _c_list_GeoSearchWithCoord_0_b,
)
_R_list_GeoSearchWithDist: Reply[Any, Any] = Reply(
    list[tuple[str, bytes]], _c_list_GeoSearchWithDist_0_t, _c_list_GeoSearchWithDist_0_b
)
_R_list_GeoSearchWithDistCoord: Reply[Any, Any] = Reply(
    list[tuple[str, bytes, tuple[bytes, bytes]]],
    _c_list_GeoSearchWithDistCoord_0_t,
    _c_list_GeoSearchWithDistCoord_0_b,
)
_R_list_GeoSearchWithDistHash: Reply[Any, Any] = Reply(
    list[tuple[str, bytes, int]],
    _c_list_GeoSearchWithDistHash_0_t,
    _c_list_GeoSearchWithDistHash_0_b,
)
_R_list_GeoSearchWithDistHashCoord: Reply[Any, Any] = Reply(
    list[tuple[str, bytes, int, tuple[bytes, bytes]]],
    _c_list_GeoSearchWithDistHashCoord_0_t,
    _c_list_GeoSearchWithDistHashCoord_0_b,
)
_R_list_GeoSearchWithHash: Reply[Any, Any] = Reply(
    list[tuple[str, int]], _c_list_GeoSearchWithHash_0_t, _c_list_GeoSearchWithHash_0_b
)
_R_list_GeoSearchWithHashCoord: Reply[Any, Any] = Reply(
    list[tuple[str, int, tuple[bytes, bytes]]],
    _c_list_GeoSearchWithHashCoord_0_t,
    _c_list_GeoSearchWithHashCoord_0_b,
)
_R_list_HashFieldExpire: Reply[Any, Any] = Reply(
    list[_t.HashFieldExpire], _cv.identity, _cv.identity
)
_R_list_HashFieldPersist: Reply[Any, Any] = Reply(
    list[_t.HashFieldPersist], _cv.identity, _cv.identity
)
_R_list_StreamEntry: Reply[Any, Any] = Reply(
    list[tuple[str, list[bytes]]], _c_list_StreamEntry_0_t, _c_list_StreamEntry_0_b
)
_R_list_V: Reply[Any, Any] = Reply(list[bytes], _c_list_V_0_t, _cv.identity)
_R_list_XAckDelResult: Reply[Any, Any] = Reply(list[_t.XAckDelResult], _cv.identity, _cv.identity)
_R_list_XDelExResult: Reply[Any, Any] = Reply(list[_t.XDelExResult], _cv.identity, _cv.identity)
_R_list_XInfoConsumer: Reply[Any, Any] = Reply(
    list[list[Any]], _c_list_XInfoConsumer_0_t, _c_list_XInfoConsumer_0_b
)
_R_list_XInfoGroup: Reply[Any, Any] = Reply(
    list[list[Any]], _c_list_XInfoGroup_0_t, _c_list_XInfoGroup_0_b
)
_R_list_XPendingEntry: Reply[Any, Any] = Reply(
    list[tuple[str, str, int, int]], _c_list_XPendingEntry_0_t, _c_list_XPendingEntry_0_b
)
_R_list_bool: Reply[Any, Any] = Reply(list[int], _c_list_bool_0, _c_list_bool_0)
_R_list_int: Reply[Any, Any] = Reply(list[int], _cv.identity, _cv.identity)
_R_list_opt_CommandInfo: Reply[Any, Any] = Reply(
    list[list[Any] | None], _c_list_opt_CommandInfo_0_t, _c_list_opt_CommandInfo_0_b
)
_R_list_opt_GeoCoordinates: Reply[Any, Any] = Reply(
    list[tuple[bytes, bytes] | None], _c_list_opt_GeoCoordinates_0, _c_list_opt_GeoCoordinates_0
)
_R_list_opt_V: Reply[Any, Any] = Reply(list[bytes | None], _c_list_opt_V_0_t, _cv.identity)
_R_list_opt_bool: Reply[Any, Any] = Reply(list[int | None], _c_list_opt_bool_0, _c_list_opt_bool_0)
_R_list_opt_float: Reply[Any, Any] = Reply(
    list[bytes | None], _c_list_opt_float_0, _c_list_opt_float_0
)
_R_list_opt_int: Reply[Any, Any] = Reply(list[int | None], _cv.identity, _cv.identity)
_R_list_opt_jsondoc: Reply[Any, Any] = Reply(
    list[bytes | None], _c_list_opt_jsondoc_0, _c_list_opt_jsondoc_0
)
_R_list_opt_list_str: Reply[Any, Any] = Reply(
    list[list[str] | None], _c_list_opt_list_str_0, _c_list_opt_list_str_0
)
_R_list_opt_str: Reply[Any, Any] = Reply(list[bytes | None], _c_list_opt_str_0, _c_list_opt_str_0)
_R_list_str: Reply[Any, Any] = Reply(list[bytes], _c_list_str_0, _c_list_str_0)
_R_list_tuple2_V_list_str: Reply[Any, Any] = Reply(
    list[tuple[str, list[bytes]]], _c_list_tuple2_V_list_str_0_t, _c_list_tuple2_V_list_str_0_b
)
_R_ok: Reply[Any, Any] = Reply(Literal["OK"], _cv.true, _cv.true)
_R_opt_ListPopResult: Reply[Any, Any] = Reply(
    tuple[bytes, list[str]] | None, _c_opt_ListPopResult_0_t, _c_opt_ListPopResult_0_b
)
_R_opt_V: Reply[Any, Any] = Reply(str | None, _cv.ok_text_or_none, _cv.ok_bytes_or_none)
_R_opt_ZMPopResult: Reply[Any, Any] = Reply(
    tuple[bytes, list[tuple[bytes, bytes]]] | None, _c_opt_ZMPopResult_0_t, _c_opt_ZMPopResult_0_b
)
_R_opt_bytes: Reply[Any, Any] = Reply(str | None, _cv.ok_bytes_or_none, _cv.ok_bytes_or_none)
_R_opt_float: Reply[Any, Any] = Reply(bytes | None, _c_opt_float_0, _c_opt_float_0)
_R_opt_int: Reply[Any, Any] = Reply(int | None, _cv.identity, _cv.identity)
_R_opt_jsondoc: Reply[Any, Any] = Reply(bytes | None, _c_opt_jsondoc_0, _c_opt_jsondoc_0)
_R_opt_list_V: Reply[Any, Any] = Reply(list[bytes] | None, _c_opt_list_V_0_t, _cv.identity)
_R_opt_list_XReadGroupStream: Reply[Any, Any] = Reply(
    list[tuple[str, list[tuple[str, list[bytes] | None]]]] | None,
    _c_opt_list_XReadGroupStream_0_t,
    _c_opt_list_XReadGroupStream_0_b,
)
_R_opt_list_XReadStream: Reply[Any, Any] = Reply(
    list[tuple[str, list[tuple[str, list[bytes]]]]] | None,
    _c_opt_list_XReadStream_0_t,
    _c_opt_list_XReadStream_0_b,
)
_R_opt_list_str: Reply[Any, Any] = Reply(list[bytes] | None, _c_opt_list_str_0, _c_opt_list_str_0)
_R_opt_ok: Reply[Any, Any] = Reply(Literal["OK"] | None, _cv.is_not_none, _cv.is_not_none)
_R_opt_str: Reply[Any, Any] = Reply(str | None, _cv.ok_text_or_none, _cv.ok_text_or_none)
_R_opt_tuple2_int_float: Reply[Any, Any] = Reply(
    tuple[int, bytes] | None, _c_opt_tuple2_int_float_0, _c_opt_tuple2_int_float_0
)
_R_pairs_V_V: Reply[Any, Any] = Reply(list[bytes], _c_pairs_V_V_0_t, _c_pairs_V_V_0_b)
_R_pairs_V_float: Reply[Any, Any] = Reply(list[bytes], _c_pairs_V_float_0_t, _c_pairs_V_float_0_b)
_R_str: Reply[Any, Any] = Reply(str, _cv.ok_text, _cv.ok_text)
_R_tuple2_intstr_intstr: Reply[Any, Any] = Reply(
    tuple[bytes, bytes], _c_tuple2_intstr_intstr_0, _c_tuple2_intstr_intstr_0
)
_R_tuple2_intstr_list_V: Reply[Any, Any] = Reply(
    tuple[bytes, list[str]], _c_tuple2_intstr_list_V_0_t, _c_tuple2_intstr_list_V_0_b
)
_R_tuple2_intstr_pairs_V_V: Reply[Any, Any] = Reply(
    tuple[bytes, list[str]], _c_tuple2_intstr_pairs_V_V_0_t, _c_tuple2_intstr_pairs_V_V_0_b
)
_R_tuple2_intstr_pairs_V_float: Reply[Any, Any] = Reply(
    tuple[bytes, list[Any]], _c_tuple2_intstr_pairs_V_float_0_t, _c_tuple2_intstr_pairs_V_float_0_b
)


def append(codec: Codec[V], key: Key, value: Value) -> Command[int]:
    return Command(codec, "APPEND", ("APPEND", key, value), _R_int, WRITE)


def bitcount(
    codec: Codec[V],
    key: Key,
    start: int | None = None,
    end: int | None = None,
    mode: Literal["BYTE", "BIT"] | None = None,
) -> Command[int]:
    argv: tuple[Arg, ...] = ("BITCOUNT", key)
    if start is not None:
        argv += (start,)
    if end is not None:
        argv += (end,)
    if mode is not None:
        argv += (mode,)

    return Command(codec, "BITCOUNT", argv, _R_int, READONLY)


def bitfield(
    codec: Codec[V],
    key: Key,
    *operations: tuple[Literal["GET"], str, int]
    | tuple[Literal["SET"], str, int, int]
    | tuple[Literal["INCRBY"], str, int, int]
    | tuple[Literal["OVERFLOW"], Literal["WRAP", "SAT", "FAIL"]],
) -> Command[list[int | None]]:
    argv: list[Arg] = ["BITFIELD", key]
    for item in operations:
        argv.extend(item)

    return Command(codec, "BITFIELD", tuple(argv), _R_list_opt_int, WRITE)


def bitfield_ro(
    codec: Codec[V], key: Key, get: Sequence[tuple[Value, int]] | None = None
) -> Command[list[int]]:
    argv: list[Arg] = ["BITFIELD_RO", key]
    if get is not None:
        for item in get:
            argv.append("GET")
            argv.extend(item)

    return Command(codec, "BITFIELD_RO", tuple(argv), _R_list_int, READONLY)


def bitop(
    codec: Codec[V],
    operation: Literal["AND", "OR", "XOR", "NOT", "DIFF", "DIFF1", "ANDOR", "ONE"],
    destkey: Key,
    *keys: Key,
) -> Command[int]:
    return Command(codec, "BITOP", ("BITOP", operation, destkey, *keys), _R_int, WRITE)


def bitpos(
    codec: Codec[V],
    key: Key,
    bit: int,
    start: int | None = None,
    end: int | None = None,
    mode: Literal["BYTE", "BIT"] | None = None,
) -> Command[int]:
    argv: tuple[Arg, ...] = ("BITPOS", key, bit)
    if start is not None:
        argv += (start,)
    if end is not None:
        argv += (end,)
    if mode is not None:
        argv += (mode,)

    return Command(codec, "BITPOS", argv, _R_int, READONLY)


def client_id(codec: Codec[V]) -> Command[int]:
    return Command(codec, "CLIENT ID", ("CLIENT", "ID"), _R_int, READONLY)


def client_info(codec: Codec[V]) -> Command[str]:
    return Command(codec, "CLIENT INFO", ("CLIENT", "INFO"), _R_str, READONLY)


def command_count(codec: Codec[V]) -> Command[int]:
    return Command(codec, "COMMAND COUNT", ("COMMAND", "COUNT"), _R_int, READONLY)


def command_docs(codec: Codec[V], *command_names: Value) -> Command[dict[str, CommandDoc]]:
    return Command(
        codec, "COMMAND DOCS", ("COMMAND", "DOCS", *command_names), _R_dict_str_CommandDoc, READONLY
    )


def command_getkeys(codec: Codec[V], command: Value, *args: Value) -> Command[list[V]]:
    return Command(
        codec, "COMMAND GETKEYS", ("COMMAND", "GETKEYS", command, *args), _R_list_V, READONLY
    )


def command_getkeysandflags(
    codec: Codec[V], command: Value, *args: Value
) -> Command[list[tuple[V, list[str]]]]:
    return Command(
        codec,
        "COMMAND GETKEYSANDFLAGS",
        ("COMMAND", "GETKEYSANDFLAGS", command, *args),
        _R_list_tuple2_V_list_str,
        READONLY,
    )


def command_help(codec: Codec[V]) -> Command[list[str]]:
    return Command(codec, "COMMAND HELP", ("COMMAND", "HELP"), _R_list_str, READONLY)


def command_info(codec: Codec[V], *command_names: Value) -> Command[list[CommandInfo | None]]:
    return Command(
        codec,
        "COMMAND INFO",
        ("COMMAND", "INFO", *command_names),
        _R_list_opt_CommandInfo,
        READONLY,
    )


def command_list(
    codec: Codec[V],
    module: Value | None = None,
    aclcat: Value | None = None,
    pattern: Value | None = None,
) -> Command[list[str]]:
    argv: tuple[Arg, ...] = ("COMMAND", "LIST")
    if module is not None:
        argv += ("FILTERBY", "MODULE", module)
    if aclcat is not None:
        argv += ("FILTERBY", "ACLCAT", aclcat)
    if pattern is not None:
        argv += ("FILTERBY", "PATTERN", pattern)

    return Command(codec, "COMMAND LIST", argv, _R_list_str, READONLY)


def config_get(codec: Codec[V], *parameters: Value) -> Command[dict[str, str]]:
    return Command(codec, "CONFIG GET", ("CONFIG", "GET", *parameters), _R_dict_str_str, READONLY)


def config_help(codec: Codec[V]) -> Command[list[str]]:
    return Command(codec, "CONFIG HELP", ("CONFIG", "HELP"), _R_list_str, READONLY)


def copy(
    codec: Codec[V], source: Key, destination: Key, db: int | None = None, replace: bool = False
) -> Command[bool]:
    argv: tuple[Arg, ...] = ("COPY", source, destination)
    if db is not None:
        argv += ("DB", db)
    if replace:
        argv += ("REPLACE",)

    return Command(codec, "COPY", argv, _R_bool, WRITE)


def dbsize(codec: Codec[V]) -> Command[int]:
    return Command(codec, "DBSIZE", ("DBSIZE",), _R_int, READONLY)


def decr(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "DECR", ("DECR", key), _R_int, WRITE)


def decrby(codec: Codec[V], key: Key, decrement: int) -> Command[int]:
    return Command(codec, "DECRBY", ("DECRBY", key, decrement), _R_int, WRITE)


def delete(codec: Codec[V], *keys: Key) -> Command[int]:
    return Command(codec, "DEL", ("DEL", *keys), _R_int, WRITE)


def delifeq(codec: Codec[V], key: Key, value: Value) -> Command[bool]:
    return Command(codec, "DELIFEQ", ("DELIFEQ", key, value), _R_bool, WRITE)


def dump(codec: Codec[V], key: Key) -> Command[bytes | None]:
    return Command(codec, "DUMP", ("DUMP", key), _R_opt_bytes, READONLY)


def echo(codec: Codec[V], message: Value) -> Command[V]:
    return Command(codec, "ECHO", ("ECHO", message), _R_V, READONLY)


def eval(
    codec: Codec[V],
    script: Value,
    keys: Sequence[Key] | None = None,
    args: Sequence[Value] | None = None,
) -> Command[JSONValue[V]]:
    argv: tuple[Arg, ...] = ("EVAL", script, len(keys or ()))
    if keys is not None:
        argv += tuple(keys)
    if args is not None:
        argv += tuple(args)

    return Command(codec, "EVAL", argv, _R_json, WRITE)


def eval_ro(
    codec: Codec[V],
    script: Value,
    keys: Sequence[Key] | None = None,
    args: Sequence[Value] | None = None,
) -> Command[JSONValue[V]]:
    argv: tuple[Arg, ...] = ("EVAL_RO", script, len(keys or ()))
    if keys is not None:
        argv += tuple(keys)
    if args is not None:
        argv += tuple(args)

    return Command(codec, "EVAL_RO", argv, _R_json, READONLY)


def evalsha(
    codec: Codec[V],
    sha1: Value,
    keys: Sequence[Key] | None = None,
    args: Sequence[Value] | None = None,
) -> Command[JSONValue[V]]:
    argv: tuple[Arg, ...] = ("EVALSHA", sha1, len(keys or ()))
    if keys is not None:
        argv += tuple(keys)
    if args is not None:
        argv += tuple(args)

    return Command(codec, "EVALSHA", argv, _R_json, WRITE)


def evalsha_ro(
    codec: Codec[V],
    sha1: Value,
    keys: Sequence[Key] | None = None,
    args: Sequence[Value] | None = None,
) -> Command[JSONValue[V]]:
    argv: tuple[Arg, ...] = ("EVALSHA_RO", sha1, len(keys or ()))
    if keys is not None:
        argv += tuple(keys)
    if args is not None:
        argv += tuple(args)

    return Command(codec, "EVALSHA_RO", argv, _R_json, READONLY)


def exists(codec: Codec[V], *keys: Key) -> Command[int]:
    return Command(codec, "EXISTS", ("EXISTS", *keys), _R_int, READONLY)


def expire(
    codec: Codec[V],
    key: Key,
    seconds: int | timedelta,
    nx: bool = False,
    xx: bool = False,
    gt: bool = False,
    lt: bool = False,
) -> Command[bool]:
    argv: tuple[Arg, ...] = (
        "EXPIRE",
        key,
        seconds if isinstance(seconds, int) else _cv.seconds(seconds, "EXPIRE", "seconds"),
    )
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)
    if gt:
        argv += ("GT",)
    if lt:
        argv += ("LT",)

    return Command(codec, "EXPIRE", argv, _R_bool, WRITE)


def expireat(
    codec: Codec[V],
    key: Key,
    unix_time_seconds: int | datetime,
    nx: bool = False,
    xx: bool = False,
    gt: bool = False,
    lt: bool = False,
) -> Command[bool]:
    argv: tuple[Arg, ...] = (
        "EXPIREAT",
        key,
        unix_time_seconds
        if isinstance(unix_time_seconds, int)
        else _cv.unix_seconds(unix_time_seconds, "EXPIREAT", "unix_time_seconds"),
    )
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)
    if gt:
        argv += ("GT",)
    if lt:
        argv += ("LT",)

    return Command(codec, "EXPIREAT", argv, _R_bool, WRITE)


def expiretime(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "EXPIRETIME", ("EXPIRETIME", key), _R_int, READONLY)


def fcall(
    codec: Codec[V],
    function: Value,
    keys: Sequence[Key] | None = None,
    args: Sequence[Value] | None = None,
) -> Command[JSONValue[V]]:
    argv: tuple[Arg, ...] = ("FCALL", function, len(keys or ()))
    if keys is not None:
        argv += tuple(keys)
    if args is not None:
        argv += tuple(args)

    return Command(codec, "FCALL", argv, _R_json, WRITE)


def fcall_ro(
    codec: Codec[V],
    function: Value,
    keys: Sequence[Key] | None = None,
    args: Sequence[Value] | None = None,
) -> Command[JSONValue[V]]:
    argv: tuple[Arg, ...] = ("FCALL_RO", function, len(keys or ()))
    if keys is not None:
        argv += tuple(keys)
    if args is not None:
        argv += tuple(args)

    return Command(codec, "FCALL_RO", argv, _R_json, READONLY)


def flushall(codec: Codec[V], async_: bool = False, sync: bool = False) -> Command[bool]:
    argv: tuple[Arg, ...] = ("FLUSHALL",)
    if async_:
        argv += ("ASYNC",)
    if sync:
        argv += ("SYNC",)

    return Command(codec, "FLUSHALL", argv, _R_ok, _WRITE_IDEMPOTENT)


def flushdb(codec: Codec[V], async_: bool = False, sync: bool = False) -> Command[bool]:
    argv: tuple[Arg, ...] = ("FLUSHDB",)
    if async_:
        argv += ("ASYNC",)
    if sync:
        argv += ("SYNC",)

    return Command(codec, "FLUSHDB", argv, _R_ok, _WRITE_IDEMPOTENT)


def function_delete(codec: Codec[V], library_name: Value) -> Command[bool]:
    return Command(codec, "FUNCTION DELETE", ("FUNCTION", "DELETE", library_name), _R_ok, WRITE)


def function_dump(codec: Codec[V]) -> Command[bytes]:
    return Command(codec, "FUNCTION DUMP", ("FUNCTION", "DUMP"), _R_bytes, READONLY)


def function_flush(codec: Codec[V], async_: bool = False, sync: bool = False) -> Command[bool]:
    argv: tuple[Arg, ...] = ("FUNCTION", "FLUSH")
    if async_:
        argv += ("ASYNC",)
    if sync:
        argv += ("SYNC",)

    return Command(codec, "FUNCTION FLUSH", argv, _R_ok, _WRITE_IDEMPOTENT)


def function_help(codec: Codec[V]) -> Command[list[str]]:
    return Command(codec, "FUNCTION HELP", ("FUNCTION", "HELP"), _R_list_str, READONLY)


def function_list(
    codec: Codec[V], libraryname: Value | None = None, withcode: bool = False
) -> Command[list[FunctionLibrary]]:
    argv: tuple[Arg, ...] = ("FUNCTION", "LIST")
    if libraryname is not None:
        argv += ("LIBRARYNAME", libraryname)
    if withcode:
        argv += ("WITHCODE",)

    return Command(codec, "FUNCTION LIST", argv, _R_list_FunctionLibrary, READONLY)


def function_load(codec: Codec[V], code: Value, replace: bool = False) -> Command[str]:
    argv: tuple[Arg, ...] = ("FUNCTION", "LOAD")
    if replace:
        argv += ("REPLACE",)
    argv += (code,)

    return Command(codec, "FUNCTION LOAD", argv, _R_str, WRITE)


def function_restore(
    codec: Codec[V],
    serialized_value: Value,
    policy: Literal["FLUSH", "APPEND", "REPLACE"] | None = None,
) -> Command[bool]:
    argv: tuple[Arg, ...] = ("FUNCTION", "RESTORE", serialized_value)
    if policy is not None:
        argv += (policy,)

    return Command(codec, "FUNCTION RESTORE", argv, _R_ok, WRITE)


def function_stats(codec: Codec[V]) -> Command[FunctionStats[V]]:
    return Command(codec, "FUNCTION STATS", ("FUNCTION", "STATS"), _R_FunctionStats, READONLY)


def geoadd(
    codec: Codec[V],
    key: Key,
    members: SupportsItems[Value, tuple[float, float]],
    nx: bool = False,
    xx: bool = False,
    ch: bool = False,
) -> Command[int]:
    argv: list[Arg] = ["GEOADD", key]
    if nx:
        argv.append("NX")
    if xx:
        argv.append("XX")
    if ch:
        argv.append("CH")
    for k, v in members.items():
        argv.extend(v)
        argv.append(k)

    return Command(codec, "GEOADD", tuple(argv), _R_int, WRITE)


def geodist(
    codec: Codec[V],
    key: Key,
    member1: Value,
    member2: Value,
    unit: Literal["M", "KM", "FT", "MI"] | None = None,
) -> Command[float | None]:
    argv: tuple[Arg, ...] = ("GEODIST", key, member1, member2)
    if unit is not None:
        argv += (unit,)

    return Command(codec, "GEODIST", argv, _R_opt_float, READONLY)


def geohash(codec: Codec[V], key: Key, *members: Value) -> Command[list[str | None]]:
    return Command(codec, "GEOHASH", ("GEOHASH", key, *members), _R_list_opt_str, READONLY)


def geopos(codec: Codec[V], key: Key, *members: Value) -> Command[list[GeoCoordinates | None]]:
    return Command(codec, "GEOPOS", ("GEOPOS", key, *members), _R_list_opt_GeoCoordinates, READONLY)


def georadius(
    codec: Codec[V],
    key: Key,
    longitude: float,
    latitude: float,
    radius: float,
    unit: Literal["M", "KM", "FT", "MI"],
    withcoord: bool = False,
    withdist: bool = False,
    withhash: bool = False,
    count: int | None = None,
    any: bool = False,
    asc: bool = False,
    desc: bool = False,
    store: Key | None = None,
    storedist: Key | None = None,
) -> Command[
    list[V]
    | list[GeoSearchWithDist[V]]
    | list[GeoSearchWithHash[V]]
    | list[GeoSearchWithCoord[V]]
    | list[GeoSearchWithDistHash[V]]
    | list[GeoSearchWithDistCoord[V]]
    | list[GeoSearchWithHashCoord[V]]
    | list[GeoSearchWithDistHashCoord[V]]
    | int
]:
    argv: tuple[Arg, ...] = ("GEORADIUS", key, longitude, latitude, radius, unit)
    if withcoord:
        argv += ("WITHCOORD",)
    if withdist:
        argv += ("WITHDIST",)
    if withhash:
        argv += ("WITHHASH",)
    if count is not None:
        argv += ("COUNT", count)
    if any:
        argv += ("ANY",)
    if asc:
        argv += ("ASC",)
    if desc:
        argv += ("DESC",)
    if store is not None:
        argv += ("STORE", store)
    if storedist is not None:
        argv += ("STOREDIST", storedist)

    return Command(
        codec,
        "GEORADIUS",
        argv,
        _R_list_GeoSearchWithDistHashCoord
        if withdist and withhash and withcoord
        else _R_list_GeoSearchWithDistHash
        if withdist and withhash
        else _R_list_GeoSearchWithDistCoord
        if withdist and withcoord
        else _R_list_GeoSearchWithHashCoord
        if withhash and withcoord
        else _R_list_GeoSearchWithDist
        if withdist
        else _R_list_GeoSearchWithHash
        if withhash
        else _R_list_GeoSearchWithCoord
        if withcoord
        else _R_int
        if store is not None
        else _R_int
        if storedist is not None
        else _R_list_V,
        WRITE,
    )


def georadius_ro(
    codec: Codec[V],
    key: Key,
    longitude: float,
    latitude: float,
    radius: float,
    unit: Literal["M", "KM", "FT", "MI"],
    withcoord: bool = False,
    withdist: bool = False,
    withhash: bool = False,
    count: int | None = None,
    any: bool = False,
    asc: bool = False,
    desc: bool = False,
) -> Command[
    list[V]
    | list[GeoSearchWithDist[V]]
    | list[GeoSearchWithHash[V]]
    | list[GeoSearchWithCoord[V]]
    | list[GeoSearchWithDistHash[V]]
    | list[GeoSearchWithDistCoord[V]]
    | list[GeoSearchWithHashCoord[V]]
    | list[GeoSearchWithDistHashCoord[V]]
]:
    argv: tuple[Arg, ...] = ("GEORADIUS_RO", key, longitude, latitude, radius, unit)
    if withcoord:
        argv += ("WITHCOORD",)
    if withdist:
        argv += ("WITHDIST",)
    if withhash:
        argv += ("WITHHASH",)
    if count is not None:
        argv += ("COUNT", count)
    if any:
        argv += ("ANY",)
    if asc:
        argv += ("ASC",)
    if desc:
        argv += ("DESC",)

    return Command(
        codec,
        "GEORADIUS_RO",
        argv,
        _R_list_GeoSearchWithDistHashCoord
        if withdist and withhash and withcoord
        else _R_list_GeoSearchWithDistHash
        if withdist and withhash
        else _R_list_GeoSearchWithDistCoord
        if withdist and withcoord
        else _R_list_GeoSearchWithHashCoord
        if withhash and withcoord
        else _R_list_GeoSearchWithDist
        if withdist
        else _R_list_GeoSearchWithHash
        if withhash
        else _R_list_GeoSearchWithCoord
        if withcoord
        else _R_list_V,
        READONLY,
    )


def georadiusbymember(
    codec: Codec[V],
    key: Key,
    member: Value,
    radius: float,
    unit: Literal["M", "KM", "FT", "MI"],
    withcoord: bool = False,
    withdist: bool = False,
    withhash: bool = False,
    count: int | None = None,
    any: bool = False,
    asc: bool = False,
    desc: bool = False,
    store: Key | None = None,
    storedist: Key | None = None,
) -> Command[
    list[V]
    | list[GeoSearchWithDist[V]]
    | list[GeoSearchWithHash[V]]
    | list[GeoSearchWithCoord[V]]
    | list[GeoSearchWithDistHash[V]]
    | list[GeoSearchWithDistCoord[V]]
    | list[GeoSearchWithHashCoord[V]]
    | list[GeoSearchWithDistHashCoord[V]]
    | int
]:
    argv: tuple[Arg, ...] = ("GEORADIUSBYMEMBER", key, member, radius, unit)
    if withcoord:
        argv += ("WITHCOORD",)
    if withdist:
        argv += ("WITHDIST",)
    if withhash:
        argv += ("WITHHASH",)
    if count is not None:
        argv += ("COUNT", count)
    if any:
        argv += ("ANY",)
    if asc:
        argv += ("ASC",)
    if desc:
        argv += ("DESC",)
    if store is not None:
        argv += ("STORE", store)
    if storedist is not None:
        argv += ("STOREDIST", storedist)

    return Command(
        codec,
        "GEORADIUSBYMEMBER",
        argv,
        _R_list_GeoSearchWithDistHashCoord
        if withdist and withhash and withcoord
        else _R_list_GeoSearchWithDistHash
        if withdist and withhash
        else _R_list_GeoSearchWithDistCoord
        if withdist and withcoord
        else _R_list_GeoSearchWithHashCoord
        if withhash and withcoord
        else _R_list_GeoSearchWithDist
        if withdist
        else _R_list_GeoSearchWithHash
        if withhash
        else _R_list_GeoSearchWithCoord
        if withcoord
        else _R_int
        if store is not None
        else _R_int
        if storedist is not None
        else _R_list_V,
        WRITE,
    )


def georadiusbymember_ro(
    codec: Codec[V],
    key: Key,
    member: Value,
    radius: float,
    unit: Literal["M", "KM", "FT", "MI"],
    withcoord: bool = False,
    withdist: bool = False,
    withhash: bool = False,
    count: int | None = None,
    any: bool = False,
    asc: bool = False,
    desc: bool = False,
) -> Command[
    list[V]
    | list[GeoSearchWithDist[V]]
    | list[GeoSearchWithHash[V]]
    | list[GeoSearchWithCoord[V]]
    | list[GeoSearchWithDistHash[V]]
    | list[GeoSearchWithDistCoord[V]]
    | list[GeoSearchWithHashCoord[V]]
    | list[GeoSearchWithDistHashCoord[V]]
]:
    argv: tuple[Arg, ...] = ("GEORADIUSBYMEMBER_RO", key, member, radius, unit)
    if withcoord:
        argv += ("WITHCOORD",)
    if withdist:
        argv += ("WITHDIST",)
    if withhash:
        argv += ("WITHHASH",)
    if count is not None:
        argv += ("COUNT", count)
    if any:
        argv += ("ANY",)
    if asc:
        argv += ("ASC",)
    if desc:
        argv += ("DESC",)

    return Command(
        codec,
        "GEORADIUSBYMEMBER_RO",
        argv,
        _R_list_GeoSearchWithDistHashCoord
        if withdist and withhash and withcoord
        else _R_list_GeoSearchWithDistHash
        if withdist and withhash
        else _R_list_GeoSearchWithDistCoord
        if withdist and withcoord
        else _R_list_GeoSearchWithHashCoord
        if withhash and withcoord
        else _R_list_GeoSearchWithDist
        if withdist
        else _R_list_GeoSearchWithHash
        if withhash
        else _R_list_GeoSearchWithCoord
        if withcoord
        else _R_list_V,
        READONLY,
    )


def geosearch(
    codec: Codec[V],
    key: Key,
    frommember: Value | None = None,
    fromlonlat: tuple[float, float] | None = None,
    byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
    bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
    asc: bool = False,
    desc: bool = False,
    count: int | None = None,
    any: bool = False,
    withcoord: bool = False,
    withdist: bool = False,
    withhash: bool = False,
) -> Command[
    list[V]
    | list[GeoSearchWithDist[V]]
    | list[GeoSearchWithHash[V]]
    | list[GeoSearchWithCoord[V]]
    | list[GeoSearchWithDistHash[V]]
    | list[GeoSearchWithDistCoord[V]]
    | list[GeoSearchWithHashCoord[V]]
    | list[GeoSearchWithDistHashCoord[V]]
]:
    argv: tuple[Arg, ...] = ("GEOSEARCH", key)
    if (frommember is not None) + (fromlonlat is not None) != 1:
        raise TypeError("GEOSEARCH: give exactly one of frommember, fromlonlat")
    if frommember is not None:
        argv += ("FROMMEMBER", frommember)
    if fromlonlat is not None:
        argv += ("FROMLONLAT",)
        argv += tuple(fromlonlat)
    if (byradius is not None) + (bybox is not None) != 1:
        raise TypeError("GEOSEARCH: give exactly one of byradius, bybox")
    if byradius is not None:
        argv += ("BYRADIUS",)
        argv += tuple(byradius)
    if bybox is not None:
        argv += ("BYBOX",)
        argv += tuple(bybox)
    if asc:
        argv += ("ASC",)
    if desc:
        argv += ("DESC",)
    if count is not None:
        argv += ("COUNT", count)
    if any:
        argv += ("ANY",)
    if withcoord:
        argv += ("WITHCOORD",)
    if withdist:
        argv += ("WITHDIST",)
    if withhash:
        argv += ("WITHHASH",)

    return Command(
        codec,
        "GEOSEARCH",
        argv,
        _R_list_GeoSearchWithDistHashCoord
        if withdist and withhash and withcoord
        else _R_list_GeoSearchWithDistHash
        if withdist and withhash
        else _R_list_GeoSearchWithDistCoord
        if withdist and withcoord
        else _R_list_GeoSearchWithHashCoord
        if withhash and withcoord
        else _R_list_GeoSearchWithDist
        if withdist
        else _R_list_GeoSearchWithHash
        if withhash
        else _R_list_GeoSearchWithCoord
        if withcoord
        else _R_list_V,
        READONLY,
    )


def geosearchstore(
    codec: Codec[V],
    destination: Key,
    source: Key,
    frommember: Value | None = None,
    fromlonlat: tuple[float, float] | None = None,
    byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
    bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
    asc: bool = False,
    desc: bool = False,
    count: int | None = None,
    any: bool = False,
    storedist: bool = False,
) -> Command[int]:
    argv: tuple[Arg, ...] = ("GEOSEARCHSTORE", destination, source)
    if (frommember is not None) + (fromlonlat is not None) != 1:
        raise TypeError("GEOSEARCHSTORE: give exactly one of frommember, fromlonlat")
    if frommember is not None:
        argv += ("FROMMEMBER", frommember)
    if fromlonlat is not None:
        argv += ("FROMLONLAT",)
        argv += tuple(fromlonlat)
    if (byradius is not None) + (bybox is not None) != 1:
        raise TypeError("GEOSEARCHSTORE: give exactly one of byradius, bybox")
    if byradius is not None:
        argv += ("BYRADIUS",)
        argv += tuple(byradius)
    if bybox is not None:
        argv += ("BYBOX",)
        argv += tuple(bybox)
    if asc:
        argv += ("ASC",)
    if desc:
        argv += ("DESC",)
    if count is not None:
        argv += ("COUNT", count)
    if any:
        argv += ("ANY",)
    if storedist:
        argv += ("STOREDIST",)

    return Command(codec, "GEOSEARCHSTORE", argv, _R_int, WRITE)


def get(codec: Codec[V], key: Key) -> Command[V | None]:
    return Command(codec, "GET", ("GET", key), _R_opt_V, READONLY)


def getbit(codec: Codec[V], key: Key, offset: int) -> Command[int]:
    return Command(codec, "GETBIT", ("GETBIT", key, offset), _R_int, READONLY)


def getdel(codec: Codec[V], key: Key) -> Command[V | None]:
    return Command(codec, "GETDEL", ("GETDEL", key), _R_opt_V, WRITE)


def getex(
    codec: Codec[V],
    key: Key,
    ex: int | timedelta | None = None,
    px: int | timedelta | None = None,
    exat: int | datetime | None = None,
    pxat: int | datetime | None = None,
    persist: bool = False,
) -> Command[V | None]:
    argv: tuple[Arg, ...] = ("GETEX", key)
    if ex is not None:
        argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "GETEX", "ex"))
    if px is not None:
        argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "GETEX", "px"))
    if exat is not None:
        argv += ("EXAT", exat if isinstance(exat, int) else _cv.unix_seconds(exat, "GETEX", "exat"))
    if pxat is not None:
        argv += (
            "PXAT",
            pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "GETEX", "pxat"),
        )
    if persist:
        argv += ("PERSIST",)

    return Command(codec, "GETEX", argv, _R_opt_V, WRITE)


def getrange(codec: Codec[V], key: Key, start: int, end: int) -> Command[V]:
    return Command(codec, "GETRANGE", ("GETRANGE", key, start, end), _R_V, READONLY)


def getset(codec: Codec[V], key: Key, value: Value) -> Command[V | None]:
    return Command(codec, "GETSET", ("GETSET", key, value), _R_opt_V, WRITE)


def hdel(codec: Codec[V], key: Key, *fields: Value) -> Command[int]:
    return Command(codec, "HDEL", ("HDEL", key, *fields), _R_int, WRITE)


def hexists(codec: Codec[V], key: Key, field: Value) -> Command[bool]:
    return Command(codec, "HEXISTS", ("HEXISTS", key, field), _R_bool, READONLY)


def hexpire(
    codec: Codec[V],
    key: Key,
    seconds: int | timedelta,
    *fields: Value,
    nx: bool = False,
    xx: bool = False,
    gt: bool = False,
    lt: bool = False,
) -> Command[list[HashFieldExpire]]:
    argv: tuple[Arg, ...] = (
        "HEXPIRE",
        key,
        seconds if isinstance(seconds, int) else _cv.seconds(seconds, "HEXPIRE", "seconds"),
    )
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)
    if gt:
        argv += ("GT",)
    if lt:
        argv += ("LT",)
    argv += ("FIELDS", len(fields))
    argv += tuple(fields)

    return Command(codec, "HEXPIRE", argv, _R_list_HashFieldExpire, WRITE)


def hexpireat(
    codec: Codec[V],
    key: Key,
    unix_time_seconds: int | datetime,
    *fields: Value,
    nx: bool = False,
    xx: bool = False,
    gt: bool = False,
    lt: bool = False,
) -> Command[list[HashFieldExpire]]:
    argv: tuple[Arg, ...] = (
        "HEXPIREAT",
        key,
        unix_time_seconds
        if isinstance(unix_time_seconds, int)
        else _cv.unix_seconds(unix_time_seconds, "HEXPIREAT", "unix_time_seconds"),
    )
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)
    if gt:
        argv += ("GT",)
    if lt:
        argv += ("LT",)
    argv += ("FIELDS", len(fields))
    argv += tuple(fields)

    return Command(codec, "HEXPIREAT", argv, _R_list_HashFieldExpire, WRITE)


def hexpiretime(codec: Codec[V], key: Key, *fields: Value) -> Command[list[int]]:
    return Command(
        codec,
        "HEXPIRETIME",
        ("HEXPIRETIME", key, "FIELDS", len(fields), *fields),
        _R_list_int,
        READONLY,
    )


def hget(codec: Codec[V], key: Key, field: Value) -> Command[V | None]:
    return Command(codec, "HGET", ("HGET", key, field), _R_opt_V, READONLY)


def hgetall(codec: Codec[V], key: Key) -> Command[dict[V, V]]:
    return Command(codec, "HGETALL", ("HGETALL", key), _R_dict_V_V, READONLY)


def hgetdel(codec: Codec[V], key: Key, *fields: Value) -> Command[list[V | None]]:
    return Command(
        codec, "HGETDEL", ("HGETDEL", key, "FIELDS", len(fields), *fields), _R_list_opt_V, WRITE
    )


def hgetex(
    codec: Codec[V],
    key: Key,
    *fields: Value,
    ex: int | timedelta | None = None,
    px: int | timedelta | None = None,
    exat: int | datetime | None = None,
    pxat: int | datetime | None = None,
    persist: bool = False,
) -> Command[list[V | None]]:
    argv: tuple[Arg, ...] = ("HGETEX", key)
    if ex is not None:
        argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "HGETEX", "ex"))
    if px is not None:
        argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "HGETEX", "px"))
    if exat is not None:
        argv += (
            "EXAT",
            exat if isinstance(exat, int) else _cv.unix_seconds(exat, "HGETEX", "exat"),
        )
    if pxat is not None:
        argv += (
            "PXAT",
            pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "HGETEX", "pxat"),
        )
    if persist:
        argv += ("PERSIST",)
    argv += ("FIELDS", len(fields))
    argv += tuple(fields)

    return Command(codec, "HGETEX", argv, _R_list_opt_V, WRITE)


def hincrby(codec: Codec[V], key: Key, field: Value, increment: int) -> Command[int]:
    return Command(codec, "HINCRBY", ("HINCRBY", key, field, increment), _R_int, WRITE)


def hincrbyfloat(codec: Codec[V], key: Key, field: Value, increment: float) -> Command[float]:
    return Command(codec, "HINCRBYFLOAT", ("HINCRBYFLOAT", key, field, increment), _R_float, WRITE)


def hkeys(codec: Codec[V], key: Key) -> Command[list[V]]:
    return Command(codec, "HKEYS", ("HKEYS", key), _R_list_V, READONLY)


def hlen(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "HLEN", ("HLEN", key), _R_int, READONLY)


def hmget(codec: Codec[V], key: Key, *fields: Value) -> Command[list[V | None]]:
    return Command(codec, "HMGET", ("HMGET", key, *fields), _R_list_opt_V, READONLY)


def hmset(codec: Codec[V], key: Key, mapping: SupportsItems[Value, Value]) -> Command[bool]:
    argv: list[Arg] = ["HMSET", key]
    for k, v in mapping.items():
        argv += (k, v)

    return Command(codec, "HMSET", tuple(argv), _R_ok, _WRITE_IDEMPOTENT)


def hpersist(codec: Codec[V], key: Key, *fields: Value) -> Command[list[HashFieldPersist]]:
    return Command(
        codec,
        "HPERSIST",
        ("HPERSIST", key, "FIELDS", len(fields), *fields),
        _R_list_HashFieldPersist,
        WRITE,
    )


def hpexpire(
    codec: Codec[V],
    key: Key,
    milliseconds: int | timedelta,
    *fields: Value,
    nx: bool = False,
    xx: bool = False,
    gt: bool = False,
    lt: bool = False,
) -> Command[list[HashFieldExpire]]:
    argv: tuple[Arg, ...] = (
        "HPEXPIRE",
        key,
        milliseconds
        if isinstance(milliseconds, int)
        else _cv.milliseconds(milliseconds, "HPEXPIRE", "milliseconds"),
    )
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)
    if gt:
        argv += ("GT",)
    if lt:
        argv += ("LT",)
    argv += ("FIELDS", len(fields))
    argv += tuple(fields)

    return Command(codec, "HPEXPIRE", argv, _R_list_HashFieldExpire, WRITE)


def hpexpireat(
    codec: Codec[V],
    key: Key,
    unix_time_milliseconds: int | datetime,
    *fields: Value,
    nx: bool = False,
    xx: bool = False,
    gt: bool = False,
    lt: bool = False,
) -> Command[list[HashFieldExpire]]:
    argv: tuple[Arg, ...] = (
        "HPEXPIREAT",
        key,
        unix_time_milliseconds
        if isinstance(unix_time_milliseconds, int)
        else _cv.unix_milliseconds(unix_time_milliseconds, "HPEXPIREAT", "unix_time_milliseconds"),
    )
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)
    if gt:
        argv += ("GT",)
    if lt:
        argv += ("LT",)
    argv += ("FIELDS", len(fields))
    argv += tuple(fields)

    return Command(codec, "HPEXPIREAT", argv, _R_list_HashFieldExpire, WRITE)


def hpexpiretime(codec: Codec[V], key: Key, *fields: Value) -> Command[list[int]]:
    return Command(
        codec,
        "HPEXPIRETIME",
        ("HPEXPIRETIME", key, "FIELDS", len(fields), *fields),
        _R_list_int,
        READONLY,
    )


def hpttl(codec: Codec[V], key: Key, *fields: Value) -> Command[list[int]]:
    return Command(
        codec, "HPTTL", ("HPTTL", key, "FIELDS", len(fields), *fields), _R_list_int, READONLY
    )


def hrandfield(
    codec: Codec[V], key: Key, count: int | None = None, withvalues: bool = False
) -> Command[V | list[V] | list[tuple[V, V]] | None]:
    argv: tuple[Arg, ...] = ("HRANDFIELD", key)
    if count is not None:
        argv += (count,)
    if withvalues:
        argv += ("WITHVALUES",)

    return Command(
        codec,
        "HRANDFIELD",
        argv,
        _R_pairs_V_V
        if count is not None and withvalues
        else _R_list_V
        if count is not None
        else _R_opt_V,
        READONLY,
    )


def hscan(
    codec: Codec[V],
    key: Key,
    cursor: int = 0,
    match: Value | None = None,
    count: int | None = None,
    novalues: bool = False,
) -> Command[tuple[int, list[tuple[V, V]]] | tuple[int, list[V]]]:
    argv: tuple[Arg, ...] = ("HSCAN", key, cursor)
    if match is not None:
        argv += ("MATCH", match)
    if count is not None:
        argv += ("COUNT", count)
    if novalues:
        argv += ("NOVALUES",)

    return Command(
        codec,
        "HSCAN",
        argv,
        _R_tuple2_intstr_list_V if novalues else _R_tuple2_intstr_pairs_V_V,
        READONLY,
    )


def hset(codec: Codec[V], key: Key, mapping: SupportsItems[Value, Value]) -> Command[int]:
    argv: list[Arg] = ["HSET", key]
    for k, v in mapping.items():
        argv += (k, v)

    return Command(codec, "HSET", tuple(argv), _R_int, WRITE)


def hsetex(
    codec: Codec[V],
    key: Key,
    mapping: SupportsItems[Value, Value],
    nx: bool = False,
    xx: bool = False,
    fnx: bool = False,
    fxx: bool = False,
    ex: int | timedelta | None = None,
    px: int | timedelta | None = None,
    exat: int | datetime | None = None,
    pxat: int | datetime | None = None,
    keepttl: bool = False,
) -> Command[bool]:
    argv: list[Arg] = ["HSETEX", key]
    if nx:
        argv.append("NX")
    if xx:
        argv.append("XX")
    if fnx:
        argv.append("FNX")
    if fxx:
        argv.append("FXX")
    if ex is not None:
        argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "HSETEX", "ex"))
    if px is not None:
        argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "HSETEX", "px"))
    if exat is not None:
        argv += (
            "EXAT",
            exat if isinstance(exat, int) else _cv.unix_seconds(exat, "HSETEX", "exat"),
        )
    if pxat is not None:
        argv += (
            "PXAT",
            pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "HSETEX", "pxat"),
        )
    if keepttl:
        argv.append("KEEPTTL")
    argv += ("FIELDS", len(mapping.items()))
    for k, v in mapping.items():
        argv += (k, v)

    return Command(codec, "HSETEX", tuple(argv), _R_bool, WRITE)


def hsetnx(codec: Codec[V], key: Key, field: Value, value: Value) -> Command[bool]:
    return Command(codec, "HSETNX", ("HSETNX", key, field, value), _R_bool, WRITE)


def hstrlen(codec: Codec[V], key: Key, field: Value) -> Command[int]:
    return Command(codec, "HSTRLEN", ("HSTRLEN", key, field), _R_int, READONLY)


def httl(codec: Codec[V], key: Key, *fields: Value) -> Command[list[int]]:
    return Command(
        codec, "HTTL", ("HTTL", key, "FIELDS", len(fields), *fields), _R_list_int, READONLY
    )


def hvals(codec: Codec[V], key: Key) -> Command[list[V]]:
    return Command(codec, "HVALS", ("HVALS", key), _R_list_V, READONLY)


def incr(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "INCR", ("INCR", key), _R_int, WRITE)


def incrby(codec: Codec[V], key: Key, increment: int) -> Command[int]:
    return Command(codec, "INCRBY", ("INCRBY", key, increment), _R_int, WRITE)


def incrbyfloat(codec: Codec[V], key: Key, increment: float) -> Command[float]:
    return Command(codec, "INCRBYFLOAT", ("INCRBYFLOAT", key, increment), _R_float, WRITE)


def info(codec: Codec[V], *sections: Value) -> Command[str]:
    return Command(codec, "INFO", ("INFO", *sections), _R_str, READONLY)


def json_arrappend(
    codec: Codec[V], key: Key, path: str, *values: object
) -> Command[list[int | None]]:
    argv: list[Arg] = ["JSON.ARRAPPEND", key, _cv.json_path(path, "JSON.ARRAPPEND")]
    for item in values:
        argv.append(_cv.json_argument(item))

    return Command(codec, "JSON.ARRAPPEND", tuple(argv), _R_list_opt_int, WRITE)


def json_arrindex(
    codec: Codec[V],
    key: Key,
    path: str,
    value: object,
    start: int | None = None,
    stop: int | None = None,
) -> Command[list[int | None]]:
    argv: tuple[Arg, ...] = (
        "JSON.ARRINDEX",
        key,
        _cv.json_path(path, "JSON.ARRINDEX"),
        _cv.json_argument(value),
    )
    if start is not None:
        argv += (start,)
    if stop is not None:
        argv += (stop,)

    return Command(codec, "JSON.ARRINDEX", argv, _R_list_opt_int, READONLY)


def json_arrinsert(
    codec: Codec[V], key: Key, path: str, index: int, *values: object
) -> Command[list[int | None]]:
    argv: list[Arg] = ["JSON.ARRINSERT", key, _cv.json_path(path, "JSON.ARRINSERT"), index]
    for item in values:
        argv.append(_cv.json_argument(item))

    return Command(codec, "JSON.ARRINSERT", tuple(argv), _R_list_opt_int, WRITE)


def json_arrlen(codec: Codec[V], key: Key, path: str = "$") -> Command[list[int | None]]:
    return Command(
        codec,
        "JSON.ARRLEN",
        ("JSON.ARRLEN", key, _cv.json_path(path, "JSON.ARRLEN")),
        _R_list_opt_int,
        READONLY,
    )


def json_arrpop(
    codec: Codec[V], key: Key, path: str = "$", index: int | None = None
) -> Command[list[JSONDocument | None]]:
    argv: tuple[Arg, ...] = ("JSON.ARRPOP", key, _cv.json_path(path, "JSON.ARRPOP"))
    if index is not None:
        argv += (index,)

    return Command(codec, "JSON.ARRPOP", argv, _R_list_opt_jsondoc, WRITE)


def json_arrtrim(
    codec: Codec[V], key: Key, path: str, start: int, stop: int
) -> Command[list[int | None]]:
    return Command(
        codec,
        "JSON.ARRTRIM",
        ("JSON.ARRTRIM", key, _cv.json_path(path, "JSON.ARRTRIM"), start, stop),
        _R_list_opt_int,
        WRITE,
    )


def json_clear(codec: Codec[V], key: Key, path: str = "$") -> Command[int]:
    return Command(codec, "JSON.CLEAR", ("JSON.CLEAR", key, path), _R_int, WRITE)


def json_debug_memory(codec: Codec[V], key: Key, path: str = "$") -> Command[list[int]]:
    return Command(
        codec,
        "JSON.DEBUG",
        ("JSON.DEBUG", "MEMORY", key, _cv.json_path(path, "JSON.DEBUG")),
        _R_list_int,
        READONLY,
    )


def json_delete(codec: Codec[V], key: Key, path: str = "$") -> Command[int]:
    return Command(codec, "JSON.DEL", ("JSON.DEL", key, path), _R_int, WRITE)


def json_forget(codec: Codec[V], key: Key, path: str = "$") -> Command[int]:
    return Command(codec, "JSON.FORGET", ("JSON.FORGET", key, path), _R_int, WRITE)


def json_get(
    codec: Codec[V], key: Key, *paths: str, type: builtins.type[D] | None = None
) -> Command[JSONDocument | D | None]:
    return Command(
        codec,
        "JSON.GET",
        ("JSON.GET", key, *paths),
        _cv.json_into(type) if type is not None else _R_opt_jsondoc,
        READONLY,
    )


def json_merge(codec: Codec[V], key: Key, path: str, value: object) -> Command[bool]:
    return Command(
        codec, "JSON.MERGE", ("JSON.MERGE", key, path, _cv.json_argument(value)), _R_ok, WRITE
    )


def json_mget(
    codec: Codec[V], *keys: Key, path: str = "$", type: builtins.type[D] | None = None
) -> Command[list[JSONDocument | None] | list[D | None]]:
    return Command(
        codec,
        "JSON.MGET",
        ("JSON.MGET", *keys, path),
        _cv.json_list_into(type) if type is not None else _R_list_opt_jsondoc,
        READONLY,
    )


def json_mset(codec: Codec[V], *triplets: tuple[Key, str, object]) -> Command[bool]:
    argv: list[Arg] = ["JSON.MSET"]
    for item in triplets:
        argv += (item[0], item[1], _cv.json_argument(item[2]))

    return Command(codec, "JSON.MSET", tuple(argv), _R_ok, WRITE)


def json_numincrby(
    codec: Codec[V], key: Key, path: str, value: int | float
) -> Command[JSONDocument]:
    return Command(
        codec,
        "JSON.NUMINCRBY",
        ("JSON.NUMINCRBY", key, _cv.json_path(path, "JSON.NUMINCRBY"), value),
        _R_jsondoc,
        WRITE,
    )


def json_nummultby(
    codec: Codec[V], key: Key, path: str, value: int | float
) -> Command[JSONDocument]:
    return Command(
        codec,
        "JSON.NUMMULTBY",
        ("JSON.NUMMULTBY", key, _cv.json_path(path, "JSON.NUMMULTBY"), value),
        _R_jsondoc,
        WRITE,
    )


def json_numpowby(
    codec: Codec[V], key: Key, path: str, value: int | float
) -> Command[JSONDocument]:
    return Command(
        codec,
        "JSON.NUMPOWBY",
        ("JSON.NUMPOWBY", key, _cv.json_path(path, "JSON.NUMPOWBY"), value),
        _R_jsondoc,
        WRITE,
    )


def json_objkeys(codec: Codec[V], key: Key, path: str = "$") -> Command[list[list[str] | None]]:
    return Command(
        codec,
        "JSON.OBJKEYS",
        ("JSON.OBJKEYS", key, _cv.json_path(path, "JSON.OBJKEYS")),
        _R_list_opt_list_str,
        READONLY,
    )


def json_objlen(codec: Codec[V], key: Key, path: str = "$") -> Command[list[int | None]]:
    return Command(
        codec,
        "JSON.OBJLEN",
        ("JSON.OBJLEN", key, _cv.json_path(path, "JSON.OBJLEN")),
        _R_list_opt_int,
        READONLY,
    )


def json_resp(codec: Codec[V], key: Key, path: str = "$") -> Command[JSONValue[V]]:
    return Command(
        codec, "JSON.RESP", ("JSON.RESP", key, _cv.json_path(path, "JSON.RESP")), _R_json, READONLY
    )


def json_set(
    codec: Codec[V], key: Key, path: str, value: object, nx: bool = False, xx: bool = False
) -> Command[bool]:
    argv: tuple[Arg, ...] = ("JSON.SET", key, path, _cv.json_argument(value))
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)

    return Command(codec, "JSON.SET", argv, _R_opt_ok, WRITE)


def json_strappend(codec: Codec[V], key: Key, path: str, value: str) -> Command[list[int | None]]:
    return Command(
        codec,
        "JSON.STRAPPEND",
        ("JSON.STRAPPEND", key, _cv.json_path(path, "JSON.STRAPPEND"), _cv.json_argument(value)),
        _R_list_opt_int,
        WRITE,
    )


def json_strlen(codec: Codec[V], key: Key, path: str = "$") -> Command[list[int | None]]:
    return Command(
        codec,
        "JSON.STRLEN",
        ("JSON.STRLEN", key, _cv.json_path(path, "JSON.STRLEN")),
        _R_list_opt_int,
        READONLY,
    )


def json_toggle(codec: Codec[V], key: Key, path: str) -> Command[list[bool | None]]:
    return Command(
        codec,
        "JSON.TOGGLE",
        ("JSON.TOGGLE", key, _cv.json_path(path, "JSON.TOGGLE")),
        _R_list_opt_bool,
        WRITE,
    )


def json_type(codec: Codec[V], key: Key, path: str = "$") -> Command[list[str] | None]:
    return Command(
        codec,
        "JSON.TYPE",
        ("JSON.TYPE", key, _cv.json_path(path, "JSON.TYPE")),
        _R_opt_list_str,
        READONLY,
    )


def keys(codec: Codec[V], pattern: Value) -> Command[list[V]]:
    return Command(codec, "KEYS", ("KEYS", pattern), _R_list_V, READONLY)


def lastsave(codec: Codec[V]) -> Command[int]:
    return Command(codec, "LASTSAVE", ("LASTSAVE",), _R_int, READONLY)


def lcs(
    codec: Codec[V],
    key1: Key,
    key2: Key,
    len: bool = False,
    idx: bool = False,
    minmatchlen: int | None = None,
    withmatchlen: bool = False,
) -> Command[V | int | LcsIdx | LcsIdxWithLen]:
    argv: tuple[Arg, ...] = ("LCS", key1, key2)
    if len:
        argv += ("LEN",)
    if idx:
        argv += ("IDX",)
    if minmatchlen is not None:
        argv += ("MINMATCHLEN", minmatchlen)
    if withmatchlen:
        argv += ("WITHMATCHLEN",)

    return Command(
        codec,
        "LCS",
        argv,
        _R_LcsIdxWithLen if idx and withmatchlen else _R_int if len else _R_LcsIdx if idx else _R_V,
        READONLY,
    )


def lindex(codec: Codec[V], key: Key, index: int) -> Command[V | None]:
    return Command(codec, "LINDEX", ("LINDEX", key, index), _R_opt_V, READONLY)


def linsert(
    codec: Codec[V], key: Key, where: Literal["BEFORE", "AFTER"], pivot: Value, element: Value
) -> Command[int]:
    return Command(codec, "LINSERT", ("LINSERT", key, where, pivot, element), _R_int, WRITE)


def llen(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "LLEN", ("LLEN", key), _R_int, READONLY)


def lmove(
    codec: Codec[V],
    source: Key,
    destination: Key,
    wherefrom: Literal["LEFT", "RIGHT"],
    whereto: Literal["LEFT", "RIGHT"],
) -> Command[V | None]:
    return Command(
        codec, "LMOVE", ("LMOVE", source, destination, wherefrom, whereto), _R_opt_V, WRITE
    )


def lmpop(
    codec: Codec[V], *keys: Key, where: Literal["LEFT", "RIGHT"], count: int | None = None
) -> Command[ListPopResult[V] | None]:
    argv: tuple[Arg, ...] = ("LMPOP", len(keys), *keys, where)
    if count is not None:
        argv += ("COUNT", count)

    return Command(codec, "LMPOP", argv, _R_opt_ListPopResult, WRITE)


def lolwut(codec: Codec[V], version: int | None = None) -> Command[str]:
    argv: tuple[Arg, ...] = ("LOLWUT",)
    if version is not None:
        argv += ("VERSION", version)

    return Command(codec, "LOLWUT", argv, _R_str, READONLY)


def lpop(codec: Codec[V], key: Key, count: int | None = None) -> Command[V | list[V] | None]:
    argv: tuple[Arg, ...] = ("LPOP", key)
    if count is not None:
        argv += (count,)

    return Command(codec, "LPOP", argv, _R_opt_list_V if count is not None else _R_opt_V, WRITE)


def lpos(
    codec: Codec[V],
    key: Key,
    element: Value,
    rank: int | None = None,
    count: int | None = None,
    maxlen: int | None = None,
) -> Command[int | list[int] | None]:
    argv: tuple[Arg, ...] = ("LPOS", key, element)
    if rank is not None:
        argv += ("RANK", rank)
    if count is not None:
        argv += ("COUNT", count)
    if maxlen is not None:
        argv += ("MAXLEN", maxlen)

    return Command(codec, "LPOS", argv, _R_list_int if count is not None else _R_opt_int, READONLY)


def lpush(codec: Codec[V], key: Key, *elements: Value) -> Command[int]:
    return Command(codec, "LPUSH", ("LPUSH", key, *elements), _R_int, WRITE)


def lpushx(codec: Codec[V], key: Key, *elements: Value) -> Command[int]:
    return Command(codec, "LPUSHX", ("LPUSHX", key, *elements), _R_int, WRITE)


def lrange(codec: Codec[V], key: Key, start: int, stop: int) -> Command[list[V]]:
    return Command(codec, "LRANGE", ("LRANGE", key, start, stop), _R_list_V, READONLY)


def lrem(codec: Codec[V], key: Key, count: int, element: Value) -> Command[int]:
    return Command(codec, "LREM", ("LREM", key, count, element), _R_int, WRITE)


def lset(codec: Codec[V], key: Key, index: int, element: Value) -> Command[bool]:
    return Command(codec, "LSET", ("LSET", key, index, element), _R_ok, _WRITE_IDEMPOTENT)


def ltrim(codec: Codec[V], key: Key, start: int, stop: int) -> Command[bool]:
    return Command(codec, "LTRIM", ("LTRIM", key, start, stop), _R_ok, WRITE)


def memory_help(codec: Codec[V]) -> Command[list[str]]:
    return Command(codec, "MEMORY HELP", ("MEMORY", "HELP"), _R_list_str, READONLY)


def memory_usage(codec: Codec[V], key: Key, samples: int | None = None) -> Command[int | None]:
    argv: tuple[Arg, ...] = ("MEMORY", "USAGE", key)
    if samples is not None:
        argv += ("SAMPLES", samples)

    return Command(codec, "MEMORY USAGE", argv, _R_opt_int, READONLY)


def mget(codec: Codec[V], *keys: Key) -> Command[list[V | None]]:
    return Command(codec, "MGET", ("MGET", *keys), _R_list_opt_V, READONLY)


def move(codec: Codec[V], key: Key, db: int) -> Command[bool]:
    return Command(codec, "MOVE", ("MOVE", key, db), _R_bool, WRITE)


def mset(codec: Codec[V], mapping: SupportsItems[Key, Value]) -> Command[bool]:
    argv: list[Arg] = ["MSET"]
    for k, v in mapping.items():
        argv += (k, v)

    return Command(codec, "MSET", tuple(argv), _R_ok, _WRITE_IDEMPOTENT)


def msetex(
    codec: Codec[V],
    mapping: SupportsItems[Key, Value],
    nx: bool = False,
    xx: bool = False,
    ex: int | timedelta | None = None,
    px: int | timedelta | None = None,
    exat: int | datetime | None = None,
    pxat: int | datetime | None = None,
    keepttl: bool = False,
) -> Command[bool]:
    argv: list[Arg] = ["MSETEX", len(mapping.items())]
    for k, v in mapping.items():
        argv += (k, v)
    if nx:
        argv.append("NX")
    if xx:
        argv.append("XX")
    if ex is not None:
        argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "MSETEX", "ex"))
    if px is not None:
        argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "MSETEX", "px"))
    if exat is not None:
        argv += (
            "EXAT",
            exat if isinstance(exat, int) else _cv.unix_seconds(exat, "MSETEX", "exat"),
        )
    if pxat is not None:
        argv += (
            "PXAT",
            pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "MSETEX", "pxat"),
        )
    if keepttl:
        argv.append("KEEPTTL")

    return Command(codec, "MSETEX", tuple(argv), _R_bool, WRITE)


def msetnx(codec: Codec[V], mapping: SupportsItems[Key, Value]) -> Command[bool]:
    argv: list[Arg] = ["MSETNX"]
    for k, v in mapping.items():
        argv += (k, v)

    return Command(codec, "MSETNX", tuple(argv), _R_bool, WRITE)


def object_encoding(codec: Codec[V], key: Key) -> Command[str | None]:
    return Command(codec, "OBJECT ENCODING", ("OBJECT", "ENCODING", key), _R_opt_str, READONLY)


def object_freq(codec: Codec[V], key: Key) -> Command[int | None]:
    return Command(codec, "OBJECT FREQ", ("OBJECT", "FREQ", key), _R_opt_int, READONLY)


def object_help(codec: Codec[V]) -> Command[list[str]]:
    return Command(codec, "OBJECT HELP", ("OBJECT", "HELP"), _R_list_str, READONLY)


def object_idletime(codec: Codec[V], key: Key) -> Command[int | None]:
    return Command(codec, "OBJECT IDLETIME", ("OBJECT", "IDLETIME", key), _R_opt_int, READONLY)


def object_refcount(codec: Codec[V], key: Key) -> Command[int | None]:
    return Command(codec, "OBJECT REFCOUNT", ("OBJECT", "REFCOUNT", key), _R_opt_int, READONLY)


def persist(codec: Codec[V], key: Key) -> Command[bool]:
    return Command(codec, "PERSIST", ("PERSIST", key), _R_bool, WRITE)


def pexpire(
    codec: Codec[V],
    key: Key,
    milliseconds: int | timedelta,
    nx: bool = False,
    xx: bool = False,
    gt: bool = False,
    lt: bool = False,
) -> Command[bool]:
    argv: tuple[Arg, ...] = (
        "PEXPIRE",
        key,
        milliseconds
        if isinstance(milliseconds, int)
        else _cv.milliseconds(milliseconds, "PEXPIRE", "milliseconds"),
    )
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)
    if gt:
        argv += ("GT",)
    if lt:
        argv += ("LT",)

    return Command(codec, "PEXPIRE", argv, _R_bool, WRITE)


def pexpireat(
    codec: Codec[V],
    key: Key,
    unix_time_milliseconds: int | datetime,
    nx: bool = False,
    xx: bool = False,
    gt: bool = False,
    lt: bool = False,
) -> Command[bool]:
    argv: tuple[Arg, ...] = (
        "PEXPIREAT",
        key,
        unix_time_milliseconds
        if isinstance(unix_time_milliseconds, int)
        else _cv.unix_milliseconds(unix_time_milliseconds, "PEXPIREAT", "unix_time_milliseconds"),
    )
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)
    if gt:
        argv += ("GT",)
    if lt:
        argv += ("LT",)

    return Command(codec, "PEXPIREAT", argv, _R_bool, WRITE)


def pexpiretime(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "PEXPIRETIME", ("PEXPIRETIME", key), _R_int, READONLY)


def pfadd(codec: Codec[V], key: Key, *elements: Value) -> Command[bool]:
    return Command(codec, "PFADD", ("PFADD", key, *elements), _R_bool, WRITE)


def pfcount(codec: Codec[V], *keys: Key) -> Command[int]:
    return Command(codec, "PFCOUNT", ("PFCOUNT", *keys), _R_int, READONLY)


def pfmerge(codec: Codec[V], destkey: Key, *sourcekeys: Key) -> Command[bool]:
    return Command(codec, "PFMERGE", ("PFMERGE", destkey, *sourcekeys), _R_ok, _WRITE_IDEMPOTENT)


def ping(codec: Codec[V], message: Value | None = None) -> Command[str | V]:
    argv: tuple[Arg, ...] = ("PING",)
    if message is not None:
        argv += (message,)

    return Command(codec, "PING", argv, _R_V if message is not None else _R_str, READONLY)


def psetex(codec: Codec[V], key: Key, milliseconds: int | timedelta, value: Value) -> Command[bool]:
    return Command(
        codec,
        "PSETEX",
        (
            "PSETEX",
            key,
            milliseconds
            if isinstance(milliseconds, int)
            else _cv.milliseconds(milliseconds, "PSETEX", "milliseconds"),
            value,
        ),
        _R_ok,
        _WRITE_IDEMPOTENT,
    )


def pttl(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "PTTL", ("PTTL", key), _R_int, READONLY)


def publish(codec: Codec[V], channel: Value, message: Value) -> Command[int]:
    return Command(codec, "PUBLISH", ("PUBLISH", channel, message), _R_int, WRITE)


def pubsub_channels(codec: Codec[V], pattern: Value | None = None) -> Command[list[V]]:
    argv: tuple[Arg, ...] = ("PUBSUB", "CHANNELS")
    if pattern is not None:
        argv += (pattern,)

    return Command(codec, "PUBSUB CHANNELS", argv, _R_list_V, READONLY)


def pubsub_help(codec: Codec[V]) -> Command[list[str]]:
    return Command(codec, "PUBSUB HELP", ("PUBSUB", "HELP"), _R_list_str, READONLY)


def pubsub_numpat(codec: Codec[V]) -> Command[int]:
    return Command(codec, "PUBSUB NUMPAT", ("PUBSUB", "NUMPAT"), _R_int, READONLY)


def pubsub_numsub(codec: Codec[V], *channels: Value) -> Command[dict[V, int]]:
    return Command(codec, "PUBSUB NUMSUB", ("PUBSUB", "NUMSUB", *channels), _R_dict_V_int, READONLY)


def pubsub_shardchannels(codec: Codec[V], pattern: Value | None = None) -> Command[list[V]]:
    argv: tuple[Arg, ...] = ("PUBSUB", "SHARDCHANNELS")
    if pattern is not None:
        argv += (pattern,)

    return Command(codec, "PUBSUB SHARDCHANNELS", argv, _R_list_V, READONLY)


def pubsub_shardnumsub(codec: Codec[V], *shardchannels: Value) -> Command[dict[V, int]]:
    return Command(
        codec,
        "PUBSUB SHARDNUMSUB",
        ("PUBSUB", "SHARDNUMSUB", *shardchannels),
        _R_dict_V_int,
        READONLY,
    )


def randomkey(codec: Codec[V]) -> Command[V | None]:
    return Command(codec, "RANDOMKEY", ("RANDOMKEY",), _R_opt_V, READONLY)


def rename(codec: Codec[V], key: Key, newkey: Key) -> Command[bool]:
    return Command(codec, "RENAME", ("RENAME", key, newkey), _R_ok, WRITE)


def renamenx(codec: Codec[V], key: Key, newkey: Key) -> Command[bool]:
    return Command(codec, "RENAMENX", ("RENAMENX", key, newkey), _R_bool, WRITE)


def restore(
    codec: Codec[V],
    key: Key,
    ttl: int,
    serialized_value: Value,
    replace: bool = False,
    absttl: bool = False,
    idletime: int | None = None,
    freq: int | None = None,
) -> Command[bool]:
    argv: tuple[Arg, ...] = ("RESTORE", key, ttl, serialized_value)
    if replace:
        argv += ("REPLACE",)
    if absttl:
        argv += ("ABSTTL",)
    if idletime is not None:
        argv += ("IDLETIME", idletime)
    if freq is not None:
        argv += ("FREQ", freq)

    return Command(codec, "RESTORE", argv, _R_ok, WRITE)


def rpop(codec: Codec[V], key: Key, count: int | None = None) -> Command[V | list[V] | None]:
    argv: tuple[Arg, ...] = ("RPOP", key)
    if count is not None:
        argv += (count,)

    return Command(codec, "RPOP", argv, _R_opt_list_V if count is not None else _R_opt_V, WRITE)


def rpoplpush(codec: Codec[V], source: Key, destination: Key) -> Command[V | None]:
    return Command(codec, "RPOPLPUSH", ("RPOPLPUSH", source, destination), _R_opt_V, WRITE)


def rpush(codec: Codec[V], key: Key, *elements: Value) -> Command[int]:
    return Command(codec, "RPUSH", ("RPUSH", key, *elements), _R_int, WRITE)


def rpushx(codec: Codec[V], key: Key, *elements: Value) -> Command[int]:
    return Command(codec, "RPUSHX", ("RPUSHX", key, *elements), _R_int, WRITE)


def sadd(codec: Codec[V], key: Key, *members: Value) -> Command[int]:
    return Command(codec, "SADD", ("SADD", key, *members), _R_int, WRITE)


def scan(
    codec: Codec[V],
    cursor: int = 0,
    match: Value | None = None,
    count: int | None = None,
    type: Value | None = None,
) -> Command[tuple[int, list[V]]]:
    argv: tuple[Arg, ...] = ("SCAN", cursor)
    if match is not None:
        argv += ("MATCH", match)
    if count is not None:
        argv += ("COUNT", count)
    if type is not None:
        argv += ("TYPE", type)

    return Command(codec, "SCAN", argv, _R_tuple2_intstr_list_V, READONLY)


def scard(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "SCARD", ("SCARD", key), _R_int, READONLY)


def script_exists(codec: Codec[V], *sha1s: Value) -> Command[list[bool]]:
    return Command(codec, "SCRIPT EXISTS", ("SCRIPT", "EXISTS", *sha1s), _R_list_bool, READONLY)


def script_flush(codec: Codec[V], async_: bool = False, sync: bool = False) -> Command[bool]:
    argv: tuple[Arg, ...] = ("SCRIPT", "FLUSH")
    if async_:
        argv += ("ASYNC",)
    if sync:
        argv += ("SYNC",)

    return Command(codec, "SCRIPT FLUSH", argv, _R_ok, _WRITE_IDEMPOTENT)


def script_help(codec: Codec[V]) -> Command[list[str]]:
    return Command(codec, "SCRIPT HELP", ("SCRIPT", "HELP"), _R_list_str, READONLY)


def script_load(codec: Codec[V], script: Value) -> Command[str]:
    return Command(codec, "SCRIPT LOAD", ("SCRIPT", "LOAD", script), _R_str, READONLY)


def script_show(codec: Codec[V], sha1: Value) -> Command[V]:
    return Command(codec, "SCRIPT SHOW", ("SCRIPT", "SHOW", sha1), _R_V, READONLY)


def sdiff(codec: Codec[V], *keys: Key) -> Command[list[V]]:
    return Command(codec, "SDIFF", ("SDIFF", *keys), _R_list_V, READONLY)


def sdiffstore(codec: Codec[V], destination: Key, *keys: Key) -> Command[int]:
    return Command(codec, "SDIFFSTORE", ("SDIFFSTORE", destination, *keys), _R_int, WRITE)


def set(
    codec: Codec[V],
    key: Key,
    value: Value,
    nx: bool = False,
    xx: bool = False,
    ifeq: Value | None = None,
    get: bool = False,
    ex: int | timedelta | None = None,
    px: int | timedelta | None = None,
    exat: int | datetime | None = None,
    pxat: int | datetime | None = None,
    keepttl: bool = False,
) -> Command[bool | V | None]:
    argv: tuple[Arg, ...] = ("SET", key, value)
    if nx:
        argv += ("NX",)
    if xx:
        argv += ("XX",)
    if ifeq is not None:
        argv += ("IFEQ", ifeq)
    if get:
        argv += ("GET",)
    if ex is not None:
        argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "SET", "ex"))
    if px is not None:
        argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "SET", "px"))
    if exat is not None:
        argv += ("EXAT", exat if isinstance(exat, int) else _cv.unix_seconds(exat, "SET", "exat"))
    if pxat is not None:
        argv += (
            "PXAT",
            pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "SET", "pxat"),
        )
    if keepttl:
        argv += ("KEEPTTL",)

    return Command(codec, "SET", argv, _R_opt_V if get else _R_opt_ok, WRITE)


def setbit(codec: Codec[V], key: Key, offset: int, value: int) -> Command[int]:
    return Command(codec, "SETBIT", ("SETBIT", key, offset, value), _R_int, WRITE)


def setex(codec: Codec[V], key: Key, seconds: int | timedelta, value: Value) -> Command[bool]:
    return Command(
        codec,
        "SETEX",
        (
            "SETEX",
            key,
            seconds if isinstance(seconds, int) else _cv.seconds(seconds, "SETEX", "seconds"),
            value,
        ),
        _R_ok,
        _WRITE_IDEMPOTENT,
    )


def setnx(codec: Codec[V], key: Key, value: Value) -> Command[bool]:
    return Command(codec, "SETNX", ("SETNX", key, value), _R_bool, WRITE)


def setrange(codec: Codec[V], key: Key, offset: int, value: Value) -> Command[int]:
    return Command(codec, "SETRANGE", ("SETRANGE", key, offset, value), _R_int, _WRITE_IDEMPOTENT)


def sinter(codec: Codec[V], *keys: Key) -> Command[list[V]]:
    return Command(codec, "SINTER", ("SINTER", *keys), _R_list_V, READONLY)


def sintercard(codec: Codec[V], *keys: Key, limit: int | None = None) -> Command[int]:
    argv: tuple[Arg, ...] = ("SINTERCARD", len(keys), *keys)
    if limit is not None:
        argv += ("LIMIT", limit)

    return Command(codec, "SINTERCARD", argv, _R_int, READONLY)


def sinterstore(codec: Codec[V], destination: Key, *keys: Key) -> Command[int]:
    return Command(codec, "SINTERSTORE", ("SINTERSTORE", destination, *keys), _R_int, WRITE)


def sismember(codec: Codec[V], key: Key, member: Value) -> Command[bool]:
    return Command(codec, "SISMEMBER", ("SISMEMBER", key, member), _R_bool, READONLY)


def smembers(codec: Codec[V], key: Key) -> Command[list[V]]:
    return Command(codec, "SMEMBERS", ("SMEMBERS", key), _R_list_V, READONLY)


def smismember(codec: Codec[V], key: Key, *members: Value) -> Command[list[bool]]:
    return Command(codec, "SMISMEMBER", ("SMISMEMBER", key, *members), _R_list_bool, READONLY)


def smove(codec: Codec[V], source: Key, destination: Key, member: Value) -> Command[bool]:
    return Command(codec, "SMOVE", ("SMOVE", source, destination, member), _R_bool, WRITE)


def sort(
    codec: Codec[V],
    key: Key,
    by: Value | None = None,
    limit: tuple[int, int] | None = None,
    get: Sequence[Value] | None = None,
    asc: bool = False,
    desc: bool = False,
    alpha: bool = False,
    store: Key | None = None,
) -> Command[list[V] | list[V | None] | int]:
    argv: list[Arg] = ["SORT", key]
    if by is not None:
        argv += ("BY", by)
    if limit is not None:
        argv.append("LIMIT")
        argv.extend(limit)
    if get is not None:
        for item in get:
            argv += ("GET", item)
    if asc:
        argv.append("ASC")
    if desc:
        argv.append("DESC")
    if alpha:
        argv.append("ALPHA")
    if store is not None:
        argv += ("STORE", store)

    return Command(
        codec,
        "SORT",
        tuple(argv),
        _R_int
        if get is not None and store is not None
        else _R_list_opt_V
        if get is not None
        else _R_int
        if store is not None
        else _R_list_V,
        WRITE,
    )


def sort_ro(
    codec: Codec[V],
    key: Key,
    by: Value | None = None,
    limit: tuple[int, int] | None = None,
    get: Sequence[Value] | None = None,
    asc: bool = False,
    desc: bool = False,
    alpha: bool = False,
) -> Command[list[V] | list[V | None]]:
    argv: list[Arg] = ["SORT_RO", key]
    if by is not None:
        argv += ("BY", by)
    if limit is not None:
        argv.append("LIMIT")
        argv.extend(limit)
    if get is not None:
        for item in get:
            argv += ("GET", item)
    if asc:
        argv.append("ASC")
    if desc:
        argv.append("DESC")
    if alpha:
        argv.append("ALPHA")

    return Command(
        codec, "SORT_RO", tuple(argv), _R_list_opt_V if get is not None else _R_list_V, READONLY
    )


def spop(codec: Codec[V], key: Key, count: int | None = None) -> Command[V | list[V] | None]:
    argv: tuple[Arg, ...] = ("SPOP", key)
    if count is not None:
        argv += (count,)

    return Command(codec, "SPOP", argv, _R_list_V if count is not None else _R_opt_V, WRITE)


def spublish(codec: Codec[V], shardchannel: Value, message: Value) -> Command[int]:
    return Command(codec, "SPUBLISH", ("SPUBLISH", shardchannel, message), _R_int, WRITE)


def srandmember(codec: Codec[V], key: Key, count: int | None = None) -> Command[V | list[V] | None]:
    argv: tuple[Arg, ...] = ("SRANDMEMBER", key)
    if count is not None:
        argv += (count,)

    return Command(
        codec, "SRANDMEMBER", argv, _R_list_V if count is not None else _R_opt_V, READONLY
    )


def srem(codec: Codec[V], key: Key, *members: Value) -> Command[int]:
    return Command(codec, "SREM", ("SREM", key, *members), _R_int, WRITE)


def sscan(
    codec: Codec[V], key: Key, cursor: int = 0, match: Value | None = None, count: int | None = None
) -> Command[tuple[int, list[V]]]:
    argv: tuple[Arg, ...] = ("SSCAN", key, cursor)
    if match is not None:
        argv += ("MATCH", match)
    if count is not None:
        argv += ("COUNT", count)

    return Command(codec, "SSCAN", argv, _R_tuple2_intstr_list_V, READONLY)


def strlen(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "STRLEN", ("STRLEN", key), _R_int, READONLY)


def substr(codec: Codec[V], key: Key, start: int, end: int) -> Command[V]:
    return Command(codec, "SUBSTR", ("SUBSTR", key, start, end), _R_V, READONLY)


def sunion(codec: Codec[V], *keys: Key) -> Command[list[V]]:
    return Command(codec, "SUNION", ("SUNION", *keys), _R_list_V, READONLY)


def sunionstore(codec: Codec[V], destination: Key, *keys: Key) -> Command[int]:
    return Command(codec, "SUNIONSTORE", ("SUNIONSTORE", destination, *keys), _R_int, WRITE)


def time(codec: Codec[V]) -> Command[tuple[int, int]]:
    return Command(codec, "TIME", ("TIME",), _R_tuple2_intstr_intstr, READONLY)


def touch(codec: Codec[V], *keys: Key) -> Command[int]:
    return Command(codec, "TOUCH", ("TOUCH", *keys), _R_int, READONLY)


def ttl(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "TTL", ("TTL", key), _R_int, READONLY)


def type(codec: Codec[V], key: Key) -> Command[str]:
    return Command(codec, "TYPE", ("TYPE", key), _R_str, READONLY)


def unlink(codec: Codec[V], *keys: Key) -> Command[int]:
    return Command(codec, "UNLINK", ("UNLINK", *keys), _R_int, WRITE)


def xack(codec: Codec[V], key: Key, group: Value, *ids: Value) -> Command[int]:
    return Command(codec, "XACK", ("XACK", key, group, *ids), _R_int, WRITE)


def xackdel(
    codec: Codec[V],
    key: Key,
    group: Value,
    *ids: Value,
    keepref: bool = False,
    delref: bool = False,
    acked: bool = False,
) -> Command[list[XAckDelResult]]:
    argv: tuple[Arg, ...] = ("XACKDEL", key, group)
    if keepref:
        argv += ("KEEPREF",)
    if delref:
        argv += ("DELREF",)
    if acked:
        argv += ("ACKED",)
    argv += ("IDS", len(ids))
    argv += tuple(ids)

    return Command(codec, "XACKDEL", argv, _R_list_XAckDelResult, WRITE)


def xadd(
    codec: Codec[V],
    key: Key,
    fields: SupportsItems[Value, Value],
    nomkstream: bool = False,
    strategy: Literal["MAXLEN", "MINID"] | None = None,
    equal: bool = False,
    approximately: bool = False,
    threshold: Value | None = None,
    limit: int | None = None,
    id: str | bytes = "*",
) -> Command[V | None]:
    argv: list[Arg] = ["XADD", key]
    if nomkstream:
        argv.append("NOMKSTREAM")
    if strategy is not None:
        argv.append(strategy)
    if equal:
        argv.append("=")
    if approximately:
        argv.append("~")
    if threshold is not None:
        argv.append(threshold)
    if limit is not None:
        argv += ("LIMIT", limit)
    argv.append(id)
    for k, v in fields.items():
        argv += (k, v)

    return Command(codec, "XADD", tuple(argv), _R_opt_V if nomkstream else _R_V, WRITE)


def xautoclaim(
    codec: Codec[V],
    key: Key,
    group: Value,
    consumer: Value,
    min_idle_time: int,
    start: Value = "0-0",
    count: int | None = None,
    justid: bool = False,
) -> Command[XAutoClaimResult[V] | XAutoClaimJustIdResult[V]]:
    argv: tuple[Arg, ...] = ("XAUTOCLAIM", key, group, consumer, min_idle_time, start)
    if count is not None:
        argv += ("COUNT", count)
    if justid:
        argv += ("JUSTID",)

    return Command(
        codec,
        "XAUTOCLAIM",
        argv,
        _R_XAutoClaimJustIdResult if justid else _R_XAutoClaimResult,
        WRITE,
    )


def xclaim(
    codec: Codec[V],
    key: Key,
    group: Value,
    consumer: Value,
    min_idle_time: int,
    *ids: Value,
    idle: int | None = None,
    time: int | None = None,
    retrycount: int | None = None,
    force: bool = False,
    justid: bool = False,
    lastid: Value | None = None,
) -> Command[list[StreamEntry[V]] | list[V]]:
    argv: tuple[Arg, ...] = ("XCLAIM", key, group, consumer, min_idle_time, *ids)
    if idle is not None:
        argv += ("IDLE", idle)
    if time is not None:
        argv += ("TIME", time)
    if retrycount is not None:
        argv += ("RETRYCOUNT", retrycount)
    if force:
        argv += ("FORCE",)
    if justid:
        argv += ("JUSTID",)
    if lastid is not None:
        argv += ("LASTID", lastid)

    return Command(codec, "XCLAIM", argv, _R_list_V if justid else _R_list_StreamEntry, WRITE)


def xdel(codec: Codec[V], key: Key, *ids: Value) -> Command[int]:
    return Command(codec, "XDEL", ("XDEL", key, *ids), _R_int, WRITE)


def xdelex(
    codec: Codec[V],
    key: Key,
    *ids: Value,
    keepref: bool = False,
    delref: bool = False,
    acked: bool = False,
) -> Command[list[XDelExResult]]:
    argv: tuple[Arg, ...] = ("XDELEX", key)
    if keepref:
        argv += ("KEEPREF",)
    if delref:
        argv += ("DELREF",)
    if acked:
        argv += ("ACKED",)
    argv += ("IDS", len(ids))
    argv += tuple(ids)

    return Command(codec, "XDELEX", argv, _R_list_XDelExResult, WRITE)


def xgroup_create(
    codec: Codec[V],
    key: Key,
    groupname: Value,
    id: str | bytes = "$",
    mkstream: bool = False,
    entriesread: int | None = None,
) -> Command[bool]:
    argv: tuple[Arg, ...] = ("XGROUP", "CREATE", key, groupname, id)
    if mkstream:
        argv += ("MKSTREAM",)
    if entriesread is not None:
        argv += ("ENTRIESREAD", entriesread)

    return Command(codec, "XGROUP CREATE", argv, _R_ok, WRITE)


def xgroup_createconsumer(
    codec: Codec[V], key: Key, groupname: Value, consumername: Value
) -> Command[bool]:
    return Command(
        codec,
        "XGROUP CREATECONSUMER",
        ("XGROUP", "CREATECONSUMER", key, groupname, consumername),
        _R_bool,
        WRITE,
    )


def xgroup_delconsumer(
    codec: Codec[V], key: Key, groupname: Value, consumername: Value
) -> Command[int]:
    return Command(
        codec,
        "XGROUP DELCONSUMER",
        ("XGROUP", "DELCONSUMER", key, groupname, consumername),
        _R_int,
        WRITE,
    )


def xgroup_destroy(codec: Codec[V], key: Key, groupname: Value) -> Command[bool]:
    return Command(codec, "XGROUP DESTROY", ("XGROUP", "DESTROY", key, groupname), _R_bool, WRITE)


def xgroup_help(codec: Codec[V]) -> Command[list[str]]:
    return Command(codec, "XGROUP HELP", ("XGROUP", "HELP"), _R_list_str, READONLY)


def xgroup_setid(
    codec: Codec[V], key: Key, groupname: Value, id: str | bytes, entriesread: int | None = None
) -> Command[bool]:
    argv: tuple[Arg, ...] = ("XGROUP", "SETID", key, groupname, id)
    if entriesread is not None:
        argv += ("ENTRIESREAD", entriesread)

    return Command(codec, "XGROUP SETID", argv, _R_ok, _WRITE_IDEMPOTENT)


def xinfo_consumers(codec: Codec[V], key: Key, groupname: Value) -> Command[list[XInfoConsumer[V]]]:
    return Command(
        codec,
        "XINFO CONSUMERS",
        ("XINFO", "CONSUMERS", key, groupname),
        _R_list_XInfoConsumer,
        READONLY,
    )


def xinfo_groups(codec: Codec[V], key: Key) -> Command[list[XInfoGroup[V]]]:
    return Command(codec, "XINFO GROUPS", ("XINFO", "GROUPS", key), _R_list_XInfoGroup, READONLY)


def xinfo_help(codec: Codec[V]) -> Command[list[str]]:
    return Command(codec, "XINFO HELP", ("XINFO", "HELP"), _R_list_str, READONLY)


def xinfo_stream(
    codec: Codec[V], key: Key, full: bool = False, count: int | None = None
) -> Command[XInfoStream[V] | XInfoStreamFull[V]]:
    argv: tuple[Arg, ...] = ("XINFO", "STREAM", key)
    if full:
        argv += ("FULL",)
        if count is not None:
            argv += ("COUNT", count)

    return Command(
        codec, "XINFO STREAM", argv, _R_XInfoStreamFull if full else _R_XInfoStream, READONLY
    )


def xlen(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "XLEN", ("XLEN", key), _R_int, READONLY)


def xpending(
    codec: Codec[V],
    key: Key,
    group: Value,
    idle: int | None = None,
    start: Value | None = None,
    end: Value | None = None,
    count: int | None = None,
    consumer: Value | None = None,
) -> Command[XPendingSummary[V] | list[XPendingEntry[V]]]:
    argv: tuple[Arg, ...] = ("XPENDING", key, group)
    if idle is not None:
        argv += ("IDLE", idle)
    if start is not None:
        argv += (start,)
    if end is not None:
        argv += (end,)
    if count is not None:
        argv += (count,)
    if consumer is not None:
        argv += (consumer,)

    return Command(
        codec,
        "XPENDING",
        argv,
        _R_list_XPendingEntry if count is not None else _R_XPendingSummary,
        READONLY,
    )


def xrange(
    codec: Codec[V], key: Key, start: Value = "-", end: Value = "+", count: int | None = None
) -> Command[list[StreamEntry[V]]]:
    argv: tuple[Arg, ...] = ("XRANGE", key, start, end)
    if count is not None:
        argv += ("COUNT", count)

    return Command(codec, "XRANGE", argv, _R_list_StreamEntry, READONLY)


def xread(
    codec: Codec[V], streams: SupportsItems[Key, Value], count: int | None = None
) -> Command[list[XReadStream[V]] | None]:
    argv: list[Arg] = ["XREAD"]
    if count is not None:
        argv += ("COUNT", count)
    argv.append("STREAMS")
    for k, _ in streams.items():
        argv.append(k)
    for _, v in streams.items():
        argv.append(v)

    return Command(codec, "XREAD", tuple(argv), _R_opt_list_XReadStream, READONLY)


def xreadgroup(
    codec: Codec[V],
    group: Value,
    consumer: Value,
    streams: SupportsItems[Key, Value],
    count: int | None = None,
    noack: bool = False,
) -> Command[list[XReadGroupStream[V]] | None]:
    argv: list[Arg] = ["XREADGROUP", "GROUP", group, consumer]
    if count is not None:
        argv += ("COUNT", count)
    if noack:
        argv.append("NOACK")
    argv.append("STREAMS")
    for k, _ in streams.items():
        argv.append(k)
    for _, v in streams.items():
        argv.append(v)

    return Command(codec, "XREADGROUP", tuple(argv), _R_opt_list_XReadGroupStream, WRITE)


def xrevrange(
    codec: Codec[V], key: Key, end: Value = "+", start: Value = "-", count: int | None = None
) -> Command[list[StreamEntry[V]]]:
    argv: tuple[Arg, ...] = ("XREVRANGE", key, end, start)
    if count is not None:
        argv += ("COUNT", count)

    return Command(codec, "XREVRANGE", argv, _R_list_StreamEntry, READONLY)


def xsetid(
    codec: Codec[V],
    key: Key,
    last_id: Value,
    entriesadded: int | None = None,
    maxdeletedid: Value | None = None,
) -> Command[bool]:
    argv: tuple[Arg, ...] = ("XSETID", key, last_id)
    if entriesadded is not None:
        argv += ("ENTRIESADDED", entriesadded)
    if maxdeletedid is not None:
        argv += ("MAXDELETEDID", maxdeletedid)

    return Command(codec, "XSETID", argv, _R_ok, _WRITE_IDEMPOTENT)


def xtrim(
    codec: Codec[V],
    key: Key,
    strategy: Literal["MAXLEN", "MINID"],
    threshold: Value,
    equal: bool = False,
    approximately: bool = False,
    limit: int | None = None,
) -> Command[int]:
    argv: tuple[Arg, ...] = ("XTRIM", key, strategy)
    if equal:
        argv += ("=",)
    if approximately:
        argv += ("~",)
    argv += (threshold,)
    if limit is not None:
        argv += ("LIMIT", limit)

    return Command(codec, "XTRIM", argv, _R_int, WRITE)


def zadd(
    codec: Codec[V],
    key: Key,
    mapping: SupportsItems[Value, float],
    nx: bool = False,
    xx: bool = False,
    gt: bool = False,
    lt: bool = False,
    ch: bool = False,
    incr: bool = False,
) -> Command[int | float | None]:
    argv: list[Arg] = ["ZADD", key]
    if nx:
        argv.append("NX")
    if xx:
        argv.append("XX")
    if gt:
        argv.append("GT")
    if lt:
        argv.append("LT")
    if ch:
        argv.append("CH")
    if incr:
        argv.append("INCR")
    for k, v in mapping.items():
        argv += (v, k)

    return Command(codec, "ZADD", tuple(argv), _R_opt_float if incr else _R_int, WRITE)


def zcard(codec: Codec[V], key: Key) -> Command[int]:
    return Command(codec, "ZCARD", ("ZCARD", key), _R_int, READONLY)


def zcount(codec: Codec[V], key: Key, min: float | str, max: float | str) -> Command[int]:
    return Command(codec, "ZCOUNT", ("ZCOUNT", key, min, max), _R_int, READONLY)


def zdiff(
    codec: Codec[V], *keys: Key, withscores: bool = False
) -> Command[list[V] | list[tuple[V, float]]]:
    argv: tuple[Arg, ...] = ("ZDIFF", len(keys), *keys)
    if withscores:
        argv += ("WITHSCORES",)

    return Command(codec, "ZDIFF", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY)


def zdiffstore(codec: Codec[V], destination: Key, *keys: Key) -> Command[int]:
    return Command(
        codec, "ZDIFFSTORE", ("ZDIFFSTORE", destination, len(keys), *keys), _R_int, WRITE
    )


def zincrby(codec: Codec[V], key: Key, increment: float, member: Value) -> Command[float]:
    return Command(codec, "ZINCRBY", ("ZINCRBY", key, increment, member), _R_float, WRITE)


def zinter(
    codec: Codec[V],
    *keys: Key,
    weights: Sequence[float] | None = None,
    aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
    withscores: bool = False,
) -> Command[list[V] | list[tuple[V, float]]]:
    argv: tuple[Arg, ...] = ("ZINTER", len(keys), *keys)
    if weights is not None:
        argv += ("WEIGHTS",)
        argv += tuple(weights)
    if aggregate is not None:
        argv += ("AGGREGATE", aggregate)
    if withscores:
        argv += ("WITHSCORES",)

    return Command(codec, "ZINTER", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY)


def zintercard(codec: Codec[V], *keys: Key, limit: int | None = None) -> Command[int]:
    argv: tuple[Arg, ...] = ("ZINTERCARD", len(keys), *keys)
    if limit is not None:
        argv += ("LIMIT", limit)

    return Command(codec, "ZINTERCARD", argv, _R_int, READONLY)


def zinterstore(
    codec: Codec[V],
    destination: Key,
    *keys: Key,
    weights: Sequence[float] | None = None,
    aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
) -> Command[int]:
    argv: tuple[Arg, ...] = ("ZINTERSTORE", destination, len(keys), *keys)
    if weights is not None:
        argv += ("WEIGHTS",)
        argv += tuple(weights)
    if aggregate is not None:
        argv += ("AGGREGATE", aggregate)

    return Command(codec, "ZINTERSTORE", argv, _R_int, WRITE)


def zlexcount(codec: Codec[V], key: Key, min: Value, max: Value) -> Command[int]:
    return Command(codec, "ZLEXCOUNT", ("ZLEXCOUNT", key, min, max), _R_int, READONLY)


def zmpop(
    codec: Codec[V], keys: Sequence[Key], where: Literal["MIN", "MAX"], count: int | None = None
) -> Command[ZMPopResult[V] | None]:
    argv: tuple[Arg, ...] = ("ZMPOP", len(keys), *keys, where)
    if count is not None:
        argv += ("COUNT", count)

    return Command(codec, "ZMPOP", argv, _R_opt_ZMPopResult, WRITE)


def zmscore(codec: Codec[V], key: Key, *members: Value) -> Command[list[float | None]]:
    return Command(codec, "ZMSCORE", ("ZMSCORE", key, *members), _R_list_opt_float, READONLY)


def zpopmax(
    codec: Codec[V], key: Key, count: int | None = None
) -> Command[tuple[V, float] | list[tuple[V, float]] | None]:
    argv: tuple[Arg, ...] = ("ZPOPMAX", key)
    if count is not None:
        argv += (count,)

    return Command(
        codec,
        "ZPOPMAX",
        argv,
        _R_pairs_V_float if count is not None else _R_first_pairs_V_float,
        WRITE,
    )


def zpopmin(
    codec: Codec[V], key: Key, count: int | None = None
) -> Command[tuple[V, float] | list[tuple[V, float]] | None]:
    argv: tuple[Arg, ...] = ("ZPOPMIN", key)
    if count is not None:
        argv += (count,)

    return Command(
        codec,
        "ZPOPMIN",
        argv,
        _R_pairs_V_float if count is not None else _R_first_pairs_V_float,
        WRITE,
    )


def zrandmember(
    codec: Codec[V], key: Key, count: int | None = None, withscores: bool = False
) -> Command[V | list[V] | list[tuple[V, float]] | None]:
    argv: tuple[Arg, ...] = ("ZRANDMEMBER", key)
    if count is not None:
        argv += (count,)
    if withscores:
        argv += ("WITHSCORES",)

    return Command(
        codec,
        "ZRANDMEMBER",
        argv,
        _R_pairs_V_float
        if count is not None and withscores
        else _R_list_V
        if count is not None
        else _R_opt_V,
        READONLY,
    )


def zrange(
    codec: Codec[V],
    key: Key,
    start: Value,
    stop: Value,
    byscore: bool = False,
    bylex: bool = False,
    rev: bool = False,
    limit: tuple[int, int] | None = None,
    withscores: bool = False,
) -> Command[list[V] | list[tuple[V, float]]]:
    argv: tuple[Arg, ...] = ("ZRANGE", key, start, stop)
    if byscore:
        argv += ("BYSCORE",)
    if bylex:
        argv += ("BYLEX",)
    if rev:
        argv += ("REV",)
    if limit is not None:
        argv += ("LIMIT",)
        argv += tuple(limit)
    if withscores:
        argv += ("WITHSCORES",)

    return Command(codec, "ZRANGE", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY)


def zrangebylex(
    codec: Codec[V], key: Key, min: Value, max: Value, limit: tuple[int, int] | None = None
) -> Command[list[V]]:
    argv: tuple[Arg, ...] = ("ZRANGEBYLEX", key, min, max)
    if limit is not None:
        argv += ("LIMIT",)
        argv += tuple(limit)

    return Command(codec, "ZRANGEBYLEX", argv, _R_list_V, READONLY)


def zrangebyscore(
    codec: Codec[V],
    key: Key,
    min: float | str,
    max: float | str,
    withscores: bool = False,
    limit: tuple[int, int] | None = None,
) -> Command[list[V] | list[tuple[V, float]]]:
    argv: tuple[Arg, ...] = ("ZRANGEBYSCORE", key, min, max)
    if withscores:
        argv += ("WITHSCORES",)
    if limit is not None:
        argv += ("LIMIT",)
        argv += tuple(limit)

    return Command(
        codec, "ZRANGEBYSCORE", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
    )


def zrangestore(
    codec: Codec[V],
    dst: Key,
    src: Key,
    min: Value,
    max: Value,
    byscore: bool = False,
    bylex: bool = False,
    rev: bool = False,
    limit: tuple[int, int] | None = None,
) -> Command[int]:
    argv: tuple[Arg, ...] = ("ZRANGESTORE", dst, src, min, max)
    if byscore:
        argv += ("BYSCORE",)
    if bylex:
        argv += ("BYLEX",)
    if rev:
        argv += ("REV",)
    if limit is not None:
        argv += ("LIMIT",)
        argv += tuple(limit)

    return Command(codec, "ZRANGESTORE", argv, _R_int, WRITE)


def zrank(
    codec: Codec[V], key: Key, member: Value, withscore: bool = False
) -> Command[int | tuple[int, float] | None]:
    argv: tuple[Arg, ...] = ("ZRANK", key, member)
    if withscore:
        argv += ("WITHSCORE",)

    return Command(
        codec, "ZRANK", argv, _R_opt_tuple2_int_float if withscore else _R_opt_int, READONLY
    )


def zrem(codec: Codec[V], key: Key, *members: Value) -> Command[int]:
    return Command(codec, "ZREM", ("ZREM", key, *members), _R_int, WRITE)


def zremrangebylex(codec: Codec[V], key: Key, min: Value, max: Value) -> Command[int]:
    return Command(codec, "ZREMRANGEBYLEX", ("ZREMRANGEBYLEX", key, min, max), _R_int, WRITE)


def zremrangebyrank(codec: Codec[V], key: Key, start: int, stop: int) -> Command[int]:
    return Command(codec, "ZREMRANGEBYRANK", ("ZREMRANGEBYRANK", key, start, stop), _R_int, WRITE)


def zremrangebyscore(codec: Codec[V], key: Key, min: float | str, max: float | str) -> Command[int]:
    return Command(codec, "ZREMRANGEBYSCORE", ("ZREMRANGEBYSCORE", key, min, max), _R_int, WRITE)


def zrevrange(
    codec: Codec[V], key: Key, start: int, stop: int, withscores: bool = False
) -> Command[list[V] | list[tuple[V, float]]]:
    argv: tuple[Arg, ...] = ("ZREVRANGE", key, start, stop)
    if withscores:
        argv += ("WITHSCORES",)

    return Command(
        codec, "ZREVRANGE", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
    )


def zrevrangebylex(
    codec: Codec[V], key: Key, max: Value, min: Value, limit: tuple[int, int] | None = None
) -> Command[list[V]]:
    argv: tuple[Arg, ...] = ("ZREVRANGEBYLEX", key, max, min)
    if limit is not None:
        argv += ("LIMIT",)
        argv += tuple(limit)

    return Command(codec, "ZREVRANGEBYLEX", argv, _R_list_V, READONLY)


def zrevrangebyscore(
    codec: Codec[V],
    key: Key,
    max: float | str,
    min: float | str,
    withscores: bool = False,
    limit: tuple[int, int] | None = None,
) -> Command[list[V] | list[tuple[V, float]]]:
    argv: tuple[Arg, ...] = ("ZREVRANGEBYSCORE", key, max, min)
    if withscores:
        argv += ("WITHSCORES",)
    if limit is not None:
        argv += ("LIMIT",)
        argv += tuple(limit)

    return Command(
        codec, "ZREVRANGEBYSCORE", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
    )


def zrevrank(
    codec: Codec[V], key: Key, member: Value, withscore: bool = False
) -> Command[int | tuple[int, float] | None]:
    argv: tuple[Arg, ...] = ("ZREVRANK", key, member)
    if withscore:
        argv += ("WITHSCORE",)

    return Command(
        codec, "ZREVRANK", argv, _R_opt_tuple2_int_float if withscore else _R_opt_int, READONLY
    )


def zscan(
    codec: Codec[V],
    key: Key,
    cursor: int = 0,
    match: Value | None = None,
    count: int | None = None,
    noscores: bool = False,
) -> Command[tuple[int, list[tuple[V, float]]] | tuple[int, list[V]]]:
    argv: tuple[Arg, ...] = ("ZSCAN", key, cursor)
    if match is not None:
        argv += ("MATCH", match)
    if count is not None:
        argv += ("COUNT", count)
    if noscores:
        argv += ("NOSCORES",)

    return Command(
        codec,
        "ZSCAN",
        argv,
        _R_tuple2_intstr_list_V if noscores else _R_tuple2_intstr_pairs_V_float,
        READONLY,
    )


def zscore(codec: Codec[V], key: Key, member: Value) -> Command[float | None]:
    return Command(codec, "ZSCORE", ("ZSCORE", key, member), _R_opt_float, READONLY)


def zunion(
    codec: Codec[V],
    *keys: Key,
    weights: Sequence[float] | None = None,
    aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
    withscores: bool = False,
) -> Command[list[V] | list[tuple[V, float]]]:
    argv: tuple[Arg, ...] = ("ZUNION", len(keys), *keys)
    if weights is not None:
        argv += ("WEIGHTS",)
        argv += tuple(weights)
    if aggregate is not None:
        argv += ("AGGREGATE", aggregate)
    if withscores:
        argv += ("WITHSCORES",)

    return Command(codec, "ZUNION", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY)


def zunionstore(
    codec: Codec[V],
    destination: Key,
    *keys: Key,
    weights: Sequence[float] | None = None,
    aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
) -> Command[int]:
    argv: tuple[Arg, ...] = ("ZUNIONSTORE", destination, len(keys), *keys)
    if weights is not None:
        argv += ("WEIGHTS",)
        argv += tuple(weights)
    if aggregate is not None:
        argv += ("AGGREGATE", aggregate)

    return Command(codec, "ZUNIONSTORE", argv, _R_int, WRITE)


#: Every command's spec flags by its name (`"GET"`, `"CLIENT INFO"`, `"JSON.SET"`), for an
#: executor that has an argv instead of a builder's arguments (`redisrest call`).
FLAGS: dict[str, int] = {
    "APPEND": WRITE,
    "BITCOUNT": READONLY,
    "BITFIELD": WRITE,
    "BITFIELD_RO": READONLY,
    "BITOP": WRITE,
    "BITPOS": READONLY,
    "CLIENT ID": READONLY,
    "CLIENT INFO": READONLY,
    "COMMAND COUNT": READONLY,
    "COMMAND DOCS": READONLY,
    "COMMAND GETKEYS": READONLY,
    "COMMAND GETKEYSANDFLAGS": READONLY,
    "COMMAND HELP": READONLY,
    "COMMAND INFO": READONLY,
    "COMMAND LIST": READONLY,
    "CONFIG GET": READONLY,
    "CONFIG HELP": READONLY,
    "COPY": WRITE,
    "DBSIZE": READONLY,
    "DECR": WRITE,
    "DECRBY": WRITE,
    "DEL": WRITE,
    "DELIFEQ": WRITE,
    "DUMP": READONLY,
    "ECHO": READONLY,
    "EVAL": WRITE,
    "EVAL_RO": READONLY,
    "EVALSHA": WRITE,
    "EVALSHA_RO": READONLY,
    "EXISTS": READONLY,
    "EXPIRE": WRITE,
    "EXPIREAT": WRITE,
    "EXPIRETIME": READONLY,
    "FCALL": WRITE,
    "FCALL_RO": READONLY,
    "FLUSHALL": _WRITE_IDEMPOTENT,
    "FLUSHDB": _WRITE_IDEMPOTENT,
    "FUNCTION DELETE": WRITE,
    "FUNCTION DUMP": READONLY,
    "FUNCTION FLUSH": _WRITE_IDEMPOTENT,
    "FUNCTION HELP": READONLY,
    "FUNCTION LIST": READONLY,
    "FUNCTION LOAD": WRITE,
    "FUNCTION RESTORE": WRITE,
    "FUNCTION STATS": READONLY,
    "GEOADD": WRITE,
    "GEODIST": READONLY,
    "GEOHASH": READONLY,
    "GEOPOS": READONLY,
    "GEORADIUS": WRITE,
    "GEORADIUS_RO": READONLY,
    "GEORADIUSBYMEMBER": WRITE,
    "GEORADIUSBYMEMBER_RO": READONLY,
    "GEOSEARCH": READONLY,
    "GEOSEARCHSTORE": WRITE,
    "GET": READONLY,
    "GETBIT": READONLY,
    "GETDEL": WRITE,
    "GETEX": WRITE,
    "GETRANGE": READONLY,
    "GETSET": WRITE,
    "HDEL": WRITE,
    "HEXISTS": READONLY,
    "HEXPIRE": WRITE,
    "HEXPIREAT": WRITE,
    "HEXPIRETIME": READONLY,
    "HGET": READONLY,
    "HGETALL": READONLY,
    "HGETDEL": WRITE,
    "HGETEX": WRITE,
    "HINCRBY": WRITE,
    "HINCRBYFLOAT": WRITE,
    "HKEYS": READONLY,
    "HLEN": READONLY,
    "HMGET": READONLY,
    "HMSET": _WRITE_IDEMPOTENT,
    "HPERSIST": WRITE,
    "HPEXPIRE": WRITE,
    "HPEXPIREAT": WRITE,
    "HPEXPIRETIME": READONLY,
    "HPTTL": READONLY,
    "HRANDFIELD": READONLY,
    "HSCAN": READONLY,
    "HSET": WRITE,
    "HSETEX": WRITE,
    "HSETNX": WRITE,
    "HSTRLEN": READONLY,
    "HTTL": READONLY,
    "HVALS": READONLY,
    "INCR": WRITE,
    "INCRBY": WRITE,
    "INCRBYFLOAT": WRITE,
    "INFO": READONLY,
    "JSON.ARRAPPEND": WRITE,
    "JSON.ARRINDEX": READONLY,
    "JSON.ARRINSERT": WRITE,
    "JSON.ARRLEN": READONLY,
    "JSON.ARRPOP": WRITE,
    "JSON.ARRTRIM": WRITE,
    "JSON.CLEAR": WRITE,
    "JSON.DEBUG": READONLY,
    "JSON.DEL": WRITE,
    "JSON.FORGET": WRITE,
    "JSON.GET": READONLY,
    "JSON.MERGE": WRITE,
    "JSON.MGET": READONLY,
    "JSON.MSET": WRITE,
    "JSON.NUMINCRBY": WRITE,
    "JSON.NUMMULTBY": WRITE,
    "JSON.NUMPOWBY": WRITE,
    "JSON.OBJKEYS": READONLY,
    "JSON.OBJLEN": READONLY,
    "JSON.RESP": READONLY,
    "JSON.SET": WRITE,
    "JSON.STRAPPEND": WRITE,
    "JSON.STRLEN": READONLY,
    "JSON.TOGGLE": WRITE,
    "JSON.TYPE": READONLY,
    "KEYS": READONLY,
    "LASTSAVE": READONLY,
    "LCS": READONLY,
    "LINDEX": READONLY,
    "LINSERT": WRITE,
    "LLEN": READONLY,
    "LMOVE": WRITE,
    "LMPOP": WRITE,
    "LOLWUT": READONLY,
    "LPOP": WRITE,
    "LPOS": READONLY,
    "LPUSH": WRITE,
    "LPUSHX": WRITE,
    "LRANGE": READONLY,
    "LREM": WRITE,
    "LSET": _WRITE_IDEMPOTENT,
    "LTRIM": WRITE,
    "MEMORY HELP": READONLY,
    "MEMORY USAGE": READONLY,
    "MGET": READONLY,
    "MOVE": WRITE,
    "MSET": _WRITE_IDEMPOTENT,
    "MSETEX": WRITE,
    "MSETNX": WRITE,
    "OBJECT ENCODING": READONLY,
    "OBJECT FREQ": READONLY,
    "OBJECT HELP": READONLY,
    "OBJECT IDLETIME": READONLY,
    "OBJECT REFCOUNT": READONLY,
    "PERSIST": WRITE,
    "PEXPIRE": WRITE,
    "PEXPIREAT": WRITE,
    "PEXPIRETIME": READONLY,
    "PFADD": WRITE,
    "PFCOUNT": READONLY,
    "PFMERGE": _WRITE_IDEMPOTENT,
    "PING": READONLY,
    "PSETEX": _WRITE_IDEMPOTENT,
    "PTTL": READONLY,
    "PUBLISH": WRITE,
    "PUBSUB CHANNELS": READONLY,
    "PUBSUB HELP": READONLY,
    "PUBSUB NUMPAT": READONLY,
    "PUBSUB NUMSUB": READONLY,
    "PUBSUB SHARDCHANNELS": READONLY,
    "PUBSUB SHARDNUMSUB": READONLY,
    "RANDOMKEY": READONLY,
    "RENAME": WRITE,
    "RENAMENX": WRITE,
    "RESTORE": WRITE,
    "RPOP": WRITE,
    "RPOPLPUSH": WRITE,
    "RPUSH": WRITE,
    "RPUSHX": WRITE,
    "SADD": WRITE,
    "SCAN": READONLY,
    "SCARD": READONLY,
    "SCRIPT EXISTS": READONLY,
    "SCRIPT FLUSH": _WRITE_IDEMPOTENT,
    "SCRIPT HELP": READONLY,
    "SCRIPT LOAD": READONLY,
    "SCRIPT SHOW": READONLY,
    "SDIFF": READONLY,
    "SDIFFSTORE": WRITE,
    "SET": WRITE,
    "SETBIT": WRITE,
    "SETEX": _WRITE_IDEMPOTENT,
    "SETNX": WRITE,
    "SETRANGE": _WRITE_IDEMPOTENT,
    "SINTER": READONLY,
    "SINTERCARD": READONLY,
    "SINTERSTORE": WRITE,
    "SISMEMBER": READONLY,
    "SMEMBERS": READONLY,
    "SMISMEMBER": READONLY,
    "SMOVE": WRITE,
    "SORT": WRITE,
    "SORT_RO": READONLY,
    "SPOP": WRITE,
    "SPUBLISH": WRITE,
    "SRANDMEMBER": READONLY,
    "SREM": WRITE,
    "SSCAN": READONLY,
    "STRLEN": READONLY,
    "SUBSTR": READONLY,
    "SUNION": READONLY,
    "SUNIONSTORE": WRITE,
    "TIME": READONLY,
    "TOUCH": READONLY,
    "TTL": READONLY,
    "TYPE": READONLY,
    "UNLINK": WRITE,
    "XACK": WRITE,
    "XACKDEL": WRITE,
    "XADD": WRITE,
    "XAUTOCLAIM": WRITE,
    "XCLAIM": WRITE,
    "XDEL": WRITE,
    "XDELEX": WRITE,
    "XGROUP CREATE": WRITE,
    "XGROUP CREATECONSUMER": WRITE,
    "XGROUP DELCONSUMER": WRITE,
    "XGROUP DESTROY": WRITE,
    "XGROUP HELP": READONLY,
    "XGROUP SETID": _WRITE_IDEMPOTENT,
    "XINFO CONSUMERS": READONLY,
    "XINFO GROUPS": READONLY,
    "XINFO HELP": READONLY,
    "XINFO STREAM": READONLY,
    "XLEN": READONLY,
    "XPENDING": READONLY,
    "XRANGE": READONLY,
    "XREAD": READONLY,
    "XREADGROUP": WRITE,
    "XREVRANGE": READONLY,
    "XSETID": _WRITE_IDEMPOTENT,
    "XTRIM": WRITE,
    "ZADD": WRITE,
    "ZCARD": READONLY,
    "ZCOUNT": READONLY,
    "ZDIFF": READONLY,
    "ZDIFFSTORE": WRITE,
    "ZINCRBY": WRITE,
    "ZINTER": READONLY,
    "ZINTERCARD": READONLY,
    "ZINTERSTORE": WRITE,
    "ZLEXCOUNT": READONLY,
    "ZMPOP": WRITE,
    "ZMSCORE": READONLY,
    "ZPOPMAX": WRITE,
    "ZPOPMIN": WRITE,
    "ZRANDMEMBER": READONLY,
    "ZRANGE": READONLY,
    "ZRANGEBYLEX": READONLY,
    "ZRANGEBYSCORE": READONLY,
    "ZRANGESTORE": WRITE,
    "ZRANK": READONLY,
    "ZREM": WRITE,
    "ZREMRANGEBYLEX": WRITE,
    "ZREMRANGEBYRANK": WRITE,
    "ZREMRANGEBYSCORE": WRITE,
    "ZREVRANGE": READONLY,
    "ZREVRANGEBYLEX": READONLY,
    "ZREVRANGEBYSCORE": READONLY,
    "ZREVRANK": READONLY,
    "ZSCAN": READONLY,
    "ZSCORE": READONLY,
    "ZUNION": READONLY,
    "ZUNIONSTORE": WRITE,
}
