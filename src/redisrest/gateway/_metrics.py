"""What the gateway reports about itself (requests, commands, backends), for /metrics.

The app and the backends call an `Observer`; this module imports none of them back. The base
class does nothing (a gateway without `--metrics-port`); `PrometheusObserver` counts into
prometheus-client metrics, and `start_metrics_server` serves them in the Prometheus text
format on a port of their own.

With several worker processes (`--workers N`), prometheus-client's multiprocess mode adds the
workers' figures up: the supervisor calls `prepare_multiprocess()` before it starts any
worker (a fresh directory named by PROMETHEUS_MULTIPROC_DIR, where each worker's metrics
live in memory-mapped files), each worker builds its `PrometheusObserver()` after the fork,
the supervisor serves `/metrics` from those files, and `cleanup(directory)` removes them at
the end. A worker that died stops counting in the gauges (its live-gauge files are removed
on the next scrape, or at once by `worker_exited(pid)`); its counters stay in the totals.

Labels come only from fixed, small sets, never from a request's content: the route kind
(`ROUTES`), the HTTP status, the command group, the database's name from the config, a
backend node's `host:port`, a redirect kind (`REDIRECTS`). Anything else is counted as
`other`, so a bug upstream can neither leak a token, a key or a value into /metrics nor
blow the number of series up.

prometheus-client is imported only when a `PrometheusObserver` or the metrics server is
made (it decides at import whether it runs in multiprocess mode).
"""

from __future__ import annotations

import asyncio
import glob
import os
import re
import shutil
import socket
import tempfile
import threading
import time
from bisect import bisect_left
from collections import Counter as Tally
from collections.abc import Callable, Collection, Iterable, Sequence
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar, cast
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment
    from prometheus_client import CollectorRegistry, Histogram

__all__ = [
    "LATENCY_BUCKETS",
    "NOTHING",
    "REDIRECTS",
    "ROUTES",
    "MetricsServer",
    "Observer",
    "PrometheusObserver",
    "cleanup",
    "prepare_multiprocess",
    "start_metrics_server",
    "worker_exited",
]


class Observer:
    """Receives the gateway's events; the default ignores them all."""

    def request(self, database: str, route: str, status: int, seconds: float) -> None:
        """One HTTP request ended: `route` is command, pipeline, multi-exec, path, publish,
        subscribe, monitor or health; `database` the token's database name ("-" when none)."""

    def commands(self, database: str, groups: Sequence[str]) -> None:
        """Commands were sent to redis: their groups (string, hash, ..., "other")."""

    def backend(self, database: str, node: str, up: bool) -> None:
        """A connection to `node` (host:port) of `database` opened (up) or failed (down)."""

    def redirect(self, database: str, kind: str) -> None:
        """A cluster sent MOVED or ASK (`kind`), or a retry after a reconnect ("retry")."""

    def failover(self, database: str) -> None:
        """A cluster's slot map changed owner for some slots (a failover or a reshard)."""

    def flush(self) -> None:
        """Report what is still held in memory (a worker calls it when it stops)."""


#: The observer that ignores everything.
NOTHING = Observer()

#: The environment variable prometheus-client reads for its multiprocess directory.
MULTIPROC_ENV: Final = "PROMETHEUS_MULTIPROC_DIR"
#: Every metric's name starts so.
PREFIX: Final = "redisrest_gateway"
#: The route kinds a request is counted under (anything else: "other").
ROUTES: Final = frozenset(
    {"command", "pipeline", "multi-exec", "path", "publish", "subscribe", "monitor", "health"}
)
#: Redirect kinds, as the cluster backend names them (lower case; anything else: "other").
REDIRECTS: Final = frozenset({"moved", "ask", "retry"})
#: Request latency buckets (seconds): a command through a local gateway takes 0.1-1 ms, a
#: 1,000-command pipeline a few ms, a cluster failover seconds.
LATENCY_BUCKETS: Final = (
    0.0001,
    0.00025,
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
)
#: The label value of anything outside its label's fixed set.
OTHER: Final = "other"
#: Label sets remembered per metric (the children prometheus-client made); beyond, each event
#: looks its child up again (the sets are small: this only bounds memory if a caller misbehaves).
_CACHE_LIMIT: Final = 4096

# What a database name, a command group and a node may look like (config names, spec groups,
# host:port); anything else is counted as "other".
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")
_GROUP = re.compile(r"[a-z][a-z0-9_\-]{0,31}")
_NODE = re.compile(r"(\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9_.\-]{1,253}):[0-9]{1,5}")


