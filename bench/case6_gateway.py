"""Case 6: the gateway itself.

- Single commands: requests per second of `POST / ["GET", key]` at 16 concurrent keep-alive
  connections (`bench._load`: wrk, or our asyncio generator), against the gateway's own HTTP
  server answering a constant reply (`bench._constant_app`: the stack's ceiling).
- A `/pipeline` of `sizes.gateway_pipeline` commands (SET and GET alternating, body encoded
  beforehand, sent on one keep-alive http.client connection) against redis-py's TCP pipeline of the
  same commands straight to redis-server; median wall time of `sizes.gateway_repeats` each,
  round-robin.
- With `sizes.gateway_variants`: the same single-command load on a second gateway started with
  `--workers 2` over the same redis-server (the scaling ratio to one process), and both
  measurements on a gateway in front of a local Redis Cluster (3 masters, 1 replica each,
  `tests/_cluster.py`), as ratios to the single node.

Issue 13's goals, on this 2-core machine: one process at or above 32,000 req/s, a 1,000-command
/pipeline at or below 2 ms. They are absolute figures: the notes say how far the run is.
"""

from __future__ import annotations

import http.client
import importlib
import json
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast
from urllib.parse import urlsplit

import httpx

from bench import _clients, _load
from bench._constant_app import ConstantServer
from bench._harness import CEILING, PREFIX, REDIS_PY, REDISREST, Check, Env, Row, Sizes, median

if TYPE_CHECKING:
    from redisrest.gateway import GatewayProcess

KEY = PREFIX + "gw"
VALUE = "v" * 32

#: Targets: at least 0.5x the stack's constant-reply rate; a pipeline within 3x redis-py's.
RPS_CHECKS = (Check(CEILING, 0.5, op="ge"),)
PIPELINE_CHECKS = (Check(REDIS_PY, 3.0),)
#: Issue 13's absolute goals for one gateway process on the benchmark machine.
GOAL_RPS = 32_000
GOAL_PIPELINE_MS = 2.0
#: Processes of the `--workers` variant.
WORKERS = 2

_TESTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests")


def _commands(n: int) -> list[list[str]]:
    commands: list[list[str]] = []
    for i in range(n):
        key = f"{PREFIX}gwp:{i // 2}"
        commands.append(["SET", key, VALUE] if i % 2 == 0 else ["GET", key])
    return commands


def _get_request(url: str, token: str) -> _load.Request:
    body = json.dumps(["GET", KEY]).encode()
    headers = (("Authorization", f"Bearer {token}"), ("Content-Type", "application/json"))
    return _load.Request(url + "/", body, headers)


def _rates(env: Env, sizes: Sizes) -> tuple[float, float]:
    gateway = _get_request(env.url, env.token)
    with ConstantServer() as server:
        ceiling = _get_request(server.url, env.token)
        return (
            _load.measure(gateway, sizes.load_seconds, sizes.load),
            _load.measure(ceiling, sizes.load_seconds, sizes.load),
        )


def _gateway_pipeline(url: str, token: str, commands: list[list[str]]) -> Callable[[], float]:
    """One POST /pipeline of `commands` (body encoded beforehand) on a keep-alive connection of
    the standard library's http.client: a lean client, so the wall time is mostly the gateway's
    (httpx added about 1 ms of its own to a 1,000-command round trip here)."""
    body = json.dumps(commands).encode()
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def gateway() -> float:
        started = time.perf_counter()
        connection.request("POST", "/pipeline", body, headers)
        response = connection.getresponse()
        content = response.read()
        elapsed = time.perf_counter() - started
        if response.status != 200:
            raise AssertionError(f"/pipeline answered HTTP {response.status}")
        replies = json.loads(content)
        if len(replies) != len(commands) or any("error" in reply for reply in replies):
            raise AssertionError("/pipeline: not one good reply per command")
        return elapsed

    return gateway


def _pipelines(env: Env, sizes: Sizes) -> tuple[float, float]:
    commands = _commands(sizes.gateway_pipeline)
    gateway = _gateway_pipeline(env.url, env.token, commands)
    rp = _clients.redis_sync(env)

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
        rp.close()
    return median(times[REDISREST]), median(times[REDIS_PY])


def _set_key(url: str, token: str) -> None:
    reply = httpx.post(
        url + "/", json=["SET", KEY, VALUE], headers={"Authorization": f"Bearer {token}"}
    )
    if reply.json() != {"result": "OK"}:
        raise AssertionError(f"SET through the gateway answered {reply.text}")


def _gateway(*flags: str, redis_url: str) -> GatewayProcess:
    from redisrest.gateway import GatewayProcess

    return GatewayProcess(*flags, redis_url=redis_url)


