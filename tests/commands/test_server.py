"""Cases for the offered `server` and `connection` commands (COMMAND, CONFIG, INFO, PING...)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.commands._harness import Case, Keys, by_server, live_params, run_case, v

_SEEN: dict[str, object] = {}  # values a setup computed for its case's check, by key prefix


# COMMAND LIST FILTERBY ACLCAT scripting on Redis 7.0 (Valkey 9.1 adds script|show)
_SCRIPTING_COMMANDS = [
    "eval",
    "eval_ro",
    "evalsha",
    "evalsha_ro",
    "fcall",
    "fcall_ro",
    "function|delete",
    "function|dump",
    "function|flush",
    "function|help",
    "function|kill",
    "function|list",
    "function|load",
    "function|restore",
    "function|stats",
    "script|debug",
    "script|exists",
    "script|flush",
    "script|help",
    "script|kill",
    "script|load",
]


def _remember(k: Keys, value: object) -> None:
    _SEEN[k.prefix] = value


def _recall(k: Keys) -> object:
    return _SEEN.pop(k.prefix)


def _help_text(container: str) -> Any:
    """Check for a HELP reply: the usage line first, the HELP entry's text last, as each server
    words it (Redis "Prints this help.", Valkey "Print this help.")."""
    first = f"{container} <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"

    def check(last: str) -> Any:
        return lambda got, k: got[0] == first and got[-1] == last and len(got) > 4

    return by_server(redis=check("    Prints this help."), valkey=check("    Print this help."))


def _headings(report: str) -> list[str]:
    return [line for line in report.split("\r\n") if line.startswith("# ")]


def _check_get_info(got: Any, k: Keys) -> bool:
    get, unknown = got
    spec = get.key_specs[0]
    return (
        unknown is None
        and get.name == "get"
        and get.arity == 2
        and get.flags == ["readonly", "fast"]
        and (get.first_key, get.last_key, get.step) == (1, 1, 1)
        and get.acl_categories == ["@read", "@string", "@fast"]
        and get.tips == []
        and get.subcommands == []
        and len(get.key_specs) == 1
        and spec.notes is None
        and spec.flags == ["RO", "access"]
        and spec.begin_search.type == "index"
        and spec.begin_search.spec.index == 1
        and spec.begin_search.spec.keyword is None
        and spec.find_keys.type == "range"
        and (spec.find_keys.spec.lastkey, spec.find_keys.spec.keystep) == (0, 1)
        and spec.find_keys.spec.limit == 0
    )


def _check_get_docs(got: Any, k: Keys) -> bool:
    doc = got["get"]
    arg = doc.arguments[0]
    return (
        list(got) == ["get"]
        and isinstance(doc.summary, str)
        and doc.summary != ""
        and (doc.since, doc.group, doc.complexity) == ("1.0.0", "string", "O(1)")
        and doc.history is None
        and doc.deprecated_since is None
        and doc.subcommands is None
        and len(doc.arguments) == 1
        and (arg.name, arg.type, arg.key_spec_index) == ("key", "key", 0)
        and arg.token is None
        and arg.arguments is None
    )


def _check_xinfo_docs(got: Any, k: Keys) -> bool:
    doc = got["xinfo"]
    subs = doc.subcommands
    stream = subs["xinfo|stream"]
    return (
        list(got) == ["xinfo"]
        and doc.group == "stream"
        and set(subs) == {"xinfo|stream", "xinfo|groups", "xinfo|consumers", "xinfo|help"}
        and stream.since == "5.0.0"
        and stream.history[0][0] == "6.0.0"
        and isinstance(stream.history[0][1], str)
        and stream.arguments[0].name == "key"
        and stream.arguments[1].type == "block"
        and stream.arguments[1].flags == ["optional"]
    )


def _check_xinfo_full(got: Any, k: Keys) -> bool:
    """Redis 7.0: `FULL [COUNT count]` is a block `full` whose token is FULL."""
    full = got["xinfo"].subcommands["xinfo|stream"].arguments[1]
    return _check_xinfo_docs(got, k) and (full.name, full.token) == ("full", "FULL")


def _check_xinfo_full_block(got: Any, k: Keys) -> bool:
    """Valkey 9.1: the same as a block `full-block` without a token, of a FULL pure token and
    the optional COUNT."""
    full = got["xinfo"].subcommands["xinfo|stream"].arguments[1]
    first = full.arguments[0]
    return (
        _check_xinfo_docs(got, k)
        and (full.name, full.token) == ("full-block", None)
        and (first.type, first.token) == ("pure-token", "FULL")
    )


def _check_client_info(got: Any, k: Keys) -> bool:
    return got.startswith("id=") and " cmd=client|info " in got and got.endswith("\n")


def _check_time(got: Any, k: Keys) -> bool:
    seconds, micros = got
    return seconds > 1_600_000_000 and 0 <= micros < 1_000_000


CASES: list[Case] = [
    # connection
    Case("PING", lambda r, k: r.ping(), "PONG"),
    Case("PING", lambda r, k: r.ping(message="hi there"), v("hi there"), when={"message": "set"}),
    Case("ECHO", lambda r, k: r.echo("hello"), v("hello")),
    Case("ECHO", lambda r, k: r.echo(""), v(""), name="empty"),
    Case("CLIENT ID", lambda r, k: r.client_id(), check=lambda got, k: got > 0),
    Case("CLIENT INFO", lambda r, k: r.client_info(), check=_check_client_info),
    # COMMAND introspection
    Case(
        "COMMAND COUNT",
        lambda r, k: r.command_count(),
        setup=lambda r, k: _remember(k, len([n for n in r.command_list() if "|" not in n])),
        check=lambda got, k: got == _recall(k) and got > 200,
    ),
    Case(
        "COMMAND DOCS",
        lambda r, k: r.command_docs("get"),
        check=_check_get_docs,
    ),
    Case(
        "COMMAND DOCS",
        lambda r, k: r.command_docs("xinfo"),
        check=by_server(redis=_check_xinfo_full, valkey=_check_xinfo_full_block),
        name="container",
    ),
    Case("COMMAND DOCS", lambda r, k: r.command_docs("nosuchcommand"), {}, name="unknown"),
    Case(
        "COMMAND DOCS",
        lambda r, k: r.command_docs(),
        check=lambda got, k: "get" in got and "xinfo" in got and "xinfo|stream" not in got,
        name="all",
    ),
    Case(
        "COMMAND GETKEYS",
        lambda r, k: r.command_getkeys("mset", k("a"), "1", k("b"), "2"),
        lambda k: [v(k("a")), v(k("b"))],
    ),
    Case(
        "COMMAND GETKEYSANDFLAGS",
        lambda r, k: r.command_getkeysandflags("lmove", k("a"), k("b"), "left", "right"),
        lambda k: [(v(k("a")), ["RW", "access", "delete"]), (v(k("b")), ["RW", "insert"])],
    ),
    Case(
        "COMMAND GETKEYSANDFLAGS",
        lambda r, k: r.command_getkeysandflags("set", k("a"), "1"),
        lambda k: [(v(k("a")), ["OW", "update"])],
        name="one-key",
    ),
    Case("COMMAND HELP", lambda r, k: r.command_help(), check=_help_text("COMMAND")),
    Case(
        "COMMAND INFO",
        lambda r, k: r.command_info("get", "nosuchcommand"),
        check=_check_get_info,
    ),
    Case(
        "COMMAND INFO",
        lambda r, k: r.command_info("xinfo"),
        check=lambda got, k: (
            len(got) == 1
            and got[0].name == "xinfo"
            and {s.name for s in got[0].subcommands}
            == {"xinfo|stream", "xinfo|groups", "xinfo|consumers", "xinfo|help"}
        ),
        name="container",
    ),
    Case(
        "COMMAND INFO",
        lambda r, k: r.command_info(),
        check=lambda got, k: (
            len(got) > 200 and None not in got and "get" in {c.name for c in got if c}
        ),
        name="all",
    ),
    Case(
        "COMMAND LIST",
        lambda r, k: r.command_list(),
        check=lambda got, k: "get" in got and "xinfo|stream" in got and "xinfo" in got,
    ),
    Case(
        "COMMAND LIST",
        lambda r, k: r.command_list(aclcat="scripting"),
        by_server(redis=_SCRIPTING_COMMANDS, valkey=[*_SCRIPTING_COMMANDS, "script|show"]),
        unordered=True,
        name="aclcat",
    ),
    Case(
        "COMMAND LIST",
        lambda r, k: r.command_list(pattern="xinfo*"),
        ["xinfo", "xinfo|stream", "xinfo|groups", "xinfo|help", "xinfo|consumers"],
        unordered=True,
        name="pattern",
    ),
    Case(
        "COMMAND LIST",
        lambda r, k: r.command_list(module="nosuchmodule"),
        [],
        name="module",
    ),
    # CONFIG
    Case(
        "CONFIG GET",
        lambda r, k: r.config_get("databases", "nosuch-parameter"),
        {"databases": "16"},
    ),
    Case(
        "CONFIG GET",
        lambda r, k: r.config_get("hash-max-listpack-*"),
        {"hash-max-listpack-entries": "512", "hash-max-listpack-value": "64"},
        name="glob",
    ),
    Case("CONFIG GET", lambda r, k: r.config_get("nosuch-parameter"), {}, name="no-match"),
    Case("CONFIG HELP", lambda r, k: r.config_help(), check=_help_text("CONFIG")),
    # keyspace-wide reads (the exact DBSIZE is a destructive case)
    Case(
        "DBSIZE",
        lambda r, k: r.dbsize(),
        setup=lambda r, k: r.set(k("a"), "1"),
        check=lambda got, k: got >= 1,
    ),
    # INFO
    Case(
        "INFO",
        lambda r, k: r.info(),
        check=lambda got, k: (
            {"# Server", "# Clients", "# Memory", "# Keyspace"} <= set(_headings(got))
            and "\r\nredis_version:" in got
        ),
    ),
    Case(
        "INFO",
        lambda r, k: r.info("server"),
        check=lambda got, k: (
            got.startswith("# Server\r\nredis_version:") and _headings(got) == ["# Server"]
        ),
        name="one-section",
    ),
    Case(
        "INFO",
        lambda r, k: r.info("server", "clients"),
        check=lambda got, k: _headings(got) == ["# Server", "# Clients"],
        name="two-sections",
    ),
    Case("INFO", lambda r, k: r.info("nosuchsection"), "", name="unknown-section"),
    Case("LASTSAVE", lambda r, k: r.lastsave(), check=lambda got, k: got > 1_600_000_000),
    # the art is signed with the server's name and version
    Case(
        "LOLWUT",
        lambda r, k: r.lolwut(),
        check=by_server(
            redis=lambda got, k: "Redis ver. 7.0" in got,
            valkey=lambda got, k: "Valkey ver. 9.1" in got,
        ),
    ),
    Case(
        "LOLWUT",
        lambda r, k: r.lolwut(version=5),
        check=by_server(
            redis=lambda got, k: "Redis ver. 7.0" in got and len(got.splitlines()) > 5,
            valkey=lambda got, k: "Valkey ver. 9.1" in got and len(got.splitlines()) > 5,
        ),
        name="version",
    ),
    # MEMORY (sizes depend on the allocator: only their sign is known)
    Case("MEMORY HELP", lambda r, k: r.memory_help(), check=_help_text("MEMORY")),
    Case(
        "MEMORY USAGE",
        lambda r, k: r.memory_usage(k("s")),
        setup=lambda r, k: r.set(k("s"), "hello"),
        check=lambda got, k: got > len(k("s")),
    ),
    Case(
        "MEMORY USAGE",
        lambda r, k: r.memory_usage(k("l"), samples=0),
        setup=lambda r, k: r.rpush(k("l"), "a", "b", "c"),
        check=lambda got, k: got > 0,
        name="samples",
    ),
    Case("MEMORY USAGE", lambda r, k: r.memory_usage(k("missing")), None, name="missing"),
    Case("TIME", lambda r, k: r.time(), check=_check_time),
]

# Server-wide effects: run by the lead on a private gateway, never next to other tests.
DESTRUCTIVE_CASES: list[Case] = [
    Case("FLUSHDB", lambda r, k: r.flushdb(), True, setup=lambda r, k: r.set(k("a"), "1")),
    Case("FLUSHDB", lambda r, k: r.flushdb(async_=True), True, name="async"),
    Case("FLUSHDB", lambda r, k: r.flushdb(sync=True), True, name="sync"),
    Case("FLUSHALL", lambda r, k: r.flushall(), True, setup=lambda r, k: r.set(k("a"), "1")),
    Case("FLUSHALL", lambda r, k: r.flushall(async_=True), True, name="async"),
    Case("FLUSHALL", lambda r, k: r.flushall(sync=True), True, name="sync"),
    Case(
        "DBSIZE",
        lambda r, k: r.dbsize(),
        2,
        setup=lambda r, k: (r.flushdb(), r.set(k("a"), "1"), r.set(k("b"), "2")),
        name="exact",
    ),
    Case("DBSIZE", lambda r, k: r.dbsize(), 0, setup=lambda r, k: r.flushdb(), name="empty"),
]


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
