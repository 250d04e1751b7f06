"""`python -m codegen harvest` and `python -m codegen stats`: the spec against Redis's own list.

`harvest --redis-url URL` reads a live server's `COMMAND DOCS` / `COMMAND INFO` (RESP2, via
redis-py from the `server` extra) and reports commands and subcommands missing from the spec or
unknown to the server, and per command the facts and arguments that differ (our hints `py`,
`kind`, `pytype`, `default`, `from`, `order` are ignored) and read/write flag differences.
A difference the spec declares deliberate (`"edited": {"arguments": "why"}`) is listed apart,
with its reason; only the others are drift (exit status 1). An `edited` fact that no longer
differs is drift too (the marker is stale).

`--reference FILE` reads a saved `COMMAND DOCS` reply as JSON instead (no flags, so no flag
check), e.g. `--reference ../shared/reference/redis-7.0-command-docs.json`. `stats` counts what
the spec offers and excludes (by reason), and what it misses when given a server or reference.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from codegen import _spec


def _s(x: Any) -> Any:
    return x.decode() if isinstance(x, bytes) else x


def _pairs(flat: list[Any]) -> dict[str, Any]:
    it = iter(flat)
    return {_s(k): v for k, v in zip(it, it, strict=False)}


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
        out["arguments"] = [_norm_arg(k if isinstance(k, dict) else _pairs(k)) for k in kids]
    return out


def _spec_arg(a: _spec.Argument) -> dict[str, Any]:
    out: dict[str, Any] = {"name": a.name, "type": a.type}
    if a.token is not None:
        out["token"] = a.token
    for f in ("optional", "multiple", "multiple_token"):
        if getattr(a, f):
            out[f] = True
    if a.arguments:
        out["arguments"] = [_spec_arg(k) for k in a.arguments]
    return out


def _flatten_docs(docs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{"XINFO STREAM": {...}} for every command and subcommand."""
    out: dict[str, dict[str, Any]] = {}
    for name, d in docs.items():
        d = d if isinstance(d, dict) else _pairs(d)
        out[_s(name).upper().replace("|", " ")] = d
        subs = d.get("subcommands") or {}
        subs = subs if isinstance(subs, dict) else _pairs(subs)
        for sname, sd in subs.items():
            sd = sd if isinstance(sd, dict) else _pairs(sd)
            out[_s(sname).upper().replace("|", " ")] = sd
    return out


def _server(url: str) -> tuple[dict[str, dict[str, Any]], dict[str, set[str]]]:
    import redis  # the `codegen` extra

    # A raw connection: redis-py's own COMMAND reply parsing would get in the way.
    client = redis.Redis.from_url(url, protocol=2)
    conn = client.connection_pool.get_connection()

    def call(*args: str) -> Any:
        conn.send_command(*args)
        return conn.read_response()

    try:
        docs = _flatten_docs(_pairs(call("COMMAND", "DOCS")))
        flags: dict[str, set[str]] = {}
        for row in call("COMMAND", "INFO"):
            flags[_s(row[0]).upper().replace("|", " ")] = {_s(f) for f in row[2]}
            for sub in row[9] if len(row) > 9 else []:
                flags[_s(sub[0]).upper().replace("|", " ")] = {_s(f) for f in sub[2]}
    finally:
        client.connection_pool.release(conn)
        client.close()
    return docs, flags


def reference(path: Path) -> dict[str, dict[str, Any]]:
    """A saved `COMMAND DOCS` reply (JSON object of command -> doc)."""
    return _flatten_docs(json.loads(path.read_text(encoding="utf-8")))


class Report(NamedTuple):
    drift: list[str]  # differences to fix (the spec or the server moved)
    deliberate: list[str]  # differences the spec declares with `edited`, with the reason


def _differences(
    c: _spec.Command, d: dict[str, Any], flags: set[str] | None
) -> list[tuple[_spec.Fact, str]]:
    out: list[tuple[_spec.Fact, str]] = []
    for key in ("group", "since", "complexity"):
        have, want = getattr(c, key), _s(d.get(key, ""))
        if want and have != want:
            out.append((key, f"{key} {have!r} -> server {want!r}"))
    theirs = [_norm_arg(a if isinstance(a, dict) else _pairs(a)) for a in d.get("arguments") or []]
    mine = [_spec_arg(a) for a in c.arguments]
    if theirs != mine:
        out.append(("arguments", f"arguments differ: {_arg_diff(mine, theirs)}"))
    if flags is not None and not d.get("subcommands"):
        server_write = "write" in flags
        if server_write != ("write" in c.flags):
            said = "write" if server_write else "read-only"
            out.append(("flags", f"flags {list(c.flags)} but the server says {said}"))
    return out


