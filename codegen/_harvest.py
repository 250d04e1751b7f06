"""`python -m codegen harvest` and `python -m codegen stats`: the spec against Redis's own list.

`harvest --redis-url URL` reads a live server's `COMMAND DOCS` / `COMMAND INFO` (RESP2, via
redis-py from the `server` extra) and reports commands and subcommands missing from the spec or
unknown to the server, and per command the facts and arguments that differ (our hints `py`,
`kind`, `pytype`, `default`, `from`, `order` are ignored) and read/write flag differences.
`stats` counts what the spec offers and excludes (by reason) and what it misses, against the
server when `--redis-url` is given, else against the reference `COMMAND DOCS` of Redis 7.0.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from codegen import _spec

REFERENCE = (
    Path(__file__).resolve().parents[2] / "shared" / "reference" / "redis-7.0-command-docs.json"
)


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
    import redis  # the `server` extra

    # A raw connection: redis-py's own COMMAND reply parsing would get in the way.
    conn = redis.Redis.from_url(url, protocol=2).connection_pool.get_connection()

    def call(*args: str) -> Any:
        conn.send_command(*args)
        return conn.read_response()

    docs = _flatten_docs(_pairs(call("COMMAND", "DOCS")))
    flags: dict[str, set[str]] = {}
    for row in call("COMMAND", "INFO"):
        flags[_s(row[0]).upper().replace("|", " ")] = {_s(f) for f in row[2]}
        for sub in row[9] if len(row) > 9 else []:
            flags[_s(sub[0]).upper().replace("|", " ")] = {_s(f) for f in sub[2]}
    return docs, flags


def _reference() -> dict[str, dict[str, Any]]:
    return _flatten_docs(json.loads(REFERENCE.read_text()))


def harvest(
    spec: _spec.Spec, docs: dict[str, dict[str, Any]], flags: dict[str, set[str]]
) -> list[str]:
    report: list[str] = []
    ours = {c.name: c for c in spec.commands}
    for name in sorted(set(docs) - set(ours)):
        report.append(f"new on the server (not in the spec): {name}")
    for name in sorted(set(ours) - set(docs)):
        report.append(f"in the spec, unknown to the server: {name}")
    for name in sorted(set(ours) & set(docs)):
        c, d = ours[name], docs[name]
        for key in ("group", "since", "complexity"):
            have, want = getattr(c, key), _s(d.get(key, ""))
            if want and have != want:
                report.append(f"{name}: {key} {have!r} -> server {want!r}")
        theirs = [
            _norm_arg(a if isinstance(a, dict) else _pairs(a)) for a in d.get("arguments") or []
        ]
        mine = [_spec_arg(a) for a in c.arguments]
        if theirs != mine:
            report.append(f"{name}: arguments differ: {_arg_diff(mine, theirs)}")
        if name in flags:
            server_write = "write" in flags[name]
            if server_write != ("write" in c.flags) and not d.get("subcommands"):
                report.append(f"{name}: flags {list(c.flags)} but the server says "
                              f"{'write' if server_write else 'read-only'}")  # fmt: skip
    return report


def _arg_diff(mine: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> str:
    a = {x["name"]: x for x in mine}
    b = {x["name"]: x for x in theirs}
    parts = [f"missing {n}" for n in b if n not in a] + [f"extra {n}" for n in a if n not in b]
    parts += [f"changed {n}" for n in a if n in b and a[n] != b[n]]
    return ", ".join(parts) or "order differs"


def stats(spec: _spec.Spec, docs: dict[str, dict[str, Any]], against: str) -> list[str]:
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
    missing = sorted(set(docs) - {c.name for c in spec.commands})
    lines.append(
        f"missing vs {against}: {len(missing)}" + (f": {', '.join(missing)}" if missing else "")
    )
    return lines


def main(argv: list[str], spec_path: Path) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m codegen {argv[0]}")
    parser.add_argument("--spec", type=Path, default=spec_path)
    parser.add_argument("--redis-url", required=argv[0] == "harvest")
    args = parser.parse_args(argv[1:])
    spec = _spec.load(args.spec)
    if args.redis_url:
        docs, flags = _server(args.redis_url)
    else:
        docs, flags = _reference(), {}
    if argv[0] == "stats":
        print(
            "\n".join(stats(spec, docs, "the server" if args.redis_url else "Redis 7.0 reference"))
        )
        return 0
    report = harvest(spec, docs, flags)
    print("\n".join(report) if report else "the spec matches the server")
    return 1 if report else 0
