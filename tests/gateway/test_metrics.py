"""/metrics: the observer's counts, the label hygiene, the server, multiprocess aggregation,
and the real gateway (single process and --workers 2) scraped over HTTP.

Scrapes are parsed with prometheus-client's own text parser, so each check reads a sample by
name and labels.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import signal
import time
from collections.abc import Iterator

import httpx
import pytest
from _gateway import start_gateway
from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families

from redisrest.gateway import _metrics
from redisrest.gateway._metrics import PrometheusObserver, start_metrics_server

pytestmark = pytest.mark.timeout(90)

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def parse(text: str) -> Samples:
    samples: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples: Samples, name: str, **labels: str) -> float | None:
    return samples.get((name, frozenset(labels.items())))


def scrape(url: str) -> tuple[str, Samples]:
    response = httpx.get(url, timeout=5.0)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return response.text, parse(response.text)


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def served(registry: CollectorRegistry) -> Iterator[str]:
    server = start_metrics_server("127.0.0.1", 0, registry=registry)
    try:
        yield f"http://127.0.0.1:{server.port}/metrics"
    finally:
        server.stop()


def test_the_observer_counts_every_kind_of_event(registry: CollectorRegistry, served: str) -> None:
    observer = PrometheusObserver(registry=registry)
    observer.request("main", "command", 200, 0.0004)
    observer.request("main", "command", 200, 0.0025)  # on a bound: in that bucket
    observer.request("main", "pipeline", 400, 0.03)
    observer.request("-", "health", 200, 0.0001)
    observer.commands("main", ["string"])
    observer.commands("main", ["string", "hash", "string"])
    observer.backend("main", "127.0.0.1:7000", True)
    observer.backend("main", "127.0.0.1:7001", True)
    observer.backend("main", "127.0.0.1:7001", False)
    observer.redirect("main", "moved")
    observer.redirect("main", "ask")
    observer.redirect("main", "moved")
    observer.failover("main")
    observer.flush()
    _, samples = scrape(served)
    p = "redisrest_gateway_"
    assert value(samples, p + "requests_total", database="main", route="command", status="200")
    assert value(samples, p + "requests_total", database="main", route="command", status="200") == 2
    assert (
        value(samples, p + "requests_total", database="main", route="pipeline", status="400") == 1
    )
    assert value(samples, p + "requests_total", database="-", route="health", status="200") == 1
    assert value(samples, p + "commands_total", database="main", group="string") == 3
    assert value(samples, p + "commands_total", database="main", group="hash") == 1
    assert value(samples, p + "backend_up", database="main", node="127.0.0.1:7000") == 1
    assert value(samples, p + "backend_up", database="main", node="127.0.0.1:7001") == 0
    assert value(samples, p + "redirects_total", database="main", kind="moved") == 2
    assert value(samples, p + "redirects_total", database="main", kind="ask") == 1
    assert value(samples, p + "failovers_total", database="main") == 1
    # The latency histogram, by route: 0.4 ms falls in the 0.5 ms bucket, 2.5 ms in 2.5 ms.
    duration = p + "request_duration_seconds"
    assert value(samples, duration + "_count", route="command") == 2
    assert value(samples, duration + "_bucket", route="command", le="0.00025") == 0
    assert value(samples, duration + "_bucket", route="command", le="0.0005") == 1
    assert value(samples, duration + "_bucket", route="command", le="0.001") == 1
    assert value(samples, duration + "_bucket", route="command", le="0.0025") == 2
    assert value(samples, duration + "_bucket", route="command", le="+Inf") == 2
    assert value(samples, duration + "_sum", route="command") == pytest.approx(0.0029)
    assert value(samples, duration + "_count", route="pipeline") == 1
    assert value(samples, duration + "_bucket", route="pipeline", le="0.025") == 0
    assert value(samples, duration + "_bucket", route="pipeline", le="0.05") == 1


def test_labels_come_only_from_fixed_sets(registry: CollectorRegistry, served: str) -> None:
    """A caller's slip (a token, a key, a URL with a password) never reaches a label."""
    token = secrets.token_urlsafe(24)
    observer = PrometheusObserver(databases=["main", "cache"], registry=registry, flush_interval=0)
    observer.request(token, "command", 200, 0.001)  # a token where a database name goes
    observer.request("main", f"/get/{token}", 200, 0.001)  # a path where a route kind goes
    observer.request("main", "command", 99999, 0.001)  # a status out of range
    observer.commands("main", [f"GET {token}", "string"])
    observer.backend("main", f"redis://:{token}@host:6379", True)  # a URL with a password
    observer.backend("cache", "[::1]:7000", True)
    observer.redirect("main", f"MOVED 3999 {token}")
    observer.redirect("main", "ASK")  # a kind in another case: the same series
    text, samples = scrape(served)
    assert token not in text
    assert "host:6379" not in text
    p = "redisrest_gateway_"
    assert value(samples, p + "requests_total", database="other", route="command", status="200")
    assert value(samples, p + "requests_total", database="main", route="other", status="200")
    assert value(samples, p + "requests_total", database="main", route="command", status="other")
    assert value(samples, p + "commands_total", database="main", group="other") == 1
    assert value(samples, p + "commands_total", database="main", group="string") == 1
    assert value(samples, p + "backend_up", database="main", node="other") == 1
    assert value(samples, p + "backend_up", database="cache", node="[::1]:7000") == 1
    assert value(samples, p + "redirects_total", database="main", kind="other") == 1
    assert value(samples, p + "redirects_total", database="main", kind="ask") == 1
    # Every label value of every sample is from the fixed sets or the config's names.
    allowed = {"main", "cache", "other", "-", "command", "[::1]:7000", "ask", "string", "200"}
    for (_, labels), _value in samples.items():
        for name, label in labels:
            if name != "le":
                assert label in allowed, (name, label)


