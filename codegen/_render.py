"""Render the model with jinja2, then format with `ruff format`: deterministic output."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2

from codegen._model import Model

TEMPLATES = Path(__file__).parent / "templates"
PACKAGE = "redisrest_generated"

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
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render(model: Model) -> dict[str, str]:
    """Every file of the generated package, formatted: {relative path: text}."""
    env = environment()
    env.globals["structs"] = [s.name for s in model.structs]
    raw = {
        name: env.get_template(template).render(model=model, **extra)
        for name, (template, extra) in sorted(FILES.items())
    }
    files = format_sources(raw)
    # PEP 561 marker: without it a user's type checker treats the generated package as untyped.
    files["py.typed"] = ""
    return files


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
