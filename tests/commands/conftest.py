"""Clients for the command cases: per live server (`redis`, `valkey`) and mode, on its gateway."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from redisrest import Redis
from tests.commands._harness import live_servers


@pytest.fixture(scope="session")
def live_client(request: pytest.FixtureRequest) -> Iterator[Callable[[str, str], Any]]:
    """`live_client("valkey", "bytes")`: a client of that live server's shared gateway (the
    session fixture named in `live_servers()`), `Redis[str]` for "str", `Redis[bytes]` for "bytes";
    each opened once, its server checked against what the cases were chosen for."""
    clients: dict[tuple[str, str], Any] = {}
    with ExitStack() as stack:

        def client(server: str, mode: str) -> Any:
            if (server, mode) not in clients:
                live = live_servers()[server]
                gateway = request.getfixturevalue(live.fixture)
                if not any(s == server for s, _ in clients):
                    live.check(gateway.redis_url)
                clients[server, mode] = stack.enter_context(
                    Redis(url=gateway.url, token=gateway.token, decode_responses=mode == "str")
                )
            return clients[server, mode]

        yield client


@pytest.fixture(params=["str", "bytes"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)
