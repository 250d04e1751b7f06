"""`python -m codegen harvest` and `python -m codegen stats`: the spec against live servers.

`harvest --redis-url URL [--redis-url URL ...]` reads each server's kind and version (`INFO
server`: Valkey says `server_name:valkey`), its modules (`MODULE LIST`), `COMMAND DOCS` and
`COMMAND INFO` (RESP2, via redis-py from the `codegen` extra), and reports per server:

- new on the server: commands and subcommands the spec lacks entirely;
- availability: the spec puts a command on this server at this version but the server lacks it,
  or the server has it but the spec's `since` leaves this server out or names a later version
  (for a module command: the module's version); module commands are checked only on servers
  with the module loaded;
- since: the server's version for a core command differs from the spec's for this server kind;
- arguments, flags, group: the spec's argument tree filtered to what this server kind and
  version has (nodes whose `since` leaves it out or names a later version are dropped) against
  the server's tree; our hints (`py`, `kind`, `pytype`, `default`, `from`, `order`) are ignored.
  A structural difference (an argument, token, type, optional / multiple flag) is drift;
  argument names alone (Redis 7.2 and Valkey renamed many; the spec keeps its names, they are
  the Python API) and complexity texts are "wording changed", not drift. Module commands have
  no argument docs on the server: only their availability and flags are compared.

A difference the spec declares deliberate (`"edited": {"arguments": "why"}`) is listed apart,
with its reason; an `edited` fact that differs on none of the servers compared is drift (the
marker is stale). Exit status: 1 on any drift, 2 when a server cannot be read, else 0.

`--reference FILE` reads a saved `COMMAND DOCS` reply as JSON instead, as a Redis server of
`--reference-version` (no flags, no modules), e.g. `--reference
../shared/reference/redis-7.0-command-docs.json`. `stats` counts what the spec offers and
excludes (by reason) per server kind and module, and per server given what is available at its
version and what the spec misses.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from codegen import _spec

MODULES_NOTE = (
    "module commands: availability and flags only (COMMAND DOCS has no argument docs for them)"
)


def _s(x: Any) -> Any:
    return x.decode() if isinstance(x, bytes) else x


def _pairs(flat: Any) -> dict[str, Any]:
    if isinstance(flat, dict):
        return {_s(k): v for k, v in flat.items()}
    it = iter(flat)
    return {_s(k): v for k, v in zip(it, it, strict=False)}


def vkey(version: str) -> tuple[int, ...]:
    """A version for comparison; a suffix (`7.2.4-rc1`) is ignored."""
    m = re.match(r"\d+(\.\d+)*", version)
    return _spec.version_key(m.group(0)) if m else (0,)


def _cname(name: Any) -> str:
    return str(_s(name)).upper().replace("|", " ")


# ---------------------------------------------------------------------------------------------
# Servers.


class Server(NamedTuple):
    """One server's command table, as compared with the spec."""

    kind: str  # "redis" or "valkey"
    version: str  # "7.0.15"
    modules: dict[str, str]  # loaded module -> its version ("ReJSON" -> "2.8.3")
    docs: dict[str, dict[str, Any]]  # "XINFO STREAM" -> its COMMAND DOCS entry
    flags: dict[str, set[str]] | None  # COMMAND INFO flags; None: unknown (a reference file)
    where: str = ""  # "127.0.0.1:6391" or the reference file's name; never a password

    @property
    def title(self) -> str:
        """`valkey 9.1.2 + ReJSON 2.8.3`."""
        mods = "".join(f" + {m} {v}" for m, v in sorted(self.modules.items()))
        return f"{self.kind} {self.version}{mods}"

    @property
    def label(self) -> str:
        return f"{self.title} ({self.where})" if self.where else self.title


