"""Scan iterators: every element exactly once, page by page, sync and async."""

from __future__ import annotations

from collections import Counter

import pytest
from _recorder import record

from redisrest import AsyncRedis, Redis
from redisrest._client import SCAN_COUNT

KEYS = 10_000


def test_scan_iter_yields_each_of_10000_keys_exactly_once(r: Redis[str], key: str) -> None:
    r.mset({f"{key}:{i}": "v" for i in range(KEYS)})
    recorder = record(r)
    seen = Counter(r.scan_iter(match=f"{key}:*"))
    assert len(seen) == KEYS and max(seen.values()) == 1
    assert set(seen) == {f"{key}:{i}" for i in range(KEYS)}
    assert all(sent.commands[0][0] == "SCAN" for sent in recorder.sent)
    assert ["COUNT", str(SCAN_COUNT)] == recorder.sent[0].commands[0][-2:]
    assert len(recorder.sent) > 1  # page by page


async def test_async_scan_iter_yields_each_key_exactly_once(ar: AsyncRedis[str], key: str) -> None:
    await ar.mset({f"{key}:{i}": "v" for i in range(KEYS)})
    seen = Counter([k async for k in ar.scan_iter(match=f"{key}:*", count=500)])
    assert len(seen) == KEYS and max(seen.values()) == 1


def test_scan_iter_type_filter(r: Redis[str], key: str) -> None:
    r.set(f"{key}:s", "v")
    r.hset(f"{key}:h", {"f": "v"})
    r.rpush(f"{key}:l", "a")
    assert list(r.scan_iter(match=f"{key}:*", type="hash")) == [f"{key}:h"]
    assert sorted(r.scan_iter(match=f"{key}:*")) == [f"{key}:{x}" for x in "hls"]


def test_collection_iterators(r: Redis[str], rb: Redis[bytes], key: str) -> None:
    r.sadd(f"{key}:s", *(f"m{i}" for i in range(300)))
    r.hset(f"{key}:h", {f"f{i}": f"v{i}" for i in range(300)})
    r.zadd(f"{key}:z", {f"m{i}": i / 2 for i in range(300)})
    members = Counter(r.sscan_iter(f"{key}:s", count=50))
    assert len(members) == 300 and max(members.values()) == 1
    assert sorted(r.sscan_iter(f"{key}:s", match="m1?")) == [f"m1{i}" for i in range(10)]
    pairs = list(r.hscan_iter(f"{key}:h", count=50))
    assert len(pairs) == 300 and dict(pairs) == {f"f{i}": f"v{i}" for i in range(300)}
    assert list(r.hscan_iter(f"{key}:h", match="f299")) == [("f299", "v299")]
    scores = list(r.zscan_iter(f"{key}:z", count=50))
    assert len(scores) == 300 and dict(scores) == {f"m{i}": i / 2 for i in range(300)}
    assert list(r.zscan_iter(f"{key}:z", match="m3")) == [("m3", 1.5)]
    assert list(rb.hscan_iter(f"{key}:h", match="f1")) == [(b"f1", b"v1")]
    assert list(r.sscan_iter(f"{key}:missing")) == []


async def test_async_collection_iterators(ar: AsyncRedis[str], key: str) -> None:
    await ar.sadd(f"{key}:s", "a", "b")
    await ar.hset(f"{key}:h", {"f": "v", "g": "w"})
    await ar.zadd(f"{key}:z", {"a": 1.0, "b": 2.5})
    assert sorted([m async for m in ar.sscan_iter(f"{key}:s")]) == ["a", "b"]
    assert sorted([p async for p in ar.hscan_iter(f"{key}:h")]) == [("f", "v"), ("g", "w")]
    assert sorted([p async for p in ar.zscan_iter(f"{key}:z", match="b")]) == [("b", 2.5)]


def test_count_must_be_positive(r: Redis[str]) -> None:
    with pytest.raises(ValueError, match="count must be a positive int"):
        next(r.scan_iter(count=0))
