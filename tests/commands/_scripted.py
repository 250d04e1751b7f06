"""A scripted server: a fake Upstash REST endpoint for replies no server of this machine gives.

Redis 8.2's XACKDEL, XDELEX and BITOP's DIFF, DIFF1, ANDOR and ONE are in the spec, but this
machine runs Redis 7.0 and Valkey 9.1, which have none of them. A `ScriptedServer` stands in
for Redis 8.2 behind the real client: an `httpx.MockTransport` (the only mock the suites allow,
for what no server can be made to produce) that expects one exchange at a time, checks the argv
the client sent against it, and answers the `result` Redis 8.2 documents for it, encoded the
way the Upstash protocol encodes replies (PROTOCOL.md: with `Upstash-Encoding: base64`, every
string base64 except the literal "OK" at even depth). So the whole client path is exercised:
the generated builder's argv, the request, the envelope, the msgspec decoder and the converters.
"""

from __future__ import annotations

import base64
import json
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from redisrest import AsyncRedis, Redis

URL = "https://scripted.invalid"
TOKEN = "scripted-token"


@dataclass(frozen=True)
class Exchange:
    """One command the client must send (`argv`, as strings) and the reply to give it (the JSON
    `result` as Redis would put it, strings as `str`: encoded on the way out)."""

    argv: tuple[str, ...]
    result: object


def encode(value: object, depth: int = 0) -> object:
    """A result as a gateway sends it with `Upstash-Encoding: base64`."""
    if isinstance(value, str):
        if value == "OK" and depth % 2 == 0:
            return value
        return base64.b64encode(value.encode()).decode()
    if isinstance(value, list):
        return [encode(item, depth + 1) for item in value]
    return value


class ScriptedServer:
    """Answers `exchanges` in order; `sent` keeps every argv received, `done()` checks all were
    asked for. A command that is not the expected one gets an error reply naming both."""

    def __init__(self, exchanges: Sequence[Exchange]) -> None:
        self.pending = deque(exchanges)
        self.sent: list[list[str]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert request.headers.get("authorization") == f"Bearer {TOKEN}"
        b64 = request.headers.get("upstash-encoding") == "base64"
        body = json.loads(request.content)
        batch = request.url.path == "/pipeline"
        replies = [self._answer(argv, b64) for argv in (body if batch else [body])]
        if batch:
            return httpx.Response(200, json=replies)
        return httpx.Response(200 if "result" in replies[0] else 400, json=replies[0])

    def _answer(self, argv: list[Any], b64: bool) -> dict[str, object]:
        sent = [str(arg) for arg in argv]
        self.sent.append(sent)
        if not self.pending:
            return {"error": f"ERR scripted server: nothing more expected, got {sent}"}
        exchange = self.pending.popleft()
        if sent != list(exchange.argv):
            return {"error": f"ERR scripted server: expected {list(exchange.argv)}, got {sent}"}
        return {"result": encode(exchange.result) if b64 else exchange.result}

    def done(self) -> None:
        assert not self.pending, f"never asked: {[list(e.argv) for e in self.pending]}"

    def client(self, binary: bool) -> Any:
        """A `Redis[str]` (or `Redis[bytes]`) whose requests this server answers."""
        http = httpx.Client(transport=httpx.MockTransport(self.handle))
        return Redis(URL, TOKEN, decode_responses=not binary, http_client=http)

    def async_client(self, binary: bool) -> Any:
        """The same as an `AsyncRedis` (auto-pipelining on, as by default)."""
        http = httpx.AsyncClient(transport=httpx.MockTransport(self.handle))
        return AsyncRedis(URL, TOKEN, decode_responses=not binary, http_client=http)