def _flatten_docs(docs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{"XINFO STREAM": {...}} for every command and subcommand."""
    out: dict[str, dict[str, Any]] = {}
    for name, d in docs.items():
        d = _pairs(d)
        out[_cname(name)] = d
        for sname, sd in _pairs(d.get("subcommands") or {}).items():
            out[_cname(sname)] = _pairs(sd)
    return out


def _module_version(ver: Any) -> str:
    """MODULE LIST's `ver` (20803) as a version ("2.8.3")."""
    n = int(_s(ver))
    return f"{n // 10000}.{n // 100 % 100}.{n % 100}"


def _where(url: str) -> str:
    """Where a server is, without its credentials."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return parts.path
    try:
        port = parts.port
    except ValueError:
        port = None
    host = parts.hostname or "?"
    return f"{host}:{port}" if port else host


def read_server(url: str, modules: Iterable[str] = ()) -> Server:
    """A live server's kind, version, loaded modules (those named in `modules`: the spec's)
    and command table. Raises `redis.RedisError` when it cannot be read."""
    import redis  # the `codegen` extra

    # A raw connection: redis-py's own COMMAND reply parsing would get in the way.
    client = redis.Redis.from_url(url, protocol=2)
    conn: Any = client.connection_pool.get_connection()

    def call(*args: str) -> Any:
        conn.send_command(*args)
        return conn.read_response()

    try:
        info = dict(
            line.split(":", 1)
            for line in str(_s(call("INFO", "server"))).splitlines()
            if ":" in line and not line.startswith("#")
        )
        if info.get("server_name") == "valkey":
            kind, version = "valkey", info.get("valkey_version", "0")
        else:
            kind, version = "redis", info.get("redis_version", "0")
        try:
            rows = call("MODULE", "LIST")
        except redis.ResponseError:  # MODULE refused (an ACL): no modules to compare
            rows = []
        wanted = set(modules)
        loaded = {
            str(_s(m["name"])): _module_version(m["ver"])
            for m in map(_pairs, rows)
            if _s(m["name"]) in wanted
        }
        docs = _flatten_docs(_pairs(call("COMMAND", "DOCS")))
        flags: dict[str, set[str]] = {}
        for row in call("COMMAND", "INFO"):
            if row is None:
                continue
            flags[_cname(row[0])] = {_s(f) for f in row[2]}
            for sub in row[9] if len(row) > 9 else []:
                flags[_cname(sub[0])] = {_s(f) for f in sub[2]}
    finally:
        client.connection_pool.release(conn)
        client.close()
    return Server(kind, version, loaded, docs, flags, _where(url))


def reference(path: Path, version: str = "7.0.15") -> Server:
    """A saved `COMMAND DOCS` reply (JSON object of command -> doc), as a Redis server."""
    docs = _flatten_docs(json.loads(path.read_text(encoding="utf-8")))
    return Server("redis", version, {}, docs, None, path.name)


# ---------------------------------------------------------------------------------------------
# Availability.


def available(since: _spec.Since | None, server: Server, module: str | None = None) -> bool:
    """Whether a command (or argument) with this `since` is on this server at its version."""
    if since is None:
        return True
    key = module or server.kind
    have = server.modules.get(key) if module else server.version
    return key in since and have is not None and vkey(since[key]) <= vkey(have)


def on_server(c: _spec.Command, server: Server) -> bool:
    """The spec puts `c` on this server (its kind and version, or its loaded module)."""
    return available(c.since, server, c.module)


# ---------------------------------------------------------------------------------------------
# Arguments.


def _norm_arg(a: dict[str, Any]) -> dict[str, Any]:
    """An argument as COMMAND DOCS describes it, in the spec's vocabulary."""
    flags = {_s(f) for f in a.get("flags", [])}
    out: dict[str, Any] = {"name": _s(a["name"]), "type": _s(a["type"])}
    if a.get("token") is not None:
        out["token"] = _s(a["token"])
    for f in ("optional", "multiple", "multiple_token"):
        if f in flags or a.get(f) is True:
            out[f] = True
    kids = a.get("arguments") or []
    if kids:
        out["arguments"] = [_norm_arg(_pairs(k)) for k in kids]
    return out


