"""A pipeline queues the very Command its builder returns.

Each method of the generated pipelines holds its command's builder body (rendered from the one
template, _builder.jinja) instead of calling the builder: a Python call less per queued command.
Checked statement for statement on the generated package, for every command, in both pipelines
and their namespaces: the builder's body with `codec` read as `self._codec`, its `return X` as
`queued: Command[R] = X`.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from codegen.__main__ import SPEC, _load  # noqa: E402

PACKAGE = ROOT / "src" / "redisrest" / "_generated"


def _tree(name: str) -> ast.Module:
    return ast.parse((PACKAGE / name).read_text(encoding="utf-8"))


def _body(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.stmt]:
    statements = function.body
    first = statements[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
        statements = statements[1:]  # the docstring
    return statements


class _SelfCodec(ast.NodeTransformer):
    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id == "codec":
            return ast.Attribute(ast.Name("self", ast.Load()), "_codec", ast.Load())
        return node


def _dump(statements: list[ast.stmt]) -> list[str]:
    return [ast.dump(s) for s in statements]


@pytest.fixture(scope="module")
def builders() -> dict[str, ast.FunctionDef]:
    return {
        node.name: node for node in _tree("commands.py").body if isinstance(node, ast.FunctionDef)
    }


@pytest.fixture(scope="module")
def pipeline_classes() -> dict[str, dict[str, ast.FunctionDef]]:
    classes: dict[str, dict[str, ast.FunctionDef]] = {}
    for node in _tree("pipeline.py").body:
        if isinstance(node, ast.ClassDef):
            methods = classes.setdefault(node.name, {})
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    methods[item.name] = item  # the last one: the implementation, not overloads
    return classes


def _pairs() -> list[tuple[str, str, str]]:
    """(pipeline class, method, builder) for every command of the real spec."""
    _spec, model = _load(SPEC)
    pairs: list[tuple[str, str, str]] = []
    for cls in ("Pipeline", "AsyncPipeline"):
        pairs += [(cls, m.name, m.builder_name) for m in model.core]
        for ns, methods in model.namespaces:
            pairs += [(cls + ns.cls, m.name, m.builder_name) for m in methods]
    return pairs


PAIRS = _pairs()


def test_every_command_is_checked() -> None:
    _spec, model = _load(SPEC)
    assert len(PAIRS) == 2 * len(model.methods) > 500


@pytest.mark.parametrize(("cls", "name", "builder"), PAIRS)
def test_pipeline_method_holds_its_builders_body(
    cls: str,
    name: str,
    builder: str,
    builders: dict[str, ast.FunctionDef],
    pipeline_classes: dict[str, dict[str, ast.FunctionDef]],
) -> None:
    built = _body(builders[builder])
    queued = _body(pipeline_classes[cls][name])
    made = built[-1]
    assert isinstance(made, ast.Return) and made.value is not None
    # The method: the builder's statements, then `queued: Command[R] = <the same Command>`,
    # then the queueing (which only appends or pushes `queued` and returns).
    steps = [_SelfCodec().visit(s) for s in built[:-1]]
    assert _dump(queued[: len(steps)]) == _dump(steps)
    assign = queued[len(steps)]
    assert isinstance(assign, ast.AnnAssign) and isinstance(assign.target, ast.Name)
    assert assign.target.id == "queued"
    assert ast.unparse(assign.annotation) == ast.unparse(builders[builder].returns or made)
    assert assign.value is not None
    assert ast.dump(assign.value) == ast.dump(_SelfCodec().visit(made.value))
    rest = ast.unparse(ast.Module(queued[len(steps) + 1 :], []))
    assert "self._commands.append(queued)" in rest or "self._push(queued)" in rest
    assert "_cmd." not in rest
