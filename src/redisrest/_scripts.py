"""Lua scripts called by digest: `r.script(source)` returns a callable `Script`.

A call sends EVALSHA with the digest computed here (the source travels only when needed); on
NOSCRIPT (the server never saw the script, or its cache was flushed) it sends EVAL, which runs
the script and caches it, so the next call's EVALSHA finds it. `readonly=True` uses EVALSHA_RO
/ EVAL_RO: the read-only token may run them, and they are retried like reads.

The reply is the script's JSON shape (`JSONValue[V]`); `type=` converts it with msgspec
(`strict=False`, because Lua hands numbers and flags back in Redis' own ways: a string that
spells a number converts to `int` / `float`, Lua's `true` arrives as 1 and converts to `bool`).

A script knows nothing of the client that made it: it gets the client's codec (its value
mode) and its executor (`Executor` / `AsyncExecutor`: send one command, return its value),
as the namespaces of module commands (`r.json`) do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from redisrest._command import AsyncExecutor, Codec, Command, Executor, V
from redisrest._errors import NoScriptError, ResponseError, redact

if TYPE_CHECKING:
    from redisrest._types import JSONValue, Key, Value

__all__ = ["AsyncScript", "Script"]

T = TypeVar("T")


class _ScriptBase(Generic[V]):
    """The pure parts: the digest and the commands of a call."""

    __slots__ = ("_codec", "readonly", "sha", "source")
    # The subclasses' __init__ set `_codec` themselves: mypy cannot pass a value typed by the
    # class's constrained `V` through `super().__init__`.
    _codec: Codec[V]

    def __init__(self, source: str | bytes, readonly: bool) -> None:
        import hashlib

        self.source = source
        raw = _raw(source)
        #: The SHA1 digest Redis files the script under (40 lower-case hex digits).
        self.sha = hashlib.sha1(raw, usedforsecurity=False).hexdigest()
        self.readonly = readonly

    def _by_digest(
        self, codec: Codec[V], keys: Sequence[Key] | None, args: Sequence[Value] | None
    ) -> Command[JSONValue[V]]:
        from redisrest._generated import commands as _cmd

        _check_sequence("keys", keys)
        _check_sequence("args", args)

        build = _cmd.evalsha_ro if self.readonly else _cmd.evalsha
        return build(codec, self.sha, keys=keys, args=args)

    def _by_source(
        self, codec: Codec[V], keys: Sequence[Key] | None, args: Sequence[Value] | None
    ) -> Command[JSONValue[V]]:
        from redisrest._generated import commands as _cmd

        build = _cmd.eval_ro if self.readonly else _cmd.eval
        return build(codec, self.source, keys=keys, args=args)

    def _load(self, codec: Codec[V]) -> Command[str]:
        from redisrest._generated import commands as _cmd

        return _cmd.script_load(codec, self.source)

    def __repr__(self) -> str:
        mode = " readonly" if self.readonly else ""
        return f"<{type(self).__name__} {self.sha}{mode}>"  # the digest, never the source


def _raw(source: object) -> bytes:
    if isinstance(source, str):
        return source.encode()
    if isinstance(source, bytes):
        return source
    raise TypeError(f"script(): the source must be str or bytes, not {type(source).__name__}")


def _check_sequence(name: str, value: object) -> None:
    # A str is a Sequence[str] to a type checker: "user:1" would be sent as 6 keys.
    if isinstance(value, (str, bytes)):
        raise TypeError(
            f"script(): {name} must be a list or tuple, not a single {type(value).__name__}"
        )


def convert(value: object, target: type[T], command: Command[Any]) -> T:
    """A script's reply as `target` (msgspec, lax); ResponseError when it does not fit (the
    script ran: `applied` unless it is read-only)."""
    import msgspec

    try:
        return msgspec.convert(value, target, strict=False)
    except msgspec.ValidationError as exc:
        raise ResponseError(
            f"{command.name}: the script's reply does not convert to the requested type: "
            + redact(str(exc), ""),
            command=command.name,
            applied=not command.readonly,
        ) from None


class Script(_ScriptBase[V]):
    """A Lua script of a `Redis` client: call it with `keys` and `args`.

    `script(keys=["k"], args=[1])` returns the reply as `JSONValue[V]`;
    `script(keys=..., args=..., type=list[int])` converts it (typed `list[int]`).
    """

    __slots__ = ("_execute",)

    def __init__(
        self, codec: Codec[V], execute: Executor, source: str | bytes, *, readonly: bool
    ) -> None:
        super().__init__(source, readonly)
        self._codec = codec
        self._execute = execute

    @overload
    def __call__(
        self, keys: Sequence[Key] | None = None, args: Sequence[Value] | None = None
    ) -> JSONValue[V]: ...
    @overload
    def __call__(
        self,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
        *,
        type: type[T],
    ) -> T: ...
    def __call__(
        self,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
        *,
        type: Any = None,
    ) -> Any:
        command = self._by_digest(self._codec, keys, args)
        try:
            value = self._execute(command)
        except NoScriptError:
            value = self._execute(self._by_source(self._codec, keys, args))
        return value if type is None else convert(value, type, command)

    def load(self) -> str:
        """Put the script in the server's cache now (SCRIPT LOAD); its digest."""
        return self._execute(self._load(self._codec))


class AsyncScript(_ScriptBase[V]):
    """A Lua script of an `AsyncRedis` client: `await script(keys=[...], args=[...])`."""

    __slots__ = ("_execute",)

    def __init__(
        self, codec: Codec[V], execute: AsyncExecutor, source: str | bytes, *, readonly: bool
    ) -> None:
        super().__init__(source, readonly)
        self._codec = codec
        self._execute = execute

    @overload
    async def __call__(
        self, keys: Sequence[Key] | None = None, args: Sequence[Value] | None = None
    ) -> JSONValue[V]: ...
    @overload
    async def __call__(
        self,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
        *,
        type: type[T],
    ) -> T: ...
    async def __call__(
        self,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
        *,
        type: Any = None,
    ) -> Any:
        command = self._by_digest(self._codec, keys, args)
        try:
            value = await self._execute(command)
        except NoScriptError:
            value = await self._execute(self._by_source(self._codec, keys, args))
        return value if type is None else convert(value, type, command)

    async def load(self) -> str:
        """Put the script in the server's cache now (SCRIPT LOAD); its digest."""
        return await self._execute(self._load(self._codec))
