"""How batches are cut into requests (pure), and the policy numbers of the features."""

from __future__ import annotations

import pytest

from redisrest import _batch, _client, _pubsub
from redisrest._batch import join, split
from redisrest.gateway import DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_PIPELINE

SPLITS = [
    # sizes, max commands, max bytes, ranges
    ([], 10, 100, []),
    ([5, 5, 5], 10, 100, [(0, 3)]),
    ([5, 5, 5], 2, 100, [(0, 2), (2, 3)]),
    ([5, 5, 5], 1, 100, [(0, 1), (1, 2), (2, 3)]),
    # body = "[" + parts joined by "," + "]": two 5-byte parts take 13 bytes, three take 19
    ([5, 5, 5], 10, 13, [(0, 2), (2, 3)]),
    ([5, 5, 5], 10, 12, [(0, 1), (1, 2), (2, 3)]),
    ([5, 5, 5], 10, 19, [(0, 3)]),
    ([50, 5, 5], 10, 13, [(0, 1), (1, 3)]),  # too large alone: a request of its own
    ([5, 50, 5], 10, 13, [(0, 1), (1, 2), (2, 3)]),
]


@pytest.mark.parametrize(("sizes", "commands", "size", "ranges"), SPLITS)
def test_split(sizes: list[int], commands: int, size: int, ranges: list[tuple[int, int]]) -> None:
    assert split(sizes, commands, size) == ranges
    for start, end in ranges:  # the byte cap holds for every request of two or more commands
        body = join([b"x" * n for n in sizes[start:end]])
        assert len(body) <= size or end - start == 1


def test_policy_numbers() -> None:
    assert _batch.PIPELINE_MAX_COMMANDS == 1_000 <= DEFAULT_MAX_PIPELINE
    assert _batch.AUTO_PIPELINE_MAX_COMMANDS == 1_000
    assert _batch.PIPELINE_MAX_BYTES == 512 * 1024 < DEFAULT_MAX_BODY_BYTES
    assert _client.SCAN_COUNT == 1_000
    assert _pubsub.SSE_IDLE_TIMEOUT == 60.0
    assert _pubsub.RECONNECT_ATTEMPTS == 10
