"""Scripts called by digest, with the NOSCRIPT fallback, read-only variants and typed replies."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from _gateway import Gateway
from _recorder import record

import redisrest
from redisrest import AsyncRedis, Redis

INCRBY = "return redis.call('INCRBY', KEYS[1], ARGV[1])"
ECHO = "return {KEYS[1], ARGV[1], tonumber(ARGV[2]) * 2}"


@pytest.fixture(scope="module")
def private(gateway_factory: Callable[..., Gateway]) -> Iterator[Gateway]:
    """A gateway of its own: these tests flush the script cache."""
    with gateway_factory() as gw:
        yield gw


def test_call_by_digest(r: Redis[str], key: str) -> None:
    add = r.script(INCRBY)
    assert add.sha == r.script_load(INCRBY)  # the digest computed here is the server's
    recorder = record(r)
    assert add(keys=[key], args=[5]) == 5
    assert add(keys=[key], args=[2]) == 7
    assert [sent.commands[0][0] for sent in recorder.sent] == ["EVALSHA", "EVALSHA"]
    assert INCRBY not in repr(add) and add.sha in repr(add)


def test_typed_result(r: Redis[str], key: str) -> None:
    echo = r.script(ECHO)
    assert echo(keys=[key], args=["v", 21]) == [key, "v", 42]
    assert echo(keys=["7"], args=["8", 1], type=tuple[int, int, int]) == (7, 8, 2)
    numbers = r.script("return {ARGV[1], ARGV[2], 3}")
    assert numbers(args=["1", "2"], type=list[int]) == [1, 2, 3]
    assert numbers(args=["1.5", "2"], type=list[float]) == [1.5, 2.0, 3.0]
    assert r.script("return 1")(type=bool) is True
    with pytest.raises(redisrest.ResponseError, match="EVALSHA: the script's reply does not"):
        numbers(args=["a", "b"], type=list[int])


def test_keys_must_be_a_sequence_not_a_string(r: Redis[str]) -> None:
    with pytest.raises(TypeError, match="keys must be a list or tuple, not a single str"):
        r.script(INCRBY)(keys="user:1")  # a str is a Sequence[str]: 6 keys otherwise


def test_noscript_falls_back_to_eval(private: Gateway, key: str) -> None:
    with Redis(private.url, private.token) as r:
        add = r.script(INCRBY)
        recorder = record(r)
        assert add(keys=[key], args=[1]) == 1  # never loaded: EVALSHA, NOSCRIPT, then EVAL
        assert add(keys=[key], args=[1]) == 2  # EVAL cached it
        assert r.script_exists(add.sha) == [True]
        assert r.script_flush() is True
        assert add(keys=[key], args=[1]) == 3
        names = [sent.commands[0][0] for sent in recorder.sent]
        assert names == [
            "EVALSHA", "EVAL", "EVALSHA", "SCRIPT", "SCRIPT", "EVALSHA", "EVAL",
        ]  # fmt: skip


def test_readonly_script_with_the_readonly_token(private: Gateway, key: str) -> None:
    with Redis(private.url, private.token) as r:
        r.set(key, "stored")
        r.script_flush()
    with Redis(private.url, private.readonly_token) as ro:
        recorder = record(ro)
        read = ro.script("return redis.call('GET', KEYS[1])", readonly=True)
        assert read(keys=[key]) == "stored"  # EVALSHA_RO, NOSCRIPT, EVAL_RO
        assert read(keys=[key]) == "stored"
        assert [sent.commands[0][0] for sent in recorder.sent] == [
            "EVALSHA_RO",
            "EVAL_RO",
            "EVALSHA_RO",
        ]
        assert read.load() == read.sha
        with pytest.raises(redisrest.CommandError):
            ro.script("return redis.call('SET', KEYS[1], 'x')", readonly=True)(keys=[key])
        with pytest.raises(redisrest.NoPermissionError):
            ro.script(INCRBY)(keys=[key], args=[1])  # EVALSHA may write: refused


def test_binary_script(rb: Redis[bytes], key: str) -> None:
    echo = rb.script(b"return ARGV[1]")
    assert echo(args=[b"\xff\x00"]) == b"\xff\x00"


async def test_async_script(private: Gateway, key: str) -> None:
    async with AsyncRedis(private.url, private.token) as ar:
        await ar.script_flush()
        add = ar.script(INCRBY)
        assert await add(keys=[key], args=[3]) == 3  # NOSCRIPT fallback
        assert await add(keys=[key], args=[3], type=float) == 6.0
        numbers = ar.script("return {ARGV[1], 2}", readonly=True)
        assert await numbers(args=["1"], type=tuple[int, int]) == (1, 2)
        assert await numbers.load() == numbers.sha
