"""Bad requests, table-driven: each gets its status and a JSON `{"error"}`, never a 500, never a hang."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx
import pytest

_BLOCKED = "is not available over REST"
_DANGEROUS = "dangerous command (start the gateway with --allow-dangerous)"


@dataclass(frozen=True)
class Bad:
    """One bad request and the answer it must get."""

    name: str
    body: bytes | None
    status: int = 400
    error: str = ""  # the exact message, or a fragment when `exact` is False
    exact: bool = True
    method: str = "POST"
    path: str = "/"
    headers: dict[str, str] = field(default_factory=lambda: {})


BAD: list[Bad] = [
    Bad("malformed json", b'["GET", "k"', error="ERR malformed JSON body"),
    Bad("trailing garbage", b'["GET", "k"] x', error="ERR malformed JSON body"),
    Bad("not json at all", b"GET k", error="ERR malformed JSON body"),
    Bad("number out of range", b'["SET", "k", 1e999]', error="ERR malformed JSON body"),
    Bad("empty body", b"", error="ERR empty request body: expected a JSON array"),
    Bad(
        "object body",
        b'{"cmd": "GET"}',
        error="ERR a command must be a JSON array of strings and numbers",
    ),
    Bad("string body", b'"GET"', error="ERR a command must be a JSON array of strings and numbers"),
    Bad("empty array", b"[]", error="ERR empty command"),
    Bad(
        "numeric command name", b'[1, "k"]', error="ERR the command name (index 0) must be a string"
    ),
    Bad("null command name", b"[null]", error="ERR the command name (index 0) must be a string"),
    Bad(
        "object argument",
        b'["SET", "k", {"a": 1}]',
        error="ERR argument at index 2 is an object: arguments must be strings, numbers or booleans",
    ),
    Bad(
        "array argument",
        b'["SET", "k", [1]]',
        error="ERR argument at index 2 is an array: arguments must be strings, numbers or booleans",
    ),
    Bad(
        "null argument",
        b'["GET", null]',
        error="ERR argument at index 1 is null: arguments must be strings, numbers or booleans",
    ),
    Bad("lone surrogate", b'["SET", "k", "\\ud800"]', error="ERR malformed JSON body"),
    Bad("unknown command", b'["NOSUCHCMD", "k"]', error="ERR unknown command 'NOSUCHCMD'"),
    Bad("wrong arity", b'["GET"]', error="ERR wrong number of arguments for 'get' command"),
    Bad("BLPOP", b'["BLPOP", "l", 0]', error=f"ERR BLPOP {_BLOCKED}: blocking command"),
    Bad("BZPOPMIN", b'["bzpopmin", "z", 1]', error=f"ERR BZPOPMIN {_BLOCKED}: blocking command"),
    Bad(
        "XREAD BLOCK",
        b'["XREAD", "COUNT", 1, "BLOCK", 0, "STREAMS", "s", "$"]',
        error=f"ERR XREAD {_BLOCKED}: blocking command (BLOCK option)",
    ),
    Bad("WAIT", b'["WAIT", 0, 0]', error=f"ERR WAIT {_BLOCKED}: blocking command"),
    Bad(
        "MULTI",
        b'["MULTI"]',
        error=f"ERR MULTI {_BLOCKED}: transaction state (use the /multi-exec endpoint)",
    ),
    Bad("WATCH", b'["WATCH", "k"]', error=f"ERR WATCH {_BLOCKED}", exact=False),
    Bad(
        "SUBSCRIBE",
        b'["SUBSCRIBE", "ch"]',
        error=f"ERR SUBSCRIBE {_BLOCKED}: subscriber mode "
        "(use the /subscribe or /psubscribe endpoints)",
    ),
    Bad("MONITOR command", b'["MONITOR"]', error=f"ERR MONITOR {_BLOCKED}", exact=False),
    Bad(
        "SELECT",
        b'["SELECT", 1]',
        error=f"ERR SELECT {_BLOCKED}: changes the state of a pooled connection",
    ),
    Bad("HELLO", b'["HELLO", 3]', error=f"ERR HELLO {_BLOCKED}", exact=False),
    Bad(
        "CLIENT SETNAME",
        b'["CLIENT", "SETNAME", "x"]',
        error=f"ERR CLIENT SETNAME {_BLOCKED}: changes the state of a pooled connection",
    ),
    Bad(
        "CLUSTER INFO",
        b'["CLUSTER", "INFO"]',
        error=f"ERR CLUSTER INFO {_BLOCKED}: cluster command",
    ),
    Bad("REPLICAOF", b'["REPLICAOF", "h", 1]', error=f"ERR REPLICAOF {_BLOCKED}", exact=False),
    Bad("SHUTDOWN", b'["SHUTDOWN"]', error=f"ERR SHUTDOWN {_BLOCKED}: {_DANGEROUS}"),
    Bad(
        "CONFIG SET",
        b'["config", "set", "maxmemory", "1"]',
        error=f"ERR CONFIG SET {_BLOCKED}: {_DANGEROUS}",
    ),
    Bad(
        "CLIENT KILL", b'["CLIENT", "KILL", "x"]', error=f"ERR CLIENT KILL {_BLOCKED}: {_DANGEROUS}"
    ),
    Bad("long name", b'["' + b"X" * 100 + b'"]', error="ERR unknown command '" + "X" * 40 + "...'"),
    # /pipeline and /multi-exec bodies
    Bad(
        "pipeline object",
        b"{}",
        path="/pipeline",
        error="ERR the pipeline body must be a JSON array of commands",
    ),
    Bad("pipeline empty", b"[]", path="/pipeline", error="ERR empty pipeline"),
    Bad(
        "pipeline flat",
        b'[["GET", "k"], "GET"]',
        path="/pipeline",
        error="ERR pipeline item 1: a command must be a JSON array of strings and numbers",
    ),
    Bad(
        "pipeline bad argument",
        b'[["SET", "k", {}]]',
        path="/pipeline",
        error="ERR pipeline item 0: argument at index 2 is an object: "
        "arguments must be strings, numbers or booleans",
    ),
    Bad("pipeline malformed", b"[[", path="/pipeline", error="ERR malformed JSON body"),
    Bad("multi-exec empty", b"[]", path="/multi-exec", error="ERR empty multi-exec"),
    Bad(
        "multi-exec blocked",
        b'[["SET", "k", "v"], ["BLPOP", "k", 0]]',
        path="/multi-exec",
        error=f"ERR BLPOP {_BLOCKED}: blocking command",
    ),
    Bad(
        "multi-exec arity (EXECABORT)",
        b'[["SET", "k"]]',
        path="/multi-exec",
        error="EXECABORT Transaction discarded because of previous errors: "
        "ERR wrong number of arguments for 'set' command",
    ),
    # methods
    Bad("DELETE", None, method="DELETE", status=405, error="ERR method not allowed"),
    Bad("PATCH", b"[]", method="PATCH", path="/get/k", status=405, error="ERR method not allowed"),
    Bad("OPTIONS", None, method="OPTIONS", status=405, error="ERR method not allowed"),
    Bad(
        "GET /pipeline",
        None,
        method="GET",
        path="/pipeline",
        status=405,
        error="ERR method not allowed",
    ),
    Bad(
        "PUT /subscribe",
        None,
        method="PUT",
        path="/subscribe/ch",
        status=405,
        error="ERR method not allowed",
    ),
    # paths
    Bad("GET /", None, method="GET", error="ERR empty command", exact=False),
    Bad(
        "subscribe without channel",
        b"",
        path="/subscribe",
        error="ERR /subscribe needs at least one non-empty channel in the path",
    ),
    # headers
    Bad(
        "multipart",
        b'["PING"]',
        headers={"Content-Type": "multipart/form-data; boundary=x"},
        error="ERR unsupported content type: send the command as JSON",
    ),
    Bad(
        "xml",
        b'["PING"]',
        headers={"Content-Type": "application/xml"},
        error="ERR unsupported content type: send the command as JSON",
    ),
    Bad(
        "unknown encoding",
        b'["PING"]',
        headers={"Upstash-Encoding": "gzip"},
        error="ERR unsupported Upstash-Encoding: the only encoding is base64",
    ),
    Bad(
        "unknown response format",
        b'["PING"]',
        headers={"Upstash-Response-Format": "xml"},
        error="ERR unsupported Upstash-Response-Format: use json or resp2",
    ),
    Bad(
        "resp2 with base64",
        b'["PING"]',
        headers={"Upstash-Response-Format": "resp2", "Upstash-Encoding": "base64"},
        error="ERR Upstash-Response-Format: resp2 cannot be combined with Upstash-Encoding",
    ),
    Bad(
        "resp2 on multi-exec",
        b'[["PING"]]',
        path="/multi-exec",
        headers={"Upstash-Response-Format": "resp2"},
        error="ERR Upstash-Response-Format: resp2 is not available on /multi-exec",
    ),
]


@pytest.mark.parametrize("bad", BAD, ids=[b.name for b in BAD])
def test_bad_request(client: httpx.Client, bad: Bad) -> None:
    response = client.request(bad.method, bad.path, content=bad.body, headers=bad.headers)
    assert response.status_code == bad.status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"]
    if bad.exact:
        assert body["error"] == bad.error
    else:
        assert body["error"].startswith(bad.error)
    if bad.status == 405:
        assert "POST" in response.headers["allow"]


def test_bad_requests_leave_the_gateway_healthy(client: httpx.Client) -> None:
    assert client.post("/", json=["PING"]).json() == {"result": "PONG"}