def database_label(name: str, known: Collection[str] | None = None) -> str:
    """The label of a database name: itself when it is a plain name (and, when the config's
    names are `known`, one of them); "-" for a request that chose none."""
    if name == "-":
        return name
    if known is not None:
        return name if name in known else OTHER
    return name if _NAME.fullmatch(name) else OTHER


def route_label(route: str) -> str:
    return route if route in ROUTES else OTHER


def status_label(status: int) -> str:
    # 499: the client went away before the reply (nginx's convention, which the app follows).
    return str(status) if 100 <= status <= 599 else OTHER


def group_label(group: str) -> str:
    return group if _GROUP.fullmatch(group) else OTHER


def node_label(node: str) -> str:
    return node if _NODE.fullmatch(node) else OTHER


def redirect_label(kind: str) -> str:
    kind = kind.lower()
    return kind if kind in REDIRECTS else OTHER


C = TypeVar("C")


class _Children(Generic[C]):
    """A metric's children by the raw arguments of an event: their labels are checked once,
    on the first event with those arguments, then the child is reused."""

    __slots__ = ("_cache", "_labels", "_make")

    def __init__(
        self,
        make: Callable[..., C],
        labels: Callable[[tuple[Any, ...]], tuple[str, ...]],
    ) -> None:
        self._make = make
        self._labels = labels
        self._cache: dict[tuple[object, ...], C] = {}

    def get(self, key: tuple[object, ...]) -> C:
        child = self._cache.get(key)
        if child is None:
            child = self._make(*self._labels(key))
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[key] = child
        return child


class _Tally:
    """Latencies not yet added to a histogram: their sum and their count per bucket."""

    __slots__ = ("counts", "sum")

    def __init__(self) -> None:
        self.sum = 0.0
        self.counts = [0] * (len(LATENCY_BUCKETS) + 1)  # the last one: +Inf


def _observe_many(histogram: Histogram, tally: _Tally) -> None:
    """Add a tally to a histogram's child: its sum, and each bucket's count at once."""
    found: object = getattr(histogram, "_buckets", None)
    total: object = getattr(histogram, "_sum", None)
    buckets = cast("list[_Value]", found) if isinstance(found, list) else []
    if len(buckets) == len(tally.counts) and total is not None:
        # prometheus-client's own parts (not cumulative; summed when collected).
        cast("_Value", total).inc(tally.sum)
        for value, count in zip(buckets, tally.counts, strict=True):
            if count:
                value.inc(count)
        return
    # (A prometheus-client laid out otherwise: each observation at its bucket's bound.)
    bounds = (*LATENCY_BUCKETS, LATENCY_BUCKETS[-1] * 2)  # pragma: no cover
    for bound, count in zip(bounds, tally.counts, strict=True):  # pragma: no cover
        for _ in range(count):
            histogram.observe(bound)


class _Value(Protocol):
    def inc(self, amount: float) -> None: ...


