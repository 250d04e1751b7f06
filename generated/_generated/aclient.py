# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 58a4a3c71e417b956222e3957a8570ef66308fa6ae878a3bd89c5740a3e4e953).
# Part of the package `redisrest._generated`: the repository's generated/_generated/, which
# src/redisrest/_generated links to. Users import its public names from `redisrest`
# and `redisrest.types`.
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""`AsyncRedis`: a method per Redis command, async, typed by the spec."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Generic, Literal, overload

from redisrest._client import AsyncClient
from redisrest._command import D, V

from . import commands as _cmd

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime, timedelta

    from _typeshed import SupportsItems

    from typing_extensions import Unpack

    from redisrest._command import AsyncExecutor, Codec
    from redisrest._config import AsyncClientOptions
    from redisrest._types import JSONDocument, JSONValue, Key, Value

    from .pipeline import AsyncPipeline
    from .types import (
        CommandDoc,
        CommandInfo,
        FunctionLibrary,
        FunctionStats,
        GeoCoordinates,
        GeoSearchWithCoord,
        GeoSearchWithDist,
        GeoSearchWithDistCoord,
        GeoSearchWithDistHash,
        GeoSearchWithDistHashCoord,
        GeoSearchWithHash,
        GeoSearchWithHashCoord,
        HashFieldExpire,
        HashFieldPersist,
        LcsIdx,
        LcsIdxWithLen,
        ListPopResult,
        StreamEntry,
        XAckDelResult,
        XAutoClaimJustIdResult,
        XAutoClaimResult,
        XDelExResult,
        XInfoConsumer,
        XInfoGroup,
        XInfoStream,
        XInfoStreamFull,
        XPendingEntry,
        XPendingSummary,
        XReadGroupStream,
        XReadStream,
        ZMPopResult,
    )


if TYPE_CHECKING:

    class _AsyncRedisConstructor(AsyncClient[V]):
        """How the checkers see `AsyncRedis(...)` (at run time this is `AsyncClient`)."""

        @overload
        def __new__(
            cls,
            url: str,
            token: str,
            *,
            decode_responses: Literal[True] = True,
            **options: Unpack[AsyncClientOptions],
        ) -> AsyncRedis[str]: ...
        @overload
        def __new__(
            cls,
            url: str,
            token: str,
            *,
            decode_responses: Literal[False],
            **options: Unpack[AsyncClientOptions],
        ) -> AsyncRedis[bytes]: ...
        @overload
        def __new__(  # type: ignore[misc]  # (mypy: "must return a class instance")
            cls,
            url: str,
            token: str,
            *,
            decode_responses: bool,
            **options: Unpack[AsyncClientOptions],
        ) -> AsyncRedis[str] | AsyncRedis[bytes]: ...
        def __new__(cls, *args: Any, **kwargs: Any) -> Any: ...
else:
    _AsyncRedisConstructor = AsyncClient


