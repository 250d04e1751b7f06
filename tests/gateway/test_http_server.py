"""The gateway's own HTTP/1.1 server (redisrest.gateway._http) over real sockets.

Each server runs the real GatewayApp in a child process (so SIGTERM and the graceful shutdown
are the real ones), in front of a redis-server of this module's own (on a unix socket).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator

import pytest
from _servers import redis_server_path

TOKEN = "http-server-token"
HEAD_TIMEOUT = 1.0
GRACEFUL = 3.0
START_TIMEOUT = 20.0
READ_TIMEOUT = 10.0

_RUNNER = """
import socket, sys
from redisrest.gateway import _http
from redisrest.gateway._app import GatewayApp
from redisrest.gateway._config import GatewayConfig

sock = socket.socket()
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
config = GatewayConfig(token=sys.argv[2], keepalive=0.3, body_timeout=30.0)
app = GatewayApp(config, sys.argv[1])
_http.run(app, sock, head_timeout=float(sys.argv[3]), graceful=float(sys.argv[4]),
          log_level="warning")
print("stopped", flush=True)
"""


class Server:
    """A child process running `_http.run` with the real app."""

    def __init__(self, redis_url: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _RUNNER, redis_url, TOKEN, str(HEAD_TIMEOUT), str(GRACEFUL)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.strip().isdigit():
            self.process.kill()
            _, err = self.process.communicate()
            raise RuntimeError(f"the server did not start: {line!r} {err!r}")
        self.port = int(line)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=READ_TIMEOUT)
        return sock

    def stop(self, *, signalled: bool = False) -> tuple[int, bytes, bytes]:
        """SIGTERM (unless the test sent it already: a second one could reach the server after
        its shutdown put the default handler back), then its exit status and output."""
        if not signalled and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            out, err = self.process.communicate(timeout=GRACEFUL + 10)
        except subprocess.TimeoutExpired:
            self.process.kill()  # a server that ignores SIGTERM must not outlive the test
            out, err = self.process.communicate()
            err += b"\n(killed: it did not stop on SIGTERM)"
        return self.process.returncode, out, err


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A redis-server on a unix socket, for this module's servers."""
    with tempfile.TemporaryDirectory(prefix="redisrest-http-") as folder:
        path = os.path.join(folder, "redis.sock")
        process = subprocess.Popen(
            [redis_server_path(), "--port", "0", "--unixsocket", path, "--save", ""],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=folder,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not os.path.exists(path):
            assert process.poll() is None, "redis-server exited"
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.02)
        try:
            yield f"unix://{path}"
        finally:
            process.terminate()
            process.wait(10)


@pytest.fixture
def server(redis_url: str) -> Iterator[Server]:
    srv = Server(redis_url)
    yield srv
    code, _, err = srv.stop()
    assert code == 0, err.decode(errors="replace")
    assert b"Traceback" not in err, err.decode(errors="replace")


