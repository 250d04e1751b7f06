"""OpenTelemetry spans for the client: one per command, one per pipeline or transaction.

When is a span made? When the application has set a tracer provider
(`opentelemetry.trace.set_tracer_provider(...)`, or the `opentelemetry-instrument` launcher),
the client's `tracing` option is on (the default) and `OTEL_PYTHON_DISABLED_INSTRUMENTATIONS`
does not list `redisrest`. Otherwise nothing is made, and nothing is imported: redisrest never
imports `opentelemetry` itself. An application that traces has imported `opentelemetry.trace`
already, so `tracer()` looks it up in `sys.modules` and reads the provider it holds; the
tracer is cached per provider object. With tracing off that lookup is the whole cost: 80 ns a
command without opentelemetry imported, 120 ns with the API imported and no provider set
(a GET's client CPU is 2 µs against a canned reply, 50 µs against a local gateway). With an
SDK provider, each span costs what the SDK takes to make one (about 18 µs here with no
exporter, as a bare `start_as_current_span` does).

What a span holds follows the semantic conventions for Redis client spans (kind CLIENT):

- name: the command's name (`GET`, `XINFO STREAM`), `PIPELINE` or `MULTI`;
- `db.system.name` = `redis`, `db.operation.name` = that name (and their older spellings
  `db.system` / `db.operation`, which many back ends still read);
- `server.address` / `server.port` from the client's URL, `network.transport` = `tcp`;
- `db.operation.batch.size`: a pipeline's or transaction's command count (when 2 or more);
- on failure: status ERROR, `error.type` (the Redis error prefix such as `WRONGTYPE`, or the
  exception's class, `redisrest.TimeoutError`) and, for a Redis error, its prefix as
  `db.response.status_code`.

Never a key, a value, an argument, the token, or an error message (a Redis error's text can
quote a script or a value): no `db.query.text`, no recorded exception events.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType, TracebackType

    from opentelemetry.trace import Span, Tracer
    from opentelemetry.util.types import AttributeValue

    from redisrest._config import Endpoint

__all__ = ["SCOPE", "Attributes", "CommandSpan", "base_attributes", "tracer"]

#: The instrumentation scope the spans are reported under (and the name that
#: `OTEL_PYTHON_DISABLED_INSTRUMENTATIONS` takes to turn them off).
SCOPE = "redisrest"
_API = "opentelemetry.trace"
#: The module global where opentelemetry-api keeps the provider once one is set. Reading it is
#: a dictionary lookup, where `get_tracer_provider()` also reads the environment (about 1.5 µs
#: a call); when a release renames it, `tracer()` falls back to that call.
_PROVIDER_GLOBAL = "_TRACER_PROVIDER"
_DISABLED = "OTEL_PYTHON_DISABLED_INSTRUMENTATIONS"
#: The semantic conventions' version the attributes follow.
SCHEMA_URL = "https://opentelemetry.io/schemas/1.33.0"

Attributes = Mapping[str, "AttributeValue"]


class _Cache:
    """The last provider seen and the tracer made from it (None: make no span)."""

    provider: object = object()  # matches nothing: the first call looks
    tracer: Tracer | None = None


def tracer() -> Tracer | None:
    """The tracer for redisrest's spans, or None when no span should be made (the fast path:
    no opentelemetry imported, or the same provider as last time)."""
    api = sys.modules.get(_API)
    if api is None:
        return None
    provider: object = api.__dict__.get(_PROVIDER_GLOBAL)
    if provider is _Cache.provider:
        return _Cache.tracer
    return _refresh(api, provider)


def _refresh(api: ModuleType, provider: object) -> Tracer | None:
    from opentelemetry import trace

    from redisrest._version import __version__

    _Cache.provider = provider
    _Cache.tracer = None
    if _PROVIDER_GLOBAL not in api.__dict__ or provider is None:
        # No provider set (yet), or a release that keeps it elsewhere: ask the API, which
        # also loads one named by OTEL_PYTHON_TRACER_PROVIDER.
        provider = trace.get_tracer_provider()
        if _PROVIDER_GLOBAL in api.__dict__:
            _Cache.provider = api.__dict__.get(_PROVIDER_GLOBAL)
        else:  # pragma: no cover - a renamed global: look every time
            _Cache.provider = object()
    if isinstance(provider, (trace.ProxyTracerProvider, trace.NoOpTracerProvider)):
        return None
    if not isinstance(provider, trace.TracerProvider) or _disabled():
        return None
    _Cache.tracer = provider.get_tracer(SCOPE, __version__, schema_url=SCHEMA_URL)
    return _Cache.tracer


def _disabled() -> bool:
    names = os.environ.get(_DISABLED, "")
    return SCOPE in (name.strip() for name in names.split(","))


def reset() -> None:
    """Forget the cached tracer (tests; after changing `OTEL_PYTHON_DISABLED_INSTRUMENTATIONS`)."""
    _Cache.provider = object()
    _Cache.tracer = None


def base_attributes(endpoint: Endpoint) -> dict[str, AttributeValue]:
    """The attributes every span of a client carries: the system and the server's address."""
    default = 443 if endpoint.scheme == b"https" else 80
    return {
        "db.system.name": "redis",
        "db.system": "redis",
        "server.address": endpoint.host.decode("ascii"),
        "server.port": endpoint.port if endpoint.port is not None else default,
        "network.transport": "tcp",
    }


def error_type(error: BaseException) -> tuple[str, str | None]:
    """`error.type` of a failure, and the Redis error prefix (`db.response.status_code`)."""
    from redisrest._errors import CommandError

    if isinstance(error, CommandError) and error.prefix:
        return error.prefix, error.prefix
    cls = type(error)
    module = cls.__module__
    return (cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"), None


class CommandSpan:
    """`with CommandSpan(tracer, name, base):` one span around one command or one batch.

    The span is current inside the block (an HTTP client's instrumentation nests under it);
    an exception leaving the block marks it failed (see `failed`) and propagates.
    """

    __slots__ = ("_scope", "span")

    def __init__(self, tracer: Tracer, name: str, base: Attributes, size: int = 0) -> None:
        from opentelemetry.trace import SpanKind, use_span

        attributes = {**base, "db.operation.name": name, "db.operation": name}
        if size >= 2:
            attributes["db.operation.batch.size"] = size
        self.span: Span = tracer.start_span(name, kind=SpanKind.CLIENT, attributes=attributes)
        self._scope = use_span(
            self.span, end_on_exit=True, record_exception=False, set_status_on_exception=False
        )

    def __enter__(self) -> Span:
        return self._scope.__enter__()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if error is not None:
            failed(self.span, error)
        self._scope.__exit__(kind, error, traceback)


def failed(span: Span, error: BaseException) -> None:
    """Mark `span` failed by `error`: status ERROR and its type, never its message."""
    from opentelemetry.trace import Status, StatusCode

    kind, prefix = error_type(error)
    span.set_attribute("error.type", kind)
    if prefix is not None:
        span.set_attribute("db.response.status_code", prefix)
    span.set_status(Status(StatusCode.ERROR, kind))


def batch_failed(span: Span, results: list[object]) -> None:
    """A batch came back with a command's Redis error in it: the span says the first."""
    from redisrest._errors import CommandError

    for result in results:
        if isinstance(result, CommandError):
            failed(span, result)
            return
