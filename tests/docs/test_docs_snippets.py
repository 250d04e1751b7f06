"""Every runnable python block of README.md and docs/*.md runs against a gateway.

The blocks of a document run in order in one namespace, from an empty database; its
upstash-redis and redis-py blocks run the same way before them, each flavour in a namespace
(and from a database) of its own. A block's traceback points at its lines in the document.
The README's tour also runs twice over, without emptying the database in between, as a reader
trying it again would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _docblocks import (
    FLAVOURS,
    GENERATED,
    REDIS_PY,
    ROOT,
    RUN,
    UPSTASH,
    Block,
    documents,
    python_blocks,
    runnable,
)
from _docenv import flush
from _gateway import Gateway

RUNNABLE = [
    block
    for doc in documents()
    for mode in FLAVOURS
    for block in python_blocks(doc)
    if block.mode == mode
]

# Per document and flavour: the namespace its blocks share, or None once a block failed.
_namespaces: dict[tuple[Path, str], dict[str, object] | None] = {}


@pytest.mark.parametrize("block", RUNNABLE, ids=lambda block: block.name)
def test_block_runs(block: Block, docs_env: Gateway) -> None:
    key = (block.path, block.mode)
    if key not in _namespaces:
        flush(docs_env)  # each flavour of a document starts from an empty database
    namespace = _namespaces.setdefault(key, {"__name__": "__main__"})
    if namespace is None:
        pytest.fail(f"an earlier {block.mode} block of {block.path.name} failed")
    _namespaces[key] = None
    code = compile(runnable(block, docs_env.url, docs_env.redis_url), str(block.path), "exec")
    exec(code, namespace)
    _namespaces[key] = namespace


def test_the_readme_runs_twice(docs_env: Gateway) -> None:
    """Run the README's blocks, then run them again on the database the first run left: a
    reader who tries the tour a second time gets the same results, not an AssertionError."""
    readme = [block for block in python_blocks(ROOT / "README.md") if block.mode == RUN]
    flush(docs_env)
    for attempt in ("first", "second"):
        namespace: dict[str, object] = {"__name__": "__main__"}
        for block in readme:
            code = runnable(block, docs_env.url, docs_env.redis_url)
            try:
                exec(compile(code, str(block.path), "exec"), namespace)
            except Exception as exc:
                raise AssertionError(
                    f"the {attempt} run of the README failed at {block.name}"
                ) from exc


def test_the_documents_have_runnable_blocks() -> None:
    names = {block.path.name for block in RUNNABLE}
    assert {
        "README.md",
        "migrating-from-upstash-redis.md",
        "migrating-from-redis-py.md",
        "gateway.md",
    } <= names
    assert sum(block.mode == UPSTASH for block in RUNNABLE) >= 10
    assert sum(block.mode == REDIS_PY for block in RUNNABLE) >= 10


def test_the_generated_reference_is_left_out() -> None:
    """docs/commands.md holds signatures, not programs; `codegen --check` keeps it current."""
    assert GENERATED not in documents()
    assert "GENERATED FILE, DO NOT EDIT" in GENERATED.read_text(encoding="utf-8").splitlines()[0]
