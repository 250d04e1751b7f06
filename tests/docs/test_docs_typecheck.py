"""`mypy --strict` on the documents' python blocks and on examples/, in one run.

Each document becomes a module whose line numbers are the document's (its redisrest blocks;
its upstash-redis blocks in a second module, checked against upstash-redis' own stubs, and its
redis-py blocks in a third, against redis-py's annotations), so an error reads `README.md:123: error: ...`. A `reveal NAME.py` block is checked alone as NAME.py,
and mypy's output for it must be the ```text block that follows it in the document.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from _docblocks import (
    NO_RUN,
    REDIS_PY,
    REVEAL,
    ROOT,
    RUN,
    UPSTASH,
    Block,
    aligned_source,
    documents,
    expected_reveal,
    python_blocks,
)

EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
REVEALS = [block for doc in documents() for block in python_blocks(doc) if block.mode == REVEAL]

pytestmark = pytest.mark.timeout(300)  # a cold mypy cache checks the whole package first


@dataclass
class Report:
    """mypy's output lines, by the file they are about (a document, an example, a reveal)."""

    by_file: dict[str, list[str]] = field(default_factory=dict)
    raw: str = ""

    def errors(self, name: str) -> list[str]:
        return [line for line in self.by_file.get(name, []) if ": error: " in line]


def _module_name(doc: Path, flavour: str) -> str:
    return re.sub(r"\W", "_", doc.stem) + f"_{flavour}"


#: A user's file: what mypy says about redisrest's classes names one package, `redisrest`.
ONE_PACKAGE = """\
from redisrest import AsyncRedis, Redis

r = Redis(url="http://127.0.0.1:8079", token="dev")
reveal_type(r)
reveal_type(AsyncRedis.from_env())
reveal_type(r.pipeline().get("a"))
reveal_type(r.xrange("events"))
reveal_type(r.json)
r.get(1.5)
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Report]:
    out = tmp_path_factory.mktemp("docs_mypy")
    files: dict[Path, str] = {}  # file mypy checks -> the name its lines are reported under
    for doc in documents():
        blocks = python_blocks(doc)
        shown = str(doc.relative_to(ROOT))
        flavours = (("redisrest", (RUN, NO_RUN)), ("upstash", (UPSTASH,)), ("redispy", (REDIS_PY,)))
        for flavour, modes in flavours:
            chosen = [block for block in blocks if block.mode in modes]
            if chosen:
                path = out / f"{_module_name(doc, flavour)}.py"
                path.write_text(aligned_source(chosen), encoding="utf-8")
                files[path] = shown
    names = [block.reveal_file for block in REVEALS]
    assert len(names) == len(set(names)), f"two reveal blocks share a file name: {names}"
    for block in REVEALS:
        path = out / block.reveal_file
        path.write_text(block.code, encoding="utf-8")
        files[path] = block.reveal_file
    for example in EXAMPLES:
        files[example] = str(example.relative_to(ROOT))
    user = out / "one_package.py"
    user.write_text(ONE_PACKAGE, encoding="utf-8")
    files[user] = user.name
    # By file name: mypy replays a cached module's messages with the path it had then.
    shown_as = {path.name: shown for path, shown in files.items()}
    assert len(shown_as) == len(files), "two checked files share a name"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            "--no-error-summary",
            "--no-color-output",
            *map(str, files),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    result = Report(raw=done.stdout + done.stderr)
    for line in done.stdout.splitlines():
        where, sep, rest = line.partition(":")
        about = shown_as.get(Path(where).name)
        if sep and about is not None:
            result.by_file.setdefault(about, []).append(f"{about}:{rest}")
        else:
            result.by_file.setdefault("", []).append(line)
    assert done.returncode in (0, 1), result.raw  # 2: mypy itself failed
    yield result


@pytest.mark.parametrize("doc", documents(), ids=lambda doc: doc.name)
def test_document_blocks_type_check(doc: Path, report: Report) -> None:
    shown = str(doc.relative_to(ROOT))
    assert report.errors(shown) == [], "\n".join(report.by_file[shown])


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.name)
def test_example_type_checks(example: Path, report: Report) -> None:
    shown = str(example.relative_to(ROOT))
    assert report.by_file.get(shown, []) == []


@pytest.mark.parametrize("block", REVEALS, ids=lambda block: block.name)
def test_reveal_output_is_what_the_document_shows(block: Block, report: Report) -> None:
    assert report.by_file.get(block.reveal_file, []) == expected_reveal(block.path, block)


def test_mypy_names_one_package(report: Report) -> None:
    """The generated classes are `redisrest._generated.*`: no second top-level package."""
    revealed = "one_package.py:{}: note: Revealed type is {}".format
    assert report.by_file["one_package.py"] == [
        revealed(4, '"redisrest._generated.client.Redis[str]"'),
        revealed(5, '"redisrest._generated.aclient.AsyncRedis[str]"'),
        revealed(6, '"redisrest._generated.pipeline.Pipeline[str, str | None]"'),
        revealed(7, '"list[redisrest._generated.types.StreamEntry[str]]"'),
        revealed(8, '"redisrest._generated.client.JsonCommands[str]"'),
        'one_package.py:9: error: Argument 1 to "get" of "Redis" has incompatible type "float";'
        ' expected "str | bytes"  [arg-type]',
    ]


def test_nothing_unaccounted_for(report: Report) -> None:
    """Every line of mypy's output is about a file we gave it (nothing about mypy itself)."""
    assert report.by_file.get("", []) == [], report.raw
    assert EXAMPLES and REVEALS
