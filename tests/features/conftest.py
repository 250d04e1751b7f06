"""Fixtures of the feature tests: clients of the session gateway, unique keys, and a recorder
that wraps a client's transport to count its requests (and, where a test says so, inject a
fault a real server cannot produce on demand)."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Iterator

import pytest
from _gateway import Gateway

from redisrest import AsyncRedis, Redis


@pytest.fixture
def key() -> str:
    """A key prefix no other test uses."""
    return f"features:{secrets.token_hex(6)}"


@pytest.fixture
def r(gateway: Gateway) -> Iterator[Redis[str]]:
    with Redis(gateway.url, gateway.token) as client:
        yield client


@pytest.fixture
def rb(gateway: Gateway) -> Iterator[Redis[bytes]]:
    with Redis(gateway.url, gateway.token, decode_responses=False) as client:
        yield client


@pytest.fixture
async def ar(gateway: Gateway) -> AsyncIterator[AsyncRedis[str]]:
    async with AsyncRedis(gateway.url, gateway.token) as client:
        yield client
