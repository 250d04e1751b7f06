"""Fixtures of the documentation tests: a gateway of their own, with the snippets' tokens."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from _docblocks import SNIPPET_READONLY_TOKEN, SNIPPET_TOKEN
from _gateway import Gateway


@pytest.fixture(scope="session")
def docs_gateway(gateway_factory: Callable[..., Gateway]) -> Iterator[Gateway]:
    """A gateway with the tokens the documents show (`dev-token`, `dev-readonly`).

    Its own redis-server, because the documents and examples use plain key names
    (`user:1`, `scores`) and start from an empty database (see `flush`).
    """
    with gateway_factory(token=SNIPPET_TOKEN, readonly_token=SNIPPET_READONLY_TOKEN) as gw:
        yield gw


@pytest.fixture
def docs_env(docs_gateway: Gateway, monkeypatch: pytest.MonkeyPatch) -> Gateway:
    """The docs gateway in UPSTASH_REDIS_REST_URL / _TOKEN, for `from_env()`."""
    for name in ("KV_REST_API_URL", "KV_REST_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("UPSTASH_REDIS_REST_URL", docs_gateway.url)
    monkeypatch.setenv("UPSTASH_REDIS_REST_TOKEN", docs_gateway.token)
    return docs_gateway
