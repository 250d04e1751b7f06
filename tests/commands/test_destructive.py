"""The server-wide cases (FLUSHDB, FLUSHALL, SCRIPT/FUNCTION FLUSH, CONFIG changes...).

They would disturb every other test on the shared gateway, so they run here, one after another,
on private gateways of their own started with `--allow-dangerous`: one per live server (Redis 7.0,
Valkey 9.1), each case on every server that has what it calls, like the other cases.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

import tests.commands as package
from redisrest import Redis
from tests.commands._harness import Case, live_params, live_servers, run_case


def _destructive_cases() -> list[Case]:
    cases: list[Case] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("test_") and info.name not in ("test_coverage", "test_destructive"):
            module = importlib.import_module(f"tests.commands.{info.name}")
            cases.extend(getattr(module, "DESTRUCTIVE_CASES", []))
    return cases


CASES = _destructive_cases()


@pytest.fixture(scope="module")
def private_gateway() -> Iterator[Callable[[str], Any]]:
    """`private_gateway("valkey")`: that live server's private gateway, started on first use."""
    started: dict[str, Any] = {}
    with ExitStack() as stack:

        def get(server: str) -> Any:
            if server not in started:
                live = live_servers()[server]
                started[server] = stack.enter_context(live.start("--allow-dangerous"))
                live.check(started[server].redis_url)
            return started[server]

        yield get


def test_there_are_destructive_cases() -> None:
    assert len(CASES) >= 20  # FLUSHDB/FLUSHALL, SCRIPT/FUNCTION FLUSH and friends


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
@pytest.mark.parametrize("mode", ["str", "bytes"])
def test_destructive_case(case: Case, server: str, mode: str, private_gateway: Any) -> None:
    binary = mode == "bytes"
    gw = private_gateway(server)
    with (
        Redis(url=gw.url, token=gw.token) as text,
        Redis(url=gw.url, token=gw.token, decode_responses=False) as raw,
    ):
        run_case(case, raw if binary else text, binary=binary, server=server)