def test_counts_reach_the_metrics_at_the_next_flush(
    registry: CollectorRegistry, served: str
) -> None:
    observer = PrometheusObserver(registry=registry, flush_interval=60.0)  # no event loop
    observer.request("main", "command", 200, 0.001)
    observer.commands("main", ["string"])
    _, samples = scrape(served)
    assert (
        value(samples, "redisrest_gateway_commands_total", database="main", group="string") is None
    )
    observer.flush()
    observer.flush()  # nothing new: nothing added twice
    _, samples = scrape(served)
    assert value(samples, "redisrest_gateway_commands_total", database="main", group="string") == 1
    assert value(samples, "redisrest_gateway_request_duration_seconds_count", route="command") == 1


async def test_an_event_loop_timer_flushes(registry: CollectorRegistry, served: str) -> None:
    observer = PrometheusObserver(registry=registry, flush_interval=0.05)
    for _ in range(3):
        observer.request("main", "command", 200, 0.001)
    name = "redisrest_gateway_requests_total"
    labels = {"database": "main", "route": "command", "status": "200"}
    await asyncio.sleep(0.2)  # no further event: the timer flushed
    _, samples = await asyncio.to_thread(scrape, served)
    assert value(samples, name, **labels) == 3


async def test_by_default_the_loops_turn_ends_the_batch(
    registry: CollectorRegistry, served: str
) -> None:
    observer = PrometheusObserver(registry=registry)
    for _ in range(3):  # one turn of the loop: counted in memory
        observer.request("main", "command", 200, 0.001)
    name = "redisrest_gateway_requests_total"
    labels = {"database": "main", "route": "command", "status": "200"}
    assert value(parse(_registry_text(registry)), name, **labels) is None
    await asyncio.sleep(0)  # the next turn: added
    assert value(parse(_registry_text(registry)), name, **labels) == 3
    _, samples = await asyncio.to_thread(scrape, served)
    assert value(samples, name, **labels) == 3


def _registry_text(registry: CollectorRegistry) -> str:
    from prometheus_client import generate_latest

    return generate_latest(registry).decode()


def test_without_an_event_loop_the_next_event_flushes(
    registry: CollectorRegistry, served: str
) -> None:
    observer = PrometheusObserver(registry=registry, flush_interval=0.05)
    observer.request("main", "command", 200, 0.001)
    time.sleep(0.1)
    observer.request("main", "command", 200, 0.001)  # past the interval: both are added
    _, samples = scrape(served)
    labels = {"database": "main", "route": "command", "status": "200"}
    assert value(samples, "redisrest_gateway_requests_total", **labels) == 2


def test_the_base_observer_ignores_everything() -> None:
    observer = _metrics.NOTHING
    observer.request("main", "command", 200, 0.001)
    observer.commands("main", ["string"])
    observer.backend("main", "127.0.0.1:7000", True)
    observer.redirect("main", "moved")
    observer.failover("main")
    observer.flush()


def test_only_the_metrics_path_is_served(served: str) -> None:
    root = served.removesuffix("/metrics")
    assert httpx.get(root + "/", timeout=5.0).status_code == 404
    assert httpx.get(root + "/other", timeout=5.0).status_code == 404


