"""Running the gateway: a private redis-server when none is given, then uvicorn on our socket."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ipaddress
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO

from ._config import GatewayConfig

if TYPE_CHECKING:
    from ._app import GatewayApp

logger = logging.getLogger("redisrest.gateway")

#: Seconds a private redis-server has to answer PING after it was started.
REDIS_START_TIMEOUT = 10.0
#: Seconds a private redis-server has to exit after SIGTERM before it is killed.
REDIS_STOP_TIMEOUT = 5.0
#: Attempts at starting a private redis-server (another process may take the free port first).
REDIS_START_ATTEMPTS = 5
#: Seconds open requests (and event streams) get to finish when the gateway stops.
GRACEFUL_SHUTDOWN = 5.0
_POLL_INTERVAL = 0.02
_PR_SET_PDEATHSIG = 1


class GatewayError(Exception):
    """The gateway could not start (the message says why)."""


def is_loopback(host: str) -> bool:
    """True when `host` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def death_signal() -> Callable[[], None] | None:
    """On Linux, a pre-exec hook: the child gets SIGTERM when its parent (thread) dies."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None

    def hook() -> None:
        prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)

    return hook


class PrivateRedis:
    """A redis-server of the gateway's own: loopback only, a free port, no persistence.

    It runs in a temporary directory (removed on stop), in its own session (a Ctrl-C in the
    terminal reaches the gateway, which stops it), and on Linux it also dies with the gateway.
    """

    def __init__(self, executable: str = "redis-server") -> None:
        self.executable = executable
        self.url = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._dir: str | None = None

    def start(self, timeout: float = REDIS_START_TIMEOUT) -> str:
        path = shutil.which(self.executable)
        if path is None:
            raise GatewayError(
                f"{self.executable} is not on PATH: install Redis (e.g. 'apt-get install "
                "redis-server' or 'brew install redis'), or pass --redis-url"
            )
        self._dir = tempfile.mkdtemp(prefix="redisrest-redis-")
        log_path = os.path.join(self._dir, "redis.log")
        for _ in range(REDIS_START_ATTEMPTS):
            port = free_port()
            with open(log_path, "wb") as log:
                self._process = subprocess.Popen(
                    [
                        path,
                        "--port",
                        str(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--dir",
                        self._dir,
                        "--daemonize",
                        "no",
                        "--protected-mode",
                        "yes",
                        "--loglevel",
                        "warning",
                    ],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    preexec_fn=death_signal(),
                )
            if _wait_for_pong(self._process, port, timeout):
                self.url = f"redis://127.0.0.1:{port}"
                return self.url
            self._kill()
        with open(log_path, "rb") as log:
            tail = log.read()[-2000:].decode("utf-8", "replace")
        self.stop()
        raise GatewayError(f"redis-server did not start:\n{tail}")

    def stop(self) -> None:
        self._kill()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(REDIS_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for_pong(process: subprocess.Popen[bytes], port: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=1.0) as sock,
        ):
            sock.sendall(b"PING\r\n")
            if sock.recv(64).startswith(b"+PONG"):
                return True
        time.sleep(_POLL_INTERVAL)
    return False


#: Largest request head (request line and headers) accepted; uvicorn sets no limit of its own.
#: Path-form URLs stop at 64 KiB (the parser's limit), so this leaves room for any headers.
MAX_HEAD_BYTES = 128 * 1024
#: What a client whose request head did not arrive in time gets, before the connection closes.
_HEAD_TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
    b"content-length: 49\r\nconnection: close\r\n\r\n"
    b'{"error":"ERR request head not received in time"}'
)


def _protocol(head_timeout: float) -> type[Any]:
    """uvicorn's httptools protocol, cutting off a request head that is too slow or too large.

    uvicorn never times a request head out (a head sent a byte a second, or a connection that
    sends nothing, is held forever) nor limits its size; the app's `--body-timeout` only starts
    once the head is complete. So a head gets the same time, from the connection's start or its
    first byte, and at most MAX_HEAD_BYTES of URL and headers (beyond, the parser callback
    raises, and uvicorn answers its own 400 for unparseable requests and closes).
    """
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class Protocol(HttpToolsProtocol):
        _head_timer: asyncio.TimerHandle | None = None
        _head_started = False
        _head_bytes = 0

        def on_url(self, url: bytes) -> None:
            self._count_head(len(url))
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._count_head(len(name) + len(value))
            super().on_header(name, value)

        def _count_head(self, size: int) -> None:
            self._head_bytes += size
            if self._head_bytes > MAX_HEAD_BYTES:
                raise ValueError("request head too large")

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm(started=False)

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._head_bytes = 0
            self._arm(started=True)

        def on_headers_complete(self) -> None:
            self._disarm()
            super().on_headers_complete()

        def _arm(self, started: bool) -> None:
            self._disarm()
            self._head_started = started
            self._head_timer = self.loop.call_later(head_timeout, self._head_expired)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_expired(self) -> None:
            self._head_timer = None
            if self.transport.is_closing():
                return
            if self._head_started:  # a request began: tell it why (an idle one just closes)
                self.transport.write(_HEAD_TIMEOUT_RESPONSE)
            self.transport.close()

    return Protocol


def _run_uvicorn(app: GatewayApp, config: GatewayConfig, sock: socket.socket) -> None:
    import uvicorn

    class Server(uvicorn.Server):
        """uvicorn, ending event streams first when it shuts down (instead of waiting on them)."""

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            app.end_streams()
            await super().shutdown(sockets)

    uv_config = uvicorn.Config(
        app,
        http=_protocol(config.body_timeout),
        ws="none",
        lifespan="on",
        access_log=False,
        proxy_headers=False,
        server_header=False,
        log_level=config.log_level.lower(),
        timeout_graceful_shutdown=int(GRACEFUL_SHUTDOWN),
    )
    Server(uv_config).run(sockets=[sock])


def _load_app() -> type[GatewayApp]:
    try:
        import httptools  # noqa: F401  # pyright: ignore[reportUnusedImport]
        import uvicorn  # noqa: F401  # pyright: ignore[reportUnusedImport]

        from ._app import GatewayApp
    except ImportError as exc:
        raise GatewayError(
            f"the gateway needs the 'server' extra ({exc.name} is missing): "
            "pip install 'redisrest[server]'"
        ) from None
    return GatewayApp


def _bind(host: str, port: int) -> socket.socket:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def _url_host(host: str, sock: socket.socket) -> str:
    bound: str = sock.getsockname()[0]
    if host in ("0.0.0.0", "::", ""):
        return "127.0.0.1"
    return f"[{bound}]" if ":" in bound else host


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


def configure_logging(level: str) -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logger.setLevel(level.upper())


def serve(
    config: GatewayConfig, *, token_generated: bool = False, out: TextIO | None = None
) -> int:
    """Run the gateway until SIGINT/SIGTERM; returns the process exit status."""
    stream = out if out is not None else sys.stdout
    configure_logging(config.log_level)
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    private: PrivateRedis | None = None
    try:
        app_class = _load_app()
        try:
            sock = _bind(config.host, config.port)
        except OSError as exc:
            raise GatewayError(f"cannot listen on {config.host}:{config.port}: {exc}") from None
        redis_url = config.redis_url
        if redis_url is None:
            private = PrivateRedis()
            redis_url = private.start()
        app = app_class(config, redis_url)
        port: int = sock.getsockname()[1]
        url = f"http://{_url_host(config.host, sock)}:{port}"
        shown_token = (
            config.token if token_generated or is_loopback(config.host) else "<the --token value>"
        )
        if private is not None:
            print(f"# redis: {private.url} (private redis-server, no persistence)", file=stream)
        print("# point an Upstash client (or redisrest) at this gateway:", file=stream)
        print(f"export UPSTASH_REDIS_REST_URL={url}", file=stream)
        print(f"export UPSTASH_REDIS_REST_TOKEN={shown_token}", file=stream, flush=True)
        _run_uvicorn(app, config, sock)
    except GatewayError as exc:
        print(f"redisrest serve: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        if private is not None:
            private.stop()
        signal.signal(signal.SIGTERM, previous)
    return 0
