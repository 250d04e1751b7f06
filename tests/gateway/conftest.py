"""Fixtures of the gateway tests: HTTP clients, unique keys, direct redis, a tuned gateway."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import httpx
import pytest
from _gateway_direct import Direct

from redisrest.gateway import GatewayProcess

_keys = itertools.count()

#: Flags of the extra gateway that tests of limits, options and timeouts share.
TUNED_FLAGS = (
    "--allow-query-token",
    "--allow-dangerous",
    "--max-body-bytes", "2000",
    "--max-pipeline", "5",
    "--body-timeout", "1",
    "--keepalive", "0.3",
)  # fmt: skip


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="session")
def client(gateway: GatewayProcess) -> Iterator[httpx.Client]:
    """Standard token."""
    with httpx.Client(base_url=gateway.url, headers=bearer(gateway.token), timeout=10) as c:
        yield c


@pytest.fixture(scope="session")
def ro_client(gateway: GatewayProcess) -> Iterator[httpx.Client]:
    """Read-only token."""
    headers = bearer(gateway.readonly_token)
    with httpx.Client(base_url=gateway.url, headers=headers, timeout=10) as c:
        yield c


@pytest.fixture(scope="session")
def anon(gateway: GatewayProcess) -> Iterator[httpx.Client]:
    """No token."""
    with httpx.Client(base_url=gateway.url, timeout=10) as c:
        yield c


@pytest.fixture(scope="session")
def direct(gateway: GatewayProcess) -> Iterator[Direct]:
    """redis-server itself, behind the shared gateway."""
    conn = Direct(gateway.redis_url)
    yield conn
    conn.close()


@pytest.fixture
def key() -> Callable[[str], str]:
    """`key("x")`: a key name unique to this test."""
    prefix = f"gw:{next(_keys)}:"
    return lambda name: prefix + name


@pytest.fixture(scope="session")
def tuned(gateway_factory: Callable[..., GatewayProcess]) -> Iterator[GatewayProcess]:
    """An extra gateway with small limits and the opt-in flags on (see TUNED_FLAGS)."""
    with gateway_factory(*TUNED_FLAGS) as gw:
        yield gw


@pytest.fixture(scope="session")
def tuned_client(tuned: GatewayProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=tuned.url, headers=bearer(tuned.token), timeout=10) as c:
        yield c
