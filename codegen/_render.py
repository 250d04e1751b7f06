"""Render the model with jinja2, then format with `ruff format`: deterministic output."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2

from codegen._model import Model

TEMPLATES = Path(__file__).parent / "templates"
#: The generated package, a subpackage of the runtime so that users see one package. Its files
#: live in the repository's generated/ folder, in DIRECTORY (generated/_generated/);
#: src/redisrest/_generated is a symbolic link to it, which puts them at their import path for
#: Python, the type checkers and the wheel. They import each other relatively (`from . import
#: commands`), so the same files also work from any other directory (the tests' fixture output).
PACKAGE = "redisrest._generated"
DIRECTORY = "_generated"
#: Where the re-exported classes say they live (`__module__`), as httpx does for its names:
#: `redisrest.Redis` and `redisrest.types.StreamEntry` in reprs, pickles and docs, the modules
#: that re-export them (src/redisrest/__init__.py, src/redisrest/types.py).
PUBLIC_MODULE = "redisrest"
PUBLIC_TYPES_MODULE = "redisrest.types"

#: output file -> (template, extra variables)
FILES: dict[str, tuple[str, dict[str, str]]] = {
    "__init__.py": ("__init__.py.jinja", {}),
    "aclient.py": ("client.py.jinja", {"kind": "async"}),
    "client.py": ("client.py.jinja", {"kind": "sync"}),
    "commands.py": ("commands.py.jinja", {}),
    "pipeline.py": ("pipeline.py.jinja", {}),
    "types.py": ("types.py.jinja", {}),
}


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.globals["package"] = PACKAGE
    env.globals["directory"] = DIRECTORY
    env.globals["public_module"] = PUBLIC_MODULE
    env.globals["public_types_module"] = PUBLIC_TYPES_MODULE
    return env


def render(model: Model) -> dict[str, str]:
    """Every file of the generated package, formatted: {relative path: text}."""
    env = environment()
    env.globals["structs"] = [s.name for s in model.structs]
    raw = {
        name: env.get_template(template).render(model=model, **extra)
        for name, (template, extra) in sorted(FILES.items())
    }
    # No py.typed: a subpackage is covered by its top-level package's marker (PEP 561),
    # src/redisrest/py.typed.
    return format_sources(raw)


def format_sources(sources: dict[str, str]) -> dict[str, str]:
    """Run `ruff format` once over all files (isolated from any project config)."""
    with tempfile.TemporaryDirectory(prefix="codegen-") as tmp:
        root = Path(tmp)
        for name, text in sources.items():
            (root / name).write_text(text, encoding="utf-8")
        cmd = [sys.executable, "-m", "ruff", "format", "--isolated", "--quiet"]
        cmd += ["--line-length", "100", "--target-version", "py310", str(root)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"ruff format failed on the rendered code:\n{proc.stderr}")
        return {name: (root / name).read_text(encoding="utf-8") for name in sources}
