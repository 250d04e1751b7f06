"""OpenTelemetry spans of the client (`redisrest._tracing`), against the real gateway.

Each test installs an SDK tracer provider with an in-memory exporter as the global one (and
puts the previous one back after), sends commands, and reads the finished spans: their names,
kind, attributes and status; that no attribute holds a key, a value or the token; that nothing
is made when tracing is off.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from _gateway import Gateway
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import redisrest
from redisrest import _tracing

pytestmark = pytest.mark.timeout(60)

#: Exactly what a successful command's span carries, besides its name and the server's place.
COMMON = {"db.system.name", "db.system", "server.address", "server.port", "network.transport"}


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    """A global SDK tracer provider for this test only; its exporter holds the spans."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    # The API lets a provider be set once per process: tests swap the global it keeps.
    monkeypatch.setattr(trace, _tracing._PROVIDER_GLOBAL, provider)
    yield exporter
    provider.shutdown()


@pytest.fixture
def secret_key() -> str:
    return f"tracing:{secrets.token_hex(8)}"


def finished(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return list(exporter.get_finished_spans())


def assert_clean(span: ReadableSpan, *secrets_: str) -> None:
    """No attribute of `span`, nor its name or status, mentions any of `secrets_`."""
    texts = [span.name, span.status.description or ""]
    texts += [f"{name}={value}" for name, value in (span.attributes or {}).items()]
    for text in texts:
        for secret in secrets_:
            assert secret not in text, (span.name, text)
    assert not span.events  # no exception events: their messages could quote values


def assert_command(span: ReadableSpan, name: str, gateway: Gateway) -> None:
    url = urlsplit(gateway.url)
    attributes = dict(span.attributes or {})
    assert span.name == name
    assert span.kind is SpanKind.CLIENT
    assert attributes["db.system.name"] == "redis"
    assert attributes["db.system"] == "redis"
    assert attributes["db.operation.name"] == name
    assert attributes["db.operation"] == name
    assert attributes["server.address"] == url.hostname
    assert attributes["server.port"] == url.port
    assert attributes["network.transport"] == "tcp"
    assert span.instrumentation_scope is not None
    assert span.instrumentation_scope.name == "redisrest"


def test_a_command_is_one_client_span(
    gateway: Gateway, spans: InMemorySpanExporter, secret_key: str
) -> None:
    value = secrets.token_hex(8)
    with redisrest.Redis(gateway.url, gateway.token) as r:
        assert r.set(secret_key, value) is True
        assert r.get(secret_key) == value
    set_span, get_span = finished(spans)
    assert_command(set_span, "SET", gateway)
    assert_command(get_span, "GET", gateway)
    for span in (set_span, get_span):
        assert span.status.status_code is StatusCode.UNSET
        assert set(span.attributes or {}) == COMMON | {"db.operation.name", "db.operation"}
        assert_clean(span, secret_key, value, gateway.token)


def test_a_span_nests_under_the_callers_span(
    gateway: Gateway, spans: InMemorySpanExporter, secret_key: str
) -> None:
    tracer = trace.get_tracer("app")
    with (
        tracer.start_as_current_span("handler") as parent,
        redisrest.Redis(gateway.url, gateway.token) as r,
    ):
        r.get(secret_key)
    get_span, handler = finished(spans)
    assert handler.name == "handler"
    assert get_span.parent is not None
    assert get_span.parent.span_id == parent.get_span_context().span_id
    assert get_span.context is not None
    assert get_span.context.trace_id == parent.get_span_context().trace_id


def test_a_redis_error_marks_the_span(
    gateway: Gateway, spans: InMemorySpanExporter, secret_key: str
) -> None:
    with redisrest.Redis(gateway.url, gateway.token) as r:
        r.set(secret_key, "text")
        with pytest.raises(redisrest.WrongTypeError):
            r.lpush(secret_key, "item")
    span = finished(spans)[-1]
    assert_command(span, "LPUSH", gateway)
    assert span.status.status_code is StatusCode.ERROR
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "WRONGTYPE"
    assert attributes["db.response.status_code"] == "WRONGTYPE"
    assert_clean(span, secret_key, "item", "text", gateway.token)


def test_a_failed_connection_names_the_error_class(spans: InMemorySpanExporter) -> None:
    with (
        redisrest.Redis("http://127.0.0.1:9", "secret-token", retries=0) as r,
        pytest.raises(redisrest.ConnectionError),
    ):
        r.get("never-sent")
    (span,) = finished(spans)
    attributes = dict(span.attributes or {})
    assert span.name == "GET"
    assert span.status.status_code is StatusCode.ERROR
    assert attributes["error.type"] == "redisrest.ConnectionError"
    assert attributes["server.port"] == 9
    assert "db.response.status_code" not in attributes
    assert_clean(span, "never-sent", "secret-token")


def test_a_pipeline_and_a_transaction_are_one_span_each(
    gateway: Gateway, spans: InMemorySpanExporter, secret_key: str
) -> None:
    with redisrest.Redis(gateway.url, gateway.token) as r:
        assert r.pipeline().set(secret_key, "v").incr(secret_key + ":n").get(secret_key).exec()
        assert r.multi().incr(secret_key + ":n").incr(secret_key + ":n").exec() == (2, 3)
    pipeline, multi = finished(spans)
    assert_command(pipeline, "PIPELINE", gateway)
    assert_command(multi, "MULTI", gateway)
    assert dict(pipeline.attributes or {})["db.operation.batch.size"] == 3
    assert dict(multi.attributes or {})["db.operation.batch.size"] == 2
    for span in (pipeline, multi):
        assert span.status.status_code is StatusCode.UNSET
        assert_clean(span, secret_key, gateway.token)


def test_a_pipeline_of_one_has_no_batch_size(
    gateway: Gateway, spans: InMemorySpanExporter, secret_key: str
) -> None:
    with redisrest.Redis(gateway.url, gateway.token) as r:
        r.pipeline().get(secret_key).exec()
    (span,) = finished(spans)
    assert "db.operation.batch.size" not in (span.attributes or {})


def test_a_pipeline_with_a_failed_command_marks_its_span(
    gateway: Gateway, spans: InMemorySpanExporter, secret_key: str
) -> None:
    with redisrest.Redis(gateway.url, gateway.token) as r:
        r.set(secret_key, "text")
        results = r.pipeline().get(secret_key).lpush(secret_key, "x").exec(raise_on_error=False)
        assert isinstance(results[1], redisrest.WrongTypeError)
    span = finished(spans)[-1]
    assert span.name == "PIPELINE"
    assert span.status.status_code is StatusCode.ERROR
    assert dict(span.attributes or {})["error.type"] == "WRONGTYPE"
    assert_clean(span, secret_key, "text", gateway.token)


async def test_async_commands_pipelines_and_auto_pipelining(
    gateway: Gateway, spans: InMemorySpanExporter, secret_key: str
) -> None:
    async with redisrest.AsyncRedis(gateway.url, gateway.token) as r:
        await r.set(secret_key, "v")
        # Awaited together: one /pipeline request, still one span per command.
        assert await asyncio.gather(r.get(secret_key), r.incr(secret_key + ":n")) == ["v", 1]
        await r.pipeline().get(secret_key).get(secret_key).exec()
        with pytest.raises(redisrest.WrongTypeError):
            await r.lpush(secret_key, "x")
    names = [span.name for span in finished(spans)]
    assert names == ["SET", "GET", "INCR", "PIPELINE", "LPUSH"]
    by_name = {span.name: span for span in finished(spans)}
    assert_command(by_name["GET"], "GET", gateway)
    assert dict(by_name["PIPELINE"].attributes or {})["db.operation.batch.size"] == 2
    assert dict(by_name["LPUSH"].attributes or {})["error.type"] == "WRONGTYPE"
    for span in finished(spans):
        assert_clean(span, secret_key, gateway.token)


def test_tracing_false_makes_no_span(
    gateway: Gateway, spans: InMemorySpanExporter, secret_key: str
) -> None:
    with redisrest.Redis(gateway.url, gateway.token, tracing=False) as r:
        r.get(secret_key)
        r.pipeline().get(secret_key).get(secret_key).exec()
    assert finished(spans) == []


def test_disabled_instrumentations_makes_no_span(
    gateway: Gateway,
    spans: InMemorySpanExporter,
    secret_key: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OTEL_PYTHON_DISABLED_INSTRUMENTATIONS", "httpx, redisrest")
    _tracing.reset()
    try:
        with redisrest.Redis(gateway.url, gateway.token) as r:
            r.get(secret_key)
        assert finished(spans) == []
    finally:
        monkeypatch.delenv("OTEL_PYTHON_DISABLED_INSTRUMENTATIONS")
        _tracing.reset()


def test_no_provider_means_no_tracer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trace, _tracing._PROVIDER_GLOBAL, None)
    monkeypatch.delenv("OTEL_PYTHON_TRACER_PROVIDER", raising=False)
    assert _tracing.tracer() is None
    assert _tracing.tracer() is None  # the cached answer
    provider = TracerProvider()
    monkeypatch.setattr(trace, _tracing._PROVIDER_GLOBAL, provider)
    assert _tracing.tracer() is not None  # a provider set later is seen at once


def test_without_opentelemetry_imported_there_is_no_tracer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.delitem(sys.modules, "opentelemetry.trace")
    assert _tracing.tracer() is None
