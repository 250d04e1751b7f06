"""Pipelines and transactions against the gateway: typed chains, statements, errors kept in
place, splitting of oversized pipelines, atomic transactions, retry safety."""

from __future__ import annotations

import threading

import pytest
from _gateway import Gateway
from _recorder import record

import redisrest
from redisrest import AsyncRedis, CommandError, Redis
from redisrest._batch import PIPELINE_MAX_BYTES, PIPELINE_MAX_COMMANDS


def test_chained_pipeline(r: Redis[str], key: str) -> None:
    recorder = record(r)
    results = r.pipeline().set(key, "1").incr(f"{key}:n").get(key).hgetall(f"{key}:h").exec()
    assert results == (True, 1, "1", {})
    assert recorder.targets == [b"/pipeline"]


def test_statement_at_a_time(r: Redis[str], key: str) -> None:
    p = r.pipeline()
    p.set(key, "a")
    p.append(key, "b")
    p.get(key)
    for i in range(3):
        p.incr(f"{key}:n{i % 2}")
    assert p.exec() == (True, 2, "ab", 1, 1, 2)


def test_any_command_in_pipelines_and_transactions(
    r: Redis[str], rb: Redis[bytes], key: str
) -> None:
    recorder = record(r)
    r.set(key, "v")
    chained = r.pipeline().execute("GET", key).incr(f"{key}:n").execute("STRLEN", key).exec()
    assert chained == ("v", 1, 1)
    assert r.multi().execute("SET", key, "w").execute("LRANGE", f"{key}:l", 0, -1).exec() == (
        "OK",
        [],
    )
    assert recorder.targets == [b"/", b"/pipeline", b"/multi-exec"]
    assert rb.pipeline().execute(b"get", key.encode()).exec() == (b"w",)
    kept = r.pipeline().execute("GET", key).execute("INCR", key).exec(raise_on_error=False)
    assert kept[0] == "w" and isinstance(kept[1], CommandError)
    assert (kept[1].position, kept[1].command) == (1, "INCR")
    # redis-py's `pipe.execute()` is `exec()` here: `execute` needs a command's name.
    bare = r"execute\(\) missing 1 required positional argument: 'command'"
    with pytest.raises(TypeError, match=bare):
        r.pipeline().execute()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=bare):
        r.multi().execute()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=bare):
        r.execute()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="the command name must be a non-empty str"):
        r.pipeline().execute("")


async def test_any_command_in_an_async_pipeline(ar: AsyncRedis[str], key: str) -> None:
    results = await ar.pipeline().execute("SET", key, 1).incr(key).execute("GET", key).exec()
    assert results == ("OK", 2, "2")
    assert await ar.multi().execute("INCRBY", key, 3).exec() == (5,)
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'command'"):
        await ar.execute()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'command'"):
        ar.pipeline().execute()  # type: ignore[call-arg]


def test_first_failure_raises_after_every_command_ran(r: Redis[str], key: str) -> None:
    r.set(key, "text")
    with pytest.raises(redisrest.CommandError) as info:
        r.pipeline().incr(f"{key}:n").incr(key).set(f"{key}:after", "ran").exec()
    assert (info.value.position, info.value.command) == (1, "INCR")
    assert str(info.value).startswith("command #1 (INCR) failed: ERR value is not an integer")
    assert r.get(f"{key}:n") == "1" and r.get(f"{key}:after") == "ran"


def test_raise_on_error_false_keeps_errors_in_place(r: Redis[str], key: str) -> None:
    r.set(key, "text")
    n, failed, value = (
        r.pipeline().incr(f"{key}:n").hset(key, {"f": "v"}).get(key).exec(raise_on_error=False)
    )
    assert n == 1 and value == "text"
    assert isinstance(failed, redisrest.WrongTypeError)
    assert (failed.position, failed.command) == (1, "HSET")
    tx = r.multi().incr(key).incr(f"{key}:n").exec(raise_on_error=False)
    assert isinstance(tx[0], CommandError) and tx[1] == 2


