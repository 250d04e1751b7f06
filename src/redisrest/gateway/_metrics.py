"""What the gateway reports about itself (requests, commands, backends), for /metrics.

The app and the backends call an `Observer`; this module imports none of them back. The base
class does nothing (a gateway without `--metrics-port`).
"""

from __future__ import annotations

from collections.abc import Sequence


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


#: The observer that ignores everything.
NOTHING = Observer()
