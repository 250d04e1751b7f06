"""Case 6: the gateway itself.

- Single commands: requests per second of `POST / ["GET", key]` at 16 concurrent keep-alive
  connections (`bench._load`: wrk, or our asyncio generator), against the same uvicorn +
  httptools stack answering a constant reply (`bench._constant_app`: the stack's ceiling).
- A `/pipeline` of `sizes.gateway_pipeline` commands (SET and GET alternating, body encoded
  beforehand, sent on one keep-alive httpx connection) against redis-py's TCP pipeline of the
  same commands straight to redis-server; median wall time of `sizes.gateway_repeats` each,
  round-robin.
"""

from __future__ import annotations

import json
import time

from bench import _clients, _load
from bench._constant_app import ConstantServer
from bench._harness import CEILING, PREFIX, REDIS_PY, REDISREST, Check, Env, Row, Sizes, median

KEY = PREFIX + "gw"
VALUE = "v" * 32

#: Targets: at least 0.5x the stack's constant-reply rate; a pipeline within 3x redis-py's.
RPS_CHECKS = (Check(CEILING, 0.5, op="ge"),)
PIPELINE_CHECKS = (Check(REDIS_PY, 3.0),)


def _commands(n: int) -> list[list[str]]:
    commands: list[list[str]] = []
    for i in range(n):
        key = f"{PREFIX}gwp:{i // 2}"
        commands.append(["SET", key, VALUE] if i % 2 == 0 else ["GET", key])
    return commands


def _rates(env: Env, sizes: Sizes) -> tuple[float, float]:
    body = json.dumps(["GET", KEY]).encode()
    headers = (("Authorization", f"Bearer {env.token}"), ("Content-Type", "application/json"))
    gateway = _load.Request(env.url + "/", body, headers)
    with ConstantServer() as server:
        ceiling = _load.Request(server.url + "/", body, headers)
        return (
            _load.measure(gateway, sizes.load_seconds, sizes.load),
            _load.measure(ceiling, sizes.load_seconds, sizes.load),
        )


def _pipelines(env: Env, sizes: Sizes) -> tuple[float, float]:
    commands = _commands(sizes.gateway_pipeline)
    body = json.dumps(commands).encode()
    hx = _clients.httpx_sync(env)
    rp = _clients.redis_sync(env)

    def gateway() -> float:
        started = time.perf_counter()
        response = hx.post("/pipeline", content=body)
        content = response.content
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise AssertionError(f"/pipeline answered HTTP {response.status_code}")
        if len(json.loads(content)) != len(commands):
            raise AssertionError("/pipeline: not one reply per command")
        return elapsed

    def direct() -> float:
        started = time.perf_counter()
        pipe = rp.pipeline(transaction=False)
        for command in commands:
            if command[0] == "SET":
                pipe.set(command[1], command[2])
            else:
                pipe.get(command[1])
        replies = pipe.execute()
        elapsed = time.perf_counter() - started
        if len(replies) != len(commands):
            raise AssertionError("redis-py: not one reply per command")
        return elapsed

    try:
        gateway()  # connect, warm up
        direct()
        times: dict[str, list[float]] = {REDISREST: [], REDIS_PY: []}
        for _ in range(max(1, sizes.gateway_repeats)):
            times[REDISREST].append(gateway())
            times[REDIS_PY].append(direct())
    finally:
        rp.delete(*{command[1] for command in commands})
        hx.close()
        rp.close()
    return median(times[REDISREST]), median(times[REDIS_PY])


def run(env: Env, sizes: Sizes) -> list[Row]:
    client = _clients.redis_sync(env)
    try:
        client.set(KEY, VALUE)
    finally:
        client.close()
    gateway_rps, ceiling_rps = _rates(env, sizes)
    rps = Row(6, "gateway: single commands at 16 connections", "req/s", checks=RPS_CHECKS)
    rps.values = {REDISREST: gateway_rps, CEILING: ceiling_rps}
    tool = _load.generator(sizes.load)
    rps.note = (
        f"POST / GET, {sizes.load_seconds:g} s after a"
        f" {_load.warmup_seconds(sizes.load_seconds):g} s warm-up, load"
        f" from {tool}; redisrest = the gateway, ceiling = the same uvicorn+httptools stack"
        " answering a constant reply"
    )
    gateway_s, direct_s = _pipelines(env, sizes)
    n = sizes.gateway_pipeline
    pipe = Row(6, f"gateway: /pipeline of {n:,} commands, wall", "ms", checks=PIPELINE_CHECKS)
    pipe.values = {REDISREST: gateway_s * 1e3, REDIS_PY: direct_s * 1e3}
    pipe.note = (
        f"SET/GET alternating; redisrest = one raw POST /pipeline of the pre-encoded body via"
        f" httpx; redis-py = its TCP pipeline of the same commands; median of"
        f" {sizes.gateway_repeats}"
    )
    return [rps, pipe]