def spec_args(args: Sequence[_spec.Argument], server: Server | None = None) -> list[dict[str, Any]]:
    """The spec's argument tree in COMMAND DOCS's vocabulary; with a server, only the nodes it
    has (an argument `since` leaving its kind out, or naming a later version, drops the node)."""
    out: list[dict[str, Any]] = []
    for a in args:
        if server is not None and not available(a.since, server):
            continue
        d: dict[str, Any] = {"name": a.name, "type": a.type}
        if a.token is not None:
            d["token"] = a.token
        for f in ("optional", "multiple", "multiple_token"):
            if getattr(a, f):
                d[f] = True
        kids = spec_args(a.arguments, server)
        if kids:
            d["arguments"] = kids
        out.append(d)
    return out


def _shown(a: dict[str, Any]) -> str:
    """An argument's name, after its token when that says more (`STORE key`)."""
    token = a.get("token")
    return f"{token} {a['name']}" if token and token.lower() != a["name"] else a["name"]


def _shape_key(a: dict[str, Any]) -> tuple[str, str]:
    return (a["type"], a.get("token") or "")


def compare_args(
    mine: list[dict[str, Any]], theirs: list[dict[str, Any]], path: str = ""
) -> tuple[list[str], list[str]]:
    """(structural differences, renames) from the spec's tree (`mine`) to the server's.

    Nodes are aligned by (type, token, name), then by (type, token) so that a renamed node
    pairs with its counterpart; what stays unpaired is missing (only the server has it) or
    extra (only the spec has it)."""
    structural: list[str] = []
    renames: list[str] = []

    def pair(m: dict[str, Any], t: dict[str, Any]) -> None:
        if m["name"] != t["name"]:
            renames.append(f"{path}{m['name']} -> {t['name']}")
        keys = sorted((set(m) | set(t)) - {"name", "arguments"})
        changed = [k for k in keys if m.get(k) != t.get(k)]
        if changed:
            what = ", ".join(f"{k} {m.get(k)!r} -> {t.get(k)!r}" for k in changed)
            structural.append(f"changed {path}{m['name']} ({what})")
        s, r = compare_args(m.get("arguments", []), t.get("arguments", []), f"{path}{m['name']}.")
        structural.extend(s)
        renames.extend(r)

    def unpaired(ms: list[dict[str, Any]], ts: list[dict[str, Any]]) -> None:
        names = {t["name"] for t in ts} & {m["name"] for m in ms}
        for t in ts:
            if t["name"] not in names:
                structural.append(f"missing {path}{_shown(t)}")
        for m in ms:
            if m["name"] not in names:
                structural.append(f"extra {path}{_shown(m)}")
        by_name = {t["name"]: t for t in ts}
        for m in ms:
            if m["name"] in names:
                pair(m, by_name[m["name"]])

    def align(ms: list[dict[str, Any]], ts: list[dict[str, Any]], strict: bool) -> None:
        key = (lambda a: (*_shape_key(a), a["name"])) if strict else _shape_key
        sm = difflib.SequenceMatcher(None, [key(a) for a in ms], [key(a) for a in ts], False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            a, b = ms[i1:i2], ts[j1:j2]
            if op == "equal":
                for m, t in zip(a, b, strict=True):
                    pair(m, t)
            elif op == "replace" and strict:
                align(a, b, strict=False)
            elif op == "replace" and len(a) == len(b):
                # Side by side, the same name or the same token: one argument that changed.
                same = [
                    m["name"] == t["name"] or m.get("token") == t.get("token")
                    for m, t in zip(a, b, strict=True)
                ]
                for m, t, ok in zip(a, b, same, strict=True):
                    if ok:
                        pair(m, t)
                unpaired(
                    [m for m, ok in zip(a, same, strict=True) if not ok],
                    [t for t, ok in zip(b, same, strict=True) if not ok],
                )
            else:
                unpaired(a, b)

    align(mine, theirs, strict=True)
    if not structural and not renames and mine != theirs:
        structural.append("order differs")
    return structural, renames


# ---------------------------------------------------------------------------------------------
# Comparison.


class Finding(NamedTuple):
    fact: _spec.Fact
    message: str
    wording: bool = False  # a wording difference (names, complexity text): not drift


def differences(c: _spec.Command, d: dict[str, Any], server: Server) -> list[Finding]:
    """The facts of `c` that differ from the server's docs `d` (`c` is on this server)."""
    out: list[Finding] = []
    module = c.module
    if module is None:
        for key in ("group", "since"):
            have = c.group if key == "group" else c.since.get(server.kind, "")
            want = _s(d.get(key, ""))
            if want and have != want:
                out.append(Finding(key, f"{key} {have!r} -> server {want!r}"))
        want = _s(d.get("complexity", ""))
        if want and c.complexity != want:
            out.append(
                Finding("complexity", f"complexity {c.complexity!r} -> server {want!r}", True)
            )
        theirs = [_norm_arg(_pairs(a)) for a in d.get("arguments") or []]
        mine = spec_args(c.arguments, server)
        structural, renames = compare_args(mine, theirs)
        if structural:
            out.append(Finding("arguments", f"arguments differ: {', '.join(structural)}"))
        if renames:
            out.append(Finding("arguments", f"argument names: {', '.join(renames)}", True))
    flags = None if server.flags is None else server.flags.get(c.name)
    if flags is not None and not d.get("subcommands"):
        server_write = "write" in flags
        if server_write != ("write" in c.flags):
            said = "write" if server_write else "read-only"
            out.append(Finding("flags", f"flags {list(c.flags)} but the server says {said}"))
    return out


def checked_facts(c: _spec.Command, d: dict[str, Any], server: Server) -> set[_spec.Fact]:
    """The facts `differences` could compare for `c` on this server (for stale markers)."""
    out: set[_spec.Fact] = set()
    if c.module is None:
        out.add("arguments")
        out.update(k for k in ("group", "since", "complexity") if d.get(k))
    if server.flags is not None and c.name in server.flags and not d.get("subcommands"):
        out.add("flags")
    return out


class ServerReport(NamedTuple):
    server: Server
    new: list[str]  # on the server, not in the spec at all
    availability: list[str]
    since: list[str]
    facts: list[str]  # arguments, flags, group
    deliberate: list[str]  # declared with `edited`, with the reason
    wording: list[str]  # names and complexity texts: not drift
    notes: list[str]  # what was not compared, and why

    @property
    def drift(self) -> int:
        return len(self.new) + len(self.availability) + len(self.since) + len(self.facts)


class Report(NamedTuple):
    servers: list[ServerReport]
    stale: list[str]  # `edited` markers whose fact differs on none of the servers compared
    modules_seen: bool  # a module's commands were compared somewhere

    @property
    def drift(self) -> int:
        return sum(r.drift for r in self.servers) + len(self.stale)


def compare(spec: _spec.Spec, server: Server, seen: dict[tuple[str, str], bool]) -> ServerReport:
    """One server against the spec. `seen` collects, per (command, edited fact) compared on this
    server, whether it differed (True wins across servers)."""
    r = ServerReport(server, [], [], [], [], [], [], [])
    ours = {c.name: c for c in spec.commands}
    unknown_modules: Counter[str] = Counter()
    for name in sorted(set(server.docs) - set(ours)):
        mod = _s(server.docs[name].get("module"))
        if mod and mod not in spec.modules:
            unknown_modules[str(mod)] += 1
        else:
            r.new.append(name + (f" (module {mod})" if mod else ""))
    skipped: Counter[str] = Counter()
    for c in spec.commands:
        module = c.module
        if module is not None and module not in server.modules:
            skipped[f"module {module} not loaded"] += 1
            continue
        d = server.docs.get(c.name)
        on = on_server(c, server)
        key = module or server.kind
        have = server.modules[module] if module else server.version
        if d is None:
            if on:
                r.availability.append(
                    f"{c.name}: the spec has it on {key} from {c.since[key]}, "
                    f"the server ({key} {have}) lacks it"
                )
            else:
                skipped[f"not on {key} {have} per the spec"] += 1
            continue
        if not on:
            told = f"from {c.since[key]}" if key in c.since else f"not on {key}"
            theirs = _s(d.get("since")) if module is None else None
            has = f" (since {theirs})" if theirs else ""
            r.availability.append(
                f"{c.name}: the server ({key} {have}) has it{has}, the spec says {told}"
            )
            continue
        edited = c.edited or {}
        found = differences(c, d, server)
        for f in found:
            # Renamed arguments are never what an `arguments` marker declares.
            if f.fact in edited and not (f.wording and f.fact == "arguments"):
                r.deliberate.append(f"{c.name}: {f.message} ({edited[f.fact]})")
            elif f.wording:
                r.wording.append(f"{c.name}: {f.message}")
            elif f.fact == "since":
                r.since.append(f"{c.name}: {f.message}")
            else:
                r.facts.append(f"{c.name}: {f.message}")
        differed = {f.fact for f in found if not (f.wording and f.fact == "arguments")}
        for fact in set(edited) & checked_facts(c, d, server):
            seen[(c.name, fact)] = seen.get((c.name, fact), False) or fact in differed
    for why, n in sorted(skipped.items()):
        r.notes.append(f"not compared: {n} spec command(s): {why}")
    for mod, n in sorted(unknown_modules.items()):
        r.notes.append(
            f"not compared: {n} command(s) of module {mod}, which the spec does not describe"
        )
    return r


def harvest(spec: _spec.Spec, servers: Sequence[Server]) -> Report:
    seen: dict[tuple[str, str], bool] = {}
    reports = [compare(spec, s, seen) for s in servers]
    stale = [
        f"{name}: `edited` says {fact} differ, but they match on every server compared: drop it"
        for (name, fact), differs in sorted(seen.items())
        if not differs
    ]
    modules_seen = any(
        c.module is not None and c.module in s.modules for s in servers for c in spec.commands
    )
    return Report(reports, stale, modules_seen)


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"  {title}: {len(lines)}", *(f"    {line}" for line in lines)] if lines else []


