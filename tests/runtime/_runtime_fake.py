"""Test helpers: a scripted HTTP/1.1 server, hand-built commands, envelope builders.

`FakeServer(script)` listens on 127.0.0.1 and answers each request with the next action of
the script (the last one repeats): `answer(...)`, `Drop()` (read the request, close without a
reply), `Hang(seconds)` (read it, answer nothing for a while, then close), `Raw(bytes)`.
It records every request (target, lower-cased headers, body) in `server.requests`.
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from redisrest._command import IDEMPOTENT, READONLY, WRITE, Codec, Command, Reply
from redisrest._pipeline import AsyncPipelineBase, SyncPipelineBase

# ---------------------------------------------------------------------------------------------
# Commands, built by hand the way the generator does


def _text(wire: bytes | None) -> str | None:
    return None if wire is None else wire.decode()


GET_REPLY: Reply[str | None, bytes | None] = Reply(bytes | None, _text, lambda w: w)
INT_REPLY: Reply[int, int] = Reply(int, lambda w: w, lambda w: w)
OK_REPLY: Reply[bool, bool] = Reply(Literal["OK"], lambda w: w == "OK", lambda w: w == "OK")
LIST_REPLY: Reply[list[str], list[bytes]] = Reply(
    list[bytes], lambda w: [x.decode() for x in w], lambda w: w
)


def get(codec: Codec[Any], key: str | bytes) -> Command[Any]:
    return Command(codec, "GET", ("GET", key), GET_REPLY, READONLY)


def incr(codec: Codec[Any], key: str | bytes) -> Command[int]:
    return Command(codec, "INCR", ("INCR", key), INT_REPLY, WRITE)


def set_(codec: Codec[Any], key: str | bytes, value: Any) -> Command[bool]:
    return Command(codec, "SET", ("SET", key, value), OK_REPLY, WRITE)


def mset(codec: Codec[Any], key: str | bytes, value: Any) -> Command[bool]:
    return Command(codec, "MSET", ("MSET", key, value), OK_REPLY, WRITE | IDEMPOTENT)


def lrange(codec: Codec[Any], key: str) -> Command[Any]:
    return Command(codec, "LRANGE", ("LRANGE", key, 0, -1), LIST_REPLY, READONLY)


class Pipe(SyncPipelineBase[Any]):
    """A hand-written pipeline (the generated one has a method per command)."""

    def get(self, key: Any) -> Pipe:
        return self._push(get(self._codec, key))  # type: ignore[no-any-return]

    def incr(self, key: Any) -> Pipe:
        return self._push(incr(self._codec, key))  # type: ignore[no-any-return]

    def set(self, key: Any, value: Any) -> Pipe:
        return self._push(set_(self._codec, key, value))  # type: ignore[no-any-return]


class APipe(AsyncPipelineBase[Any]):
    def get(self, key: Any) -> APipe:
        return self._push(get(self._codec, key))  # type: ignore[no-any-return]

    def incr(self, key: Any) -> APipe:
        return self._push(incr(self._codec, key))  # type: ignore[no-any-return]


# ---------------------------------------------------------------------------------------------
# Envelopes (the server side of `Upstash-Encoding: base64`)


def b64(value: str | bytes) -> str:
    raw = value.encode() if isinstance(value, str) else value
    return base64.b64encode(raw).decode()


def result(value: Any) -> bytes:
    return json.dumps({"result": value}).encode()


def error(message: str) -> bytes:
    return json.dumps({"error": message}).encode()


# ---------------------------------------------------------------------------------------------
# The scripted server


@dataclass
class Answer:
    status: int = 200
    body: bytes = b'{"result":"OK"}'
    headers: dict[str, str] = field(default_factory=dict)
    chunked: bool = False
    close: bool = False  # close the connection after it (without saying so)


def answer(
    body: bytes, status: int = 200, *, chunked: bool = False, close: bool = False, **headers: str
) -> Answer:
    """An HTTP answer; `retry_after="2"` becomes the header `retry-after: 2`."""
    fields = {k.replace("_", "-"): v for k, v in headers.items()}
    return Answer(status, body, fields, chunked, close)


@dataclass
class Drop:
    """Read the request, then close the connection without replying."""


@dataclass
class Hang:
    """Read the request, send nothing for `seconds`, then close."""

    seconds: float = 2.0


@dataclass
class Raw:
    """Write these bytes, then close."""

    data: bytes


Action = Answer | Drop | Hang | Raw


@dataclass
class Request:
    target: bytes
    headers: dict[str, str]
    body: bytes


class FakeServer:
    def __init__(
        self,
        script: Iterable[Action] | Callable[[Request], Action] = (),
        *,
        sync_tokens: bool = True,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self._tls = tls
        self._script: list[Action] = [] if callable(script) else list(script)
        self._handler = script if callable(script) else None
        self._sync_tokens = sync_tokens
        self._counter = 0
        self.requests: list[Request] = []
        self.connections = 0
        self._lock = threading.Lock()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(1)
        self.port = self._sock.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._clients: list[socket.socket] = []
        self._running = True
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._running = False
        with contextlib.suppress(OSError):  # wake the accept() up
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        self._thread.join(2)
        self._sock.close()
        with self._lock:
            for client in self._clients:
                with contextlib.suppress(OSError):
                    client.close()

    def _next(self, request: Request) -> Action:
        with self._lock:
            self.requests.append(request)
            if self._handler is not None:
                return self._handler(request)
            if len(self._script) > 1:
                return self._script.pop(0)
            return self._script[0] if self._script else Answer()

    def _serve(self) -> None:
        while self._running:
            try:
                client, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            if not self._running:
                client.close()
                return
            with self._lock:
                self._clients.append(client)
                self.connections += 1
            threading.Thread(target=self._connection, args=(client,), daemon=True).start()

    def _connection(self, client: socket.socket) -> None:
        buffer = b""
        try:
            if self._tls is not None:
                client.settimeout(5)
                client = self._tls.wrap_socket(client, server_side=True)
            while self._running:
                while b"\r\n\r\n" not in buffer:
                    chunk = client.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.split(b"\r\n")
                target = lines[0].split(b" ")[1]
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    headers[name.strip().lower().decode()] = value.strip().decode("latin-1")
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    chunk = client.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:length], buffer[length:]
                action = self._next(Request(target, headers, body))
                if isinstance(action, Drop):
                    return
                if isinstance(action, Hang):
                    time.sleep(action.seconds)
                    return
                if isinstance(action, Raw):
                    client.sendall(action.data)
                    return
                client.sendall(self._render(action))
                if action.close:
                    return
        except OSError:
            return
        finally:
            client.close()

    def _render(self, reply: Answer) -> bytes:
        headers = dict(reply.headers)
        if self._sync_tokens:
            with self._lock:
                self._counter += 1
                headers.setdefault("Upstash-Sync-Token", str(self._counter))
        lines = [f"HTTP/1.1 {reply.status} X".encode()]
        for name, value in headers.items():
            lines.append(f"{name}: {value}".encode())
        if reply.chunked:
            lines.append(b"Transfer-Encoding: chunked")
            body = b"".join(
                b"%x\r\n%s\r\n" % (len(part), part)
                for part in (reply.body[i : i + 7] for i in range(0, len(reply.body), 7))
            )
            body += b"0\r\n\r\n"
        else:
            lines.append(b"Content-Length: %d" % len(reply.body))
            body = reply.body
        return b"\r\n".join(lines) + b"\r\n\r\n" + body


def free_port() -> int:
    """A port with nothing listening (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---------------------------------------------------------------------------------------------
# A TCP proxy in front of the real gateway, HTTP message by HTTP message


def read_message(sock: socket.socket, buffer: bytes) -> tuple[bytes, dict[str, str], bytes]:
    """One HTTP message (head, lower-cased headers, whole raw message) and what follows it."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    headers: dict[str, str] = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower().decode()] = value.strip().decode("latin-1")
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        rest += chunk
    message = head + b"\r\n\r\n" + rest[:length]
    return message, headers, rest[length:]


class Proxy:
    """Relays requests to `upstream` (the gateway). `plan(index)` decides each request's fate:
    "relay", "drop" (forward it, wait for the gateway's reply, then close the client's
    connection without relaying it) or a float (seconds to wait before forwarding)."""

    def __init__(
        self, upstream: str, plan: Callable[[int], str | float] = lambda i: "relay"
    ) -> None:
        host, _, port = upstream.rpartition("//")[2].partition(":")
        self._upstream = (host, int(port))
        self._plan = plan
        self.requests: list[dict[str, str]] = []
        self.responses: list[dict[str, str]] = []
        self.closed_by_client = 0
        self._lock = threading.Lock()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._running = True
        threading.Thread(target=self._serve, daemon=True).start()

    def close(self) -> None:
        self._running = False
        self._sock.close()

    def __enter__(self) -> Proxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _serve(self) -> None:
        while self._running:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._connection, args=(client,), daemon=True).start()

    def _connection(self, client: socket.socket) -> None:
        upstream = socket.create_connection(self._upstream)
        from_client = from_upstream = b""
        try:
            while True:
                try:
                    request, headers, from_client = read_message(client, from_client)
                except (ConnectionError, OSError):
                    with self._lock:
                        self.closed_by_client += 1
                    return
                with self._lock:
                    index = len(self.requests)
                    self.requests.append(headers)
                plan = self._plan(index)
                if isinstance(plan, float):
                    time.sleep(plan)
                upstream.sendall(request)
                response, headers, from_upstream = read_message(upstream, from_upstream)
                with self._lock:
                    self.responses.append(headers)
                if plan == "drop":
                    return
                client.sendall(response)
        except OSError:
            return
        finally:
            client.close()
            upstream.close()
