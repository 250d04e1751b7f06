"""`python -m codegen`: generate, check, document, harvest and count.

python -m codegen                 write generated/_generated/ (the package redisrest._generated)
                                  and docs/commands.md from spec/commands.json
python -m codegen --check         regenerate both in memory; exit 1 and name the files that differ
python -m codegen docs [--check]  only docs/commands.md, the command reference
python -m codegen harvest --redis-url URL [--redis-url URL ...]
                                  compare the spec with live servers' COMMAND DOCS / INFO
                                  (Redis, Valkey, their modules), drift per server
python -m codegen stats [--redis-url URL ... | --reference FILE]
                                  commands offered / excluded (by reason) / missing, per server
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from codegen import _docs, _spec
from codegen._model import Model, build
from codegen._render import DIRECTORY, render

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "commands.json"
OUT = ROOT / "generated"
DOCS = ROOT / "docs" / "commands.md"


def _source(spec_path: Path) -> str:
    try:
        return spec_path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return spec_path.name


def _load(spec_path: Path) -> tuple[_spec.Spec, Model]:
    spec = _spec.load(spec_path)
    return spec, build(spec, _source(spec_path))


def generate(spec_path: Path) -> dict[str, str]:
    """The generated package's files: {name: text}."""
    return render(_load(spec_path)[1])


def document(spec_path: Path) -> str:
    """The text of docs/commands.md."""
    return _docs.render(*_load(spec_path))


def write(files: dict[str, str], out: Path) -> list[str]:
    pkg = out / DIRECTORY
    pkg.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in files.items():
        path = pkg / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(name)
    for stale in sorted(pkg.glob("*.py")):
        if stale.name not in files:
            stale.unlink()
            changed.append(f"{stale.name} (removed)")
    return changed


def _show_diff(have: str, want: str, name: str) -> None:
    diff = difflib.unified_diff(
        have.splitlines(), want.splitlines(), f"{name} (on disk)", f"{name} (spec)",
        lineterm="", n=1,
    )  # fmt: skip
    lines = list(diff)
    print("\n".join(lines[:40]) + ("\n..." if len(lines) > 40 else ""))


def drift(files: dict[str, str], out: Path, show_diff: bool = True) -> list[str]:
    """The files under `out` that differ from `files` (missing, changed or extra)."""
    pkg = out / DIRECTORY
    bad = []
    for name, text in files.items():
        path = pkg / name
        have = path.read_text(encoding="utf-8") if path.exists() else None
        if have != text:
            bad.append(f"{DIRECTORY}/{name}" + (" (missing)" if have is None else ""))
            if have is not None and show_diff:
                _show_diff(have, text, name)
    if pkg.exists():
        bad += [f"{DIRECTORY}/{p.name} (not generated)" for p in sorted(pkg.glob("*.py"))
                if p.name not in files]  # fmt: skip
    return bad


def docs_drift(text: str, path: Path, show_diff: bool = True) -> list[str]:
    have = path.read_text(encoding="utf-8") if path.exists() else None
    if have == text:
        return []
    if have is not None and show_diff:
        _show_diff(have, text, path.name)
    return [_shown(path) + (" (missing)" if have is None else "")]


def write_docs(text: str, path: Path) -> list[str]:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return []
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return [_shown(path)]


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _report(bad: list[str], what: str) -> int:
    if bad:
        print(f"codegen: {what} out of date; run `make generate`:", file=sys.stderr)
        for name in bad:
            print(f"  {name}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("harvest", "stats"):
        from codegen import _harvest

        return _harvest.main(argv, SPEC)
    only_docs = bool(argv) and argv[0] == "docs"
    parser = argparse.ArgumentParser(
        prog="python -m codegen" + (" docs" if only_docs else ""),
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--check", action="store_true", help="diff instead of writing")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the spec (default: %(default)s)")
    if not only_docs:
        parser.add_argument("--out", type=Path, default=None, help=f"output root (default: {OUT})")
    parser.add_argument(
        "--docs",
        type=Path,
        default=None,
        help=f"the command reference (default: {DOCS}; with --out: OUT/commands.md)",
    )
    args = parser.parse_args(argv[1:] if only_docs else argv)
    out: Path | None = None if only_docs else (args.out or OUT)
    docs_path: Path = args.docs or (
        args.out / "commands.md" if not only_docs and args.out else DOCS
    )
    try:
        spec, model = _load(args.spec)
        files = None if out is None else render(model)
        docs = _docs.render(spec, model)
    except _spec.SpecError as e:
        print(f"codegen: {e}", file=sys.stderr)
        return 2
    if args.check:
        bad = [] if files is None or out is None else drift(files, out)
        bad += docs_drift(docs, docs_path)
        if _report(bad, "generated code or docs are"):
            return 1
        where = [] if out is None else [f"{out.name}/{DIRECTORY}"]
        print(f"codegen: {' and '.join([*where, _shown(docs_path)])} up to date")
        return 0
    changed = [] if files is None or out is None else write(files, out)
    changed += write_docs(docs, docs_path)
    print(f"codegen: wrote {len(changed)} file(s)" + (f": {', '.join(changed)}" if changed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
