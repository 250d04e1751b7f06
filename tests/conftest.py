"""Fixtures shared by every test suite."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from _gateway import Gateway, start_gateway


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    """One gateway with its own redis-server for the whole session (keys are shared: prefix them)."""
    with start_gateway() as gw:
        yield gw


@pytest.fixture(scope="session")
def gateway_factory() -> Callable[..., Gateway]:
    """`start_gateway`: run an extra gateway with custom flags, as a context manager."""
    return start_gateway