def harvest(
    spec: _spec.Spec, docs: dict[str, dict[str, Any]], flags: dict[str, set[str]]
) -> Report:
    report = Report([], [])
    ours = {c.name: c for c in spec.commands}
    for name in sorted(set(docs) - set(ours)):
        report.drift.append(f"new on the server (not in the spec): {name}")
    for name in sorted(set(ours) - set(docs)):
        report.drift.append(f"in the spec, unknown to the server: {name}")
    for name in sorted(set(ours) & set(docs)):
        c = ours[name]
        edited = c.edited or {}
        found = _differences(c, docs[name], flags.get(name) if flags else None)
        for fact, message in found:
            if fact in edited:
                report.deliberate.append(f"{name}: {message} ({edited[fact]})")
            else:
                report.drift.append(f"{name}: {message}")
        checked = {"arguments", "group", "since", "complexity"} | ({"flags"} if flags else set())
        for fact in sorted(set(edited) & checked - {f for f, _ in found}):
            report.drift.append(f"{name}: `edited` says {fact} differ, but they match: drop it")
    return report


def _arg_diff(mine: list[dict[str, Any]], theirs: list[dict[str, Any]], path: str = "") -> str:
    a = {x["name"]: x for x in mine}
    b = {x["name"]: x for x in theirs}
    parts = [f"missing {path}{n}" for n in b if n not in a]
    parts += [f"extra {path}{n}" for n in a if n not in b]
    for n in a:
        if n in b and a[n] != b[n]:
            keys = sorted((set(a[n]) | set(b[n])) - {"arguments"})
            changed = [k for k in keys if a[n].get(k) != b[n].get(k)]
            what = ", ".join(f"{k} {a[n].get(k)!r} -> {b[n].get(k)!r}" for k in changed)
            if what:
                parts.append(f"changed {path}{n} ({what})")
            if a[n].get("arguments") != b[n].get("arguments"):
                inner = _arg_diff(
                    a[n].get("arguments", []), b[n].get("arguments", []), f"{path}{n}."
                )
                parts.append(inner)
    return ", ".join(parts) or "order differs"


def stats(spec: _spec.Spec, docs: dict[str, dict[str, Any]] | None, against: str) -> list[str]:
    top = [c for c in spec.commands if " " not in c.name]
    sub = [c for c in spec.commands if " " in c.name]
    lines = [f"spec: {len(top)} commands, {len(sub)} subcommands (Redis {spec.redis_version})"]
    for label, group in (("commands", top), ("subcommands", sub)):
        offered = [c for c in group if not c.container and c.excluded is None]
        excluded = Counter(c.excluded.reason for c in group if c.excluded is not None)
        containers = sum(1 for c in group if c.container and c.excluded is None)
        lines.append(f"  {label}: {len(offered)} offered, {sum(excluded.values())} excluded"
                     + (f", {containers} containers" if containers else ""))  # fmt: skip
        for reason, n in sorted(excluded.items()):
            names = ", ".join(c.name for c in group if c.excluded and c.excluded.reason == reason)
            lines.append(f"    {reason}: {n}: {names}")
    if docs is None:
        lines.append("missing: not checked (give --redis-url URL or --reference FILE)")
    else:
        missing = sorted(set(docs) - {c.name for c in spec.commands})
        lines.append(
            f"missing vs {against}: {len(missing)}" + (f": {', '.join(missing)}" if missing else "")
        )
    return lines


def main(argv: list[str], spec_path: Path) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m codegen {argv[0]}")
    parser.add_argument("--spec", type=Path, default=spec_path)
    source = parser.add_mutually_exclusive_group(required=argv[0] == "harvest")
    source.add_argument("--redis-url", help="a live server to compare with")
    source.add_argument("--reference", type=Path, help="a saved COMMAND DOCS reply (JSON)")
    args = parser.parse_args(argv[1:])
    spec = _spec.load(args.spec)
    docs: dict[str, dict[str, Any]] | None = None
    flags: dict[str, set[str]] = {}
    if args.redis_url:
        import redis  # the `codegen` extra

        try:
            docs, flags = _server(args.redis_url)
        except redis.RedisError as exc:
            # One clear line: the URL may carry a password, so it is not repeated here.
            print(
                f"codegen {argv[0]}: cannot read the server's command table: {exc}", file=sys.stderr
            )
            return 2
        against = "the server"
    elif args.reference:
        docs, against = reference(args.reference), args.reference.name
    if argv[0] == "stats":
        print("\n".join(stats(spec, docs, against if docs is not None else "")))
        return 0
    assert docs is not None
    report = harvest(spec, docs, flags)
    if report.drift:
        print(f"drift: {len(report.drift)} difference(s) to resolve")
        print("\n".join(f"  {line}" for line in report.drift))
    else:
        print(f"the spec matches {against}")
    if report.deliberate:
        print(f"deliberate (`edited` in the spec): {len(report.deliberate)}")
        print("\n".join(f"  {line}" for line in report.deliberate))
    return 1 if report.drift else 0