def test_a_busy_port_raises_oserror(served: str) -> None:
    port = int(served.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(OSError):
        start_metrics_server("127.0.0.1", port)


def test_workers_add_up_and_a_dead_worker_leaves_the_gauges() -> None:
    """Forked workers count into one directory; the supervisor's scrape adds them up; the
    backend gauge is the lowest of the live workers'; a killed worker drops out of it."""
    directory = _metrics.prepare_multiprocess()
    assert os.environ[_metrics.MULTIPROC_ENV] == directory
    workers: list[tuple[int, int]] = []  # (pid, the write end that lets it exit)
    server = None
    try:
        for up in (True, False):
            ready_r, ready_w = os.pipe()
            go_r, go_w = os.pipe()
            pid = os.fork()
            if pid == 0:  # a worker: count, say so, wait to be told to exit
                code = 0
                try:
                    os.close(ready_r)
                    os.close(go_w)
                    observer = PrometheusObserver(registry=CollectorRegistry())
                    observer.request("main", "command", 200, 0.001)
                    observer.commands("main", ["string", "string"])
                    observer.backend("main", "127.0.0.1:7000", up)
                    observer.flush()
                    os.write(ready_w, b"x")
                    os.read(go_r, 1)
                except BaseException:
                    code = 1
                finally:
                    os._exit(code)
            os.close(ready_w)
            os.close(go_r)
            assert os.read(ready_r, 1) == b"x"
            os.close(ready_r)
            workers.append((pid, go_w))
        server = start_metrics_server("127.0.0.1", 0)  # the directory from the environment
        url = f"http://127.0.0.1:{server.port}/metrics"
        p = "redisrest_gateway_"
        labels = {"database": "main", "route": "command", "status": "200"}
        _, samples = scrape(url)
        assert value(samples, p + "requests_total", **labels) == 2
        assert value(samples, p + "commands_total", database="main", group="string") == 4
        assert value(samples, p + "request_duration_seconds_count", route="command") == 2
        assert value(samples, p + "backend_up", database="main", node="127.0.0.1:7000") == 0
        # The worker that saw the node down is killed (no goodbye): it leaves the gauge.
        down_pid, down_go = workers.pop()
        os.kill(down_pid, signal.SIGKILL)
        os.waitpid(down_pid, 0)
        os.close(down_go)
        _, samples = scrape(url)
        assert value(samples, p + "backend_up", database="main", node="127.0.0.1:7000") == 1
        assert value(samples, p + "requests_total", **labels) == 2  # counters stay
        # The last one ends as the supervisor would say: it leaves the gauge too.
        pid, go = workers.pop()
        os.close(go)
        os.waitpid(pid, 0)
        _metrics.worker_exited(pid)
        _, samples = scrape(url)
        assert value(samples, p + "backend_up", database="main", node="127.0.0.1:7000") is None
        assert value(samples, p + "requests_total", **labels) == 2
    finally:
        for pid, go in workers:
            os.close(go)
            os.waitpid(pid, 0)
        if server is not None:
            server.stop()
        _metrics.cleanup(directory)
    assert not os.path.exists(directory)
    assert _metrics.MULTIPROC_ENV not in os.environ


# -- the real gateway ---------------------------------------------------------------------------

_METRICS_LINE = re.compile(r"# metrics: (http://\S+/metrics)")


def _metrics_url(output: str) -> str:
    match = _METRICS_LINE.search(output)
    assert match is not None, output
    return match.group(1)


def _until(url: str, name: str, labels: dict[str, str], at_least: float) -> Samples:
    """Scrape until a sample reaches `at_least` (a worker's count lands after its reply)."""
    deadline = time.monotonic() + 5.0
    while True:
        _, samples = scrape(url)
        found = value(samples, name, **labels) or 0.0
        if found >= at_least or time.monotonic() > deadline:
            return samples
        time.sleep(0.05)


@pytest.mark.parametrize("workers", [1, 2])
def test_the_gateway_serves_its_metrics(workers: int) -> None:
    flags = ["--metrics-port=0"] + ([f"--workers={workers}"] if workers > 1 else [])
    with start_gateway(*flags) as gw:
        url = _metrics_url(gw.output())
        key = f"metrics:{secrets.token_hex(8)}"
        value_text = secrets.token_hex(8)
        headers = {"Authorization": f"Bearer {gw.token}"}
        with httpx.Client(base_url=gw.url, headers=headers, timeout=5.0) as http:
            for _ in range(10):
                assert http.post("/", json=["SET", key, value_text]).status_code == 200
            assert http.post("/pipeline", json=[["GET", key], ["HGET", key, "f"]]).is_success
            assert http.get(f"/get/{key}").status_code == 200
            assert (
                http.post("/", json=["GET"], headers={"Authorization": "Bearer nope"}).status_code
                == 401
            )
        p = "redisrest_gateway_"
        labels = {"database": "default", "route": "command", "status": "200"}
        samples = _until(url, p + "requests_total", labels, 10)
        text, _ = scrape(url)
        for secret in (gw.token, key, value_text):
            assert secret not in text
        assert value(samples, p + "requests_total", **labels) == 10
        assert value(samples, p + "request_duration_seconds_count", route="command") >= 10
        assert value(samples, p + "commands_total", database="default", group="string") >= 12
        assert any(
            name == p + "requests_total" and dict(labels_).get("route") == "pipeline"
            for name, labels_ in samples
        )
        assert any(
            name == p + "requests_total" and dict(labels_).get("status") == "401"
            for name, labels_ in samples
        )