def test_empty_pipeline_is_a_clear_error(r: Redis[str]) -> None:
    with pytest.raises(ValueError, match=r"the pipeline is empty: queue commands before exec\(\)"):
        r.pipeline().exec()
    with pytest.raises(ValueError, match="the transaction is empty"):
        r.multi().exec()


def test_oversized_pipeline_is_split_in_order(r: Redis[str], key: str) -> None:
    recorder = record(r)
    total = PIPELINE_MAX_COMMANDS + 500  # short commands: the count cuts, not the byte cap
    p = r.pipeline()
    for i in range(total):
        p.rpush(key, str(i))
    p.incr(f"{key}:n")  # lands in the last request; its failure names its global position
    p.incr(key)
    results = p.exec(raise_on_error=False)
    assert results[:total] == tuple(range(1, total + 1))
    assert results[total] == 1
    error = results[total + 1]
    assert isinstance(error, redisrest.WrongTypeError) and error.position == total + 1
    assert recorder.targets == [b"/pipeline"] * 2
    assert [len(sent.commands) for sent in recorder.sent] == [PIPELINE_MAX_COMMANDS, 502]
    assert all(len(sent.body) <= PIPELINE_MAX_BYTES for sent in recorder.sent)
    assert r.lrange(key, 0, -1) == [str(i) for i in range(total)]  # the server ran them in order


