"""`redisrest serve --workers N`: N processes on one port, one private server shared by all.

Checked from outside, as an operator sees it: the process tree, the connections redis-server
sees, a worker killed and replaced, and a stop that leaves nothing behind.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import httpx
import pytest
import redis
from _gateway import Gateway, start_gateway

from redisrest import AsyncRedis

WORKERS = 2


def children(pid: int) -> list[int]:
    """The child processes of `pid` (Linux /proc)."""
    found: list[int] = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as file:
                fields = file.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as file:
            return file.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def workers_of(gw: Gateway) -> list[int]:
    """The gateway's worker processes (its children that are Python, not its redis-server)."""
    assert gw.pid is not None
    result = []
    for pid in children(gw.pid):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as file:
                if b"redisrest._cli" in file.read():
                    result.append(pid)
        except OSError:
            continue
    return result


def wait_for(predicate: object, timeout: float = 15.0) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def pool_gateway() -> Iterator[Gateway]:
    with start_gateway(f"--workers={WORKERS}") as gw:
        yield gw


def test_n_workers_share_the_port_and_the_private_server(pool_gateway: Gateway) -> None:
    gw = pool_gateway
    wait_for(lambda: len(workers_of(gw)) == WORKERS)
    assert gw.output().count("# redis: ") == 1  # one private server
    assert f"# workers: {WORKERS} processes on this port" in gw.output()
    direct = redis.Redis.from_url(gw.redis_url, decode_responses=True)

    # Many connections: the kernel spreads them over the workers, each with its own redis
    # connections, all to the one private server.
    async def load() -> None:
        import asyncio

        clients = [AsyncRedis(gw.url, gw.token) for _ in range(16)]
        try:
            await asyncio.gather(*(c.incr("shared-counter") for c in clients for _ in range(20)))
        finally:
            for c in clients:
                await c.aclose()

    import asyncio

    asyncio.run(load())
    assert direct.get("shared-counter") == str(16 * 20)
    # every worker opened redis connections of its own (at start, for the command table)
    assert len(direct.client_list()) - 1 >= WORKERS


def test_a_dead_worker_is_replaced(pool_gateway: Gateway) -> None:
    gw = pool_gateway
    wait_for(lambda: len(workers_of(gw)) == WORKERS)
    victim = workers_of(gw)[0]
    os.kill(victim, signal.SIGKILL)
    wait_for(lambda: victim not in workers_of(gw) and len(workers_of(gw)) == WORKERS)
    headers = {"Authorization": f"Bearer {gw.token}"}
    for _ in range(20):  # every worker answers
        assert httpx.post(gw.url, json=["PING"], headers=headers).json() == {"result": "PONG"}
    assert "ended with status -9: starting another" in gw.output()


def test_stopping_the_gateway_stops_every_worker_and_the_server() -> None:
    with start_gateway(f"--workers={WORKERS}") as gw:
        wait_for(lambda: len(workers_of(gw)) == WORKERS)
        assert gw.pid is not None
        family = children(gw.pid)
        assert len(family) == WORKERS + 1  # the workers and the private redis-server
        status = gw.stop()
    assert status == 0
    wait_for(lambda: not any(alive(pid) for pid in family), timeout=10)
