"""Typing checks of the runtime's public contract (checked by mypy --strict and pyright strict).

Not a test module: `test_typing.py` runs both checkers on this file. It builds a tiny client
subclass by hand, the way the generator does, and asserts the types users see.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

from typing_extensions import Unpack, assert_type

import redisrest
from redisrest import JSONValue
from redisrest._client import AsyncClient, SyncClient
from redisrest._command import READONLY, Codec, Command, Reply, Ts, V
from redisrest._config import AsyncClientOptions, SyncClientOptions
from redisrest._pipeline import AsyncPipelineBase, SyncPipelineBase

_GET: Reply[str | None, bytes | None] = Reply(
    bytes | None, lambda w: None if w is None else w.decode(), lambda w: w
)


def get(codec: Codec[V], key: str) -> Command[V | None]:
    return Command(codec, "GET", ("GET", key), _GET, READONLY)


if TYPE_CHECKING:

    class _MyRedisConstructor(SyncClient[V]):
        """What the generated `Redis` emits: `__new__` overloads on a base class only the
        checkers see (mypy gives the union of a runtime `bool` only that way)."""

        @overload
        def __new__(
            cls,
            url: str,
            token: str,
            *,
            decode_responses: Literal[True] = True,
            **options: Unpack[SyncClientOptions],
        ) -> MyRedis[str]: ...
        @overload
        def __new__(
            cls,
            url: str,
            token: str,
            *,
            decode_responses: Literal[False],
            **options: Unpack[SyncClientOptions],
        ) -> MyRedis[bytes]: ...
        @overload
        def __new__(  # type: ignore[misc]  # (mypy: "must return a class instance")
            cls,
            url: str,
            token: str,
            *,
            decode_responses: bool,
            **options: Unpack[SyncClientOptions],
        ) -> MyRedis[str] | MyRedis[bytes]: ...
        def __new__(cls, *args: Any, **kwargs: Any) -> Any: ...

    class _MyAsyncRedisConstructor(AsyncClient[V]):
        @overload
        def __new__(
            cls,
            url: str,
            token: str,
            *,
            decode_responses: Literal[True] = True,
            **options: Unpack[AsyncClientOptions],
        ) -> MyAsyncRedis[str]: ...
        @overload
        def __new__(
            cls,
            url: str,
            token: str,
            *,
            decode_responses: Literal[False],
            **options: Unpack[AsyncClientOptions],
        ) -> MyAsyncRedis[bytes]: ...
        @overload
        def __new__(  # type: ignore[misc]  # (mypy: "must return a class instance")
            cls,
            url: str,
            token: str,
            *,
            decode_responses: bool,
            **options: Unpack[AsyncClientOptions],
        ) -> MyAsyncRedis[str] | MyAsyncRedis[bytes]: ...
        def __new__(cls, *args: Any, **kwargs: Any) -> Any: ...

else:
    _MyRedisConstructor = SyncClient
    _MyAsyncRedisConstructor = AsyncClient


class MyRedis(_MyRedisConstructor[V]):
    """What the generated `Redis` emits: no `__init__` (mypy would read it instead of the
    base's `__new__`), from_env overloads, then methods."""

    @overload
    @classmethod
    def from_env(
        cls, *, decode_responses: Literal[True] = True, **options: Unpack[SyncClientOptions]
    ) -> MyRedis[str]: ...
    @overload
    @classmethod
    def from_env(
        cls, *, decode_responses: Literal[False], **options: Unpack[SyncClientOptions]
    ) -> MyRedis[bytes]: ...
    @overload
    @classmethod
    def from_env(
        cls, *, decode_responses: bool, **options: Unpack[SyncClientOptions]
    ) -> MyRedis[str] | MyRedis[bytes]: ...
    @classmethod
    def from_env(
        cls, *, decode_responses: bool = True, **options: Unpack[SyncClientOptions]
    ) -> MyRedis[str] | MyRedis[bytes]:
        if decode_responses:
            return MyRedis[str]._from_env(True, options)
        return MyRedis[bytes]._from_env(False, options)

    def get(self, key: str) -> V | None:
        return self._execute(get(self._codec, key))

    def pipeline(self) -> MyPipeline[V]:
        return MyPipeline(self, transaction=False)


class MyPipeline(SyncPipelineBase[V, Unpack[Ts]]):
    def get(self, key: str) -> MyPipeline[V, Unpack[Ts], V | None]:
        return self._push(get(self._codec, key))  # type: ignore[no-any-return]


class MyAsyncRedis(_MyAsyncRedisConstructor[V]):
    async def get(self, key: str) -> V | None:
        return await self._execute(get(self._codec, key))

    def pipeline(self) -> MyAsyncPipeline[V]:
        return MyAsyncPipeline(self, transaction=False)


class MyAsyncPipeline(AsyncPipelineBase[V, Unpack[Ts]]):
    def get(self, key: str) -> MyAsyncPipeline[V, Unpack[Ts], V | None]:
        return self._push(get(self._codec, key))  # type: ignore[no-any-return]


def sync_usage() -> None:
    r = MyRedis("http://127.0.0.1:1", "t")
    assert_type(r, MyRedis[str])
    assert_type(r.get("k"), str | None)
    rb = MyRedis("http://127.0.0.1:1", "t", decode_responses=False, timeout=2.0, retries=0)
    assert_type(rb, MyRedis[bytes])
    assert_type(rb.get("k"), bytes | None)
    assert_type(MyRedis.from_env(), MyRedis[str])
    assert_type(MyRedis.from_env(decode_responses=False), MyRedis[bytes])
    assert_type(r.with_options(timeout=1.5), MyRedis[str])
    assert_type(r.execute("GET", "k"), JSONValue[str])
    assert_type(rb.execute("GET", b"k", timeout=1), JSONValue[bytes])
    assert_type(r.pipeline().get("a").get("b").exec(), tuple[str | None, str | None])
    assert_type(rb.pipeline().get("a").exec(), tuple[bytes | None])
    with MyRedis("http://127.0.0.1:1", "t") as client:
        assert_type(client, MyRedis[str])
    either = MyRedis("http://127.0.0.1:1", "t", decode_responses=os.environ.get("B") != "1")
    assert_type(either, MyRedis[str] | MyRedis[bytes])
    assert_type(MyRedis.from_env(decode_responses=bool(r)), MyRedis[str] | MyRedis[bytes])
    MyRedis("http://127.0.0.1:1", "t", timeout="1")  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue, reportArgumentType]
    # `execute` needs the command's name (redis-py's `pipe.execute()` is `exec()` here).
    r.execute()  # type: ignore[call-arg]


