"""tests/typing/test_every_method.py is current, covers every method, and no `Any` is public."""

from __future__ import annotations

import inspect
import re

import pytest

from redisrest._generated.aclient import AsyncRedis
from redisrest._generated.client import Redis
from redisrest._generated.pipeline import AsyncPipeline, Pipeline
from tests._spec_types import load_spec
from tests.typing import make_assertions

#: Methods of the generated classes that are not Redis commands.
NOT_COMMANDS = {"pipeline", "multi", "from_env", "execute"}
CLIENTS: list[type] = [Redis, AsyncRedis, Pipeline, AsyncPipeline]
#: The classes of the module namespaces (`r.json` -> JsonCommands, `pipe.json` -> PipelineJson).
NAMESPACES: list[type] = [ns for cls in CLIENTS for ns in make_assertions.namespaces(cls).values()]


def own_methods(cls: type) -> dict[str, object]:
    """Public methods (a namespace's property is not one: its class is listed on its own)."""
    return {
        name: value
        for name, value in vars(cls).items()
        if not name.startswith("_") and name not in NOT_COMMANDS and not isinstance(value, property)
    }


def paths(cls: type) -> set[str]:
    """Every command method of a client as the typing file calls it: `get`, `json.set`."""
    out = set(own_methods(cls))
    for attr, ns in make_assertions.namespaces(cls).items():
        out |= {f"{attr}.{name}" for name in own_methods(ns)}
    return out


def test_the_typing_file_is_current() -> None:
    have = make_assertions.OUT.read_text(encoding="utf-8")
    assert have == make_assertions.build(), (
        "tests/typing/test_every_method.py is stale: run "
        "`.venv/bin/python tests/typing/make_assertions.py`"
    )


def test_every_module_has_its_namespace_in_every_flavour() -> None:
    spec = load_spec()
    want = {m["namespace"] for m in (spec.get("modules") or {}).values()}
    for cls in CLIENTS:
        assert set(make_assertions.namespaces(cls)) == want, cls.__name__


def test_every_method_is_asserted_in_every_flavour() -> None:
    text = make_assertions.OUT.read_text(encoding="utf-8")
    spec = load_spec()
    offered = [c for c in spec["commands"] if not c.get("container") and not c.get("excluded")]
    names = {make_assertions.method_path(c, spec) for c in offered}
    assert names == paths(Redis) == paths(AsyncRedis) == paths(Pipeline) == paths(AsyncPipeline)
    for name in sorted(names):
        for flavour in (f"r.{name}(", f"rb.{name}(", f"await ar.{name}(", f"r.pipeline().{name}("):
            assert flavour in text, f"{flavour} is not asserted"
        assert re.search(rf"r\.{re.escape(name)}\(.*# type: ignore\[", text), (
            f"no negative case for {name}"
        )
    for c in offered:  # each typed reply (`T`) is asserted with `type=` in each flavour
        if c.get("typed_reply"):
            name = make_assertions.method_path(c, spec)
            for flavour in ("r", "rb", "await ar", "r.pipeline()"):
                assert re.search(rf"{re.escape(flavour)}\.{re.escape(name)}\([^\n]*type=", text), (
                    f"{flavour}.{name}(type=...) is not asserted"
                )


@pytest.mark.parametrize("cls", CLIENTS + NAMESPACES, ids=lambda cls: cls.__name__)
def test_no_any_in_public_signatures(cls: type) -> None:
    """Parameters never say `Any`; returns only in a pipeline's overloaded implementation,
    which the checkers never show (its `@overload`s are the signatures users see). A namespace
    class's constructor counts: its type is what `r.json` shows."""
    spec = load_spec()
    several = {
        make_assertions.method_path(c, spec).rpartition(".")[2]
        for c in spec["commands"]
        if len(c.get("replies") or ()) > 1
    }
    pipelines = (Pipeline, AsyncPipeline, *make_assertions.namespaces(Pipeline).values(),
                 *make_assertions.namespaces(AsyncPipeline).values())  # fmt: skip
    methods = own_methods(cls)
    if cls in NAMESPACES:
        methods["__init__"] = vars(cls)["__init__"]
    for name, fn in methods.items():
        assert callable(fn)
        sig = inspect.signature(fn)
        for p in sig.parameters.values():
            assert "Any" not in re.findall(r"\w+", str(p.annotation)), f"{name}({p.name})"
        if "Any" in re.findall(r"\w+", str(sig.return_annotation)):
            assert cls in pipelines and name in several, f"{name} returns Any"
