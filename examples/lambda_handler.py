"""An AWS-Lambda-style handler: a page-view counter behind an API Gateway proxy event.

The client is built once per container, at import (`Redis.from_env()` reads
UPSTASH_REDIS_REST_URL / UPSTASH_REDIS_REST_TOKEN, set in the function's configuration), and
reused by every warm invocation: HTTP keep-alive connections survive between them, and there
is no TCP connection to Redis to lose when the container is frozen.

    export UPSTASH_REDIS_REST_URL=... UPSTASH_REDIS_REST_TOKEN=...
    python examples/lambda_handler.py      # calls the handler as Lambda would
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TypedDict

from redisrest import Redis, RedisRestError

# A short timeout and total deadline: a function is billed while it waits.
redis = Redis.from_env(timeout=2.0, deadline=5.0)


class Response(TypedDict):
    statusCode: int
    headers: dict[str, str]
    body: str


def handler(event: Mapping[str, object], context: object) -> Response:
    """Count a view of `event["path"]` and answer the total, and today's top pages."""
    path = event.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        return _json(400, {"error": "no path"})
    try:
        views, _ = redis.pipeline().incr(f"views:{path}").zincrby("views:top", 1, path).exec()
        top = redis.zrange("views:top", 0, 2, rev=True, withscores=True)
    except RedisRestError as exc:  # the message names the command, never a value or token
        return _json(503, {"error": str(exc)})
    return _json(200, {"path": path, "views": views, "top": [page for page, _ in top]})


def _json(status: int, body: Mapping[str, object]) -> Response:
    return {
        "statusCode": status,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(body),
    }


def main() -> None:
    for path in ["/", "/pricing", "/", "/docs", "/"]:
        response = handler({"httpMethod": "GET", "path": path}, None)
        print(response["statusCode"], response["body"])


if __name__ == "__main__":
    main()
