"""tests/typing/test_every_method.py is current, covers every method, and no `Any` is public."""

from __future__ import annotations

import inspect
import re

import pytest
from redisrest_generated.aclient import AsyncRedis
from redisrest_generated.client import Redis
from redisrest_generated.pipeline import AsyncPipeline, Pipeline

from tests._spec_types import load_spec
from tests.typing import make_assertions

#: Methods of the generated classes that are not Redis commands.
NOT_COMMANDS = {"pipeline", "multi", "from_env"}


def own_methods(cls: type) -> dict[str, object]:
    return {
        name: value
        for name, value in vars(cls).items()
        if not name.startswith("_") and name not in NOT_COMMANDS
    }


def test_the_typing_file_is_current() -> None:
    have = make_assertions.OUT.read_text(encoding="utf-8")
    assert have == make_assertions.build(), (
        "tests/typing/test_every_method.py is stale: run "
        "`.venv/bin/python tests/typing/make_assertions.py`"
    )


def test_every_method_is_asserted_in_every_flavour() -> None:
    text = make_assertions.OUT.read_text(encoding="utf-8")
    offered = [
        c for c in load_spec()["commands"] if not c.get("container") and not c.get("excluded")
    ]
    names = {make_assertions.method_name(c) for c in offered}
    assert names == set(own_methods(Redis)) == set(own_methods(AsyncRedis))
    for name in sorted(names):
        for flavour in (f"r.{name}(", f"rb.{name}(", f"await ar.{name}(", f"r.pipeline().{name}("):
            assert flavour in text, f"{flavour} is not asserted"
        assert re.search(rf"r\.{name}\(.*# type: ignore\[", text), f"no negative case for {name}"


@pytest.mark.parametrize("cls", [Redis, AsyncRedis, Pipeline, AsyncPipeline])
def test_no_any_in_public_signatures(cls: type) -> None:
    """Parameters never say `Any`; returns only in a pipeline's overloaded implementation,
    which the checkers never show (its `@overload`s are the signatures users see)."""
    several = {
        make_assertions.method_name(c)
        for c in load_spec()["commands"]
        if len(c.get("replies") or ()) > 1
    }
    for name, fn in own_methods(cls).items():
        assert callable(fn)
        sig = inspect.signature(fn)
        for p in sig.parameters.values():
            assert "Any" not in re.findall(r"\w+", str(p.annotation)), f"{name}({p.name})"
        if "Any" in re.findall(r"\w+", str(sig.return_annotation)):
            assert cls in (Pipeline, AsyncPipeline) and name in several, f"{name} returns Any"
