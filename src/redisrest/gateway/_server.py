"""Running the gateway: a private server when none is given, the databases checked, then the
HTTP server (`_http`) on our socket, in this process or in `--workers` forked ones."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, TextIO

from ._config import GatewayConfig, describe_redis_url
from ._metrics import NOTHING, Observer
from ._private import GatewayError, PrivateRedis, choose_server
from ._private import death_signal as death_signal  # bench/ imports it from here
from ._redis import RedisUnavailable

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


def _load_app() -> type[GatewayApp]:
    try:
        import hiredis  # noqa: F401  # pyright: ignore[reportUnusedImport]
        import httptools  # noqa: F401  # pyright: ignore[reportUnusedImport]

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


def configure_logging(level: str, fmt: str = "plain", access: bool = False) -> None:
    """One format for every line (`--log-format`); access lines only with `--access-log`."""
    from . import _logs

    _logs.configure(level, fmt)
    logging.getLogger(_logs.ACCESS).setLevel(logging.INFO if access else logging.WARNING)


def serve(
    config: GatewayConfig, *, token_generated: bool = False, out: TextIO | None = None
) -> int:
    """Run the gateway until SIGINT/SIGTERM; returns the process exit status."""
    stream = out if out is not None else sys.stdout
    configure_logging(config.log_level, config.log_format, config.access_log)
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    private: PrivateRedis | None = None
    metrics: Callable[[], None] | None = None
    try:
        _load_app()
        try:
            sock = _bind(config.host, config.port)
        except OSError as exc:
            raise GatewayError(f"cannot listen on {config.host}:{config.port}: {exc}") from None
        private_url = ""
        if config.needs_private_server():
            private = PrivateRedis(choose_server(config.redis_server), config.load_modules)
            private_url = private.start()
        urls = {
            db.name: db.redis_url or (f"{private_url}/{db.db}" if db.db else private_url)
            for db in config.all_databases()
        }
        notes = check_databases(config, urls)
        port: int = sock.getsockname()[1]
        url = f"http://{_url_host(config.host, sock)}:{port}"
        if private is not None and private.info is not None:
            info = private.info
            print(f"# redis: {private.url} (private {info.name}, no persistence)", file=stream)
            print(f"# private server: {info.describe()}", file=stream)
            if config.load_modules:
                print(f"# modules: {info.describe_modules()}", file=stream)
        for note in notes:
            print(f"# {note}", file=stream)
        if config.metrics_port is not None:
            metrics = _start_metrics(config, stream)
        if config.workers > 1:
            print(f"# workers: {config.workers} processes on this port", file=stream)
        print("# point an Upstash client (or redisrest) at this gateway:", file=stream)
        print(f"export UPSTASH_REDIS_REST_URL={url}", file=stream)
        if config.databases:
            source = config.config_file or "the config file"
            print(f"# tokens: as {source} gives them, one database per token", file=stream)
            stream.flush()
        else:
            shown_token = (
                config.token
                if token_generated or is_loopback(config.host)
                else "<the --token value>"
            )
            print(f"export UPSTASH_REDIS_REST_TOKEN={shown_token}", file=stream, flush=True)
        if config.workers > 1:
            return _supervise(config, urls, sock)
        _run_worker(config, urls, sock)
    except GatewayError as exc:
        print(f"redisrest serve: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        if metrics is not None:
            metrics()
        if private is not None:
            private.stop()
        signal.signal(signal.SIGTERM, previous)
    return 0


def _observer(config: GatewayConfig) -> Observer:
    if config.metrics_port is None:
        return NOTHING
    from ._metrics import PrometheusObserver

    return PrometheusObserver(databases=[db.name for db in config.all_databases()])


def _start_metrics(config: GatewayConfig, stream: TextIO) -> Callable[[], None]:
    """Serve /metrics on its own port (all workers' figures); returns what stops it."""
    from . import _metrics

    assert config.metrics_port is not None
    directory = _metrics.prepare_multiprocess() if config.workers > 1 else None
    try:
        server = _metrics.start_metrics_server(config.metrics_host, config.metrics_port)
    except OSError as exc:
        raise GatewayError(
            f"cannot serve metrics on {config.metrics_host}:{config.metrics_port}: {exc}"
        ) from None
    print(f"# metrics: http://{config.metrics_host}:{server.port}/metrics", file=stream)

    def stop() -> None:
        server.stop()
        if directory is not None:
            _metrics.cleanup(directory)

    return stop


def _run_worker(config: GatewayConfig, urls: dict[str, str], sock: socket.socket) -> None:
    """One process serving the port: its app, its redis connections, its event loop."""
    from . import _http

    app = _load_app()(config, urls, _observer(config))
    _http.run(
        app,
        sock,
        head_timeout=config.body_timeout,
        graceful=GRACEFUL_SHUTDOWN,
        log_level=config.log_level,
    )


#: A worker that exits within this many seconds of its start is crashing, not serving.
_CRASH_WINDOW = 2.0
#: Crashes in a row after which the gateway stops instead of restarting workers forever.
_MAX_CRASHES = 5


def _supervise(config: GatewayConfig, urls: dict[str, str], sock: socket.socket) -> int:
    """Fork `config.workers` processes on the shared socket, restart one that dies, and stop
    them all (SIGTERM, then SIGKILL) when the gateway stops."""
    children: dict[int, float] = {}
    crashes = 0

    def spawn() -> None:
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the supervisor's code
            status = 0
            try:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                hook = death_signal()
                if hook is not None:
                    hook()
                _run_worker(config, urls, sock)
            except (KeyboardInterrupt, SystemExit):
                pass
            except BaseException:
                logger.exception("worker %d failed", os.getpid())
                status = 1
            finally:
                os._exit(status)
        children[pid] = time.monotonic()

    try:
        for _ in range(config.workers):
            spawn()
        while children:
            pid, status = os.wait()
            started = children.pop(pid, None)
            if started is None:
                continue
            code = os.waitstatus_to_exitcode(status)
            if config.metrics_port is not None:
                from ._metrics import worker_exited

                worker_exited(pid)
            crashes = crashes + 1 if time.monotonic() - started < _CRASH_WINDOW else 0
            if crashes >= _MAX_CRASHES:
                logger.error("workers keep failing at start (last status %d): stopping", code)
                _stop_children(children)
                return 1
            logger.warning("worker %d ended with status %d: starting another", pid, code)
            spawn()
    except (KeyboardInterrupt, SystemExit):
        _stop_children(children)
    return 0


def _stop_children(children: dict[int, float]) -> None:
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + GRACEFUL_SHUTDOWN + 5.0
    while children and time.monotonic() < deadline:
        for pid in list(children):
            with contextlib.suppress(ChildProcessError):
                done, _ = os.waitpid(pid, os.WNOHANG)
                if not done:
                    continue
            children.pop(pid, None)
        time.sleep(0.02)
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    children.clear()


def check_databases(config: GatewayConfig, urls: dict[str, str]) -> list[str]:
    """Before serving: reach each database's redis once. A refused login or database stops the
    gateway with a message saying which database and why; an unreachable redis is a warning (it
    may come up later: requests get 503 until then). A plain redis:// URL that turns out to be
    a Redis Cluster node is served as that cluster (`urls` is updated). Returns notes to print."""
    return asyncio.run(_check_databases(config, urls))


async def _check_databases(config: GatewayConfig, urls: dict[str, str]) -> list[str]:
    from ._app import open_backend
    from ._backend import NodeBackend
    from ._cluster import detect_cluster

    notes: list[str] = []
    for db in config.all_databases():
        url = urls[db.name]
        backend = open_backend(url, db)
        where = backend.description
        try:
            await backend.command_table()
            if isinstance(backend, NodeBackend) and await detect_cluster(
                backend.pool.address, db.redis_timeout
            ):
                scheme, rest = url.split("://", 1)
                urls[db.name] = f"{scheme}+cluster://{rest}"
                notes.append(
                    f"database {db.name}: {where} is a Redis Cluster node: "
                    "serving the cluster (routing by slot)"
                )
        except RedisUnavailable as exc:
            if exc.refused:
                raise GatewayError(
                    f"database {db.name}: redis at {where} {exc}: check the user, password and "
                    "database in its redis URL"
                ) from None
            logger.warning(
                "database %s: redis at %s is not reachable (%s): serving anyway, "
                "requests get 503 until it is",
                db.name,
                where,
                exc,
            )
        except ValueError as exc:
            raise GatewayError(f"database {db.name}: {exc}") from None
        finally:
            await backend.close()
    if len(urls) > 1 or config.databases:
        for db in config.all_databases():
            notes.append(f"database {db.name}: {describe_redis_url(urls[db.name])}")
    return notes
