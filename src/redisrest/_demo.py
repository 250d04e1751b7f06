"""`make demo`: start a gateway (with a private redis-server), talk to it, stop everything.

Runs `python -m redisrest._demo`. It speaks the REST protocol with plain httpx for now; it will
switch to the typed client (`redisrest.Redis`) once that lands.
"""

from __future__ import annotations

import sys
from typing import Any

import httpx

from .gateway import GatewayError, GatewayProcess


def result(response: httpx.Response) -> Any:
    """The `result` of a `{"result": ...}` envelope; raises on `{"error": ...}`."""
    body = response.json()
    if "error" in body:
        raise RuntimeError(f"HTTP {response.status_code}: {body['error']}")
    return body["result"]


def demo(client: httpx.Client) -> None:
    print("SET greeting hello ->", result(client.post("/", json=["SET", "greeting", "hello"])))
    print("GET greeting       ->", result(client.get("/get/greeting")))
    print("INCR visits        ->", result(client.post("/", json=["INCR", "visits"])))
    print("INCR visits        ->", result(client.post("/", json=["INCR", "visits"])))

    commands: list[list[str | int]] = [["SET", "a", "1"], ["INCRBY", "a", 41], ["GET", "a"]]
    replies: list[dict[str, Any]] = client.post("/pipeline", json=commands).json()
    print("pipeline           ->", [r.get("result", r.get("error")) for r in replies])

    transaction: list[list[str | int]] = [["INCR", "n"], ["INCR", "n"], ["LPUSH", "n", "x"]]
    items: list[dict[str, Any]] = client.post("/multi-exec", json=transaction).json()
    print("multi-exec         ->", items)


def main() -> int:
    try:
        with GatewayProcess() as gateway:
            print(f"gateway at {gateway.url} (redis-server at {gateway.redis_url})")
            headers = {"Authorization": f"Bearer {gateway.token}"}
            with httpx.Client(base_url=gateway.url, headers=headers, timeout=10) as client:
                demo(client)
    except GatewayError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1
    print("gateway and redis-server stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
