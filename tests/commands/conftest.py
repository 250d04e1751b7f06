"""Clients for the command cases: one `Redis[str]` and one `Redis[bytes]` on the shared gateway."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from redisrest import Redis


@pytest.fixture(scope="session")
def text_client(gateway: Any) -> Iterator[Redis[str]]:
    with Redis(url=gateway.url, token=gateway.token) as r:
        yield r


@pytest.fixture(scope="session")
def binary_client(gateway: Any) -> Iterator[Redis[bytes]]:
    with Redis(url=gateway.url, token=gateway.token, decode_responses=False) as r:
        yield r


@pytest.fixture(params=["str", "bytes"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)