def render(report: Report) -> list[str]:
    out: list[str] = []
    for r in report.servers:
        out.append(f"== {r.server.label} ==")
        out += _section("new on the server (not in the spec)", r.new)
        out += _section("availability drift", r.availability)
        out += _section("since drift", r.since)
        out += _section("argument/flag/group drift", r.facts)
        if not r.drift:
            out.append(f"  no drift: the spec matches {r.server.title}")
        out += _section("deliberate (`edited` in the spec)", r.deliberate)
        out += _section("wording changed (not drift)", r.wording)
        out += [f"  {n}" for n in r.notes]
    if report.stale:
        out.append("== every server ==")
        out += _section("stale `edited` markers (drift)", report.stale)
    if report.modules_seen:
        out.append(MODULES_NOTE)
    out.append("summary:")
    for r in report.servers:
        out.append(
            f"  {r.server.title}: {r.drift} drift, {len(r.wording)} wording, "
            f"{len(r.deliberate)} deliberate"
        )
    if report.stale:
        out.append(f"  every server: {len(report.stale)} stale `edited` marker(s)")
    return out


# ---------------------------------------------------------------------------------------------
# Counts.


def _counts(group: list[_spec.Command], label: str) -> tuple[list[str], dict[str, list[str]]]:
    offered = [c for c in group if not c.container and c.excluded is None]
    excluded: dict[str, list[str]] = {}
    for c in group:
        if c.excluded is not None:
            excluded.setdefault(c.excluded.reason, []).append(c.name)
    containers = sum(1 for c in group if c.container and c.excluded is None)
    line = f"  {label}: {len(offered)} offered, {sum(map(len, excluded.values()))} excluded"
    return [line + (f", {containers} containers" if containers else "")], excluded


