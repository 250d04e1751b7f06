"""Fixtures shared by every test suite."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from _gateway import Gateway, start_gateway, start_valkey_gateway


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    """One gateway over its own redis-server 7.0 for the whole session (keys are shared: prefix them)."""
    with start_gateway() as gw:
        yield gw


@pytest.fixture(scope="session")
def valkey_gateway() -> Iterator[Gateway]:
    """One gateway over its own valkey-server 9.1 with RedisJSON loaded, for the whole session.

    `.server` is what it started (`valkey-server 9.1.2 (...)`); `_servers.server_info(gw.redis_url)`
    asks the server itself.
    """
    with start_valkey_gateway() as gw:
        yield gw


@pytest.fixture(scope="session")
def gateway_factory() -> Callable[..., Gateway]:
    """`start_gateway`: run an extra gateway with custom flags, as a context manager."""
    return start_gateway
