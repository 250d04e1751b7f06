"""Fixtures of the cluster suite: a real local Redis Cluster and a gateway in front of it.

- `local_cluster`: one 6-node cluster (3 masters, 1 replica each) for the whole session. Tests
  that kill, restart or reshard nodes put it back as they found it (every slot covered, every
  master with a live replica) or, better, take their own from `cluster_factory`.
- `cluster_gateway`: `redisrest serve --redis-url redis+cluster://...` in front of it.
- `cluster_factory()` / `cluster_gateway_factory(cluster)`: one more of each, as context managers.
- `figures`: record figures that are printed at the end of the run (`-s` or not).
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Iterator

import pytest
from _cluster import LocalCluster
from _figures import Figures, Record
from _gateway import Gateway, start_gateway

_FIGURES = Figures("cluster figures")
_keys = itertools.count()


@pytest.fixture(scope="session")
def local_cluster() -> Iterator[LocalCluster]:
    with LocalCluster() as cluster:
        yield cluster


def start_cluster_gateway(cluster: LocalCluster, *flags: str) -> Gateway:
    """A gateway in front of `cluster` (a context manager), with extra `redisrest serve` flags."""
    return start_gateway(*flags, redis_url=cluster.url)


@pytest.fixture(scope="session")
def cluster_gateway(local_cluster: LocalCluster) -> Iterator[Gateway]:
    with start_cluster_gateway(local_cluster) as gw:
        yield gw


@pytest.fixture(scope="session")
def cluster_factory() -> Callable[..., LocalCluster]:
    """`with cluster_factory(**options) as cluster:`: a cluster of this test's own (LocalCluster)."""
    return LocalCluster


@pytest.fixture(scope="session")
def cluster_gateway_factory() -> Callable[..., Gateway]:
    """`with cluster_gateway_factory(cluster, *flags) as gw:`."""
    return start_cluster_gateway


@pytest.fixture
def prefix() -> str:
    """A key prefix unique to this test and run (the session cluster is shared)."""
    return f"cl:{secrets.token_hex(3)}:{next(_keys)}:"


@pytest.fixture
def figures() -> Record:
    return _FIGURES.record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    _FIGURES.summary(terminalreporter)
