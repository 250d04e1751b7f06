"""Generate a spec into a directory and import the output without touching the real package.

The generated modules import each other as `redisrest_generated.*`, the real package's name. So
the output is imported with the real modules set aside in `sys.modules` and the directory first
on `sys.path`, and the real ones are put back afterwards; the loaded modules keep their own
references (`commands._t` is the fixture's `types`), so they stay usable after the swap.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the generator is a top-level package of the project, not installed
    sys.path.insert(0, str(ROOT))

from codegen.__main__ import generate, write  # noqa: E402
from codegen._render import PACKAGE  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "fixture_spec.json"


def _ours(name: str) -> bool:
    return name == PACKAGE or name.startswith(PACKAGE + ".")


def generated_package(spec: Path, out: Path) -> dict[str, ModuleType]:
    """Generate `spec` under `out` and import its modules: {"commands": ..., "types": ...}."""
    write(generate(spec), out)
    saved = {name: module for name, module in sys.modules.items() if _ours(name)}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(out))
    try:
        modules = {
            name: importlib.import_module(f"{PACKAGE}.{name}")
            for name in ("types", "commands", "client", "aclient", "pipeline")
        }
        if Path(modules["commands"].__file__ or "").parent != out / PACKAGE:
            raise RuntimeError(f"imported {PACKAGE} from the wrong place")
        return modules
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if _ours(name)]:
            del sys.modules[name]
        sys.modules.update(saved)
