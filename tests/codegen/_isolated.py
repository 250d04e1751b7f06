"""Generate a spec into a directory and import the output beside the real package.

The generated modules import each other relatively (`from . import types as _t`) and the runtime
by its name (`redisrest._command`). So the output directory (`_generated`) is imported as a
top-level package of its own, with its parent first on `sys.path`, next to the real
`redisrest._generated`; its entries leave `sys.modules` afterwards, and the loaded modules keep
their own references (`commands._t` is the fixture's `types`), so they stay usable.
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
from codegen._render import DIRECTORY  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "fixture_spec.json"


def _ours(name: str) -> bool:
    return name == DIRECTORY or name.startswith(DIRECTORY + ".")


def generated_package(spec: Path, out: Path) -> dict[str, ModuleType]:
    """Generate `spec` under `out` and import its modules: {"commands": ..., "types": ...}."""
    write(generate(spec), out)
    for name in [name for name in sys.modules if _ours(name)]:
        del sys.modules[name]
    sys.path.insert(0, str(out))
    try:
        modules = {
            name: importlib.import_module(f"{DIRECTORY}.{name}")
            for name in ("types", "commands", "client", "aclient", "pipeline")
        }
        if Path(modules["commands"].__file__ or "").parent != out / DIRECTORY:
            raise RuntimeError(f"imported {DIRECTORY} from the wrong place")
        return modules
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if _ours(name)]:
            del sys.modules[name]
