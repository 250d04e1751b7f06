"""redisrest's modules import one another one way: no import circle, at any depth.

Every module of the package (its generated subpackage included) is parsed with `ast`; every import
counts, at module level, inside a function or under `if TYPE_CHECKING:` alike, since each is
a place where one module needs another. A reader can then take the layers one at a time:
client -> features (pipelines, auto-pipelining, scripts, pub/sub) -> transport -> codec and
errors.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

import redisrest

#: Circles accepted on purpose, each as the sorted tuple of its modules (none today).
ALLOWED: set[tuple[str, ...]] = set()

ROOT = Path(redisrest.__file__).parent


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    # os.walk, not Path.rglob: `_generated` is a symbolic link in a checkout, which rglob skips.
    for directory, _, files in os.walk(ROOT, followlinks=True):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = Path(directory, name)
            parts = ["redisrest", *path.relative_to(ROOT).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _imports(module: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `module` imports, wherever the import statement is."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # `from pkg import mod` imports the module `pkg.mod`; `from mod import name`, `mod`.
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        else:
            continue
        found.update(name for name in names if name in known and name != module)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {module: _imports(module, path, known) for module, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def test_no_import_circle() -> None:
    graph = _graph()
    circles = [tuple(cycle) for cycle in _cycles(graph)]
    unexpected = [cycle for cycle in circles if cycle not in ALLOWED]
    described = [
        " <-> ".join(cycle)
        + ": "
        + "; ".join(f"{a} -> {b}" for a in cycle for b in sorted(graph[a]) if b in cycle)
        for cycle in unexpected
    ]
    assert unexpected == [], "import circles:\n" + "\n".join(described)


def test_the_graph_sees_every_kind_of_import() -> None:
    """The parser itself: a function-level import and a TYPE_CHECKING one both count."""
    graph = _graph()
    assert "redisrest._errors" in graph["redisrest._transport"]  # module level
    assert "redisrest._generated.commands" in graph["redisrest._scripts"]  # in a function
    client = graph["redisrest._generated.client"]
    assert "redisrest._client" in client  # module level
    assert "redisrest._generated.commands" in client  # `from . import commands`
    assert "redisrest._generated.types" in client  # `from .types import ...`
    assert len(graph) > 30


def test_the_layers_depend_one_way() -> None:
    """The runtime's layers, lowest first: a module never imports one of a higher layer."""
    layers = [
        {"_errors", "_version", "_retry", "_command"},  # no import of the package's own
        {"_types", "_convert", "_config"},
        {"_encoding"},  # the codec
        {"_batch", "_exchange"},  # batches cut and read; the transports' contract
        {"_http11"},  # redisrest's own HTTP/1.1 pool
        {"_transport"},  # httpcore / httpx transports, and the choice among them
        {"_pipeline", "_autopipeline", "_scripts", "_pubsub"},  # the features
        {"_client"},
    ]
    rank = {f"redisrest.{name}": level for level, names in enumerate(layers) for name in names}
    graph = _graph()
    upward = [
        f"{module} -> {target}"
        for module, targets in graph.items()
        if module in rank
        for target in targets
        if target in rank and rank[target] > rank[module]
    ]
    assert upward == []
