"""Fixtures of the reliability suite, and the figures it prints at the end of the run.

Tests record their figures with the `figures` fixture (`figures("load", [("requests", n)])`);
they are printed in the terminal summary whether or not pytest captures output (`-s` or not),
so `make test` and `make soak` both show them.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator

import pytest
import redis
from _figures import Figures, Record
from _reliability_support import direct_client

from redisrest.gateway import GatewayProcess

_FIGURES = Figures("reliability figures")
_keys = itertools.count()


@pytest.fixture
def figures() -> Record:
    return _FIGURES.record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    _FIGURES.summary(terminalreporter)


@pytest.fixture
def prefix() -> str:
    """A key prefix unique to this test (and this run: the session redis-server is shared)."""
    return f"rel:{secrets.token_hex(3)}:{next(_keys)}:"


@pytest.fixture(scope="session")
def direct(gateway: GatewayProcess) -> Iterator[redis.Redis]:
    """redis-server behind the session gateway, bypassing it."""
    conn = direct_client(gateway.redis_url)
    yield conn
    conn.close()
