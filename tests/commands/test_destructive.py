"""The server-wide cases (FLUSHDB, FLUSHALL, SCRIPT/FUNCTION FLUSH, CONFIG changes...).

They would disturb every other test on the shared gateway, so they run here, one after another,
on a private gateway of their own started with `--allow-dangerous`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import tests.commands as package
from redisrest import Redis
from tests.commands._harness import Case, run_case


def _destructive_cases() -> list[Case]:
    cases: list[Case] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("test_") and info.name not in ("test_coverage", "test_destructive"):
            module = importlib.import_module(f"tests.commands.{info.name}")
            cases.extend(getattr(module, "DESTRUCTIVE_CASES", []))
    return cases


CASES = _destructive_cases()


@pytest.fixture(scope="module")
def private_gateway(gateway_factory: Callable[..., Any]) -> Iterator[Any]:
    with gateway_factory("--allow-dangerous") as gw:
        yield gw


def test_there_are_destructive_cases() -> None:
    assert len(CASES) >= 20  # FLUSHDB/FLUSHALL, SCRIPT/FUNCTION FLUSH and friends


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
@pytest.mark.parametrize("mode", ["str", "bytes"])
def test_destructive_case(case: Case, mode: str, private_gateway: Any) -> None:
    binary = mode == "bytes"
    with (
        Redis(url=private_gateway.url, token=private_gateway.token) as text,
        Redis(url=private_gateway.url, token=private_gateway.token, decode_responses=False) as raw,
    ):
        run_case(case, raw if binary else text, binary=binary)
