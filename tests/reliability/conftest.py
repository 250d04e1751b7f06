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
from _reliability_support import Record, direct_client

from redisrest.gateway import GatewayProcess

#: Figures recorded during the run: (section title, [(label, value), ...]), in order.
_FIGURES: list[tuple[str, list[tuple[str, object]]]] = []
_keys = itertools.count()


@pytest.fixture
def figures() -> Record:
    def record(title: str, rows: list[tuple[str, object]]) -> None:
        _FIGURES.append((title, rows))

    return record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _FIGURES:
        return
    terminalreporter.section("reliability figures")
    for title, rows in _FIGURES:
        terminalreporter.write_line(f"{title}:")
        width = max(len(label) for label, _ in rows)
        for label, value in rows:
            terminalreporter.write_line(f"  {label.ljust(width)}  {value}")


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
