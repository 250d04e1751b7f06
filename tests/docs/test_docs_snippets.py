"""Every runnable python block of README.md and docs/*.md runs against a gateway.

The blocks of a document run in order in one namespace, from an empty database; its
upstash-redis blocks run the same way before them, in a namespace (and from a database) of
their own. A block's traceback points at its lines in the document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _docblocks import GENERATED, RUN, UPSTASH, Block, documents, python_blocks, runnable
from _docenv import flush
from _gateway import Gateway

RUNNABLE = [
    block
    for doc in documents()
    for mode in (UPSTASH, RUN)
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
    code = compile(runnable(block, docs_env.url), str(block.path), "exec")
    exec(code, namespace)
    _namespaces[key] = namespace


def test_the_documents_have_runnable_blocks() -> None:
    names = {block.path.name for block in RUNNABLE}
    assert {"README.md", "migrating-from-upstash-redis.md", "gateway.md"} <= names
    assert sum(block.mode == UPSTASH for block in RUNNABLE) >= 10


def test_the_generated_reference_is_left_out() -> None:
    """docs/commands.md holds signatures, not programs; `codegen --check` keeps it current."""
    assert GENERATED not in documents()
    assert "GENERATED FILE, DO NOT EDIT" in GENERATED.read_text(encoding="utf-8").splitlines()[0]
