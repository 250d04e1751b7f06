"""Golden record: the fixture spec's generated package, byte for byte; and `--check` drift."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the generator is a top-level package of the project, not installed
    sys.path.insert(0, str(ROOT))

from codegen.__main__ import document, generate, main  # noqa: E402

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixture_spec.json"
GOLDEN = HERE / "golden"
GOLDEN_DOCS = HERE / "golden_commands.md"


@pytest.fixture(scope="module")
def fixture_files() -> dict[str, str]:
    return generate(FIXTURE)


def test_golden_record(fixture_files: dict[str, str]) -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change."""
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        for old in GOLDEN.glob("*.golden"):
            old.unlink()
        for name, text in fixture_files.items():
            (GOLDEN / f"{name}.golden").write_text(text, encoding="utf-8")
    golden = {p.name.removesuffix(".golden"): p for p in GOLDEN.glob("*.golden")}
    assert sorted(golden) == sorted(fixture_files)
    for name, text in fixture_files.items():
        assert text == golden[name].read_text(encoding="utf-8"), f"{name} differs from golden"


def test_docs_golden_record() -> None:
    """The fixture's command reference, byte for byte (UPDATE_GOLDEN=1 rewrites it)."""
    text = document(FIXTURE)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN_DOCS.write_text(text, encoding="utf-8")
    assert text == GOLDEN_DOCS.read_text(encoding="utf-8")
    assert text == document(FIXTURE)


def test_docs_cover_every_command() -> None:
    import json

    text = document(FIXTURE)
    spec = json.loads(FIXTURE.read_text())
    for c in spec["commands"]:
        if c.get("excluded"):
            assert f"| {c['name']} | " in text, c["name"]
        elif not c.get("container"):
            assert (
                f": {c['name']}\n" in text
                and f"Since: Redis {c['since']['redis']} · every Valkey release." in text
            ), c["name"]
    # a variant per line, with its condition and Python type
    assert "- `withscores=True`: `list[tuple[V, float]]`: " in text
    assert "### blocking (1)" in text


def test_generation_is_deterministic(fixture_files: dict[str, str]) -> None:
    assert generate(FIXTURE) == fixture_files


def test_header_names_spec_and_hash(fixture_files: dict[str, str]) -> None:
    import hashlib

    digest = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    for name, text in fixture_files.items():
        head = text.splitlines()[:6]
        assert any("DO NOT EDIT" in line for line in head), name
        assert any("tests/codegen/fixture_spec.json" in line for line in head), name
        assert any(digest in line for line in head), name


def test_repository_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check"]) == 0, capsys.readouterr().err


def test_check_reports_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--spec", str(FIXTURE), "--out", str(tmp_path)]) == 0
    assert main(["--check", "--spec", str(FIXTURE), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "commands.md").read_text() == document(FIXTURE)  # --out: docs there too
    target = tmp_path / "_generated" / "client.py"
    target.write_text(target.read_text() + "# hand edit\n")
    (tmp_path / "commands.md").write_text("stale\n")
    (tmp_path / "_generated" / "stray.py").write_text("")
    (tmp_path / "_generated" / "types.py").unlink()
    capsys.readouterr()
    assert main(["--check", "--spec", str(FIXTURE), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "_generated/client.py" in err
    assert "_generated/types.py (missing)" in err
    assert "_generated/stray.py (not generated)" in err
    assert "commands.py" not in err
    assert "commands.md" in err
    assert (
        main(["docs", "--check", "--spec", str(FIXTURE), "--docs", str(tmp_path / "commands.md")])
        == 1
    )
    assert main(["docs", "--spec", str(FIXTURE), "--docs", str(tmp_path / "commands.md")]) == 0
    assert (
        main(["docs", "--check", "--spec", str(FIXTURE), "--docs", str(tmp_path / "commands.md")])
        == 0
    )