def request(
    method: str,
    path: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    version: str = "1.1",
) -> bytes:
    lines = [f"{method} {path} HTTP/{version}", "Host: test", f"Authorization: Bearer {TOKEN}"]
    given = dict(headers or {})
    if body and "Transfer-Encoding" not in given:
        given.setdefault("Content-Length", str(len(body)))
    lines += [f"{k}: {v}" for k, v in given.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


class Reader:
    """Reads HTTP/1.1 responses off a socket (Content-Length, chunked, or close framing)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""

    def _fill(self) -> bool:
        data = self.sock.recv(65536)
        self.buf += data
        return bool(data)

    def until(self, marker: bytes) -> bytes:
        while marker not in self.buf:
            if not self._fill():
                raise EOFError(f"closed before {marker!r}; got {self.buf!r}")
        head, _, self.buf = self.buf.partition(marker)
        return head + marker

    def exactly(self, n: int) -> bytes:
        while len(self.buf) < n:
            if not self._fill():
                raise EOFError("closed early")
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def head(self) -> tuple[int, dict[str, str]]:
        raw = self.until(b"\r\n\r\n").decode("latin-1")
        first, *rest = raw.split("\r\n")
        headers = {}
        for line in rest:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        return int(first.split()[1]), headers

    def response(self, *, head_request: bool = False) -> tuple[int, dict[str, str], bytes]:
        status, headers = self.head()
        if head_request:
            return status, headers, b""
        if "content-length" in headers:
            return status, headers, self.exactly(int(headers["content-length"]))
        if headers.get("transfer-encoding") == "chunked":
            body = b""
            while True:
                size = int(self.until(b"\r\n")[:-2], 16)
                if size == 0:
                    self.until(b"\r\n")
                    return status, headers, body
                body += self.exactly(size)
                self.until(b"\r\n")
        while self._fill():
            pass
        body, self.buf = self.buf, b""
        return status, headers, body

    def closed(self) -> bool:
        """True when the server closed the connection (nothing more arrives)."""
        if self.buf:
            return False
        try:
            return not self._fill()
        except ConnectionResetError:
            return True


def command(*argv: str | int) -> bytes:
    return request("POST", "/", json.dumps(list(argv)).encode())


@pytest.fixture
def key() -> Callable[[str], str]:
    prefix = f"httpserver:{os.getpid()}:{time.monotonic_ns()}:"
    return lambda name: prefix + name


def test_keep_alive_serves_several_requests_on_one_connection(
    server: Server, key: Callable[[str], str]
) -> None:
    with server.connect() as sock:
        reader = Reader(sock)
        sock.sendall(command("SET", key("a"), "1"))
        assert reader.response()[0::2] == (200, b'{"result":"OK"}')
        sock.sendall(command("GET", key("a")))
        status, headers, body = reader.response()
        assert (status, body) == (200, b'{"result":"1"}')
        assert headers["content-type"] == "application/json"
        assert "connection" not in headers
        assert "date" in headers


def test_pipelined_requests_are_answered_in_order(
    server: Server, key: Callable[[str], str]
) -> None:
    k = key("n")
    burst = b"".join(command("INCR", k) for _ in range(20)) + command("GET", k)
    with server.connect() as sock:
        sock.sendall(burst)
        reader = Reader(sock)
        bodies = [reader.response()[2] for _ in range(21)]
    assert bodies == [b'{"result":%d}' % i for i in range(1, 21)] + [b'{"result":"20"}']


def test_head_answers_headers_only_and_keeps_the_connection(
    server: Server, key: Callable[[str], str]
) -> None:
    k = key("h")
    with server.connect() as sock:
        reader = Reader(sock)
        sock.sendall(command("SET", k, "hello"))
        reader.response()
        sock.sendall(request("HEAD", f"/get/{k}"))
        status, headers, _ = reader.response(head_request=True)
        assert status == 200
        assert headers["content-length"] == str(len(b'{"result":"hello"}'))
        sock.sendall(command("GET", k))  # the HEAD left no body bytes behind
        assert reader.response()[2] == b'{"result":"hello"}'


def test_expect_100_continue(server: Server, key: Callable[[str], str]) -> None:
    body = json.dumps(["SET", key("c"), "v"]).encode()
    head = request("POST", "/", b"", {"Expect": "100-continue", "Content-Length": str(len(body))})
    with server.connect() as sock:
        reader = Reader(sock)
        sock.sendall(head)
        assert reader.head()[0] == 100
        sock.sendall(body)
        assert reader.response()[0::2] == (200, b'{"result":"OK"}')


def test_chunked_request_body(server: Server, key: Callable[[str], str]) -> None:
    body = json.dumps(["SET", key("ch"), "chunked"]).encode()
    half = len(body) // 2
    chunks = b"%x\r\n%b\r\n%x\r\n%b\r\n0\r\n\r\n" % (
        half,
        body[:half],
        len(body) - half,
        body[half:],
    )
    with server.connect() as sock:
        reader = Reader(sock)
        sock.sendall(request("POST", "/", b"", {"Transfer-Encoding": "chunked"}))
        time.sleep(0.05)
        sock.sendall(chunks)
        assert reader.response()[0::2] == (200, b'{"result":"OK"}')
        sock.sendall(command("GET", key("ch")))
        assert reader.response()[2] == b'{"result":"chunked"}'


def test_a_slow_request_head_gets_408_and_the_connection_closes(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"POST / HTTP/1.1\r\nHost: test\r\n")
        started = time.monotonic()
        reader = Reader(sock)
        status, headers, body = reader.response()
        waited = time.monotonic() - started
        assert status == 408
        assert headers["connection"] == "close"
        assert b"not received in time" in body
        assert HEAD_TIMEOUT * 0.9 <= waited <= HEAD_TIMEOUT + 2.0
        assert reader.closed()


def test_an_idle_connection_is_closed_without_a_reply(server: Server) -> None:
    with server.connect() as sock:
        started = time.monotonic()
        assert sock.recv(100) == b""
        assert time.monotonic() - started <= HEAD_TIMEOUT + 2.0


def test_a_request_head_too_large_gets_400(server: Server) -> None:
    huge = "x" * (100 * 1024)
    with server.connect() as sock:
        reader = Reader(sock)
        sock.sendall(request("POST", "/", b"[]", {"X-A": huge, "X-B": huge}))
        status, headers, _ = reader.response()
        assert status == 400
        assert headers["connection"] == "close"
        assert reader.closed()


@pytest.mark.parametrize(
    "garbage",
    [
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",
        b"GET / HTTP/9.9 nonsense\r\n\r\n",
        b"\r\n\r\n\x00",
    ],
)
def test_garbage_gets_400_and_close(server: Server, garbage: bytes) -> None:
    with server.connect() as sock:
        reader = Reader(sock)
        sock.sendall(garbage)
        status, headers, _ = reader.response()
        assert status == 400
        assert headers["connection"] == "close"
        assert reader.closed()


def test_http_1_0_closes_after_the_reply(server: Server) -> None:
    with server.connect() as sock:
        reader = Reader(sock)
        sock.sendall(request("POST", "/", b'["PING"]', version="1.0"))
        status, headers, body = reader.response()
        assert (status, body) == (200, b'{"result":"PONG"}')
        assert headers["connection"] == "close"
        assert reader.closed()


def test_a_client_leaving_during_a_slow_body_does_not_disturb_the_server(
    server: Server, key: Callable[[str], str]
) -> None:
    k = key("gone")
    body = json.dumps(["SET", k, "never"]).encode()
    for _ in range(3):
        with server.connect() as sock:
            sock.sendall(request("POST", "/", b"", {"Content-Length": str(len(body))}))
            sock.sendall(body[:5])
            time.sleep(0.1)
    with server.connect() as sock:
        reader = Reader(sock)
        sock.sendall(command("EXISTS", k))
        assert reader.response()[0::2] == (200, b'{"result":0}')


def _subscribe(server: Server, channel: str) -> tuple[socket.socket, Reader]:
    sock = server.connect()
    reader = Reader(sock)
    sock.sendall(request("POST", f"/subscribe/{channel}", b"", {"Accept": "text/event-stream"}))
    status, headers = reader.head()
    assert status == 200
    assert headers["content-type"] == "text/event-stream"
    assert headers["transfer-encoding"] == "chunked"
    return sock, reader


def _event(reader: Reader) -> bytes:
    size = int(reader.until(b"\r\n")[:-2], 16)
    data = reader.exactly(size)
    reader.until(b"\r\n")
    return data


def test_event_stream_delivers_messages_as_they_come(
    server: Server, key: Callable[[str], str]
) -> None:
    channel = key("ch")
    sock, reader = _subscribe(server, channel)
    with sock, server.connect() as pub:
        assert _event(reader) == f"data: subscribe,{channel},1\n\n".encode()
        publisher = Reader(pub)
        for i in range(50):
            pub.sendall(request("POST", f"/publish/{channel}/m{i}"))
            assert publisher.response()[2] == b'{"result":1}'
        for i in range(50):
            event = _event(reader)
            while event == b": keepalive\n\n":
                event = _event(reader)
            assert event == f"data: message,{channel},m{i}\n\n".encode()


def test_a_slow_event_stream_reader_pauses_the_stream_without_losing_events(
    server: Server, key: Callable[[str], str]
) -> None:
    channel = key("slow")
    sock, reader = _subscribe(server, channel)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    payload = "p" * 2000
    with sock, server.connect() as pub:
        assert _event(reader).startswith(b"data: subscribe")
        publisher = Reader(pub)
        for i in range(200):  # ~400 KB: more than the socket buffers hold
            pub.sendall(request("POST", f"/publish/{channel}/{i}-{payload}"))
            publisher.response()
        seen = 0
        while seen < 200:
            event = _event(reader)
            if event != b": keepalive\n\n":
                assert event == f"data: message,{channel},{seen}-{payload}\n\n".encode()
                seen += 1


def test_graceful_shutdown_ends_streams_and_finishes_open_requests(
    redis_url: str, key: Callable[[str], str]
) -> None:
    srv = Server(redis_url)
    try:
        stream, stream_reader = _subscribe(srv, key("bye"))
        assert _event(stream_reader).startswith(b"data: subscribe")
        slow = srv.connect()  # a request whose body is still on its way
        body = json.dumps(["SET", key("late"), "done"]).encode()
        slow.sendall(request("POST", "/", b"", {"Content-Length": str(len(body))}))
        slow.sendall(body[:3])
        idle = srv.connect()
        time.sleep(0.2)
        started = time.monotonic()
        srv.process.send_signal(signal.SIGTERM)
        # the event stream ends cleanly (the terminating chunk), idle connections close
        while True:
            size = int(stream_reader.until(b"\r\n")[:-2], 16)
            if size == 0:
                break
            stream_reader.exactly(size + 2)
        assert idle.recv(10) == b""
        # the open request still completes, answered with connection: close
        slow.sendall(body[3:])
        slow_reader = Reader(slow)
        status, headers, reply = slow_reader.response()
        assert (status, reply) == (200, b'{"result":"OK"}')
        assert headers["connection"] == "close"
        code, out, err = srv.stop(signalled=True)
        assert code == 0, err
        assert out.endswith(b"stopped\n")
        assert time.monotonic() - started < GRACEFUL
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", srv.port), timeout=1).close()
        for sock in (stream, slow, idle):
            sock.close()
    finally:
        if srv.process.poll() is None:
            srv.process.kill()
            srv.process.communicate()


def test_graceful_shutdown_gives_up_after_the_grace_period(redis_url: str) -> None:
    srv = Server(redis_url)
    slow = srv.connect()
    try:
        slow.sendall(request("POST", "/", b"", {"Content-Length": "100"}))
        slow.sendall(b'["SET"')
        time.sleep(0.2)
        started = time.monotonic()
        code, _, err = srv.stop()
        elapsed = time.monotonic() - started
        assert code == 0, err
        assert GRACEFUL * 0.5 <= elapsed <= GRACEFUL + 3.0
    finally:
        slow.close()
        if srv.process.poll() is None:
            srv.process.kill()
            srv.process.communicate()
