"""Bad requests, table-driven, sent as raw bytes: each gets its documented status and error,
never a 500, never a hang. (tests/gateway/test_gateway_bad_requests.py has other rows; none
is repeated here.)

Rows the HTTP parser refuses before the gateway sees them (an unknown method, a malformed
Content-Length, a URL over 64 KiB) are answered by uvicorn itself: 400, a plain-text body,
and the connection closed. Everything else is the gateway's own JSON `{"error": ...}`.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from _reliability_support import Record, exchange

from redisrest.gateway import GatewayProcess

PARSER = b"Invalid HTTP request received."  # uvicorn's own answer to unparseable HTTP
BLOCKED = "is not available over REST"
TRANSACTION = f"{BLOCKED}: transaction state (use the /multi-exec endpoint)"
METHOD = "ERR method not allowed"
MALFORMED = "ERR malformed JSON body"
NOT_A_COMMAND = "ERR a command must be a JSON array of strings and numbers"
NAME = "ERR the command name (index 0) must be a string"
TOO_LARGE = "ERR max request size exceeded"
UNAUTHORIZED = "WRONGPASS invalid or missing auth token"
READONLY = "NOPERM this token is read-only"
EMPTY = "ERR empty command: POST a JSON array or use /<command>/<arg>..."
MiB = 1024 * 1024


@dataclass(frozen=True)
class Bad:
    """One bad request (its parts, or raw bytes with {T} / {R} for the tokens) and its answer."""

    name: str
    body: bytes = b""
    status: int = 400
    error: str | bytes = ""  # the exact JSON error, or bytes: the exact plain-text body
    method: bytes = b"POST"
    path: bytes = b"/"
    headers: bytes = b""  # extra header lines, each ending in CRLF
    token: str = "T"  # "T" the standard token, "R" the read-only one, "" none
    length: bool = True  # send Content-Length
    raw: bytes = b""  # the whole request instead, with {T} / {R} placeholders

    def wire(self, token: bytes, readonly: bytes) -> bytes:
        if self.raw:
            return self.raw.replace(b"{T}", token).replace(b"{R}", readonly)
        head = self.method + b" " + self.path + b" HTTP/1.1\r\nHost: gateway\r\n"
        if self.token:
            head += b"Authorization: Bearer " + (token if self.token == "T" else readonly) + b"\r\n"
        head += self.headers
        if self.length:
            head += b"Content-Length: %d\r\n" % len(self.body)
        return head + b"\r\n" + self.body


def _pipeline_of(n: int) -> bytes:
    return b"[" + b",".join([b'["PING"]'] * n) + b"]"


BAD: list[Bad] = [
    # methods
    Bad("TRACE", method=b"TRACE", status=405, error=METHOD),
    Bad("PROPFIND (WebDAV)", method=b"PROPFIND", status=405, error=METHOD),
    Bad("unknown method", method=b"FOO", error=PARSER),
    Bad("lower-case method", method=b"post", body=b'["PING"]', error=PARSER),
    Bad("CONNECT", method=b"CONNECT", path=b"gateway:80", error=PARSER),
    Bad("HEAD /pipeline", method=b"HEAD", path=b"/pipeline", status=405, error=b""),
    Bad("DELETE /multi-exec", method=b"DELETE", path=b"/multi-exec", status=405, error=METHOD),
    Bad("GET /multi-exec", method=b"GET", path=b"/multi-exec", status=405, error=METHOD),
    Bad("PUT /monitor", method=b"PUT", path=b"/monitor", status=405, error=METHOD),
    # paths
    Bad("/pipeline/ (a trailing slash)", path=b"/pipeline/", body=b'[["PING"]]',
        error="ERR unknown command 'PIPELINE'"),
    Bad("//", method=b"GET", path=b"//", error=EMPTY),
    Bad("query string only", method=b"GET", path=b"/?EX=1", error=EMPTY),
    Bad("bad percent-encoding", method=b"GET", path=b"/%ZZ", error="ERR unknown command '%ZZ'"),
    Bad("NUL command", method=b"GET", path=b"/%00", error="ERR unknown command '?'"),
    Bad("non-UTF-8 command", method=b"GET", path=b"/%FF%FE", error="ERR unknown command '\u0178\u00de'"),
    Bad("path form, too few arguments", method=b"GET", path=b"/get",
        error="ERR wrong number of arguments for 'get' command"),
    Bad("path form, too many arguments", method=b"GET", path=b"/get/a/b",
        error="ERR wrong number of arguments for 'get' command"),
    Bad("/publish without channel", path=b"/publish",
        error="ERR wrong number of arguments for 'publish' command"),
    Bad("/subscribe with an empty channel", path=b"/subscribe//x",
        error="ERR /subscribe needs at least one non-empty channel in the path"),
    Bad("/psubscribe without pattern", path=b"/psubscribe",
        error="ERR /psubscribe needs at least one non-empty channel in the path"),
    Bad("/monitor/x (path form)", path=b"/monitor/x",
        error=f"ERR MONITOR {BLOCKED}: streams the server's activity (use the /monitor endpoint)"),
    Bad("/exec (path form)", path=b"/exec", error=f"ERR EXEC {TRANSACTION}"),
    Bad("XREAD BLOCK (path form)", method=b"GET", path=b"/xread/block/0/streams/s/$",
        error=f"ERR XREAD {BLOCKED}: blocking command (BLOCK option)"),
    Bad("CLIENT SETNAME (path form)", method=b"GET", path=b"/client/setname/x",
        error=f"ERR CLIENT SETNAME {BLOCKED}: changes the state of a pooled connection"),
    Bad("60 KiB unknown command", method=b"GET", path=b"/nosuch" + b"x" * 60_000,
        error="ERR unknown command 'NOSUCH" + "X" * 34 + "...'"),
    Bad("URL over 64 KiB", method=b"GET", path=b"/get/" + b"x" * 70_000, error=PARSER),
    # headers
    Bad("Content-Type text/html", body=b'["PING"]', headers=b"Content-Type: text/html\r\n",
        error="ERR unsupported content type: send the command as JSON"),
    Bad("empty Content-Type", body=b'["PING"]', headers=b"Content-Type: \r\n",
        error="ERR unsupported content type: send the command as JSON"),
    Bad("Upstash-Encoding list", body=b'["PING"]', headers=b"Upstash-Encoding: base64, gzip\r\n",
        error="ERR unsupported Upstash-Encoding: the only encoding is base64"),
    Bad("Upstash-Response-Format RESP3", body=b'["PING"]',
        headers=b"Upstash-Response-Format: RESP3\r\n",
        error="ERR unsupported Upstash-Response-Format: use json or resp2"),
    Bad("Content-Length not a number", body=b'["PING"]', length=False,
        headers=b"Content-Length: abc\r\n", error=PARSER),
    Bad("negative Content-Length", body=b'["PING"]', length=False,
        headers=b"Content-Length: -1\r\n", error=PARSER),
    Bad("two different Content-Lengths", body=b'["PING"]', length=False,
        headers=b"Content-Length: 8\r\nContent-Length: 9\r\n", error=PARSER),
    Bad("Transfer-Encoding with Content-Length (smuggling)", length=False,
        body=b'8\r\n["PING"]\r\n0\r\n\r\n',
        headers=b"Transfer-Encoding: chunked\r\nContent-Length: 15\r\n", error=PARSER),
    Bad("bad chunk size", body=b'zz\r\n["PING"]\r\n0\r\n\r\n', length=False,
        headers=b"Transfer-Encoding: chunked\r\n", error=PARSER),
    Bad("NUL in a header value", body=b'["PING"]', headers=b"X-A: a\x00b\r\n", error=PARSER),
    Bad("head over 128 KiB", body=b'["PING"]', headers=b"X-Big: " + b"a" * 140_000 + b"\r\n",
        error=PARSER),
    Bad("head over 128 KiB in many headers", body=b'["PING"]',
        headers=b"".join(b"X-%d: %s\r\n" % (i, b"a" * 1000) for i in range(140)), error=PARSER),
    Bad("Expect 100-continue, too large", length=False,
        headers=b"Expect: 100-continue\r\nContent-Length: 2000000\r\n", error=TOO_LARGE),
    Bad("gzip Content-Encoding", body=gzip.compress(b'["PING"]'),
        headers=b"Content-Encoding: gzip\r\n", error=MALFORMED),
    Bad("HTTP/2 preface", raw=b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", error=PARSER),
    Bad("TLS handshake on the plain port", raw=b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 50,
        error=PARSER),
    # JSON shapes and types
    Bad("boolean command name", body=b"[true]", error=NAME),
    Bad("nested command", body=b'[["GET", "k"]]', error=NAME),
    Bad("empty command name", body=b'[""]', error="ERR unknown command ''"),
    Bad("command name with a space", body=b'["GET k"]', error="ERR unknown command 'GET K'"),
    Bad("boolean argument: arity", body=b'["GET", "k", true]',
        error="ERR wrong number of arguments for 'get' command"),
    Bad("NaN literal", body=b'["SET", "k", NaN]', error=MALFORMED),
    Bad("Infinity literal", body=b'["SET", "k", Infinity]', error=MALFORMED),
    Bad("100,000 levels of nesting", body=b"[" * 100_000 + b"]" * 100_000, error=MALFORMED),
    Bad("trailing comma", body=b'["GET", "k",]', error=MALFORMED),
    Bad("single quotes", body=b"['PING']", error=MALFORMED),
    Bad("a comment", body=b'["PING"] // ping', error=MALFORMED),
    Bad("null body", body=b"null", error=NOT_A_COMMAND),
    Bad("number body", body=b"123", error=NOT_A_COMMAND),
    Bad("pipeline: an empty command", path=b"/pipeline", body=b"[[]]",
        error="ERR pipeline item 0: empty command"),
    Bad("pipeline: a null command", path=b"/pipeline", body=b'[["PING"], null]',
        error=f"ERR pipeline item 1: {NOT_A_COMMAND.removeprefix('ERR ')}"),
    Bad("pipeline: a numeric name", path=b"/pipeline", body=b"[[1]]",
        error=f"ERR pipeline item 0: {NAME.removeprefix('ERR ')}"),
    Bad("multi-exec: an object", path=b"/multi-exec", body=b"{}",
        error="ERR the multi-exec body must be a JSON array of commands"),
    Bad("multi-exec: MULTI inside", path=b"/multi-exec", body=b'[["MULTI"]]',
        error=f"ERR MULTI {TRANSACTION}"),
    Bad("multi-exec: EXEC inside", path=b"/multi-exec", body=b'[["EXEC"]]',
        error=f"ERR EXEC {TRANSACTION}"),
    Bad("multi-exec: WATCH inside", path=b"/multi-exec", body=b'[["WATCH", "k"], ["GET", "k"]]',
        error=f"ERR WATCH {TRANSACTION}"),
    Bad("multi-exec: SUBSCRIBE inside", path=b"/multi-exec", body=b'[["SUBSCRIBE", "c"]]',
        error=f"ERR SUBSCRIBE {BLOCKED}: subscriber mode (use the /subscribe or /psubscribe endpoints)"),
    Bad("multi-exec: an unknown command", path=b"/multi-exec", body=b'[["NOSUCH"]]',
        error="ERR unknown command 'NOSUCH'"),
    # encodings
    Bad("UTF-8 byte order mark", body=b'\xef\xbb\xbf["PING"]', error=MALFORMED),
    Bad("UTF-16 body", body='["PING"]'.encode("utf-16"), error=MALFORMED),
    Bad("invalid UTF-8 in a string", body=b'["ECHO", "\xff"]', error=MALFORMED),
    Bad("base64 wanted, body malformed", body=b'["PING"', headers=b"Upstash-Encoding: base64\r\n",
        error=MALFORMED),
    # sizes
    Bad("chunked body over 1 MiB", length=False, headers=b"Transfer-Encoding: chunked\r\n",
        body=b"%x\r\n" % (MiB + 1) + b"x" * (MiB + 1) + b"\r\n0\r\n\r\n", error=TOO_LARGE),
    Bad("path-form body over 1 MiB", path=b"/echo", body=b"x" * (MiB + 1), error=TOO_LARGE),
    Bad("pipeline of 10,001 commands", path=b"/pipeline", body=_pipeline_of(10_001),
        error="ERR pipeline too long: 10001 commands, the limit is 10000"),
    Bad("multi-exec of 10,001 commands", path=b"/multi-exec", body=_pipeline_of(10_001),
        error="ERR multi-exec too long: 10001 commands, the limit is 10000"),
    # tokens
    Bad("Bearer, then more words", body=b'["PING"]', token="",
        headers=b"Authorization: Bearer {T} extra\r\n", status=401, error=UNAUTHORIZED),
    Bad("Bearer and a tab", body=b'["PING"]', token="", headers=b"Authorization: Bearer\t{T}\r\n",
        status=401, error=UNAUTHORIZED),
    Bad("Token scheme", body=b'["PING"]', token="", headers=b"Authorization: Token {T}\r\n",
        status=401, error=UNAUTHORIZED),
    Bad("two Authorization headers (right, wrong)", body=b'["PING"]', token="",
        headers=b"Authorization: Bearer {T}\r\nAuthorization: Bearer nope\r\n", status=401,
        error=UNAUTHORIZED),
    Bad("two Authorization headers (wrong, right)", body=b'["PING"]', token="",
        headers=b"Authorization: Bearer nope\r\nAuthorization: Bearer {T}\r\n", status=401,
        error=UNAUTHORIZED),
    Bad("read-only: FLUSHDB in multi-exec", token="R", path=b"/multi-exec",
        body=b'[["FLUSHDB"]]', error=READONLY),
    Bad("read-only: KEYS, path form", token="R", method=b"GET", path=b"/keys/*", error=READONLY),
    Bad("read-only: GET /monitor", token="R", method=b"GET", path=b"/monitor", error=READONLY),
    Bad("no token at all, on the path form", token="", method=b"GET", path=b"/get/k",
        status=401, error=UNAUTHORIZED),
]  # fmt: skip


@pytest.fixture(scope="module")
def tokens(gateway: GatewayProcess) -> Iterator[tuple[bytes, bytes]]:
    yield gateway.token.encode(), gateway.readonly_token.encode()


def _resolve(bad: Bad, token: bytes, readonly: bytes) -> bytes:
    wire = bad.wire(token, readonly)
    return wire.replace(b"{T}", token).replace(b"{R}", readonly)


@pytest.mark.parametrize("bad", BAD, ids=[b.name for b in BAD])
def test_bad_request(gateway: GatewayProcess, tokens: tuple[bytes, bytes], bad: Bad) -> None:
    reply = exchange(gateway.url, _resolve(bad, *tokens), timeout=15)  # a hang fails here
    head, sep, body = reply.partition(b"\r\n\r\n")
    assert sep, reply[:200]
    status_line, *header_lines = head.split(b"\r\n")
    headers = dict(line.lower().split(b": ", 1) for line in header_lines)
    assert status_line.startswith(b"HTTP/1.1 %d " % bad.status), (status_line, body[:200])
    if isinstance(bad.error, bytes):  # uvicorn's plain text, or HEAD's empty body
        assert body == bad.error
        if bad.error == PARSER:
            assert headers[b"connection"] == b"close"
        return
    assert headers[b"content-type"] == b"application/json"
    assert json.loads(body) == {"error": bad.error}
    if bad.status == 405:
        assert b"allow" in headers


def test_bad_requests_never_500_and_the_gateway_stays_healthy(
    gateway: GatewayProcess, tokens: tuple[bytes, bytes], figures: Record
) -> None:
    statuses: dict[int, int] = {}
    for bad in BAD:
        reply = exchange(gateway.url, _resolve(bad, *tokens), timeout=15)
        status = int(reply[9:12])
        statuses[status] = statuses.get(status, 0) + 1
    assert not any(status >= 500 for status in statuses)
    ping = b"POST / HTTP/1.1\r\nHost: g\r\nAuthorization: Bearer {T}\r\nContent-Length: 8\r\n\r\n"
    assert exchange(gateway.url, ping.replace(b"{T}", tokens[0]) + b'["PING"]').endswith(
        b'{"result":"PONG"}'
    )
    figures(
        "bad requests",
        [
            ("kinds tried (this table)", len(BAD)),
            ("answers by status", dict(sorted(statuses.items()))),
        ],
    )
