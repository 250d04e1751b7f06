"""Auto-pipelining: commands awaited in one event-loop turn share `/pipeline` requests."""

from __future__ import annotations

import asyncio

import pytest
from _gateway import Gateway
from _recorder import record

import redisrest
from redisrest import AsyncRedis
from redisrest._batch import AUTO_PIPELINE_MAX_COMMANDS


async def test_a_thousand_concurrent_gets_travel_in_a_handful_of_requests(
    ar: AsyncRedis[str], key: str
) -> None:
    await ar.mset({f"{key}:{i}": f"v{i}" for i in range(1000)})
    recorder = record(ar)
    values = await asyncio.gather(*(ar.get(f"{key}:{i}") for i in range(1000)))
    assert values == [f"v{i}" for i in range(1000)]  # every caller gets its own value
    assert 1 <= len(recorder.sent) <= 3
    assert set(recorder.targets) == {b"/pipeline"}
    assert [c for sent in recorder.sent for c in sent.commands] == [
        ["GET", f"{key}:{i}"] for i in range(1000)
    ]


async def test_each_request_holds_at_most_the_cap(ar: AsyncRedis[str], key: str) -> None:
    recorder = record(ar)
    total = 2 * AUTO_PIPELINE_MAX_COMMANDS + 10
    results = await asyncio.gather(*(ar.incr(key) for _ in range(total)))
    assert results == list(range(1, total + 1))  # in the order they were issued
    assert [len(sent.commands) for sent in recorder.sent] == [1000, 1000, 10]


async def test_one_failing_command_fails_only_its_caller(ar: AsyncRedis[str], key: str) -> None:
    await ar.set(key, "text")
    recorder = record(ar)
    results = await asyncio.gather(
        ar.get(key), ar.incr(key), ar.strlen(key), ar.hgetall(key), return_exceptions=True
    )
    assert results[0] == "text" and results[2] == 4
    incr_error, hgetall_error = results[1], results[3]
    assert isinstance(incr_error, redisrest.CommandError) and incr_error.command == "INCR"
    assert incr_error.position is None  # the caller sent one command
    assert str(incr_error).startswith("INCR failed: ERR value is not an integer")
    assert isinstance(hgetall_error, redisrest.WrongTypeError)
    assert hgetall_error is not incr_error
    assert recorder.targets == [b"/pipeline"]


async def test_issue_order_with_reads_and_writes_mixed(ar: AsyncRedis[str], key: str) -> None:
    recorder = record(ar)
    results = await asyncio.gather(
        ar.set(key, "1"),
        ar.get(key),
        ar.incr(f"{key}:n"),
        ar.set(key, "2"),
        ar.get(key),
        ar.incr(f"{key}:n"),
    )
    assert results == [True, "1", 1, True, "2", 2]
    assert len(recorder.sent) == 1


async def test_a_lone_command_is_sent_alone(ar: AsyncRedis[str], key: str) -> None:
    recorder = record(ar)
    await ar.set(key, "v")
    assert await ar.get(key) == "v"
    assert recorder.targets == [b"/", b"/"]


async def test_auto_pipeline_off_sends_each_command_alone(gateway: Gateway, key: str) -> None:
    async with AsyncRedis(gateway.url, gateway.token, auto_pipeline=False) as ar:
        recorder = record(ar)
        assert await asyncio.gather(*(ar.incr(key) for _ in range(20))) != []
        assert recorder.targets == [b"/"] * 20
        assert await ar.get(key) == "20"


async def test_bad_argument_raises_in_its_caller_only(ar: AsyncRedis[str], key: str) -> None:
    results = await asyncio.gather(
        ar.set(key, "v"),
        ar.set(key, None),  # type: ignore[arg-type]
        ar.get(key),
        return_exceptions=True,
    )
    assert results[0] is True and results[2] == "v"
    assert isinstance(results[1], TypeError)


async def test_binary_command_keeps_its_place(gateway: Gateway, key: str) -> None:
    async with AsyncRedis(gateway.url, gateway.token, decode_responses=False) as arb:
        recorder = record(arb)
        value = b"\xff\x00\xfe"  # not UTF-8: the path form, a request of its own
        results = await asyncio.gather(
            arb.set(key, b"first"), arb.set(key, value), arb.get(key), arb.strlen(key)
        )
        assert results == [True, True, value, 3]
        assert [sent.target.split(b"/")[1] for sent in recorder.sent] == [
            b"",  # SET first: alone, in the JSON form
            b"SET",
            b"pipeline",
        ]


async def test_cancelling_one_caller_spares_the_others(ar: AsyncRedis[str], key: str) -> None:
    await ar.set(key, "v")
    tasks = [asyncio.ensure_future(ar.get(key)) for _ in range(3)]
    await asyncio.sleep(0)  # the tasks queue their commands
    tasks[1].cancel()
    done = await asyncio.gather(*tasks, return_exceptions=True)
    assert done[0] == "v" and done[2] == "v"
    assert isinstance(done[1], asyncio.CancelledError)


async def test_read_your_writes_token_rides_with_the_batch(ar: AsyncRedis[str], key: str) -> None:
    recorder = record(ar)
    await ar.set(key, "v")
    token = dict((k.lower(), v) for k, v in recorder.replies[-1])[b"upstash-sync-token"]
    assert await asyncio.gather(ar.get(key), ar.get(key)) == ["v", "v"]
    assert recorder.sent[-1].header(b"Upstash-Sync-Token") == token


async def test_batches_are_retried_like_any_request(ar: AsyncRedis[str], key: str) -> None:
    await ar.set(key, "v")
    recorder = record(ar)
    recorder.faults = ["ConnectError"]  # never reached the server: always retried
    assert await asyncio.gather(ar.get(key), ar.incr(f"{key}:n")) == ["v", 1]
    assert len(recorder.sent) == 2


async def test_safe_commands_survive_a_lost_reply_next_to_a_write(
    ar: AsyncRedis[str], key: str
) -> None:
    await ar.set(key, "v")
    recorder = record(ar)
    recorder.faults = ["ReadTimeout"]  # the server ran the batch; the reply was lost
    results = await asyncio.gather(
        ar.incr(f"{key}:n"), ar.get(key), ar.strlen(key), return_exceptions=True
    )
    assert isinstance(results[0], redisrest.TimeoutError) and results[0].maybe_applied
    assert results[1:] == ["v", 1]  # the reads were sent again, on their own
    assert [len(sent.commands) for sent in recorder.sent] == [3, 2]
    assert await ar.get(f"{key}:n") == "1"  # the INCR was not repeated


async def test_with_options_copy_batches_with_its_own_options(
    ar: AsyncRedis[str], key: str
) -> None:
    fast = ar.with_options(timeout=3)
    recorder = record(ar)  # the copy shares the transport
    first, second, other = await asyncio.gather(fast.incr(key), fast.incr(key), ar.incr(key))
    assert first < second and sorted([first, second, other]) == [1, 2, 3]
    assert sorted(len(sent.commands) for sent in recorder.sent) == [1, 2]


@pytest.mark.parametrize("auto_pipeline", [True, False])
async def test_execute_with_its_own_timeout_is_sent_alone(
    gateway: Gateway, key: str, auto_pipeline: bool
) -> None:
    async with AsyncRedis(gateway.url, gateway.token, auto_pipeline=auto_pipeline) as ar:
        recorder = record(ar)
        results = await asyncio.gather(ar.execute("INCR", key, timeout=2), ar.incr(key))
        assert sorted(results) == [1, 2]  # type: ignore[type-var]
        assert recorder.targets == [b"/", b"/"]