class AsyncRedis(_AsyncRedisConstructor[V]):
    """Redis over HTTP, async: `AsyncRedis[str]` (the default) or `AsyncRedis[bytes]` (`decode_responses=False`).

    `AsyncRedis(url, token)` is a client for an Upstash-compatible REST endpoint; nothing is sent
    until a command. `decode_responses=False` gives `AsyncRedis[bytes]`, which round-trips any
    bytes; a `bool` known only at run time gives `AsyncRedis[str] | AsyncRedis[bytes]`. Options
    (`timeout`, `retries`, `deadline`, `read_your_writes`, `telemetry`, `tracing`, `max_connections`,
    `http2`, `ssl_context`, `http_client`, `auto_pipeline`) are described on `AsyncClient.__init__`.

    Every method sends one command and returns its decoded reply; `pipeline()` and `multi()`
    queue several and send them in one request.
    """

    __module__ = "redisrest"

    @overload
    @classmethod
    def from_env(
        cls, *, decode_responses: Literal[True] = True, **options: Unpack[AsyncClientOptions]
    ) -> AsyncRedis[str]: ...
    @overload
    @classmethod
    def from_env(
        cls, *, decode_responses: Literal[False], **options: Unpack[AsyncClientOptions]
    ) -> AsyncRedis[bytes]: ...
    @overload
    @classmethod
    def from_env(
        cls, *, decode_responses: bool, **options: Unpack[AsyncClientOptions]
    ) -> AsyncRedis[str] | AsyncRedis[bytes]: ...
    @classmethod
    def from_env(
        cls, *, decode_responses: bool = True, **options: Unpack[AsyncClientOptions]
    ) -> AsyncRedis[str] | AsyncRedis[bytes]:
        """A client for UPSTASH_REDIS_REST_URL / _TOKEN (else KV_REST_API_URL / _TOKEN).

        `AsyncRedis[str]` by default, `AsyncRedis[bytes]` with `decode_responses=False` (and their
        union for a runtime `bool`); the other options are those of the constructor.
        """
        if decode_responses:
            return AsyncRedis[str]._from_env(True, options)
        return AsyncRedis[bytes]._from_env(False, options)

    def pipeline(self) -> AsyncPipeline[V]:
        """Queue commands and send them in one request (`/pipeline`); not atomic."""
        from .pipeline import AsyncPipeline

        return AsyncPipeline(self, transaction=False)

    def multi(self) -> AsyncPipeline[V]:
        """Queue commands and run them atomically as MULTI/EXEC (`/multi-exec`)."""
        from .pipeline import AsyncPipeline

        return AsyncPipeline(self, transaction=True)

    @property
    def json(self) -> AsyncJsonCommands[V]:
        """RedisJSON commands (module ReJSON): `r.json.arrappend(...)`."""
        return AsyncJsonCommands(self._codec, self._execute)

    async def append(self, key: Key, value: Value) -> int:
        """Add a value to the end of the string at a key, creating it if missing.

        Complexity: O(1). The amortized time complexity is O(1) assuming the appended value is small and the already present value is of any size, since the dynamic string library used by Redis will double the free space available on every reallocation.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/append/

        Returns: the string's length after the append
        """
        return await self._execute(_cmd.append(self._codec, key, value))

    async def bitcount(
        self,
        key: Key,
        *,
        start: int | None = None,
        end: int | None = None,
        mode: Literal["BYTE", "BIT"] | None = None,
    ) -> int:
        """Count the bits set to 1 in a string, optionally within a byte or bit range.

        Complexity: O(N)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitcount/

        Returns: the number of set bits
        """
        return await self._execute(_cmd.bitcount(self._codec, key, start, end, mode))

    async def bitfield(
        self,
        key: Key,
        *operations: tuple[Literal["GET"], str, int]
        | tuple[Literal["SET"], str, int, int]
        | tuple[Literal["INCRBY"], str, int, int]
        | tuple[Literal["OVERFLOW"], Literal["WRAP", "SAT", "FAIL"]],
    ) -> list[int | None]:
        """Read, write and increment integers of arbitrary width packed in a string, in one call.

        Complexity: O(1) for each subcommand specified
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitfield/

        Each operation is a Python tuple whose first item is the Redis token (GET, SET, INCRBY or OVERFLOW) followed by that operation's values; the tuple items are sent in order, e.g. bitfield("k", ("OVERFLOW", "SAT"), ("INCRBY", "u8", 0, 1)). The schema has no rule for a multiple oneof of blocks, hence the pytype hint.

        Returns: one result per GET, SET or INCRBY operation, in order; None where OVERFLOW FAIL stopped a write
        """
        return await self._execute(_cmd.bitfield(self._codec, key, *operations))

    async def bitfield_ro(
        self, key: Key, *, get: Sequence[tuple[Value, int]] | None = None
    ) -> list[int]:
        """Read integers of arbitrary width packed in a string (read-only form of BITFIELD).

        Complexity: O(1) for each subcommand specified
        Since: Redis 6.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitfield_ro/

        Returns: one value per GET, in order
        """
        return await self._execute(_cmd.bitfield_ro(self._codec, key, get))

    async def bitop(
        self,
        operation: Literal["AND", "OR", "XOR", "NOT", "DIFF", "DIFF1", "ANDOR", "ONE"],
        destkey: Key,
        *keys: Key,
    ) -> int:
        """Combine the strings at several keys bit by bit (AND, OR, XOR, NOT; DIFF, DIFF1, ANDOR, ONE on Redis 8.2) and store the result.

        Complexity: O(N)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitop/

        DIFF: bits set in the first key and in none of the others; DIFF1: bits set in some other key but not in the first; ANDOR: bits set in the first key and in at least one other; ONE: bits set in exactly one key. These four need Redis 8.2 (no Valkey release has them).

        Returns: the length in bytes of the stored result
        """
        return await self._execute(_cmd.bitop(self._codec, operation, destkey, *keys))

    async def bitpos(
        self,
        key: Key,
        bit: int,
        *,
        start: int | None = None,
        end: int | None = None,
        mode: Literal["BYTE", "BIT"] | None = None,
    ) -> int:
        """Find the position of the first bit set to 0 or 1 in a string, optionally within a range.

        Complexity: O(N)
        Since: Redis 2.8.7 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitpos/

        The BYTE/BIT unit is one `mode` parameter because a flattened `bit` flag would clash with the required `bit` argument.

        Returns: the bit position, or -1 when no such bit is found
        """
        return await self._execute(_cmd.bitpos(self._codec, key, bit, start, end, mode))

    async def client_id(self) -> int:
        """Get the numeric id of the connection.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/client-id/

        Over HTTP this describes whichever pooled gateway connection ran the command.

        Returns: the id of the gateway's pooled connection that ran the command
        """
        return await self._execute(_cmd.client_id(self._codec))

    async def client_info(self) -> str:
        """Describe the current connection.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/client-info/

        Over HTTP this describes whichever pooled gateway connection ran the command.

        Returns: a description of the gateway's pooled connection that ran the command
        """
        return await self._execute(_cmd.client_info(self._codec))

    async def command_count(self) -> int:
        """Count the commands the server knows.

        Complexity: O(1)
        Since: Redis 2.8.13 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-count/

        Returns: the number of commands (subcommands not counted)
        """
        return await self._execute(_cmd.command_count(self._codec))

    async def command_docs(self, *command_names: Value) -> dict[str, CommandDoc]:
        """Get the documentation of the named commands, or of every command.

        Complexity: O(N) where N is the number of commands to look up
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-docs/

        Returns: command name -> documentation; unknown names are left out
        """
        return await self._execute(_cmd.command_docs(self._codec, *command_names))

    async def command_getkeys(self, command: Value, *args: Value) -> list[V]:
        """Tell which arguments of a full command line are key names.

        Complexity: O(N) where N is the number of arguments to the command
        Since: Redis 2.8.13 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-getkeys/

        COMMAND DOCS of Redis 7.0 lists no arguments for this subcommand; the `command` and `arg` nodes were added by hand (syntax: COMMAND GETKEYS command [arg ...]).

        Returns: the keys the given command would access (an error when it takes no keys)
        """
        return await self._execute(_cmd.command_getkeys(self._codec, command, *args))

    async def command_getkeysandflags(
        self, command: Value, *args: Value
    ) -> list[tuple[V, list[str]]]:
        """Tell which arguments of a full command line are keys, and how each key is used.

        Complexity: O(N) where N is the number of arguments to the command
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-getkeysandflags/

        COMMAND DOCS of Redis 7.0 lists no arguments for this subcommand; the `command` and `arg` nodes were added by hand (syntax: COMMAND GETKEYSANDFLAGS command [arg ...]).

        Returns: (key, access flags such as RW/RO/access/insert/delete) for each key the command would access
        """
        return await self._execute(_cmd.command_getkeysandflags(self._codec, command, *args))

    async def command_help(self) -> list[str]:
        """Show the COMMAND subcommand help text.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-help/

        Returns: the lines of the COMMAND help text
        """
        return await self._execute(_cmd.command_help(self._codec))

    async def command_info(self, *command_names: Value) -> list[CommandInfo | None]:
        """Get arity, flags, key positions and ACL categories of the named commands, or of every command.

        Complexity: O(N) where N is the number of commands to look up
        Since: Redis 2.8.13 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-info/

        Returns: one entry per requested name, in order; None for an unknown command
        """
        return await self._execute(_cmd.command_info(self._codec, *command_names))

    async def command_list(
        self,
        *,
        module: Value | None = None,
        aclcat: Value | None = None,
        pattern: Value | None = None,
    ) -> list[str]:
        """List the names of the commands the server knows, optionally filtered by module, ACL category or pattern.

        Complexity: O(N) where N is the total number of Redis commands
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-list/

        Returns: command names, subcommands as `container|sub`
        """
        return await self._execute(_cmd.command_list(self._codec, module, aclcat, pattern))

    async def config_get(self, *parameters: Value) -> dict[str, str]:
        """Read configuration parameters whose names match the given patterns.

        Complexity: O(N) when N is the number of configuration parameters provided
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/config-get/

        Returns: parameter name -> current value; patterns that match nothing add no entry
        """
        return await self._execute(_cmd.config_get(self._codec, *parameters))

    async def config_help(self) -> list[str]:
        """Show the CONFIG subcommand help text.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/config-help/

        Returns: the lines of the CONFIG help text
        """
        return await self._execute(_cmd.config_help(self._codec))

    async def copy(
        self, source: Key, destination: Key, *, db: int | None = None, replace: bool = False
    ) -> bool:
        """Duplicate the value at a key under another key, optionally in another database.

        Complexity: O(N) worst case for collections, where N is the number of nested items. O(1) for string values.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/copy/

        Returns: True when copied, False when the destination exists and REPLACE was not given
        """
        return await self._execute(_cmd.copy(self._codec, source, destination, db, replace))

    async def dbsize(self) -> int:
        """Count the keys in the database.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/dbsize/

        Returns: the number of keys
        """
        return await self._execute(_cmd.dbsize(self._codec))

    async def decr(self, key: Key) -> int:
        """Subtract one from the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/decr/

        Returns: the value after the decrement
        """
        return await self._execute(_cmd.decr(self._codec, key))

    async def decrby(self, key: Key, decrement: int) -> int:
        """Subtract a given amount from the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/decrby/

        Returns: the value after the decrement
        """
        return await self._execute(_cmd.decrby(self._codec, key, decrement))

    async def delete(self, *keys: Key) -> int:
        """Remove keys.

        Complexity: O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/del/

        Returns: how many of the keys existed and were removed
        """
        return await self._execute(_cmd.delete(self._codec, *keys))

    async def delifeq(self, key: Key, value: Value) -> bool:
        """Delete a string key only when its current value equals the one given (compare-and-delete, e.g. releasing a lock).

        Complexity: O(1)
        Since: not in Redis 8.2 · Valkey 9.0.0
        Docs: https://valkey.io/commands/delifeq/

        Returns: True when the key held that value and was deleted; False when it is missing or holds another value
        """
        return await self._execute(_cmd.delifeq(self._codec, key, value))

    async def dump(self, key: Key) -> bytes | None:
        """Serialize the value at a key into Redis's opaque binary format, for RESTORE.

        Complexity: O(1) to access the key and additional O(N*M) to serialize it, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1).
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/dump/

        The payload is binary: only a bytes client (or base64 transport decoded to bytes) keeps it intact; in a str client it is lossy.

        Returns: the serialized value, or None when the key does not exist
        """
        return await self._execute(_cmd.dump(self._codec, key))

    async def echo(self, message: Value) -> V:
        """Get the given message back from the server.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/echo/

        Returns: the message
        """
        return await self._execute(_cmd.echo(self._codec, message))

    async def eval(
        self,
        script: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> JSONValue[V]:
        """Run a Lua script on the server with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/eval/

        Redis flags this command neither `readonly` nor `write`; the script may write, so it is marked `write` (not idempotent): the read-only token must refuse it and it must not be retried blindly. Use the _RO variant for read-only scripts.

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings)
        """
        return await self._execute(_cmd.eval(self._codec, script, keys, args))

    async def eval_ro(
        self,
        script: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> JSONValue[V]:
        """Run a Lua script that only reads, with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/eval_ro/

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings)
        """
        return await self._execute(_cmd.eval_ro(self._codec, script, keys, args))

    async def evalsha(
        self, sha1: Value, *, keys: Sequence[Key] | None = None, args: Sequence[Value] | None = None
    ) -> JSONValue[V]:
        """Run a Lua script already in the script cache, by its SHA1 digest, with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/evalsha/

        Redis flags this command neither `readonly` nor `write`; the script may write, so it is marked `write` (not idempotent): the read-only token must refuse it and it must not be retried blindly. Use the _RO variant for read-only scripts.

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings); an error starting with NOSCRIPT when the digest is not cached
        """
        return await self._execute(_cmd.evalsha(self._codec, sha1, keys, args))

    async def evalsha_ro(
        self, sha1: Value, *, keys: Sequence[Key] | None = None, args: Sequence[Value] | None = None
    ) -> JSONValue[V]:
        """Run a cached read-only Lua script by its SHA1 digest, with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/evalsha_ro/

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings); an error starting with NOSCRIPT when the digest is not cached
        """
        return await self._execute(_cmd.evalsha_ro(self._codec, sha1, keys, args))

    async def exists(self, *keys: Key) -> int:
        """Count how many of the given keys exist.

        Complexity: O(N) where N is the number of keys to check.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/exists/

        Returns: the number of existing keys (a key named twice counts twice)
        """
        return await self._execute(_cmd.exists(self._codec, *keys))

    async def expire(
        self,
        key: Key,
        seconds: int | timedelta,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> bool:
        """Make a key expire after a number of seconds.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/expire/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        return await self._execute(_cmd.expire(self._codec, key, seconds, nx, xx, gt, lt))

    async def expireat(
        self,
        key: Key,
        unix_time_seconds: int | datetime,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> bool:
        """Make a key expire at a Unix time in seconds.

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/expireat/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        return await self._execute(
            _cmd.expireat(self._codec, key, unix_time_seconds, nx, xx, gt, lt)
        )

    async def expiretime(self, key: Key) -> int:
        """Give the Unix time in seconds at which a key will expire.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/expiretime/

        Returns: the expiry time; -1 when the key has no expiry, -2 when it does not exist
        """
        return await self._execute(_cmd.expiretime(self._codec, key))

    async def fcall(
        self,
        function: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> JSONValue[V]:
        """Call a function from a loaded library with the given keys and arguments.

        Complexity: Depends on the function that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/fcall/

        Redis flags this command neither `readonly` nor `write`; the function may write, so it is marked `write` (not idempotent): the read-only token must refuse it and it must not be retried blindly. Use the _RO variant for read-only scripts.

        Returns: whatever the function returns, converted by Redis as for EVAL
        """
        return await self._execute(_cmd.fcall(self._codec, function, keys, args))

    async def fcall_ro(
        self,
        function: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> JSONValue[V]:
        """Call a function flagged no-writes with the given keys and arguments.

        Complexity: Depends on the function that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/fcall_ro/

        Returns: whatever the function returns, converted by Redis as for EVAL
        """
        return await self._execute(_cmd.fcall_ro(self._codec, function, keys, args))

    async def flushall(self, *, async_: bool = False, sync: bool = False) -> bool:
        """Delete every key of every database.

        Complexity: O(N) where N is the total number of keys in all databases
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/flushall/

        Returns: always True
        """
        return await self._execute(_cmd.flushall(self._codec, async_, sync))

    async def flushdb(self, *, async_: bool = False, sync: bool = False) -> bool:
        """Delete every key of the database.

        Complexity: O(N) where N is the number of keys in the selected database
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/flushdb/

        Returns: always True
        """
        return await self._execute(_cmd.flushdb(self._codec, async_, sync))

    async def function_delete(self, library_name: Value) -> bool:
        """Remove a function library and all its functions.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-delete/

        Returns: True; an error when the library does not exist
        """
        return await self._execute(_cmd.function_delete(self._codec, library_name))

    async def function_dump(self) -> bytes:
        """Serialize every loaded function library into one payload.

        Complexity: O(N) where N is the number of functions
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-dump/

        Returns: an opaque binary payload for function_restore; use a bytes client (decode_responses=False): decoding it as text corrupts it
        """
        return await self._execute(_cmd.function_dump(self._codec))

    async def function_flush(self, *, async_: bool = False, sync: bool = False) -> bool:
        """Remove every function library.

        Complexity: O(N) where N is the number of functions deleted
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-flush/

        Returns: always True
        """
        return await self._execute(_cmd.function_flush(self._codec, async_, sync))

    async def function_help(self) -> list[str]:
        """Show the FUNCTION subcommand help text.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-help/

        Returns: the lines of the FUNCTION help text
        """
        return await self._execute(_cmd.function_help(self._codec))

    async def function_list(
        self, *, libraryname: Value | None = None, withcode: bool = False
    ) -> list[FunctionLibrary]:
        """Describe the loaded function libraries, optionally only those whose names match a pattern.

        Complexity: O(N) where N is the number of functions
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-list/

        Returns: one entry per library; library_code is set only with withcode=True
        """
        return await self._execute(_cmd.function_list(self._codec, libraryname, withcode))

    async def function_load(self, code: Value, *, replace: bool = False) -> str:
        """Load a function library from Lua source (its first line names it), optionally replacing one of the same name.

        Complexity: O(1) (considering compilation time is redundant)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-load/

        Returns: the name of the loaded library
        """
        return await self._execute(_cmd.function_load(self._codec, code, replace))

    async def function_restore(
        self,
        serialized_value: Value,
        *,
        policy: Literal["FLUSH", "APPEND", "REPLACE"] | None = None,
    ) -> bool:
        """Load function libraries from a payload made by function_dump.

        Complexity: O(N) where N is the number of functions on the payload
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-restore/

        Returns: True; an error when a library already exists under the APPEND policy (the default)
        """
        return await self._execute(_cmd.function_restore(self._codec, serialized_value, policy))

    async def function_stats(self) -> FunctionStats[V]:
        """Describe the function running now, if any, and count the loaded libraries and functions.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-stats/

        Returns: the running function (or None) and per-engine counts
        """
        return await self._execute(_cmd.function_stats(self._codec))

    async def geoadd(
        self,
        key: Key,
        members: SupportsItems[Value, tuple[float, float]],
        *,
        nx: bool = False,
        xx: bool = False,
        ch: bool = False,
    ) -> int:
        """Add members at given longitude/latitude positions to a geospatial index (a sorted set), or move them.

        Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geoadd/

        members maps each member to its (longitude, latitude); the wire order of each triple is longitude latitude member.

        Returns: the number of members added (with ch: added or moved)
        """
        return await self._execute(_cmd.geoadd(self._codec, key, members, nx, xx, ch))

    async def geodist(
        self,
        key: Key,
        member1: Value,
        member2: Value,
        *,
        unit: Literal["M", "KM", "FT", "MI"] | None = None,
    ) -> float | None:
        """Distance between two members of a geospatial index, in meters or the given unit.

        Complexity: O(log(N))
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geodist/

        Returns: the distance; None when either member or the key does not exist
        """
        return await self._execute(_cmd.geodist(self._codec, key, member1, member2, unit))

    async def geohash(self, key: Key, *members: Value) -> list[str | None]:
        """Geohash strings (11 characters) for members of a geospatial index.

        Complexity: O(log(N)) for each member requested, where N is the number of elements in the sorted set.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geohash/

        Returns: the geohash of each member, None for a member that is absent
        """
        return await self._execute(_cmd.geohash(self._codec, key, *members))

    async def geopos(self, key: Key, *members: Value) -> list[GeoCoordinates | None]:
        """Longitude and latitude of members of a geospatial index.

        Complexity: O(N) where N is the number of members requested.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geopos/

        Returns: the position of each member, None for a member that is absent
        """
        return await self._execute(_cmd.geopos(self._codec, key, *members))

    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[V]: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithDist[V]]: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithHash[V]]: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithCoord[V]]: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithDistHash[V]]: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithDistCoord[V]]: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithHashCoord[V]]: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithDistHashCoord[V]]: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: Key,
        storedist: None = None,
    ) -> int: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: Key,
    ) -> int: ...
    @overload
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: Key | None = None,
        storedist: Key | None = None,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
        | int
    ): ...
    async def georadius(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: Key | None = None,
        storedist: Key | None = None,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
        | int
    ):
        """Members within a radius of a longitude/latitude point, or store them with STORE/STOREDIST (deprecated: prefer GEOSEARCH).

        Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/georadius/

        The RESP2 element shape depends on which of withdist/withhash/withcoord are set (wire order: member, dist, hash, coord), hence one variant per combination. store/storedist cannot be combined with the with* flags.

        Returns:
            by default: the matching members
            withdist=True: the matching members, each with its distance from the center in the query's unit
            withhash=True: the matching members, each with its 52-bit geohash score
            withcoord=True: the matching members, each with its coordinates
            withdist=True, withhash=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score
            withdist=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, coordinates
            withhash=True, withcoord=True: the matching members, each with its 52-bit geohash score, coordinates
            withdist=True, withhash=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score, coordinates
            store given: the number of members stored in the destination key
            storedist given: the number of members stored (scored by distance) in the destination key
        """
        return await self._execute(
            _cmd.georadius(
                self._codec,
                key,
                longitude,
                latitude,
                radius,
                unit,
                withcoord,
                withdist,
                withhash,
                count,
                any,
                asc,
                desc,
                store,
                storedist,
            )
        )

    @overload
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[V]: ...
    @overload
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithDist[V]]: ...
    @overload
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithHash[V]]: ...
    @overload
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithCoord[V]]: ...
    @overload
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithDistHash[V]]: ...
    @overload
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithDistCoord[V]]: ...
    @overload
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithHashCoord[V]]: ...
    @overload
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithDistHashCoord[V]]: ...
    @overload
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
    ): ...
    async def georadius_ro(
        self,
        key: Key,
        longitude: float,
        latitude: float,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
    ):
        """Members within a radius of a longitude/latitude point; the STORE-less form of GEORADIUS, allowed for read-only callers.

        Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
        Since: Redis 3.2.10 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/georadius_ro/

        The RESP2 element shape depends on which of withdist/withhash/withcoord are set (wire order: member, dist, hash, coord), hence one variant per combination.

        Returns:
            by default: the matching members
            withdist=True: the matching members, each with its distance from the center in the query's unit
            withhash=True: the matching members, each with its 52-bit geohash score
            withcoord=True: the matching members, each with its coordinates
            withdist=True, withhash=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score
            withdist=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, coordinates
            withhash=True, withcoord=True: the matching members, each with its 52-bit geohash score, coordinates
            withdist=True, withhash=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score, coordinates
        """
        return await self._execute(
            _cmd.georadius_ro(
                self._codec,
                key,
                longitude,
                latitude,
                radius,
                unit,
                withcoord,
                withdist,
                withhash,
                count,
                any,
                asc,
                desc,
            )
        )

    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[V]: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithDist[V]]: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithHash[V]]: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithCoord[V]]: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithDistHash[V]]: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithDistCoord[V]]: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithHashCoord[V]]: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: None = None,
    ) -> list[GeoSearchWithDistHashCoord[V]]: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: Key,
        storedist: None = None,
    ) -> int: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: None = None,
        storedist: Key,
    ) -> int: ...
    @overload
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: Key | None = None,
        storedist: Key | None = None,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
        | int
    ): ...
    async def georadiusbymember(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
        store: Key | None = None,
        storedist: Key | None = None,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
        | int
    ):
        """Members within a radius of an existing member, or store them with STORE/STOREDIST (deprecated: prefer GEOSEARCH).

        Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/georadiusbymember/

        The RESP2 element shape depends on which of withdist/withhash/withcoord are set (wire order: member, dist, hash, coord), hence one variant per combination. store/storedist cannot be combined with the with* flags.

        Returns:
            by default: the matching members
            withdist=True: the matching members, each with its distance from the center in the query's unit
            withhash=True: the matching members, each with its 52-bit geohash score
            withcoord=True: the matching members, each with its coordinates
            withdist=True, withhash=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score
            withdist=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, coordinates
            withhash=True, withcoord=True: the matching members, each with its 52-bit geohash score, coordinates
            withdist=True, withhash=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score, coordinates
            store given: the number of members stored in the destination key
            storedist given: the number of members stored (scored by distance) in the destination key
        """
        return await self._execute(
            _cmd.georadiusbymember(
                self._codec,
                key,
                member,
                radius,
                unit,
                withcoord,
                withdist,
                withhash,
                count,
                any,
                asc,
                desc,
                store,
                storedist,
            )
        )

    @overload
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[V]: ...
    @overload
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithDist[V]]: ...
    @overload
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithHash[V]]: ...
    @overload
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithCoord[V]]: ...
    @overload
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithDistHash[V]]: ...
    @overload
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[False] = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithDistCoord[V]]: ...
    @overload
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithHashCoord[V]]: ...
    @overload
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[True],
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> list[GeoSearchWithDistHashCoord[V]]: ...
    @overload
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
    ): ...
    async def georadiusbymember_ro(
        self,
        key: Key,
        member: Value,
        radius: float,
        unit: Literal["M", "KM", "FT", "MI"],
        *,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
        count: int | None = None,
        any: bool = False,
        asc: bool = False,
        desc: bool = False,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
    ):
        """Members within a radius of an existing member; the STORE-less form of GEORADIUSBYMEMBER, allowed for read-only callers.

        Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
        Since: Redis 3.2.10 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/georadiusbymember_ro/

        The RESP2 element shape depends on which of withdist/withhash/withcoord are set (wire order: member, dist, hash, coord), hence one variant per combination.

        Returns:
            by default: the matching members
            withdist=True: the matching members, each with its distance from the center in the query's unit
            withhash=True: the matching members, each with its 52-bit geohash score
            withcoord=True: the matching members, each with its coordinates
            withdist=True, withhash=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score
            withdist=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, coordinates
            withhash=True, withcoord=True: the matching members, each with its 52-bit geohash score, coordinates
            withdist=True, withhash=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score, coordinates
        """
        return await self._execute(
            _cmd.georadiusbymember_ro(
                self._codec,
                key,
                member,
                radius,
                unit,
                withcoord,
                withdist,
                withhash,
                count,
                any,
                asc,
                desc,
            )
        )

    @overload
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
    ) -> list[V]: ...
    @overload
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[False] = False,
    ) -> list[GeoSearchWithDist[V]]: ...
    @overload
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: Literal[False] = False,
        withdist: Literal[False] = False,
        withhash: Literal[True],
    ) -> list[GeoSearchWithHash[V]]: ...
    @overload
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[False] = False,
    ) -> list[GeoSearchWithCoord[V]]: ...
    @overload
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: Literal[False] = False,
        withdist: Literal[True],
        withhash: Literal[True],
    ) -> list[GeoSearchWithDistHash[V]]: ...
    @overload
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[False] = False,
    ) -> list[GeoSearchWithDistCoord[V]]: ...
    @overload
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: Literal[True],
        withdist: Literal[False] = False,
        withhash: Literal[True],
    ) -> list[GeoSearchWithHashCoord[V]]: ...
    @overload
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: Literal[True],
        withdist: Literal[True],
        withhash: Literal[True],
    ) -> list[GeoSearchWithDistHashCoord[V]]: ...
    @overload
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
    ): ...
    async def geosearch(
        self,
        key: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        withcoord: bool = False,
        withdist: bool = False,
        withhash: bool = False,
    ) -> (
        list[V]
        | list[GeoSearchWithDist[V]]
        | list[GeoSearchWithHash[V]]
        | list[GeoSearchWithCoord[V]]
        | list[GeoSearchWithDistHash[V]]
        | list[GeoSearchWithDistCoord[V]]
        | list[GeoSearchWithHashCoord[V]]
        | list[GeoSearchWithDistHashCoord[V]]
    ):
        """Members of a geospatial index inside a circle or box centred on a member or a longitude/latitude point.

        Complexity: O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geosearch/

        Exactly one of frommember / fromlonlat=(longitude, latitude) and exactly one of byradius=(radius, unit) / bybox=(width, height, unit) must be given (required one-ofs flattened into keyword arguments). The RESP2 element shape depends on which of withdist/withhash/withcoord are set (wire order: member, dist, hash, coord), hence one variant per combination.

        Returns:
            by default: the matching members
            withdist=True: the matching members, each with its distance from the center in the query's unit
            withhash=True: the matching members, each with its 52-bit geohash score
            withcoord=True: the matching members, each with its coordinates
            withdist=True, withhash=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score
            withdist=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, coordinates
            withhash=True, withcoord=True: the matching members, each with its 52-bit geohash score, coordinates
            withdist=True, withhash=True, withcoord=True: the matching members, each with its distance from the center in the query's unit, 52-bit geohash score, coordinates
        """
        return await self._execute(
            _cmd.geosearch(
                self._codec,
                key,
                frommember,
                fromlonlat,
                byradius,
                bybox,
                asc,
                desc,
                count,
                any,
                withcoord,
                withdist,
                withhash,
            )
        )

    async def geosearchstore(
        self,
        destination: Key,
        source: Key,
        *,
        frommember: Value | None = None,
        fromlonlat: tuple[float, float] | None = None,
        byradius: tuple[float, Literal["M", "KM", "FT", "MI"]] | None = None,
        bybox: tuple[float, float, Literal["M", "KM", "FT", "MI"]] | None = None,
        asc: bool = False,
        desc: bool = False,
        count: int | None = None,
        any: bool = False,
        storedist: bool = False,
    ) -> int:
        """Like GEOSEARCH, but store the matches in a destination key (scored by distance with storedist).

        Complexity: O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geosearchstore/

        Exactly one of frommember / fromlonlat=(longitude, latitude) and exactly one of byradius=(radius, unit) / bybox=(width, height, unit) must be given (required one-ofs flattened into keyword arguments).

        Returns: the number of members stored
        """
        return await self._execute(
            _cmd.geosearchstore(
                self._codec,
                destination,
                source,
                frommember,
                fromlonlat,
                byradius,
                bybox,
                asc,
                desc,
                count,
                any,
                storedist,
            )
        )

    async def get(self, key: Key) -> V | None:
        """Read the string stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/get/

        Returns: the value, or None when the key does not exist
        """
        return await self._execute(_cmd.get(self._codec, key))

    async def getbit(self, key: Key, offset: int) -> int:
        """Read the bit at an offset in the string at a key.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getbit/

        Returns: the bit, 0 or 1 (0 beyond the end or for a missing key)
        """
        return await self._execute(_cmd.getbit(self._codec, key, offset))

    async def getdel(self, key: Key) -> V | None:
        """Read the string at a key and remove the key.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getdel/

        Returns: the value it held, or None when the key did not exist
        """
        return await self._execute(_cmd.getdel(self._codec, key))

    async def getex(
        self,
        key: Key,
        *,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        persist: bool = False,
    ) -> V | None:
        """Read the string at a key and optionally change or clear its expiry.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getex/

        Returns: the value, or None when the key does not exist
        """
        return await self._execute(_cmd.getex(self._codec, key, ex, px, exat, pxat, persist))

    async def getrange(self, key: Key, start: int, end: int) -> V:
        """Read a slice of the string at a key, by inclusive byte offsets.

        Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
        Since: Redis 2.4.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getrange/

        Returns: the bytes in the range; empty when the key is missing or the range is out of bounds
        """
        return await self._execute(_cmd.getrange(self._codec, key, start, end))

    async def getset(self, key: Key, value: Value) -> V | None:
        """Store a new string at a key and hand back the one it replaced.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getset/

        Returns: the previous value, or None when the key did not exist
        """
        return await self._execute(_cmd.getset(self._codec, key, value))

    async def hdel(self, key: Key, *fields: Value) -> int:
        """Remove fields from a hash.

        Complexity: O(N) where N is the number of fields to be removed.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hdel/

        Returns: how many fields were removed
        """
        return await self._execute(_cmd.hdel(self._codec, key, *fields))

    async def hexists(self, key: Key, field: Value) -> bool:
        """Tell whether a hash has a field.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hexists/

        Returns: True when the field exists
        """
        return await self._execute(_cmd.hexists(self._codec, key, field))

    async def hexpire(
        self,
        key: Key,
        seconds: int | timedelta,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> list[HashFieldExpire]:
        """Give hash fields a time to live in seconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hexpire/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        return await self._execute(
            _cmd.hexpire(self._codec, key, seconds, *fields, nx=nx, xx=xx, gt=gt, lt=lt)
        )

    async def hexpireat(
        self,
        key: Key,
        unix_time_seconds: int | datetime,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> list[HashFieldExpire]:
        """Make hash fields expire at a Unix time in seconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hexpireat/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        return await self._execute(
            _cmd.hexpireat(self._codec, key, unix_time_seconds, *fields, nx=nx, xx=xx, gt=gt, lt=lt)
        )

    async def hexpiretime(self, key: Key, *fields: Value) -> list[int]:
        """Give, field by field, the Unix time in seconds at which hash fields will expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hexpiretime/

        Returns: one number per field, in order: the Unix time in seconds at which the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        return await self._execute(_cmd.hexpiretime(self._codec, key, *fields))

    async def hget(self, key: Key, field: Value) -> V | None:
        """Read one field of a hash.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hget/

        Returns: the value, or None when the field or key is missing
        """
        return await self._execute(_cmd.hget(self._codec, key, field))

    async def hgetall(self, key: Key) -> dict[V, V]:
        """Read every field and value of a hash.

        Complexity: O(N) where N is the size of the hash.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hgetall/

        Returns: field to value; empty when the key is missing
        """
        return await self._execute(_cmd.hgetall(self._codec, key))

    async def hgetdel(self, key: Key, *fields: Value) -> list[V | None]:
        """Read hash fields and delete them in the same step; the hash goes away with its last field.

        Complexity: O(N) where N is the number of fields to be retrieved and deleted.
        Since: Redis 8.0.0 · Valkey 9.1.0
        Docs: https://redis.io/docs/latest/commands/hgetdel/

        Returns: the values of the fields, in order (they are now deleted); None for fields that did not exist
        """
        return await self._execute(_cmd.hgetdel(self._codec, key, *fields))

    async def hgetex(
        self,
        key: Key,
        *fields: Value,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        persist: bool = False,
    ) -> list[V | None]:
        """Read hash fields and optionally set or clear their expiry in the same step.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 8.0.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hgetex/

        Returns: the values of the fields, in order; None for fields that do not exist
        """
        return await self._execute(
            _cmd.hgetex(
                self._codec, key, *fields, ex=ex, px=px, exat=exat, pxat=pxat, persist=persist
            )
        )

    async def hincrby(self, key: Key, field: Value, increment: int) -> int:
        """Add an integer to a numeric field of a hash.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hincrby/

        Returns: the field's value after the increment
        """
        return await self._execute(_cmd.hincrby(self._codec, key, field, increment))

    async def hincrbyfloat(self, key: Key, field: Value, increment: float) -> float:
        """Add a floating-point amount to a numeric field of a hash.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hincrbyfloat/

        Returns: the field's value after the increment
        """
        return await self._execute(_cmd.hincrbyfloat(self._codec, key, field, increment))

    async def hkeys(self, key: Key) -> list[V]:
        """List the field names of a hash.

        Complexity: O(N) where N is the size of the hash.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hkeys/

        Returns: the fields; empty when the key is missing
        """
        return await self._execute(_cmd.hkeys(self._codec, key))

    async def hlen(self, key: Key) -> int:
        """Count the fields of a hash.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hlen/

        Returns: the number of fields; 0 when the key is missing
        """
        return await self._execute(_cmd.hlen(self._codec, key))

    async def hmget(self, key: Key, *fields: Value) -> list[V | None]:
        """Read several fields of a hash in one call.

        Complexity: O(N) where N is the number of fields being requested.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hmget/

        Returns: one value per field, in order; None for missing fields
        """
        return await self._execute(_cmd.hmget(self._codec, key, *fields))

    async def hmset(self, key: Key, mapping: SupportsItems[Value, Value]) -> bool:
        """Set several fields of a hash (older form of HSET that answers OK).

        Complexity: O(N) where N is the number of fields being set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hmset/

        Returns: always True
        """
        return await self._execute(_cmd.hmset(self._codec, key, mapping))

    async def hpersist(self, key: Key, *fields: Value) -> list[HashFieldPersist]:
        """Remove the expiry of hash fields so they live until deleted, field by field.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpersist/

        Returns: one code per field, in order: PERSISTED when an expiry was removed, NO_EXPIRY when the field had none, NO_FIELD when the field or the key does not exist
        """
        return await self._execute(_cmd.hpersist(self._codec, key, *fields))

    async def hpexpire(
        self,
        key: Key,
        milliseconds: int | timedelta,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> list[HashFieldExpire]:
        """Give hash fields a time to live in milliseconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpexpire/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        return await self._execute(
            _cmd.hpexpire(self._codec, key, milliseconds, *fields, nx=nx, xx=xx, gt=gt, lt=lt)
        )

    async def hpexpireat(
        self,
        key: Key,
        unix_time_milliseconds: int | datetime,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> list[HashFieldExpire]:
        """Make hash fields expire at a Unix time in milliseconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpexpireat/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        return await self._execute(
            _cmd.hpexpireat(
                self._codec, key, unix_time_milliseconds, *fields, nx=nx, xx=xx, gt=gt, lt=lt
            )
        )

    async def hpexpiretime(self, key: Key, *fields: Value) -> list[int]:
        """Give, field by field, the Unix time in milliseconds at which hash fields will expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpexpiretime/

        Returns: one number per field, in order: the Unix time in milliseconds at which the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        return await self._execute(_cmd.hpexpiretime(self._codec, key, *fields))

    async def hpttl(self, key: Key, *fields: Value) -> list[int]:
        """Tell, field by field, how many milliseconds remain before hash fields expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpttl/

        Returns: one number per field, in order: the milliseconds left before the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        return await self._execute(_cmd.hpttl(self._codec, key, *fields))

    @overload
    async def hrandfield(
        self, key: Key, *, count: None = None, withvalues: Literal[False] = False
    ) -> V | None: ...
    @overload
    async def hrandfield(
        self, key: Key, *, count: int, withvalues: Literal[False] = False
    ) -> list[V]: ...
    @overload
    async def hrandfield(
        self, key: Key, *, count: int, withvalues: Literal[True]
    ) -> list[tuple[V, V]]: ...
    @overload
    async def hrandfield(
        self, key: Key, *, count: int | None = None, withvalues: bool = False
    ) -> V | list[V] | list[tuple[V, V]] | None: ...
    async def hrandfield(
        self, key: Key, *, count: int | None = None, withvalues: bool = False
    ) -> V | list[V] | list[tuple[V, V]] | None:
        """Pick random fields of a hash, optionally with their values.

        Complexity: O(N) where N is the number of fields returned
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hrandfield/

        Returns:
            by default: one random field, or None when the key is missing
            count given: the picked fields (distinct when count is positive, possibly repeated when negative)
            count given, withvalues=True: the picked fields with their values
        """
        return await self._execute(_cmd.hrandfield(self._codec, key, count, withvalues))

    @overload
    async def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: Literal[False] = False,
    ) -> tuple[int, list[tuple[V, V]]]: ...
    @overload
    async def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: Literal[True],
    ) -> tuple[int, list[V]]: ...
    @overload
    async def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: bool = False,
    ) -> tuple[int, list[tuple[V, V]]] | tuple[int, list[V]]: ...
    async def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: bool = False,
    ) -> tuple[int, list[tuple[V, V]]] | tuple[int, list[V]]:
        """Walk the fields of a hash incrementally with a cursor.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        Since: Redis 2.8.0 · every Valkey release
        Option `novalues`: Redis 7.4.0 · Valkey 8.0.0
        Docs: https://redis.io/docs/latest/commands/hscan/

        Returns:
            by default: the next cursor (0 when the walk is complete) and a batch of fields with their values
            novalues=True: the next cursor (0 when the walk is complete) and a batch of field names, without their values
        """
        return await self._execute(_cmd.hscan(self._codec, key, cursor, match, count, novalues))

    async def hset(self, key: Key, mapping: SupportsItems[Value, Value]) -> int:
        """Set fields of a hash, creating the hash if needed.

        Complexity: O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command is called with multiple field/value pairs.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hset/

        Returns: how many fields were newly added (updated fields are not counted)
        """
        return await self._execute(_cmd.hset(self._codec, key, mapping))

    async def hsetex(
        self,
        key: Key,
        mapping: SupportsItems[Value, Value],
        *,
        nx: bool = False,
        xx: bool = False,
        fnx: bool = False,
        fxx: bool = False,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        keepttl: bool = False,
    ) -> bool:
        """Set hash fields and their expiry in one step, optionally only if the hash or the fields already exist (or not).

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 8.0.0 · Valkey 9.0.0
        Option `nx`, `xx`: not in Redis 8.2 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hsetex/

        nx/xx (the hash must not exist / must exist) are Valkey's; fnx/fxx (none of the fields / all of them must exist) are on both servers.

        Returns: True when every field was set; False when a condition (NX/XX on the hash, FNX/FXX on the fields) prevented the write, and then none was set
        """
        return await self._execute(
            _cmd.hsetex(self._codec, key, mapping, nx, xx, fnx, fxx, ex, px, exat, pxat, keepttl)
        )

    async def hsetnx(self, key: Key, field: Value, value: Value) -> bool:
        """Set a field of a hash only when the field does not exist yet.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hsetnx/

        Returns: True when the field was set, False when it already existed
        """
        return await self._execute(_cmd.hsetnx(self._codec, key, field, value))

    async def hstrlen(self, key: Key, field: Value) -> int:
        """Give the length in bytes of one field's value in a hash.

        Complexity: O(1)
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hstrlen/

        Returns: the length; 0 when the field or key is missing
        """
        return await self._execute(_cmd.hstrlen(self._codec, key, field))

    async def httl(self, key: Key, *fields: Value) -> list[int]:
        """Tell, field by field, how many seconds remain before hash fields expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/httl/

        Returns: one number per field, in order: the seconds left before the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        return await self._execute(_cmd.httl(self._codec, key, *fields))

    async def hvals(self, key: Key) -> list[V]:
        """List the values of a hash.

        Complexity: O(N) where N is the size of the hash.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hvals/

        Returns: the values; empty when the key is missing
        """
        return await self._execute(_cmd.hvals(self._codec, key))

    async def incr(self, key: Key) -> int:
        """Add one to the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/incr/

        Returns: the value after the increment
        """
        return await self._execute(_cmd.incr(self._codec, key))

    async def incrby(self, key: Key, increment: int) -> int:
        """Add a given integer to the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/incrby/

        Returns: the value after the increment
        """
        return await self._execute(_cmd.incrby(self._codec, key, increment))

    async def incrbyfloat(self, key: Key, increment: float) -> float:
        """Add a floating-point amount to the number stored at a key.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/incrbyfloat/

        Returns: the value after the increment
        """
        return await self._execute(_cmd.incrbyfloat(self._codec, key, increment))

    async def info(self, *sections: Value) -> str:
        """Get the server's information and statistics report, optionally only some sections.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/info/

        Returns: the report as `# Section` headings and `field:value` lines (CRLF-separated); empty for an unknown section
        """
        return await self._execute(_cmd.info(self._codec, *sections))

    async def keys(self, pattern: Value) -> list[V]:
        """List every key matching a glob pattern (scans the whole keyspace).

        Complexity: O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/keys/

        Returns: the matching keys
        """
        return await self._execute(_cmd.keys(self._codec, pattern))

    async def lastsave(self) -> int:
        """Get the time of the last successful snapshot to disk.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lastsave/

        Returns: Unix time in seconds
        """
        return await self._execute(_cmd.lastsave(self._codec))

    @overload
    async def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[False] = False,
        idx: Literal[False] = False,
        minmatchlen: int | None = None,
        withmatchlen: Literal[False] = False,
    ) -> V: ...
    @overload
    async def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[True],
        idx: Literal[False] = False,
        minmatchlen: int | None = None,
        withmatchlen: Literal[False] = False,
    ) -> int: ...
    @overload
    async def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[False] = False,
        idx: Literal[True],
        minmatchlen: int | None = None,
        withmatchlen: Literal[False] = False,
    ) -> LcsIdx: ...
    @overload
    async def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[False] = False,
        idx: Literal[True],
        minmatchlen: int | None = None,
        withmatchlen: Literal[True],
    ) -> LcsIdxWithLen: ...
    @overload
    async def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: bool = False,
        idx: bool = False,
        minmatchlen: int | None = None,
        withmatchlen: bool = False,
    ) -> V | int | LcsIdx | LcsIdxWithLen: ...
    async def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: bool = False,
        idx: bool = False,
        minmatchlen: int | None = None,
        withmatchlen: bool = False,
    ) -> V | int | LcsIdx | LcsIdxWithLen:
        """Find the longest common subsequence of the strings at two keys.

        Complexity: O(N*M) where N and M are the lengths of s1 and s2, respectively
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lcs/

        Returns:
            by default: the longest common subsequence (empty when there is none)
            len=True: the length of the longest common subsequence
            idx=True: the matching ranges in both strings and the total length
            idx=True, withmatchlen=True: the matching ranges with each match's length, and the total length
        """
        return await self._execute(
            _cmd.lcs(self._codec, key1, key2, len, idx, minmatchlen, withmatchlen)
        )

    async def lindex(self, key: Key, index: int) -> V | None:
        """Read the list element at an index.

        Complexity: O(N) where N is the number of elements to traverse to get to the element at index. This makes asking for the first or the last element of the list O(1).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lindex/

        Returns: the element, or None when the index is out of range or the key is missing
        """
        return await self._execute(_cmd.lindex(self._codec, key, index))

    async def linsert(
        self, key: Key, where: Literal["BEFORE", "AFTER"], pivot: Value, element: Value
    ) -> int:
        """Insert an element before or after the first occurrence of a pivot in a list.

        Complexity: O(N) where N is the number of elements to traverse before seeing the value pivot. This means that inserting somewhere on the left end on the list (head) can be considered O(1) and inserting somewhere on the right end (tail) is O(N).
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/linsert/

        Returns: the list length after the insert; -1 when the pivot was not found, 0 when the key is missing
        """
        return await self._execute(_cmd.linsert(self._codec, key, where, pivot, element))

    async def llen(self, key: Key) -> int:
        """Give the number of elements in a list.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/llen/

        Returns: the length; 0 when the key is missing
        """
        return await self._execute(_cmd.llen(self._codec, key))

    async def lmove(
        self,
        source: Key,
        destination: Key,
        wherefrom: Literal["LEFT", "RIGHT"],
        whereto: Literal["LEFT", "RIGHT"],
    ) -> V | None:
        """Pop an element from one end of a list and push it onto an end of another.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lmove/

        Returns: the moved element, or None when the source is empty
        """
        return await self._execute(_cmd.lmove(self._codec, source, destination, wherefrom, whereto))

    async def lmpop(
        self, *keys: Key, where: Literal["LEFT", "RIGHT"], count: int | None = None
    ) -> ListPopResult[V] | None:
        """Pop elements from one end of the first non-empty list among several keys.

        Complexity: O(N+M) where N is the number of provided keys and M is the number of elements returned.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lmpop/

        Returns: the list's key and the popped elements, or None when every list is empty
        """
        return await self._execute(_cmd.lmpop(self._codec, *keys, where=where, count=count))

    async def lolwut(self, *, version: int | None = None) -> str:
        """Get a piece of generative art and the server version.

        Complexity:
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lolwut/

        Returns: the art and the version line as text (may contain terminal escape codes)
        """
        return await self._execute(_cmd.lolwut(self._codec, version))

    @overload
    async def lpop(self, key: Key, *, count: None = None) -> V | None: ...
    @overload
    async def lpop(self, key: Key, *, count: int) -> list[V] | None: ...
    @overload
    async def lpop(self, key: Key, *, count: int | None = None) -> V | list[V] | None: ...
    async def lpop(self, key: Key, *, count: int | None = None) -> V | list[V] | None:
        """Remove and return elements from the head of a list.

        Complexity: O(N) where N is the number of elements returned
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpop/

        Returns:
            by default: the first element, or None when the key is missing
            count given: up to count elements, or None when the key is missing
        """
        return await self._execute(_cmd.lpop(self._codec, key, count))

    @overload
    async def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: None = None,
        maxlen: int | None = None,
    ) -> int | None: ...
    @overload
    async def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: int,
        maxlen: int | None = None,
    ) -> list[int]: ...
    @overload
    async def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: int | None = None,
        maxlen: int | None = None,
    ) -> int | list[int] | None: ...
    async def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: int | None = None,
        maxlen: int | None = None,
    ) -> int | list[int] | None:
        """Find the index of elements equal to a value in a list.

        Complexity: O(N) where N is the number of elements in the list, for the average case. When searching for elements near the head or the tail of the list, or when the MAXLEN option is provided, the command may run in constant time.
        Since: Redis 6.0.6 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpos/

        Returns:
            by default: the index of the match, or None when there is none
            count given: the indexes of up to count matches (all with count 0)
        """
        return await self._execute(_cmd.lpos(self._codec, key, element, rank, count, maxlen))

    async def lpush(self, key: Key, *elements: Value) -> int:
        """Insert elements at the head of a list, creating it if needed.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpush/

        Returns: the list length after the push
        """
        return await self._execute(_cmd.lpush(self._codec, key, *elements))

    async def lpushx(self, key: Key, *elements: Value) -> int:
        """Insert elements at the head of a list only when the list exists.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpushx/

        Returns: the list length after the push; 0 when the key is missing
        """
        return await self._execute(_cmd.lpushx(self._codec, key, *elements))

    async def lrange(self, key: Key, start: int, stop: int) -> list[V]:
        """Read a range of list elements by inclusive indexes.

        Complexity: O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lrange/

        Returns: the elements in the range
        """
        return await self._execute(_cmd.lrange(self._codec, key, start, stop))

    async def lrem(self, key: Key, count: int, element: Value) -> int:
        """Remove occurrences of an element from a list.

        Complexity: O(N+M) where N is the length of the list and M is the number of elements removed.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lrem/

        Returns: how many elements were removed
        """
        return await self._execute(_cmd.lrem(self._codec, key, count, element))

    async def lset(self, key: Key, index: int, element: Value) -> bool:
        """Replace the list element at an index.

        Complexity: O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lset/

        Returns: always True (an out-of-range index or missing key is an error)
        """
        return await self._execute(_cmd.lset(self._codec, key, index, element))

    async def ltrim(self, key: Key, start: int, stop: int) -> bool:
        """Cut a list down to the elements within an index range.

        Complexity: O(N) where N is the number of elements to be removed by the operation.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/ltrim/

        Returns: always True
        """
        return await self._execute(_cmd.ltrim(self._codec, key, start, stop))

    async def memory_help(self) -> list[str]:
        """Show the MEMORY subcommand help text.

        Complexity: O(1)
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/memory-help/

        Returns: the lines of the MEMORY help text
        """
        return await self._execute(_cmd.memory_help(self._codec))

    async def memory_usage(self, key: Key, *, samples: int | None = None) -> int | None:
        """Estimate how many bytes a key and its value take in memory.

        Complexity: O(N) where N is the number of samples.
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/memory-usage/

        Returns: bytes used, sampling `samples` nested elements (0: all); None when the key does not exist
        """
        return await self._execute(_cmd.memory_usage(self._codec, key, samples))

    async def mget(self, *keys: Key) -> list[V | None]:
        """Read the strings at several keys in one call.

        Complexity: O(N) where N is the number of keys to retrieve.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/mget/

        Returns: one value per key, in order; None for keys that are missing or not strings
        """
        return await self._execute(_cmd.mget(self._codec, *keys))

    async def move(self, key: Key, db: int) -> bool:
        """Move a key to another database of the same server.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/move/

        Returns: True when moved, False when the key is missing or already exists in the target database
        """
        return await self._execute(_cmd.move(self._codec, key, db))

    async def mset(self, mapping: SupportsItems[Key, Value]) -> bool:
        """Store several key-value pairs at once, overwriting existing values.

        Complexity: O(N) where N is the number of keys to set.
        Since: Redis 1.0.1 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/mset/

        Returns: always True
        """
        return await self._execute(_cmd.mset(self._codec, mapping))

    async def msetex(
        self,
        mapping: SupportsItems[Key, Value],
        *,
        nx: bool = False,
        xx: bool = False,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        keepttl: bool = False,
    ) -> bool:
        """Store several key-value pairs at once with one expiry for all, optionally only if none or all of the keys exist.

        Complexity: O(N) where N is the number of keys to set.
        Since: not in Redis 8.2 · Valkey 9.1.0
        Docs: https://valkey.io/commands/msetex/

        Returns: True when every key was set; False when NX or XX prevented the write, and then none was set
        """
        return await self._execute(
            _cmd.msetex(self._codec, mapping, nx, xx, ex, px, exat, pxat, keepttl)
        )

    async def msetnx(self, mapping: SupportsItems[Key, Value]) -> bool:
        """Store several key-value pairs only when none of the keys exists yet.

        Complexity: O(N) where N is the number of keys to set.
        Since: Redis 1.0.1 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/msetnx/

        Returns: True when all keys were set, False when any already existed and nothing was written
        """
        return await self._execute(_cmd.msetnx(self._codec, mapping))

    async def object_encoding(self, key: Key) -> str | None:
        """Tell which internal encoding stores the value at a key.

        Complexity: O(1)
        Since: Redis 2.2.3 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-encoding/

        Returns: the encoding name (listpack, hashtable, embstr, ...), or None when the key does not exist
        """
        return await self._execute(_cmd.object_encoding(self._codec, key))

    async def object_freq(self, key: Key) -> int | None:
        """Give the logarithmic access-frequency counter of a key (needs an LFU eviction policy).

        Complexity: O(1)
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-freq/

        Returns: the frequency counter, or None when the key does not exist
        """
        return await self._execute(_cmd.object_freq(self._codec, key))

    async def object_help(self) -> list[str]:
        """List the OBJECT subcommands with a short description of each.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-help/

        Returns: lines of help text
        """
        return await self._execute(_cmd.object_help(self._codec))

    async def object_idletime(self, key: Key) -> int | None:
        """Give the seconds since a key was last read or written.

        Complexity: O(1)
        Since: Redis 2.2.3 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-idletime/

        Returns: the idle time in seconds, or None when the key does not exist
        """
        return await self._execute(_cmd.object_idletime(self._codec, key))

    async def object_refcount(self, key: Key) -> int | None:
        """Give the reference count of the value at a key.

        Complexity: O(1)
        Since: Redis 2.2.3 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-refcount/

        Returns: the reference count, or None when the key does not exist
        """
        return await self._execute(_cmd.object_refcount(self._codec, key))

    async def persist(self, key: Key) -> bool:
        """Remove the expiry of a key so it lives forever.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/persist/

        Returns: True when an expiry was removed, False when the key is missing or had none
        """
        return await self._execute(_cmd.persist(self._codec, key))

    async def pexpire(
        self,
        key: Key,
        milliseconds: int | timedelta,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> bool:
        """Make a key expire after a number of milliseconds.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pexpire/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        return await self._execute(_cmd.pexpire(self._codec, key, milliseconds, nx, xx, gt, lt))

    async def pexpireat(
        self,
        key: Key,
        unix_time_milliseconds: int | datetime,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> bool:
        """Make a key expire at a Unix time in milliseconds.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pexpireat/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        return await self._execute(
            _cmd.pexpireat(self._codec, key, unix_time_milliseconds, nx, xx, gt, lt)
        )

    async def pexpiretime(self, key: Key) -> int:
        """Give the Unix time in milliseconds at which a key will expire.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pexpiretime/

        Returns: the expiry time; -1 when the key has no expiry, -2 when it does not exist
        """
        return await self._execute(_cmd.pexpiretime(self._codec, key))

    async def pfadd(self, key: Key, *elements: Value) -> bool:
        """Add elements to a HyperLogLog cardinality estimator.

        Complexity: O(1) to add every element.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pfadd/

        Returns: True when the estimator changed (or was created), False otherwise
        """
        return await self._execute(_cmd.pfadd(self._codec, key, *elements))

    async def pfcount(self, *keys: Key) -> int:
        """Estimate the number of distinct elements seen by one or more HyperLogLogs.

        Complexity: O(1) with a very small average constant time when called with a single key. O(N) with N being the number of keys, and much bigger constant times, when called with multiple keys.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pfcount/

        Returns: the approximate cardinality of the union
        """
        return await self._execute(_cmd.pfcount(self._codec, *keys))

    async def pfmerge(self, destkey: Key, *sourcekeys: Key) -> bool:
        """Merge HyperLogLogs into a destination estimator.

        Complexity: O(N) to merge N HyperLogLogs, but with high constant times.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pfmerge/

        Returns: always True
        """
        return await self._execute(_cmd.pfmerge(self._codec, destkey, *sourcekeys))

    @overload
    async def ping(self, *, message: None = None) -> str: ...
    @overload
    async def ping(self, *, message: Value) -> V: ...
    @overload
    async def ping(self, *, message: Value | None = None) -> str | V: ...
    async def ping(self, *, message: Value | None = None) -> str | V:
        """Check that the server answers, optionally echoing a message.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/ping/

        Returns:
            by default: "PONG"
            message given: the message
        """
        return await self._execute(_cmd.ping(self._codec, message))

    async def psetex(self, key: Key, milliseconds: int | timedelta, value: Value) -> bool:
        """Store a string at a key with a time to live in milliseconds.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/psetex/

        Returns: always True
        """
        return await self._execute(_cmd.psetex(self._codec, key, milliseconds, value))

    async def pttl(self, key: Key) -> int:
        """Tell how many milliseconds remain before a key expires.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pttl/

        Returns: milliseconds left; -1 when the key has no expiry, -2 when it does not exist
        """
        return await self._execute(_cmd.pttl(self._codec, key))

    async def publish(self, channel: Value, message: Value) -> int:
        """Send a message to every subscriber of a channel.

        Complexity: O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/publish/

        Redis does not flag this command `write`; it is marked `write` (not idempotent) here because it has an effect outside the data set: a retry after a timeout would deliver the message twice, so it must not be retried like a read.

        Returns: how many subscribers received it (on this node)
        """
        return await self._execute(_cmd.publish(self._codec, channel, message))

    async def pubsub_channels(self, *, pattern: Value | None = None) -> list[V]:
        """List channels that have subscribers, optionally those matching a pattern.

        Complexity: O(N) where N is the number of active channels, and assuming constant time pattern matching (relatively short channels and patterns)
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-channels/

        Returns: the active channel names (pattern subscriptions not counted)
        """
        return await self._execute(_cmd.pubsub_channels(self._codec, pattern))

    async def pubsub_help(self) -> list[str]:
        """Show the PUBSUB subcommand help text.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-help/

        Returns: the lines of the PUBSUB help text
        """
        return await self._execute(_cmd.pubsub_help(self._codec))

    async def pubsub_numpat(self) -> int:
        """Count the pattern subscriptions across all clients.

        Complexity: O(1)
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-numpat/

        Returns: the number of pattern subscriptions
        """
        return await self._execute(_cmd.pubsub_numpat(self._codec))

    async def pubsub_numsub(self, *channels: Value) -> dict[V, int]:
        """Count the subscribers of each of the given channels.

        Complexity: O(N) for the NUMSUB subcommand, where N is the number of requested channels
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-numsub/

        Returns: channel -> number of subscribers (pattern subscribers not counted); empty when no channel is given
        """
        return await self._execute(_cmd.pubsub_numsub(self._codec, *channels))

    async def pubsub_shardchannels(self, *, pattern: Value | None = None) -> list[V]:
        """List shard channels that have subscribers, optionally those matching a pattern.

        Complexity: O(N) where N is the number of active shard channels, and assuming constant time pattern matching (relatively short shard channels).
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-shardchannels/

        Returns: the active shard channel names
        """
        return await self._execute(_cmd.pubsub_shardchannels(self._codec, pattern))

    async def pubsub_shardnumsub(self, *shardchannels: Value) -> dict[V, int]:
        """Count the subscribers of each of the given shard channels.

        Complexity: O(N) for the SHARDNUMSUB subcommand, where N is the number of requested shard channels
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-shardnumsub/

        Returns: shard channel -> number of subscribers; empty when no channel is given
        """
        return await self._execute(_cmd.pubsub_shardnumsub(self._codec, *shardchannels))

    async def randomkey(self) -> V | None:
        """Pick a random key from the database.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/randomkey/

        Returns: a key, or None when the database is empty
        """
        return await self._execute(_cmd.randomkey(self._codec))

    async def rename(self, key: Key, newkey: Key) -> bool:
        """Give a key a new name, overwriting any key already using it.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rename/

        Returns: always True (a missing source is an error)
        """
        return await self._execute(_cmd.rename(self._codec, key, newkey))

    async def renamenx(self, key: Key, newkey: Key) -> bool:
        """Give a key a new name only when that name is not taken.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/renamenx/

        Returns: True when renamed, False when the new name already exists
        """
        return await self._execute(_cmd.renamenx(self._codec, key, newkey))

    async def restore(
        self,
        key: Key,
        ttl: int,
        serialized_value: Value,
        *,
        replace: bool = False,
        absttl: bool = False,
        idletime: int | None = None,
        freq: int | None = None,
    ) -> bool:
        """Create a key from a payload produced by DUMP.

        Complexity: O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/restore/

        Returns: always True
        """
        return await self._execute(
            _cmd.restore(self._codec, key, ttl, serialized_value, replace, absttl, idletime, freq)
        )

    @overload
    async def rpop(self, key: Key, *, count: None = None) -> V | None: ...
    @overload
    async def rpop(self, key: Key, *, count: int) -> list[V] | None: ...
    @overload
    async def rpop(self, key: Key, *, count: int | None = None) -> V | list[V] | None: ...
    async def rpop(self, key: Key, *, count: int | None = None) -> V | list[V] | None:
        """Remove and return elements from the tail of a list.

        Complexity: O(N) where N is the number of elements returned
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpop/

        Returns:
            by default: the last element, or None when the key is missing
            count given: up to count elements, or None when the key is missing
        """
        return await self._execute(_cmd.rpop(self._codec, key, count))

    async def rpoplpush(self, source: Key, destination: Key) -> V | None:
        """Pop the last element of a list and push it onto the head of another.

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpoplpush/

        Returns: the moved element, or None when the source is empty
        """
        return await self._execute(_cmd.rpoplpush(self._codec, source, destination))

    async def rpush(self, key: Key, *elements: Value) -> int:
        """Append elements to the tail of a list, creating it if needed.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpush/

        Returns: the list length after the push
        """
        return await self._execute(_cmd.rpush(self._codec, key, *elements))

    async def rpushx(self, key: Key, *elements: Value) -> int:
        """Push elements onto the tail of an existing list; does nothing when the key is missing.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpushx/

        Returns: the list length after the push; 0 when the key is missing
        """
        return await self._execute(_cmd.rpushx(self._codec, key, *elements))

    async def sadd(self, key: Key, *members: Value) -> int:
        """Add members to a set, creating it if needed.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sadd/

        Returns: how many members were newly added
        """
        return await self._execute(_cmd.sadd(self._codec, key, *members))

    async def scan(
        self,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        type: Value | None = None,
    ) -> tuple[int, list[V]]:
        """Walk the keyspace incrementally with a cursor, optionally filtered by pattern and type.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/scan/

        Returns: the next cursor (0 when the walk is complete) and a batch of keys
        """
        return await self._execute(_cmd.scan(self._codec, cursor, match, count, type))

    async def scard(self, key: Key) -> int:
        """Count the members of a set.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/scard/

        Returns: the number of members; 0 when the key is missing
        """
        return await self._execute(_cmd.scard(self._codec, key))

    async def script_exists(self, *sha1s: Value) -> list[bool]:
        """Tell which of the given SHA1 digests are in the script cache.

        Complexity: O(N) with N being the number of scripts to check (so checking a single script is an O(1) operation).
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-exists/

        Returns: one flag per digest, in order: True when cached
        """
        return await self._execute(_cmd.script_exists(self._codec, *sha1s))

    async def script_flush(self, *, async_: bool = False, sync: bool = False) -> bool:
        """Empty the Lua script cache.

        Complexity: O(N) with N being the number of scripts in cache
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-flush/

        Redis does not flag this command `write`; it is marked `write` + `idempotent` here because it destroys shared server state (every client's cached scripts) and must be refused to the read-only token.

        Returns: always True
        """
        return await self._execute(_cmd.script_flush(self._codec, async_, sync))

    async def script_help(self) -> list[str]:
        """Show the SCRIPT subcommand help text.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-help/

        Returns: the lines of the SCRIPT help text
        """
        return await self._execute(_cmd.script_help(self._codec))

    async def script_load(self, script: Value) -> str:
        """Put a Lua script in the script cache without running it.

        Complexity: O(N) with N being the length in bytes of the script body.
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-load/

        Kept `readonly` as Redis flags it: it changes no data, repeating it returns the same digest, and read-only clients need it to use evalsha_ro.

        Returns: the script's SHA1 digest (40 hex characters), to use with evalsha
        """
        return await self._execute(_cmd.script_load(self._codec, script))

    async def script_show(self, sha1: Value) -> V:
        """Give the source of a cached Lua script from its SHA1 digest.

        Complexity: O(1).
        Since: not in Redis 8.2 · Valkey 8.0.0
        Docs: https://valkey.io/commands/script-show/

        Returns: the script's source as it was loaded (a NOSCRIPT error when no cached script has that digest)
        """
        return await self._execute(_cmd.script_show(self._codec, sha1))

    async def sdiff(self, *keys: Key) -> list[V]:
        """Compute the members of the first set that are in none of the others.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sdiff/

        Returns: the resulting members
        """
        return await self._execute(_cmd.sdiff(self._codec, *keys))

    async def sdiffstore(self, destination: Key, *keys: Key) -> int:
        """Compute the difference of sets and store it at a destination key.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sdiffstore/

        Returns: the number of members stored
        """
        return await self._execute(_cmd.sdiffstore(self._codec, destination, *keys))

    @overload
    async def set(
        self,
        key: Key,
        value: Value,
        *,
        nx: bool = False,
        xx: bool = False,
        ifeq: Value | None = None,
        get: Literal[False] = False,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        keepttl: bool = False,
    ) -> bool: ...
    @overload
    async def set(
        self,
        key: Key,
        value: Value,
        *,
        nx: bool = False,
        xx: bool = False,
        ifeq: Value | None = None,
        get: Literal[True],
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        keepttl: bool = False,
    ) -> V | None: ...
    @overload
    async def set(
        self,
        key: Key,
        value: Value,
        *,
        nx: bool = False,
        xx: bool = False,
        ifeq: Value | None = None,
        get: bool = False,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        keepttl: bool = False,
    ) -> bool | V | None: ...
    async def set(
        self,
        key: Key,
        value: Value,
        *,
        nx: bool = False,
        xx: bool = False,
        ifeq: Value | None = None,
        get: bool = False,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        keepttl: bool = False,
    ) -> bool | V | None:
        """Store a string at a key, with optional expiry, existence condition and old-value return.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Option `ifeq`: not in Redis 8.2 · Valkey 8.1.0
        Docs: https://redis.io/docs/latest/commands/set/

        ifeq=value (Valkey 8.1+) writes only when the key holds a string equal to that value: a compare-and-set; it excludes nx and xx.

        Returns:
            by default: True when written; False when NX, XX or IFEQ prevented the write
            get=True: the previous value (returned even when IFEQ prevented the write), or None when the key did not exist
        """
        return await self._execute(
            _cmd.set(self._codec, key, value, nx, xx, ifeq, get, ex, px, exat, pxat, keepttl)
        )

    async def setbit(self, key: Key, offset: int, value: int) -> int:
        """Write a 0 or 1 bit at an offset in the string at a key, growing it if needed.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setbit/

        Returns: the bit's previous value, 0 or 1
        """
        return await self._execute(_cmd.setbit(self._codec, key, offset, value))

    async def setex(self, key: Key, seconds: int | timedelta, value: Value) -> bool:
        """Store a string at a key with a time to live in seconds.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setex/

        Returns: always True
        """
        return await self._execute(_cmd.setex(self._codec, key, seconds, value))

    async def setnx(self, key: Key, value: Value) -> bool:
        """Store a string at a key only when the key does not exist yet.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setnx/

        Returns: True when the key was set, False when it already existed
        """
        return await self._execute(_cmd.setnx(self._codec, key, value))

    async def setrange(self, key: Key, offset: int, value: Value) -> int:
        """Overwrite part of the string at a key starting at a byte offset, padding with zero bytes if needed.

        Complexity: O(1), not counting the time taken to copy the new string in place. Usually, this string is very small so the amortized complexity is O(1). Otherwise, complexity is O(M) with M being the length of the value argument.
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setrange/

        Returns: the string's length after the write
        """
        return await self._execute(_cmd.setrange(self._codec, key, offset, value))

    async def sinter(self, *keys: Key) -> list[V]:
        """Compute the members common to all the given sets.

        Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sinter/

        Returns: the resulting members
        """
        return await self._execute(_cmd.sinter(self._codec, *keys))

    async def sintercard(self, *keys: Key, limit: int | None = None) -> int:
        """Count the members common to all the given sets, optionally stopping at a limit.

        Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sintercard/

        Returns: the size of the intersection (capped at limit when given)
        """
        return await self._execute(_cmd.sintercard(self._codec, *keys, limit=limit))

    async def sinterstore(self, destination: Key, *keys: Key) -> int:
        """Compute the intersection of sets and store it at a destination key.

        Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sinterstore/

        Returns: the number of members stored
        """
        return await self._execute(_cmd.sinterstore(self._codec, destination, *keys))

    async def sismember(self, key: Key, member: Value) -> bool:
        """Tell whether a value is a member of a set.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sismember/

        Returns: True when it is a member
        """
        return await self._execute(_cmd.sismember(self._codec, key, member))

    async def smembers(self, key: Key) -> list[V]:
        """List every member of a set.

        Complexity: O(N) where N is the set cardinality.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/smembers/

        Returns: the members; empty when the key is missing
        """
        return await self._execute(_cmd.smembers(self._codec, key))

    async def smismember(self, key: Key, *members: Value) -> list[bool]:
        """Tell, for several values, whether each is a member of a set.

        Complexity: O(N) where N is the number of elements being checked for membership
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/smismember/

        Returns: one flag per value, in order
        """
        return await self._execute(_cmd.smismember(self._codec, key, *members))

    async def smove(self, source: Key, destination: Key, member: Value) -> bool:
        """Take a member out of one set and add it to another, atomically.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/smove/

        Returns: True when moved, False when it was not in the source
        """
        return await self._execute(_cmd.smove(self._codec, source, destination, member))

    @overload
    async def sort(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
        store: None = None,
    ) -> list[V]: ...
    @overload
    async def sort(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value],
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
        store: None = None,
    ) -> list[V | None]: ...
    @overload
    async def sort(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
        store: Key,
    ) -> int: ...
    @overload
    async def sort(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value],
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
        store: Key,
    ) -> int: ...
    @overload
    async def sort(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value] | None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
        store: Key | None = None,
    ) -> list[V] | list[V | None] | int: ...
    async def sort(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value] | None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
        store: Key | None = None,
    ) -> list[V] | list[V | None] | int:
        """Sort the elements of a list, set or sorted set, optionally fetching related keys or storing the result.

        Complexity: O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sort/

        Returns:
            by default: the sorted elements
            get given: the values fetched by the GET patterns, in order; None where a referenced key is missing
            store given: the number of elements stored at the destination
            get given, store given: how many elements were stored in the destination
        """
        return await self._execute(
            _cmd.sort(self._codec, key, by, limit, get, asc, desc, alpha, store)
        )

    @overload
    async def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> list[V]: ...
    @overload
    async def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value],
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> list[V | None]: ...
    @overload
    async def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value] | None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> list[V] | list[V | None]: ...
    async def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value] | None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> list[V] | list[V | None]:
        """Return the sorted elements of a list, set or sorted set; the read-only twin of SORT without STORE.

        Complexity: O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sort_ro/

        Returns:
            by default: the sorted elements
            get given: the values fetched by the GET patterns, in order; None where a referenced key is missing
        """
        return await self._execute(_cmd.sort_ro(self._codec, key, by, limit, get, asc, desc, alpha))

    @overload
    async def spop(self, key: Key, *, count: None = None) -> V | None: ...
    @overload
    async def spop(self, key: Key, *, count: int) -> list[V]: ...
    @overload
    async def spop(self, key: Key, *, count: int | None = None) -> V | list[V] | None: ...
    async def spop(self, key: Key, *, count: int | None = None) -> V | list[V] | None:
        """Pop one or more randomly chosen members out of a set.

        Complexity: Without the count argument O(1), otherwise O(N) where N is the value of the passed count.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/spop/

        Returns:
            by default: one removed member, or None when the key is missing
            count given: the removed members; empty when the key is missing
        """
        return await self._execute(_cmd.spop(self._codec, key, count))

    async def spublish(self, shardchannel: Value, message: Value) -> int:
        """Send a message to every subscriber of a shard channel.

        Complexity: O(N) where N is the number of clients subscribed to the receiving shard channel.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/spublish/

        Redis does not flag this command `write`; it is marked `write` (not idempotent) here because it has an effect outside the data set: a retry after a timeout would deliver the message twice, so it must not be retried like a read.

        Returns: how many subscribers received it
        """
        return await self._execute(_cmd.spublish(self._codec, shardchannel, message))

    @overload
    async def srandmember(self, key: Key, *, count: None = None) -> V | None: ...
    @overload
    async def srandmember(self, key: Key, *, count: int) -> list[V]: ...
    @overload
    async def srandmember(self, key: Key, *, count: int | None = None) -> V | list[V] | None: ...
    async def srandmember(self, key: Key, *, count: int | None = None) -> V | list[V] | None:
        """Pick random members of a set without removing them.

        Complexity: Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/srandmember/

        Returns:
            by default: one member, or None when the key is missing
            count given: the picked members (distinct when count is positive, possibly repeated when negative)
        """
        return await self._execute(_cmd.srandmember(self._codec, key, count))

    async def srem(self, key: Key, *members: Value) -> int:
        """Delete the given members from a set.

        Complexity: O(N) where N is the number of members to be removed.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/srem/

        Returns: how many members were removed
        """
        return await self._execute(_cmd.srem(self._codec, key, *members))

    async def sscan(
        self, key: Key, cursor: int = 0, *, match: Value | None = None, count: int | None = None
    ) -> tuple[int, list[V]]:
        """Walk the members of a set incrementally with a cursor.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sscan/

        Returns: the next cursor (0 when the walk is complete) and a batch of members
        """
        return await self._execute(_cmd.sscan(self._codec, key, cursor, match, count))

    async def strlen(self, key: Key) -> int:
        """Give the length in bytes of the string at a key.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/strlen/

        Returns: the length; 0 when the key is missing
        """
        return await self._execute(_cmd.strlen(self._codec, key))

    async def substr(self, key: Key, start: int, end: int) -> V:
        """Read a slice of the string at a key (older name of GETRANGE).

        Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/substr/

        Returns: the bytes in the range; empty when the key is missing or the range is out of bounds
        """
        return await self._execute(_cmd.substr(self._codec, key, start, end))

    async def sunion(self, *keys: Key) -> list[V]:
        """Compute the members present in any of the given sets.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sunion/

        Returns: the resulting members
        """
        return await self._execute(_cmd.sunion(self._codec, *keys))

    async def sunionstore(self, destination: Key, *keys: Key) -> int:
        """Compute the union of sets and store it at a destination key.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sunionstore/

        Returns: the number of members stored
        """
        return await self._execute(_cmd.sunionstore(self._codec, destination, *keys))

    async def time(self) -> tuple[int, int]:
        """Get the server's current time.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/time/

        Returns: (Unix time in seconds, microseconds within that second)
        """
        return await self._execute(_cmd.time(self._codec))

    async def touch(self, *keys: Key) -> int:
        """Mark keys as recently used and count how many exist.

        Complexity: O(N) where N is the number of keys that will be touched.
        Since: Redis 3.2.1 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/touch/

        Returns: the number of existing keys touched
        """
        return await self._execute(_cmd.touch(self._codec, *keys))

    async def ttl(self, key: Key) -> int:
        """Tell how many seconds remain before a key expires.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/ttl/

        Returns: seconds left; -1 when the key has no expiry, -2 when it does not exist
        """
        return await self._execute(_cmd.ttl(self._codec, key))

    async def type(self, key: Key) -> str:
        """Tell which data type is stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/type/

        Returns: string, list, set, zset, hash, stream, or none when the key does not exist
        """
        return await self._execute(_cmd.type(self._codec, key))

    async def unlink(self, *keys: Key) -> int:
        """Remove keys, reclaiming their memory in the background.

        Complexity: O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/unlink/

        Returns: how many of the keys existed and were removed
        """
        return await self._execute(_cmd.unlink(self._codec, *keys))

    async def xack(self, key: Key, group: Value, *ids: Value) -> int:
        """Acknowledge entries for a consumer group, removing them from its pending list.

        Complexity: O(1) for each message ID processed.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xack/

        Returns: the number of entries that were pending and are now acknowledged
        """
        return await self._execute(_cmd.xack(self._codec, key, group, *ids))

    async def xackdel(
        self,
        key: Key,
        group: Value,
        *ids: Value,
        keepref: bool = False,
        delref: bool = False,
        acked: bool = False,
    ) -> list[XAckDelResult]:
        """Acknowledge stream entries for a consumer group and delete them from the stream in the same step, with a choice of what happens to other groups' references.

        Complexity: O(1) for each entry ID processed.
        Since: Redis 8.2.0 · not in Valkey 9.1
        Docs: https://redis.io/docs/latest/commands/xackdel/

        keepref (the default) keeps other groups' pending references, delref removes them, acked deletes only entries every group has acknowledged.

        Returns: one code per id, in order: DELETED when acknowledged and deleted, REFERENCED when acknowledged but kept because other consumer groups still reference it, NOT_FOUND when the id is not in the stream (or the key does not exist)
        """
        return await self._execute(
            _cmd.xackdel(self._codec, key, group, *ids, keepref=keepref, delref=delref, acked=acked)
        )

    @overload
    async def xadd(
        self,
        key: Key,
        fields: SupportsItems[Value, Value],
        *,
        nomkstream: Literal[False] = False,
        strategy: Literal["MAXLEN", "MINID"] | None = None,
        equal: bool = False,
        approximately: bool = False,
        threshold: Value | None = None,
        limit: int | None = None,
        id: str | bytes = "*",
    ) -> V: ...
    @overload
    async def xadd(
        self,
        key: Key,
        fields: SupportsItems[Value, Value],
        *,
        nomkstream: Literal[True],
        strategy: Literal["MAXLEN", "MINID"] | None = None,
        equal: bool = False,
        approximately: bool = False,
        threshold: Value | None = None,
        limit: int | None = None,
        id: str | bytes = "*",
    ) -> V | None: ...
    @overload
    async def xadd(
        self,
        key: Key,
        fields: SupportsItems[Value, Value],
        *,
        nomkstream: bool = False,
        strategy: Literal["MAXLEN", "MINID"] | None = None,
        equal: bool = False,
        approximately: bool = False,
        threshold: Value | None = None,
        limit: int | None = None,
        id: str | bytes = "*",
    ) -> V | None: ...
    async def xadd(
        self,
        key: Key,
        fields: SupportsItems[Value, Value],
        *,
        nomkstream: bool = False,
        strategy: Literal["MAXLEN", "MINID"] | None = None,
        equal: bool = False,
        approximately: bool = False,
        threshold: Value | None = None,
        limit: int | None = None,
        id: str | bytes = "*",
    ) -> V | None:
        """Append an entry to a stream (auto id by default), optionally trimming the stream in the same call.

        Complexity: O(1) when adding a new entry, O(N) when trimming where N being the number of entries evicted.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xadd/

        id defaults to "*" (auto-generated) and is keyword-style in Python although it precedes the fields on the wire; trimming: strategy="MAXLEN"|"MINID", threshold, and optionally approximately/equal and limit.

        Returns:
            by default: the id of the new entry
            nomkstream=True: the id of the new entry; None when the stream did not exist
        """
        return await self._execute(
            _cmd.xadd(
                self._codec,
                key,
                fields,
                nomkstream,
                strategy,
                equal,
                approximately,
                threshold,
                limit,
                id,
            )
        )

    @overload
    async def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: Literal[False] = False,
    ) -> XAutoClaimResult[V]: ...
    @overload
    async def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: Literal[True],
    ) -> XAutoClaimJustIdResult[V]: ...
    @overload
    async def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: bool = False,
    ) -> XAutoClaimResult[V] | XAutoClaimJustIdResult[V]: ...
    async def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: bool = False,
    ) -> XAutoClaimResult[V] | XAutoClaimJustIdResult[V]:
        """Transfer to a consumer the group's pending entries idle for at least a given time, scanning from a start id.

        Complexity: O(1) if COUNT is small.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xautoclaim/

        Returns:
            by default: the next start id, the claimed entries and the ids of deleted entries
            justid=True: the next start id, the claimed ids and the ids of deleted entries
        """
        return await self._execute(
            _cmd.xautoclaim(self._codec, key, group, consumer, min_idle_time, start, count, justid)
        )

    @overload
    async def xclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        *ids: Value,
        idle: int | None = None,
        time: int | None = None,
        retrycount: int | None = None,
        force: bool = False,
        justid: Literal[False] = False,
        lastid: Value | None = None,
    ) -> list[StreamEntry[V]]: ...
    @overload
    async def xclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        *ids: Value,
        idle: int | None = None,
        time: int | None = None,
        retrycount: int | None = None,
        force: bool = False,
        justid: Literal[True],
        lastid: Value | None = None,
    ) -> list[V]: ...
    @overload
    async def xclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        *ids: Value,
        idle: int | None = None,
        time: int | None = None,
        retrycount: int | None = None,
        force: bool = False,
        justid: bool = False,
        lastid: Value | None = None,
    ) -> list[StreamEntry[V]] | list[V]: ...
    async def xclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        *ids: Value,
        idle: int | None = None,
        time: int | None = None,
        retrycount: int | None = None,
        force: bool = False,
        justid: bool = False,
        lastid: Value | None = None,
    ) -> list[StreamEntry[V]] | list[V]:
        """Transfer ownership of specific pending entries of a group to a consumer when they have been idle long enough.

        Complexity: O(log N) with N being the number of messages in the PEL of the consumer group.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xclaim/

        Returns:
            by default: the claimed entries (ids no longer in the stream are dropped from the PEL and omitted)
            justid=True: the ids of the claimed entries
        """
        return await self._execute(
            _cmd.xclaim(
                self._codec,
                key,
                group,
                consumer,
                min_idle_time,
                *ids,
                idle=idle,
                time=time,
                retrycount=retrycount,
                force=force,
                justid=justid,
                lastid=lastid,
            )
        )

    async def xdel(self, key: Key, *ids: Value) -> int:
        """Delete entries from a stream by id.

        Complexity: O(1) for each single item to delete in the stream, regardless of the stream size.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xdel/

        Returns: the number of entries deleted
        """
        return await self._execute(_cmd.xdel(self._codec, key, *ids))

    async def xdelex(
        self,
        key: Key,
        *ids: Value,
        keepref: bool = False,
        delref: bool = False,
        acked: bool = False,
    ) -> list[XDelExResult]:
        """Delete stream entries by id, with a choice of what happens to consumer groups' references to them.

        Complexity: O(1) for each single item to delete in the stream, regardless of the stream size.
        Since: Redis 8.2.0 · not in Valkey 9.1
        Docs: https://redis.io/docs/latest/commands/xdelex/

        keepref (the default) keeps consumer groups' pending references, delref removes them too, acked deletes only entries every group has acknowledged.

        Returns: one code per id, in order: DELETED when the entry was deleted, REFERENCED when it was kept because consumer groups still reference it (acked), NOT_FOUND when the id is not in the stream (or the key does not exist)
        """
        return await self._execute(
            _cmd.xdelex(self._codec, key, *ids, keepref=keepref, delref=delref, acked=acked)
        )

    async def xgroup_create(
        self,
        key: Key,
        groupname: Value,
        id: str | bytes = "$",
        *,
        mkstream: bool = False,
        entriesread: int | None = None,
    ) -> bool:
        """Create a consumer group on a stream starting at an id ($ for new entries only), optionally creating the stream.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-create/

        Returns: True once the group is created
        """
        return await self._execute(
            _cmd.xgroup_create(self._codec, key, groupname, id, mkstream, entriesread)
        )

    async def xgroup_createconsumer(self, key: Key, groupname: Value, consumername: Value) -> bool:
        """Create a consumer in a consumer group.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-createconsumer/

        Returns: True when created, False when it already existed
        """
        return await self._execute(
            _cmd.xgroup_createconsumer(self._codec, key, groupname, consumername)
        )

    async def xgroup_delconsumer(self, key: Key, groupname: Value, consumername: Value) -> int:
        """Delete a consumer from a consumer group, dropping its pending entries.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-delconsumer/

        Returns: the number of pending entries the consumer had
        """
        return await self._execute(
            _cmd.xgroup_delconsumer(self._codec, key, groupname, consumername)
        )

    async def xgroup_destroy(self, key: Key, groupname: Value) -> bool:
        """Delete a consumer group of a stream.

        Complexity: O(N) where N is the number of entries in the group's pending entries list (PEL).
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-destroy/

        Returns: True when the group existed and was deleted
        """
        return await self._execute(_cmd.xgroup_destroy(self._codec, key, groupname))

    async def xgroup_help(self) -> list[str]:
        """Help text for the XGROUP subcommands.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-help/

        Returns: lines of help text
        """
        return await self._execute(_cmd.xgroup_help(self._codec))

    async def xgroup_setid(
        self, key: Key, groupname: Value, id: str | bytes, *, entriesread: int | None = None
    ) -> bool:
        """Move a consumer group's last-delivered id (and optionally its read counter).

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-setid/

        Returns: True once the id is set
        """
        return await self._execute(_cmd.xgroup_setid(self._codec, key, groupname, id, entriesread))

    async def xinfo_consumers(self, key: Key, groupname: Value) -> list[XInfoConsumer[V]]:
        """List the consumers of a consumer group with their pending counts and idle times.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-consumers/

        Returns: one description per consumer
        """
        return await self._execute(_cmd.xinfo_consumers(self._codec, key, groupname))

    async def xinfo_groups(self, key: Key) -> list[XInfoGroup[V]]:
        """List the consumer groups of a stream with their progress.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-groups/

        Returns: one description per consumer group
        """
        return await self._execute(_cmd.xinfo_groups(self._codec, key))

    async def xinfo_help(self) -> list[str]:
        """Help text for the XINFO subcommands.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-help/

        Returns: lines of help text
        """
        return await self._execute(_cmd.xinfo_help(self._codec))

    @overload
    async def xinfo_stream(
        self, key: Key, *, full: Literal[False] = False, count: int | None = None
    ) -> XInfoStream[V]: ...
    @overload
    async def xinfo_stream(
        self, key: Key, *, full: Literal[True], count: int | None = None
    ) -> XInfoStreamFull[V]: ...
    @overload
    async def xinfo_stream(
        self, key: Key, *, full: bool = False, count: int | None = None
    ) -> XInfoStream[V] | XInfoStreamFull[V]: ...
    async def xinfo_stream(
        self, key: Key, *, full: bool = False, count: int | None = None
    ) -> XInfoStream[V] | XInfoStreamFull[V]:
        """Describe a stream; with full, also its entries, groups, consumers and pending lists.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-stream/

        The optional FULL block becomes full: bool plus count: int | None (count only with full; COUNT 0 means every entry).

        Returns:
            by default: the stream's summary
            full=True: the stream's detailed description
        """
        return await self._execute(_cmd.xinfo_stream(self._codec, key, full, count))

    async def xlen(self, key: Key) -> int:
        """Count the entries of a stream (0 when the key does not exist).

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xlen/

        Returns: the number of entries
        """
        return await self._execute(_cmd.xlen(self._codec, key))

    @overload
    async def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: None = None,
        consumer: Value | None = None,
    ) -> XPendingSummary[V]: ...
    @overload
    async def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: int,
        consumer: Value | None = None,
    ) -> list[XPendingEntry[V]]: ...
    @overload
    async def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: int | None = None,
        consumer: Value | None = None,
    ) -> XPendingSummary[V] | list[XPendingEntry[V]]: ...
    async def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: int | None = None,
        consumer: Value | None = None,
    ) -> XPendingSummary[V] | list[XPendingEntry[V]]:
        """Inspect a consumer group's pending entries: a summary, or (with start, end, count) the entries themselves.

        Complexity: O(N) with N being the number of elements returned, so asking for a small fixed number of entries per call is O(1). O(M), where M is the total number of entries scanned when used with the IDLE filter. When the command returns just the summary and the list of consumers is small, it runs in O(1) time; otherwise, an additional O(N) time for iterating every consumer.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xpending/

        start, end and count go together; idle and consumer need them.

        Returns:
            by default: the summary of the group's pending entries
            count given: the pending entries in the id range
        """
        return await self._execute(
            _cmd.xpending(self._codec, key, group, idle, start, end, count, consumer)
        )

    async def xrange(
        self, key: Key, start: Value = "-", end: Value = "+", *, count: int | None = None
    ) -> list[StreamEntry[V]]:
        """Entries of a stream between two ids, oldest first, optionally limited to count.

        Complexity: O(N) with N being the number of elements being returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xrange/

        Returns: the entries in the range
        """
        return await self._execute(_cmd.xrange(self._codec, key, start, end, count))

    async def xread(
        self, streams: SupportsItems[Key, Value], *, count: int | None = None
    ) -> list[XReadStream[V]] | None:
        """Read entries with ids greater than the given ones from one or more streams (never blocks here).

        Complexity: For each stream mentioned: O(N) with N being the number of elements being returned, it means that XREAD-ing with a fixed COUNT is O(1). Note that when the BLOCK option is used, XADD will pay O(M) time in order to serve the M clients blocked on the stream getting new data.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xread/

        Offered without BLOCK: blocking reads cannot be served over HTTP, so the BLOCK argument was removed. streams maps each stream key to the id to read after; on the wire all keys come first, then all ids.

        Returns: the new entries per stream that has any; None when no stream has new entries
        """
        return await self._execute(_cmd.xread(self._codec, streams, count))

    async def xreadgroup(
        self,
        group: Value,
        consumer: Value,
        streams: SupportsItems[Key, Value],
        *,
        count: int | None = None,
        noack: bool = False,
    ) -> list[XReadGroupStream[V]] | None:
        """Read entries as a consumer of a group: new ones (id >) or the consumer's own pending history (never blocks here).

        Complexity: For each stream mentioned: O(M) with M being the number of elements returned. If M is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1). On the other side when XREADGROUP blocks, XADD will pay the O(N) time in order to serve the N clients blocked on the stream getting new data.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xreadgroup/

        Offered without BLOCK: blocking reads cannot be served over HTTP, so the BLOCK argument was removed. streams maps each stream key to an id (">" for new entries); on the wire all keys come first, then all ids.

        Returns: the delivered entries per stream; None when there is nothing to deliver
        """
        return await self._execute(
            _cmd.xreadgroup(self._codec, group, consumer, streams, count, noack)
        )

    async def xrevrange(
        self, key: Key, end: Value = "+", start: Value = "-", *, count: int | None = None
    ) -> list[StreamEntry[V]]:
        """Entries of a stream between two ids, newest first, optionally limited to count.

        Complexity: O(N) with N being the number of elements returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xrevrange/

        Returns: the entries in the range, newest first
        """
        return await self._execute(_cmd.xrevrange(self._codec, key, end, start, count))

    async def xsetid(
        self,
        key: Key,
        last_id: Value,
        *,
        entriesadded: int | None = None,
        maxdeletedid: Value | None = None,
    ) -> bool:
        """Set a stream's last generated id (and optionally its added-entries counter and max deleted id).

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xsetid/

        Returns: True once set
        """
        return await self._execute(
            _cmd.xsetid(self._codec, key, last_id, entriesadded, maxdeletedid)
        )

    async def xtrim(
        self,
        key: Key,
        strategy: Literal["MAXLEN", "MINID"],
        threshold: Value,
        *,
        equal: bool = False,
        approximately: bool = False,
        limit: int | None = None,
    ) -> int:
        """Trim a stream to a maximum length (MAXLEN) or drop entries below an id (MINID).

        Complexity: O(N), with N being the number of evicted entries. Constant times are very small however, since entries are organized in macro nodes containing multiple entries that can be released with a single deallocation.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xtrim/

        The required trim block is not a parameter of its own: strategy ("MAXLEN"|"MINID") and threshold are positional, equal/approximately/limit keyword-only.

        Returns: the number of entries removed
        """
        return await self._execute(
            _cmd.xtrim(self._codec, key, strategy, threshold, equal, approximately, limit)
        )

    @overload
    async def zadd(
        self,
        key: Key,
        mapping: SupportsItems[Value, float],
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
        ch: bool = False,
        incr: Literal[False] = False,
    ) -> int: ...
    @overload
    async def zadd(
        self,
        key: Key,
        mapping: SupportsItems[Value, float],
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
        ch: bool = False,
        incr: Literal[True],
    ) -> float | None: ...
    @overload
    async def zadd(
        self,
        key: Key,
        mapping: SupportsItems[Value, float],
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
        ch: bool = False,
        incr: bool = False,
    ) -> int | float | None: ...
    async def zadd(
        self,
        key: Key,
        mapping: SupportsItems[Value, float],
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
        ch: bool = False,
        incr: bool = False,
    ) -> int | float | None:
        """Add members with scores to a sorted set, or update their scores; INCR adds to one member's score.

        Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zadd/

        Returns:
            by default: the number of members added (with ch: added or whose score changed)
            incr=True: the member's new score; None when NX/XX/GT/LT prevented the update
        """
        return await self._execute(_cmd.zadd(self._codec, key, mapping, nx, xx, gt, lt, ch, incr))

    async def zcard(self, key: Key) -> int:
        """Count the members of a sorted set (0 when the key does not exist).

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zcard/

        Returns: the number of members
        """
        return await self._execute(_cmd.zcard(self._codec, key))

    async def zcount(self, key: Key, min: float | str, max: float | str) -> int:
        """Count the members whose score lies between two bounds.

        Complexity: O(log(N)) with N being the number of elements in the sorted set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zcount/

        Returns: the number of members in the score range
        """
        return await self._execute(_cmd.zcount(self._codec, key, min, max))

    @overload
    async def zdiff(self, *keys: Key, withscores: Literal[False] = False) -> list[V]: ...
    @overload
    async def zdiff(self, *keys: Key, withscores: Literal[True]) -> list[tuple[V, float]]: ...
    @overload
    async def zdiff(
        self, *keys: Key, withscores: bool = False
    ) -> list[V] | list[tuple[V, float]]: ...
    async def zdiff(self, *keys: Key, withscores: bool = False) -> list[V] | list[tuple[V, float]]:
        """Members of the first sorted set that appear in none of the others.

        Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zdiff/

        Returns:
            by default: the members of the difference
            withscores=True: the members of the difference, each with its score
        """
        return await self._execute(_cmd.zdiff(self._codec, *keys, withscores=withscores))

    async def zdiffstore(self, destination: Key, *keys: Key) -> int:
        """Store in a destination key the members of the first sorted set that appear in none of the others.

        Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zdiffstore/

        Returns: the number of members in the stored result
        """
        return await self._execute(_cmd.zdiffstore(self._codec, destination, *keys))

    async def zincrby(self, key: Key, increment: float, member: Value) -> float:
        """Add an amount to a member's score (creating it at 0 first if needed) and return the new score.

        Complexity: O(log(N)) where N is the number of elements in the sorted set.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zincrby/

        Returns: the member's new score
        """
        return await self._execute(_cmd.zincrby(self._codec, key, increment, member))

    @overload
    async def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[False] = False,
    ) -> list[V]: ...
    @overload
    async def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[True],
    ) -> list[tuple[V, float]]: ...
    @overload
    async def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: bool = False,
    ) -> list[V] | list[tuple[V, float]]: ...
    async def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: bool = False,
    ) -> list[V] | list[tuple[V, float]]:
        """Members present in every given sorted set, with scores combined by SUM, MIN or MAX.

        Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zinter/

        Returns:
            by default: the members of the intersection
            withscores=True: the members of the intersection, each with its score
        """
        return await self._execute(
            _cmd.zinter(
                self._codec, *keys, weights=weights, aggregate=aggregate, withscores=withscores
            )
        )

    async def zintercard(self, *keys: Key, limit: int | None = None) -> int:
        """Count the members of the intersection of sorted sets, optionally stopping at a limit.

        Complexity: O(N*K) worst case with N being the smallest input sorted set, K being the number of input sorted sets.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zintercard/

        Returns: the size of the intersection (capped at limit when given)
        """
        return await self._execute(_cmd.zintercard(self._codec, *keys, limit=limit))

    async def zinterstore(
        self,
        destination: Key,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
    ) -> int:
        """Store in a destination key the intersection of sorted sets, with scores combined by SUM, MIN or MAX.

        Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zinterstore/

        Returns: the number of members in the stored result
        """
        return await self._execute(
            _cmd.zinterstore(self._codec, destination, *keys, weights=weights, aggregate=aggregate)
        )

    async def zlexcount(self, key: Key, min: Value, max: Value) -> int:
        """Count the members between two lexicographic bounds (for sets whose scores are all equal).

        Complexity: O(log(N)) with N being the number of elements in the sorted set.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zlexcount/

        Returns: the number of members in the lexicographic range
        """
        return await self._execute(_cmd.zlexcount(self._codec, key, min, max))

    async def zmpop(
        self, keys: Sequence[Key], where: Literal["MIN", "MAX"], *, count: int | None = None
    ) -> ZMPopResult[V] | None:
        """Pop up to count lowest- or highest-scored members from the first non-empty sorted set among several keys.

        Complexity: O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zmpop/

        Returns: the key popped from and the popped members with scores; None when every key is empty
        """
        return await self._execute(_cmd.zmpop(self._codec, keys, where, count))

    async def zmscore(self, key: Key, *members: Value) -> list[float | None]:
        """Look up the scores of several members at once.

        Complexity: O(N) where N is the number of members being requested.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zmscore/

        Returns: the score of each member, None for a member that is absent
        """
        return await self._execute(_cmd.zmscore(self._codec, key, *members))

    @overload
    async def zpopmax(self, key: Key, *, count: None = None) -> tuple[V, float] | None: ...
    @overload
    async def zpopmax(self, key: Key, *, count: int) -> list[tuple[V, float]]: ...
    @overload
    async def zpopmax(
        self, key: Key, *, count: int | None = None
    ) -> tuple[V, float] | list[tuple[V, float]] | None: ...
    async def zpopmax(
        self, key: Key, *, count: int | None = None
    ) -> tuple[V, float] | list[tuple[V, float]] | None:
        """Remove and return the highest-scored members (one unless count is given).

        Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zpopmax/

        Returns:
            by default: the highest-scored member with its score, or None when the key does not exist
            count given: up to count members with their scores, highest first; empty when the key does not exist
        """
        return await self._execute(_cmd.zpopmax(self._codec, key, count))

    @overload
    async def zpopmin(self, key: Key, *, count: None = None) -> tuple[V, float] | None: ...
    @overload
    async def zpopmin(self, key: Key, *, count: int) -> list[tuple[V, float]]: ...
    @overload
    async def zpopmin(
        self, key: Key, *, count: int | None = None
    ) -> tuple[V, float] | list[tuple[V, float]] | None: ...
    async def zpopmin(
        self, key: Key, *, count: int | None = None
    ) -> tuple[V, float] | list[tuple[V, float]] | None:
        """Remove and return the lowest-scored members (one unless count is given).

        Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zpopmin/

        Returns:
            by default: the lowest-scored member with its score, or None when the key does not exist
            count given: up to count members with their scores, lowest first; empty when the key does not exist
        """
        return await self._execute(_cmd.zpopmin(self._codec, key, count))

    @overload
    async def zrandmember(
        self, key: Key, *, count: None = None, withscores: Literal[False] = False
    ) -> V | None: ...
    @overload
    async def zrandmember(
        self, key: Key, *, count: int, withscores: Literal[False] = False
    ) -> list[V]: ...
    @overload
    async def zrandmember(
        self, key: Key, *, count: int, withscores: Literal[True]
    ) -> list[tuple[V, float]]: ...
    @overload
    async def zrandmember(
        self, key: Key, *, count: int | None = None, withscores: bool = False
    ) -> V | list[V] | list[tuple[V, float]] | None: ...
    async def zrandmember(
        self, key: Key, *, count: int | None = None, withscores: bool = False
    ) -> V | list[V] | list[tuple[V, float]] | None:
        """Pick random members of a sorted set without removing them (a negative count allows repeats).

        Complexity: O(N) where N is the number of elements returned
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrandmember/

        withscores is only valid together with count.

        Returns:
            by default: one random member; None when the key does not exist
            count given: random members (distinct when count > 0)
            count given, withscores=True: random members with their scores
        """
        return await self._execute(_cmd.zrandmember(self._codec, key, count, withscores))

    @overload
    async def zrange(
        self,
        key: Key,
        start: Value,
        stop: Value,
        *,
        byscore: bool = False,
        bylex: bool = False,
        rev: bool = False,
        limit: tuple[int, int] | None = None,
        withscores: Literal[False] = False,
    ) -> list[V]: ...
    @overload
    async def zrange(
        self,
        key: Key,
        start: Value,
        stop: Value,
        *,
        byscore: bool = False,
        bylex: bool = False,
        rev: bool = False,
        limit: tuple[int, int] | None = None,
        withscores: Literal[True],
    ) -> list[tuple[V, float]]: ...
    @overload
    async def zrange(
        self,
        key: Key,
        start: Value,
        stop: Value,
        *,
        byscore: bool = False,
        bylex: bool = False,
        rev: bool = False,
        limit: tuple[int, int] | None = None,
        withscores: bool = False,
    ) -> list[V] | list[tuple[V, float]]: ...
    async def zrange(
        self,
        key: Key,
        start: Value,
        stop: Value,
        *,
        byscore: bool = False,
        bylex: bool = False,
        rev: bool = False,
        limit: tuple[int, int] | None = None,
        withscores: bool = False,
    ) -> list[V] | list[tuple[V, float]]:
        """Members of a sorted set by rank, score (byscore) or lexicographic (bylex) range, optionally reversed and paged.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrange/

        Returns:
            by default: the members in the range, in order
            withscores=True: the members in the range, in order, each with its score
        """
        return await self._execute(
            _cmd.zrange(self._codec, key, start, stop, byscore, bylex, rev, limit, withscores)
        )

    async def zrangebylex(
        self, key: Key, min: Value, max: Value, *, limit: tuple[int, int] | None = None
    ) -> list[V]:
        """Members between two lexicographic bounds, optionally paged (legacy form of ZRANGE BYLEX).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrangebylex/

        Returns: the members in the range
        """
        return await self._execute(_cmd.zrangebylex(self._codec, key, min, max, limit))

    @overload
    async def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: Literal[False] = False,
        limit: tuple[int, int] | None = None,
    ) -> list[V]: ...
    @overload
    async def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: Literal[True],
        limit: tuple[int, int] | None = None,
    ) -> list[tuple[V, float]]: ...
    @overload
    async def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: bool = False,
        limit: tuple[int, int] | None = None,
    ) -> list[V] | list[tuple[V, float]]: ...
    async def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: bool = False,
        limit: tuple[int, int] | None = None,
    ) -> list[V] | list[tuple[V, float]]:
        """Members whose score lies between two bounds, lowest first (legacy form of ZRANGE BYSCORE).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 1.0.5 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrangebyscore/

        Returns:
            by default: the members in the score range, lowest score first
            withscores=True: the members in the score range, lowest score first, each with its score
        """
        return await self._execute(
            _cmd.zrangebyscore(self._codec, key, min, max, withscores, limit)
        )

    async def zrangestore(
        self,
        dst: Key,
        src: Key,
        min: Value,
        max: Value,
        *,
        byscore: bool = False,
        bylex: bool = False,
        rev: bool = False,
        limit: tuple[int, int] | None = None,
    ) -> int:
        """Copy the members of a rank, score or lexicographic range of one sorted set into a destination key.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored into the destination key.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrangestore/

        Returns: the number of members stored
        """
        return await self._execute(
            _cmd.zrangestore(self._codec, dst, src, min, max, byscore, bylex, rev, limit)
        )

    @overload
    async def zrank(
        self, key: Key, member: Value, *, withscore: Literal[False] = False
    ) -> int | None: ...
    @overload
    async def zrank(
        self, key: Key, member: Value, *, withscore: Literal[True]
    ) -> tuple[int, float] | None: ...
    @overload
    async def zrank(
        self, key: Key, member: Value, *, withscore: bool = False
    ) -> int | tuple[int, float] | None: ...
    async def zrank(
        self, key: Key, member: Value, *, withscore: bool = False
    ) -> int | tuple[int, float] | None:
        """Position of a member when the set is ordered from lowest to highest score (0-based).

        Complexity: O(log(N))
        Since: Redis 2.0.0 · every Valkey release
        Option `withscore`: Redis 7.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrank/

        Returns:
            by default: the member's rank; None when the member or key does not exist
            withscore=True: the member's rank and its score; None when the member or key does not exist
        """
        return await self._execute(_cmd.zrank(self._codec, key, member, withscore))

    async def zrem(self, key: Key, *members: Value) -> int:
        """Delete the given members from a sorted set, ignoring absent ones.

        Complexity: O(M*log(N)) with N being the number of elements in the sorted set and M the number of elements to be removed.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrem/

        Returns: the number of members actually removed
        """
        return await self._execute(_cmd.zrem(self._codec, key, *members))

    async def zremrangebylex(self, key: Key, min: Value, max: Value) -> int:
        """Delete every member between two lexicographic bounds.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zremrangebylex/

        Returns: the number of members removed
        """
        return await self._execute(_cmd.zremrangebylex(self._codec, key, min, max))

    async def zremrangebyrank(self, key: Key, start: int, stop: int) -> int:
        """Delete every member whose rank lies between two positions.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zremrangebyrank/

        Returns: the number of members removed
        """
        return await self._execute(_cmd.zremrangebyrank(self._codec, key, start, stop))

    async def zremrangebyscore(self, key: Key, min: float | str, max: float | str) -> int:
        """Delete every member whose score lies between two bounds.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zremrangebyscore/

        Returns: the number of members removed
        """
        return await self._execute(_cmd.zremrangebyscore(self._codec, key, min, max))

    @overload
    async def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: Literal[False] = False
    ) -> list[V]: ...
    @overload
    async def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: Literal[True]
    ) -> list[tuple[V, float]]: ...
    @overload
    async def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: bool = False
    ) -> list[V] | list[tuple[V, float]]: ...
    async def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: bool = False
    ) -> list[V] | list[tuple[V, float]]:
        """Members by rank with the highest score first (legacy form of ZRANGE REV).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrange/

        Returns:
            by default: the members in the rank range, highest score first
            withscores=True: the members in the rank range, highest score first, each with its score
        """
        return await self._execute(_cmd.zrevrange(self._codec, key, start, stop, withscores))

    async def zrevrangebylex(
        self, key: Key, max: Value, min: Value, *, limit: tuple[int, int] | None = None
    ) -> list[V]:
        """Members between two lexicographic bounds in descending order (legacy form of ZRANGE BYLEX REV).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrangebylex/

        Returns: the members in the range, descending
        """
        return await self._execute(_cmd.zrevrangebylex(self._codec, key, max, min, limit))

    @overload
    async def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: Literal[False] = False,
        limit: tuple[int, int] | None = None,
    ) -> list[V]: ...
    @overload
    async def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: Literal[True],
        limit: tuple[int, int] | None = None,
    ) -> list[tuple[V, float]]: ...
    @overload
    async def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: bool = False,
        limit: tuple[int, int] | None = None,
    ) -> list[V] | list[tuple[V, float]]: ...
    async def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: bool = False,
        limit: tuple[int, int] | None = None,
    ) -> list[V] | list[tuple[V, float]]:
        """Members whose score lies between two bounds, highest first (legacy form of ZRANGE BYSCORE REV).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrangebyscore/

        Returns:
            by default: the members in the score range, highest score first
            withscores=True: the members in the score range, highest score first, each with its score
        """
        return await self._execute(
            _cmd.zrevrangebyscore(self._codec, key, max, min, withscores, limit)
        )

    @overload
    async def zrevrank(
        self, key: Key, member: Value, *, withscore: Literal[False] = False
    ) -> int | None: ...
    @overload
    async def zrevrank(
        self, key: Key, member: Value, *, withscore: Literal[True]
    ) -> tuple[int, float] | None: ...
    @overload
    async def zrevrank(
        self, key: Key, member: Value, *, withscore: bool = False
    ) -> int | tuple[int, float] | None: ...
    async def zrevrank(
        self, key: Key, member: Value, *, withscore: bool = False
    ) -> int | tuple[int, float] | None:
        """Position of a member when the set is ordered from highest to lowest score (0-based).

        Complexity: O(log(N))
        Since: Redis 2.0.0 · every Valkey release
        Option `withscore`: Redis 7.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrank/

        Returns:
            by default: the member's reverse rank; None when the member or key does not exist
            withscore=True: the member's reverse rank and its score; None when the member or key does not exist
        """
        return await self._execute(_cmd.zrevrank(self._codec, key, member, withscore))

    @overload
    async def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: Literal[False] = False,
    ) -> tuple[int, list[tuple[V, float]]]: ...
    @overload
    async def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: Literal[True],
    ) -> tuple[int, list[V]]: ...
    @overload
    async def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: bool = False,
    ) -> tuple[int, list[tuple[V, float]]] | tuple[int, list[V]]: ...
    async def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: bool = False,
    ) -> tuple[int, list[tuple[V, float]]] | tuple[int, list[V]]:
        """Walk a sorted set a page at a time with a cursor, getting members and scores.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        Since: Redis 2.8.0 · every Valkey release
        Option `noscores`: not in Redis 8.2 · Valkey 8.0.0
        Docs: https://redis.io/docs/latest/commands/zscan/

        Returns:
            by default: the next cursor (0 when the walk is complete) and a page of members with scores
            noscores=True: the next cursor (0 when the walk is complete) and a page of members, without their scores
        """
        return await self._execute(_cmd.zscan(self._codec, key, cursor, match, count, noscores))

    async def zscore(self, key: Key, member: Value) -> float | None:
        """The score of one member of a sorted set.

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zscore/

        Returns: the score; None when the member or key does not exist
        """
        return await self._execute(_cmd.zscore(self._codec, key, member))

    @overload
    async def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[False] = False,
    ) -> list[V]: ...
    @overload
    async def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[True],
    ) -> list[tuple[V, float]]: ...
    @overload
    async def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: bool = False,
    ) -> list[V] | list[tuple[V, float]]: ...
    async def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: bool = False,
    ) -> list[V] | list[tuple[V, float]]:
        """Members present in any of the given sorted sets, with scores combined by SUM, MIN or MAX.

        Complexity: O(N)+O(M*log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zunion/

        Returns:
            by default: the members of the union
            withscores=True: the members of the union, each with its score
        """
        return await self._execute(
            _cmd.zunion(
                self._codec, *keys, weights=weights, aggregate=aggregate, withscores=withscores
            )
        )

    async def zunionstore(
        self,
        destination: Key,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
    ) -> int:
        """Store in a destination key the union of sorted sets, with scores combined by SUM, MIN or MAX.

        Complexity: O(N)+O(M log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zunionstore/

        Returns: the number of members in the stored result
        """
        return await self._execute(
            _cmd.zunionstore(self._codec, destination, *keys, weights=weights, aggregate=aggregate)
        )


