"""Direct checks on redis-server, bypassing the gateway (no client library involved)."""

from __future__ import annotations

import socket
from typing import Any, cast
from urllib.parse import urlsplit

import hiredis


class Direct:
    """A blocking RESP2 connection straight to redis-server: `direct("GET", "k") -> b"v"`.

    `redis://host:port` or `unix:///path[?db=N]`; replies are bytes, ints, lists, None, and
    error replies raise `hiredis.ReplyError`.
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme == "unix":
            self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self._sock.connect(parts.path)
        else:
            address = (parts.hostname or "127.0.0.1", parts.port or 6379)
            self._sock = socket.create_connection(address)
        self._sock.settimeout(10)
        self._reader = hiredis.Reader()
        db = parts.query.removeprefix("db=")
        if db:
            self("SELECT", db)

    def __call__(self, *args: str | bytes | int) -> Any:
        packed = cast(bytes, hiredis.pack_command(args))  # type: ignore[arg-type]  # pyright: ignore[reportUnknownMemberType, reportArgumentType]
        self._sock.sendall(packed)
        while True:
            reply = self._reader.gets()
            if reply is not False:
                if isinstance(reply, hiredis.ReplyError):
                    raise reply
                return reply
            data = self._sock.recv(65536)
            if not data:
                raise ConnectionError("redis-server closed the connection")
            self._reader.feed(data)

    def close(self) -> None:
        self._sock.close()


def call_once(url: str, *args: str | bytes | int) -> Any:
    """One command on a connection of its own (closed right after)."""
    conn = Direct(url)
    try:
        return conn(*args)
    finally:
        conn.close()
