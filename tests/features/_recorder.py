"""Wrap a client's transport to see the requests it sends (and optionally inject faults).

`record(client)` swaps the client's transport for a recorder and returns it. Each request is
kept as a `Sent` (target, the per-request headers, the body). `recorder.faults` is a list of
fault names (`"ConnectError"`: refused before sending; `"ReadTimeout"`: sent, and the server
ran it, but the reply is lost); each request takes the next one, if any, before the real send.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from redisrest._exchange import Headers, StaticHeaders, fault_named

# Faults the server cannot have seen (raised before sending) vs faults after it ran the request.
_BEFORE = {"ConnectError", "ConnectTimeout", "PoolTimeout", "WriteError"}


@dataclass
class Sent:
    target: bytes
    headers: Headers
    body: bytes

    @property
    def commands(self) -> list[list[str]]:
        """The commands of a JSON request (one for `/`, several for a batch)."""
        parsed = json.loads(self.body)
        return parsed if self.target.endswith((b"/pipeline", b"/multi-exec")) else [parsed]

    def header(self, name: bytes) -> bytes | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass
class _Recorder:
    inner: Any
    sent: list[Sent] = field(default_factory=list)
    replies: list[Headers] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)

    @property
    def targets(self) -> list[bytes]:
        return [request.target for request in self.sent]

    def _note(self, target: bytes, extra: Headers, body: bytes) -> str | None:
        self.sent.append(Sent(target, list(extra), body))
        return self.faults.pop(0) if self.faults else None


class SyncRecorder(_Recorder):
    def send(
        self, target: bytes, static: StaticHeaders, extra: Headers, body: bytes, timeout: Any
    ) -> tuple[int, Headers, bytes]:
        fault = self._note(target, extra, body)
        if fault in _BEFORE:
            raise fault_named(fault)
        status, headers, content = self.inner.send(target, static, extra, body, timeout)
        if fault is not None:
            raise fault_named(fault)
        self.replies.append(headers)
        return status, headers, content

    def close(self) -> None:
        self.inner.close()


class AsyncRecorder(_Recorder):
    async def send(
        self, target: bytes, static: StaticHeaders, extra: Headers, body: bytes, timeout: Any
    ) -> tuple[int, Headers, bytes]:
        fault = self._note(target, extra, body)
        if fault in _BEFORE:
            raise fault_named(fault)
        status, headers, content = await self.inner.send(target, static, extra, body, timeout)
        if fault is not None:
            raise fault_named(fault)
        self.replies.append(headers)
        return status, headers, content

    async def aclose(self) -> None:
        await self.inner.aclose()


def record(client: Any) -> Any:
    """Swap the client's transport for a recorder (sync or async to match); return it."""
    from redisrest._client import AsyncClient

    inner = client._state.transport
    recorder = AsyncRecorder(inner) if isinstance(client, AsyncClient) else SyncRecorder(inner)
    client._state.transport = recorder
    return recorder
