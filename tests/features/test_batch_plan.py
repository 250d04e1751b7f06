"""How batches are cut into requests (pure), and the policy numbers of the features."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest

from redisrest import _batch, _client, _pubsub
from redisrest._batch import join, plan, split
from redisrest._command import BINARY, TEXT, Command
from redisrest._encoding import encode_command
from redisrest._generated import commands as _cmd
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
    assert _batch.PIPELINE_MAX_COMMANDS == 10_000 <= DEFAULT_MAX_PIPELINE
    assert _batch.AUTO_PIPELINE_MAX_COMMANDS == 1_000
    assert _batch.PIPELINE_MAX_BYTES == 512 * 1024 < DEFAULT_MAX_BODY_BYTES
    assert _client.SCAN_COUNT == 1_000
    assert _pubsub.SSE_IDLE_TIMEOUT == 60.0
    assert _pubsub.RECONNECT_ATTEMPTS == 10


class Tag(str):
    """A str subclass msgspec does not encode by itself (it does Enums)."""


class Mode(str, enum.Enum):
    FAST = "fast"


def _commands() -> list[Command[Any]]:
    return [
        _cmd.set(TEXT, "k", "v"),
        _cmd.set(TEXT, "k", 12, ex=60),  # ints become JSON strings
        _cmd.incrbyfloat(TEXT, "f", 0.1),
        _cmd.get(BINARY, b"raw"),
        _cmd.hset(TEXT, "h", {Tag("f"): Mode.FAST}),
        _cmd.set(TEXT, "q", 'a "quoted"\\ \u00e9 \u2603 value'),
    ]


def test_plan_one_request_is_every_command_encoded_alone() -> None:
    commands = _commands()
    [(start, end, body)] = plan(commands)
    assert (start, end) == (0, len(commands))
    assert body == join([encode_command(command) for command in commands])
    assert json.loads(body)[:5] == [
        ["SET", "k", "v"],
        ["SET", "k", "12", "EX", "60"],
        ["INCRBYFLOAT", "f", "0.1"],
        ["GET", "raw"],
        ["HSET", "h", "f", "fast"],
    ]


@pytest.mark.parametrize(("commands", "size"), [(2, 10_000), (100, 60), (4, 1)])
def test_plan_cut_by_either_cap_matches_split(commands: int, size: int) -> None:
    batch = _commands() * 3
    parts = [encode_command(command) for command in batch]
    expected = split([len(part) for part in parts], commands, size)
    requests = plan(batch, commands, size)
    assert len(requests) > 1
    assert [(start, end) for start, end, _ in requests] == expected
    for start, end, body in requests:
        assert body == join(parts[start:end])


def test_plan_of_nothing() -> None:
    assert plan([]) == []