def _block(commands: list[_spec.Command], before: dict[str, list[str]], first: str) -> list[str]:
    """Offered / excluded counts of commands and subcommands; reasons whose names are those of
    the first block (`before`) say so instead of listing them again."""
    lines: list[str] = []
    for label in ("commands", "subcommands"):
        group = [c for c in commands if (" " in c.name) == (label == "subcommands")]
        if not group:
            continue
        head, excluded = _counts(group, label)
        lines += head
        for reason, names in sorted(excluded.items()):
            key = f"{label}/{reason}"
            same = before.get(key) == names
            shown = f"same as {first}" if same else ", ".join(names)
            lines.append(f"    {reason}: {len(names)}: {shown}")
            before.setdefault(key, names)
    return lines


def stats(spec: _spec.Spec, servers: Sequence[Server]) -> list[str]:
    top = [c for c in spec.commands if " " not in c.name]
    sub = [c for c in spec.commands if " " in c.name]
    describes = ", ".join(f"{k} {v}" for k, v in spec.describes.items())
    live = ", ".join(f"{k} {v}" for k, v in spec.live.items())
    lines = [f"spec: {len(top)} commands, {len(sub)} subcommands (describes {describes}; "
             f"tested live on {live})"]  # fmt: skip
    first: dict[str, list[str]] = {}
    first_kind = ""
    kinds = [k for k in _spec.SERVERS if k in spec.describes] + list(spec.modules)
    for kind in kinds:
        on = [c for c in spec.commands if kind in c.since]
        t = sum(1 for c in on if " " not in c.name)
        upto = f"up to {spec.describes[kind]}" if kind in spec.describes else "module"
        if kind in spec.modules:
            upto = f"module, {spec.modules[kind].title}"
        lines.append(f"{kind} ({upto}): {t} commands, {len(on) - t} subcommands")
        lines += _block(on, first, first_kind)
        first_kind = first_kind or kind
    if not servers:
        lines.append("per server: not checked (give --redis-url URL or --reference FILE)")
    for s in servers:
        on = [c for c in spec.commands if on_server(c, s)]
        t = sum(1 for c in on if " " not in c.name)
        lines.append(f"{s.label}: {t} commands, {len(on) - t} subcommands available at its version")
        for label in ("commands", "subcommands"):
            group = [c for c in on if (" " in c.name) == (label == "subcommands")]
            head, excluded = _counts(group, label)
            lines += [head[0] + "".join(f"; {r} {len(n)}" for r, n in sorted(excluded.items()))]
        names = {c.name for c in on}
        known = {c.name for c in spec.commands}
        missing = []
        for name in sorted(set(s.docs) - names):
            mod = _s(s.docs[name].get("module"))
            if mod and mod not in spec.modules:
                continue  # a module the spec does not describe
            missing.append(f"{name} (in the spec, not for this server)" if name in known else name)
        lines.append(
            f"  missing vs the server: {len(missing)}"
            + (f": {', '.join(missing)}" if missing else "")
        )
    return lines


