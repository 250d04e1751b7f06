"""Helpers of the reliability suite: direct Redis access and process measurements."""

from __future__ import annotations

import os
import socket

import redis
from _figures import Record as Record  # (the suite's tests import it from here)


def direct_client(redis_url: str) -> redis.Redis:
    """redis-server itself, bypassing the gateway: the judge of what was really applied."""
    return redis.Redis.from_url(redis_url, socket_timeout=10)


def rss_kib(pid: int) -> int:
    """Resident memory of a process, in KiB (Linux /proc)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS line")


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, round(q * (len(sorted_values) - 1)))
    return sorted_values[index]


def exchange(url: str, raw: bytes, timeout: float = 10.0) -> bytes:
    """Send raw bytes to an http://host:port URL; the whole reply (head and body) or what came
    before the server closed."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(raw)
        reply = b""
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            reply += chunk
            head, sep, body = reply.partition(b"\r\n\r\n")
            if sep:
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length" and len(body) >= int(value):
                        return reply
    return reply