class PrometheusObserver(Observer):
    """Counts the gateway's events into prometheus-client metrics (build one per process).

    - `redisrest_gateway_requests_total{database,route,status}`: HTTP requests answered;
    - `redisrest_gateway_request_duration_seconds{route}`: their latency (histogram);
    - `redisrest_gateway_commands_total{database,group}`: commands sent to redis;
    - `redisrest_gateway_backend_up{database,node}`: 1 while the connection to a redis node
      works, 0 after it failed (with workers: the lowest of the live workers' values);
    - `redisrest_gateway_redirects_total{database,kind}`: cluster moved / ask / retries;
    - `redisrest_gateway_failovers_total{database}`: slot-map owner changes seen.

    `databases`: the config's database names; others count as "other" (default: any plain
    name). `registry`: where the metrics are registered (default: prometheus-client's global
    one, which `start_metrics_server` serves in a single process). `flush_interval`: requests
    and commands are counted in memory and added to the metrics at the end of the event
    loop's turn (None, the default: a scrape right after a reply sees it), every so many
    seconds (fewer updates still), or at once (0). `flush()` adds what is pending now.
    """

    def __init__(
        self,
        databases: Iterable[str] | None = None,
        registry: CollectorRegistry | None = None,
        flush_interval: float | None = None,
    ) -> None:
        from prometheus_client import REGISTRY, Counter, Gauge, Histogram

        where = REGISTRY if registry is None else registry
        self._interval = flush_interval
        #: None: nothing pending; > 0: a callback of the loop will flush; < 0: no event loop:
        #: the first event after -it flushes.
        self._flush_at: float | None = None
        self._pending_requests: dict[tuple[str, str, int], int] = {}
        self._pending_commands: dict[tuple[str, str], int] = {}
        self._pending_latency: dict[str, _Tally] = {}
        known = None if databases is None else frozenset(databases)

        def db(name: str) -> str:
            return database_label(name, known)

        requests = Counter(
            f"{PREFIX}_requests",
            "HTTP requests answered, by database, route kind and status.",
            ("database", "route", "status"),
            registry=where,
        )
        latency = Histogram(
            f"{PREFIX}_request_duration_seconds",
            "Time from a request's arrival to its reply's end, by route kind.",
            ("route",),
            buckets=LATENCY_BUCKETS,
            registry=where,
        )
        commands = Counter(
            f"{PREFIX}_commands",
            "Commands sent to redis, by database and command group.",
            ("database", "group"),
            registry=where,
        )
        backend = Gauge(
            f"{PREFIX}_backend_up",
            "1 while the connection to a redis node works, 0 once it failed (with several "
            "workers: the lowest value among the live ones).",
            ("database", "node"),
            multiprocess_mode="livemin",
            registry=where,
        )
        redirects = Counter(
            f"{PREFIX}_redirects",
            "Cluster redirections followed (moved, ask) and retries after a reconnect (retry).",
            ("database", "kind"),
            registry=where,
        )
        failovers = Counter(
            f"{PREFIX}_failovers",
            "Cluster slot-map changes of owner seen (a failover or a reshard).",
            ("database",),
            registry=where,
        )
        self._requests = _Children(
            requests.labels, lambda k: (db(k[0]), route_label(k[1]), status_label(k[2]))
        )
        self._latency = _Children(latency.labels, lambda k: (route_label(k[0]),))
        self._commands = _Children(commands.labels, lambda k: (db(k[0]), group_label(k[1])))
        self._backend = _Children(backend.labels, lambda k: (db(k[0]), node_label(k[1])))
        self._redirects = _Children(redirects.labels, lambda k: (db(k[0]), redirect_label(k[1])))
        self._failovers = _Children(failovers.labels, lambda k: (db(k[0]),))

    # Requests and commands are counted in plain dicts and added to the metrics once per event
    # loop turn (or `flush_interval`): one metric update is a lock and, with workers, a write
    # to a memory-mapped file (about 1 µs each, four a request), where a dict update is 50 ns;
    # a busy gateway ends many requests in one turn.

    def request(self, database: str, route: str, status: int, seconds: float) -> None:
        key = (database, route, status)
        requests = self._pending_requests
        requests[key] = requests.get(key, 0) + 1
        tally = self._pending_latency.get(route)
        if tally is None:
            tally = self._pending_latency[route] = _Tally()
        tally.sum += seconds
        tally.counts[bisect_left(LATENCY_BUCKETS, seconds)] += 1
        if self._flush_at is None or self._flush_at <= 0.0:
            self._due()

    def commands(self, database: str, groups: Sequence[str]) -> None:
        pending = self._pending_commands
        if len(groups) == 1:
            one = (database, groups[0])
            pending[one] = pending.get(one, 0) + 1
        else:
            for group, count in Tally(groups).items():
                each = (database, group)
                pending[each] = pending.get(each, 0) + count
        if self._flush_at is None or self._flush_at <= 0.0:
            self._due()

    def _due(self) -> None:
        """The first event since the last flush: flush at the end of this event-loop turn, or
        in `interval` seconds (without a running loop: at once, or at the first event after
        the interval)."""
        interval = self._interval
        if interval == 0.0:
            self.flush()
            return
        if self._flush_at is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                if interval is None:
                    self.flush()
                else:
                    self._flush_at = -(time.monotonic() + interval)
                return
            if interval is None:
                self._flush_at = 1.0
                loop.call_soon(self.flush)
            else:
                self._flush_at = time.monotonic() + interval
                loop.call_later(interval, self.flush)
        elif time.monotonic() >= -self._flush_at:
            self.flush()

    def flush(self) -> None:
        """Add what was counted since the last flush to the metrics (the gateway calls it
        when it stops; a timer calls it while it serves)."""
        self._flush_at = None
        requests, self._pending_requests = self._pending_requests, {}
        for request, count in requests.items():
            self._requests.get(request).inc(count)
        commands, self._pending_commands = self._pending_commands, {}
        for command, count in commands.items():
            self._commands.get(command).inc(count)
        latency, self._pending_latency = self._pending_latency, {}
        for route, tally in latency.items():
            _observe_many(self._latency.get((route,)), tally)

    def backend(self, database: str, node: str, up: bool) -> None:
        self._backend.get((database, node)).set(1 if up else 0)

    def redirect(self, database: str, kind: str) -> None:
        self._redirects.get((database, kind)).inc()

    def failover(self, database: str) -> None:
        self._failovers.get((database,)).inc()


# -- several processes --------------------------------------------------------------------------