class AsyncJsonCommands(Generic[V]):
    """RedisJSON commands (module ReJSON) of a `AsyncRedis`: `r.json`.

    The server needs the module loaded; each method sends one command, like the client's own.
    """

    __slots__ = ("_codec", "_execute")

    def __init__(self, codec: Codec[V], execute: AsyncExecutor) -> None:
        self._codec: Codec[V] = codec
        self._execute = execute

    async def arrappend(self, key: Key, path: str, *values: object) -> list[int | None]:
        """Append JSON values to the arrays a JSONPath matches.

        Complexity: O(1) per value added; O(N) for N matches
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrappend/

        Returns: each array's new length, one item per value the path matched (None where the match is not an array)
        """
        return await self._execute(_cmd.json_arrappend(self._codec, key, path, *values))

    async def arrindex(
        self,
        key: Key,
        path: str,
        value: object,
        *,
        start: int | None = None,
        stop: int | None = None,
    ) -> list[int | None]:
        """Position of the first element equal to a JSON value in the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array; O(N) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrindex/

        `stop` needs `start` (the server refuses a stop alone); both may be negative, counted from the end.

        Returns: the 0-based position or -1 when absent, one item per value the path matched (None where the match is not an array)
        """
        return await self._execute(_cmd.json_arrindex(self._codec, key, path, value, start, stop))

    async def arrinsert(self, key: Key, path: str, index: int, *values: object) -> list[int | None]:
        """Insert JSON values before a position of the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array; O(N) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrinsert/

        Returns: each array's new length, one item per value the path matched (None where the match is not an array)
        """
        return await self._execute(_cmd.json_arrinsert(self._codec, key, path, index, *values))

    async def arrlen(self, key: Key, path: str = "$") -> list[int | None]:
        """Length of the arrays a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrlen/

        Returns: each array's length, one item per value the path matched (None where the match is not an array)
        """
        return await self._execute(_cmd.json_arrlen(self._codec, key, path))

    async def arrpop(
        self, key: Key, path: str = "$", *, index: int | None = None
    ) -> list[JSONDocument | None]:
        """Remove and return an element (the last by default) of the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array (O(1) for the last element); per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrpop/

        Returns: each removed element decoded, one item per value the path matched (None where the match is not an array or is empty)
        """
        return await self._execute(_cmd.json_arrpop(self._codec, key, path, index))

    async def arrtrim(self, key: Key, path: str, start: int, stop: int) -> list[int | None]:
        """Keep only the elements between two positions (inclusive) of the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array; per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrtrim/

        Returns: each array's new length, one item per value the path matched (None where the match is not an array)
        """
        return await self._execute(_cmd.json_arrtrim(self._codec, key, path, start, stop))

    async def clear(self, key: Key, path: str = "$") -> int:
        """Empty the arrays and objects and zero the numbers a path matches.

        Complexity: O(N) where N is the number of values cleared
        Since: RedisJSON 2.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.clear/

        Without a path the whole document is cleared; a missing key is an error.

        Returns: how many values were cleared (arrays and objects emptied, numbers set to 0)
        """
        return await self._execute(_cmd.json_clear(self._codec, key, path))

    async def debug_memory(self, key: Key, path: str = "$") -> list[int]:
        """Memory used by the values a JSONPath matches (JSON.DEBUG MEMORY).

        Complexity: O(N) where N is the size of the value
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.debug/

        JSON.DEBUG also has a HELP form, which only describes this one.

        Returns: bytes used by each value, one item per value the path matched (empty when the key does not exist)
        """
        return await self._execute(_cmd.json_debug_memory(self._codec, key, path))

    async def delete(self, key: Key, path: str = "$") -> int:
        """Delete the values a path matches (the whole key without a path).

        Complexity: O(N) where N is the size of the deleted values
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.del/

        Returns: how many values were deleted (0 when the key or the path does not exist)
        """
        return await self._execute(_cmd.json_delete(self._codec, key, path))

    async def forget(self, key: Key, path: str = "$") -> int:
        """The same as JSON.DEL: delete the values a path matches.

        Complexity: O(N) where N is the size of the deleted values
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.forget/

        Returns: how many values were deleted
        """
        return await self._execute(_cmd.json_forget(self._codec, key, path))

    @overload
    async def get(self, key: Key, *paths: str, type: None = None) -> JSONDocument | None: ...
    @overload
    async def get(self, key: Key, *paths: str, type: builtins.type[D]) -> D | None: ...
    @overload
    async def get(
        self, key: Key, *paths: str, type: builtins.type[D] | None = None
    ) -> JSONDocument | D | None: ...
    async def get(
        self, key: Key, *paths: str, type: builtins.type[D] | None = None
    ) -> JSONDocument | D | None:
        """Read a JSON document, or the values one or more paths match, decoded (into your type with `type=`).

        Complexity: O(N) where N is the size of the values read
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.get/

        The server's INDENT/NEWLINE/SPACE formatting options are not offered: the reply is decoded, so its layout does not reach you.

        Returns:
            by default: the document decoded: without a path the whole document; with one JSONPath (`$...`) a list of the matches; with one legacy path the value; with several paths an object of path -> matches. None when the key does not exist
            type given: the same, decoded and validated into `type` (a validation error names the failing position, never the value); None when the key does not exist
        """
        return await self._execute(_cmd.json_get(self._codec, key, *paths, type=type))

    async def merge(self, key: Key, path: str, value: object) -> bool:
        """Merge a JSON value into the values a path matches (RFC 7396 merge patch: null deletes).

        Complexity: O(M+N) where M is the size of the original value and N of the merged one; per match
        Since: RedisJSON 2.6.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.merge/

        Returns: True
        """
        return await self._execute(_cmd.json_merge(self._codec, key, path, value))

    @overload
    async def mget(
        self, *keys: Key, path: str = "$", type: None = None
    ) -> list[JSONDocument | None]: ...
    @overload
    async def mget(self, *keys: Key, path: str = "$", type: builtins.type[D]) -> list[D | None]: ...
    @overload
    async def mget(
        self, *keys: Key, path: str = "$", type: builtins.type[D] | None = None
    ) -> list[JSONDocument | None] | list[D | None]: ...
    async def mget(
        self, *keys: Key, path: str = "$", type: builtins.type[D] | None = None
    ) -> list[JSONDocument | None] | list[D | None]:
        """Read the values one path matches in several JSON documents, decoded (into your type with `type=`).

        Complexity: O(M*N) where M is the number of keys and N the size of the values read
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.mget/

        Returns:
            by default: per key: the matches decoded (a list for a JSONPath, the value for a legacy path), None where the key does not exist
            type given: the same, each decoded and validated into `type`
        """
        return await self._execute(_cmd.json_mget(self._codec, *keys, path=path, type=type))

    async def mset(self, *triplets: tuple[Key, str, object]) -> bool:
        """Set JSON values in several documents at once (atomically).

        Complexity: O(K*(M+N)) where K is the number of triplets, M the size of the original value and N of the new one
        Since: RedisJSON 2.6.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.mset/

        Each item is `(key, path, value)`; the value is any JSON-encodable Python value.

        Returns: True
        """
        return await self._execute(_cmd.json_mset(self._codec, *triplets))

    async def numincrby(self, key: Key, path: str, value: int | float) -> JSONDocument:
        """Add a number to the numbers a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.numincrby/

        Returns: the new values, one item per value the path matched, as a list (None where the match is not a number)
        """
        return await self._execute(_cmd.json_numincrby(self._codec, key, path, value))

    async def nummultby(self, key: Key, path: str, value: int | float) -> JSONDocument:
        """Multiply the numbers a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.nummultby/

        Returns: the new values, one item per value the path matched, as a list (None where the match is not a number)
        """
        return await self._execute(_cmd.json_nummultby(self._codec, key, path, value))

    async def numpowby(self, key: Key, path: str, value: int | float) -> JSONDocument:
        """Raise the numbers a JSONPath matches to a power.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.numpowby/

        Listed by RedisJSON 2.8 but left out of its documentation; the Upstash SDKs do not offer it.

        Returns: the new values, one item per value the path matched, as a list (None where the match is not a number)
        """
        return await self._execute(_cmd.json_numpowby(self._codec, key, path, value))

    async def objkeys(self, key: Key, path: str = "$") -> list[list[str] | None]:
        """Keys of the objects a JSONPath matches.

        Complexity: O(N) where N is the number of keys; per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.objkeys/

        Returns: each object's keys, one item per value the path matched (None where the match is not an object)
        """
        return await self._execute(_cmd.json_objkeys(self._codec, key, path))

    async def objlen(self, key: Key, path: str = "$") -> list[int | None]:
        """Number of keys of the objects a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.objlen/

        Returns: each object's number of keys, one item per value the path matched (None where the match is not an object)
        """
        return await self._execute(_cmd.json_objlen(self._codec, key, path))

    async def resp(self, key: Key, path: str = "$") -> JSONValue[V]:
        """The values a JSONPath matches in Redis's own reply shapes (objects as ['{', k, v, ...], arrays as ['[', ...]).

        Complexity: O(N) where N is the size of the values
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.resp/

        Returns: the matches as nested Redis replies (numbers as strings or integers; None when the key does not exist)
        """
        return await self._execute(_cmd.json_resp(self._codec, key, path))

    async def set(
        self, key: Key, path: str, value: object, *, nx: bool = False, xx: bool = False
    ) -> bool:
        """Set a JSON value at a path (a whole new document at `$`).

        Complexity: O(M+N) where M is the size of the original value and N of the new one
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.set/

        Returns: True when set; False when NX or XX prevented it (or the path's parent does not exist)
        """
        return await self._execute(_cmd.json_set(self._codec, key, path, value, nx, xx))

    async def strappend(self, key: Key, path: str, value: str) -> list[int | None]:
        """Append text to the strings a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.strappend/

        `value` is the text to append (sent JSON-encoded, as the server expects).

        Returns: each string's new length, one item per value the path matched (None where the match is not a string)
        """
        return await self._execute(_cmd.json_strappend(self._codec, key, path, value))

    async def strlen(self, key: Key, path: str = "$") -> list[int | None]:
        """Length of the strings a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.strlen/

        Returns: each string's length, one item per value the path matched (None where the match is not a string)
        """
        return await self._execute(_cmd.json_strlen(self._codec, key, path))

    async def toggle(self, key: Key, path: str) -> list[bool | None]:
        """Flip the booleans a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 2.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.toggle/

        Returns: each boolean's new value, one item per value the path matched (None where the match is not a boolean)
        """
        return await self._execute(_cmd.json_toggle(self._codec, key, path))

    async def type(self, key: Key, path: str = "$") -> list[str] | None:
        """JSON type names of the values a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.type/

        Returns: `object`, `array`, `string`, `integer`, `number`, `boolean` or `null`, one item per value the path matched; None when the key does not exist
        """
        return await self._execute(_cmd.json_type(self._codec, key, path))