# ---------------------------------------------------------------------------------------------
# The command line.


def main(argv: list[str], spec_path: Path) -> int:
    what = argv[0]
    parser = argparse.ArgumentParser(prog=f"python -m codegen {what}")
    parser.add_argument("--spec", type=Path, default=spec_path)
    parser.add_argument(
        "--redis-url", action="append", default=[], help="a live server (repeat for several)"
    )
    parser.add_argument(
        "--reference", type=Path, action="append", default=[],
        help="a saved COMMAND DOCS reply (JSON), compared as a Redis server",
    )  # fmt: skip
    parser.add_argument(
        "--reference-version", default="7.0.15",
        help="the Redis version of --reference (default: %(default)s)",
    )  # fmt: skip
    args = parser.parse_args(argv[1:])
    if what == "harvest" and not args.redis_url and not args.reference:
        parser.error("give --redis-url URL (repeatable) or --reference FILE")
    spec = _spec.load(args.spec)
    servers: list[Server] = []
    for url in args.redis_url:
        import redis  # the `codegen` extra

        try:
            servers.append(read_server(url, spec.modules))
        except redis.RedisError as exc:
            # One clear line: the URL may carry a password, so only host and port are shown.
            print(
                f"codegen {what}: cannot read the command table of {_where(url)}: {exc}",
                file=sys.stderr,
            )
            return 2
    servers += [reference(p, args.reference_version) for p in args.reference]
    if what == "stats":
        print("\n".join(stats(spec, servers)))
        return 0
    report = harvest(spec, servers)
    print("\n".join(render(report)))
    return 1 if report.drift else 0
