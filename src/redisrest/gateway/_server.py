"""Running the gateway: a private server when none is given, then uvicorn on our socket."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import signal
import socket
import sys
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO

from ._config import GatewayConfig
from ._private import GatewayError, PrivateRedis, choose_server
from ._private import death_signal as death_signal  # bench/ imports it from here

if TYPE_CHECKING:
    from ._app import GatewayApp

logger = logging.getLogger("redisrest.gateway")

#: Seconds open requests (and event streams) get to finish when the gateway stops.
GRACEFUL_SHUTDOWN = 5.0


def is_loopback(host: str) -> bool:
    """True when `host` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
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
            private = PrivateRedis(choose_server(config.redis_server), config.load_modules)
            redis_url = private.start()
        app = app_class(config, redis_url)
        port: int = sock.getsockname()[1]
        url = f"http://{_url_host(config.host, sock)}:{port}"
        shown_token = (
            config.token if token_generated or is_loopback(config.host) else "<the --token value>"
        )
        if private is not None and private.info is not None:
            info = private.info
            print(f"# redis: {private.url} (private {info.name}, no persistence)", file=stream)
            print(f"# private server: {info.describe()}", file=stream)
            if config.load_modules:
                print(f"# modules: {info.describe_modules()}", file=stream)
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
