"""Cases for the offered `scripting` commands: EVAL and friends, the script cache, functions.

Function libraries and function names are server-wide, so each case derives them from its key
prefix (`_lib(k)`, `_fn(k, ...)`), loads its library in its setup (with REPLACE, so a rerun on the
same server still works) and deletes it again in its call once the command under test has run.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest

from redisrest import NoScriptError
from tests.commands._harness import (
    Case,
    Keys,
    by_server,
    live_params,
    run_case,
    servers_with,
    v,
)

# A script cached by SCRIPT LOAD: its digest is the SHA1 of its text.
_ECHO = "return {KEYS[1], ARGV[1]}"
_ECHO_SHA = hashlib.sha1(_ECHO.encode()).hexdigest()
_UNKNOWN_SHA = "0" * 40


def _base(k: Keys) -> str:
    """Library and function names allow letters, digits and `_` only."""
    return re.sub(r"[^A-Za-z0-9_]", "_", k.prefix)


def _lib(k: Keys) -> str:
    return _base(k) + "lib"


def _fn(k: Keys, name: str) -> str:
    return _base(k) + name


def _code(k: Keys) -> str:
    """A library of two functions: `echo` (keys[1], args[1]) and `get`, flagged no-writes."""
    return (
        f"#!lua name={_lib(k)}\n"
        f"redis.register_function('{_fn(k, 'echo')}',"
        " function(keys, args) return {keys[1], args[1]} end)\n"
        f"redis.register_function{{function_name='{_fn(k, 'get')}',"
        " callback=function(keys, args) return redis.call('GET', keys[1]) end,"
        " flags={'no-writes'}, description='reads a key'}\n"
    )


def _load(r: Any, k: Keys) -> None:
    r.function_load(_code(k), replace=True)


def _dropped(r: Any, k: Keys, value: object) -> object:
    """Delete the case's library (after the call ran), passing the call's value through."""
    r.function_delete(_lib(k))
    return value


def _check_library(with_code: bool) -> Any:
    def check(got: Any, k: Keys) -> bool:
        (lib,) = got
        echo, get = sorted(lib.functions, key=lambda f: f.name)
        return (
            lib.library_name == _lib(k)
            and lib.engine == "LUA"
            and (echo.name, echo.description, echo.flags) == (_fn(k, "echo"), None, [])
            and (get.name, get.description) == (_fn(k, "get"), "reads a key")
            and get.flags == ["no-writes"]
            and lib.library_code == (_code(k) if with_code else None)
        )

    return check


def _check_stats(libraries: int | None, functions: int | None) -> Any:
    """FUNCTION STATS while nothing runs; exact counts only where the server is private."""

    def check(got: Any, k: Keys) -> bool:
        lua = got.engines["LUA"]
        counts = (lua.libraries_count, lua.functions_count)
        exact = libraries is None or counts == (libraries, functions)
        return got.running_script is None and set(got.engines) == {"LUA"} and exact

    return check


def _dump_flush_restore(r: Any, k: Keys, policy: str | None) -> object:
    payload = r.function_dump()
    r.function_flush()
    if policy is None:
        return r.function_restore(payload)
    return r.function_restore(payload, policy=policy)


def _help(container: str) -> Any:
    """The usage line first; the last line as each server words it (Redis "Prints this help.",
    Valkey "Print this help.")."""
    first = f"{container} <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"
    return by_server(
        redis=lambda got, k: got[0] == first and got[-1] == "    Prints this help.",
        valkey=lambda got, k: got[0] == first and got[-1] == "    Print this help.",
    )


_MIXED = "return {KEYS[1], ARGV[1], 3.7, true, false, 'z'}"

CASES: list[Case] = [
    # EVAL: Lua values as Redis converts them (numbers truncated, true -> 1, false -> nil)
    Case("EVAL", lambda r, k: r.eval("return 1"), 1),
    Case(
        "EVAL",
        lambda r, k: r.eval(_MIXED, keys=[k("a")], args=["x"]),
        lambda k: [v(k("a")), v("x"), 3, 1, None, v("z")],
        name="mixed",
    ),
    Case("EVAL", lambda r, k: r.eval("return -3.7"), -3, name="negative-float"),
    Case("EVAL", lambda r, k: r.eval("return nil"), None, name="nil"),
    Case(
        "EVAL",
        lambda r, k: r.eval("return redis.call('GET', KEYS[1])", keys=[k("s")]),
        v("hello"),
        setup=lambda r, k: r.set(k("s"), "hello"),
        name="get",
    ),
    Case(
        "EVAL",
        lambda r, k: r.eval("return redis.call('HGETALL', KEYS[1])", keys=[k("h")]),
        [v("f"), v("1")],
        setup=lambda r, k: r.hset(k("h"), {"f": "1"}),
        name="flat-array",
    ),
    Case("EVAL", lambda r, k: r.eval("return {}"), [], name="empty-table"),
    # "OK" is sent unencoded at even depths (0, 2...) and base64 at odd ones (PROTOCOL.md)
    Case(
        "EVAL",
        lambda r, k: r.eval("return redis.status_reply('OK')"),
        v("OK"),
        name="status-ok",
    ),
    Case(
        "EVAL",
        lambda r, k: r.eval("return {{'OK', 'a'}, 'OK', redis.status_reply('OK')}"),
        [[v("OK"), v("a")], v("OK"), v("OK")],
        name="nested-ok",
    ),
    Case(
        "EVAL",
        lambda r, k: r.eval("return redis.status_reply('PONG')"),
        v("PONG"),
        name="status",
    ),
    Case(
        "EVAL_RO",
        lambda r, k: r.eval_ro("return redis.call('GET', KEYS[1])", keys=[k("s")]),
        v("hello"),
        setup=lambda r, k: r.set(k("s"), "hello"),
    ),
    Case(
        "EVAL_RO",
        lambda r, k: r.eval_ro("return redis.call('GET', KEYS[1])", keys=[k("missing")]),
        None,
        name="missing",
    ),
    Case(
        "EVAL_RO",
        lambda r, k: r.eval_ro("return {ARGV[1], ARGV[2]}", args=["1", "two"]),
        [v("1"), v("two")],
        name="args-only",
    ),
    # the script cache
    Case(
        "EVALSHA",
        lambda r, k: r.evalsha(_ECHO_SHA, keys=[k("a")], args=["x"]),
        lambda k: [v(k("a")), v("x")],
        setup=lambda r, k: r.script_load(_ECHO),
    ),
    Case(
        "EVALSHA_RO",
        lambda r, k: r.evalsha_ro(_ECHO_SHA, keys=[k("a")], args=["x"]),
        lambda k: [v(k("a")), v("x")],
        setup=lambda r, k: r.script_load(_ECHO),
    ),
    Case("SCRIPT LOAD", lambda r, k: r.script_load(_ECHO), _ECHO_SHA),
    Case(
        "SCRIPT EXISTS",
        lambda r, k: r.script_exists(_ECHO_SHA, _UNKNOWN_SHA, _ECHO_SHA),
        [True, False, True],
        setup=lambda r, k: r.script_load(_ECHO),
    ),
    Case("SCRIPT HELP", lambda r, k: r.script_help(), check=_help("SCRIPT")),
    # SCRIPT SHOW (Valkey 8.0): the source of a cached script, by digest
    Case(
        "SCRIPT SHOW",
        lambda r, k: r.script_show(_ECHO_SHA),
        v(_ECHO),
        setup=lambda r, k: r.script_load(_ECHO),
    ),
    # functions
    Case(
        "FUNCTION LOAD",
        lambda r, k: _dropped(r, k, r.function_load(_code(k))),
        _lib,
    ),
    Case(
        "FUNCTION LOAD",
        lambda r, k: _dropped(r, k, r.function_load(_code(k), replace=True)),
        _lib,
        setup=_load,
        name="replace",
    ),
    Case(
        "FCALL",
        lambda r, k: _dropped(r, k, r.fcall(_fn(k, "echo"), keys=[k("a")], args=["x"])),
        lambda k: [v(k("a")), v("x")],
        setup=_load,
    ),
    Case(
        "FCALL_RO",
        lambda r, k: _dropped(r, k, r.fcall_ro(_fn(k, "get"), keys=[k("s")])),
        v("hello"),
        setup=lambda r, k: (_load(r, k), r.set(k("s"), "hello")),
    ),
    Case(
        "FCALL_RO",
        lambda r, k: _dropped(r, k, r.fcall_ro(_fn(k, "get"), keys=[k("missing")])),
        None,
        setup=_load,
        name="missing",
    ),
    Case("FUNCTION DELETE", lambda r, k: r.function_delete(_lib(k)), True, setup=_load),
    Case(
        "FUNCTION LIST",
        lambda r, k: _dropped(r, k, r.function_list(libraryname=_lib(k))),
        setup=_load,
        check=_check_library(with_code=False),
    ),
    Case(
        "FUNCTION LIST",
        lambda r, k: _dropped(r, k, r.function_list(libraryname=_lib(k), withcode=True)),
        setup=_load,
        check=_check_library(with_code=True),
        name="withcode",
    ),
    Case(
        "FUNCTION LIST",
        lambda r, k: r.function_list(libraryname=_lib(k) + "*"),
        [],
        name="no-match",
    ),
    Case(
        "FUNCTION LIST",
        lambda r, k: _dropped(r, k, r.function_list()),
        setup=_load,
        check=lambda got, k: _lib(k) in [lib.library_name for lib in got],
        name="all",
    ),
    # the payload is an RDB fragment: a function opcode (0xF5) first, when a library exists
    Case(
        "FUNCTION DUMP",
        lambda r, k: _dropped(r, k, r.function_dump()),
        setup=_load,
        check=lambda got, k: isinstance(got, bytes) and got[0] == 0xF5 and len(got) > 10,
    ),
    Case("FUNCTION STATS", lambda r, k: r.function_stats(), check=_check_stats(None, None)),
    Case("FUNCTION HELP", lambda r, k: r.function_help(), check=_help("FUNCTION")),
]

# Server-wide effects (flushing caches and libraries): run by the lead on a private gateway.
DESTRUCTIVE_CASES: list[Case] = [
    Case(
        "SCRIPT FLUSH", lambda r, k: r.script_flush(), True, setup=lambda r, k: r.script_load(_ECHO)
    ),
    Case("SCRIPT FLUSH", lambda r, k: r.script_flush(async_=True), True, name="async"),
    Case("SCRIPT FLUSH", lambda r, k: r.script_flush(sync=True), True, name="sync"),
    Case(
        "SCRIPT EXISTS",
        lambda r, k: r.script_exists(_ECHO_SHA),
        [False],
        setup=lambda r, k: (r.script_load(_ECHO), r.script_flush()),
        name="after-flush",
    ),
    Case("FUNCTION FLUSH", lambda r, k: r.function_flush(), True, setup=_load),
    Case("FUNCTION FLUSH", lambda r, k: r.function_flush(async_=True), True, name="async"),
    Case("FUNCTION FLUSH", lambda r, k: r.function_flush(sync=True), True, name="sync"),
    Case(
        "FUNCTION STATS",
        lambda r, k: r.function_stats(),
        setup=lambda r, k: (r.function_flush(), _load(r, k)),
        check=_check_stats(1, 2),
        name="exact",
    ),
    Case(
        "FUNCTION STATS",
        lambda r, k: r.function_stats(),
        setup=lambda r, k: r.function_flush(),
        check=_check_stats(0, 0),
        name="empty",
    ),
    # with no library, the payload is only the RDB version and a CRC64: Redis 7.0 writes RDB
    # version 10, Valkey 9.1 version 80
    Case(
        "FUNCTION DUMP",
        lambda r, k: r.function_dump(),
        setup=lambda r, k: r.function_flush(),
        check=by_server(
            redis=lambda got, k: len(got) == 10 and got[:2] == b"\x0a\x00",
            valkey=lambda got, k: len(got) == 10 and got[:2] == b"\x50\x00",
        ),
        name="empty",
    ),
    # restore what function_dump gave (bytes in both modes), under each policy
    Case(
        "FUNCTION RESTORE",
        lambda r, k: _dump_flush_restore(r, k, None),
        True,
        setup=lambda r, k: (r.function_flush(), _load(r, k)),
    ),
    Case(
        "FUNCTION RESTORE",
        lambda r, k: _dump_flush_restore(r, k, "APPEND"),
        True,
        setup=lambda r, k: (r.function_flush(), _load(r, k)),
        name="append",
    ),
    Case(
        "FUNCTION RESTORE",
        lambda r, k: r.function_restore(r.function_dump(), policy="REPLACE"),
        True,
        setup=lambda r, k: (r.function_flush(), _load(r, k)),
        name="replace",
    ),
    Case(
        "FUNCTION RESTORE",
        lambda r, k: r.function_restore(r.function_dump(), policy="FLUSH"),
        True,
        setup=lambda r, k: (r.function_flush(), _load(r, k)),
        name="flush",
    ),
    Case(
        "FUNCTION LIST",
        lambda r, k: _dropped(r, k, _dump_flush_restore(r, k, None) and r.function_list()),
        setup=lambda r, k: (r.function_flush(), _load(r, k)),
        check=_check_library(with_code=False),
        name="after-restore",
    ),
]


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)


@pytest.mark.parametrize("server", servers_with("SCRIPT SHOW"))
def test_script_show_of_an_unknown_digest_is_noscript(server: str, live_client) -> None:
    with pytest.raises(NoScriptError, match="SCRIPT SHOW failed: NOSCRIPT"):
        live_client(server, "str").script_show(_UNKNOWN_SHA)
