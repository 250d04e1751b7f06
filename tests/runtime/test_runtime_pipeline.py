"""Pipelines and transactions against a scripted server: one request, items decoded in order."""

from __future__ import annotations

import json
from typing import Any

import pytest
from _runtime_fake import APipe, FakeServer, Pipe, answer, b64, error

import redisrest
from redisrest._client import AsyncClient, SyncClient


def items(*envelopes: dict[str, Any]) -> bytes:
    return json.dumps(list(envelopes)).encode()


def test_pipeline() -> None:
    body = items({"result": "OK"}, {"result": 2}, {"result": b64("1")}, {"result": None})
    with FakeServer([answer(body)]) as server:
        client = SyncClient(server.url, "t")
        pipe = Pipe(client, transaction=False).set("a", 1).incr("n").get("a").get("missing")
        assert len(pipe) == 4
        assert repr(pipe) == "<Pipe pipeline of 4 (SET, INCR, GET, GET)>"
        assert pipe.exec() == (True, 2, "1", None)
        (request,) = server.requests
        assert request.target == b"/pipeline"
        assert json.loads(request.body) == [
            ["SET", "a", "1"],
            ["INCR", "n"],
            ["GET", "a"],
            ["GET", "missing"],
        ]


def test_transaction_goes_to_multi_exec() -> None:
    with FakeServer([answer(items({"result": 1}, {"result": 2}))]) as server:
        client = SyncClient(server.url + "/prefix", "t")
        assert Pipe(client, transaction=True).incr("n").incr("n").exec() == (1, 2)
        assert server.requests[0].target == b"/prefix/multi-exec"


def test_first_failed_command_is_raised_with_its_position() -> None:
    body = items({"result": 1}, {"error": "WRONGTYPE Operation against a key"}, {"error": "ERR x"})
    with FakeServer([answer(body)]) as server:
        client = SyncClient(server.url, "t")
        with pytest.raises(redisrest.WrongTypeError) as info:
            Pipe(client, transaction=False).incr("a").incr("b").get("c").exec()
        assert (info.value.position, info.value.command, info.value.prefix) == (
            1,
            "INCR",
            "WRONGTYPE",
        )
        assert str(info.value) == "command #1 (INCR) failed: WRONGTYPE Operation against a key"


def test_discarded_transaction() -> None:
    message = "EXECABORT Transaction discarded because of previous errors."
    with FakeServer([answer(error(message), 400)]) as server:
        client = SyncClient(server.url, "t")
        with pytest.raises(redisrest.ExecAbortError) as info:
            Pipe(client, transaction=True).incr("n").get("k").exec()
        assert info.value.command == "EXEC" and info.value.position is None


BAD_BATCHES = [
    (items({"result": 1}), "1 replies for 2 commands"),
    (b'{"result": [1, 2]}', "not a JSON array of replies"),
    (b"[{", "not a JSON array of replies"),
    (
        items({"result": 1}, {"result": "nope"}),
        r"command #1 \(INCR\): the reply does not have the expected shape",
    ),
    (items({"result": 1}, {}), r"command #1 \(INCR\): the reply holds neither"),
]


@pytest.mark.parametrize(("body", "message"), BAD_BATCHES)
def test_malformed_batch_replies(body: bytes, message: str) -> None:
    with FakeServer([answer(body)]) as server:
        client = SyncClient(server.url, "t")
        with pytest.raises(redisrest.ResponseError, match=message) as info:
            Pipe(client, transaction=False).incr("a").incr("b").exec()
        assert info.value.applied  # HTTP 200: the INCRs ran


def test_unreadable_reply_in_a_batch_with_a_write_says_it_was_applied() -> None:
    """The whole request ran: even a read's unreadable reply says the writes were applied."""
    body = items({"result": 1}, {"result": 7})  # GET's reply is a string or null
    reads = items({"result": None}, {"result": 7})
    with FakeServer([answer(body), answer(reads)]) as server:
        client = SyncClient(server.url, "t")
        with pytest.raises(redisrest.ResponseError) as info:
            Pipe(client, transaction=True).incr("n").get("k").exec()
        assert (info.value.position, info.value.applied) == (1, True)
        assert "the write WAS applied" in str(info.value)
        with pytest.raises(redisrest.ResponseError) as info:
            Pipe(client, transaction=False).get("a").get("k").exec()
        assert (info.value.position, info.value.applied) == (1, False)


def test_empty_and_reused_pipelines() -> None:
    client = SyncClient("http://127.0.0.1:1", "t")
    with pytest.raises(ValueError, match="the pipeline is empty"):
        Pipe(client, transaction=False).exec()
    with pytest.raises(ValueError, match="the transaction is empty"):
        Pipe(client, transaction=True).exec()
    with FakeServer([answer(items({"result": 1}))]) as server:
        pipe = Pipe(SyncClient(server.url, "t"), transaction=False).incr("n")
        pipe.exec()
        with pytest.raises(RuntimeError, match="already executed"):
            pipe.exec()
        with pytest.raises(RuntimeError, match="already executed"):
            pipe.incr("n")


def test_non_utf8_bytes_are_refused_before_sending() -> None:
    with FakeServer([answer(items({"result": 1}))]) as server:
        client = SyncClient(server.url, "t", decode_responses=False)
        with pytest.raises(
            ValueError, match=r"command #1 \(GET\): argument 1 is bytes that are not UTF-8"
        ):
            Pipe(client, transaction=False).get(b"ok").get(b"\xff").exec()
        assert server.requests == []


@pytest.mark.parametrize(
    ("transaction", "writes", "attempts"), [(False, False, 2), (False, True, 1), (True, False, 2)]
)
def test_batches_are_retried_only_when_every_command_is_safe(
    transaction: bool, writes: bool, attempts: int
) -> None:
    script = [answer(b"", 502), answer(items({"result": None}, {"result": None}))]
    with FakeServer(script) as server:
        client = SyncClient(server.url, "t")
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        pipe = Pipe(client, transaction=transaction).get("a")
        pipe = pipe.incr("n") if writes else pipe.get("b")
        if attempts == 1:
            with pytest.raises(redisrest.ServerError) as info:
                pipe.exec()
            assert info.value.maybe_applied
            assert str(info.value).startswith("pipeline of 2 (GET, INCR): HTTP 502")
        else:
            assert pipe.exec() == (None, None)
        assert len(server.requests) == attempts


async def test_async_pipeline() -> None:
    body = items({"result": 5}, {"error": "ERR nope"})
    with FakeServer([answer(items({"result": 1}, {"result": b64("x")})), answer(body)]) as server:
        client = AsyncClient(server.url, "t")
        assert await APipe(client, transaction=True).incr("n").get("k").exec() == (1, "x")
        with pytest.raises(redisrest.CommandError, match=r"command #1 \(GET\) failed: ERR nope"):
            await APipe(client, transaction=False).incr("n").get("k").exec()
        assert [r.target for r in server.requests] == [b"/multi-exec", b"/pipeline"]
        await client.aclose()
