"""The gateway every test suite talks to: `redisrest serve` in a child process.

`start_gateway(*flags)` runs one more gateway with custom flags (a context manager). Each gateway
listens on a free port, starts its own private redis-server (unless `redis_url=` is given), is
ready when `/health` answers 200 (within a deadline), and on exit gets SIGTERM (SIGKILL after a
deadline); its private redis-server stops with it. The object has `.url`, `.token`,
`.readonly_token` and `.redis_url` (redis-server's own URL, for direct checks).
"""

from __future__ import annotations

from redisrest.gateway import GatewayProcess

#: What the `gateway` fixture yields.
Gateway = GatewayProcess


def start_gateway(
    *flags: str,
    token: str | None = None,
    readonly_token: str | None = None,
    redis_url: str | None = None,
) -> GatewayProcess:
    """A gateway with extra `redisrest serve` flags: `with start_gateway("--allow-dangerous") as gw:`."""
    return GatewayProcess(*flags, token=token, readonly_token=readonly_token, redis_url=redis_url)
