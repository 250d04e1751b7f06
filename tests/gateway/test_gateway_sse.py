"""Server-sent events: /subscribe, /psubscribe, /monitor, keep-alives, and connection release."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator

import httpx
from _gateway_direct import Direct

from redisrest.gateway import GatewayProcess

SSE = {"Accept": "text/event-stream"}


def events(lines: Iterator[str]) -> Iterator[str]:
    """The non-blank lines of a stream."""
    return (line for line in lines if line)


def wait_until(predicate: object, timeout: float = 5.0) -> bool:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def pubsub_clients(direct: Direct) -> int:
    listing = direct("CLIENT", "LIST", "TYPE", "pubsub")
    assert isinstance(listing, bytes)
    return len([line for line in listing.decode().splitlines() if line])


def test_subscribe_receives_published_messages_and_releases_its_connection(
    client: httpx.Client, direct: Direct
) -> None:
    with client.stream("POST", "/subscribe/gw-chat/gw-news", headers=SSE) as stream:
        assert stream.status_code == 200
        assert stream.headers["content-type"] == "text/event-stream"
        assert "upstash-sync-token" in stream.headers
        lines = events(stream.iter_lines())
        assert next(lines) == "data: subscribe,gw-chat,1"
        assert next(lines) == "data: subscribe,gw-news,2"
        assert client.post("/publish/gw-chat/hello").json() == {"result": 1}
        assert next(lines) == "data: message,gw-chat,hello"
        assert client.post("/", json=["PUBLISH", "gw-news", "a,b\nc"]).json() == {"result": 1}
        assert next(lines) == "data: message,gw-news,a,b"
        assert next(lines) == "data: c"
        assert pubsub_clients(direct) == 1
    assert wait_until(lambda: pubsub_clients(direct) == 0)
    assert direct("PUBSUB", "NUMSUB", "gw-chat") == [b"gw-chat", 0]


def test_psubscribe(client: httpx.Client, direct: Direct) -> None:
    with client.stream("POST", "/psubscribe/gw-p:*", headers=SSE) as stream:
        lines = events(stream.iter_lines())
        assert next(lines) == "data: psubscribe,gw-p:*,1"
        assert client.post("/publish/gw-p:x/hi").json() == {"result": 1}
        assert next(lines) == "data: pmessage,gw-p:*,gw-p:x,hi"
    assert wait_until(lambda: pubsub_clients(direct) == 0)


def test_subscribe_with_base64_payloads(client: httpx.Client) -> None:
    headers = {**SSE, "Upstash-Encoding": "base64"}
    with client.stream("POST", "/subscribe/gw-bin", headers=headers) as stream:
        lines = events(stream.iter_lines())
        assert next(lines) == "data: subscribe,gw-bin,1"
        assert client.post("/publish/gw-bin/%00%FF").json() == {"result": 1}
        payload = base64.b64encode(b"\x00\xff").decode()
        assert next(lines) == f"data: message,gw-bin,{payload}"


def test_keepalive_comments(tuned: GatewayProcess) -> None:
    headers = {"Authorization": f"Bearer {tuned.token}", **SSE}
    with httpx.Client(base_url=tuned.url, headers=headers, timeout=10) as c:
        started = time.monotonic()
        with c.stream("POST", "/subscribe/gw-quiet") as stream:
            lines = events(stream.iter_lines())
            assert next(lines) == "data: subscribe,gw-quiet,1"
            assert next(lines) == ": keepalive"
            assert next(lines) == ": keepalive"
        assert time.monotonic() - started < 3


def test_monitor_stream(tuned: GatewayProcess) -> None:
    headers = {"Authorization": f"Bearer {tuned.token}"}
    with (
        httpx.Client(base_url=tuned.url, headers=headers, timeout=10) as c,
        c.stream("POST", "/monitor", headers=SSE) as stream,
    ):
        assert stream.status_code == 200
        lines = events(stream.iter_lines())
        # the monitor is on once redis has answered MONITOR; poll until our command shows
        seen = False
        for attempt in range(50):
            c.post("/", json=["ECHO", f"gw-monitor-{attempt}"])
            line = next(lines)
            if line.startswith(": keepalive"):
                continue
            assert line.startswith("data: ")
            if '"ECHO" "gw-monitor-' in line:
                seen = True
                break
        assert seen
