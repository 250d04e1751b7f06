"""The ceiling of the gateway's HTTP stack: the gateway's own HTTP server
(`redisrest.gateway._http.run`, with the gateway's default head timeout and grace period) in
front of an ASGI app that reads the request and answers a constant reply (no auth, no parsing,
no redis-server). Case 6 compares the gateway against it.

`python -m bench._constant_app [http|uvicorn]` listens on a free loopback port and prints
`URL <url>`; `uvicorn` runs the previous stack (uvicorn + httptools, configured as the gateway
configured it before `_http`) for before/after figures. `ConstantServer(stack)` runs it as a
child process (a context manager).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, MutableMapping
from types import TracebackType
from typing import Any, cast

import httpx

Message = MutableMapping[str, Any]

_BODY = b'{"result":"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"}'
_HEADERS = [
    (b"content-type", b"application/json"),
    (b"content-length", b"%d" % len(_BODY)),
    (b"upstash-sync-token", b"1"),
]
_URL_LINE = "URL "
START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0


class ConstantApp:
    """Raw ASGI: read the whole body, answer `{"result": "<32 v>"}` (a GET's reply in case 6)."""

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        more = True
        while more:
            message = await receive()
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": _HEADERS})
        await send({"type": "http.response.body", "body": _BODY})

    def end_streams(self) -> None:
        """What the gateway's uvicorn runner calls on shutdown (there are no streams here)."""


#: The stacks `main` can serve the constant app on.
STACKS = ("http", "uvicorn")


def main(argv: list[str] | None = None) -> None:
    from redisrest.gateway import _http
    from redisrest.gateway._config import GatewayConfig
    from redisrest.gateway._server import (
        GRACEFUL_SHUTDOWN,
        _bind,  # pyright: ignore[reportPrivateUsage]
    )

    args = sys.argv[1:] if argv is None else argv
    stack = args[0] if args else "http"
    if stack not in STACKS:
        raise SystemExit(f"unknown stack {stack!r}: one of {', '.join(STACKS)}")
    config = GatewayConfig(token="unused")  # the gateway's defaults, so both run alike
    sock = _bind("127.0.0.1", 0)
    print(f"{_URL_LINE}http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    if stack == "http":
        _http.run(
            ConstantApp(),
            sock,
            head_timeout=config.body_timeout,
            graceful=GRACEFUL_SHUTDOWN,
            log_level="warning",
        )
        return
    import uvicorn

    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    # What the gateway's uvicorn runner configured before _http replaced it (head limits aside).
    uv_config = uvicorn.Config(
        cast(Any, ConstantApp()),
        http="httptools",
        ws="none",
        lifespan="on",
        access_log=False,
        proxy_headers=False,
        server_header=False,
        log_level="warning",
        timeout_graceful_shutdown=int(GRACEFUL_SHUTDOWN),
    )
    uvicorn.Server(uv_config).run(sockets=[sock])


class ConstantServer:
    """`with ConstantServer() as server: server.url`: the constant app in a child process."""

    def __init__(self, stack: str = "http") -> None:
        self.stack = stack
        self.url = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._dir = ""
        self._log = ""
        self._root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

    def __enter__(self) -> ConstantServer:
        from redisrest.gateway._server import death_signal

        self._dir = tempfile.mkdtemp(prefix="redisrest-bench-")
        self._log = os.path.join(self._dir, "output")
        with open(self._log, "wb") as out:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "bench._constant_app", self.stack],
                cwd=self._root,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                preexec_fn=death_signal(),
            )
        try:
            self._wait_ready(time.monotonic() + START_TIMEOUT)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _output(self) -> str:
        with open(self._log, "rb") as out:
            return out.read().decode("utf-8", "replace")

    def _wait_ready(self, deadline: float) -> None:
        assert self._process is not None
        while True:
            if self._process.poll() is not None:
                raise RuntimeError(f"the constant server exited:\n{self._output()}")
            if not self.url:
                for line in self._output().splitlines():
                    if line.startswith(_URL_LINE):
                        self.url = line[len(_URL_LINE) :].strip()
            if self.url:
                try:
                    if httpx.post(self.url, content=b"[]", timeout=2.0).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the constant server was not ready in time:\n{self._output()}")
            time.sleep(0.05)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._dir:
            shutil.rmtree(self._dir, ignore_errors=True)


if __name__ == "__main__":
    main()
