"""`python -m codegen`: generate, check, harvest and count.

python -m codegen                 write generated/redisrest_generated/ from spec/commands.json
python -m codegen --check         regenerate in memory; exit 1 and name the files that differ
python -m codegen harvest --redis-url URL
                                  compare the spec with a live server's COMMAND DOCS / INFO
python -m codegen stats [--redis-url URL]
                                  commands offered / excluded (by reason) / missing
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from codegen import _spec
from codegen._model import build
from codegen._render import PACKAGE, render

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "commands.json"
OUT = ROOT / "generated"


def generate(spec_path: Path) -> dict[str, str]:
    spec = _spec.load(spec_path)
    try:
        source = spec_path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        source = spec_path.name
    return render(build(spec, source))


def write(files: dict[str, str], out: Path) -> list[str]:
    pkg = out / PACKAGE
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


def drift(files: dict[str, str], out: Path, show_diff: bool = True) -> list[str]:
    """The files under `out` that differ from `files` (missing, changed or extra)."""
    pkg = out / PACKAGE
    bad = []
    for name, text in files.items():
        path = pkg / name
        have = path.read_text(encoding="utf-8") if path.exists() else None
        if have != text:
            bad.append(f"{PACKAGE}/{name}" + (" (missing)" if have is None else ""))
            if have is not None and show_diff:
                diff = difflib.unified_diff(
                    have.splitlines(), text.splitlines(), f"{name} (on disk)", f"{name} (spec)",
                    lineterm="", n=1,
                )  # fmt: skip
                lines = list(diff)
                print("\n".join(lines[:40]) + ("\n..." if len(lines) > 40 else ""))
    if pkg.exists():
        bad += [f"{PACKAGE}/{p.name} (not generated)" for p in sorted(pkg.glob("*.py"))
                if p.name not in files]  # fmt: skip
    return bad


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("harvest", "stats"):
        from codegen import _harvest

        return _harvest.main(argv, SPEC)
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--check", action="store_true", help="diff instead of writing")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the spec (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=OUT, help="output root (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        files = generate(args.spec)
    except _spec.SpecError as e:
        print(f"codegen: {e}", file=sys.stderr)
        return 2
    if args.check:
        bad = drift(files, args.out)
        if bad:
            print("codegen: generated code is out of date; run `make generate`:", file=sys.stderr)
            for name in bad:
                print(f"  {name}", file=sys.stderr)
            return 1
        print(f"codegen: {args.out.name}/{PACKAGE} is up to date")
        return 0
    changed = write(files, args.out)
    print(f"codegen: wrote {len(changed)} file(s)" + (f": {', '.join(changed)}" if changed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