def _workers_rate(env: Env, sizes: Sizes) -> float:
    with _gateway("--workers", str(WORKERS), redis_url=env.redis_url) as gateway:
        return _load.measure(
            _get_request(gateway.url, gateway.token), sizes.load_seconds, sizes.load
        )


class _Cluster(Protocol):
    """What case 6 uses of the tests' LocalCluster (tests/_cluster.py)."""

    url: str

    def __enter__(self) -> _Cluster: ...

    def __exit__(self, *exc: object) -> None: ...


def _cluster(sizes: Sizes) -> tuple[float, float]:
    """req/s and the /pipeline's median wall time through a gateway over a local cluster."""
    if _TESTS not in sys.path:
        sys.path.insert(0, _TESTS)  # the tests' LocalCluster: 6 redis-server nodes
    local_cluster = cast(_Cluster, importlib.import_module("_cluster").LocalCluster())
    with local_cluster as cluster, _gateway(redis_url=cluster.url) as gateway:
        _set_key(gateway.url, gateway.token)
        rate = _load.measure(
            _get_request(gateway.url, gateway.token), sizes.load_seconds, sizes.load
        )
        pipeline = _gateway_pipeline(gateway.url, gateway.token, _commands(sizes.gateway_pipeline))
        pipeline()
        wall = median([pipeline() for _ in range(max(1, sizes.gateway_repeats))])
    return rate, wall


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
        f" {_load.warmup_seconds(sizes.load_seconds):g} s warm-up, load from {tool}"
        f" ({_load.CONNECTIONS} connections); redisrest = the gateway (one process),"
        " ceiling = the gateway's HTTP server (redisrest.gateway._http on uvloop) answering a"
        f" constant reply; issue 13's goal: >= {GOAL_RPS:,} req/s, this run"
        f" {gateway_rps / GOAL_RPS:.2f}x of it"
    )
    gateway_s, direct_s = _pipelines(env, sizes)
    n = sizes.gateway_pipeline
    pipe = Row(6, f"gateway: /pipeline of {n:,} commands, wall", "ms", checks=PIPELINE_CHECKS)
    pipe.values = {REDISREST: gateway_s * 1e3, REDIS_PY: direct_s * 1e3}
    pipe.note = (
        f"SET/GET alternating; redisrest = one POST /pipeline of the pre-encoded body on a"
        f" keep-alive http.client connection; redis-py = its TCP pipeline of the same commands; median of"
        f" {sizes.gateway_repeats}; issue 13's goal: <= {GOAL_PIPELINE_MS:g} ms"
    )
    rows = [rps, pipe]
    if sizes.gateway_variants:
        rows += _variants(env, sizes, gateway_rps, ceiling_rps, gateway_s)
    return rows


def _variants(
    env: Env, sizes: Sizes, gateway_rps: float, ceiling_rps: float, gateway_s: float
) -> list[Row]:
    rows: list[Row] = []
    workers = Row(6, f"gateway --workers {WORKERS}: single commands at 16 connections", "req/s")
    try:
        workers_rps = _workers_rate(env, sizes)
    except Exception as exc:  # a gateway without --workers: say so, keep the other rows
        workers.note = f"not measured: {type(exc).__name__}: {str(exc).splitlines()[0]}"
    else:
        workers.values = {REDISREST: workers_rps, CEILING: ceiling_rps}
        workers.note = (
            f"the same load on a second gateway with --workers {WORKERS} over the same"
            f" redis-server: {workers_rps / gateway_rps:.2f}x one process (ceiling: one"
            " process of the constant server)"
        )
    rows.append(workers)
    cluster_rps = Row(6, "gateway over a Redis Cluster: single commands", "req/s")
    cluster_pipe = Row(
        6, f"gateway over a Redis Cluster: /pipeline of {sizes.gateway_pipeline:,}", "ms"
    )
    try:
        rate, wall = _cluster(sizes)
    except Exception as exc:
        cluster_rps.note = f"not measured: {type(exc).__name__}: {str(exc).splitlines()[0]}"
    else:
        cluster_rps.values = {REDISREST: rate}
        cluster_rps.note = (
            "one gateway process over a local cluster of 3 masters (1 replica each, loopback):"
            f" {rate / gateway_rps:.2f}x the single node"
        )
        cluster_pipe.values = {REDISREST: wall * 1e3}
        cluster_pipe.note = (
            "the same /pipeline, its keys spread over the 3 masters:"
            f" {wall / gateway_s:.2f}x the single node's wall time"
        )
    rows += [cluster_rps, cluster_pipe]
    return rows
