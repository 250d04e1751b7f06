"""`typing_runtime.py` passes mypy --strict and pyright strict (constructor overloads of a
hand-written subclass, from_env, with_options, execute's JSON type, typed pipelines)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SAMPLE = HERE / "typing_runtime.py"
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.timeout(300)


def test_mypy_strict() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(SAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_pyright_strict() -> None:
    pyright = shutil.which("pyright", path=str(BIN))
    if pyright is None:
        pytest.skip("pyright is not installed")
    done = subprocess.run(
        [pyright, "--outputjson", str(SAMPLE)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout[-3000:]