class _NoArguments(Protocol):
    def __call__(self) -> object: ...


# Whether a callable can be called without arguments, as both checkers see it (pyright does
# not report a `# type: ignore` it no longer needs, so a negative line alone would not fail).
@overload
def callable_bare(function: _NoArguments) -> Literal[True]: ...  # type: ignore[overload-overlap]
@overload
def callable_bare(function: object) -> Literal[False]: ...
def callable_bare(function: object) -> bool:
    return callable(function)


def execute_needs_a_name(r: redisrest.Redis[str], ar: redisrest.AsyncRedis[str]) -> None:
    assert_type(callable_bare(r.execute), Literal[False])
    assert_type(callable_bare(ar.execute), Literal[False])
    assert_type(callable_bare(r.pipeline().execute), Literal[False])
    assert_type(callable_bare(r.multi().execute), Literal[False])
    assert_type(callable_bare(ar.pipeline().execute), Literal[False])
    assert_type(callable_bare(r.ping), Literal[True])  # the probe itself works


def generated_execute(r: redisrest.Redis[str], ar: redisrest.AsyncRedis[str]) -> None:
    """The generated pipelines' `execute` needs the command's name too."""
    assert_type(r.pipeline().execute("GET", "k").exec(), tuple[JSONValue[str]])
    r.pipeline().execute()  # type: ignore[call-arg]
    r.multi().execute()  # type: ignore[call-arg]
    ar.pipeline().execute()  # type: ignore[call-arg]


async def async_usage() -> None:
    ar = MyAsyncRedis("http://127.0.0.1:1", "t")
    assert_type(ar, MyAsyncRedis[str])
    assert_type(await ar.get("k"), str | None)
    arb = MyAsyncRedis("http://127.0.0.1:1", "t", decode_responses=False)
    flag = os.environ.get("B") != "1"
    assert_type(
        MyAsyncRedis("u", "t", decode_responses=flag), MyAsyncRedis[str] | MyAsyncRedis[bytes]
    )
    assert_type(await arb.get("k"), bytes | None)
    assert_type(await ar.execute("PING"), JSONValue[str])
    await ar.execute()  # type: ignore[call-arg]
    assert_type(await ar.pipeline().get("a").exec(), tuple[str | None])
    async with MyAsyncRedis("http://127.0.0.1:1", "t") as client:
        assert_type(client, MyAsyncRedis[str])
    await ar.aclose()


def errors() -> None:
    try:
        pass
    except redisrest.CommandError as exc:
        assert_type(exc.command, str)
        assert_type(exc.prefix, str)
        assert_type(exc.position, int | None)
    except redisrest.TransportError as exc:
        assert_type(exc.maybe_applied, bool)
