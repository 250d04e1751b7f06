"""Operations: redis-server going away and coming back, slow clients, shutdown, CLI, logs."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Generator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from _gateway_direct import call_once

from redisrest.gateway import GatewayProcess


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


@contextmanager
def unix_redis(path: Path) -> Generator[subprocess.Popen[bytes], None, None]:
    """A redis-server listening on a unix socket only."""
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            "0",
            "--unixsocket",
            str(path),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=path.parent,
    )
    try:
        assert wait_until(lambda: path.exists() and call_once(f"unix://{path}", "PING") == b"PONG")
        yield process
    finally:
        process.terminate()
        process.wait(10)


def port_open(url: str) -> bool:
    host, port = url.removeprefix("redis://").split(":")
    try:
        with socket.create_connection((host, int(port)), timeout=0.5):
            return True
    except OSError:
        return False


def test_redis_down_is_503_and_recovers(
    tmp_path: Path, gateway_factory: Callable[..., GatewayProcess]
) -> None:
    sock = tmp_path / "redis.sock"
    with unix_redis(sock):
        gw = gateway_factory(redis_url=f"unix://{sock}?db=2").start()
    try:
        headers = {"Authorization": f"Bearer {gw.token}"}
        with httpx.Client(base_url=gw.url, headers=headers, timeout=10) as c:
            down = c.post("/", json=["PING"])
            assert down.status_code == 503
            assert down.json()["error"].startswith("ERR redis unavailable")
            health = c.get("/health")
            assert (health.status_code, health.json()) == (503, {"error": "ERR redis unavailable"})
            assert c.post("/pipeline", json=[["PING"]]).status_code == 503
            with unix_redis(sock):
                assert c.post("/", json=["SET", "gw-db", "two"]).json() == {"result": "OK"}
                assert call_once(f"unix://{sock}?db=2", "GET", "gw-db") == b"two"
                assert c.get("/health").status_code == 200
                # a burst of concurrent requests stays within the pool
                assert all(c.get("/ping").status_code == 200 for _ in range(20))
                listing = call_once(f"unix://{sock}", "CLIENT", "LIST")
                assert len(listing.splitlines()) <= 64 + 1
            # and down again: every pooled connection noticed
            assert c.post("/", json=["PING"]).status_code == 503
    finally:
        assert gw.stop() == 0


def test_gateway_starting_while_redis_is_down(tmp_path: Path) -> None:
    sock = tmp_path / "late.sock"
    # GatewayProcess waits for /health, which is 503 until redis-server is there: start by hand
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "redisrest._cli",
            "serve",
            "--port",
            "0",
            "--token",
            "t",
            "--redis-url",
            f"unix://{sock}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = ""
        while not url:
            line = process.stdout.readline()
            assert line, "the gateway exited"
            if line.startswith("export UPSTASH_REDIS_REST_URL="):
                url = line.split("=", 1)[1].strip()
        with httpx.Client(base_url=url, headers={"Authorization": "Bearer t"}, timeout=10) as c:
            assert wait_until(lambda: _status(c, "/ping") == 503)
            with unix_redis(sock):
                assert c.get("/ping").json() == {"result": "PONG"}
                assert c.post("/", json=["NOSUCH"]).json() == {
                    "error": "ERR unknown command 'NOSUCH'"
                }
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0


def _status(c: httpx.Client, path: str) -> int:
    try:
        return c.get(path).status_code
    except httpx.TransportError:
        return 0


def test_slow_body_is_408_and_others_are_served(
    tuned: GatewayProcess, tuned_client: httpx.Client
) -> None:
    host, port = tuned.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as slow:
        slow.sendall(
            b"POST / HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
            + tuned.token.encode()
            + b'\r\nContent-Length: 100\r\n\r\n["PING"'
        )
        # while the slow client is stuck, others are served
        started = time.monotonic()
        assert tuned_client.post("/", json=["PING"]).json() == {"result": "PONG"}
        assert time.monotonic() - started < 0.5
        reply = b""
        while b"\r\n\r\n" not in reply or not reply.endswith(b"}"):
            chunk = slow.recv(4096)
            if not chunk:
                break
            reply += chunk
        assert time.monotonic() - started < 3
    assert reply.startswith(b"HTTP/1.1 408 ")
    assert b"connection: close" in reply.lower()
    assert reply.endswith(b'{"error":"ERR request body not received in time"}')


def test_private_redis_stops_with_the_gateway(
    gateway_factory: Callable[..., GatewayProcess],
) -> None:
    gw = gateway_factory().start()
    assert port_open(gw.redis_url)
    headers = {"Authorization": f"Bearer {gw.token}", "Accept": "text/event-stream"}
    with (
        httpx.Client(base_url=gw.url, headers=headers, timeout=10) as c,
        c.stream("POST", "/subscribe/gw-stop") as stream,
    ):
        lines = stream.iter_lines()
        assert next(lines) == "data: subscribe,gw-stop,1"
        started = time.monotonic()
        # an open event stream does not hold the shutdown up
        assert gw.stop() == 0
        assert time.monotonic() - started < 4
    assert not port_open(gw.redis_url)


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="parent-death signal is Linux-only"
)
def test_private_redis_dies_with_a_killed_gateway(
    gateway_factory: Callable[..., GatewayProcess],
) -> None:
    gw = gateway_factory().start()
    assert gw.pid is not None
    os.kill(gw.pid, signal.SIGKILL)
    assert wait_until(lambda: not port_open(gw.redis_url))
    gw.stop()


def test_cli_refuses_a_public_address_without_a_token() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "redisrest._cli", "serve", "--host", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "needs a --token" in result.stderr


def test_cli_port_in_use(gateway: GatewayProcess) -> None:
    port = gateway.url.rsplit(":", 1)[1]
    result = subprocess.run(
        [sys.executable, "-m", "redisrest._cli", "serve", "--port", port, "--token", "t"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert "cannot listen" in result.stderr


def test_debug_log_has_no_tokens_or_values(gateway_factory: Callable[..., GatewayProcess]) -> None:
    with gateway_factory("--log-level", "debug", "--allow-query-token") as gw:
        headers = {"Authorization": f"Bearer {gw.token}"}
        with httpx.Client(base_url=gw.url, headers=headers, timeout=10) as c:
            c.post("/", json=["SET", "gw-secret-key", "gw-secret-value"])
            c.get("/get/gw-secret-key", params={"_token": gw.token})
            c.post("/pipeline", json=[["GET", "gw-secret-key"], ["gw-secret-cmd"]])
            c.post(
                "/", json=["gw-secret-cmd", "x"], headers={"Authorization": "Bearer gw-bad-token"}
            )
        output = gw.output()
    assert "POST default command set 200" in output
    assert "GET default path get 200" in output
    assert "POST default pipeline get,? 200" in output
    for secret in (gw.token, gw.readonly_token, "gw-secret", "gw-bad-token"):
        lines = [line for line in output.splitlines() if secret in line and "export " not in line]
        assert lines == [], secret
