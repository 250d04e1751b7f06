"""redisrest: typed Redis over HTTP (the Upstash REST protocol), sync and async.

```python
from redisrest import Redis, AsyncRedis

r = Redis(url="https://<db>.upstash.io", token="...")   # Redis[str]
r.set("user:1", "ada")
r.get("user:1")                                        # "ada"
```

The clients and pipelines are generated from the command spec (`redisrest._generated`) and
imported on first use, so `import redisrest` stays cheap; the errors and type aliases live here.
All of them print as `redisrest.<Name>`.
"""

import typing as _typing

from redisrest._errors import (
    AuthenticationError,
    BusyError,
    BusyGroupError,
    CommandError,
    ConfigurationError,
    ConnectionError,
    ExecAbortError,
    HTTPStatusError,
    NoGroupError,
    NoPermissionError,
    NoScriptError,
    OutOfMemoryError,
    RateLimitError,
    ReadOnlyError,
    RedisRestError,
    ResponseError,
    ServerError,
    TimeoutError,
    TransportError,
    WrongTypeError,
)
from redisrest._pubsub import AsyncSubscription, Message, Subscription
from redisrest._scripts import AsyncScript, Script
from redisrest._types import JSONDocument, JSONValue, Key, Value
from redisrest._version import __version__

if _typing.TYPE_CHECKING:
    from redisrest._generated.aclient import AsyncRedis
    from redisrest._generated.client import Redis
    from redisrest._generated.pipeline import AsyncPipeline, Pipeline

__all__ = [
    "AsyncPipeline",
    "AsyncRedis",
    "AsyncScript",
    "AsyncSubscription",
    "AuthenticationError",
    "BusyError",
    "BusyGroupError",
    "CommandError",
    "ConfigurationError",
    "ConnectionError",
    "ExecAbortError",
    "HTTPStatusError",
    "JSONDocument",
    "JSONValue",
    "Key",
    "Message",
    "NoGroupError",
    "NoPermissionError",
    "NoScriptError",
    "OutOfMemoryError",
    "Pipeline",
    "RateLimitError",
    "ReadOnlyError",
    "Redis",
    "RedisRestError",
    "ResponseError",
    "Script",
    "ServerError",
    "Subscription",
    "TimeoutError",
    "TransportError",
    "Value",
    "WrongTypeError",
    "__version__",
]

#: Public names served by the generated package, imported on first access.
_LAZY = {
    "Redis": "redisrest._generated.client",
    "AsyncRedis": "redisrest._generated.aclient",
    "Pipeline": "redisrest._generated.pipeline",
    "AsyncPipeline": "redisrest._generated.pipeline",
}


# Public classes print as `redisrest.CommandError`, not `redisrest._errors.CommandError`.
def _rename() -> None:
    for name in __all__:
        value = globals().get(name)
        if isinstance(value, type):
            value.__module__ = "redisrest"


_rename()


def __getattr__(name: str) -> _typing.Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'redisrest' has no attribute {name!r}")
    import importlib

    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is None or not module_name.startswith(exc.name):
            raise
        raise ImportError(
            f"redisrest.{name} comes from the generated package {module_name}, which is"
            " missing: run `make generate`"
        ) from exc
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
