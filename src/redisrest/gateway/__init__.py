"""The Upstash-compatible REST gateway in front of redis-server (`redisrest serve`).

Importing this package needs nothing beyond redisrest's own dependencies; running the gateway
(`serve`) needs the `server` extra (uvicorn, httptools, hiredis). The ASGI application itself is
`redisrest.gateway._app.GatewayApp`.
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
    GatewayConfig,
)
from ._process import GatewayProcess
from ._server import GatewayError, PrivateRedis, is_loopback, serve

__all__ = [
    "DEFAULT_BODY_TIMEOUT",
    "DEFAULT_HOST",
    "DEFAULT_KEEPALIVE",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_PIPELINE",
    "DEFAULT_PORT",
    "DEFAULT_REDIS_TIMEOUT",
    "GatewayConfig",
    "GatewayError",
    "GatewayProcess",
    "PrivateRedis",
    "is_loopback",
    "serve",
]