def test_pipeline_split_by_body_size(r: Redis[str], key: str) -> None:
    recorder = record(r)
    value = "x" * (PIPELINE_MAX_BYTES // 3)  # three fit in no request; two do
    results = r.pipeline().set(key, value).set(key, value).set(key, value).strlen(key).exec()
    assert results == (True, True, True, len(value))
    assert [len(sent.commands) for sent in recorder.sent] == [2, 2]
    assert all(len(sent.body) <= PIPELINE_MAX_BYTES for sent in recorder.sent)


def test_executed_pipeline_refuses_more_commands(r: Redis[str], key: str) -> None:
    p = r.pipeline().set(key, "v")
    assert p.exec() == (True,)
    with pytest.raises(RuntimeError, match="already executed"):
        p.get(key)
    with pytest.raises(RuntimeError, match="already executed"):
        p.exec()
    assert len(p) == 0


def test_long_pipeline_of_one_command_decodes_each_result(r: Redis[str], key: str) -> None:
    # One reply variant for every command: the whole reply decodes in one call; an error among
    # them (or another command) sends the decoding item by item, with the same results.
    p = r.pipeline()
    for i in range(300):
        p.set(f"{key}:{i}", str(i), nx=i % 2 == 1)
    assert p.exec() == (True,) * 300
    p = r.pipeline()
    for i in range(300):
        p.set(f"{key}:{i}", "again", nx=True)  # NX: not written, null results
    assert p.exec() == (False,) * 300
    r.set(key, "text")
    p = r.pipeline()
    for _ in range(3):
        p.incr(f"{key}:n")
    p.incr(key)
    results = p.exec(raise_on_error=False)
    assert results[:3] == (1, 2, 3)
    assert isinstance(results[3], CommandError)
    assert (results[3].position, results[3].command) == (3, "INCR")


def test_transaction_is_never_split(r: Redis[str], key: str) -> None:
    recorder = record(r)
    value = "x" * (PIPELINE_MAX_BYTES // 2)  # a pipeline of these would go two by two
    tx = r.multi()
    for _ in range(3):
        tx.append(key, value)
    results = tx.exec()
    assert results == (len(value), 2 * len(value), 3 * len(value))
    assert recorder.targets == [b"/multi-exec"]
    assert len(recorder.sent[0].body) > PIPELINE_MAX_BYTES


def test_transaction_commands_interleave_with_no_other_client(
    gateway: Gateway, r: Redis[str], key: str
) -> None:
    started, stop = threading.Event(), threading.Event()

    def other_client() -> None:
        with Redis(gateway.url, gateway.token) as other:
            while not stop.is_set():
                other.rpush(key, "other")
                started.set()

    thread = threading.Thread(target=other_client)
    thread.start()
    try:
        assert started.wait(10)
        for t in range(5):
            tx = r.multi()
            for i in range(50):
                tx.rpush(key, f"tx{t}:{i}")
            tx.exec()
    finally:
        stop.set()
        thread.join()
    items = r.lrange(key, 0, -1)
    for t in range(5):
        first = items.index(f"tx{t}:0")
        assert items[first : first + 50] == [f"tx{t}:{i}" for i in range(50)]
    assert items.count("other") > 0


def test_execabort_raises_and_nothing_ran(r: Redis[str], key: str) -> None:
    with pytest.raises(redisrest.ExecAbortError) as info:
        r.multi().set(key, "v").lpush(f"{key}:l").exec()  # LPUSH without values: wrong arity
    assert info.value.command == "EXEC"
    assert r.get(key) is None


def test_execabort_names_the_queued_command_never_values(r: Redis[str], key: str) -> None:
    """Redis quotes the refused command's name: it stays (it is no value), and `position` is
    the first queued command of that name; the keys, values and token never show."""
    secret = f"{key}:secret-value"
    with pytest.raises(redisrest.ExecAbortError) as info:
        r.multi().set(key, secret).get(key).zadd(f"{key}:z", {}).incr(key).exec()
    error = info.value
    assert (error.command, error.position) == ("EXEC", 2)
    assert error.message.endswith("wrong number of arguments for 'zadd' command")
    assert str(error).startswith("EXEC failed at command #2: EXECABORT")
    with pytest.raises(redisrest.ExecAbortError) as info:
        r.multi().get(key).execute("XINFO", secret).exec()  # Redis echoes the subcommand
    assert info.value.position == 1 and "unknown subcommand '…'" in info.value.message
    with pytest.raises(redisrest.CommandError) as refused:
        r.multi().get(key).execute("NOSUCHCOMMAND", secret).exec()
    assert refused.value.position == 1 and "'NOSUCHCOMMAND'" in refused.value.message
    for failure in (error, info.value, refused.value):
        text = str(failure) + repr(failure) + str(failure.args)
        assert key not in text and secret not in text and r.get(key) is None


def test_pipeline_retried_only_when_every_command_is_safe(r: Redis[str], key: str) -> None:
    r.set(key, "v")
    recorder = record(r)
    recorder.faults = ["ReadTimeout"]  # the server ran the request, the reply was lost
    assert r.pipeline().get(key).strlen(key).exec() == ("v", 1)
    assert len(recorder.sent) == 2  # reads: sent again
    recorder.faults = ["ReadTimeout"]
    with pytest.raises(redisrest.TimeoutError) as info:
        r.pipeline().get(key).incr(f"{key}:n").exec()
    assert info.value.maybe_applied
    assert len(recorder.sent) == 3  # a write inside: not sent again
    assert r.get(f"{key}:n") == "1"  # applied exactly once


async def test_async_pipelines(ar: AsyncRedis[str], key: str) -> None:
    recorder = record(ar)
    assert await ar.pipeline().set(key, "1").incr(key).get(key).exec() == (True, 2, "2")
    n, failed = await ar.multi().incr(key).hgetall(key).exec(raise_on_error=False)
    assert n == 3 and isinstance(failed, redisrest.WrongTypeError)
    p = ar.pipeline()
    for _ in range(PIPELINE_MAX_COMMANDS + 1):
        p.incr(f"{key}:n")
    results = await p.exec()
    assert results[-1] == PIPELINE_MAX_COMMANDS + 1
    assert recorder.targets == [b"/pipeline", b"/multi-exec", b"/pipeline", b"/pipeline"]
    with pytest.raises(ValueError, match="the pipeline is empty"):
        await ar.pipeline().exec()
    with pytest.raises(redisrest.ExecAbortError):
        await ar.multi().incr(key).lpush(key).exec()
    assert await ar.get(key) == "3"