def _choose_value_class() -> None:
    """Have prometheus-client choose its value class again (it chose when it was first
    imported, by PROMETHEUS_MULTIPROC_DIR): the metrics made from now on follow the variable."""
    import prometheus_client.values as values

    choose = cast("Callable[[], type]", values.get_value_class)
    values.ValueClass = choose()


def prepare_multiprocess() -> str:
    """Before the first worker starts: a fresh private directory for the workers' metric
    files, named in PROMETHEUS_MULTIPROC_DIR (inherited by the workers); returns it."""
    directory = tempfile.mkdtemp(prefix="redisrest-metrics-")
    os.environ[MULTIPROC_ENV] = directory
    _choose_value_class()
    return directory


def worker_exited(pid: int, directory: str | None = None) -> None:
    """A worker ended: its gauges stop counting (its counters stay in the totals)."""
    from prometheus_client import multiprocess

    path = directory or os.environ.get(MULTIPROC_ENV)
    if path:
        untyped = multiprocess.mark_process_dead  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        mark = cast("Callable[[int, str], None]", untyped)
        mark(pid, path)


_LIVE_GAUGE = re.compile(r"gauge_live[a-z]+_(\d+)\.db")


def _forget_dead_workers(directory: str) -> None:
    """Remove the live-gauge files of processes that no longer exist (a worker that was
    killed, whose supervisor did not call `worker_exited`)."""
    for path in glob.glob(os.path.join(directory, "gauge_live*_*.db")):
        match = _LIVE_GAUGE.fullmatch(os.path.basename(path))
        if match is None:
            continue
        pid = int(match.group(1))
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            worker_exited(pid, directory)
        except PermissionError:  # pragma: no cover - alive, another user's
            pass


def cleanup(directory: str) -> None:
    """After the last worker ended: remove the metric files and forget the directory."""
    if os.environ.get(MULTIPROC_ENV) == directory:
        del os.environ[MULTIPROC_ENV]
        _choose_value_class()
    shutil.rmtree(directory, ignore_errors=True)


# -- the /metrics endpoint ----------------------------------------------------------------------


class _Server(ThreadingMixIn, WSGIServer):
    """A scrape per thread (a slow scraper does not hold the others up)."""

    daemon_threads = True
    allow_reuse_address = True


class _Server6(_Server):
    address_family = socket.AF_INET6


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Scrapes are not logged (one every few seconds, forever)."""


class MetricsServer:
    """`/metrics` served from a thread of this process: `.port` (the bound one), `.stop()`."""

    def __init__(self, server: WSGIServer, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        self.port: int = server.server_address[1]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5.0)


def _registry(directory: str | None, registry: CollectorRegistry | None) -> CollectorRegistry:
    from prometheus_client import REGISTRY, CollectorRegistry, multiprocess

    if directory is None:
        return REGISTRY if registry is None else registry
    registry = CollectorRegistry(auto_describe=True)
    collector = cast(
        "Callable[[CollectorRegistry, str], object]", multiprocess.MultiProcessCollector
    )
    collector(registry, directory)
    return registry


def metrics_app(
    directory: str | None = None, registry: CollectorRegistry | None = None
) -> WSGIApplication:
    """The WSGI app answering `GET /metrics` (404 elsewhere): the workers' metrics from
    `directory` (multiprocess), else this process's `registry` (default: the global one)."""
    from prometheus_client import make_wsgi_app  # pyright: ignore[reportUnknownVariableType]

    exposition = cast("WSGIApplication", make_wsgi_app(_registry(directory, registry)))

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != "/metrics":
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found: the metrics are at /metrics\n"]
        if directory is not None:
            _forget_dead_workers(directory)
        return exposition(environ, start_response)

    return app


def start_metrics_server(
    host: str,
    port: int,
    directory: str | None = None,
    registry: CollectorRegistry | None = None,
) -> MetricsServer:
    """Serve `/metrics` on `host:port` (port 0: any free one, see `.port`) from a daemon
    thread. `directory`: the multiprocess directory (default: PROMETHEUS_MULTIPROC_DIR when
    `prepare_multiprocess` set it, else this process's metrics: `registry`, by default
    prometheus-client's global one). Raises OSError when the port cannot be bound."""
    if directory is None:
        directory = os.environ.get(MULTIPROC_ENV) or None
    server_class = _Server6 if ":" in host.strip("[]") else _Server
    server = make_server(
        host.strip("[]"),
        port,
        metrics_app(directory, registry),
        server_class=server_class,
        handler_class=_QuietHandler,
    )
    thread = threading.Thread(
        target=server.serve_forever, name="redisrest-metrics", kwargs={"poll_interval": 0.5}
    )
    thread.daemon = True
    thread.start()
    return MetricsServer(server, thread)
