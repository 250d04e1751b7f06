"""Closed-loop HTTP/1.1 load: `connections` keep-alive connections, each sending the next request
as soon as its reply arrived, for `seconds` after a warm-up; returns requests per second.

`wrk` (Debian's package, C, `THREADS` threads) when it is installed, since a load generator in Python
takes CPU the servers would otherwise get on a 2-core machine; otherwise our own asyncio one.
Either is used for both servers of a comparison, so the ratio stays fair. Loopback only.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from urllib.parse import urlsplit

CONNECTIONS = 16
#: wrk's threads: the issue's measurement (`wrk -t2 -c16`), so figures compare with it.
THREADS = 2
WARMUP_SECONDS = 1.0


@dataclass(frozen=True)
class Request:
    """A POST of `body` to `url` with the given extra headers."""

    url: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def generator(prefer: str) -> str:
    """ "wrk" or "python": the load generator `measure` will use."""
    return "wrk" if prefer == "auto" and shutil.which("wrk") else "python"


def measure(request: Request, seconds: float, prefer: str = "auto") -> float:
    """Requests per second at `CONNECTIONS` concurrent connections (every reply must be 200)."""
    warmup = warmup_seconds(seconds)
    if generator(prefer) == "wrk":
        _wrk(request, warmup)
        return _wrk(request, seconds)
    return asyncio.run(_python(request, seconds, warmup))


def warmup_seconds(seconds: float) -> float:
    """The warm-up before a measurement of `seconds` (shorter for the smoke test's tiny runs)."""
    return min(WARMUP_SECONDS, seconds)


def wrk_version() -> str:
    wrk = shutil.which("wrk")
    if wrk is None:
        return ""
    out = subprocess.run([wrk, "-v"], capture_output=True, text=True, check=False)
    first = (out.stdout + out.stderr).strip().splitlines()
    return first[0].split(" [")[0] if first else "wrk"


def _lua(text: str) -> str:
    """A Lua string literal (long brackets: no escaping needed)."""
    return "[==[" + text + "]==]"


def _wrk(request: Request, seconds: float) -> float:
    lines = ['wrk.method = "POST"', f"wrk.body = {_lua(request.body.decode())}"]
    lines += [f"wrk.headers[ {_lua(k)} ] = {_lua(v)}" for k, v in request.headers]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("\n".join(lines) + "\n")
    try:
        out = subprocess.run(
            [
                "wrk",
                f"-t{THREADS}",
                f"-c{CONNECTIONS}",
                f"-d{max(1, round(seconds))}s",
                "-s",
                script.name,
                request.url,
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=seconds + 30,
        ).stdout
    finally:
        os.unlink(script.name)
    if "Non-2xx" in out or "Socket errors" in out:
        raise RuntimeError(f"wrk saw failed requests:\n{out}")
    found = re.search(r"Requests/sec:\s*([\d.]+)", out)
    if found is None:
        raise RuntimeError(f"unexpected wrk output:\n{out}")
    return float(found.group(1))


class _Connection(asyncio.Protocol):
    """One keep-alive connection: send, parse the reply (Content-Length framed), send again."""

    def __init__(self, request: bytes, run: _Run) -> None:
        self.request = request
        self.run = run
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            found = re.search(rb"\r\ncontent-length:\s*(\d+)", head)
            if found is None:
                return self._fail("a reply without Content-Length")
            total = end + 4 + int(found.group(1))
            if len(self.buffer) < total:
                return
            if head[9:12] != b"200":
                return self._fail(f"HTTP {head[9:12].decode()}")
            self.buffer = self.buffer[total:]
            if not self.run.reply():
                assert self.transport is not None
                self.transport.close()
                if not self.done.done():
                    self.done.set_result(None)
                return
            assert self.transport is not None
            self.transport.write(self.request)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self._fail(f"connection lost: {exc}")

    def _fail(self, why: str) -> None:
        if self.transport is not None:
            self.transport.close()
        if not self.done.done():
            self.done.set_exception(RuntimeError(f"load generator: {why}"))


class _Run:
    """Counts replies that arrive inside the measured window; says when to stop."""

    def __init__(self, start: float, stop: float) -> None:
        self.loop = asyncio.get_running_loop()
        self.start = start
        self.stop = stop
        self.count = 0

    def reply(self) -> bool:
        now = self.loop.time()
        if self.start <= now < self.stop:
            self.count += 1
        return now < self.stop


async def _python(request: Request, seconds: float, warmup: float) -> float:
    parts = urlsplit(request.url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    headers = [f"POST {parts.path or '/'} HTTP/1.1", f"Host: {parts.netloc}"]
    headers += [f"{k}: {v}" for k, v in request.headers]
    headers.append(f"Content-Length: {len(request.body)}")
    wire = ("\r\n".join(headers) + "\r\n\r\n").encode() + request.body
    loop = asyncio.get_running_loop()
    start = loop.time() + warmup
    run = _Run(start, start + seconds)
    connections: list[_Connection] = []
    for _ in range(CONNECTIONS):
        _, protocol = await loop.create_connection(lambda: _Connection(wire, run), host, port)
        connections.append(protocol)
    await asyncio.gather(*(c.done for c in connections))
    return run.count / seconds
