"""The HTTP/1.1 response parser, fed whole and byte by byte."""

from __future__ import annotations

import pytest

from redisrest._http11 import ProtocolViolation, ResponseParser

OK = b'HTTP/1.1 200 OK\r\nContent-Length: 13\r\nUpstash-Sync-Token: 7\r\n\r\n{"result":1}\n'

RESPONSES = [
    # raw response -> (status, body, keep_alive, a header)
    (OK, 200, b'{"result":1}\n', True, (b"upstash-sync-token", b"7")),
    (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n",
        200,
        b"hello world",
        True,
        (b"transfer-encoding", b"chunked"),
    ),
    (b"HTTP/1.1 200 OK\r\ntransfer-encoding: CHUNKED\r\n\r\n0\r\n\r\n", 200, b"", True, None),
    (
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
        200,
        b"ok",
        True,
        None,
    ),
    (b"HTTP/1.1 503 Busy\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", 503, b"", False, None),
    (b"HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx", 200, b"x", False, None),
    (
        b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx",
        200,
        b"x",
        True,
        None,
    ),
    (b"HTTP/1.1 204 No Content\r\n\r\n", 204, b"", True, None),
    (
        b"HTTP/1.1 200 OK\r\nRetry-After:  3 \r\nContent-Length: 0\r\n\r\n",
        200,
        b"",
        True,
        (b"retry-after", b"3"),
    ),
]


@pytest.mark.parametrize(("raw", "status", "body", "keep_alive", "header"), RESPONSES)
@pytest.mark.parametrize("split", [False, True])
def test_responses(
    raw: bytes,
    status: int,
    body: bytes,
    keep_alive: bool,
    header: tuple[bytes, bytes] | None,
    split: bool,
) -> None:
    parser = ResponseParser()
    pieces = [raw[i : i + 1] for i in range(len(raw))] if split else [raw]
    done = False
    for piece in pieces:
        assert not done, "complete before the end"
        done = parser.feed(piece)
    assert done
    got_status, headers, got_body = parser.response()
    assert (got_status, got_body) == (status, body)
    assert parser.keep_alive is keep_alive
    if header is not None:
        assert header in headers


def test_junk_after_the_reply_prevents_reuse() -> None:
    parser = ResponseParser()
    assert parser.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA")
    assert parser.response()[2] == b"ok" and not parser.keep_alive


def test_body_until_close() -> None:
    parser = ResponseParser()
    assert not parser.feed(b"HTTP/1.1 200 OK\r\n\r\npart one, ")
    assert not parser.feed(b"part two")
    assert parser.feed(b"")
    assert parser.response()[2] == b"part one, part two" and not parser.keep_alive


BROKEN = [
    b"SSH-2.0-OpenSSH_9\r\n\r\n",
    b"HTTP/1.1 abc\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nBad : spaced\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXX",
    b"HTTP/1.1 101 Switching Protocols\r\n\r\n",
]


@pytest.mark.parametrize("raw", BROKEN)
def test_protocol_violations(raw: bytes) -> None:
    with pytest.raises(ProtocolViolation):
        ResponseParser().feed(raw)


@pytest.mark.parametrize(
    "partial",
    [b"", b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab"],
)
def test_closed_before_the_end(partial: bytes) -> None:
    parser = ResponseParser()
    if partial:
        assert not parser.feed(partial)
    with pytest.raises(ProtocolViolation, match="closed the connection"):
        parser.feed(b"")


def test_head_too_large() -> None:
    with pytest.raises(ProtocolViolation, match="too large"):
        ResponseParser().feed(b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 20000)
