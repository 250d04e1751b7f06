"""`python -m codegen harvest` / `stats`: drift versus deliberate differences (`edited`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from codegen import _harvest, _spec  # noqa: E402
from codegen.__main__ import SPEC, main  # noqa: E402

COUNT = {"name": "count", "type": "integer", "token": "COUNT", "optional": True}
BLOCK = {"name": "milliseconds", "type": "integer", "token": "BLOCK", "optional": True}


def spec_of(*commands: dict[str, Any]) -> _spec.Spec:
    base = {"group": "stream", "since": "5.0.0", "complexity": "O(1)", "summary": "s.",
            "flags": ["readonly"], "replies": [{"type": "int", "doc": "d"}]}  # fmt: skip
    doc = {"redis_version": "7.0.15", "commands": [{**base, **c} for c in commands]}
    return _spec.parse(json.dumps(doc).encode())


def server_doc(*arguments: dict[str, Any]) -> dict[str, Any]:
    """A COMMAND DOCS entry as the server sends it (flags as a list)."""
    out = []
    for a in arguments:
        flags = [f for f in ("optional", "multiple") if a.get(f)]
        out.append(
            {k: v for k, v in a.items() if k not in ("optional", "multiple")} | {"flags": flags}
        )
    return {"group": "stream", "since": "5.0.0", "complexity": "O(1)", "arguments": out}


def test_an_edited_fact_is_deliberate_and_the_rest_is_drift() -> None:
    spec = spec_of(
        {"name": "XRANGE", "arguments": [COUNT], "since": "6.0.0"},
        {"name": "XREAD", "arguments": [COUNT], "edited": {"arguments": "no BLOCK over HTTP"}},
    )
    docs = {"XREAD": server_doc(COUNT, BLOCK), "XRANGE": server_doc(COUNT, BLOCK)}
    report = _harvest.harvest(spec, docs, {})
    assert report.deliberate == [
        "XREAD: arguments differ: missing milliseconds (no BLOCK over HTTP)"
    ]
    assert report.drift == [
        "XRANGE: since '6.0.0' -> server '5.0.0'",
        "XRANGE: arguments differ: missing milliseconds",
    ]


def test_edited_covers_only_the_facts_it_names() -> None:
    spec = spec_of(
        {"name": "EVAL", "flags": ["write"], "edited": {"flags": "the script may write"},
         "arguments": [COUNT]},
    )  # fmt: skip
    docs = {"EVAL": server_doc(COUNT, BLOCK)}
    report = _harvest.harvest(spec, docs, {"EVAL": {"noscript"}})
    assert report.deliberate == [
        "EVAL: flags ['write'] but the server says read-only (the script may write)"
    ]
    assert report.drift == ["EVAL: arguments differ: missing milliseconds"]


def test_a_stale_edited_marker_is_drift() -> None:
    spec = spec_of({"name": "XREAD", "arguments": [COUNT], "edited": {"arguments": "why"}})
    report = _harvest.harvest(spec, {"XREAD": server_doc(COUNT)}, {})
    assert report.deliberate == []
    assert report.drift == ["XREAD: `edited` says arguments differ, but they match: drop it"]


def test_commands_missing_on_either_side_and_nested_changes() -> None:
    by = {"name": "by", "type": "block", "arguments": [{"name": "radius", "type": "double"}]}
    moved = {"name": "by", "type": "block",
             "arguments": [{"name": "radius", "type": "double", "token": "BYRADIUS"}]}  # fmt: skip
    spec = spec_of({"name": "GEOSEARCH", "arguments": [by]}, {"name": "OLDCMD", "arguments": []})
    docs = {"GEOSEARCH": server_doc(moved), "NEWCMD": server_doc()}
    assert _harvest.harvest(spec, docs, {}).drift == [
        "new on the server (not in the spec): NEWCMD",
        "in the spec, unknown to the server: OLDCMD",
        "GEOSEARCH: arguments differ: changed by.radius (token None -> 'BYRADIUS')",
    ]


def test_edited_keys_are_checked_by_the_loader() -> None:
    with pytest.raises(_spec.SpecError, match="edited"):
        spec_of({"name": "XREAD", "arguments": [], "edited": {"argumnets": "typo"}})


def test_reference_file_and_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"redis_version": "7.0.15", "commands": [
        {"name": "XREAD", "group": "stream", "since": "5.0.0", "complexity": "O(1)",
         "summary": "s.", "flags": ["readonly"], "arguments": [COUNT],
         "edited": {"arguments": "no BLOCK"}, "replies": [{"type": "int", "doc": "d"}]}]}))  # fmt: skip
    ref = tmp_path / "docs.json"
    ref.write_text(json.dumps({"xread": server_doc(COUNT, BLOCK)}))
    assert main(["harvest", "--spec", str(spec), "--reference", str(ref)]) == 0
    out = capsys.readouterr().out
    assert "the spec matches docs.json" in out and "deliberate" in out and "no BLOCK" in out
    ref.write_text(json.dumps({"xread": server_doc(COUNT, BLOCK), "xnew": server_doc()}))
    assert main(["harvest", "--spec", str(spec), "--reference", str(ref)]) == 1
    assert "new on the server (not in the spec): XNEW" in capsys.readouterr().out
    assert main(["stats", "--spec", str(spec), "--reference", str(ref)]) == 0
    assert "missing vs docs.json: 1: XNEW" in capsys.readouterr().out
    assert main(["stats", "--spec", str(spec)]) == 0
    assert "missing: not checked" in capsys.readouterr().out


def test_no_default_path_points_outside_the_repository() -> None:
    import codegen.__main__ as cli

    paths = [v for m in (_harvest, cli) for v in vars(m).values() if isinstance(v, Path)]
    assert paths and all(p.resolve().is_relative_to(ROOT) for p in paths)


def test_the_spec_against_the_live_server(gateway: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """The real spec against the session's redis-server: no drift; the edits are listed."""
    import redis

    version = redis.Redis.from_url(gateway.redis_url).info("server")["redis_version"]
    if version.split(".")[:2] != _spec.load(SPEC).redis_version.split(".")[:2]:
        pytest.skip(f"the spec describes Redis {_spec.load(SPEC).redis_version}, not {version}")
    assert main(["harvest", "--redis-url", gateway.redis_url]) == 0
    out = capsys.readouterr().out
    assert "the spec matches the server" in out
    assert "XREAD: arguments differ: missing milliseconds (BLOCK is removed" in out
    assert "EVAL: flags ['write'] but the server says read-only" in out


def test_an_unreachable_server_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    from codegen.__main__ import main as codegen_main

    assert codegen_main(["stats", "--redis-url", "redis://127.0.0.1:1"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("codegen stats: cannot read the server's command table:")
    assert "\n" not in err and "Traceback" not in err
