# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 58a4a3c71e417b956222e3957a8570ef66308fa6ae878a3bd89c5740a3e4e953).
# Part of the package `redisrest._generated`: the repository's generated/_generated/, which
# src/redisrest/_generated links to. Users import its public names from `redisrest`
# and `redisrest.types`.
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""`Pipeline` and `AsyncPipeline`: queue typed commands, send them in one request.

Each method returns the pipeline with the command's result type appended, so
`r.pipeline().set("a", "1").incr("n").exec()` is typed `tuple[bool, int]`.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Generic, Literal, cast, overload

from typing_extensions import Unpack

from redisrest import _convert as _cv
from redisrest._command import READONLY, WRITE, Arg, Codec, Command, D, Enqueue, T, Ts, V
from redisrest._encoding import any_command
from redisrest._pipeline import AsyncPipelineBase, SyncPipelineBase

# Each method holds its command's builder body, which names commands.py's reply objects
# (private to this generated package, shared by its modules).
# pyright: reportPrivateUsage=false
from .commands import (
    _R_FunctionStats,
    _R_LcsIdx,
    _R_LcsIdxWithLen,
    _R_V,
    _R_XAutoClaimJustIdResult,
    _R_XAutoClaimResult,
    _R_XInfoStream,
    _R_XInfoStreamFull,
    _R_XPendingSummary,
    _R_bool,
    _R_bytes,
    _R_dict_V_V,
    _R_dict_V_int,
    _R_dict_str_CommandDoc,
    _R_dict_str_str,
    _R_first_pairs_V_float,
    _R_float,
    _R_int,
    _R_json,
    _R_jsondoc,
    _R_list_FunctionLibrary,
    _R_list_GeoSearchWithCoord,
    _R_list_GeoSearchWithDist,
    _R_list_GeoSearchWithDistCoord,
    _R_list_GeoSearchWithDistHash,
    _R_list_GeoSearchWithDistHashCoord,
    _R_list_GeoSearchWithHash,
    _R_list_GeoSearchWithHashCoord,
    _R_list_HashFieldExpire,
    _R_list_HashFieldPersist,
    _R_list_StreamEntry,
    _R_list_V,
    _R_list_XAckDelResult,
    _R_list_XDelExResult,
    _R_list_XInfoConsumer,
    _R_list_XInfoGroup,
    _R_list_XPendingEntry,
    _R_list_bool,
    _R_list_int,
    _R_list_opt_CommandInfo,
    _R_list_opt_GeoCoordinates,
    _R_list_opt_V,
    _R_list_opt_bool,
    _R_list_opt_float,
    _R_list_opt_int,
    _R_list_opt_jsondoc,
    _R_list_opt_list_str,
    _R_list_opt_str,
    _R_list_str,
    _R_list_tuple2_V_list_str,
    _R_ok,
    _R_opt_ListPopResult,
    _R_opt_V,
    _R_opt_ZMPopResult,
    _R_opt_bytes,
    _R_opt_float,
    _R_opt_int,
    _R_opt_jsondoc,
    _R_opt_list_V,
    _R_opt_list_XReadGroupStream,
    _R_opt_list_XReadStream,
    _R_opt_list_str,
    _R_opt_ok,
    _R_opt_str,
    _R_opt_tuple2_int_float,
    _R_pairs_V_V,
    _R_pairs_V_float,
    _R_str,
    _R_tuple2_intstr_intstr,
    _R_tuple2_intstr_list_V,
    _R_tuple2_intstr_pairs_V_V,
    _R_tuple2_intstr_pairs_V_float,
    _WRITE_IDEMPOTENT,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime, timedelta

    from _typeshed import SupportsItems

    from redisrest._types import JSONDocument, JSONValue, Key, Value

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


class Pipeline(SyncPipelineBase[V, Unpack[Ts]]):
    """Commands queued for one request; `exec()` sends them and returns their typed results."""

    __module__ = "redisrest"

    if TYPE_CHECKING:
        # How the checkers see the base's `_push`: the command's result type appended to the
        # chain's, so each method returns its builder's `Command[R]` as `Pipeline[..., R]`.
        def _push(self, command: Command[T]) -> Pipeline[V, Unpack[Ts], T]: ...

    def execute(self, command: str, *args: Arg) -> Pipeline[V, Unpack[Ts], JSONValue[V]]:
        """Queue any command, e.g. `.execute("OBJECT", "FREQ", "k")`: the escape hatch.

        `command` is the command's name. Its result is the reply's JSON shape (strings as `str`
        or `bytes` by the client's mode), as the client's `execute` returns it.
        """
        return self._push(any_command(self._codec, (command, *args)))

    @property
    def json(self) -> PipelineJson[V, Unpack[Ts]]:
        """RedisJSON commands (module ReJSON), queued: `pipe.json.arrappend(...)`."""
        return PipelineJson(self._codec, self._push)

    def append(self, key: Key, value: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Add a value to the end of the string at a key, creating it if missing.

        Complexity: O(1). The amortized time complexity is O(1) assuming the appended value is small and the already present value is of any size, since the dynamic string library used by Redis will double the free space available on every reallocation.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/append/

        Returns: the string's length after the append
        """
        queued: Command[int] = Command(self._codec, "APPEND", ("APPEND", key, value), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitcount(
        self,
        key: Key,
        *,
        start: int | None = None,
        end: int | None = None,
        mode: Literal["BYTE", "BIT"] | None = None,
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Count the bits set to 1 in a string, optionally within a byte or bit range.

        Complexity: O(N)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitcount/

        Returns: the number of set bits
        """
        argv: tuple[Arg, ...] = ("BITCOUNT", key)
        if start is not None:
            argv += (start,)
        if end is not None:
            argv += (end,)
        if mode is not None:
            argv += (mode,)

        queued: Command[int] = Command(self._codec, "BITCOUNT", argv, _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitfield(
        self,
        key: Key,
        *operations: tuple[Literal["GET"], str, int]
        | tuple[Literal["SET"], str, int, int]
        | tuple[Literal["INCRBY"], str, int, int]
        | tuple[Literal["OVERFLOW"], Literal["WRAP", "SAT", "FAIL"]],
    ) -> Pipeline[V, Unpack[Ts], list[int | None]]:
        """Read, write and increment integers of arbitrary width packed in a string, in one call.

        Complexity: O(1) for each subcommand specified
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitfield/

        Each operation is a Python tuple whose first item is the Redis token (GET, SET, INCRBY or OVERFLOW) followed by that operation's values; the tuple items are sent in order, e.g. bitfield("k", ("OVERFLOW", "SAT"), ("INCRBY", "u8", 0, 1)). The schema has no rule for a multiple oneof of blocks, hence the pytype hint.

        Returns: one result per GET, SET or INCRBY operation, in order; None where OVERFLOW FAIL stopped a write
        """
        argv: list[Arg] = ["BITFIELD", key]
        for item in operations:
            argv.extend(item)

        queued: Command[list[int | None]] = Command(
            self._codec, "BITFIELD", tuple(argv), _R_list_opt_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitfield_ro(
        self, key: Key, *, get: Sequence[tuple[Value, int]] | None = None
    ) -> Pipeline[V, Unpack[Ts], list[int]]:
        """Read integers of arbitrary width packed in a string (read-only form of BITFIELD).

        Complexity: O(1) for each subcommand specified
        Since: Redis 6.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitfield_ro/

        Returns: one value per GET, in order
        """
        argv: list[Arg] = ["BITFIELD_RO", key]
        if get is not None:
            for item in get:
                argv.append("GET")
                argv.extend(item)

        queued: Command[list[int]] = Command(
            self._codec, "BITFIELD_RO", tuple(argv), _R_list_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitop(
        self,
        operation: Literal["AND", "OR", "XOR", "NOT", "DIFF", "DIFF1", "ANDOR", "ONE"],
        destkey: Key,
        *keys: Key,
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Combine the strings at several keys bit by bit (AND, OR, XOR, NOT; DIFF, DIFF1, ANDOR, ONE on Redis 8.2) and store the result.

        Complexity: O(N)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitop/

        DIFF: bits set in the first key and in none of the others; DIFF1: bits set in some other key but not in the first; ANDOR: bits set in the first key and in at least one other; ONE: bits set in exactly one key. These four need Redis 8.2 (no Valkey release has them).

        Returns: the length in bytes of the stored result
        """
        queued: Command[int] = Command(
            self._codec, "BITOP", ("BITOP", operation, destkey, *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitpos(
        self,
        key: Key,
        bit: int,
        *,
        start: int | None = None,
        end: int | None = None,
        mode: Literal["BYTE", "BIT"] | None = None,
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Find the position of the first bit set to 0 or 1 in a string, optionally within a range.

        Complexity: O(N)
        Since: Redis 2.8.7 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitpos/

        The BYTE/BIT unit is one `mode` parameter because a flattened `bit` flag would clash with the required `bit` argument.

        Returns: the bit position, or -1 when no such bit is found
        """
        argv: tuple[Arg, ...] = ("BITPOS", key, bit)
        if start is not None:
            argv += (start,)
        if end is not None:
            argv += (end,)
        if mode is not None:
            argv += (mode,)

        queued: Command[int] = Command(self._codec, "BITPOS", argv, _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def client_id(self) -> Pipeline[V, Unpack[Ts], int]:
        """Get the numeric id of the connection.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/client-id/

        Over HTTP this describes whichever pooled gateway connection ran the command.

        Returns: the id of the gateway's pooled connection that ran the command
        """
        queued: Command[int] = Command(self._codec, "CLIENT ID", ("CLIENT", "ID"), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def client_info(self) -> Pipeline[V, Unpack[Ts], str]:
        """Describe the current connection.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/client-info/

        Over HTTP this describes whichever pooled gateway connection ran the command.

        Returns: a description of the gateway's pooled connection that ran the command
        """
        queued: Command[str] = Command(
            self._codec, "CLIENT INFO", ("CLIENT", "INFO"), _R_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_count(self) -> Pipeline[V, Unpack[Ts], int]:
        """Count the commands the server knows.

        Complexity: O(1)
        Since: Redis 2.8.13 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-count/

        Returns: the number of commands (subcommands not counted)
        """
        queued: Command[int] = Command(
            self._codec, "COMMAND COUNT", ("COMMAND", "COUNT"), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_docs(self, *command_names: Value) -> Pipeline[V, Unpack[Ts], dict[str, CommandDoc]]:
        """Get the documentation of the named commands, or of every command.

        Complexity: O(N) where N is the number of commands to look up
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-docs/

        Returns: command name -> documentation; unknown names are left out
        """
        queued: Command[dict[str, CommandDoc]] = Command(
            self._codec,
            "COMMAND DOCS",
            ("COMMAND", "DOCS", *command_names),
            _R_dict_str_CommandDoc,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_getkeys(self, command: Value, *args: Value) -> Pipeline[V, Unpack[Ts], list[V]]:
        """Tell which arguments of a full command line are key names.

        Complexity: O(N) where N is the number of arguments to the command
        Since: Redis 2.8.13 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-getkeys/

        COMMAND DOCS of Redis 7.0 lists no arguments for this subcommand; the `command` and `arg` nodes were added by hand (syntax: COMMAND GETKEYS command [arg ...]).

        Returns: the keys the given command would access (an error when it takes no keys)
        """
        queued: Command[list[V]] = Command(
            self._codec,
            "COMMAND GETKEYS",
            ("COMMAND", "GETKEYS", command, *args),
            _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_getkeysandflags(
        self, command: Value, *args: Value
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, list[str]]]]:
        """Tell which arguments of a full command line are keys, and how each key is used.

        Complexity: O(N) where N is the number of arguments to the command
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-getkeysandflags/

        COMMAND DOCS of Redis 7.0 lists no arguments for this subcommand; the `command` and `arg` nodes were added by hand (syntax: COMMAND GETKEYSANDFLAGS command [arg ...]).

        Returns: (key, access flags such as RW/RO/access/insert/delete) for each key the command would access
        """
        queued: Command[list[tuple[V, list[str]]]] = Command(
            self._codec,
            "COMMAND GETKEYSANDFLAGS",
            ("COMMAND", "GETKEYSANDFLAGS", command, *args),
            _R_list_tuple2_V_list_str,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_help(self) -> Pipeline[V, Unpack[Ts], list[str]]:
        """Show the COMMAND subcommand help text.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-help/

        Returns: the lines of the COMMAND help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "COMMAND HELP", ("COMMAND", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_info(
        self, *command_names: Value
    ) -> Pipeline[V, Unpack[Ts], list[CommandInfo | None]]:
        """Get arity, flags, key positions and ACL categories of the named commands, or of every command.

        Complexity: O(N) where N is the number of commands to look up
        Since: Redis 2.8.13 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-info/

        Returns: one entry per requested name, in order; None for an unknown command
        """
        queued: Command[list[CommandInfo | None]] = Command(
            self._codec,
            "COMMAND INFO",
            ("COMMAND", "INFO", *command_names),
            _R_list_opt_CommandInfo,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_list(
        self,
        *,
        module: Value | None = None,
        aclcat: Value | None = None,
        pattern: Value | None = None,
    ) -> Pipeline[V, Unpack[Ts], list[str]]:
        """List the names of the commands the server knows, optionally filtered by module, ACL category or pattern.

        Complexity: O(N) where N is the total number of Redis commands
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-list/

        Returns: command names, subcommands as `container|sub`
        """
        argv: tuple[Arg, ...] = ("COMMAND", "LIST")
        if module is not None:
            argv += ("FILTERBY", "MODULE", module)
        if aclcat is not None:
            argv += ("FILTERBY", "ACLCAT", aclcat)
        if pattern is not None:
            argv += ("FILTERBY", "PATTERN", pattern)

        queued: Command[list[str]] = Command(
            self._codec, "COMMAND LIST", argv, _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def config_get(self, *parameters: Value) -> Pipeline[V, Unpack[Ts], dict[str, str]]:
        """Read configuration parameters whose names match the given patterns.

        Complexity: O(N) when N is the number of configuration parameters provided
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/config-get/

        Returns: parameter name -> current value; patterns that match nothing add no entry
        """
        queued: Command[dict[str, str]] = Command(
            self._codec, "CONFIG GET", ("CONFIG", "GET", *parameters), _R_dict_str_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def config_help(self) -> Pipeline[V, Unpack[Ts], list[str]]:
        """Show the CONFIG subcommand help text.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/config-help/

        Returns: the lines of the CONFIG help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "CONFIG HELP", ("CONFIG", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def copy(
        self, source: Key, destination: Key, *, db: int | None = None, replace: bool = False
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Duplicate the value at a key under another key, optionally in another database.

        Complexity: O(N) worst case for collections, where N is the number of nested items. O(1) for string values.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/copy/

        Returns: True when copied, False when the destination exists and REPLACE was not given
        """
        argv: tuple[Arg, ...] = ("COPY", source, destination)
        if db is not None:
            argv += ("DB", db)
        if replace:
            argv += ("REPLACE",)

        queued: Command[bool] = Command(self._codec, "COPY", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def dbsize(self) -> Pipeline[V, Unpack[Ts], int]:
        """Count the keys in the database.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/dbsize/

        Returns: the number of keys
        """
        queued: Command[int] = Command(self._codec, "DBSIZE", ("DBSIZE",), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def decr(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Subtract one from the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/decr/

        Returns: the value after the decrement
        """
        queued: Command[int] = Command(self._codec, "DECR", ("DECR", key), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def decrby(self, key: Key, decrement: int) -> Pipeline[V, Unpack[Ts], int]:
        """Subtract a given amount from the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/decrby/

        Returns: the value after the decrement
        """
        queued: Command[int] = Command(
            self._codec, "DECRBY", ("DECRBY", key, decrement), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def delete(self, *keys: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Remove keys.

        Complexity: O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/del/

        Returns: how many of the keys existed and were removed
        """
        queued: Command[int] = Command(self._codec, "DEL", ("DEL", *keys), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def delifeq(self, key: Key, value: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Delete a string key only when its current value equals the one given (compare-and-delete, e.g. releasing a lock).

        Complexity: O(1)
        Since: not in Redis 8.2 · Valkey 9.0.0
        Docs: https://valkey.io/commands/delifeq/

        Returns: True when the key held that value and was deleted; False when it is missing or holds another value
        """
        queued: Command[bool] = Command(
            self._codec, "DELIFEQ", ("DELIFEQ", key, value), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def dump(self, key: Key) -> Pipeline[V, Unpack[Ts], bytes | None]:
        """Serialize the value at a key into Redis's opaque binary format, for RESTORE.

        Complexity: O(1) to access the key and additional O(N*M) to serialize it, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1).
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/dump/

        The payload is binary: only a bytes client (or base64 transport decoded to bytes) keeps it intact; in a str client it is lossy.

        Returns: the serialized value, or None when the key does not exist
        """
        queued: Command[bytes | None] = Command(
            self._codec, "DUMP", ("DUMP", key), _R_opt_bytes, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def echo(self, message: Value) -> Pipeline[V, Unpack[Ts], V]:
        """Get the given message back from the server.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/echo/

        Returns: the message
        """
        queued: Command[V] = Command(self._codec, "ECHO", ("ECHO", message), _R_V, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def eval(
        self,
        script: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> Pipeline[V, Unpack[Ts], JSONValue[V]]:
        """Run a Lua script on the server with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/eval/

        Redis flags this command neither `readonly` nor `write`; the script may write, so it is marked `write` (not idempotent): the read-only token must refuse it and it must not be retried blindly. Use the _RO variant for read-only scripts.

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings)
        """
        argv: tuple[Arg, ...] = ("EVAL", script, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "EVAL", argv, _R_json, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def eval_ro(
        self,
        script: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> Pipeline[V, Unpack[Ts], JSONValue[V]]:
        """Run a Lua script that only reads, with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/eval_ro/

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings)
        """
        argv: tuple[Arg, ...] = ("EVAL_RO", script, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "EVAL_RO", argv, _R_json, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def evalsha(
        self, sha1: Value, *, keys: Sequence[Key] | None = None, args: Sequence[Value] | None = None
    ) -> Pipeline[V, Unpack[Ts], JSONValue[V]]:
        """Run a Lua script already in the script cache, by its SHA1 digest, with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/evalsha/

        Redis flags this command neither `readonly` nor `write`; the script may write, so it is marked `write` (not idempotent): the read-only token must refuse it and it must not be retried blindly. Use the _RO variant for read-only scripts.

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings); an error starting with NOSCRIPT when the digest is not cached
        """
        argv: tuple[Arg, ...] = ("EVALSHA", sha1, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "EVALSHA", argv, _R_json, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def evalsha_ro(
        self, sha1: Value, *, keys: Sequence[Key] | None = None, args: Sequence[Value] | None = None
    ) -> Pipeline[V, Unpack[Ts], JSONValue[V]]:
        """Run a cached read-only Lua script by its SHA1 digest, with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/evalsha_ro/

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings); an error starting with NOSCRIPT when the digest is not cached
        """
        argv: tuple[Arg, ...] = ("EVALSHA_RO", sha1, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "EVALSHA_RO", argv, _R_json, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def exists(self, *keys: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Count how many of the given keys exist.

        Complexity: O(N) where N is the number of keys to check.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/exists/

        Returns: the number of existing keys (a key named twice counts twice)
        """
        queued: Command[int] = Command(self._codec, "EXISTS", ("EXISTS", *keys), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def expire(
        self,
        key: Key,
        seconds: int | timedelta,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Make a key expire after a number of seconds.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/expire/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        argv: tuple[Arg, ...] = (
            "EXPIRE",
            key,
            seconds if isinstance(seconds, int) else _cv.seconds(seconds, "EXPIRE", "seconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)

        queued: Command[bool] = Command(self._codec, "EXPIRE", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def expireat(
        self,
        key: Key,
        unix_time_seconds: int | datetime,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Make a key expire at a Unix time in seconds.

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/expireat/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        argv: tuple[Arg, ...] = (
            "EXPIREAT",
            key,
            unix_time_seconds
            if isinstance(unix_time_seconds, int)
            else _cv.unix_seconds(unix_time_seconds, "EXPIREAT", "unix_time_seconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)

        queued: Command[bool] = Command(self._codec, "EXPIREAT", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def expiretime(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Give the Unix time in seconds at which a key will expire.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/expiretime/

        Returns: the expiry time; -1 when the key has no expiry, -2 when it does not exist
        """
        queued: Command[int] = Command(
            self._codec, "EXPIRETIME", ("EXPIRETIME", key), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def fcall(
        self,
        function: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> Pipeline[V, Unpack[Ts], JSONValue[V]]:
        """Call a function from a loaded library with the given keys and arguments.

        Complexity: Depends on the function that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/fcall/

        Redis flags this command neither `readonly` nor `write`; the function may write, so it is marked `write` (not idempotent): the read-only token must refuse it and it must not be retried blindly. Use the _RO variant for read-only scripts.

        Returns: whatever the function returns, converted by Redis as for EVAL
        """
        argv: tuple[Arg, ...] = ("FCALL", function, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "FCALL", argv, _R_json, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def fcall_ro(
        self,
        function: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> Pipeline[V, Unpack[Ts], JSONValue[V]]:
        """Call a function flagged no-writes with the given keys and arguments.

        Complexity: Depends on the function that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/fcall_ro/

        Returns: whatever the function returns, converted by Redis as for EVAL
        """
        argv: tuple[Arg, ...] = ("FCALL_RO", function, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "FCALL_RO", argv, _R_json, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def flushall(
        self, *, async_: bool = False, sync: bool = False
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Delete every key of every database.

        Complexity: O(N) where N is the total number of keys in all databases
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/flushall/

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("FLUSHALL",)
        if async_:
            argv += ("ASYNC",)
        if sync:
            argv += ("SYNC",)

        queued: Command[bool] = Command(self._codec, "FLUSHALL", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def flushdb(self, *, async_: bool = False, sync: bool = False) -> Pipeline[V, Unpack[Ts], bool]:
        """Delete every key of the database.

        Complexity: O(N) where N is the number of keys in the selected database
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/flushdb/

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("FLUSHDB",)
        if async_:
            argv += ("ASYNC",)
        if sync:
            argv += ("SYNC",)

        queued: Command[bool] = Command(self._codec, "FLUSHDB", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_delete(self, library_name: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Remove a function library and all its functions.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-delete/

        Returns: True; an error when the library does not exist
        """
        queued: Command[bool] = Command(
            self._codec, "FUNCTION DELETE", ("FUNCTION", "DELETE", library_name), _R_ok, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_dump(self) -> Pipeline[V, Unpack[Ts], bytes]:
        """Serialize every loaded function library into one payload.

        Complexity: O(N) where N is the number of functions
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-dump/

        Returns: an opaque binary payload for function_restore; use a bytes client (decode_responses=False): decoding it as text corrupts it
        """
        queued: Command[bytes] = Command(
            self._codec, "FUNCTION DUMP", ("FUNCTION", "DUMP"), _R_bytes, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_flush(
        self, *, async_: bool = False, sync: bool = False
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Remove every function library.

        Complexity: O(N) where N is the number of functions deleted
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-flush/

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("FUNCTION", "FLUSH")
        if async_:
            argv += ("ASYNC",)
        if sync:
            argv += ("SYNC",)

        queued: Command[bool] = Command(
            self._codec, "FUNCTION FLUSH", argv, _R_ok, _WRITE_IDEMPOTENT
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_help(self) -> Pipeline[V, Unpack[Ts], list[str]]:
        """Show the FUNCTION subcommand help text.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-help/

        Returns: the lines of the FUNCTION help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "FUNCTION HELP", ("FUNCTION", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_list(
        self, *, libraryname: Value | None = None, withcode: bool = False
    ) -> Pipeline[V, Unpack[Ts], list[FunctionLibrary]]:
        """Describe the loaded function libraries, optionally only those whose names match a pattern.

        Complexity: O(N) where N is the number of functions
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-list/

        Returns: one entry per library; library_code is set only with withcode=True
        """
        argv: tuple[Arg, ...] = ("FUNCTION", "LIST")
        if libraryname is not None:
            argv += ("LIBRARYNAME", libraryname)
        if withcode:
            argv += ("WITHCODE",)

        queued: Command[list[FunctionLibrary]] = Command(
            self._codec, "FUNCTION LIST", argv, _R_list_FunctionLibrary, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_load(self, code: Value, *, replace: bool = False) -> Pipeline[V, Unpack[Ts], str]:
        """Load a function library from Lua source (its first line names it), optionally replacing one of the same name.

        Complexity: O(1) (considering compilation time is redundant)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-load/

        Returns: the name of the loaded library
        """
        argv: tuple[Arg, ...] = ("FUNCTION", "LOAD")
        if replace:
            argv += ("REPLACE",)
        argv += (code,)

        queued: Command[str] = Command(self._codec, "FUNCTION LOAD", argv, _R_str, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_restore(
        self,
        serialized_value: Value,
        *,
        policy: Literal["FLUSH", "APPEND", "REPLACE"] | None = None,
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Load function libraries from a payload made by function_dump.

        Complexity: O(N) where N is the number of functions on the payload
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-restore/

        Returns: True; an error when a library already exists under the APPEND policy (the default)
        """
        argv: tuple[Arg, ...] = ("FUNCTION", "RESTORE", serialized_value)
        if policy is not None:
            argv += (policy,)

        queued: Command[bool] = Command(self._codec, "FUNCTION RESTORE", argv, _R_ok, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_stats(self) -> Pipeline[V, Unpack[Ts], FunctionStats[V]]:
        """Describe the function running now, if any, and count the loaded libraries and functions.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-stats/

        Returns: the running function (or None) and per-engine counts
        """
        queued: Command[FunctionStats[V]] = Command(
            self._codec, "FUNCTION STATS", ("FUNCTION", "STATS"), _R_FunctionStats, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geoadd(
        self,
        key: Key,
        members: SupportsItems[Value, tuple[float, float]],
        *,
        nx: bool = False,
        xx: bool = False,
        ch: bool = False,
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Add members at given longitude/latitude positions to a geospatial index (a sorted set), or move them.

        Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geoadd/

        members maps each member to its (longitude, latitude); the wire order of each triple is longitude latitude member.

        Returns: the number of members added (with ch: added or moved)
        """
        argv: list[Arg] = ["GEOADD", key]
        if nx:
            argv.append("NX")
        if xx:
            argv.append("XX")
        if ch:
            argv.append("CH")
        for k, v in members.items():
            argv.extend(v)
            argv.append(k)

        queued: Command[int] = Command(self._codec, "GEOADD", tuple(argv), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geodist(
        self,
        key: Key,
        member1: Value,
        member2: Value,
        *,
        unit: Literal["M", "KM", "FT", "MI"] | None = None,
    ) -> Pipeline[V, Unpack[Ts], float | None]:
        """Distance between two members of a geospatial index, in meters or the given unit.

        Complexity: O(log(N))
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geodist/

        Returns: the distance; None when either member or the key does not exist
        """
        argv: tuple[Arg, ...] = ("GEODIST", key, member1, member2)
        if unit is not None:
            argv += (unit,)

        queued: Command[float | None] = Command(
            self._codec, "GEODIST", argv, _R_opt_float, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geohash(self, key: Key, *members: Value) -> Pipeline[V, Unpack[Ts], list[str | None]]:
        """Geohash strings (11 characters) for members of a geospatial index.

        Complexity: O(log(N)) for each member requested, where N is the number of elements in the sorted set.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geohash/

        Returns: the geohash of each member, None for a member that is absent
        """
        queued: Command[list[str | None]] = Command(
            self._codec, "GEOHASH", ("GEOHASH", key, *members), _R_list_opt_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geopos(
        self, key: Key, *members: Value
    ) -> Pipeline[V, Unpack[Ts], list[GeoCoordinates | None]]:
        """Longitude and latitude of members of a geospatial index.

        Complexity: O(N) where N is the number of members requested.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geopos/

        Returns: the position of each member, None for a member that is absent
        """
        queued: Command[list[GeoCoordinates | None]] = Command(
            self._codec, "GEOPOS", ("GEOPOS", key, *members), _R_list_opt_GeoCoordinates, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], int]: ...
    @overload
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], int]: ...
    def georadius(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEORADIUS", key, longitude, latitude, radius, unit)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)
        if store is not None:
            argv += ("STORE", store)
        if storedist is not None:
            argv += ("STOREDIST", storedist)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
            | int
        ] = Command(
            self._codec,
            "GEORADIUS",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_int
            if store is not None
            else _R_int
            if storedist is not None
            else _R_list_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def georadius_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def georadius_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    def georadius_ro(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEORADIUS_RO", key, longitude, latitude, radius, unit)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
        ] = Command(
            self._codec,
            "GEORADIUS_RO",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], int]: ...
    @overload
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], int]: ...
    def georadiusbymember(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEORADIUSBYMEMBER", key, member, radius, unit)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)
        if store is not None:
            argv += ("STORE", store)
        if storedist is not None:
            argv += ("STOREDIST", storedist)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
            | int
        ] = Command(
            self._codec,
            "GEORADIUSBYMEMBER",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_int
            if store is not None
            else _R_int
            if storedist is not None
            else _R_list_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def georadiusbymember_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    def georadiusbymember_ro(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEORADIUSBYMEMBER_RO", key, member, radius, unit)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
        ] = Command(
            self._codec,
            "GEORADIUSBYMEMBER_RO",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def geosearch(
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
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def geosearch(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def geosearch(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def geosearch(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def geosearch(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def geosearch(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def geosearch(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def geosearch(
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
    ) -> Pipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    def geosearch(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEOSEARCH", key)
        if (frommember is not None) + (fromlonlat is not None) != 1:
            raise TypeError("GEOSEARCH: give exactly one of frommember, fromlonlat")
        if frommember is not None:
            argv += ("FROMMEMBER", frommember)
        if fromlonlat is not None:
            argv += ("FROMLONLAT",)
            argv += tuple(fromlonlat)
        if (byradius is not None) + (bybox is not None) != 1:
            raise TypeError("GEOSEARCH: give exactly one of byradius, bybox")
        if byradius is not None:
            argv += ("BYRADIUS",)
            argv += tuple(byradius)
        if bybox is not None:
            argv += ("BYBOX",)
            argv += tuple(bybox)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
        ] = Command(
            self._codec,
            "GEOSEARCH",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geosearchstore(
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
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Like GEOSEARCH, but store the matches in a destination key (scored by distance with storedist).

        Complexity: O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geosearchstore/

        Exactly one of frommember / fromlonlat=(longitude, latitude) and exactly one of byradius=(radius, unit) / bybox=(width, height, unit) must be given (required one-ofs flattened into keyword arguments).

        Returns: the number of members stored
        """
        argv: tuple[Arg, ...] = ("GEOSEARCHSTORE", destination, source)
        if (frommember is not None) + (fromlonlat is not None) != 1:
            raise TypeError("GEOSEARCHSTORE: give exactly one of frommember, fromlonlat")
        if frommember is not None:
            argv += ("FROMMEMBER", frommember)
        if fromlonlat is not None:
            argv += ("FROMLONLAT",)
            argv += tuple(fromlonlat)
        if (byradius is not None) + (bybox is not None) != 1:
            raise TypeError("GEOSEARCHSTORE: give exactly one of byradius, bybox")
        if byradius is not None:
            argv += ("BYRADIUS",)
            argv += tuple(byradius)
        if bybox is not None:
            argv += ("BYBOX",)
            argv += tuple(bybox)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if storedist:
            argv += ("STOREDIST",)

        queued: Command[int] = Command(self._codec, "GEOSEARCHSTORE", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def get(self, key: Key) -> Pipeline[V, Unpack[Ts], V | None]:
        """Read the string stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/get/

        Returns: the value, or None when the key does not exist
        """
        queued: Command[V | None] = Command(self._codec, "GET", ("GET", key), _R_opt_V, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getbit(self, key: Key, offset: int) -> Pipeline[V, Unpack[Ts], int]:
        """Read the bit at an offset in the string at a key.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getbit/

        Returns: the bit, 0 or 1 (0 beyond the end or for a missing key)
        """
        queued: Command[int] = Command(
            self._codec, "GETBIT", ("GETBIT", key, offset), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getdel(self, key: Key) -> Pipeline[V, Unpack[Ts], V | None]:
        """Read the string at a key and remove the key.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getdel/

        Returns: the value it held, or None when the key did not exist
        """
        queued: Command[V | None] = Command(self._codec, "GETDEL", ("GETDEL", key), _R_opt_V, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getex(
        self,
        key: Key,
        *,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        persist: bool = False,
    ) -> Pipeline[V, Unpack[Ts], V | None]:
        """Read the string at a key and optionally change or clear its expiry.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getex/

        Returns: the value, or None when the key does not exist
        """
        argv: tuple[Arg, ...] = ("GETEX", key)
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "GETEX", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "GETEX", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "GETEX", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "GETEX", "pxat"),
            )
        if persist:
            argv += ("PERSIST",)

        queued: Command[V | None] = Command(self._codec, "GETEX", argv, _R_opt_V, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getrange(self, key: Key, start: int, end: int) -> Pipeline[V, Unpack[Ts], V]:
        """Read a slice of the string at a key, by inclusive byte offsets.

        Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
        Since: Redis 2.4.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getrange/

        Returns: the bytes in the range; empty when the key is missing or the range is out of bounds
        """
        queued: Command[V] = Command(
            self._codec, "GETRANGE", ("GETRANGE", key, start, end), _R_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getset(self, key: Key, value: Value) -> Pipeline[V, Unpack[Ts], V | None]:
        """Store a new string at a key and hand back the one it replaced.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getset/

        Returns: the previous value, or None when the key did not exist
        """
        queued: Command[V | None] = Command(
            self._codec, "GETSET", ("GETSET", key, value), _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hdel(self, key: Key, *fields: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Remove fields from a hash.

        Complexity: O(N) where N is the number of fields to be removed.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hdel/

        Returns: how many fields were removed
        """
        queued: Command[int] = Command(self._codec, "HDEL", ("HDEL", key, *fields), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hexists(self, key: Key, field: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Tell whether a hash has a field.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hexists/

        Returns: True when the field exists
        """
        queued: Command[bool] = Command(
            self._codec, "HEXISTS", ("HEXISTS", key, field), _R_bool, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hexpire(
        self,
        key: Key,
        seconds: int | timedelta,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[HashFieldExpire]]:
        """Give hash fields a time to live in seconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hexpire/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        argv: tuple[Arg, ...] = (
            "HEXPIRE",
            key,
            seconds if isinstance(seconds, int) else _cv.seconds(seconds, "HEXPIRE", "seconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[HashFieldExpire]] = Command(
            self._codec, "HEXPIRE", argv, _R_list_HashFieldExpire, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hexpireat(
        self,
        key: Key,
        unix_time_seconds: int | datetime,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[HashFieldExpire]]:
        """Make hash fields expire at a Unix time in seconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hexpireat/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        argv: tuple[Arg, ...] = (
            "HEXPIREAT",
            key,
            unix_time_seconds
            if isinstance(unix_time_seconds, int)
            else _cv.unix_seconds(unix_time_seconds, "HEXPIREAT", "unix_time_seconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[HashFieldExpire]] = Command(
            self._codec, "HEXPIREAT", argv, _R_list_HashFieldExpire, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hexpiretime(self, key: Key, *fields: Value) -> Pipeline[V, Unpack[Ts], list[int]]:
        """Give, field by field, the Unix time in seconds at which hash fields will expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hexpiretime/

        Returns: one number per field, in order: the Unix time in seconds at which the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "HEXPIRETIME",
            ("HEXPIRETIME", key, "FIELDS", len(fields), *fields),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hget(self, key: Key, field: Value) -> Pipeline[V, Unpack[Ts], V | None]:
        """Read one field of a hash.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hget/

        Returns: the value, or None when the field or key is missing
        """
        queued: Command[V | None] = Command(
            self._codec, "HGET", ("HGET", key, field), _R_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hgetall(self, key: Key) -> Pipeline[V, Unpack[Ts], dict[V, V]]:
        """Read every field and value of a hash.

        Complexity: O(N) where N is the size of the hash.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hgetall/

        Returns: field to value; empty when the key is missing
        """
        queued: Command[dict[V, V]] = Command(
            self._codec, "HGETALL", ("HGETALL", key), _R_dict_V_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hgetdel(self, key: Key, *fields: Value) -> Pipeline[V, Unpack[Ts], list[V | None]]:
        """Read hash fields and delete them in the same step; the hash goes away with its last field.

        Complexity: O(N) where N is the number of fields to be retrieved and deleted.
        Since: Redis 8.0.0 · Valkey 9.1.0
        Docs: https://redis.io/docs/latest/commands/hgetdel/

        Returns: the values of the fields, in order (they are now deleted); None for fields that did not exist
        """
        queued: Command[list[V | None]] = Command(
            self._codec,
            "HGETDEL",
            ("HGETDEL", key, "FIELDS", len(fields), *fields),
            _R_list_opt_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hgetex(
        self,
        key: Key,
        *fields: Value,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        persist: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[V | None]]:
        """Read hash fields and optionally set or clear their expiry in the same step.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 8.0.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hgetex/

        Returns: the values of the fields, in order; None for fields that do not exist
        """
        argv: tuple[Arg, ...] = ("HGETEX", key)
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "HGETEX", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "HGETEX", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "HGETEX", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "HGETEX", "pxat"),
            )
        if persist:
            argv += ("PERSIST",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[V | None]] = Command(self._codec, "HGETEX", argv, _R_list_opt_V, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hincrby(self, key: Key, field: Value, increment: int) -> Pipeline[V, Unpack[Ts], int]:
        """Add an integer to a numeric field of a hash.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hincrby/

        Returns: the field's value after the increment
        """
        queued: Command[int] = Command(
            self._codec, "HINCRBY", ("HINCRBY", key, field, increment), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hincrbyfloat(
        self, key: Key, field: Value, increment: float
    ) -> Pipeline[V, Unpack[Ts], float]:
        """Add a floating-point amount to a numeric field of a hash.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hincrbyfloat/

        Returns: the field's value after the increment
        """
        queued: Command[float] = Command(
            self._codec, "HINCRBYFLOAT", ("HINCRBYFLOAT", key, field, increment), _R_float, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hkeys(self, key: Key) -> Pipeline[V, Unpack[Ts], list[V]]:
        """List the field names of a hash.

        Complexity: O(N) where N is the size of the hash.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hkeys/

        Returns: the fields; empty when the key is missing
        """
        queued: Command[list[V]] = Command(
            self._codec, "HKEYS", ("HKEYS", key), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hlen(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Count the fields of a hash.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hlen/

        Returns: the number of fields; 0 when the key is missing
        """
        queued: Command[int] = Command(self._codec, "HLEN", ("HLEN", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hmget(self, key: Key, *fields: Value) -> Pipeline[V, Unpack[Ts], list[V | None]]:
        """Read several fields of a hash in one call.

        Complexity: O(N) where N is the number of fields being requested.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hmget/

        Returns: one value per field, in order; None for missing fields
        """
        queued: Command[list[V | None]] = Command(
            self._codec, "HMGET", ("HMGET", key, *fields), _R_list_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hmset(
        self, key: Key, mapping: SupportsItems[Value, Value]
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Set several fields of a hash (older form of HSET that answers OK).

        Complexity: O(N) where N is the number of fields being set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hmset/

        Returns: always True
        """
        argv: list[Arg] = ["HMSET", key]
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[bool] = Command(self._codec, "HMSET", tuple(argv), _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpersist(self, key: Key, *fields: Value) -> Pipeline[V, Unpack[Ts], list[HashFieldPersist]]:
        """Remove the expiry of hash fields so they live until deleted, field by field.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpersist/

        Returns: one code per field, in order: PERSISTED when an expiry was removed, NO_EXPIRY when the field had none, NO_FIELD when the field or the key does not exist
        """
        queued: Command[list[HashFieldPersist]] = Command(
            self._codec,
            "HPERSIST",
            ("HPERSIST", key, "FIELDS", len(fields), *fields),
            _R_list_HashFieldPersist,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpexpire(
        self,
        key: Key,
        milliseconds: int | timedelta,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[HashFieldExpire]]:
        """Give hash fields a time to live in milliseconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpexpire/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        argv: tuple[Arg, ...] = (
            "HPEXPIRE",
            key,
            milliseconds
            if isinstance(milliseconds, int)
            else _cv.milliseconds(milliseconds, "HPEXPIRE", "milliseconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[HashFieldExpire]] = Command(
            self._codec, "HPEXPIRE", argv, _R_list_HashFieldExpire, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpexpireat(
        self,
        key: Key,
        unix_time_milliseconds: int | datetime,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[HashFieldExpire]]:
        """Make hash fields expire at a Unix time in milliseconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpexpireat/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        argv: tuple[Arg, ...] = (
            "HPEXPIREAT",
            key,
            unix_time_milliseconds
            if isinstance(unix_time_milliseconds, int)
            else _cv.unix_milliseconds(
                unix_time_milliseconds, "HPEXPIREAT", "unix_time_milliseconds"
            ),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[HashFieldExpire]] = Command(
            self._codec, "HPEXPIREAT", argv, _R_list_HashFieldExpire, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpexpiretime(self, key: Key, *fields: Value) -> Pipeline[V, Unpack[Ts], list[int]]:
        """Give, field by field, the Unix time in milliseconds at which hash fields will expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpexpiretime/

        Returns: one number per field, in order: the Unix time in milliseconds at which the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "HPEXPIRETIME",
            ("HPEXPIRETIME", key, "FIELDS", len(fields), *fields),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpttl(self, key: Key, *fields: Value) -> Pipeline[V, Unpack[Ts], list[int]]:
        """Tell, field by field, how many milliseconds remain before hash fields expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpttl/

        Returns: one number per field, in order: the milliseconds left before the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "HPTTL",
            ("HPTTL", key, "FIELDS", len(fields), *fields),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def hrandfield(
        self, key: Key, *, count: None = None, withvalues: Literal[False] = False
    ) -> Pipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def hrandfield(
        self, key: Key, *, count: int, withvalues: Literal[False] = False
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def hrandfield(
        self, key: Key, *, count: int, withvalues: Literal[True]
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, V]]]: ...
    def hrandfield(
        self, key: Key, *, count: int | None = None, withvalues: bool = False
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Pick random fields of a hash, optionally with their values.

        Complexity: O(N) where N is the number of fields returned
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hrandfield/

        Returns:
            by default: one random field, or None when the key is missing
            count given: the picked fields (distinct when count is positive, possibly repeated when negative)
            count given, withvalues=True: the picked fields with their values
        """
        argv: tuple[Arg, ...] = ("HRANDFIELD", key)
        if count is not None:
            argv += (count,)
        if withvalues:
            argv += ("WITHVALUES",)

        queued: Command[V | list[V] | list[tuple[V, V]] | None] = Command(
            self._codec,
            "HRANDFIELD",
            argv,
            _R_pairs_V_V
            if count is not None and withvalues
            else _R_list_V
            if count is not None
            else _R_opt_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: Literal[False] = False,
    ) -> Pipeline[V, Unpack[Ts], tuple[int, list[tuple[V, V]]]]: ...
    @overload
    def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: Literal[True],
    ) -> Pipeline[V, Unpack[Ts], tuple[int, list[V]]]: ...
    def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: bool = False,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Walk the fields of a hash incrementally with a cursor.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        Since: Redis 2.8.0 · every Valkey release
        Option `novalues`: Redis 7.4.0 · Valkey 8.0.0
        Docs: https://redis.io/docs/latest/commands/hscan/

        Returns:
            by default: the next cursor (0 when the walk is complete) and a batch of fields with their values
            novalues=True: the next cursor (0 when the walk is complete) and a batch of field names, without their values
        """
        argv: tuple[Arg, ...] = ("HSCAN", key, cursor)
        if match is not None:
            argv += ("MATCH", match)
        if count is not None:
            argv += ("COUNT", count)
        if novalues:
            argv += ("NOVALUES",)

        queued: Command[tuple[int, list[tuple[V, V]]] | tuple[int, list[V]]] = Command(
            self._codec,
            "HSCAN",
            argv,
            _R_tuple2_intstr_list_V if novalues else _R_tuple2_intstr_pairs_V_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hset(self, key: Key, mapping: SupportsItems[Value, Value]) -> Pipeline[V, Unpack[Ts], int]:
        """Set fields of a hash, creating the hash if needed.

        Complexity: O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command is called with multiple field/value pairs.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hset/

        Returns: how many fields were newly added (updated fields are not counted)
        """
        argv: list[Arg] = ["HSET", key]
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[int] = Command(self._codec, "HSET", tuple(argv), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hsetex(
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
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Set hash fields and their expiry in one step, optionally only if the hash or the fields already exist (or not).

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 8.0.0 · Valkey 9.0.0
        Option `nx`, `xx`: not in Redis 8.2 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hsetex/

        nx/xx (the hash must not exist / must exist) are Valkey's; fnx/fxx (none of the fields / all of them must exist) are on both servers.

        Returns: True when every field was set; False when a condition (NX/XX on the hash, FNX/FXX on the fields) prevented the write, and then none was set
        """
        argv: list[Arg] = ["HSETEX", key]
        if nx:
            argv.append("NX")
        if xx:
            argv.append("XX")
        if fnx:
            argv.append("FNX")
        if fxx:
            argv.append("FXX")
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "HSETEX", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "HSETEX", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "HSETEX", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "HSETEX", "pxat"),
            )
        if keepttl:
            argv.append("KEEPTTL")
        argv += ("FIELDS", len(mapping.items()))
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[bool] = Command(self._codec, "HSETEX", tuple(argv), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hsetnx(self, key: Key, field: Value, value: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Set a field of a hash only when the field does not exist yet.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hsetnx/

        Returns: True when the field was set, False when it already existed
        """
        queued: Command[bool] = Command(
            self._codec, "HSETNX", ("HSETNX", key, field, value), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hstrlen(self, key: Key, field: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Give the length in bytes of one field's value in a hash.

        Complexity: O(1)
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hstrlen/

        Returns: the length; 0 when the field or key is missing
        """
        queued: Command[int] = Command(
            self._codec, "HSTRLEN", ("HSTRLEN", key, field), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def httl(self, key: Key, *fields: Value) -> Pipeline[V, Unpack[Ts], list[int]]:
        """Tell, field by field, how many seconds remain before hash fields expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/httl/

        Returns: one number per field, in order: the seconds left before the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "HTTL",
            ("HTTL", key, "FIELDS", len(fields), *fields),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hvals(self, key: Key) -> Pipeline[V, Unpack[Ts], list[V]]:
        """List the values of a hash.

        Complexity: O(N) where N is the size of the hash.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hvals/

        Returns: the values; empty when the key is missing
        """
        queued: Command[list[V]] = Command(
            self._codec, "HVALS", ("HVALS", key), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def incr(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Add one to the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/incr/

        Returns: the value after the increment
        """
        queued: Command[int] = Command(self._codec, "INCR", ("INCR", key), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def incrby(self, key: Key, increment: int) -> Pipeline[V, Unpack[Ts], int]:
        """Add a given integer to the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/incrby/

        Returns: the value after the increment
        """
        queued: Command[int] = Command(
            self._codec, "INCRBY", ("INCRBY", key, increment), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def incrbyfloat(self, key: Key, increment: float) -> Pipeline[V, Unpack[Ts], float]:
        """Add a floating-point amount to the number stored at a key.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/incrbyfloat/

        Returns: the value after the increment
        """
        queued: Command[float] = Command(
            self._codec, "INCRBYFLOAT", ("INCRBYFLOAT", key, increment), _R_float, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def info(self, *sections: Value) -> Pipeline[V, Unpack[Ts], str]:
        """Get the server's information and statistics report, optionally only some sections.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/info/

        Returns: the report as `# Section` headings and `field:value` lines (CRLF-separated); empty for an unknown section
        """
        queued: Command[str] = Command(self._codec, "INFO", ("INFO", *sections), _R_str, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def keys(self, pattern: Value) -> Pipeline[V, Unpack[Ts], list[V]]:
        """List every key matching a glob pattern (scans the whole keyspace).

        Complexity: O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/keys/

        Returns: the matching keys
        """
        queued: Command[list[V]] = Command(
            self._codec, "KEYS", ("KEYS", pattern), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lastsave(self) -> Pipeline[V, Unpack[Ts], int]:
        """Get the time of the last successful snapshot to disk.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lastsave/

        Returns: Unix time in seconds
        """
        queued: Command[int] = Command(self._codec, "LASTSAVE", ("LASTSAVE",), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[False] = False,
        idx: Literal[False] = False,
        minmatchlen: int | None = None,
        withmatchlen: Literal[False] = False,
    ) -> Pipeline[V, Unpack[Ts], V]: ...
    @overload
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[True],
        idx: Literal[False] = False,
        minmatchlen: int | None = None,
        withmatchlen: Literal[False] = False,
    ) -> Pipeline[V, Unpack[Ts], int]: ...
    @overload
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[False] = False,
        idx: Literal[True],
        minmatchlen: int | None = None,
        withmatchlen: Literal[False] = False,
    ) -> Pipeline[V, Unpack[Ts], LcsIdx]: ...
    @overload
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[False] = False,
        idx: Literal[True],
        minmatchlen: int | None = None,
        withmatchlen: Literal[True],
    ) -> Pipeline[V, Unpack[Ts], LcsIdxWithLen]: ...
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: bool = False,
        idx: bool = False,
        minmatchlen: int | None = None,
        withmatchlen: bool = False,
    ) -> Pipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("LCS", key1, key2)
        if len:
            argv += ("LEN",)
        if idx:
            argv += ("IDX",)
        if minmatchlen is not None:
            argv += ("MINMATCHLEN", minmatchlen)
        if withmatchlen:
            argv += ("WITHMATCHLEN",)

        queued: Command[V | int | LcsIdx | LcsIdxWithLen] = Command(
            self._codec,
            "LCS",
            argv,
            _R_LcsIdxWithLen
            if idx and withmatchlen
            else _R_int
            if len
            else _R_LcsIdx
            if idx
            else _R_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lindex(self, key: Key, index: int) -> Pipeline[V, Unpack[Ts], V | None]:
        """Read the list element at an index.

        Complexity: O(N) where N is the number of elements to traverse to get to the element at index. This makes asking for the first or the last element of the list O(1).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lindex/

        Returns: the element, or None when the index is out of range or the key is missing
        """
        queued: Command[V | None] = Command(
            self._codec, "LINDEX", ("LINDEX", key, index), _R_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def linsert(
        self, key: Key, where: Literal["BEFORE", "AFTER"], pivot: Value, element: Value
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Insert an element before or after the first occurrence of a pivot in a list.

        Complexity: O(N) where N is the number of elements to traverse before seeing the value pivot. This means that inserting somewhere on the left end on the list (head) can be considered O(1) and inserting somewhere on the right end (tail) is O(N).
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/linsert/

        Returns: the list length after the insert; -1 when the pivot was not found, 0 when the key is missing
        """
        queued: Command[int] = Command(
            self._codec, "LINSERT", ("LINSERT", key, where, pivot, element), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def llen(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Give the number of elements in a list.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/llen/

        Returns: the length; 0 when the key is missing
        """
        queued: Command[int] = Command(self._codec, "LLEN", ("LLEN", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lmove(
        self,
        source: Key,
        destination: Key,
        wherefrom: Literal["LEFT", "RIGHT"],
        whereto: Literal["LEFT", "RIGHT"],
    ) -> Pipeline[V, Unpack[Ts], V | None]:
        """Pop an element from one end of a list and push it onto an end of another.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lmove/

        Returns: the moved element, or None when the source is empty
        """
        queued: Command[V | None] = Command(
            self._codec,
            "LMOVE",
            ("LMOVE", source, destination, wherefrom, whereto),
            _R_opt_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lmpop(
        self, *keys: Key, where: Literal["LEFT", "RIGHT"], count: int | None = None
    ) -> Pipeline[V, Unpack[Ts], ListPopResult[V] | None]:
        """Pop elements from one end of the first non-empty list among several keys.

        Complexity: O(N+M) where N is the number of provided keys and M is the number of elements returned.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lmpop/

        Returns: the list's key and the popped elements, or None when every list is empty
        """
        argv: tuple[Arg, ...] = ("LMPOP", len(keys), *keys, where)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[ListPopResult[V] | None] = Command(
            self._codec, "LMPOP", argv, _R_opt_ListPopResult, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lolwut(self, *, version: int | None = None) -> Pipeline[V, Unpack[Ts], str]:
        """Get a piece of generative art and the server version.

        Complexity:
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lolwut/

        Returns: the art and the version line as text (may contain terminal escape codes)
        """
        argv: tuple[Arg, ...] = ("LOLWUT",)
        if version is not None:
            argv += ("VERSION", version)

        queued: Command[str] = Command(self._codec, "LOLWUT", argv, _R_str, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def lpop(self, key: Key, *, count: None = None) -> Pipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def lpop(self, key: Key, *, count: int) -> Pipeline[V, Unpack[Ts], list[V] | None]: ...
    def lpop(self, key: Key, *, count: int | None = None) -> Pipeline[V, Unpack[Ts], Any]:
        """Remove and return elements from the head of a list.

        Complexity: O(N) where N is the number of elements returned
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpop/

        Returns:
            by default: the first element, or None when the key is missing
            count given: up to count elements, or None when the key is missing
        """
        argv: tuple[Arg, ...] = ("LPOP", key)
        if count is not None:
            argv += (count,)

        queued: Command[V | list[V] | None] = Command(
            self._codec, "LPOP", argv, _R_opt_list_V if count is not None else _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: None = None,
        maxlen: int | None = None,
    ) -> Pipeline[V, Unpack[Ts], int | None]: ...
    @overload
    def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: int,
        maxlen: int | None = None,
    ) -> Pipeline[V, Unpack[Ts], list[int]]: ...
    def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: int | None = None,
        maxlen: int | None = None,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Find the index of elements equal to a value in a list.

        Complexity: O(N) where N is the number of elements in the list, for the average case. When searching for elements near the head or the tail of the list, or when the MAXLEN option is provided, the command may run in constant time.
        Since: Redis 6.0.6 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpos/

        Returns:
            by default: the index of the match, or None when there is none
            count given: the indexes of up to count matches (all with count 0)
        """
        argv: tuple[Arg, ...] = ("LPOS", key, element)
        if rank is not None:
            argv += ("RANK", rank)
        if count is not None:
            argv += ("COUNT", count)
        if maxlen is not None:
            argv += ("MAXLEN", maxlen)

        queued: Command[int | list[int] | None] = Command(
            self._codec, "LPOS", argv, _R_list_int if count is not None else _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lpush(self, key: Key, *elements: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Insert elements at the head of a list, creating it if needed.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpush/

        Returns: the list length after the push
        """
        queued: Command[int] = Command(
            self._codec, "LPUSH", ("LPUSH", key, *elements), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lpushx(self, key: Key, *elements: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Insert elements at the head of a list only when the list exists.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpushx/

        Returns: the list length after the push; 0 when the key is missing
        """
        queued: Command[int] = Command(
            self._codec, "LPUSHX", ("LPUSHX", key, *elements), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lrange(self, key: Key, start: int, stop: int) -> Pipeline[V, Unpack[Ts], list[V]]:
        """Read a range of list elements by inclusive indexes.

        Complexity: O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lrange/

        Returns: the elements in the range
        """
        queued: Command[list[V]] = Command(
            self._codec, "LRANGE", ("LRANGE", key, start, stop), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lrem(self, key: Key, count: int, element: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Remove occurrences of an element from a list.

        Complexity: O(N+M) where N is the length of the list and M is the number of elements removed.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lrem/

        Returns: how many elements were removed
        """
        queued: Command[int] = Command(
            self._codec, "LREM", ("LREM", key, count, element), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lset(self, key: Key, index: int, element: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Replace the list element at an index.

        Complexity: O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lset/

        Returns: always True (an out-of-range index or missing key is an error)
        """
        queued: Command[bool] = Command(
            self._codec, "LSET", ("LSET", key, index, element), _R_ok, _WRITE_IDEMPOTENT
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def ltrim(self, key: Key, start: int, stop: int) -> Pipeline[V, Unpack[Ts], bool]:
        """Cut a list down to the elements within an index range.

        Complexity: O(N) where N is the number of elements to be removed by the operation.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/ltrim/

        Returns: always True
        """
        queued: Command[bool] = Command(
            self._codec, "LTRIM", ("LTRIM", key, start, stop), _R_ok, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def memory_help(self) -> Pipeline[V, Unpack[Ts], list[str]]:
        """Show the MEMORY subcommand help text.

        Complexity: O(1)
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/memory-help/

        Returns: the lines of the MEMORY help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "MEMORY HELP", ("MEMORY", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def memory_usage(
        self, key: Key, *, samples: int | None = None
    ) -> Pipeline[V, Unpack[Ts], int | None]:
        """Estimate how many bytes a key and its value take in memory.

        Complexity: O(N) where N is the number of samples.
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/memory-usage/

        Returns: bytes used, sampling `samples` nested elements (0: all); None when the key does not exist
        """
        argv: tuple[Arg, ...] = ("MEMORY", "USAGE", key)
        if samples is not None:
            argv += ("SAMPLES", samples)

        queued: Command[int | None] = Command(
            self._codec, "MEMORY USAGE", argv, _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def mget(self, *keys: Key) -> Pipeline[V, Unpack[Ts], list[V | None]]:
        """Read the strings at several keys in one call.

        Complexity: O(N) where N is the number of keys to retrieve.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/mget/

        Returns: one value per key, in order; None for keys that are missing or not strings
        """
        queued: Command[list[V | None]] = Command(
            self._codec, "MGET", ("MGET", *keys), _R_list_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def move(self, key: Key, db: int) -> Pipeline[V, Unpack[Ts], bool]:
        """Move a key to another database of the same server.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/move/

        Returns: True when moved, False when the key is missing or already exists in the target database
        """
        queued: Command[bool] = Command(self._codec, "MOVE", ("MOVE", key, db), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def mset(self, mapping: SupportsItems[Key, Value]) -> Pipeline[V, Unpack[Ts], bool]:
        """Store several key-value pairs at once, overwriting existing values.

        Complexity: O(N) where N is the number of keys to set.
        Since: Redis 1.0.1 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/mset/

        Returns: always True
        """
        argv: list[Arg] = ["MSET"]
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[bool] = Command(self._codec, "MSET", tuple(argv), _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def msetex(
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
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Store several key-value pairs at once with one expiry for all, optionally only if none or all of the keys exist.

        Complexity: O(N) where N is the number of keys to set.
        Since: not in Redis 8.2 · Valkey 9.1.0
        Docs: https://valkey.io/commands/msetex/

        Returns: True when every key was set; False when NX or XX prevented the write, and then none was set
        """
        argv: list[Arg] = ["MSETEX", len(mapping.items())]
        for k, v in mapping.items():
            argv += (k, v)
        if nx:
            argv.append("NX")
        if xx:
            argv.append("XX")
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "MSETEX", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "MSETEX", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "MSETEX", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "MSETEX", "pxat"),
            )
        if keepttl:
            argv.append("KEEPTTL")

        queued: Command[bool] = Command(self._codec, "MSETEX", tuple(argv), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def msetnx(self, mapping: SupportsItems[Key, Value]) -> Pipeline[V, Unpack[Ts], bool]:
        """Store several key-value pairs only when none of the keys exists yet.

        Complexity: O(N) where N is the number of keys to set.
        Since: Redis 1.0.1 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/msetnx/

        Returns: True when all keys were set, False when any already existed and nothing was written
        """
        argv: list[Arg] = ["MSETNX"]
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[bool] = Command(self._codec, "MSETNX", tuple(argv), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_encoding(self, key: Key) -> Pipeline[V, Unpack[Ts], str | None]:
        """Tell which internal encoding stores the value at a key.

        Complexity: O(1)
        Since: Redis 2.2.3 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-encoding/

        Returns: the encoding name (listpack, hashtable, embstr, ...), or None when the key does not exist
        """
        queued: Command[str | None] = Command(
            self._codec, "OBJECT ENCODING", ("OBJECT", "ENCODING", key), _R_opt_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_freq(self, key: Key) -> Pipeline[V, Unpack[Ts], int | None]:
        """Give the logarithmic access-frequency counter of a key (needs an LFU eviction policy).

        Complexity: O(1)
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-freq/

        Returns: the frequency counter, or None when the key does not exist
        """
        queued: Command[int | None] = Command(
            self._codec, "OBJECT FREQ", ("OBJECT", "FREQ", key), _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_help(self) -> Pipeline[V, Unpack[Ts], list[str]]:
        """List the OBJECT subcommands with a short description of each.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-help/

        Returns: lines of help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "OBJECT HELP", ("OBJECT", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_idletime(self, key: Key) -> Pipeline[V, Unpack[Ts], int | None]:
        """Give the seconds since a key was last read or written.

        Complexity: O(1)
        Since: Redis 2.2.3 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-idletime/

        Returns: the idle time in seconds, or None when the key does not exist
        """
        queued: Command[int | None] = Command(
            self._codec, "OBJECT IDLETIME", ("OBJECT", "IDLETIME", key), _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_refcount(self, key: Key) -> Pipeline[V, Unpack[Ts], int | None]:
        """Give the reference count of the value at a key.

        Complexity: O(1)
        Since: Redis 2.2.3 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-refcount/

        Returns: the reference count, or None when the key does not exist
        """
        queued: Command[int | None] = Command(
            self._codec, "OBJECT REFCOUNT", ("OBJECT", "REFCOUNT", key), _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def persist(self, key: Key) -> Pipeline[V, Unpack[Ts], bool]:
        """Remove the expiry of a key so it lives forever.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/persist/

        Returns: True when an expiry was removed, False when the key is missing or had none
        """
        queued: Command[bool] = Command(self._codec, "PERSIST", ("PERSIST", key), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pexpire(
        self,
        key: Key,
        milliseconds: int | timedelta,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Make a key expire after a number of milliseconds.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pexpire/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        argv: tuple[Arg, ...] = (
            "PEXPIRE",
            key,
            milliseconds
            if isinstance(milliseconds, int)
            else _cv.milliseconds(milliseconds, "PEXPIRE", "milliseconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)

        queued: Command[bool] = Command(self._codec, "PEXPIRE", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pexpireat(
        self,
        key: Key,
        unix_time_milliseconds: int | datetime,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Make a key expire at a Unix time in milliseconds.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pexpireat/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        argv: tuple[Arg, ...] = (
            "PEXPIREAT",
            key,
            unix_time_milliseconds
            if isinstance(unix_time_milliseconds, int)
            else _cv.unix_milliseconds(
                unix_time_milliseconds, "PEXPIREAT", "unix_time_milliseconds"
            ),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)

        queued: Command[bool] = Command(self._codec, "PEXPIREAT", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pexpiretime(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Give the Unix time in milliseconds at which a key will expire.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pexpiretime/

        Returns: the expiry time; -1 when the key has no expiry, -2 when it does not exist
        """
        queued: Command[int] = Command(
            self._codec, "PEXPIRETIME", ("PEXPIRETIME", key), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pfadd(self, key: Key, *elements: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Add elements to a HyperLogLog cardinality estimator.

        Complexity: O(1) to add every element.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pfadd/

        Returns: True when the estimator changed (or was created), False otherwise
        """
        queued: Command[bool] = Command(
            self._codec, "PFADD", ("PFADD", key, *elements), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pfcount(self, *keys: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Estimate the number of distinct elements seen by one or more HyperLogLogs.

        Complexity: O(1) with a very small average constant time when called with a single key. O(N) with N being the number of keys, and much bigger constant times, when called with multiple keys.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pfcount/

        Returns: the approximate cardinality of the union
        """
        queued: Command[int] = Command(self._codec, "PFCOUNT", ("PFCOUNT", *keys), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pfmerge(self, destkey: Key, *sourcekeys: Key) -> Pipeline[V, Unpack[Ts], bool]:
        """Merge HyperLogLogs into a destination estimator.

        Complexity: O(N) to merge N HyperLogLogs, but with high constant times.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pfmerge/

        Returns: always True
        """
        queued: Command[bool] = Command(
            self._codec, "PFMERGE", ("PFMERGE", destkey, *sourcekeys), _R_ok, _WRITE_IDEMPOTENT
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def ping(self, *, message: None = None) -> Pipeline[V, Unpack[Ts], str]: ...
    @overload
    def ping(self, *, message: Value) -> Pipeline[V, Unpack[Ts], V]: ...
    def ping(self, *, message: Value | None = None) -> Pipeline[V, Unpack[Ts], Any]:
        """Check that the server answers, optionally echoing a message.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/ping/

        Returns:
            by default: "PONG"
            message given: the message
        """
        argv: tuple[Arg, ...] = ("PING",)
        if message is not None:
            argv += (message,)

        queued: Command[str | V] = Command(
            self._codec, "PING", argv, _R_V if message is not None else _R_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def psetex(
        self, key: Key, milliseconds: int | timedelta, value: Value
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Store a string at a key with a time to live in milliseconds.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/psetex/

        Returns: always True
        """
        queued: Command[bool] = Command(
            self._codec,
            "PSETEX",
            (
                "PSETEX",
                key,
                milliseconds
                if isinstance(milliseconds, int)
                else _cv.milliseconds(milliseconds, "PSETEX", "milliseconds"),
                value,
            ),
            _R_ok,
            _WRITE_IDEMPOTENT,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pttl(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Tell how many milliseconds remain before a key expires.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pttl/

        Returns: milliseconds left; -1 when the key has no expiry, -2 when it does not exist
        """
        queued: Command[int] = Command(self._codec, "PTTL", ("PTTL", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def publish(self, channel: Value, message: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Send a message to every subscriber of a channel.

        Complexity: O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/publish/

        Redis does not flag this command `write`; it is marked `write` (not idempotent) here because it has an effect outside the data set: a retry after a timeout would deliver the message twice, so it must not be retried like a read.

        Returns: how many subscribers received it (on this node)
        """
        queued: Command[int] = Command(
            self._codec, "PUBLISH", ("PUBLISH", channel, message), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_channels(self, *, pattern: Value | None = None) -> Pipeline[V, Unpack[Ts], list[V]]:
        """List channels that have subscribers, optionally those matching a pattern.

        Complexity: O(N) where N is the number of active channels, and assuming constant time pattern matching (relatively short channels and patterns)
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-channels/

        Returns: the active channel names (pattern subscriptions not counted)
        """
        argv: tuple[Arg, ...] = ("PUBSUB", "CHANNELS")
        if pattern is not None:
            argv += (pattern,)

        queued: Command[list[V]] = Command(
            self._codec, "PUBSUB CHANNELS", argv, _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_help(self) -> Pipeline[V, Unpack[Ts], list[str]]:
        """Show the PUBSUB subcommand help text.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-help/

        Returns: the lines of the PUBSUB help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "PUBSUB HELP", ("PUBSUB", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_numpat(self) -> Pipeline[V, Unpack[Ts], int]:
        """Count the pattern subscriptions across all clients.

        Complexity: O(1)
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-numpat/

        Returns: the number of pattern subscriptions
        """
        queued: Command[int] = Command(
            self._codec, "PUBSUB NUMPAT", ("PUBSUB", "NUMPAT"), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_numsub(self, *channels: Value) -> Pipeline[V, Unpack[Ts], dict[V, int]]:
        """Count the subscribers of each of the given channels.

        Complexity: O(N) for the NUMSUB subcommand, where N is the number of requested channels
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-numsub/

        Returns: channel -> number of subscribers (pattern subscribers not counted); empty when no channel is given
        """
        queued: Command[dict[V, int]] = Command(
            self._codec, "PUBSUB NUMSUB", ("PUBSUB", "NUMSUB", *channels), _R_dict_V_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_shardchannels(
        self, *, pattern: Value | None = None
    ) -> Pipeline[V, Unpack[Ts], list[V]]:
        """List shard channels that have subscribers, optionally those matching a pattern.

        Complexity: O(N) where N is the number of active shard channels, and assuming constant time pattern matching (relatively short shard channels).
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-shardchannels/

        Returns: the active shard channel names
        """
        argv: tuple[Arg, ...] = ("PUBSUB", "SHARDCHANNELS")
        if pattern is not None:
            argv += (pattern,)

        queued: Command[list[V]] = Command(
            self._codec, "PUBSUB SHARDCHANNELS", argv, _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_shardnumsub(self, *shardchannels: Value) -> Pipeline[V, Unpack[Ts], dict[V, int]]:
        """Count the subscribers of each of the given shard channels.

        Complexity: O(N) for the SHARDNUMSUB subcommand, where N is the number of requested shard channels
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-shardnumsub/

        Returns: shard channel -> number of subscribers; empty when no channel is given
        """
        queued: Command[dict[V, int]] = Command(
            self._codec,
            "PUBSUB SHARDNUMSUB",
            ("PUBSUB", "SHARDNUMSUB", *shardchannels),
            _R_dict_V_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def randomkey(self) -> Pipeline[V, Unpack[Ts], V | None]:
        """Pick a random key from the database.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/randomkey/

        Returns: a key, or None when the database is empty
        """
        queued: Command[V | None] = Command(
            self._codec, "RANDOMKEY", ("RANDOMKEY",), _R_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def rename(self, key: Key, newkey: Key) -> Pipeline[V, Unpack[Ts], bool]:
        """Give a key a new name, overwriting any key already using it.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rename/

        Returns: always True (a missing source is an error)
        """
        queued: Command[bool] = Command(
            self._codec, "RENAME", ("RENAME", key, newkey), _R_ok, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def renamenx(self, key: Key, newkey: Key) -> Pipeline[V, Unpack[Ts], bool]:
        """Give a key a new name only when that name is not taken.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/renamenx/

        Returns: True when renamed, False when the new name already exists
        """
        queued: Command[bool] = Command(
            self._codec, "RENAMENX", ("RENAMENX", key, newkey), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def restore(
        self,
        key: Key,
        ttl: int,
        serialized_value: Value,
        *,
        replace: bool = False,
        absttl: bool = False,
        idletime: int | None = None,
        freq: int | None = None,
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Create a key from a payload produced by DUMP.

        Complexity: O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/restore/

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("RESTORE", key, ttl, serialized_value)
        if replace:
            argv += ("REPLACE",)
        if absttl:
            argv += ("ABSTTL",)
        if idletime is not None:
            argv += ("IDLETIME", idletime)
        if freq is not None:
            argv += ("FREQ", freq)

        queued: Command[bool] = Command(self._codec, "RESTORE", argv, _R_ok, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def rpop(self, key: Key, *, count: None = None) -> Pipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def rpop(self, key: Key, *, count: int) -> Pipeline[V, Unpack[Ts], list[V] | None]: ...
    def rpop(self, key: Key, *, count: int | None = None) -> Pipeline[V, Unpack[Ts], Any]:
        """Remove and return elements from the tail of a list.

        Complexity: O(N) where N is the number of elements returned
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpop/

        Returns:
            by default: the last element, or None when the key is missing
            count given: up to count elements, or None when the key is missing
        """
        argv: tuple[Arg, ...] = ("RPOP", key)
        if count is not None:
            argv += (count,)

        queued: Command[V | list[V] | None] = Command(
            self._codec, "RPOP", argv, _R_opt_list_V if count is not None else _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def rpoplpush(self, source: Key, destination: Key) -> Pipeline[V, Unpack[Ts], V | None]:
        """Pop the last element of a list and push it onto the head of another.

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpoplpush/

        Returns: the moved element, or None when the source is empty
        """
        queued: Command[V | None] = Command(
            self._codec, "RPOPLPUSH", ("RPOPLPUSH", source, destination), _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def rpush(self, key: Key, *elements: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Append elements to the tail of a list, creating it if needed.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpush/

        Returns: the list length after the push
        """
        queued: Command[int] = Command(
            self._codec, "RPUSH", ("RPUSH", key, *elements), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def rpushx(self, key: Key, *elements: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Push elements onto the tail of an existing list; does nothing when the key is missing.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpushx/

        Returns: the list length after the push; 0 when the key is missing
        """
        queued: Command[int] = Command(
            self._codec, "RPUSHX", ("RPUSHX", key, *elements), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sadd(self, key: Key, *members: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Add members to a set, creating it if needed.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sadd/

        Returns: how many members were newly added
        """
        queued: Command[int] = Command(self._codec, "SADD", ("SADD", key, *members), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def scan(
        self,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        type: Value | None = None,
    ) -> Pipeline[V, Unpack[Ts], tuple[int, list[V]]]:
        """Walk the keyspace incrementally with a cursor, optionally filtered by pattern and type.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/scan/

        Returns: the next cursor (0 when the walk is complete) and a batch of keys
        """
        argv: tuple[Arg, ...] = ("SCAN", cursor)
        if match is not None:
            argv += ("MATCH", match)
        if count is not None:
            argv += ("COUNT", count)
        if type is not None:
            argv += ("TYPE", type)

        queued: Command[tuple[int, list[V]]] = Command(
            self._codec, "SCAN", argv, _R_tuple2_intstr_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def scard(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Count the members of a set.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/scard/

        Returns: the number of members; 0 when the key is missing
        """
        queued: Command[int] = Command(self._codec, "SCARD", ("SCARD", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_exists(self, *sha1s: Value) -> Pipeline[V, Unpack[Ts], list[bool]]:
        """Tell which of the given SHA1 digests are in the script cache.

        Complexity: O(N) with N being the number of scripts to check (so checking a single script is an O(1) operation).
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-exists/

        Returns: one flag per digest, in order: True when cached
        """
        queued: Command[list[bool]] = Command(
            self._codec, "SCRIPT EXISTS", ("SCRIPT", "EXISTS", *sha1s), _R_list_bool, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_flush(
        self, *, async_: bool = False, sync: bool = False
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Empty the Lua script cache.

        Complexity: O(N) with N being the number of scripts in cache
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-flush/

        Redis does not flag this command `write`; it is marked `write` + `idempotent` here because it destroys shared server state (every client's cached scripts) and must be refused to the read-only token.

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("SCRIPT", "FLUSH")
        if async_:
            argv += ("ASYNC",)
        if sync:
            argv += ("SYNC",)

        queued: Command[bool] = Command(self._codec, "SCRIPT FLUSH", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_help(self) -> Pipeline[V, Unpack[Ts], list[str]]:
        """Show the SCRIPT subcommand help text.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-help/

        Returns: the lines of the SCRIPT help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "SCRIPT HELP", ("SCRIPT", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_load(self, script: Value) -> Pipeline[V, Unpack[Ts], str]:
        """Put a Lua script in the script cache without running it.

        Complexity: O(N) with N being the length in bytes of the script body.
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-load/

        Kept `readonly` as Redis flags it: it changes no data, repeating it returns the same digest, and read-only clients need it to use evalsha_ro.

        Returns: the script's SHA1 digest (40 hex characters), to use with evalsha
        """
        queued: Command[str] = Command(
            self._codec, "SCRIPT LOAD", ("SCRIPT", "LOAD", script), _R_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_show(self, sha1: Value) -> Pipeline[V, Unpack[Ts], V]:
        """Give the source of a cached Lua script from its SHA1 digest.

        Complexity: O(1).
        Since: not in Redis 8.2 · Valkey 8.0.0
        Docs: https://valkey.io/commands/script-show/

        Returns: the script's source as it was loaded (a NOSCRIPT error when no cached script has that digest)
        """
        queued: Command[V] = Command(
            self._codec, "SCRIPT SHOW", ("SCRIPT", "SHOW", sha1), _R_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sdiff(self, *keys: Key) -> Pipeline[V, Unpack[Ts], list[V]]:
        """Compute the members of the first set that are in none of the others.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sdiff/

        Returns: the resulting members
        """
        queued: Command[list[V]] = Command(
            self._codec, "SDIFF", ("SDIFF", *keys), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sdiffstore(self, destination: Key, *keys: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Compute the difference of sets and store it at a destination key.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sdiffstore/

        Returns: the number of members stored
        """
        queued: Command[int] = Command(
            self._codec, "SDIFFSTORE", ("SDIFFSTORE", destination, *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def set(
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
    ) -> Pipeline[V, Unpack[Ts], bool]: ...
    @overload
    def set(
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
    ) -> Pipeline[V, Unpack[Ts], V | None]: ...
    def set(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("SET", key, value)
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if ifeq is not None:
            argv += ("IFEQ", ifeq)
        if get:
            argv += ("GET",)
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "SET", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "SET", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "SET", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "SET", "pxat"),
            )
        if keepttl:
            argv += ("KEEPTTL",)

        queued: Command[bool | V | None] = Command(
            self._codec, "SET", argv, _R_opt_V if get else _R_opt_ok, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def setbit(self, key: Key, offset: int, value: int) -> Pipeline[V, Unpack[Ts], int]:
        """Write a 0 or 1 bit at an offset in the string at a key, growing it if needed.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setbit/

        Returns: the bit's previous value, 0 or 1
        """
        queued: Command[int] = Command(
            self._codec, "SETBIT", ("SETBIT", key, offset, value), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def setex(
        self, key: Key, seconds: int | timedelta, value: Value
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Store a string at a key with a time to live in seconds.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setex/

        Returns: always True
        """
        queued: Command[bool] = Command(
            self._codec,
            "SETEX",
            (
                "SETEX",
                key,
                seconds if isinstance(seconds, int) else _cv.seconds(seconds, "SETEX", "seconds"),
                value,
            ),
            _R_ok,
            _WRITE_IDEMPOTENT,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def setnx(self, key: Key, value: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Store a string at a key only when the key does not exist yet.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setnx/

        Returns: True when the key was set, False when it already existed
        """
        queued: Command[bool] = Command(self._codec, "SETNX", ("SETNX", key, value), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def setrange(self, key: Key, offset: int, value: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Overwrite part of the string at a key starting at a byte offset, padding with zero bytes if needed.

        Complexity: O(1), not counting the time taken to copy the new string in place. Usually, this string is very small so the amortized complexity is O(1). Otherwise, complexity is O(M) with M being the length of the value argument.
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setrange/

        Returns: the string's length after the write
        """
        queued: Command[int] = Command(
            self._codec, "SETRANGE", ("SETRANGE", key, offset, value), _R_int, _WRITE_IDEMPOTENT
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sinter(self, *keys: Key) -> Pipeline[V, Unpack[Ts], list[V]]:
        """Compute the members common to all the given sets.

        Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sinter/

        Returns: the resulting members
        """
        queued: Command[list[V]] = Command(
            self._codec, "SINTER", ("SINTER", *keys), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sintercard(self, *keys: Key, limit: int | None = None) -> Pipeline[V, Unpack[Ts], int]:
        """Count the members common to all the given sets, optionally stopping at a limit.

        Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sintercard/

        Returns: the size of the intersection (capped at limit when given)
        """
        argv: tuple[Arg, ...] = ("SINTERCARD", len(keys), *keys)
        if limit is not None:
            argv += ("LIMIT", limit)

        queued: Command[int] = Command(self._codec, "SINTERCARD", argv, _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sinterstore(self, destination: Key, *keys: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Compute the intersection of sets and store it at a destination key.

        Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sinterstore/

        Returns: the number of members stored
        """
        queued: Command[int] = Command(
            self._codec, "SINTERSTORE", ("SINTERSTORE", destination, *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sismember(self, key: Key, member: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Tell whether a value is a member of a set.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sismember/

        Returns: True when it is a member
        """
        queued: Command[bool] = Command(
            self._codec, "SISMEMBER", ("SISMEMBER", key, member), _R_bool, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def smembers(self, key: Key) -> Pipeline[V, Unpack[Ts], list[V]]:
        """List every member of a set.

        Complexity: O(N) where N is the set cardinality.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/smembers/

        Returns: the members; empty when the key is missing
        """
        queued: Command[list[V]] = Command(
            self._codec, "SMEMBERS", ("SMEMBERS", key), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def smismember(self, key: Key, *members: Value) -> Pipeline[V, Unpack[Ts], list[bool]]:
        """Tell, for several values, whether each is a member of a set.

        Complexity: O(N) where N is the number of elements being checked for membership
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/smismember/

        Returns: one flag per value, in order
        """
        queued: Command[list[bool]] = Command(
            self._codec, "SMISMEMBER", ("SMISMEMBER", key, *members), _R_list_bool, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def smove(self, source: Key, destination: Key, member: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Take a member out of one set and add it to another, atomically.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/smove/

        Returns: True when moved, False when it was not in the source
        """
        queued: Command[bool] = Command(
            self._codec, "SMOVE", ("SMOVE", source, destination, member), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def sort(
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
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def sort(
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
    ) -> Pipeline[V, Unpack[Ts], list[V | None]]: ...
    @overload
    def sort(
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
    ) -> Pipeline[V, Unpack[Ts], int]: ...
    @overload
    def sort(
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
    ) -> Pipeline[V, Unpack[Ts], int]: ...
    def sort(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
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
        argv: list[Arg] = ["SORT", key]
        if by is not None:
            argv += ("BY", by)
        if limit is not None:
            argv.append("LIMIT")
            argv.extend(limit)
        if get is not None:
            for item in get:
                argv += ("GET", item)
        if asc:
            argv.append("ASC")
        if desc:
            argv.append("DESC")
        if alpha:
            argv.append("ALPHA")
        if store is not None:
            argv += ("STORE", store)

        queued: Command[list[V] | list[V | None] | int] = Command(
            self._codec,
            "SORT",
            tuple(argv),
            _R_int
            if get is not None and store is not None
            else _R_list_opt_V
            if get is not None
            else _R_int
            if store is not None
            else _R_list_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value],
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[V | None]]: ...
    def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value] | None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Return the sorted elements of a list, set or sorted set; the read-only twin of SORT without STORE.

        Complexity: O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sort_ro/

        Returns:
            by default: the sorted elements
            get given: the values fetched by the GET patterns, in order; None where a referenced key is missing
        """
        argv: list[Arg] = ["SORT_RO", key]
        if by is not None:
            argv += ("BY", by)
        if limit is not None:
            argv.append("LIMIT")
            argv.extend(limit)
        if get is not None:
            for item in get:
                argv += ("GET", item)
        if asc:
            argv.append("ASC")
        if desc:
            argv.append("DESC")
        if alpha:
            argv.append("ALPHA")

        queued: Command[list[V] | list[V | None]] = Command(
            self._codec,
            "SORT_RO",
            tuple(argv),
            _R_list_opt_V if get is not None else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def spop(self, key: Key, *, count: None = None) -> Pipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def spop(self, key: Key, *, count: int) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    def spop(self, key: Key, *, count: int | None = None) -> Pipeline[V, Unpack[Ts], Any]:
        """Pop one or more randomly chosen members out of a set.

        Complexity: Without the count argument O(1), otherwise O(N) where N is the value of the passed count.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/spop/

        Returns:
            by default: one removed member, or None when the key is missing
            count given: the removed members; empty when the key is missing
        """
        argv: tuple[Arg, ...] = ("SPOP", key)
        if count is not None:
            argv += (count,)

        queued: Command[V | list[V] | None] = Command(
            self._codec, "SPOP", argv, _R_list_V if count is not None else _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def spublish(self, shardchannel: Value, message: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Send a message to every subscriber of a shard channel.

        Complexity: O(N) where N is the number of clients subscribed to the receiving shard channel.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/spublish/

        Redis does not flag this command `write`; it is marked `write` (not idempotent) here because it has an effect outside the data set: a retry after a timeout would deliver the message twice, so it must not be retried like a read.

        Returns: how many subscribers received it
        """
        queued: Command[int] = Command(
            self._codec, "SPUBLISH", ("SPUBLISH", shardchannel, message), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def srandmember(self, key: Key, *, count: None = None) -> Pipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def srandmember(self, key: Key, *, count: int) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    def srandmember(self, key: Key, *, count: int | None = None) -> Pipeline[V, Unpack[Ts], Any]:
        """Pick random members of a set without removing them.

        Complexity: Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/srandmember/

        Returns:
            by default: one member, or None when the key is missing
            count given: the picked members (distinct when count is positive, possibly repeated when negative)
        """
        argv: tuple[Arg, ...] = ("SRANDMEMBER", key)
        if count is not None:
            argv += (count,)

        queued: Command[V | list[V] | None] = Command(
            self._codec, "SRANDMEMBER", argv, _R_list_V if count is not None else _R_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def srem(self, key: Key, *members: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Delete the given members from a set.

        Complexity: O(N) where N is the number of members to be removed.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/srem/

        Returns: how many members were removed
        """
        queued: Command[int] = Command(self._codec, "SREM", ("SREM", key, *members), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sscan(
        self, key: Key, cursor: int = 0, *, match: Value | None = None, count: int | None = None
    ) -> Pipeline[V, Unpack[Ts], tuple[int, list[V]]]:
        """Walk the members of a set incrementally with a cursor.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sscan/

        Returns: the next cursor (0 when the walk is complete) and a batch of members
        """
        argv: tuple[Arg, ...] = ("SSCAN", key, cursor)
        if match is not None:
            argv += ("MATCH", match)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[tuple[int, list[V]]] = Command(
            self._codec, "SSCAN", argv, _R_tuple2_intstr_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def strlen(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Give the length in bytes of the string at a key.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/strlen/

        Returns: the length; 0 when the key is missing
        """
        queued: Command[int] = Command(self._codec, "STRLEN", ("STRLEN", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def substr(self, key: Key, start: int, end: int) -> Pipeline[V, Unpack[Ts], V]:
        """Read a slice of the string at a key (older name of GETRANGE).

        Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/substr/

        Returns: the bytes in the range; empty when the key is missing or the range is out of bounds
        """
        queued: Command[V] = Command(
            self._codec, "SUBSTR", ("SUBSTR", key, start, end), _R_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sunion(self, *keys: Key) -> Pipeline[V, Unpack[Ts], list[V]]:
        """Compute the members present in any of the given sets.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sunion/

        Returns: the resulting members
        """
        queued: Command[list[V]] = Command(
            self._codec, "SUNION", ("SUNION", *keys), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sunionstore(self, destination: Key, *keys: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Compute the union of sets and store it at a destination key.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sunionstore/

        Returns: the number of members stored
        """
        queued: Command[int] = Command(
            self._codec, "SUNIONSTORE", ("SUNIONSTORE", destination, *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def time(self) -> Pipeline[V, Unpack[Ts], tuple[int, int]]:
        """Get the server's current time.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/time/

        Returns: (Unix time in seconds, microseconds within that second)
        """
        queued: Command[tuple[int, int]] = Command(
            self._codec, "TIME", ("TIME",), _R_tuple2_intstr_intstr, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def touch(self, *keys: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Mark keys as recently used and count how many exist.

        Complexity: O(N) where N is the number of keys that will be touched.
        Since: Redis 3.2.1 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/touch/

        Returns: the number of existing keys touched
        """
        queued: Command[int] = Command(self._codec, "TOUCH", ("TOUCH", *keys), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def ttl(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Tell how many seconds remain before a key expires.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/ttl/

        Returns: seconds left; -1 when the key has no expiry, -2 when it does not exist
        """
        queued: Command[int] = Command(self._codec, "TTL", ("TTL", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def type(self, key: Key) -> Pipeline[V, Unpack[Ts], str]:
        """Tell which data type is stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/type/

        Returns: string, list, set, zset, hash, stream, or none when the key does not exist
        """
        queued: Command[str] = Command(self._codec, "TYPE", ("TYPE", key), _R_str, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def unlink(self, *keys: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Remove keys, reclaiming their memory in the background.

        Complexity: O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/unlink/

        Returns: how many of the keys existed and were removed
        """
        queued: Command[int] = Command(self._codec, "UNLINK", ("UNLINK", *keys), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xack(self, key: Key, group: Value, *ids: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Acknowledge entries for a consumer group, removing them from its pending list.

        Complexity: O(1) for each message ID processed.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xack/

        Returns: the number of entries that were pending and are now acknowledged
        """
        queued: Command[int] = Command(
            self._codec, "XACK", ("XACK", key, group, *ids), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xackdel(
        self,
        key: Key,
        group: Value,
        *ids: Value,
        keepref: bool = False,
        delref: bool = False,
        acked: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[XAckDelResult]]:
        """Acknowledge stream entries for a consumer group and delete them from the stream in the same step, with a choice of what happens to other groups' references.

        Complexity: O(1) for each entry ID processed.
        Since: Redis 8.2.0 · not in Valkey 9.1
        Docs: https://redis.io/docs/latest/commands/xackdel/

        keepref (the default) keeps other groups' pending references, delref removes them, acked deletes only entries every group has acknowledged.

        Returns: one code per id, in order: DELETED when acknowledged and deleted, REFERENCED when acknowledged but kept because other consumer groups still reference it, NOT_FOUND when the id is not in the stream (or the key does not exist)
        """
        argv: tuple[Arg, ...] = ("XACKDEL", key, group)
        if keepref:
            argv += ("KEEPREF",)
        if delref:
            argv += ("DELREF",)
        if acked:
            argv += ("ACKED",)
        argv += ("IDS", len(ids))
        argv += tuple(ids)

        queued: Command[list[XAckDelResult]] = Command(
            self._codec, "XACKDEL", argv, _R_list_XAckDelResult, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xadd(
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
    ) -> Pipeline[V, Unpack[Ts], V]: ...
    @overload
    def xadd(
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
    ) -> Pipeline[V, Unpack[Ts], V | None]: ...
    def xadd(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Append an entry to a stream (auto id by default), optionally trimming the stream in the same call.

        Complexity: O(1) when adding a new entry, O(N) when trimming where N being the number of entries evicted.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xadd/

        id defaults to "*" (auto-generated) and is keyword-style in Python although it precedes the fields on the wire; trimming: strategy="MAXLEN"|"MINID", threshold, and optionally approximately/equal and limit.

        Returns:
            by default: the id of the new entry
            nomkstream=True: the id of the new entry; None when the stream did not exist
        """
        argv: list[Arg] = ["XADD", key]
        if nomkstream:
            argv.append("NOMKSTREAM")
        if strategy is not None:
            argv.append(strategy)
        if equal:
            argv.append("=")
        if approximately:
            argv.append("~")
        if threshold is not None:
            argv.append(threshold)
        if limit is not None:
            argv += ("LIMIT", limit)
        argv.append(id)
        for k, v in fields.items():
            argv += (k, v)

        queued: Command[V | None] = Command(
            self._codec, "XADD", tuple(argv), _R_opt_V if nomkstream else _R_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: Literal[False] = False,
    ) -> Pipeline[V, Unpack[Ts], XAutoClaimResult[V]]: ...
    @overload
    def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: Literal[True],
    ) -> Pipeline[V, Unpack[Ts], XAutoClaimJustIdResult[V]]: ...
    def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: bool = False,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Transfer to a consumer the group's pending entries idle for at least a given time, scanning from a start id.

        Complexity: O(1) if COUNT is small.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xautoclaim/

        Returns:
            by default: the next start id, the claimed entries and the ids of deleted entries
            justid=True: the next start id, the claimed ids and the ids of deleted entries
        """
        argv: tuple[Arg, ...] = ("XAUTOCLAIM", key, group, consumer, min_idle_time, start)
        if count is not None:
            argv += ("COUNT", count)
        if justid:
            argv += ("JUSTID",)

        queued: Command[XAutoClaimResult[V] | XAutoClaimJustIdResult[V]] = Command(
            self._codec,
            "XAUTOCLAIM",
            argv,
            _R_XAutoClaimJustIdResult if justid else _R_XAutoClaimResult,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xclaim(
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
    ) -> Pipeline[V, Unpack[Ts], list[StreamEntry[V]]]: ...
    @overload
    def xclaim(
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
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    def xclaim(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Transfer ownership of specific pending entries of a group to a consumer when they have been idle long enough.

        Complexity: O(log N) with N being the number of messages in the PEL of the consumer group.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xclaim/

        Returns:
            by default: the claimed entries (ids no longer in the stream are dropped from the PEL and omitted)
            justid=True: the ids of the claimed entries
        """
        argv: tuple[Arg, ...] = ("XCLAIM", key, group, consumer, min_idle_time, *ids)
        if idle is not None:
            argv += ("IDLE", idle)
        if time is not None:
            argv += ("TIME", time)
        if retrycount is not None:
            argv += ("RETRYCOUNT", retrycount)
        if force:
            argv += ("FORCE",)
        if justid:
            argv += ("JUSTID",)
        if lastid is not None:
            argv += ("LASTID", lastid)

        queued: Command[list[StreamEntry[V]] | list[V]] = Command(
            self._codec, "XCLAIM", argv, _R_list_V if justid else _R_list_StreamEntry, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xdel(self, key: Key, *ids: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Delete entries from a stream by id.

        Complexity: O(1) for each single item to delete in the stream, regardless of the stream size.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xdel/

        Returns: the number of entries deleted
        """
        queued: Command[int] = Command(self._codec, "XDEL", ("XDEL", key, *ids), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xdelex(
        self,
        key: Key,
        *ids: Value,
        keepref: bool = False,
        delref: bool = False,
        acked: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[XDelExResult]]:
        """Delete stream entries by id, with a choice of what happens to consumer groups' references to them.

        Complexity: O(1) for each single item to delete in the stream, regardless of the stream size.
        Since: Redis 8.2.0 · not in Valkey 9.1
        Docs: https://redis.io/docs/latest/commands/xdelex/

        keepref (the default) keeps consumer groups' pending references, delref removes them too, acked deletes only entries every group has acknowledged.

        Returns: one code per id, in order: DELETED when the entry was deleted, REFERENCED when it was kept because consumer groups still reference it (acked), NOT_FOUND when the id is not in the stream (or the key does not exist)
        """
        argv: tuple[Arg, ...] = ("XDELEX", key)
        if keepref:
            argv += ("KEEPREF",)
        if delref:
            argv += ("DELREF",)
        if acked:
            argv += ("ACKED",)
        argv += ("IDS", len(ids))
        argv += tuple(ids)

        queued: Command[list[XDelExResult]] = Command(
            self._codec, "XDELEX", argv, _R_list_XDelExResult, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_create(
        self,
        key: Key,
        groupname: Value,
        id: str | bytes = "$",
        *,
        mkstream: bool = False,
        entriesread: int | None = None,
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Create a consumer group on a stream starting at an id ($ for new entries only), optionally creating the stream.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-create/

        Returns: True once the group is created
        """
        argv: tuple[Arg, ...] = ("XGROUP", "CREATE", key, groupname, id)
        if mkstream:
            argv += ("MKSTREAM",)
        if entriesread is not None:
            argv += ("ENTRIESREAD", entriesread)

        queued: Command[bool] = Command(self._codec, "XGROUP CREATE", argv, _R_ok, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_createconsumer(
        self, key: Key, groupname: Value, consumername: Value
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Create a consumer in a consumer group.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-createconsumer/

        Returns: True when created, False when it already existed
        """
        queued: Command[bool] = Command(
            self._codec,
            "XGROUP CREATECONSUMER",
            ("XGROUP", "CREATECONSUMER", key, groupname, consumername),
            _R_bool,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_delconsumer(
        self, key: Key, groupname: Value, consumername: Value
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Delete a consumer from a consumer group, dropping its pending entries.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-delconsumer/

        Returns: the number of pending entries the consumer had
        """
        queued: Command[int] = Command(
            self._codec,
            "XGROUP DELCONSUMER",
            ("XGROUP", "DELCONSUMER", key, groupname, consumername),
            _R_int,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_destroy(self, key: Key, groupname: Value) -> Pipeline[V, Unpack[Ts], bool]:
        """Delete a consumer group of a stream.

        Complexity: O(N) where N is the number of entries in the group's pending entries list (PEL).
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-destroy/

        Returns: True when the group existed and was deleted
        """
        queued: Command[bool] = Command(
            self._codec, "XGROUP DESTROY", ("XGROUP", "DESTROY", key, groupname), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_help(self) -> Pipeline[V, Unpack[Ts], list[str]]:
        """Help text for the XGROUP subcommands.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-help/

        Returns: lines of help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "XGROUP HELP", ("XGROUP", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_setid(
        self, key: Key, groupname: Value, id: str | bytes, *, entriesread: int | None = None
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Move a consumer group's last-delivered id (and optionally its read counter).

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-setid/

        Returns: True once the id is set
        """
        argv: tuple[Arg, ...] = ("XGROUP", "SETID", key, groupname, id)
        if entriesread is not None:
            argv += ("ENTRIESREAD", entriesread)

        queued: Command[bool] = Command(self._codec, "XGROUP SETID", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xinfo_consumers(
        self, key: Key, groupname: Value
    ) -> Pipeline[V, Unpack[Ts], list[XInfoConsumer[V]]]:
        """List the consumers of a consumer group with their pending counts and idle times.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-consumers/

        Returns: one description per consumer
        """
        queued: Command[list[XInfoConsumer[V]]] = Command(
            self._codec,
            "XINFO CONSUMERS",
            ("XINFO", "CONSUMERS", key, groupname),
            _R_list_XInfoConsumer,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xinfo_groups(self, key: Key) -> Pipeline[V, Unpack[Ts], list[XInfoGroup[V]]]:
        """List the consumer groups of a stream with their progress.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-groups/

        Returns: one description per consumer group
        """
        queued: Command[list[XInfoGroup[V]]] = Command(
            self._codec, "XINFO GROUPS", ("XINFO", "GROUPS", key), _R_list_XInfoGroup, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xinfo_help(self) -> Pipeline[V, Unpack[Ts], list[str]]:
        """Help text for the XINFO subcommands.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-help/

        Returns: lines of help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "XINFO HELP", ("XINFO", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xinfo_stream(
        self, key: Key, *, full: Literal[False] = False, count: int | None = None
    ) -> Pipeline[V, Unpack[Ts], XInfoStream[V]]: ...
    @overload
    def xinfo_stream(
        self, key: Key, *, full: Literal[True], count: int | None = None
    ) -> Pipeline[V, Unpack[Ts], XInfoStreamFull[V]]: ...
    def xinfo_stream(
        self, key: Key, *, full: bool = False, count: int | None = None
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Describe a stream; with full, also its entries, groups, consumers and pending lists.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-stream/

        The optional FULL block becomes full: bool plus count: int | None (count only with full; COUNT 0 means every entry).

        Returns:
            by default: the stream's summary
            full=True: the stream's detailed description
        """
        argv: tuple[Arg, ...] = ("XINFO", "STREAM", key)
        if full:
            argv += ("FULL",)
            if count is not None:
                argv += ("COUNT", count)

        queued: Command[XInfoStream[V] | XInfoStreamFull[V]] = Command(
            self._codec,
            "XINFO STREAM",
            argv,
            _R_XInfoStreamFull if full else _R_XInfoStream,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xlen(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Count the entries of a stream (0 when the key does not exist).

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xlen/

        Returns: the number of entries
        """
        queued: Command[int] = Command(self._codec, "XLEN", ("XLEN", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: None = None,
        consumer: Value | None = None,
    ) -> Pipeline[V, Unpack[Ts], XPendingSummary[V]]: ...
    @overload
    def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: int,
        consumer: Value | None = None,
    ) -> Pipeline[V, Unpack[Ts], list[XPendingEntry[V]]]: ...
    def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: int | None = None,
        consumer: Value | None = None,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Inspect a consumer group's pending entries: a summary, or (with start, end, count) the entries themselves.

        Complexity: O(N) with N being the number of elements returned, so asking for a small fixed number of entries per call is O(1). O(M), where M is the total number of entries scanned when used with the IDLE filter. When the command returns just the summary and the list of consumers is small, it runs in O(1) time; otherwise, an additional O(N) time for iterating every consumer.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xpending/

        start, end and count go together; idle and consumer need them.

        Returns:
            by default: the summary of the group's pending entries
            count given: the pending entries in the id range
        """
        argv: tuple[Arg, ...] = ("XPENDING", key, group)
        if idle is not None:
            argv += ("IDLE", idle)
        if start is not None:
            argv += (start,)
        if end is not None:
            argv += (end,)
        if count is not None:
            argv += (count,)
        if consumer is not None:
            argv += (consumer,)

        queued: Command[XPendingSummary[V] | list[XPendingEntry[V]]] = Command(
            self._codec,
            "XPENDING",
            argv,
            _R_list_XPendingEntry if count is not None else _R_XPendingSummary,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xrange(
        self, key: Key, start: Value = "-", end: Value = "+", *, count: int | None = None
    ) -> Pipeline[V, Unpack[Ts], list[StreamEntry[V]]]:
        """Entries of a stream between two ids, oldest first, optionally limited to count.

        Complexity: O(N) with N being the number of elements being returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xrange/

        Returns: the entries in the range
        """
        argv: tuple[Arg, ...] = ("XRANGE", key, start, end)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[list[StreamEntry[V]]] = Command(
            self._codec, "XRANGE", argv, _R_list_StreamEntry, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xread(
        self, streams: SupportsItems[Key, Value], *, count: int | None = None
    ) -> Pipeline[V, Unpack[Ts], list[XReadStream[V]] | None]:
        """Read entries with ids greater than the given ones from one or more streams (never blocks here).

        Complexity: For each stream mentioned: O(N) with N being the number of elements being returned, it means that XREAD-ing with a fixed COUNT is O(1). Note that when the BLOCK option is used, XADD will pay O(M) time in order to serve the M clients blocked on the stream getting new data.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xread/

        Offered without BLOCK: blocking reads cannot be served over HTTP, so the BLOCK argument was removed. streams maps each stream key to the id to read after; on the wire all keys come first, then all ids.

        Returns: the new entries per stream that has any; None when no stream has new entries
        """
        argv: list[Arg] = ["XREAD"]
        if count is not None:
            argv += ("COUNT", count)
        argv.append("STREAMS")
        for k, _ in streams.items():
            argv.append(k)
        for _, v in streams.items():
            argv.append(v)

        queued: Command[list[XReadStream[V]] | None] = Command(
            self._codec, "XREAD", tuple(argv), _R_opt_list_XReadStream, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xreadgroup(
        self,
        group: Value,
        consumer: Value,
        streams: SupportsItems[Key, Value],
        *,
        count: int | None = None,
        noack: bool = False,
    ) -> Pipeline[V, Unpack[Ts], list[XReadGroupStream[V]] | None]:
        """Read entries as a consumer of a group: new ones (id >) or the consumer's own pending history (never blocks here).

        Complexity: For each stream mentioned: O(M) with M being the number of elements returned. If M is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1). On the other side when XREADGROUP blocks, XADD will pay the O(N) time in order to serve the N clients blocked on the stream getting new data.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xreadgroup/

        Offered without BLOCK: blocking reads cannot be served over HTTP, so the BLOCK argument was removed. streams maps each stream key to an id (">" for new entries); on the wire all keys come first, then all ids.

        Returns: the delivered entries per stream; None when there is nothing to deliver
        """
        argv: list[Arg] = ["XREADGROUP", "GROUP", group, consumer]
        if count is not None:
            argv += ("COUNT", count)
        if noack:
            argv.append("NOACK")
        argv.append("STREAMS")
        for k, _ in streams.items():
            argv.append(k)
        for _, v in streams.items():
            argv.append(v)

        queued: Command[list[XReadGroupStream[V]] | None] = Command(
            self._codec, "XREADGROUP", tuple(argv), _R_opt_list_XReadGroupStream, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xrevrange(
        self, key: Key, end: Value = "+", start: Value = "-", *, count: int | None = None
    ) -> Pipeline[V, Unpack[Ts], list[StreamEntry[V]]]:
        """Entries of a stream between two ids, newest first, optionally limited to count.

        Complexity: O(N) with N being the number of elements returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xrevrange/

        Returns: the entries in the range, newest first
        """
        argv: tuple[Arg, ...] = ("XREVRANGE", key, end, start)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[list[StreamEntry[V]]] = Command(
            self._codec, "XREVRANGE", argv, _R_list_StreamEntry, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xsetid(
        self,
        key: Key,
        last_id: Value,
        *,
        entriesadded: int | None = None,
        maxdeletedid: Value | None = None,
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Set a stream's last generated id (and optionally its added-entries counter and max deleted id).

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xsetid/

        Returns: True once set
        """
        argv: tuple[Arg, ...] = ("XSETID", key, last_id)
        if entriesadded is not None:
            argv += ("ENTRIESADDED", entriesadded)
        if maxdeletedid is not None:
            argv += ("MAXDELETEDID", maxdeletedid)

        queued: Command[bool] = Command(self._codec, "XSETID", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xtrim(
        self,
        key: Key,
        strategy: Literal["MAXLEN", "MINID"],
        threshold: Value,
        *,
        equal: bool = False,
        approximately: bool = False,
        limit: int | None = None,
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Trim a stream to a maximum length (MAXLEN) or drop entries below an id (MINID).

        Complexity: O(N), with N being the number of evicted entries. Constant times are very small however, since entries are organized in macro nodes containing multiple entries that can be released with a single deallocation.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xtrim/

        The required trim block is not a parameter of its own: strategy ("MAXLEN"|"MINID") and threshold are positional, equal/approximately/limit keyword-only.

        Returns: the number of entries removed
        """
        argv: tuple[Arg, ...] = ("XTRIM", key, strategy)
        if equal:
            argv += ("=",)
        if approximately:
            argv += ("~",)
        argv += (threshold,)
        if limit is not None:
            argv += ("LIMIT", limit)

        queued: Command[int] = Command(self._codec, "XTRIM", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zadd(
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
    ) -> Pipeline[V, Unpack[Ts], int]: ...
    @overload
    def zadd(
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
    ) -> Pipeline[V, Unpack[Ts], float | None]: ...
    def zadd(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Add members with scores to a sorted set, or update their scores; INCR adds to one member's score.

        Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zadd/

        Returns:
            by default: the number of members added (with ch: added or whose score changed)
            incr=True: the member's new score; None when NX/XX/GT/LT prevented the update
        """
        argv: list[Arg] = ["ZADD", key]
        if nx:
            argv.append("NX")
        if xx:
            argv.append("XX")
        if gt:
            argv.append("GT")
        if lt:
            argv.append("LT")
        if ch:
            argv.append("CH")
        if incr:
            argv.append("INCR")
        for k, v in mapping.items():
            argv += (v, k)

        queued: Command[int | float | None] = Command(
            self._codec, "ZADD", tuple(argv), _R_opt_float if incr else _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zcard(self, key: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Count the members of a sorted set (0 when the key does not exist).

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zcard/

        Returns: the number of members
        """
        queued: Command[int] = Command(self._codec, "ZCARD", ("ZCARD", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zcount(self, key: Key, min: float | str, max: float | str) -> Pipeline[V, Unpack[Ts], int]:
        """Count the members whose score lies between two bounds.

        Complexity: O(log(N)) with N being the number of elements in the sorted set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zcount/

        Returns: the number of members in the score range
        """
        queued: Command[int] = Command(
            self._codec, "ZCOUNT", ("ZCOUNT", key, min, max), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zdiff(
        self, *keys: Key, withscores: Literal[False] = False
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zdiff(
        self, *keys: Key, withscores: Literal[True]
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zdiff(self, *keys: Key, withscores: bool = False) -> Pipeline[V, Unpack[Ts], Any]:
        """Members of the first sorted set that appear in none of the others.

        Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zdiff/

        Returns:
            by default: the members of the difference
            withscores=True: the members of the difference, each with its score
        """
        argv: tuple[Arg, ...] = ("ZDIFF", len(keys), *keys)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZDIFF", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zdiffstore(self, destination: Key, *keys: Key) -> Pipeline[V, Unpack[Ts], int]:
        """Store in a destination key the members of the first sorted set that appear in none of the others.

        Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zdiffstore/

        Returns: the number of members in the stored result
        """
        queued: Command[int] = Command(
            self._codec, "ZDIFFSTORE", ("ZDIFFSTORE", destination, len(keys), *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zincrby(self, key: Key, increment: float, member: Value) -> Pipeline[V, Unpack[Ts], float]:
        """Add an amount to a member's score (creating it at 0 first if needed) and return the new score.

        Complexity: O(log(N)) where N is the number of elements in the sorted set.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zincrby/

        Returns: the member's new score
        """
        queued: Command[float] = Command(
            self._codec, "ZINCRBY", ("ZINCRBY", key, increment, member), _R_float, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[False] = False,
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[True],
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: bool = False,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Members present in every given sorted set, with scores combined by SUM, MIN or MAX.

        Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zinter/

        Returns:
            by default: the members of the intersection
            withscores=True: the members of the intersection, each with its score
        """
        argv: tuple[Arg, ...] = ("ZINTER", len(keys), *keys)
        if weights is not None:
            argv += ("WEIGHTS",)
            argv += tuple(weights)
        if aggregate is not None:
            argv += ("AGGREGATE", aggregate)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZINTER", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zintercard(self, *keys: Key, limit: int | None = None) -> Pipeline[V, Unpack[Ts], int]:
        """Count the members of the intersection of sorted sets, optionally stopping at a limit.

        Complexity: O(N*K) worst case with N being the smallest input sorted set, K being the number of input sorted sets.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zintercard/

        Returns: the size of the intersection (capped at limit when given)
        """
        argv: tuple[Arg, ...] = ("ZINTERCARD", len(keys), *keys)
        if limit is not None:
            argv += ("LIMIT", limit)

        queued: Command[int] = Command(self._codec, "ZINTERCARD", argv, _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zinterstore(
        self,
        destination: Key,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Store in a destination key the intersection of sorted sets, with scores combined by SUM, MIN or MAX.

        Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zinterstore/

        Returns: the number of members in the stored result
        """
        argv: tuple[Arg, ...] = ("ZINTERSTORE", destination, len(keys), *keys)
        if weights is not None:
            argv += ("WEIGHTS",)
            argv += tuple(weights)
        if aggregate is not None:
            argv += ("AGGREGATE", aggregate)

        queued: Command[int] = Command(self._codec, "ZINTERSTORE", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zlexcount(self, key: Key, min: Value, max: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Count the members between two lexicographic bounds (for sets whose scores are all equal).

        Complexity: O(log(N)) with N being the number of elements in the sorted set.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zlexcount/

        Returns: the number of members in the lexicographic range
        """
        queued: Command[int] = Command(
            self._codec, "ZLEXCOUNT", ("ZLEXCOUNT", key, min, max), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zmpop(
        self, keys: Sequence[Key], where: Literal["MIN", "MAX"], *, count: int | None = None
    ) -> Pipeline[V, Unpack[Ts], ZMPopResult[V] | None]:
        """Pop up to count lowest- or highest-scored members from the first non-empty sorted set among several keys.

        Complexity: O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zmpop/

        Returns: the key popped from and the popped members with scores; None when every key is empty
        """
        argv: tuple[Arg, ...] = ("ZMPOP", len(keys), *keys, where)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[ZMPopResult[V] | None] = Command(
            self._codec, "ZMPOP", argv, _R_opt_ZMPopResult, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zmscore(self, key: Key, *members: Value) -> Pipeline[V, Unpack[Ts], list[float | None]]:
        """Look up the scores of several members at once.

        Complexity: O(N) where N is the number of members being requested.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zmscore/

        Returns: the score of each member, None for a member that is absent
        """
        queued: Command[list[float | None]] = Command(
            self._codec, "ZMSCORE", ("ZMSCORE", key, *members), _R_list_opt_float, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zpopmax(
        self, key: Key, *, count: None = None
    ) -> Pipeline[V, Unpack[Ts], tuple[V, float] | None]: ...
    @overload
    def zpopmax(
        self, key: Key, *, count: int
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zpopmax(self, key: Key, *, count: int | None = None) -> Pipeline[V, Unpack[Ts], Any]:
        """Remove and return the highest-scored members (one unless count is given).

        Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zpopmax/

        Returns:
            by default: the highest-scored member with its score, or None when the key does not exist
            count given: up to count members with their scores, highest first; empty when the key does not exist
        """
        argv: tuple[Arg, ...] = ("ZPOPMAX", key)
        if count is not None:
            argv += (count,)

        queued: Command[tuple[V, float] | list[tuple[V, float]] | None] = Command(
            self._codec,
            "ZPOPMAX",
            argv,
            _R_pairs_V_float if count is not None else _R_first_pairs_V_float,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zpopmin(
        self, key: Key, *, count: None = None
    ) -> Pipeline[V, Unpack[Ts], tuple[V, float] | None]: ...
    @overload
    def zpopmin(
        self, key: Key, *, count: int
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zpopmin(self, key: Key, *, count: int | None = None) -> Pipeline[V, Unpack[Ts], Any]:
        """Remove and return the lowest-scored members (one unless count is given).

        Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zpopmin/

        Returns:
            by default: the lowest-scored member with its score, or None when the key does not exist
            count given: up to count members with their scores, lowest first; empty when the key does not exist
        """
        argv: tuple[Arg, ...] = ("ZPOPMIN", key)
        if count is not None:
            argv += (count,)

        queued: Command[tuple[V, float] | list[tuple[V, float]] | None] = Command(
            self._codec,
            "ZPOPMIN",
            argv,
            _R_pairs_V_float if count is not None else _R_first_pairs_V_float,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrandmember(
        self, key: Key, *, count: None = None, withscores: Literal[False] = False
    ) -> Pipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def zrandmember(
        self, key: Key, *, count: int, withscores: Literal[False] = False
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrandmember(
        self, key: Key, *, count: int, withscores: Literal[True]
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrandmember(
        self, key: Key, *, count: int | None = None, withscores: bool = False
    ) -> Pipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("ZRANDMEMBER", key)
        if count is not None:
            argv += (count,)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[V | list[V] | list[tuple[V, float]] | None] = Command(
            self._codec,
            "ZRANDMEMBER",
            argv,
            _R_pairs_V_float
            if count is not None and withscores
            else _R_list_V
            if count is not None
            else _R_opt_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrange(
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
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrange(
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
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrange(
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
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Members of a sorted set by rank, score (byscore) or lexicographic (bylex) range, optionally reversed and paged.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrange/

        Returns:
            by default: the members in the range, in order
            withscores=True: the members in the range, in order, each with its score
        """
        argv: tuple[Arg, ...] = ("ZRANGE", key, start, stop)
        if byscore:
            argv += ("BYSCORE",)
        if bylex:
            argv += ("BYLEX",)
        if rev:
            argv += ("REV",)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZRANGE", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zrangebylex(
        self, key: Key, min: Value, max: Value, *, limit: tuple[int, int] | None = None
    ) -> Pipeline[V, Unpack[Ts], list[V]]:
        """Members between two lexicographic bounds, optionally paged (legacy form of ZRANGE BYLEX).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrangebylex/

        Returns: the members in the range
        """
        argv: tuple[Arg, ...] = ("ZRANGEBYLEX", key, min, max)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[list[V]] = Command(self._codec, "ZRANGEBYLEX", argv, _R_list_V, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: Literal[False] = False,
        limit: tuple[int, int] | None = None,
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: Literal[True],
        limit: tuple[int, int] | None = None,
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: bool = False,
        limit: tuple[int, int] | None = None,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Members whose score lies between two bounds, lowest first (legacy form of ZRANGE BYSCORE).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 1.0.5 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrangebyscore/

        Returns:
            by default: the members in the score range, lowest score first
            withscores=True: the members in the score range, lowest score first, each with its score
        """
        argv: tuple[Arg, ...] = ("ZRANGEBYSCORE", key, min, max)
        if withscores:
            argv += ("WITHSCORES",)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec,
            "ZRANGEBYSCORE",
            argv,
            _R_pairs_V_float if withscores else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zrangestore(
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
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Copy the members of a rank, score or lexicographic range of one sorted set into a destination key.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored into the destination key.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrangestore/

        Returns: the number of members stored
        """
        argv: tuple[Arg, ...] = ("ZRANGESTORE", dst, src, min, max)
        if byscore:
            argv += ("BYSCORE",)
        if bylex:
            argv += ("BYLEX",)
        if rev:
            argv += ("REV",)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[int] = Command(self._codec, "ZRANGESTORE", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrank(
        self, key: Key, member: Value, *, withscore: Literal[False] = False
    ) -> Pipeline[V, Unpack[Ts], int | None]: ...
    @overload
    def zrank(
        self, key: Key, member: Value, *, withscore: Literal[True]
    ) -> Pipeline[V, Unpack[Ts], tuple[int, float] | None]: ...
    def zrank(
        self, key: Key, member: Value, *, withscore: bool = False
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Position of a member when the set is ordered from lowest to highest score (0-based).

        Complexity: O(log(N))
        Since: Redis 2.0.0 · every Valkey release
        Option `withscore`: Redis 7.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrank/

        Returns:
            by default: the member's rank; None when the member or key does not exist
            withscore=True: the member's rank and its score; None when the member or key does not exist
        """
        argv: tuple[Arg, ...] = ("ZRANK", key, member)
        if withscore:
            argv += ("WITHSCORE",)

        queued: Command[int | tuple[int, float] | None] = Command(
            self._codec,
            "ZRANK",
            argv,
            _R_opt_tuple2_int_float if withscore else _R_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zrem(self, key: Key, *members: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Delete the given members from a sorted set, ignoring absent ones.

        Complexity: O(M*log(N)) with N being the number of elements in the sorted set and M the number of elements to be removed.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrem/

        Returns: the number of members actually removed
        """
        queued: Command[int] = Command(self._codec, "ZREM", ("ZREM", key, *members), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zremrangebylex(self, key: Key, min: Value, max: Value) -> Pipeline[V, Unpack[Ts], int]:
        """Delete every member between two lexicographic bounds.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zremrangebylex/

        Returns: the number of members removed
        """
        queued: Command[int] = Command(
            self._codec, "ZREMRANGEBYLEX", ("ZREMRANGEBYLEX", key, min, max), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zremrangebyrank(self, key: Key, start: int, stop: int) -> Pipeline[V, Unpack[Ts], int]:
        """Delete every member whose rank lies between two positions.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zremrangebyrank/

        Returns: the number of members removed
        """
        queued: Command[int] = Command(
            self._codec, "ZREMRANGEBYRANK", ("ZREMRANGEBYRANK", key, start, stop), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zremrangebyscore(
        self, key: Key, min: float | str, max: float | str
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Delete every member whose score lies between two bounds.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zremrangebyscore/

        Returns: the number of members removed
        """
        queued: Command[int] = Command(
            self._codec, "ZREMRANGEBYSCORE", ("ZREMRANGEBYSCORE", key, min, max), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: Literal[False] = False
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: Literal[True]
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: bool = False
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Members by rank with the highest score first (legacy form of ZRANGE REV).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrange/

        Returns:
            by default: the members in the rank range, highest score first
            withscores=True: the members in the rank range, highest score first, each with its score
        """
        argv: tuple[Arg, ...] = ("ZREVRANGE", key, start, stop)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZREVRANGE", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zrevrangebylex(
        self, key: Key, max: Value, min: Value, *, limit: tuple[int, int] | None = None
    ) -> Pipeline[V, Unpack[Ts], list[V]]:
        """Members between two lexicographic bounds in descending order (legacy form of ZRANGE BYLEX REV).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrangebylex/

        Returns: the members in the range, descending
        """
        argv: tuple[Arg, ...] = ("ZREVRANGEBYLEX", key, max, min)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[list[V]] = Command(self._codec, "ZREVRANGEBYLEX", argv, _R_list_V, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: Literal[False] = False,
        limit: tuple[int, int] | None = None,
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: Literal[True],
        limit: tuple[int, int] | None = None,
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: bool = False,
        limit: tuple[int, int] | None = None,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Members whose score lies between two bounds, highest first (legacy form of ZRANGE BYSCORE REV).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrangebyscore/

        Returns:
            by default: the members in the score range, highest score first
            withscores=True: the members in the score range, highest score first, each with its score
        """
        argv: tuple[Arg, ...] = ("ZREVRANGEBYSCORE", key, max, min)
        if withscores:
            argv += ("WITHSCORES",)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec,
            "ZREVRANGEBYSCORE",
            argv,
            _R_pairs_V_float if withscores else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrevrank(
        self, key: Key, member: Value, *, withscore: Literal[False] = False
    ) -> Pipeline[V, Unpack[Ts], int | None]: ...
    @overload
    def zrevrank(
        self, key: Key, member: Value, *, withscore: Literal[True]
    ) -> Pipeline[V, Unpack[Ts], tuple[int, float] | None]: ...
    def zrevrank(
        self, key: Key, member: Value, *, withscore: bool = False
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Position of a member when the set is ordered from highest to lowest score (0-based).

        Complexity: O(log(N))
        Since: Redis 2.0.0 · every Valkey release
        Option `withscore`: Redis 7.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrank/

        Returns:
            by default: the member's reverse rank; None when the member or key does not exist
            withscore=True: the member's reverse rank and its score; None when the member or key does not exist
        """
        argv: tuple[Arg, ...] = ("ZREVRANK", key, member)
        if withscore:
            argv += ("WITHSCORE",)

        queued: Command[int | tuple[int, float] | None] = Command(
            self._codec,
            "ZREVRANK",
            argv,
            _R_opt_tuple2_int_float if withscore else _R_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: Literal[False] = False,
    ) -> Pipeline[V, Unpack[Ts], tuple[int, list[tuple[V, float]]]]: ...
    @overload
    def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: Literal[True],
    ) -> Pipeline[V, Unpack[Ts], tuple[int, list[V]]]: ...
    def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: bool = False,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Walk a sorted set a page at a time with a cursor, getting members and scores.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        Since: Redis 2.8.0 · every Valkey release
        Option `noscores`: not in Redis 8.2 · Valkey 8.0.0
        Docs: https://redis.io/docs/latest/commands/zscan/

        Returns:
            by default: the next cursor (0 when the walk is complete) and a page of members with scores
            noscores=True: the next cursor (0 when the walk is complete) and a page of members, without their scores
        """
        argv: tuple[Arg, ...] = ("ZSCAN", key, cursor)
        if match is not None:
            argv += ("MATCH", match)
        if count is not None:
            argv += ("COUNT", count)
        if noscores:
            argv += ("NOSCORES",)

        queued: Command[tuple[int, list[tuple[V, float]]] | tuple[int, list[V]]] = Command(
            self._codec,
            "ZSCAN",
            argv,
            _R_tuple2_intstr_list_V if noscores else _R_tuple2_intstr_pairs_V_float,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zscore(self, key: Key, member: Value) -> Pipeline[V, Unpack[Ts], float | None]:
        """The score of one member of a sorted set.

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zscore/

        Returns: the score; None when the member or key does not exist
        """
        queued: Command[float | None] = Command(
            self._codec, "ZSCORE", ("ZSCORE", key, member), _R_opt_float, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[False] = False,
    ) -> Pipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[True],
    ) -> Pipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: bool = False,
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Members present in any of the given sorted sets, with scores combined by SUM, MIN or MAX.

        Complexity: O(N)+O(M*log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zunion/

        Returns:
            by default: the members of the union
            withscores=True: the members of the union, each with its score
        """
        argv: tuple[Arg, ...] = ("ZUNION", len(keys), *keys)
        if weights is not None:
            argv += ("WEIGHTS",)
            argv += tuple(weights)
        if aggregate is not None:
            argv += ("AGGREGATE", aggregate)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZUNION", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zunionstore(
        self,
        destination: Key,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
    ) -> Pipeline[V, Unpack[Ts], int]:
        """Store in a destination key the union of sorted sets, with scores combined by SUM, MIN or MAX.

        Complexity: O(N)+O(M log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zunionstore/

        Returns: the number of members in the stored result
        """
        argv: tuple[Arg, ...] = ("ZUNIONSTORE", destination, len(keys), *keys)
        if weights is not None:
            argv += ("WEIGHTS",)
            argv += tuple(weights)
        if aggregate is not None:
            argv += ("AGGREGATE", aggregate)

        queued: Command[int] = Command(self._codec, "ZUNIONSTORE", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)


class PipelineJson(Generic[V, Unpack[Ts]]):
    """RedisJSON commands (module ReJSON) queued in a `Pipeline`: each returns the pipeline."""

    __slots__ = ("_codec", "_push")

    def __init__(self, codec: Codec[V], push: Enqueue) -> None:
        self._codec: Codec[V] = codec
        self._push = push

    def arrappend(
        self, key: Key, path: str, *values: object
    ) -> Pipeline[V, Unpack[Ts], list[int | None]]:
        """Append JSON values to the arrays a JSONPath matches.

        Complexity: O(1) per value added; O(N) for N matches
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrappend/

        Returns: each array's new length, one item per value the path matched (None where the match is not an array)
        """
        argv: list[Arg] = ["JSON.ARRAPPEND", key, _cv.json_path(path, "JSON.ARRAPPEND")]
        for item in values:
            argv.append(_cv.json_argument(item))

        queued: Command[list[int | None]] = Command(
            self._codec, "JSON.ARRAPPEND", tuple(argv), _R_list_opt_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def arrindex(
        self,
        key: Key,
        path: str,
        value: object,
        *,
        start: int | None = None,
        stop: int | None = None,
    ) -> Pipeline[V, Unpack[Ts], list[int | None]]:
        """Position of the first element equal to a JSON value in the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array; O(N) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrindex/

        `stop` needs `start` (the server refuses a stop alone); both may be negative, counted from the end.

        Returns: the 0-based position or -1 when absent, one item per value the path matched (None where the match is not an array)
        """
        argv: tuple[Arg, ...] = (
            "JSON.ARRINDEX",
            key,
            _cv.json_path(path, "JSON.ARRINDEX"),
            _cv.json_argument(value),
        )
        if start is not None:
            argv += (start,)
        if stop is not None:
            argv += (stop,)

        queued: Command[list[int | None]] = Command(
            self._codec, "JSON.ARRINDEX", argv, _R_list_opt_int, READONLY
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def arrinsert(
        self, key: Key, path: str, index: int, *values: object
    ) -> Pipeline[V, Unpack[Ts], list[int | None]]:
        """Insert JSON values before a position of the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array; O(N) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrinsert/

        Returns: each array's new length, one item per value the path matched (None where the match is not an array)
        """
        argv: list[Arg] = ["JSON.ARRINSERT", key, _cv.json_path(path, "JSON.ARRINSERT"), index]
        for item in values:
            argv.append(_cv.json_argument(item))

        queued: Command[list[int | None]] = Command(
            self._codec, "JSON.ARRINSERT", tuple(argv), _R_list_opt_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def arrlen(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], list[int | None]]:
        """Length of the arrays a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrlen/

        Returns: each array's length, one item per value the path matched (None where the match is not an array)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.ARRLEN",
            ("JSON.ARRLEN", key, _cv.json_path(path, "JSON.ARRLEN")),
            _R_list_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def arrpop(
        self, key: Key, path: str = "$", *, index: int | None = None
    ) -> Pipeline[V, Unpack[Ts], list[JSONDocument | None]]:
        """Remove and return an element (the last by default) of the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array (O(1) for the last element); per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrpop/

        Returns: each removed element decoded, one item per value the path matched (None where the match is not an array or is empty)
        """
        argv: tuple[Arg, ...] = ("JSON.ARRPOP", key, _cv.json_path(path, "JSON.ARRPOP"))
        if index is not None:
            argv += (index,)

        queued: Command[list[JSONDocument | None]] = Command(
            self._codec, "JSON.ARRPOP", argv, _R_list_opt_jsondoc, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[JSONDocument | None]]", self._push(queued))

    def arrtrim(
        self, key: Key, path: str, start: int, stop: int
    ) -> Pipeline[V, Unpack[Ts], list[int | None]]:
        """Keep only the elements between two positions (inclusive) of the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array; per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrtrim/

        Returns: each array's new length, one item per value the path matched (None where the match is not an array)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.ARRTRIM",
            ("JSON.ARRTRIM", key, _cv.json_path(path, "JSON.ARRTRIM"), start, stop),
            _R_list_opt_int,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def clear(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], int]:
        """Empty the arrays and objects and zero the numbers a path matches.

        Complexity: O(N) where N is the number of values cleared
        Since: RedisJSON 2.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.clear/

        Without a path the whole document is cleared; a missing key is an error.

        Returns: how many values were cleared (arrays and objects emptied, numbers set to 0)
        """
        queued: Command[int] = Command(
            self._codec, "JSON.CLEAR", ("JSON.CLEAR", key, path), _R_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], int]", self._push(queued))

    def debug_memory(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], list[int]]:
        """Memory used by the values a JSONPath matches (JSON.DEBUG MEMORY).

        Complexity: O(N) where N is the size of the value
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.debug/

        JSON.DEBUG also has a HELP form, which only describes this one.

        Returns: bytes used by each value, one item per value the path matched (empty when the key does not exist)
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "JSON.DEBUG",
            ("JSON.DEBUG", "MEMORY", key, _cv.json_path(path, "JSON.DEBUG")),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[int]]", self._push(queued))

    def delete(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], int]:
        """Delete the values a path matches (the whole key without a path).

        Complexity: O(N) where N is the size of the deleted values
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.del/

        Returns: how many values were deleted (0 when the key or the path does not exist)
        """
        queued: Command[int] = Command(
            self._codec, "JSON.DEL", ("JSON.DEL", key, path), _R_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], int]", self._push(queued))

    def forget(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], int]:
        """The same as JSON.DEL: delete the values a path matches.

        Complexity: O(N) where N is the size of the deleted values
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.forget/

        Returns: how many values were deleted
        """
        queued: Command[int] = Command(
            self._codec, "JSON.FORGET", ("JSON.FORGET", key, path), _R_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], int]", self._push(queued))

    @overload
    def get(
        self, key: Key, *paths: str, type: None = None
    ) -> Pipeline[V, Unpack[Ts], JSONDocument | None]: ...
    @overload
    def get(
        self, key: Key, *paths: str, type: builtins.type[D]
    ) -> Pipeline[V, Unpack[Ts], D | None]: ...
    def get(
        self, key: Key, *paths: str, type: builtins.type[D] | None = None
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Read a JSON document, or the values one or more paths match, decoded (into your type with `type=`).

        Complexity: O(N) where N is the size of the values read
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.get/

        The server's INDENT/NEWLINE/SPACE formatting options are not offered: the reply is decoded, so its layout does not reach you.

        Returns:
            by default: the document decoded: without a path the whole document; with one JSONPath (`$...`) a list of the matches; with one legacy path the value; with several paths an object of path -> matches. None when the key does not exist
            type given: the same, decoded and validated into `type` (a validation error names the failing position, never the value); None when the key does not exist
        """
        queued: Command[JSONDocument | D | None] = Command(
            self._codec,
            "JSON.GET",
            ("JSON.GET", key, *paths),
            _cv.json_into(type) if type is not None else _R_opt_jsondoc,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], Any]", self._push(queued))

    def merge(self, key: Key, path: str, value: object) -> Pipeline[V, Unpack[Ts], bool]:
        """Merge a JSON value into the values a path matches (RFC 7396 merge patch: null deletes).

        Complexity: O(M+N) where M is the size of the original value and N of the merged one; per match
        Since: RedisJSON 2.6.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.merge/

        Returns: True
        """
        queued: Command[bool] = Command(
            self._codec,
            "JSON.MERGE",
            ("JSON.MERGE", key, path, _cv.json_argument(value)),
            _R_ok,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], bool]", self._push(queued))

    @overload
    def mget(
        self, *keys: Key, path: str = "$", type: None = None
    ) -> Pipeline[V, Unpack[Ts], list[JSONDocument | None]]: ...
    @overload
    def mget(
        self, *keys: Key, path: str = "$", type: builtins.type[D]
    ) -> Pipeline[V, Unpack[Ts], list[D | None]]: ...
    def mget(
        self, *keys: Key, path: str = "$", type: builtins.type[D] | None = None
    ) -> Pipeline[V, Unpack[Ts], Any]:
        """Read the values one path matches in several JSON documents, decoded (into your type with `type=`).

        Complexity: O(M*N) where M is the number of keys and N the size of the values read
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.mget/

        Returns:
            by default: per key: the matches decoded (a list for a JSONPath, the value for a legacy path), None where the key does not exist
            type given: the same, each decoded and validated into `type`
        """
        queued: Command[list[JSONDocument | None] | list[D | None]] = Command(
            self._codec,
            "JSON.MGET",
            ("JSON.MGET", *keys, path),
            _cv.json_list_into(type) if type is not None else _R_list_opt_jsondoc,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], Any]", self._push(queued))

    def mset(self, *triplets: tuple[Key, str, object]) -> Pipeline[V, Unpack[Ts], bool]:
        """Set JSON values in several documents at once (atomically).

        Complexity: O(K*(M+N)) where K is the number of triplets, M the size of the original value and N of the new one
        Since: RedisJSON 2.6.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.mset/

        Each item is `(key, path, value)`; the value is any JSON-encodable Python value.

        Returns: True
        """
        argv: list[Arg] = ["JSON.MSET"]
        for item in triplets:
            argv += (item[0], item[1], _cv.json_argument(item[2]))

        queued: Command[bool] = Command(self._codec, "JSON.MSET", tuple(argv), _R_ok, WRITE)
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], bool]", self._push(queued))

    def numincrby(
        self, key: Key, path: str, value: int | float
    ) -> Pipeline[V, Unpack[Ts], JSONDocument]:
        """Add a number to the numbers a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.numincrby/

        Returns: the new values, one item per value the path matched, as a list (None where the match is not a number)
        """
        queued: Command[JSONDocument] = Command(
            self._codec,
            "JSON.NUMINCRBY",
            ("JSON.NUMINCRBY", key, _cv.json_path(path, "JSON.NUMINCRBY"), value),
            _R_jsondoc,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], JSONDocument]", self._push(queued))

    def nummultby(
        self, key: Key, path: str, value: int | float
    ) -> Pipeline[V, Unpack[Ts], JSONDocument]:
        """Multiply the numbers a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.nummultby/

        Returns: the new values, one item per value the path matched, as a list (None where the match is not a number)
        """
        queued: Command[JSONDocument] = Command(
            self._codec,
            "JSON.NUMMULTBY",
            ("JSON.NUMMULTBY", key, _cv.json_path(path, "JSON.NUMMULTBY"), value),
            _R_jsondoc,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], JSONDocument]", self._push(queued))

    def numpowby(
        self, key: Key, path: str, value: int | float
    ) -> Pipeline[V, Unpack[Ts], JSONDocument]:
        """Raise the numbers a JSONPath matches to a power.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.numpowby/

        Listed by RedisJSON 2.8 but left out of its documentation; the Upstash SDKs do not offer it.

        Returns: the new values, one item per value the path matched, as a list (None where the match is not a number)
        """
        queued: Command[JSONDocument] = Command(
            self._codec,
            "JSON.NUMPOWBY",
            ("JSON.NUMPOWBY", key, _cv.json_path(path, "JSON.NUMPOWBY"), value),
            _R_jsondoc,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], JSONDocument]", self._push(queued))

    def objkeys(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], list[list[str] | None]]:
        """Keys of the objects a JSONPath matches.

        Complexity: O(N) where N is the number of keys; per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.objkeys/

        Returns: each object's keys, one item per value the path matched (None where the match is not an object)
        """
        queued: Command[list[list[str] | None]] = Command(
            self._codec,
            "JSON.OBJKEYS",
            ("JSON.OBJKEYS", key, _cv.json_path(path, "JSON.OBJKEYS")),
            _R_list_opt_list_str,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[list[str] | None]]", self._push(queued))

    def objlen(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], list[int | None]]:
        """Number of keys of the objects a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.objlen/

        Returns: each object's number of keys, one item per value the path matched (None where the match is not an object)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.OBJLEN",
            ("JSON.OBJLEN", key, _cv.json_path(path, "JSON.OBJLEN")),
            _R_list_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def resp(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], JSONValue[V]]:
        """The values a JSONPath matches in Redis's own reply shapes (objects as ['{', k, v, ...], arrays as ['[', ...]).

        Complexity: O(N) where N is the size of the values
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.resp/

        Returns: the matches as nested Redis replies (numbers as strings or integers; None when the key does not exist)
        """
        queued: Command[JSONValue[V]] = Command(
            self._codec,
            "JSON.RESP",
            ("JSON.RESP", key, _cv.json_path(path, "JSON.RESP")),
            _R_json,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], JSONValue[V]]", self._push(queued))

    def set(
        self, key: Key, path: str, value: object, *, nx: bool = False, xx: bool = False
    ) -> Pipeline[V, Unpack[Ts], bool]:
        """Set a JSON value at a path (a whole new document at `$`).

        Complexity: O(M+N) where M is the size of the original value and N of the new one
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.set/

        Returns: True when set; False when NX or XX prevented it (or the path's parent does not exist)
        """
        argv: tuple[Arg, ...] = ("JSON.SET", key, path, _cv.json_argument(value))
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)

        queued: Command[bool] = Command(self._codec, "JSON.SET", argv, _R_opt_ok, WRITE)
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], bool]", self._push(queued))

    def strappend(
        self, key: Key, path: str, value: str
    ) -> Pipeline[V, Unpack[Ts], list[int | None]]:
        """Append text to the strings a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.strappend/

        `value` is the text to append (sent JSON-encoded, as the server expects).

        Returns: each string's new length, one item per value the path matched (None where the match is not a string)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.STRAPPEND",
            (
                "JSON.STRAPPEND",
                key,
                _cv.json_path(path, "JSON.STRAPPEND"),
                _cv.json_argument(value),
            ),
            _R_list_opt_int,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def strlen(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], list[int | None]]:
        """Length of the strings a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.strlen/

        Returns: each string's length, one item per value the path matched (None where the match is not a string)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.STRLEN",
            ("JSON.STRLEN", key, _cv.json_path(path, "JSON.STRLEN")),
            _R_list_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def toggle(self, key: Key, path: str) -> Pipeline[V, Unpack[Ts], list[bool | None]]:
        """Flip the booleans a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 2.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.toggle/

        Returns: each boolean's new value, one item per value the path matched (None where the match is not a boolean)
        """
        queued: Command[list[bool | None]] = Command(
            self._codec,
            "JSON.TOGGLE",
            ("JSON.TOGGLE", key, _cv.json_path(path, "JSON.TOGGLE")),
            _R_list_opt_bool,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[bool | None]]", self._push(queued))

    def type(self, key: Key, path: str = "$") -> Pipeline[V, Unpack[Ts], list[str] | None]:
        """JSON type names of the values a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.type/

        Returns: `object`, `array`, `string`, `integer`, `number`, `boolean` or `null`, one item per value the path matched; None when the key does not exist
        """
        queued: Command[list[str] | None] = Command(
            self._codec,
            "JSON.TYPE",
            ("JSON.TYPE", key, _cv.json_path(path, "JSON.TYPE")),
            _R_opt_list_str,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("Pipeline[V, Unpack[Ts], list[str] | None]", self._push(queued))


class AsyncPipeline(AsyncPipelineBase[V, Unpack[Ts]]):
    """Commands queued for one request; `exec()` sends them and returns their typed results."""

    __module__ = "redisrest"

    if TYPE_CHECKING:
        # How the checkers see the base's `_push`: the command's result type appended to the
        # chain's, so each method returns its builder's `Command[R]` as `AsyncPipeline[..., R]`.
        def _push(self, command: Command[T]) -> AsyncPipeline[V, Unpack[Ts], T]: ...

    def execute(self, command: str, *args: Arg) -> AsyncPipeline[V, Unpack[Ts], JSONValue[V]]:
        """Queue any command, e.g. `.execute("OBJECT", "FREQ", "k")`: the escape hatch.

        `command` is the command's name. Its result is the reply's JSON shape (strings as `str`
        or `bytes` by the client's mode), as the client's `execute` returns it.
        """
        return self._push(any_command(self._codec, (command, *args)))

    @property
    def json(self) -> AsyncPipelineJson[V, Unpack[Ts]]:
        """RedisJSON commands (module ReJSON), queued: `pipe.json.arrappend(...)`."""
        return AsyncPipelineJson(self._codec, self._push)

    def append(self, key: Key, value: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Add a value to the end of the string at a key, creating it if missing.

        Complexity: O(1). The amortized time complexity is O(1) assuming the appended value is small and the already present value is of any size, since the dynamic string library used by Redis will double the free space available on every reallocation.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/append/

        Returns: the string's length after the append
        """
        queued: Command[int] = Command(self._codec, "APPEND", ("APPEND", key, value), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitcount(
        self,
        key: Key,
        *,
        start: int | None = None,
        end: int | None = None,
        mode: Literal["BYTE", "BIT"] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the bits set to 1 in a string, optionally within a byte or bit range.

        Complexity: O(N)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitcount/

        Returns: the number of set bits
        """
        argv: tuple[Arg, ...] = ("BITCOUNT", key)
        if start is not None:
            argv += (start,)
        if end is not None:
            argv += (end,)
        if mode is not None:
            argv += (mode,)

        queued: Command[int] = Command(self._codec, "BITCOUNT", argv, _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitfield(
        self,
        key: Key,
        *operations: tuple[Literal["GET"], str, int]
        | tuple[Literal["SET"], str, int, int]
        | tuple[Literal["INCRBY"], str, int, int]
        | tuple[Literal["OVERFLOW"], Literal["WRAP", "SAT", "FAIL"]],
    ) -> AsyncPipeline[V, Unpack[Ts], list[int | None]]:
        """Read, write and increment integers of arbitrary width packed in a string, in one call.

        Complexity: O(1) for each subcommand specified
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitfield/

        Each operation is a Python tuple whose first item is the Redis token (GET, SET, INCRBY or OVERFLOW) followed by that operation's values; the tuple items are sent in order, e.g. bitfield("k", ("OVERFLOW", "SAT"), ("INCRBY", "u8", 0, 1)). The schema has no rule for a multiple oneof of blocks, hence the pytype hint.

        Returns: one result per GET, SET or INCRBY operation, in order; None where OVERFLOW FAIL stopped a write
        """
        argv: list[Arg] = ["BITFIELD", key]
        for item in operations:
            argv.extend(item)

        queued: Command[list[int | None]] = Command(
            self._codec, "BITFIELD", tuple(argv), _R_list_opt_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitfield_ro(
        self, key: Key, *, get: Sequence[tuple[Value, int]] | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[int]]:
        """Read integers of arbitrary width packed in a string (read-only form of BITFIELD).

        Complexity: O(1) for each subcommand specified
        Since: Redis 6.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitfield_ro/

        Returns: one value per GET, in order
        """
        argv: list[Arg] = ["BITFIELD_RO", key]
        if get is not None:
            for item in get:
                argv.append("GET")
                argv.extend(item)

        queued: Command[list[int]] = Command(
            self._codec, "BITFIELD_RO", tuple(argv), _R_list_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitop(
        self,
        operation: Literal["AND", "OR", "XOR", "NOT", "DIFF", "DIFF1", "ANDOR", "ONE"],
        destkey: Key,
        *keys: Key,
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Combine the strings at several keys bit by bit (AND, OR, XOR, NOT; DIFF, DIFF1, ANDOR, ONE on Redis 8.2) and store the result.

        Complexity: O(N)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitop/

        DIFF: bits set in the first key and in none of the others; DIFF1: bits set in some other key but not in the first; ANDOR: bits set in the first key and in at least one other; ONE: bits set in exactly one key. These four need Redis 8.2 (no Valkey release has them).

        Returns: the length in bytes of the stored result
        """
        queued: Command[int] = Command(
            self._codec, "BITOP", ("BITOP", operation, destkey, *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def bitpos(
        self,
        key: Key,
        bit: int,
        *,
        start: int | None = None,
        end: int | None = None,
        mode: Literal["BYTE", "BIT"] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Find the position of the first bit set to 0 or 1 in a string, optionally within a range.

        Complexity: O(N)
        Since: Redis 2.8.7 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/bitpos/

        The BYTE/BIT unit is one `mode` parameter because a flattened `bit` flag would clash with the required `bit` argument.

        Returns: the bit position, or -1 when no such bit is found
        """
        argv: tuple[Arg, ...] = ("BITPOS", key, bit)
        if start is not None:
            argv += (start,)
        if end is not None:
            argv += (end,)
        if mode is not None:
            argv += (mode,)

        queued: Command[int] = Command(self._codec, "BITPOS", argv, _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def client_id(self) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Get the numeric id of the connection.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/client-id/

        Over HTTP this describes whichever pooled gateway connection ran the command.

        Returns: the id of the gateway's pooled connection that ran the command
        """
        queued: Command[int] = Command(self._codec, "CLIENT ID", ("CLIENT", "ID"), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def client_info(self) -> AsyncPipeline[V, Unpack[Ts], str]:
        """Describe the current connection.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/client-info/

        Over HTTP this describes whichever pooled gateway connection ran the command.

        Returns: a description of the gateway's pooled connection that ran the command
        """
        queued: Command[str] = Command(
            self._codec, "CLIENT INFO", ("CLIENT", "INFO"), _R_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_count(self) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the commands the server knows.

        Complexity: O(1)
        Since: Redis 2.8.13 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-count/

        Returns: the number of commands (subcommands not counted)
        """
        queued: Command[int] = Command(
            self._codec, "COMMAND COUNT", ("COMMAND", "COUNT"), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_docs(
        self, *command_names: Value
    ) -> AsyncPipeline[V, Unpack[Ts], dict[str, CommandDoc]]:
        """Get the documentation of the named commands, or of every command.

        Complexity: O(N) where N is the number of commands to look up
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-docs/

        Returns: command name -> documentation; unknown names are left out
        """
        queued: Command[dict[str, CommandDoc]] = Command(
            self._codec,
            "COMMAND DOCS",
            ("COMMAND", "DOCS", *command_names),
            _R_dict_str_CommandDoc,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_getkeys(
        self, command: Value, *args: Value
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """Tell which arguments of a full command line are key names.

        Complexity: O(N) where N is the number of arguments to the command
        Since: Redis 2.8.13 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-getkeys/

        COMMAND DOCS of Redis 7.0 lists no arguments for this subcommand; the `command` and `arg` nodes were added by hand (syntax: COMMAND GETKEYS command [arg ...]).

        Returns: the keys the given command would access (an error when it takes no keys)
        """
        queued: Command[list[V]] = Command(
            self._codec,
            "COMMAND GETKEYS",
            ("COMMAND", "GETKEYS", command, *args),
            _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_getkeysandflags(
        self, command: Value, *args: Value
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, list[str]]]]:
        """Tell which arguments of a full command line are keys, and how each key is used.

        Complexity: O(N) where N is the number of arguments to the command
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-getkeysandflags/

        COMMAND DOCS of Redis 7.0 lists no arguments for this subcommand; the `command` and `arg` nodes were added by hand (syntax: COMMAND GETKEYSANDFLAGS command [arg ...]).

        Returns: (key, access flags such as RW/RO/access/insert/delete) for each key the command would access
        """
        queued: Command[list[tuple[V, list[str]]]] = Command(
            self._codec,
            "COMMAND GETKEYSANDFLAGS",
            ("COMMAND", "GETKEYSANDFLAGS", command, *args),
            _R_list_tuple2_V_list_str,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_help(self) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """Show the COMMAND subcommand help text.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-help/

        Returns: the lines of the COMMAND help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "COMMAND HELP", ("COMMAND", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_info(
        self, *command_names: Value
    ) -> AsyncPipeline[V, Unpack[Ts], list[CommandInfo | None]]:
        """Get arity, flags, key positions and ACL categories of the named commands, or of every command.

        Complexity: O(N) where N is the number of commands to look up
        Since: Redis 2.8.13 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-info/

        Returns: one entry per requested name, in order; None for an unknown command
        """
        queued: Command[list[CommandInfo | None]] = Command(
            self._codec,
            "COMMAND INFO",
            ("COMMAND", "INFO", *command_names),
            _R_list_opt_CommandInfo,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def command_list(
        self,
        *,
        module: Value | None = None,
        aclcat: Value | None = None,
        pattern: Value | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """List the names of the commands the server knows, optionally filtered by module, ACL category or pattern.

        Complexity: O(N) where N is the total number of Redis commands
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/command-list/

        Returns: command names, subcommands as `container|sub`
        """
        argv: tuple[Arg, ...] = ("COMMAND", "LIST")
        if module is not None:
            argv += ("FILTERBY", "MODULE", module)
        if aclcat is not None:
            argv += ("FILTERBY", "ACLCAT", aclcat)
        if pattern is not None:
            argv += ("FILTERBY", "PATTERN", pattern)

        queued: Command[list[str]] = Command(
            self._codec, "COMMAND LIST", argv, _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def config_get(self, *parameters: Value) -> AsyncPipeline[V, Unpack[Ts], dict[str, str]]:
        """Read configuration parameters whose names match the given patterns.

        Complexity: O(N) when N is the number of configuration parameters provided
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/config-get/

        Returns: parameter name -> current value; patterns that match nothing add no entry
        """
        queued: Command[dict[str, str]] = Command(
            self._codec, "CONFIG GET", ("CONFIG", "GET", *parameters), _R_dict_str_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def config_help(self) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """Show the CONFIG subcommand help text.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/config-help/

        Returns: the lines of the CONFIG help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "CONFIG HELP", ("CONFIG", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def copy(
        self, source: Key, destination: Key, *, db: int | None = None, replace: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Duplicate the value at a key under another key, optionally in another database.

        Complexity: O(N) worst case for collections, where N is the number of nested items. O(1) for string values.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/copy/

        Returns: True when copied, False when the destination exists and REPLACE was not given
        """
        argv: tuple[Arg, ...] = ("COPY", source, destination)
        if db is not None:
            argv += ("DB", db)
        if replace:
            argv += ("REPLACE",)

        queued: Command[bool] = Command(self._codec, "COPY", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def dbsize(self) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the keys in the database.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/dbsize/

        Returns: the number of keys
        """
        queued: Command[int] = Command(self._codec, "DBSIZE", ("DBSIZE",), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def decr(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Subtract one from the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/decr/

        Returns: the value after the decrement
        """
        queued: Command[int] = Command(self._codec, "DECR", ("DECR", key), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def decrby(self, key: Key, decrement: int) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Subtract a given amount from the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/decrby/

        Returns: the value after the decrement
        """
        queued: Command[int] = Command(
            self._codec, "DECRBY", ("DECRBY", key, decrement), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def delete(self, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Remove keys.

        Complexity: O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/del/

        Returns: how many of the keys existed and were removed
        """
        queued: Command[int] = Command(self._codec, "DEL", ("DEL", *keys), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def delifeq(self, key: Key, value: Value) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Delete a string key only when its current value equals the one given (compare-and-delete, e.g. releasing a lock).

        Complexity: O(1)
        Since: not in Redis 8.2 · Valkey 9.0.0
        Docs: https://valkey.io/commands/delifeq/

        Returns: True when the key held that value and was deleted; False when it is missing or holds another value
        """
        queued: Command[bool] = Command(
            self._codec, "DELIFEQ", ("DELIFEQ", key, value), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def dump(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], bytes | None]:
        """Serialize the value at a key into Redis's opaque binary format, for RESTORE.

        Complexity: O(1) to access the key and additional O(N*M) to serialize it, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1).
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/dump/

        The payload is binary: only a bytes client (or base64 transport decoded to bytes) keeps it intact; in a str client it is lossy.

        Returns: the serialized value, or None when the key does not exist
        """
        queued: Command[bytes | None] = Command(
            self._codec, "DUMP", ("DUMP", key), _R_opt_bytes, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def echo(self, message: Value) -> AsyncPipeline[V, Unpack[Ts], V]:
        """Get the given message back from the server.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/echo/

        Returns: the message
        """
        queued: Command[V] = Command(self._codec, "ECHO", ("ECHO", message), _R_V, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def eval(
        self,
        script: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], JSONValue[V]]:
        """Run a Lua script on the server with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/eval/

        Redis flags this command neither `readonly` nor `write`; the script may write, so it is marked `write` (not idempotent): the read-only token must refuse it and it must not be retried blindly. Use the _RO variant for read-only scripts.

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings)
        """
        argv: tuple[Arg, ...] = ("EVAL", script, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "EVAL", argv, _R_json, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def eval_ro(
        self,
        script: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], JSONValue[V]]:
        """Run a Lua script that only reads, with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/eval_ro/

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings)
        """
        argv: tuple[Arg, ...] = ("EVAL_RO", script, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "EVAL_RO", argv, _R_json, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def evalsha(
        self, sha1: Value, *, keys: Sequence[Key] | None = None, args: Sequence[Value] | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], JSONValue[V]]:
        """Run a Lua script already in the script cache, by its SHA1 digest, with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/evalsha/

        Redis flags this command neither `readonly` nor `write`; the script may write, so it is marked `write` (not idempotent): the read-only token must refuse it and it must not be retried blindly. Use the _RO variant for read-only scripts.

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings); an error starting with NOSCRIPT when the digest is not cached
        """
        argv: tuple[Arg, ...] = ("EVALSHA", sha1, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "EVALSHA", argv, _R_json, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def evalsha_ro(
        self, sha1: Value, *, keys: Sequence[Key] | None = None, args: Sequence[Value] | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], JSONValue[V]]:
        """Run a cached read-only Lua script by its SHA1 digest, with the given keys and arguments.

        Complexity: Depends on the script that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/evalsha_ro/

        Returns: whatever the script returns, converted by Redis (Lua numbers truncated to integers, true -> 1, false/nil -> None, tables -> arrays, status replies -> strings); an error starting with NOSCRIPT when the digest is not cached
        """
        argv: tuple[Arg, ...] = ("EVALSHA_RO", sha1, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "EVALSHA_RO", argv, _R_json, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def exists(self, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count how many of the given keys exist.

        Complexity: O(N) where N is the number of keys to check.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/exists/

        Returns: the number of existing keys (a key named twice counts twice)
        """
        queued: Command[int] = Command(self._codec, "EXISTS", ("EXISTS", *keys), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def expire(
        self,
        key: Key,
        seconds: int | timedelta,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Make a key expire after a number of seconds.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/expire/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        argv: tuple[Arg, ...] = (
            "EXPIRE",
            key,
            seconds if isinstance(seconds, int) else _cv.seconds(seconds, "EXPIRE", "seconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)

        queued: Command[bool] = Command(self._codec, "EXPIRE", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def expireat(
        self,
        key: Key,
        unix_time_seconds: int | datetime,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Make a key expire at a Unix time in seconds.

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/expireat/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        argv: tuple[Arg, ...] = (
            "EXPIREAT",
            key,
            unix_time_seconds
            if isinstance(unix_time_seconds, int)
            else _cv.unix_seconds(unix_time_seconds, "EXPIREAT", "unix_time_seconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)

        queued: Command[bool] = Command(self._codec, "EXPIREAT", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def expiretime(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Give the Unix time in seconds at which a key will expire.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/expiretime/

        Returns: the expiry time; -1 when the key has no expiry, -2 when it does not exist
        """
        queued: Command[int] = Command(
            self._codec, "EXPIRETIME", ("EXPIRETIME", key), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def fcall(
        self,
        function: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], JSONValue[V]]:
        """Call a function from a loaded library with the given keys and arguments.

        Complexity: Depends on the function that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/fcall/

        Redis flags this command neither `readonly` nor `write`; the function may write, so it is marked `write` (not idempotent): the read-only token must refuse it and it must not be retried blindly. Use the _RO variant for read-only scripts.

        Returns: whatever the function returns, converted by Redis as for EVAL
        """
        argv: tuple[Arg, ...] = ("FCALL", function, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "FCALL", argv, _R_json, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def fcall_ro(
        self,
        function: Value,
        *,
        keys: Sequence[Key] | None = None,
        args: Sequence[Value] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], JSONValue[V]]:
        """Call a function flagged no-writes with the given keys and arguments.

        Complexity: Depends on the function that is executed.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/fcall_ro/

        Returns: whatever the function returns, converted by Redis as for EVAL
        """
        argv: tuple[Arg, ...] = ("FCALL_RO", function, len(keys or ()))
        if keys is not None:
            argv += tuple(keys)
        if args is not None:
            argv += tuple(args)

        queued: Command[JSONValue[V]] = Command(self._codec, "FCALL_RO", argv, _R_json, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def flushall(
        self, *, async_: bool = False, sync: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Delete every key of every database.

        Complexity: O(N) where N is the total number of keys in all databases
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/flushall/

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("FLUSHALL",)
        if async_:
            argv += ("ASYNC",)
        if sync:
            argv += ("SYNC",)

        queued: Command[bool] = Command(self._codec, "FLUSHALL", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def flushdb(
        self, *, async_: bool = False, sync: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Delete every key of the database.

        Complexity: O(N) where N is the number of keys in the selected database
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/flushdb/

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("FLUSHDB",)
        if async_:
            argv += ("ASYNC",)
        if sync:
            argv += ("SYNC",)

        queued: Command[bool] = Command(self._codec, "FLUSHDB", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_delete(self, library_name: Value) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Remove a function library and all its functions.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-delete/

        Returns: True; an error when the library does not exist
        """
        queued: Command[bool] = Command(
            self._codec, "FUNCTION DELETE", ("FUNCTION", "DELETE", library_name), _R_ok, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_dump(self) -> AsyncPipeline[V, Unpack[Ts], bytes]:
        """Serialize every loaded function library into one payload.

        Complexity: O(N) where N is the number of functions
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-dump/

        Returns: an opaque binary payload for function_restore; use a bytes client (decode_responses=False): decoding it as text corrupts it
        """
        queued: Command[bytes] = Command(
            self._codec, "FUNCTION DUMP", ("FUNCTION", "DUMP"), _R_bytes, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_flush(
        self, *, async_: bool = False, sync: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Remove every function library.

        Complexity: O(N) where N is the number of functions deleted
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-flush/

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("FUNCTION", "FLUSH")
        if async_:
            argv += ("ASYNC",)
        if sync:
            argv += ("SYNC",)

        queued: Command[bool] = Command(
            self._codec, "FUNCTION FLUSH", argv, _R_ok, _WRITE_IDEMPOTENT
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_help(self) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """Show the FUNCTION subcommand help text.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-help/

        Returns: the lines of the FUNCTION help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "FUNCTION HELP", ("FUNCTION", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_list(
        self, *, libraryname: Value | None = None, withcode: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], list[FunctionLibrary]]:
        """Describe the loaded function libraries, optionally only those whose names match a pattern.

        Complexity: O(N) where N is the number of functions
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-list/

        Returns: one entry per library; library_code is set only with withcode=True
        """
        argv: tuple[Arg, ...] = ("FUNCTION", "LIST")
        if libraryname is not None:
            argv += ("LIBRARYNAME", libraryname)
        if withcode:
            argv += ("WITHCODE",)

        queued: Command[list[FunctionLibrary]] = Command(
            self._codec, "FUNCTION LIST", argv, _R_list_FunctionLibrary, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_load(
        self, code: Value, *, replace: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], str]:
        """Load a function library from Lua source (its first line names it), optionally replacing one of the same name.

        Complexity: O(1) (considering compilation time is redundant)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-load/

        Returns: the name of the loaded library
        """
        argv: tuple[Arg, ...] = ("FUNCTION", "LOAD")
        if replace:
            argv += ("REPLACE",)
        argv += (code,)

        queued: Command[str] = Command(self._codec, "FUNCTION LOAD", argv, _R_str, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_restore(
        self,
        serialized_value: Value,
        *,
        policy: Literal["FLUSH", "APPEND", "REPLACE"] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Load function libraries from a payload made by function_dump.

        Complexity: O(N) where N is the number of functions on the payload
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-restore/

        Returns: True; an error when a library already exists under the APPEND policy (the default)
        """
        argv: tuple[Arg, ...] = ("FUNCTION", "RESTORE", serialized_value)
        if policy is not None:
            argv += (policy,)

        queued: Command[bool] = Command(self._codec, "FUNCTION RESTORE", argv, _R_ok, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def function_stats(self) -> AsyncPipeline[V, Unpack[Ts], FunctionStats[V]]:
        """Describe the function running now, if any, and count the loaded libraries and functions.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/function-stats/

        Returns: the running function (or None) and per-engine counts
        """
        queued: Command[FunctionStats[V]] = Command(
            self._codec, "FUNCTION STATS", ("FUNCTION", "STATS"), _R_FunctionStats, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geoadd(
        self,
        key: Key,
        members: SupportsItems[Value, tuple[float, float]],
        *,
        nx: bool = False,
        xx: bool = False,
        ch: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Add members at given longitude/latitude positions to a geospatial index (a sorted set), or move them.

        Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geoadd/

        members maps each member to its (longitude, latitude); the wire order of each triple is longitude latitude member.

        Returns: the number of members added (with ch: added or moved)
        """
        argv: list[Arg] = ["GEOADD", key]
        if nx:
            argv.append("NX")
        if xx:
            argv.append("XX")
        if ch:
            argv.append("CH")
        for k, v in members.items():
            argv.extend(v)
            argv.append(k)

        queued: Command[int] = Command(self._codec, "GEOADD", tuple(argv), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geodist(
        self,
        key: Key,
        member1: Value,
        member2: Value,
        *,
        unit: Literal["M", "KM", "FT", "MI"] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], float | None]:
        """Distance between two members of a geospatial index, in meters or the given unit.

        Complexity: O(log(N))
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geodist/

        Returns: the distance; None when either member or the key does not exist
        """
        argv: tuple[Arg, ...] = ("GEODIST", key, member1, member2)
        if unit is not None:
            argv += (unit,)

        queued: Command[float | None] = Command(
            self._codec, "GEODIST", argv, _R_opt_float, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geohash(self, key: Key, *members: Value) -> AsyncPipeline[V, Unpack[Ts], list[str | None]]:
        """Geohash strings (11 characters) for members of a geospatial index.

        Complexity: O(log(N)) for each member requested, where N is the number of elements in the sorted set.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geohash/

        Returns: the geohash of each member, None for a member that is absent
        """
        queued: Command[list[str | None]] = Command(
            self._codec, "GEOHASH", ("GEOHASH", key, *members), _R_list_opt_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geopos(
        self, key: Key, *members: Value
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoCoordinates | None]]:
        """Longitude and latitude of members of a geospatial index.

        Complexity: O(N) where N is the number of members requested.
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geopos/

        Returns: the position of each member, None for a member that is absent
        """
        queued: Command[list[GeoCoordinates | None]] = Command(
            self._codec, "GEOPOS", ("GEOPOS", key, *members), _R_list_opt_GeoCoordinates, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], int]: ...
    @overload
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], int]: ...
    def georadius(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEORADIUS", key, longitude, latitude, radius, unit)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)
        if store is not None:
            argv += ("STORE", store)
        if storedist is not None:
            argv += ("STOREDIST", storedist)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
            | int
        ] = Command(
            self._codec,
            "GEORADIUS",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_int
            if store is not None
            else _R_int
            if storedist is not None
            else _R_list_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def georadius_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def georadius_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def georadius_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    def georadius_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEORADIUS_RO", key, longitude, latitude, radius, unit)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
        ] = Command(
            self._codec,
            "GEORADIUS_RO",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], int]: ...
    @overload
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], int]: ...
    def georadiusbymember(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEORADIUSBYMEMBER", key, member, radius, unit)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)
        if store is not None:
            argv += ("STORE", store)
        if storedist is not None:
            argv += ("STOREDIST", storedist)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
            | int
        ] = Command(
            self._codec,
            "GEORADIUSBYMEMBER",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_int
            if store is not None
            else _R_int
            if storedist is not None
            else _R_list_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def georadiusbymember_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def georadiusbymember_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    def georadiusbymember_ro(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEORADIUSBYMEMBER_RO", key, member, radius, unit)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
        ] = Command(
            self._codec,
            "GEORADIUSBYMEMBER_RO",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def geosearch(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def geosearch(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDist[V]]]: ...
    @overload
    def geosearch(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHash[V]]]: ...
    @overload
    def geosearch(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithCoord[V]]]: ...
    @overload
    def geosearch(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHash[V]]]: ...
    @overload
    def geosearch(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistCoord[V]]]: ...
    @overload
    def geosearch(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithHashCoord[V]]]: ...
    @overload
    def geosearch(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[GeoSearchWithDistHashCoord[V]]]: ...
    def geosearch(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("GEOSEARCH", key)
        if (frommember is not None) + (fromlonlat is not None) != 1:
            raise TypeError("GEOSEARCH: give exactly one of frommember, fromlonlat")
        if frommember is not None:
            argv += ("FROMMEMBER", frommember)
        if fromlonlat is not None:
            argv += ("FROMLONLAT",)
            argv += tuple(fromlonlat)
        if (byradius is not None) + (bybox is not None) != 1:
            raise TypeError("GEOSEARCH: give exactly one of byradius, bybox")
        if byradius is not None:
            argv += ("BYRADIUS",)
            argv += tuple(byradius)
        if bybox is not None:
            argv += ("BYBOX",)
            argv += tuple(bybox)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if withcoord:
            argv += ("WITHCOORD",)
        if withdist:
            argv += ("WITHDIST",)
        if withhash:
            argv += ("WITHHASH",)

        queued: Command[
            list[V]
            | list[GeoSearchWithDist[V]]
            | list[GeoSearchWithHash[V]]
            | list[GeoSearchWithCoord[V]]
            | list[GeoSearchWithDistHash[V]]
            | list[GeoSearchWithDistCoord[V]]
            | list[GeoSearchWithHashCoord[V]]
            | list[GeoSearchWithDistHashCoord[V]]
        ] = Command(
            self._codec,
            "GEOSEARCH",
            argv,
            _R_list_GeoSearchWithDistHashCoord
            if withdist and withhash and withcoord
            else _R_list_GeoSearchWithDistHash
            if withdist and withhash
            else _R_list_GeoSearchWithDistCoord
            if withdist and withcoord
            else _R_list_GeoSearchWithHashCoord
            if withhash and withcoord
            else _R_list_GeoSearchWithDist
            if withdist
            else _R_list_GeoSearchWithHash
            if withhash
            else _R_list_GeoSearchWithCoord
            if withcoord
            else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def geosearchstore(
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
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Like GEOSEARCH, but store the matches in a destination key (scored by distance with storedist).

        Complexity: O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/geosearchstore/

        Exactly one of frommember / fromlonlat=(longitude, latitude) and exactly one of byradius=(radius, unit) / bybox=(width, height, unit) must be given (required one-ofs flattened into keyword arguments).

        Returns: the number of members stored
        """
        argv: tuple[Arg, ...] = ("GEOSEARCHSTORE", destination, source)
        if (frommember is not None) + (fromlonlat is not None) != 1:
            raise TypeError("GEOSEARCHSTORE: give exactly one of frommember, fromlonlat")
        if frommember is not None:
            argv += ("FROMMEMBER", frommember)
        if fromlonlat is not None:
            argv += ("FROMLONLAT",)
            argv += tuple(fromlonlat)
        if (byradius is not None) + (bybox is not None) != 1:
            raise TypeError("GEOSEARCHSTORE: give exactly one of byradius, bybox")
        if byradius is not None:
            argv += ("BYRADIUS",)
            argv += tuple(byradius)
        if bybox is not None:
            argv += ("BYBOX",)
            argv += tuple(bybox)
        if asc:
            argv += ("ASC",)
        if desc:
            argv += ("DESC",)
        if count is not None:
            argv += ("COUNT", count)
        if any:
            argv += ("ANY",)
        if storedist:
            argv += ("STOREDIST",)

        queued: Command[int] = Command(self._codec, "GEOSEARCHSTORE", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def get(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], V | None]:
        """Read the string stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/get/

        Returns: the value, or None when the key does not exist
        """
        queued: Command[V | None] = Command(self._codec, "GET", ("GET", key), _R_opt_V, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getbit(self, key: Key, offset: int) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Read the bit at an offset in the string at a key.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getbit/

        Returns: the bit, 0 or 1 (0 beyond the end or for a missing key)
        """
        queued: Command[int] = Command(
            self._codec, "GETBIT", ("GETBIT", key, offset), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getdel(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], V | None]:
        """Read the string at a key and remove the key.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getdel/

        Returns: the value it held, or None when the key did not exist
        """
        queued: Command[V | None] = Command(self._codec, "GETDEL", ("GETDEL", key), _R_opt_V, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getex(
        self,
        key: Key,
        *,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        persist: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], V | None]:
        """Read the string at a key and optionally change or clear its expiry.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getex/

        Returns: the value, or None when the key does not exist
        """
        argv: tuple[Arg, ...] = ("GETEX", key)
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "GETEX", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "GETEX", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "GETEX", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "GETEX", "pxat"),
            )
        if persist:
            argv += ("PERSIST",)

        queued: Command[V | None] = Command(self._codec, "GETEX", argv, _R_opt_V, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getrange(self, key: Key, start: int, end: int) -> AsyncPipeline[V, Unpack[Ts], V]:
        """Read a slice of the string at a key, by inclusive byte offsets.

        Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
        Since: Redis 2.4.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getrange/

        Returns: the bytes in the range; empty when the key is missing or the range is out of bounds
        """
        queued: Command[V] = Command(
            self._codec, "GETRANGE", ("GETRANGE", key, start, end), _R_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def getset(self, key: Key, value: Value) -> AsyncPipeline[V, Unpack[Ts], V | None]:
        """Store a new string at a key and hand back the one it replaced.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/getset/

        Returns: the previous value, or None when the key did not exist
        """
        queued: Command[V | None] = Command(
            self._codec, "GETSET", ("GETSET", key, value), _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hdel(self, key: Key, *fields: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Remove fields from a hash.

        Complexity: O(N) where N is the number of fields to be removed.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hdel/

        Returns: how many fields were removed
        """
        queued: Command[int] = Command(self._codec, "HDEL", ("HDEL", key, *fields), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hexists(self, key: Key, field: Value) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Tell whether a hash has a field.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hexists/

        Returns: True when the field exists
        """
        queued: Command[bool] = Command(
            self._codec, "HEXISTS", ("HEXISTS", key, field), _R_bool, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hexpire(
        self,
        key: Key,
        seconds: int | timedelta,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[HashFieldExpire]]:
        """Give hash fields a time to live in seconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hexpire/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        argv: tuple[Arg, ...] = (
            "HEXPIRE",
            key,
            seconds if isinstance(seconds, int) else _cv.seconds(seconds, "HEXPIRE", "seconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[HashFieldExpire]] = Command(
            self._codec, "HEXPIRE", argv, _R_list_HashFieldExpire, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hexpireat(
        self,
        key: Key,
        unix_time_seconds: int | datetime,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[HashFieldExpire]]:
        """Make hash fields expire at a Unix time in seconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hexpireat/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        argv: tuple[Arg, ...] = (
            "HEXPIREAT",
            key,
            unix_time_seconds
            if isinstance(unix_time_seconds, int)
            else _cv.unix_seconds(unix_time_seconds, "HEXPIREAT", "unix_time_seconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[HashFieldExpire]] = Command(
            self._codec, "HEXPIREAT", argv, _R_list_HashFieldExpire, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hexpiretime(self, key: Key, *fields: Value) -> AsyncPipeline[V, Unpack[Ts], list[int]]:
        """Give, field by field, the Unix time in seconds at which hash fields will expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hexpiretime/

        Returns: one number per field, in order: the Unix time in seconds at which the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "HEXPIRETIME",
            ("HEXPIRETIME", key, "FIELDS", len(fields), *fields),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hget(self, key: Key, field: Value) -> AsyncPipeline[V, Unpack[Ts], V | None]:
        """Read one field of a hash.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hget/

        Returns: the value, or None when the field or key is missing
        """
        queued: Command[V | None] = Command(
            self._codec, "HGET", ("HGET", key, field), _R_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hgetall(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], dict[V, V]]:
        """Read every field and value of a hash.

        Complexity: O(N) where N is the size of the hash.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hgetall/

        Returns: field to value; empty when the key is missing
        """
        queued: Command[dict[V, V]] = Command(
            self._codec, "HGETALL", ("HGETALL", key), _R_dict_V_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hgetdel(self, key: Key, *fields: Value) -> AsyncPipeline[V, Unpack[Ts], list[V | None]]:
        """Read hash fields and delete them in the same step; the hash goes away with its last field.

        Complexity: O(N) where N is the number of fields to be retrieved and deleted.
        Since: Redis 8.0.0 · Valkey 9.1.0
        Docs: https://redis.io/docs/latest/commands/hgetdel/

        Returns: the values of the fields, in order (they are now deleted); None for fields that did not exist
        """
        queued: Command[list[V | None]] = Command(
            self._codec,
            "HGETDEL",
            ("HGETDEL", key, "FIELDS", len(fields), *fields),
            _R_list_opt_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hgetex(
        self,
        key: Key,
        *fields: Value,
        ex: int | timedelta | None = None,
        px: int | timedelta | None = None,
        exat: int | datetime | None = None,
        pxat: int | datetime | None = None,
        persist: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[V | None]]:
        """Read hash fields and optionally set or clear their expiry in the same step.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 8.0.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hgetex/

        Returns: the values of the fields, in order; None for fields that do not exist
        """
        argv: tuple[Arg, ...] = ("HGETEX", key)
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "HGETEX", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "HGETEX", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "HGETEX", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "HGETEX", "pxat"),
            )
        if persist:
            argv += ("PERSIST",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[V | None]] = Command(self._codec, "HGETEX", argv, _R_list_opt_V, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hincrby(self, key: Key, field: Value, increment: int) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Add an integer to a numeric field of a hash.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hincrby/

        Returns: the field's value after the increment
        """
        queued: Command[int] = Command(
            self._codec, "HINCRBY", ("HINCRBY", key, field, increment), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hincrbyfloat(
        self, key: Key, field: Value, increment: float
    ) -> AsyncPipeline[V, Unpack[Ts], float]:
        """Add a floating-point amount to a numeric field of a hash.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hincrbyfloat/

        Returns: the field's value after the increment
        """
        queued: Command[float] = Command(
            self._codec, "HINCRBYFLOAT", ("HINCRBYFLOAT", key, field, increment), _R_float, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hkeys(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """List the field names of a hash.

        Complexity: O(N) where N is the size of the hash.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hkeys/

        Returns: the fields; empty when the key is missing
        """
        queued: Command[list[V]] = Command(
            self._codec, "HKEYS", ("HKEYS", key), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hlen(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the fields of a hash.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hlen/

        Returns: the number of fields; 0 when the key is missing
        """
        queued: Command[int] = Command(self._codec, "HLEN", ("HLEN", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hmget(self, key: Key, *fields: Value) -> AsyncPipeline[V, Unpack[Ts], list[V | None]]:
        """Read several fields of a hash in one call.

        Complexity: O(N) where N is the number of fields being requested.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hmget/

        Returns: one value per field, in order; None for missing fields
        """
        queued: Command[list[V | None]] = Command(
            self._codec, "HMGET", ("HMGET", key, *fields), _R_list_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hmset(
        self, key: Key, mapping: SupportsItems[Value, Value]
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Set several fields of a hash (older form of HSET that answers OK).

        Complexity: O(N) where N is the number of fields being set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hmset/

        Returns: always True
        """
        argv: list[Arg] = ["HMSET", key]
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[bool] = Command(self._codec, "HMSET", tuple(argv), _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpersist(
        self, key: Key, *fields: Value
    ) -> AsyncPipeline[V, Unpack[Ts], list[HashFieldPersist]]:
        """Remove the expiry of hash fields so they live until deleted, field by field.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpersist/

        Returns: one code per field, in order: PERSISTED when an expiry was removed, NO_EXPIRY when the field had none, NO_FIELD when the field or the key does not exist
        """
        queued: Command[list[HashFieldPersist]] = Command(
            self._codec,
            "HPERSIST",
            ("HPERSIST", key, "FIELDS", len(fields), *fields),
            _R_list_HashFieldPersist,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpexpire(
        self,
        key: Key,
        milliseconds: int | timedelta,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[HashFieldExpire]]:
        """Give hash fields a time to live in milliseconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpexpire/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        argv: tuple[Arg, ...] = (
            "HPEXPIRE",
            key,
            milliseconds
            if isinstance(milliseconds, int)
            else _cv.milliseconds(milliseconds, "HPEXPIRE", "milliseconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[HashFieldExpire]] = Command(
            self._codec, "HPEXPIRE", argv, _R_list_HashFieldExpire, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpexpireat(
        self,
        key: Key,
        unix_time_milliseconds: int | datetime,
        *fields: Value,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[HashFieldExpire]]:
        """Make hash fields expire at a Unix time in milliseconds, field by field, optionally only when a condition on their current expiry holds.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpexpireat/

        Returns: one code per field, in order: SET when the expiry was set or changed, CONDITION_NOT_MET when NX/XX/GT/LT prevented it, DELETED when the time given is already past (the field is removed), NO_FIELD when the field or the key does not exist
        """
        argv: tuple[Arg, ...] = (
            "HPEXPIREAT",
            key,
            unix_time_milliseconds
            if isinstance(unix_time_milliseconds, int)
            else _cv.unix_milliseconds(
                unix_time_milliseconds, "HPEXPIREAT", "unix_time_milliseconds"
            ),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)
        argv += ("FIELDS", len(fields))
        argv += tuple(fields)

        queued: Command[list[HashFieldExpire]] = Command(
            self._codec, "HPEXPIREAT", argv, _R_list_HashFieldExpire, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpexpiretime(self, key: Key, *fields: Value) -> AsyncPipeline[V, Unpack[Ts], list[int]]:
        """Give, field by field, the Unix time in milliseconds at which hash fields will expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpexpiretime/

        Returns: one number per field, in order: the Unix time in milliseconds at which the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "HPEXPIRETIME",
            ("HPEXPIRETIME", key, "FIELDS", len(fields), *fields),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hpttl(self, key: Key, *fields: Value) -> AsyncPipeline[V, Unpack[Ts], list[int]]:
        """Tell, field by field, how many milliseconds remain before hash fields expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hpttl/

        Returns: one number per field, in order: the milliseconds left before the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "HPTTL",
            ("HPTTL", key, "FIELDS", len(fields), *fields),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def hrandfield(
        self, key: Key, *, count: None = None, withvalues: Literal[False] = False
    ) -> AsyncPipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def hrandfield(
        self, key: Key, *, count: int, withvalues: Literal[False] = False
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def hrandfield(
        self, key: Key, *, count: int, withvalues: Literal[True]
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, V]]]: ...
    def hrandfield(
        self, key: Key, *, count: int | None = None, withvalues: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Pick random fields of a hash, optionally with their values.

        Complexity: O(N) where N is the number of fields returned
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hrandfield/

        Returns:
            by default: one random field, or None when the key is missing
            count given: the picked fields (distinct when count is positive, possibly repeated when negative)
            count given, withvalues=True: the picked fields with their values
        """
        argv: tuple[Arg, ...] = ("HRANDFIELD", key)
        if count is not None:
            argv += (count,)
        if withvalues:
            argv += ("WITHVALUES",)

        queued: Command[V | list[V] | list[tuple[V, V]] | None] = Command(
            self._codec,
            "HRANDFIELD",
            argv,
            _R_pairs_V_V
            if count is not None and withvalues
            else _R_list_V
            if count is not None
            else _R_opt_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: Literal[False] = False,
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[int, list[tuple[V, V]]]]: ...
    @overload
    def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: Literal[True],
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[int, list[V]]]: ...
    def hscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        novalues: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Walk the fields of a hash incrementally with a cursor.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        Since: Redis 2.8.0 · every Valkey release
        Option `novalues`: Redis 7.4.0 · Valkey 8.0.0
        Docs: https://redis.io/docs/latest/commands/hscan/

        Returns:
            by default: the next cursor (0 when the walk is complete) and a batch of fields with their values
            novalues=True: the next cursor (0 when the walk is complete) and a batch of field names, without their values
        """
        argv: tuple[Arg, ...] = ("HSCAN", key, cursor)
        if match is not None:
            argv += ("MATCH", match)
        if count is not None:
            argv += ("COUNT", count)
        if novalues:
            argv += ("NOVALUES",)

        queued: Command[tuple[int, list[tuple[V, V]]] | tuple[int, list[V]]] = Command(
            self._codec,
            "HSCAN",
            argv,
            _R_tuple2_intstr_list_V if novalues else _R_tuple2_intstr_pairs_V_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hset(
        self, key: Key, mapping: SupportsItems[Value, Value]
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Set fields of a hash, creating the hash if needed.

        Complexity: O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command is called with multiple field/value pairs.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hset/

        Returns: how many fields were newly added (updated fields are not counted)
        """
        argv: list[Arg] = ["HSET", key]
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[int] = Command(self._codec, "HSET", tuple(argv), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hsetex(
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
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Set hash fields and their expiry in one step, optionally only if the hash or the fields already exist (or not).

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 8.0.0 · Valkey 9.0.0
        Option `nx`, `xx`: not in Redis 8.2 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/hsetex/

        nx/xx (the hash must not exist / must exist) are Valkey's; fnx/fxx (none of the fields / all of them must exist) are on both servers.

        Returns: True when every field was set; False when a condition (NX/XX on the hash, FNX/FXX on the fields) prevented the write, and then none was set
        """
        argv: list[Arg] = ["HSETEX", key]
        if nx:
            argv.append("NX")
        if xx:
            argv.append("XX")
        if fnx:
            argv.append("FNX")
        if fxx:
            argv.append("FXX")
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "HSETEX", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "HSETEX", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "HSETEX", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "HSETEX", "pxat"),
            )
        if keepttl:
            argv.append("KEEPTTL")
        argv += ("FIELDS", len(mapping.items()))
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[bool] = Command(self._codec, "HSETEX", tuple(argv), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hsetnx(self, key: Key, field: Value, value: Value) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Set a field of a hash only when the field does not exist yet.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hsetnx/

        Returns: True when the field was set, False when it already existed
        """
        queued: Command[bool] = Command(
            self._codec, "HSETNX", ("HSETNX", key, field, value), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hstrlen(self, key: Key, field: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Give the length in bytes of one field's value in a hash.

        Complexity: O(1)
        Since: Redis 3.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hstrlen/

        Returns: the length; 0 when the field or key is missing
        """
        queued: Command[int] = Command(
            self._codec, "HSTRLEN", ("HSTRLEN", key, field), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def httl(self, key: Key, *fields: Value) -> AsyncPipeline[V, Unpack[Ts], list[int]]:
        """Tell, field by field, how many seconds remain before hash fields expire.

        Complexity: O(N) where N is the number of specified fields.
        Since: Redis 7.4.0 · Valkey 9.0.0
        Docs: https://redis.io/docs/latest/commands/httl/

        Returns: one number per field, in order: the seconds left before the field expires; -1 when the field has no expiry, -2 when the field or the key does not exist
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "HTTL",
            ("HTTL", key, "FIELDS", len(fields), *fields),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def hvals(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """List the values of a hash.

        Complexity: O(N) where N is the size of the hash.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/hvals/

        Returns: the values; empty when the key is missing
        """
        queued: Command[list[V]] = Command(
            self._codec, "HVALS", ("HVALS", key), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def incr(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Add one to the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/incr/

        Returns: the value after the increment
        """
        queued: Command[int] = Command(self._codec, "INCR", ("INCR", key), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def incrby(self, key: Key, increment: int) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Add a given integer to the integer stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/incrby/

        Returns: the value after the increment
        """
        queued: Command[int] = Command(
            self._codec, "INCRBY", ("INCRBY", key, increment), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def incrbyfloat(self, key: Key, increment: float) -> AsyncPipeline[V, Unpack[Ts], float]:
        """Add a floating-point amount to the number stored at a key.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/incrbyfloat/

        Returns: the value after the increment
        """
        queued: Command[float] = Command(
            self._codec, "INCRBYFLOAT", ("INCRBYFLOAT", key, increment), _R_float, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def info(self, *sections: Value) -> AsyncPipeline[V, Unpack[Ts], str]:
        """Get the server's information and statistics report, optionally only some sections.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/info/

        Returns: the report as `# Section` headings and `field:value` lines (CRLF-separated); empty for an unknown section
        """
        queued: Command[str] = Command(self._codec, "INFO", ("INFO", *sections), _R_str, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def keys(self, pattern: Value) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """List every key matching a glob pattern (scans the whole keyspace).

        Complexity: O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/keys/

        Returns: the matching keys
        """
        queued: Command[list[V]] = Command(
            self._codec, "KEYS", ("KEYS", pattern), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lastsave(self) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Get the time of the last successful snapshot to disk.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lastsave/

        Returns: Unix time in seconds
        """
        queued: Command[int] = Command(self._codec, "LASTSAVE", ("LASTSAVE",), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[False] = False,
        idx: Literal[False] = False,
        minmatchlen: int | None = None,
        withmatchlen: Literal[False] = False,
    ) -> AsyncPipeline[V, Unpack[Ts], V]: ...
    @overload
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[True],
        idx: Literal[False] = False,
        minmatchlen: int | None = None,
        withmatchlen: Literal[False] = False,
    ) -> AsyncPipeline[V, Unpack[Ts], int]: ...
    @overload
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[False] = False,
        idx: Literal[True],
        minmatchlen: int | None = None,
        withmatchlen: Literal[False] = False,
    ) -> AsyncPipeline[V, Unpack[Ts], LcsIdx]: ...
    @overload
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: Literal[False] = False,
        idx: Literal[True],
        minmatchlen: int | None = None,
        withmatchlen: Literal[True],
    ) -> AsyncPipeline[V, Unpack[Ts], LcsIdxWithLen]: ...
    def lcs(
        self,
        key1: Key,
        key2: Key,
        *,
        len: bool = False,
        idx: bool = False,
        minmatchlen: int | None = None,
        withmatchlen: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("LCS", key1, key2)
        if len:
            argv += ("LEN",)
        if idx:
            argv += ("IDX",)
        if minmatchlen is not None:
            argv += ("MINMATCHLEN", minmatchlen)
        if withmatchlen:
            argv += ("WITHMATCHLEN",)

        queued: Command[V | int | LcsIdx | LcsIdxWithLen] = Command(
            self._codec,
            "LCS",
            argv,
            _R_LcsIdxWithLen
            if idx and withmatchlen
            else _R_int
            if len
            else _R_LcsIdx
            if idx
            else _R_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lindex(self, key: Key, index: int) -> AsyncPipeline[V, Unpack[Ts], V | None]:
        """Read the list element at an index.

        Complexity: O(N) where N is the number of elements to traverse to get to the element at index. This makes asking for the first or the last element of the list O(1).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lindex/

        Returns: the element, or None when the index is out of range or the key is missing
        """
        queued: Command[V | None] = Command(
            self._codec, "LINDEX", ("LINDEX", key, index), _R_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def linsert(
        self, key: Key, where: Literal["BEFORE", "AFTER"], pivot: Value, element: Value
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Insert an element before or after the first occurrence of a pivot in a list.

        Complexity: O(N) where N is the number of elements to traverse before seeing the value pivot. This means that inserting somewhere on the left end on the list (head) can be considered O(1) and inserting somewhere on the right end (tail) is O(N).
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/linsert/

        Returns: the list length after the insert; -1 when the pivot was not found, 0 when the key is missing
        """
        queued: Command[int] = Command(
            self._codec, "LINSERT", ("LINSERT", key, where, pivot, element), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def llen(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Give the number of elements in a list.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/llen/

        Returns: the length; 0 when the key is missing
        """
        queued: Command[int] = Command(self._codec, "LLEN", ("LLEN", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lmove(
        self,
        source: Key,
        destination: Key,
        wherefrom: Literal["LEFT", "RIGHT"],
        whereto: Literal["LEFT", "RIGHT"],
    ) -> AsyncPipeline[V, Unpack[Ts], V | None]:
        """Pop an element from one end of a list and push it onto an end of another.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lmove/

        Returns: the moved element, or None when the source is empty
        """
        queued: Command[V | None] = Command(
            self._codec,
            "LMOVE",
            ("LMOVE", source, destination, wherefrom, whereto),
            _R_opt_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lmpop(
        self, *keys: Key, where: Literal["LEFT", "RIGHT"], count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], ListPopResult[V] | None]:
        """Pop elements from one end of the first non-empty list among several keys.

        Complexity: O(N+M) where N is the number of provided keys and M is the number of elements returned.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lmpop/

        Returns: the list's key and the popped elements, or None when every list is empty
        """
        argv: tuple[Arg, ...] = ("LMPOP", len(keys), *keys, where)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[ListPopResult[V] | None] = Command(
            self._codec, "LMPOP", argv, _R_opt_ListPopResult, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lolwut(self, *, version: int | None = None) -> AsyncPipeline[V, Unpack[Ts], str]:
        """Get a piece of generative art and the server version.

        Complexity:
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lolwut/

        Returns: the art and the version line as text (may contain terminal escape codes)
        """
        argv: tuple[Arg, ...] = ("LOLWUT",)
        if version is not None:
            argv += ("VERSION", version)

        queued: Command[str] = Command(self._codec, "LOLWUT", argv, _R_str, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def lpop(self, key: Key, *, count: None = None) -> AsyncPipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def lpop(self, key: Key, *, count: int) -> AsyncPipeline[V, Unpack[Ts], list[V] | None]: ...
    def lpop(self, key: Key, *, count: int | None = None) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Remove and return elements from the head of a list.

        Complexity: O(N) where N is the number of elements returned
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpop/

        Returns:
            by default: the first element, or None when the key is missing
            count given: up to count elements, or None when the key is missing
        """
        argv: tuple[Arg, ...] = ("LPOP", key)
        if count is not None:
            argv += (count,)

        queued: Command[V | list[V] | None] = Command(
            self._codec, "LPOP", argv, _R_opt_list_V if count is not None else _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: None = None,
        maxlen: int | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], int | None]: ...
    @overload
    def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: int,
        maxlen: int | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], list[int]]: ...
    def lpos(
        self,
        key: Key,
        element: Value,
        *,
        rank: int | None = None,
        count: int | None = None,
        maxlen: int | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Find the index of elements equal to a value in a list.

        Complexity: O(N) where N is the number of elements in the list, for the average case. When searching for elements near the head or the tail of the list, or when the MAXLEN option is provided, the command may run in constant time.
        Since: Redis 6.0.6 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpos/

        Returns:
            by default: the index of the match, or None when there is none
            count given: the indexes of up to count matches (all with count 0)
        """
        argv: tuple[Arg, ...] = ("LPOS", key, element)
        if rank is not None:
            argv += ("RANK", rank)
        if count is not None:
            argv += ("COUNT", count)
        if maxlen is not None:
            argv += ("MAXLEN", maxlen)

        queued: Command[int | list[int] | None] = Command(
            self._codec, "LPOS", argv, _R_list_int if count is not None else _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lpush(self, key: Key, *elements: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Insert elements at the head of a list, creating it if needed.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpush/

        Returns: the list length after the push
        """
        queued: Command[int] = Command(
            self._codec, "LPUSH", ("LPUSH", key, *elements), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lpushx(self, key: Key, *elements: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Insert elements at the head of a list only when the list exists.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lpushx/

        Returns: the list length after the push; 0 when the key is missing
        """
        queued: Command[int] = Command(
            self._codec, "LPUSHX", ("LPUSHX", key, *elements), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lrange(self, key: Key, start: int, stop: int) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """Read a range of list elements by inclusive indexes.

        Complexity: O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lrange/

        Returns: the elements in the range
        """
        queued: Command[list[V]] = Command(
            self._codec, "LRANGE", ("LRANGE", key, start, stop), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lrem(self, key: Key, count: int, element: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Remove occurrences of an element from a list.

        Complexity: O(N+M) where N is the length of the list and M is the number of elements removed.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lrem/

        Returns: how many elements were removed
        """
        queued: Command[int] = Command(
            self._codec, "LREM", ("LREM", key, count, element), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def lset(self, key: Key, index: int, element: Value) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Replace the list element at an index.

        Complexity: O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/lset/

        Returns: always True (an out-of-range index or missing key is an error)
        """
        queued: Command[bool] = Command(
            self._codec, "LSET", ("LSET", key, index, element), _R_ok, _WRITE_IDEMPOTENT
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def ltrim(self, key: Key, start: int, stop: int) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Cut a list down to the elements within an index range.

        Complexity: O(N) where N is the number of elements to be removed by the operation.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/ltrim/

        Returns: always True
        """
        queued: Command[bool] = Command(
            self._codec, "LTRIM", ("LTRIM", key, start, stop), _R_ok, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def memory_help(self) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """Show the MEMORY subcommand help text.

        Complexity: O(1)
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/memory-help/

        Returns: the lines of the MEMORY help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "MEMORY HELP", ("MEMORY", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def memory_usage(
        self, key: Key, *, samples: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], int | None]:
        """Estimate how many bytes a key and its value take in memory.

        Complexity: O(N) where N is the number of samples.
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/memory-usage/

        Returns: bytes used, sampling `samples` nested elements (0: all); None when the key does not exist
        """
        argv: tuple[Arg, ...] = ("MEMORY", "USAGE", key)
        if samples is not None:
            argv += ("SAMPLES", samples)

        queued: Command[int | None] = Command(
            self._codec, "MEMORY USAGE", argv, _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def mget(self, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], list[V | None]]:
        """Read the strings at several keys in one call.

        Complexity: O(N) where N is the number of keys to retrieve.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/mget/

        Returns: one value per key, in order; None for keys that are missing or not strings
        """
        queued: Command[list[V | None]] = Command(
            self._codec, "MGET", ("MGET", *keys), _R_list_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def move(self, key: Key, db: int) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Move a key to another database of the same server.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/move/

        Returns: True when moved, False when the key is missing or already exists in the target database
        """
        queued: Command[bool] = Command(self._codec, "MOVE", ("MOVE", key, db), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def mset(self, mapping: SupportsItems[Key, Value]) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Store several key-value pairs at once, overwriting existing values.

        Complexity: O(N) where N is the number of keys to set.
        Since: Redis 1.0.1 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/mset/

        Returns: always True
        """
        argv: list[Arg] = ["MSET"]
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[bool] = Command(self._codec, "MSET", tuple(argv), _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def msetex(
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
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Store several key-value pairs at once with one expiry for all, optionally only if none or all of the keys exist.

        Complexity: O(N) where N is the number of keys to set.
        Since: not in Redis 8.2 · Valkey 9.1.0
        Docs: https://valkey.io/commands/msetex/

        Returns: True when every key was set; False when NX or XX prevented the write, and then none was set
        """
        argv: list[Arg] = ["MSETEX", len(mapping.items())]
        for k, v in mapping.items():
            argv += (k, v)
        if nx:
            argv.append("NX")
        if xx:
            argv.append("XX")
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "MSETEX", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "MSETEX", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "MSETEX", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "MSETEX", "pxat"),
            )
        if keepttl:
            argv.append("KEEPTTL")

        queued: Command[bool] = Command(self._codec, "MSETEX", tuple(argv), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def msetnx(self, mapping: SupportsItems[Key, Value]) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Store several key-value pairs only when none of the keys exists yet.

        Complexity: O(N) where N is the number of keys to set.
        Since: Redis 1.0.1 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/msetnx/

        Returns: True when all keys were set, False when any already existed and nothing was written
        """
        argv: list[Arg] = ["MSETNX"]
        for k, v in mapping.items():
            argv += (k, v)

        queued: Command[bool] = Command(self._codec, "MSETNX", tuple(argv), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_encoding(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], str | None]:
        """Tell which internal encoding stores the value at a key.

        Complexity: O(1)
        Since: Redis 2.2.3 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-encoding/

        Returns: the encoding name (listpack, hashtable, embstr, ...), or None when the key does not exist
        """
        queued: Command[str | None] = Command(
            self._codec, "OBJECT ENCODING", ("OBJECT", "ENCODING", key), _R_opt_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_freq(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int | None]:
        """Give the logarithmic access-frequency counter of a key (needs an LFU eviction policy).

        Complexity: O(1)
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-freq/

        Returns: the frequency counter, or None when the key does not exist
        """
        queued: Command[int | None] = Command(
            self._codec, "OBJECT FREQ", ("OBJECT", "FREQ", key), _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_help(self) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """List the OBJECT subcommands with a short description of each.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-help/

        Returns: lines of help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "OBJECT HELP", ("OBJECT", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_idletime(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int | None]:
        """Give the seconds since a key was last read or written.

        Complexity: O(1)
        Since: Redis 2.2.3 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-idletime/

        Returns: the idle time in seconds, or None when the key does not exist
        """
        queued: Command[int | None] = Command(
            self._codec, "OBJECT IDLETIME", ("OBJECT", "IDLETIME", key), _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def object_refcount(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int | None]:
        """Give the reference count of the value at a key.

        Complexity: O(1)
        Since: Redis 2.2.3 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/object-refcount/

        Returns: the reference count, or None when the key does not exist
        """
        queued: Command[int | None] = Command(
            self._codec, "OBJECT REFCOUNT", ("OBJECT", "REFCOUNT", key), _R_opt_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def persist(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Remove the expiry of a key so it lives forever.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/persist/

        Returns: True when an expiry was removed, False when the key is missing or had none
        """
        queued: Command[bool] = Command(self._codec, "PERSIST", ("PERSIST", key), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pexpire(
        self,
        key: Key,
        milliseconds: int | timedelta,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Make a key expire after a number of milliseconds.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pexpire/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        argv: tuple[Arg, ...] = (
            "PEXPIRE",
            key,
            milliseconds
            if isinstance(milliseconds, int)
            else _cv.milliseconds(milliseconds, "PEXPIRE", "milliseconds"),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)

        queued: Command[bool] = Command(self._codec, "PEXPIRE", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pexpireat(
        self,
        key: Key,
        unix_time_milliseconds: int | datetime,
        *,
        nx: bool = False,
        xx: bool = False,
        gt: bool = False,
        lt: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Make a key expire at a Unix time in milliseconds.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pexpireat/

        Returns: True when the timeout was set, False when the key is missing or the condition was not met
        """
        argv: tuple[Arg, ...] = (
            "PEXPIREAT",
            key,
            unix_time_milliseconds
            if isinstance(unix_time_milliseconds, int)
            else _cv.unix_milliseconds(
                unix_time_milliseconds, "PEXPIREAT", "unix_time_milliseconds"
            ),
        )
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if gt:
            argv += ("GT",)
        if lt:
            argv += ("LT",)

        queued: Command[bool] = Command(self._codec, "PEXPIREAT", argv, _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pexpiretime(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Give the Unix time in milliseconds at which a key will expire.

        Complexity: O(1)
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pexpiretime/

        Returns: the expiry time; -1 when the key has no expiry, -2 when it does not exist
        """
        queued: Command[int] = Command(
            self._codec, "PEXPIRETIME", ("PEXPIRETIME", key), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pfadd(self, key: Key, *elements: Value) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Add elements to a HyperLogLog cardinality estimator.

        Complexity: O(1) to add every element.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pfadd/

        Returns: True when the estimator changed (or was created), False otherwise
        """
        queued: Command[bool] = Command(
            self._codec, "PFADD", ("PFADD", key, *elements), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pfcount(self, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Estimate the number of distinct elements seen by one or more HyperLogLogs.

        Complexity: O(1) with a very small average constant time when called with a single key. O(N) with N being the number of keys, and much bigger constant times, when called with multiple keys.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pfcount/

        Returns: the approximate cardinality of the union
        """
        queued: Command[int] = Command(self._codec, "PFCOUNT", ("PFCOUNT", *keys), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pfmerge(self, destkey: Key, *sourcekeys: Key) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Merge HyperLogLogs into a destination estimator.

        Complexity: O(N) to merge N HyperLogLogs, but with high constant times.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pfmerge/

        Returns: always True
        """
        queued: Command[bool] = Command(
            self._codec, "PFMERGE", ("PFMERGE", destkey, *sourcekeys), _R_ok, _WRITE_IDEMPOTENT
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def ping(self, *, message: None = None) -> AsyncPipeline[V, Unpack[Ts], str]: ...
    @overload
    def ping(self, *, message: Value) -> AsyncPipeline[V, Unpack[Ts], V]: ...
    def ping(self, *, message: Value | None = None) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Check that the server answers, optionally echoing a message.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/ping/

        Returns:
            by default: "PONG"
            message given: the message
        """
        argv: tuple[Arg, ...] = ("PING",)
        if message is not None:
            argv += (message,)

        queued: Command[str | V] = Command(
            self._codec, "PING", argv, _R_V if message is not None else _R_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def psetex(
        self, key: Key, milliseconds: int | timedelta, value: Value
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Store a string at a key with a time to live in milliseconds.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/psetex/

        Returns: always True
        """
        queued: Command[bool] = Command(
            self._codec,
            "PSETEX",
            (
                "PSETEX",
                key,
                milliseconds
                if isinstance(milliseconds, int)
                else _cv.milliseconds(milliseconds, "PSETEX", "milliseconds"),
                value,
            ),
            _R_ok,
            _WRITE_IDEMPOTENT,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pttl(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Tell how many milliseconds remain before a key expires.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pttl/

        Returns: milliseconds left; -1 when the key has no expiry, -2 when it does not exist
        """
        queued: Command[int] = Command(self._codec, "PTTL", ("PTTL", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def publish(self, channel: Value, message: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Send a message to every subscriber of a channel.

        Complexity: O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/publish/

        Redis does not flag this command `write`; it is marked `write` (not idempotent) here because it has an effect outside the data set: a retry after a timeout would deliver the message twice, so it must not be retried like a read.

        Returns: how many subscribers received it (on this node)
        """
        queued: Command[int] = Command(
            self._codec, "PUBLISH", ("PUBLISH", channel, message), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_channels(
        self, *, pattern: Value | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """List channels that have subscribers, optionally those matching a pattern.

        Complexity: O(N) where N is the number of active channels, and assuming constant time pattern matching (relatively short channels and patterns)
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-channels/

        Returns: the active channel names (pattern subscriptions not counted)
        """
        argv: tuple[Arg, ...] = ("PUBSUB", "CHANNELS")
        if pattern is not None:
            argv += (pattern,)

        queued: Command[list[V]] = Command(
            self._codec, "PUBSUB CHANNELS", argv, _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_help(self) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """Show the PUBSUB subcommand help text.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-help/

        Returns: the lines of the PUBSUB help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "PUBSUB HELP", ("PUBSUB", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_numpat(self) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the pattern subscriptions across all clients.

        Complexity: O(1)
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-numpat/

        Returns: the number of pattern subscriptions
        """
        queued: Command[int] = Command(
            self._codec, "PUBSUB NUMPAT", ("PUBSUB", "NUMPAT"), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_numsub(self, *channels: Value) -> AsyncPipeline[V, Unpack[Ts], dict[V, int]]:
        """Count the subscribers of each of the given channels.

        Complexity: O(N) for the NUMSUB subcommand, where N is the number of requested channels
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-numsub/

        Returns: channel -> number of subscribers (pattern subscribers not counted); empty when no channel is given
        """
        queued: Command[dict[V, int]] = Command(
            self._codec, "PUBSUB NUMSUB", ("PUBSUB", "NUMSUB", *channels), _R_dict_V_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_shardchannels(
        self, *, pattern: Value | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """List shard channels that have subscribers, optionally those matching a pattern.

        Complexity: O(N) where N is the number of active shard channels, and assuming constant time pattern matching (relatively short shard channels).
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-shardchannels/

        Returns: the active shard channel names
        """
        argv: tuple[Arg, ...] = ("PUBSUB", "SHARDCHANNELS")
        if pattern is not None:
            argv += (pattern,)

        queued: Command[list[V]] = Command(
            self._codec, "PUBSUB SHARDCHANNELS", argv, _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def pubsub_shardnumsub(
        self, *shardchannels: Value
    ) -> AsyncPipeline[V, Unpack[Ts], dict[V, int]]:
        """Count the subscribers of each of the given shard channels.

        Complexity: O(N) for the SHARDNUMSUB subcommand, where N is the number of requested shard channels
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/pubsub-shardnumsub/

        Returns: shard channel -> number of subscribers; empty when no channel is given
        """
        queued: Command[dict[V, int]] = Command(
            self._codec,
            "PUBSUB SHARDNUMSUB",
            ("PUBSUB", "SHARDNUMSUB", *shardchannels),
            _R_dict_V_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def randomkey(self) -> AsyncPipeline[V, Unpack[Ts], V | None]:
        """Pick a random key from the database.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/randomkey/

        Returns: a key, or None when the database is empty
        """
        queued: Command[V | None] = Command(
            self._codec, "RANDOMKEY", ("RANDOMKEY",), _R_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def rename(self, key: Key, newkey: Key) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Give a key a new name, overwriting any key already using it.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rename/

        Returns: always True (a missing source is an error)
        """
        queued: Command[bool] = Command(
            self._codec, "RENAME", ("RENAME", key, newkey), _R_ok, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def renamenx(self, key: Key, newkey: Key) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Give a key a new name only when that name is not taken.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/renamenx/

        Returns: True when renamed, False when the new name already exists
        """
        queued: Command[bool] = Command(
            self._codec, "RENAMENX", ("RENAMENX", key, newkey), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def restore(
        self,
        key: Key,
        ttl: int,
        serialized_value: Value,
        *,
        replace: bool = False,
        absttl: bool = False,
        idletime: int | None = None,
        freq: int | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Create a key from a payload produced by DUMP.

        Complexity: O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/restore/

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("RESTORE", key, ttl, serialized_value)
        if replace:
            argv += ("REPLACE",)
        if absttl:
            argv += ("ABSTTL",)
        if idletime is not None:
            argv += ("IDLETIME", idletime)
        if freq is not None:
            argv += ("FREQ", freq)

        queued: Command[bool] = Command(self._codec, "RESTORE", argv, _R_ok, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def rpop(self, key: Key, *, count: None = None) -> AsyncPipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def rpop(self, key: Key, *, count: int) -> AsyncPipeline[V, Unpack[Ts], list[V] | None]: ...
    def rpop(self, key: Key, *, count: int | None = None) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Remove and return elements from the tail of a list.

        Complexity: O(N) where N is the number of elements returned
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpop/

        Returns:
            by default: the last element, or None when the key is missing
            count given: up to count elements, or None when the key is missing
        """
        argv: tuple[Arg, ...] = ("RPOP", key)
        if count is not None:
            argv += (count,)

        queued: Command[V | list[V] | None] = Command(
            self._codec, "RPOP", argv, _R_opt_list_V if count is not None else _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def rpoplpush(self, source: Key, destination: Key) -> AsyncPipeline[V, Unpack[Ts], V | None]:
        """Pop the last element of a list and push it onto the head of another.

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpoplpush/

        Returns: the moved element, or None when the source is empty
        """
        queued: Command[V | None] = Command(
            self._codec, "RPOPLPUSH", ("RPOPLPUSH", source, destination), _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def rpush(self, key: Key, *elements: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Append elements to the tail of a list, creating it if needed.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpush/

        Returns: the list length after the push
        """
        queued: Command[int] = Command(
            self._codec, "RPUSH", ("RPUSH", key, *elements), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def rpushx(self, key: Key, *elements: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Push elements onto the tail of an existing list; does nothing when the key is missing.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/rpushx/

        Returns: the list length after the push; 0 when the key is missing
        """
        queued: Command[int] = Command(
            self._codec, "RPUSHX", ("RPUSHX", key, *elements), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sadd(self, key: Key, *members: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Add members to a set, creating it if needed.

        Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sadd/

        Returns: how many members were newly added
        """
        queued: Command[int] = Command(self._codec, "SADD", ("SADD", key, *members), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def scan(
        self,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        type: Value | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[int, list[V]]]:
        """Walk the keyspace incrementally with a cursor, optionally filtered by pattern and type.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/scan/

        Returns: the next cursor (0 when the walk is complete) and a batch of keys
        """
        argv: tuple[Arg, ...] = ("SCAN", cursor)
        if match is not None:
            argv += ("MATCH", match)
        if count is not None:
            argv += ("COUNT", count)
        if type is not None:
            argv += ("TYPE", type)

        queued: Command[tuple[int, list[V]]] = Command(
            self._codec, "SCAN", argv, _R_tuple2_intstr_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def scard(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the members of a set.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/scard/

        Returns: the number of members; 0 when the key is missing
        """
        queued: Command[int] = Command(self._codec, "SCARD", ("SCARD", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_exists(self, *sha1s: Value) -> AsyncPipeline[V, Unpack[Ts], list[bool]]:
        """Tell which of the given SHA1 digests are in the script cache.

        Complexity: O(N) with N being the number of scripts to check (so checking a single script is an O(1) operation).
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-exists/

        Returns: one flag per digest, in order: True when cached
        """
        queued: Command[list[bool]] = Command(
            self._codec, "SCRIPT EXISTS", ("SCRIPT", "EXISTS", *sha1s), _R_list_bool, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_flush(
        self, *, async_: bool = False, sync: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Empty the Lua script cache.

        Complexity: O(N) with N being the number of scripts in cache
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-flush/

        Redis does not flag this command `write`; it is marked `write` + `idempotent` here because it destroys shared server state (every client's cached scripts) and must be refused to the read-only token.

        Returns: always True
        """
        argv: tuple[Arg, ...] = ("SCRIPT", "FLUSH")
        if async_:
            argv += ("ASYNC",)
        if sync:
            argv += ("SYNC",)

        queued: Command[bool] = Command(self._codec, "SCRIPT FLUSH", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_help(self) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """Show the SCRIPT subcommand help text.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-help/

        Returns: the lines of the SCRIPT help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "SCRIPT HELP", ("SCRIPT", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_load(self, script: Value) -> AsyncPipeline[V, Unpack[Ts], str]:
        """Put a Lua script in the script cache without running it.

        Complexity: O(N) with N being the length in bytes of the script body.
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/script-load/

        Kept `readonly` as Redis flags it: it changes no data, repeating it returns the same digest, and read-only clients need it to use evalsha_ro.

        Returns: the script's SHA1 digest (40 hex characters), to use with evalsha
        """
        queued: Command[str] = Command(
            self._codec, "SCRIPT LOAD", ("SCRIPT", "LOAD", script), _R_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def script_show(self, sha1: Value) -> AsyncPipeline[V, Unpack[Ts], V]:
        """Give the source of a cached Lua script from its SHA1 digest.

        Complexity: O(1).
        Since: not in Redis 8.2 · Valkey 8.0.0
        Docs: https://valkey.io/commands/script-show/

        Returns: the script's source as it was loaded (a NOSCRIPT error when no cached script has that digest)
        """
        queued: Command[V] = Command(
            self._codec, "SCRIPT SHOW", ("SCRIPT", "SHOW", sha1), _R_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sdiff(self, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """Compute the members of the first set that are in none of the others.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sdiff/

        Returns: the resulting members
        """
        queued: Command[list[V]] = Command(
            self._codec, "SDIFF", ("SDIFF", *keys), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sdiffstore(self, destination: Key, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Compute the difference of sets and store it at a destination key.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sdiffstore/

        Returns: the number of members stored
        """
        queued: Command[int] = Command(
            self._codec, "SDIFFSTORE", ("SDIFFSTORE", destination, *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def set(
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
    ) -> AsyncPipeline[V, Unpack[Ts], bool]: ...
    @overload
    def set(
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
    ) -> AsyncPipeline[V, Unpack[Ts], V | None]: ...
    def set(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("SET", key, value)
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)
        if ifeq is not None:
            argv += ("IFEQ", ifeq)
        if get:
            argv += ("GET",)
        if ex is not None:
            argv += ("EX", ex if isinstance(ex, int) else _cv.seconds(ex, "SET", "ex"))
        if px is not None:
            argv += ("PX", px if isinstance(px, int) else _cv.milliseconds(px, "SET", "px"))
        if exat is not None:
            argv += (
                "EXAT",
                exat if isinstance(exat, int) else _cv.unix_seconds(exat, "SET", "exat"),
            )
        if pxat is not None:
            argv += (
                "PXAT",
                pxat if isinstance(pxat, int) else _cv.unix_milliseconds(pxat, "SET", "pxat"),
            )
        if keepttl:
            argv += ("KEEPTTL",)

        queued: Command[bool | V | None] = Command(
            self._codec, "SET", argv, _R_opt_V if get else _R_opt_ok, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def setbit(self, key: Key, offset: int, value: int) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Write a 0 or 1 bit at an offset in the string at a key, growing it if needed.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setbit/

        Returns: the bit's previous value, 0 or 1
        """
        queued: Command[int] = Command(
            self._codec, "SETBIT", ("SETBIT", key, offset, value), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def setex(
        self, key: Key, seconds: int | timedelta, value: Value
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Store a string at a key with a time to live in seconds.

        Complexity: O(1)
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setex/

        Returns: always True
        """
        queued: Command[bool] = Command(
            self._codec,
            "SETEX",
            (
                "SETEX",
                key,
                seconds if isinstance(seconds, int) else _cv.seconds(seconds, "SETEX", "seconds"),
                value,
            ),
            _R_ok,
            _WRITE_IDEMPOTENT,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def setnx(self, key: Key, value: Value) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Store a string at a key only when the key does not exist yet.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setnx/

        Returns: True when the key was set, False when it already existed
        """
        queued: Command[bool] = Command(self._codec, "SETNX", ("SETNX", key, value), _R_bool, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def setrange(self, key: Key, offset: int, value: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Overwrite part of the string at a key starting at a byte offset, padding with zero bytes if needed.

        Complexity: O(1), not counting the time taken to copy the new string in place. Usually, this string is very small so the amortized complexity is O(1). Otherwise, complexity is O(M) with M being the length of the value argument.
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/setrange/

        Returns: the string's length after the write
        """
        queued: Command[int] = Command(
            self._codec, "SETRANGE", ("SETRANGE", key, offset, value), _R_int, _WRITE_IDEMPOTENT
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sinter(self, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """Compute the members common to all the given sets.

        Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sinter/

        Returns: the resulting members
        """
        queued: Command[list[V]] = Command(
            self._codec, "SINTER", ("SINTER", *keys), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sintercard(self, *keys: Key, limit: int | None = None) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the members common to all the given sets, optionally stopping at a limit.

        Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sintercard/

        Returns: the size of the intersection (capped at limit when given)
        """
        argv: tuple[Arg, ...] = ("SINTERCARD", len(keys), *keys)
        if limit is not None:
            argv += ("LIMIT", limit)

        queued: Command[int] = Command(self._codec, "SINTERCARD", argv, _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sinterstore(self, destination: Key, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Compute the intersection of sets and store it at a destination key.

        Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sinterstore/

        Returns: the number of members stored
        """
        queued: Command[int] = Command(
            self._codec, "SINTERSTORE", ("SINTERSTORE", destination, *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sismember(self, key: Key, member: Value) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Tell whether a value is a member of a set.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sismember/

        Returns: True when it is a member
        """
        queued: Command[bool] = Command(
            self._codec, "SISMEMBER", ("SISMEMBER", key, member), _R_bool, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def smembers(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """List every member of a set.

        Complexity: O(N) where N is the set cardinality.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/smembers/

        Returns: the members; empty when the key is missing
        """
        queued: Command[list[V]] = Command(
            self._codec, "SMEMBERS", ("SMEMBERS", key), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def smismember(self, key: Key, *members: Value) -> AsyncPipeline[V, Unpack[Ts], list[bool]]:
        """Tell, for several values, whether each is a member of a set.

        Complexity: O(N) where N is the number of elements being checked for membership
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/smismember/

        Returns: one flag per value, in order
        """
        queued: Command[list[bool]] = Command(
            self._codec, "SMISMEMBER", ("SMISMEMBER", key, *members), _R_list_bool, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def smove(
        self, source: Key, destination: Key, member: Value
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Take a member out of one set and add it to another, atomically.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/smove/

        Returns: True when moved, False when it was not in the source
        """
        queued: Command[bool] = Command(
            self._codec, "SMOVE", ("SMOVE", source, destination, member), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def sort(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def sort(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[V | None]]: ...
    @overload
    def sort(
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
    ) -> AsyncPipeline[V, Unpack[Ts], int]: ...
    @overload
    def sort(
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
    ) -> AsyncPipeline[V, Unpack[Ts], int]: ...
    def sort(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
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
        argv: list[Arg] = ["SORT", key]
        if by is not None:
            argv += ("BY", by)
        if limit is not None:
            argv.append("LIMIT")
            argv.extend(limit)
        if get is not None:
            for item in get:
                argv += ("GET", item)
        if asc:
            argv.append("ASC")
        if desc:
            argv.append("DESC")
        if alpha:
            argv.append("ALPHA")
        if store is not None:
            argv += ("STORE", store)

        queued: Command[list[V] | list[V | None] | int] = Command(
            self._codec,
            "SORT",
            tuple(argv),
            _R_int
            if get is not None and store is not None
            else _R_list_opt_V
            if get is not None
            else _R_int
            if store is not None
            else _R_list_V,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value],
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[V | None]]: ...
    def sort_ro(
        self,
        key: Key,
        *,
        by: Value | None = None,
        limit: tuple[int, int] | None = None,
        get: Sequence[Value] | None = None,
        asc: bool = False,
        desc: bool = False,
        alpha: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Return the sorted elements of a list, set or sorted set; the read-only twin of SORT without STORE.

        Complexity: O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sort_ro/

        Returns:
            by default: the sorted elements
            get given: the values fetched by the GET patterns, in order; None where a referenced key is missing
        """
        argv: list[Arg] = ["SORT_RO", key]
        if by is not None:
            argv += ("BY", by)
        if limit is not None:
            argv.append("LIMIT")
            argv.extend(limit)
        if get is not None:
            for item in get:
                argv += ("GET", item)
        if asc:
            argv.append("ASC")
        if desc:
            argv.append("DESC")
        if alpha:
            argv.append("ALPHA")

        queued: Command[list[V] | list[V | None]] = Command(
            self._codec,
            "SORT_RO",
            tuple(argv),
            _R_list_opt_V if get is not None else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def spop(self, key: Key, *, count: None = None) -> AsyncPipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def spop(self, key: Key, *, count: int) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    def spop(self, key: Key, *, count: int | None = None) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Pop one or more randomly chosen members out of a set.

        Complexity: Without the count argument O(1), otherwise O(N) where N is the value of the passed count.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/spop/

        Returns:
            by default: one removed member, or None when the key is missing
            count given: the removed members; empty when the key is missing
        """
        argv: tuple[Arg, ...] = ("SPOP", key)
        if count is not None:
            argv += (count,)

        queued: Command[V | list[V] | None] = Command(
            self._codec, "SPOP", argv, _R_list_V if count is not None else _R_opt_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def spublish(self, shardchannel: Value, message: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Send a message to every subscriber of a shard channel.

        Complexity: O(N) where N is the number of clients subscribed to the receiving shard channel.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/spublish/

        Redis does not flag this command `write`; it is marked `write` (not idempotent) here because it has an effect outside the data set: a retry after a timeout would deliver the message twice, so it must not be retried like a read.

        Returns: how many subscribers received it
        """
        queued: Command[int] = Command(
            self._codec, "SPUBLISH", ("SPUBLISH", shardchannel, message), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def srandmember(
        self, key: Key, *, count: None = None
    ) -> AsyncPipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def srandmember(self, key: Key, *, count: int) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    def srandmember(
        self, key: Key, *, count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Pick random members of a set without removing them.

        Complexity: Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/srandmember/

        Returns:
            by default: one member, or None when the key is missing
            count given: the picked members (distinct when count is positive, possibly repeated when negative)
        """
        argv: tuple[Arg, ...] = ("SRANDMEMBER", key)
        if count is not None:
            argv += (count,)

        queued: Command[V | list[V] | None] = Command(
            self._codec, "SRANDMEMBER", argv, _R_list_V if count is not None else _R_opt_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def srem(self, key: Key, *members: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Delete the given members from a set.

        Complexity: O(N) where N is the number of members to be removed.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/srem/

        Returns: how many members were removed
        """
        queued: Command[int] = Command(self._codec, "SREM", ("SREM", key, *members), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sscan(
        self, key: Key, cursor: int = 0, *, match: Value | None = None, count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[int, list[V]]]:
        """Walk the members of a set incrementally with a cursor.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        Since: Redis 2.8.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sscan/

        Returns: the next cursor (0 when the walk is complete) and a batch of members
        """
        argv: tuple[Arg, ...] = ("SSCAN", key, cursor)
        if match is not None:
            argv += ("MATCH", match)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[tuple[int, list[V]]] = Command(
            self._codec, "SSCAN", argv, _R_tuple2_intstr_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def strlen(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Give the length in bytes of the string at a key.

        Complexity: O(1)
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/strlen/

        Returns: the length; 0 when the key is missing
        """
        queued: Command[int] = Command(self._codec, "STRLEN", ("STRLEN", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def substr(self, key: Key, start: int, end: int) -> AsyncPipeline[V, Unpack[Ts], V]:
        """Read a slice of the string at a key (older name of GETRANGE).

        Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/substr/

        Returns: the bytes in the range; empty when the key is missing or the range is out of bounds
        """
        queued: Command[V] = Command(
            self._codec, "SUBSTR", ("SUBSTR", key, start, end), _R_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sunion(self, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """Compute the members present in any of the given sets.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sunion/

        Returns: the resulting members
        """
        queued: Command[list[V]] = Command(
            self._codec, "SUNION", ("SUNION", *keys), _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def sunionstore(self, destination: Key, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Compute the union of sets and store it at a destination key.

        Complexity: O(N) where N is the total number of elements in all given sets.
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/sunionstore/

        Returns: the number of members stored
        """
        queued: Command[int] = Command(
            self._codec, "SUNIONSTORE", ("SUNIONSTORE", destination, *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def time(self) -> AsyncPipeline[V, Unpack[Ts], tuple[int, int]]:
        """Get the server's current time.

        Complexity: O(1)
        Since: Redis 2.6.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/time/

        Returns: (Unix time in seconds, microseconds within that second)
        """
        queued: Command[tuple[int, int]] = Command(
            self._codec, "TIME", ("TIME",), _R_tuple2_intstr_intstr, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def touch(self, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Mark keys as recently used and count how many exist.

        Complexity: O(N) where N is the number of keys that will be touched.
        Since: Redis 3.2.1 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/touch/

        Returns: the number of existing keys touched
        """
        queued: Command[int] = Command(self._codec, "TOUCH", ("TOUCH", *keys), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def ttl(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Tell how many seconds remain before a key expires.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/ttl/

        Returns: seconds left; -1 when the key has no expiry, -2 when it does not exist
        """
        queued: Command[int] = Command(self._codec, "TTL", ("TTL", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def type(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], str]:
        """Tell which data type is stored at a key.

        Complexity: O(1)
        Since: Redis 1.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/type/

        Returns: string, list, set, zset, hash, stream, or none when the key does not exist
        """
        queued: Command[str] = Command(self._codec, "TYPE", ("TYPE", key), _R_str, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def unlink(self, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Remove keys, reclaiming their memory in the background.

        Complexity: O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.
        Since: Redis 4.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/unlink/

        Returns: how many of the keys existed and were removed
        """
        queued: Command[int] = Command(self._codec, "UNLINK", ("UNLINK", *keys), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xack(self, key: Key, group: Value, *ids: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Acknowledge entries for a consumer group, removing them from its pending list.

        Complexity: O(1) for each message ID processed.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xack/

        Returns: the number of entries that were pending and are now acknowledged
        """
        queued: Command[int] = Command(
            self._codec, "XACK", ("XACK", key, group, *ids), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xackdel(
        self,
        key: Key,
        group: Value,
        *ids: Value,
        keepref: bool = False,
        delref: bool = False,
        acked: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[XAckDelResult]]:
        """Acknowledge stream entries for a consumer group and delete them from the stream in the same step, with a choice of what happens to other groups' references.

        Complexity: O(1) for each entry ID processed.
        Since: Redis 8.2.0 · not in Valkey 9.1
        Docs: https://redis.io/docs/latest/commands/xackdel/

        keepref (the default) keeps other groups' pending references, delref removes them, acked deletes only entries every group has acknowledged.

        Returns: one code per id, in order: DELETED when acknowledged and deleted, REFERENCED when acknowledged but kept because other consumer groups still reference it, NOT_FOUND when the id is not in the stream (or the key does not exist)
        """
        argv: tuple[Arg, ...] = ("XACKDEL", key, group)
        if keepref:
            argv += ("KEEPREF",)
        if delref:
            argv += ("DELREF",)
        if acked:
            argv += ("ACKED",)
        argv += ("IDS", len(ids))
        argv += tuple(ids)

        queued: Command[list[XAckDelResult]] = Command(
            self._codec, "XACKDEL", argv, _R_list_XAckDelResult, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xadd(
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
    ) -> AsyncPipeline[V, Unpack[Ts], V]: ...
    @overload
    def xadd(
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
    ) -> AsyncPipeline[V, Unpack[Ts], V | None]: ...
    def xadd(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Append an entry to a stream (auto id by default), optionally trimming the stream in the same call.

        Complexity: O(1) when adding a new entry, O(N) when trimming where N being the number of entries evicted.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xadd/

        id defaults to "*" (auto-generated) and is keyword-style in Python although it precedes the fields on the wire; trimming: strategy="MAXLEN"|"MINID", threshold, and optionally approximately/equal and limit.

        Returns:
            by default: the id of the new entry
            nomkstream=True: the id of the new entry; None when the stream did not exist
        """
        argv: list[Arg] = ["XADD", key]
        if nomkstream:
            argv.append("NOMKSTREAM")
        if strategy is not None:
            argv.append(strategy)
        if equal:
            argv.append("=")
        if approximately:
            argv.append("~")
        if threshold is not None:
            argv.append(threshold)
        if limit is not None:
            argv += ("LIMIT", limit)
        argv.append(id)
        for k, v in fields.items():
            argv += (k, v)

        queued: Command[V | None] = Command(
            self._codec, "XADD", tuple(argv), _R_opt_V if nomkstream else _R_V, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: Literal[False] = False,
    ) -> AsyncPipeline[V, Unpack[Ts], XAutoClaimResult[V]]: ...
    @overload
    def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: Literal[True],
    ) -> AsyncPipeline[V, Unpack[Ts], XAutoClaimJustIdResult[V]]: ...
    def xautoclaim(
        self,
        key: Key,
        group: Value,
        consumer: Value,
        min_idle_time: int,
        start: Value = "0-0",
        *,
        count: int | None = None,
        justid: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Transfer to a consumer the group's pending entries idle for at least a given time, scanning from a start id.

        Complexity: O(1) if COUNT is small.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xautoclaim/

        Returns:
            by default: the next start id, the claimed entries and the ids of deleted entries
            justid=True: the next start id, the claimed ids and the ids of deleted entries
        """
        argv: tuple[Arg, ...] = ("XAUTOCLAIM", key, group, consumer, min_idle_time, start)
        if count is not None:
            argv += ("COUNT", count)
        if justid:
            argv += ("JUSTID",)

        queued: Command[XAutoClaimResult[V] | XAutoClaimJustIdResult[V]] = Command(
            self._codec,
            "XAUTOCLAIM",
            argv,
            _R_XAutoClaimJustIdResult if justid else _R_XAutoClaimResult,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xclaim(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[StreamEntry[V]]]: ...
    @overload
    def xclaim(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    def xclaim(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Transfer ownership of specific pending entries of a group to a consumer when they have been idle long enough.

        Complexity: O(log N) with N being the number of messages in the PEL of the consumer group.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xclaim/

        Returns:
            by default: the claimed entries (ids no longer in the stream are dropped from the PEL and omitted)
            justid=True: the ids of the claimed entries
        """
        argv: tuple[Arg, ...] = ("XCLAIM", key, group, consumer, min_idle_time, *ids)
        if idle is not None:
            argv += ("IDLE", idle)
        if time is not None:
            argv += ("TIME", time)
        if retrycount is not None:
            argv += ("RETRYCOUNT", retrycount)
        if force:
            argv += ("FORCE",)
        if justid:
            argv += ("JUSTID",)
        if lastid is not None:
            argv += ("LASTID", lastid)

        queued: Command[list[StreamEntry[V]] | list[V]] = Command(
            self._codec, "XCLAIM", argv, _R_list_V if justid else _R_list_StreamEntry, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xdel(self, key: Key, *ids: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Delete entries from a stream by id.

        Complexity: O(1) for each single item to delete in the stream, regardless of the stream size.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xdel/

        Returns: the number of entries deleted
        """
        queued: Command[int] = Command(self._codec, "XDEL", ("XDEL", key, *ids), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xdelex(
        self,
        key: Key,
        *ids: Value,
        keepref: bool = False,
        delref: bool = False,
        acked: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[XDelExResult]]:
        """Delete stream entries by id, with a choice of what happens to consumer groups' references to them.

        Complexity: O(1) for each single item to delete in the stream, regardless of the stream size.
        Since: Redis 8.2.0 · not in Valkey 9.1
        Docs: https://redis.io/docs/latest/commands/xdelex/

        keepref (the default) keeps consumer groups' pending references, delref removes them too, acked deletes only entries every group has acknowledged.

        Returns: one code per id, in order: DELETED when the entry was deleted, REFERENCED when it was kept because consumer groups still reference it (acked), NOT_FOUND when the id is not in the stream (or the key does not exist)
        """
        argv: tuple[Arg, ...] = ("XDELEX", key)
        if keepref:
            argv += ("KEEPREF",)
        if delref:
            argv += ("DELREF",)
        if acked:
            argv += ("ACKED",)
        argv += ("IDS", len(ids))
        argv += tuple(ids)

        queued: Command[list[XDelExResult]] = Command(
            self._codec, "XDELEX", argv, _R_list_XDelExResult, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_create(
        self,
        key: Key,
        groupname: Value,
        id: str | bytes = "$",
        *,
        mkstream: bool = False,
        entriesread: int | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Create a consumer group on a stream starting at an id ($ for new entries only), optionally creating the stream.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-create/

        Returns: True once the group is created
        """
        argv: tuple[Arg, ...] = ("XGROUP", "CREATE", key, groupname, id)
        if mkstream:
            argv += ("MKSTREAM",)
        if entriesread is not None:
            argv += ("ENTRIESREAD", entriesread)

        queued: Command[bool] = Command(self._codec, "XGROUP CREATE", argv, _R_ok, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_createconsumer(
        self, key: Key, groupname: Value, consumername: Value
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Create a consumer in a consumer group.

        Complexity: O(1)
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-createconsumer/

        Returns: True when created, False when it already existed
        """
        queued: Command[bool] = Command(
            self._codec,
            "XGROUP CREATECONSUMER",
            ("XGROUP", "CREATECONSUMER", key, groupname, consumername),
            _R_bool,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_delconsumer(
        self, key: Key, groupname: Value, consumername: Value
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Delete a consumer from a consumer group, dropping its pending entries.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-delconsumer/

        Returns: the number of pending entries the consumer had
        """
        queued: Command[int] = Command(
            self._codec,
            "XGROUP DELCONSUMER",
            ("XGROUP", "DELCONSUMER", key, groupname, consumername),
            _R_int,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_destroy(self, key: Key, groupname: Value) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Delete a consumer group of a stream.

        Complexity: O(N) where N is the number of entries in the group's pending entries list (PEL).
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-destroy/

        Returns: True when the group existed and was deleted
        """
        queued: Command[bool] = Command(
            self._codec, "XGROUP DESTROY", ("XGROUP", "DESTROY", key, groupname), _R_bool, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_help(self) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """Help text for the XGROUP subcommands.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-help/

        Returns: lines of help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "XGROUP HELP", ("XGROUP", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xgroup_setid(
        self, key: Key, groupname: Value, id: str | bytes, *, entriesread: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Move a consumer group's last-delivered id (and optionally its read counter).

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xgroup-setid/

        Returns: True once the id is set
        """
        argv: tuple[Arg, ...] = ("XGROUP", "SETID", key, groupname, id)
        if entriesread is not None:
            argv += ("ENTRIESREAD", entriesread)

        queued: Command[bool] = Command(self._codec, "XGROUP SETID", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xinfo_consumers(
        self, key: Key, groupname: Value
    ) -> AsyncPipeline[V, Unpack[Ts], list[XInfoConsumer[V]]]:
        """List the consumers of a consumer group with their pending counts and idle times.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-consumers/

        Returns: one description per consumer
        """
        queued: Command[list[XInfoConsumer[V]]] = Command(
            self._codec,
            "XINFO CONSUMERS",
            ("XINFO", "CONSUMERS", key, groupname),
            _R_list_XInfoConsumer,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xinfo_groups(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], list[XInfoGroup[V]]]:
        """List the consumer groups of a stream with their progress.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-groups/

        Returns: one description per consumer group
        """
        queued: Command[list[XInfoGroup[V]]] = Command(
            self._codec, "XINFO GROUPS", ("XINFO", "GROUPS", key), _R_list_XInfoGroup, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xinfo_help(self) -> AsyncPipeline[V, Unpack[Ts], list[str]]:
        """Help text for the XINFO subcommands.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-help/

        Returns: lines of help text
        """
        queued: Command[list[str]] = Command(
            self._codec, "XINFO HELP", ("XINFO", "HELP"), _R_list_str, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xinfo_stream(
        self, key: Key, *, full: Literal[False] = False, count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], XInfoStream[V]]: ...
    @overload
    def xinfo_stream(
        self, key: Key, *, full: Literal[True], count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], XInfoStreamFull[V]]: ...
    def xinfo_stream(
        self, key: Key, *, full: bool = False, count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Describe a stream; with full, also its entries, groups, consumers and pending lists.

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xinfo-stream/

        The optional FULL block becomes full: bool plus count: int | None (count only with full; COUNT 0 means every entry).

        Returns:
            by default: the stream's summary
            full=True: the stream's detailed description
        """
        argv: tuple[Arg, ...] = ("XINFO", "STREAM", key)
        if full:
            argv += ("FULL",)
            if count is not None:
                argv += ("COUNT", count)

        queued: Command[XInfoStream[V] | XInfoStreamFull[V]] = Command(
            self._codec,
            "XINFO STREAM",
            argv,
            _R_XInfoStreamFull if full else _R_XInfoStream,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xlen(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the entries of a stream (0 when the key does not exist).

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xlen/

        Returns: the number of entries
        """
        queued: Command[int] = Command(self._codec, "XLEN", ("XLEN", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: None = None,
        consumer: Value | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], XPendingSummary[V]]: ...
    @overload
    def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: int,
        consumer: Value | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], list[XPendingEntry[V]]]: ...
    def xpending(
        self,
        key: Key,
        group: Value,
        *,
        idle: int | None = None,
        start: Value | None = None,
        end: Value | None = None,
        count: int | None = None,
        consumer: Value | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Inspect a consumer group's pending entries: a summary, or (with start, end, count) the entries themselves.

        Complexity: O(N) with N being the number of elements returned, so asking for a small fixed number of entries per call is O(1). O(M), where M is the total number of entries scanned when used with the IDLE filter. When the command returns just the summary and the list of consumers is small, it runs in O(1) time; otherwise, an additional O(N) time for iterating every consumer.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xpending/

        start, end and count go together; idle and consumer need them.

        Returns:
            by default: the summary of the group's pending entries
            count given: the pending entries in the id range
        """
        argv: tuple[Arg, ...] = ("XPENDING", key, group)
        if idle is not None:
            argv += ("IDLE", idle)
        if start is not None:
            argv += (start,)
        if end is not None:
            argv += (end,)
        if count is not None:
            argv += (count,)
        if consumer is not None:
            argv += (consumer,)

        queued: Command[XPendingSummary[V] | list[XPendingEntry[V]]] = Command(
            self._codec,
            "XPENDING",
            argv,
            _R_list_XPendingEntry if count is not None else _R_XPendingSummary,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xrange(
        self, key: Key, start: Value = "-", end: Value = "+", *, count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[StreamEntry[V]]]:
        """Entries of a stream between two ids, oldest first, optionally limited to count.

        Complexity: O(N) with N being the number of elements being returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xrange/

        Returns: the entries in the range
        """
        argv: tuple[Arg, ...] = ("XRANGE", key, start, end)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[list[StreamEntry[V]]] = Command(
            self._codec, "XRANGE", argv, _R_list_StreamEntry, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xread(
        self, streams: SupportsItems[Key, Value], *, count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[XReadStream[V]] | None]:
        """Read entries with ids greater than the given ones from one or more streams (never blocks here).

        Complexity: For each stream mentioned: O(N) with N being the number of elements being returned, it means that XREAD-ing with a fixed COUNT is O(1). Note that when the BLOCK option is used, XADD will pay O(M) time in order to serve the M clients blocked on the stream getting new data.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xread/

        Offered without BLOCK: blocking reads cannot be served over HTTP, so the BLOCK argument was removed. streams maps each stream key to the id to read after; on the wire all keys come first, then all ids.

        Returns: the new entries per stream that has any; None when no stream has new entries
        """
        argv: list[Arg] = ["XREAD"]
        if count is not None:
            argv += ("COUNT", count)
        argv.append("STREAMS")
        for k, _ in streams.items():
            argv.append(k)
        for _, v in streams.items():
            argv.append(v)

        queued: Command[list[XReadStream[V]] | None] = Command(
            self._codec, "XREAD", tuple(argv), _R_opt_list_XReadStream, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xreadgroup(
        self,
        group: Value,
        consumer: Value,
        streams: SupportsItems[Key, Value],
        *,
        count: int | None = None,
        noack: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[XReadGroupStream[V]] | None]:
        """Read entries as a consumer of a group: new ones (id >) or the consumer's own pending history (never blocks here).

        Complexity: For each stream mentioned: O(M) with M being the number of elements returned. If M is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1). On the other side when XREADGROUP blocks, XADD will pay the O(N) time in order to serve the N clients blocked on the stream getting new data.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xreadgroup/

        Offered without BLOCK: blocking reads cannot be served over HTTP, so the BLOCK argument was removed. streams maps each stream key to an id (">" for new entries); on the wire all keys come first, then all ids.

        Returns: the delivered entries per stream; None when there is nothing to deliver
        """
        argv: list[Arg] = ["XREADGROUP", "GROUP", group, consumer]
        if count is not None:
            argv += ("COUNT", count)
        if noack:
            argv.append("NOACK")
        argv.append("STREAMS")
        for k, _ in streams.items():
            argv.append(k)
        for _, v in streams.items():
            argv.append(v)

        queued: Command[list[XReadGroupStream[V]] | None] = Command(
            self._codec, "XREADGROUP", tuple(argv), _R_opt_list_XReadGroupStream, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xrevrange(
        self, key: Key, end: Value = "+", start: Value = "-", *, count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[StreamEntry[V]]]:
        """Entries of a stream between two ids, newest first, optionally limited to count.

        Complexity: O(N) with N being the number of elements returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xrevrange/

        Returns: the entries in the range, newest first
        """
        argv: tuple[Arg, ...] = ("XREVRANGE", key, end, start)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[list[StreamEntry[V]]] = Command(
            self._codec, "XREVRANGE", argv, _R_list_StreamEntry, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xsetid(
        self,
        key: Key,
        last_id: Value,
        *,
        entriesadded: int | None = None,
        maxdeletedid: Value | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Set a stream's last generated id (and optionally its added-entries counter and max deleted id).

        Complexity: O(1)
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xsetid/

        Returns: True once set
        """
        argv: tuple[Arg, ...] = ("XSETID", key, last_id)
        if entriesadded is not None:
            argv += ("ENTRIESADDED", entriesadded)
        if maxdeletedid is not None:
            argv += ("MAXDELETEDID", maxdeletedid)

        queued: Command[bool] = Command(self._codec, "XSETID", argv, _R_ok, _WRITE_IDEMPOTENT)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def xtrim(
        self,
        key: Key,
        strategy: Literal["MAXLEN", "MINID"],
        threshold: Value,
        *,
        equal: bool = False,
        approximately: bool = False,
        limit: int | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Trim a stream to a maximum length (MAXLEN) or drop entries below an id (MINID).

        Complexity: O(N), with N being the number of evicted entries. Constant times are very small however, since entries are organized in macro nodes containing multiple entries that can be released with a single deallocation.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/xtrim/

        The required trim block is not a parameter of its own: strategy ("MAXLEN"|"MINID") and threshold are positional, equal/approximately/limit keyword-only.

        Returns: the number of entries removed
        """
        argv: tuple[Arg, ...] = ("XTRIM", key, strategy)
        if equal:
            argv += ("=",)
        if approximately:
            argv += ("~",)
        argv += (threshold,)
        if limit is not None:
            argv += ("LIMIT", limit)

        queued: Command[int] = Command(self._codec, "XTRIM", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zadd(
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
    ) -> AsyncPipeline[V, Unpack[Ts], int]: ...
    @overload
    def zadd(
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
    ) -> AsyncPipeline[V, Unpack[Ts], float | None]: ...
    def zadd(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Add members with scores to a sorted set, or update their scores; INCR adds to one member's score.

        Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zadd/

        Returns:
            by default: the number of members added (with ch: added or whose score changed)
            incr=True: the member's new score; None when NX/XX/GT/LT prevented the update
        """
        argv: list[Arg] = ["ZADD", key]
        if nx:
            argv.append("NX")
        if xx:
            argv.append("XX")
        if gt:
            argv.append("GT")
        if lt:
            argv.append("LT")
        if ch:
            argv.append("CH")
        if incr:
            argv.append("INCR")
        for k, v in mapping.items():
            argv += (v, k)

        queued: Command[int | float | None] = Command(
            self._codec, "ZADD", tuple(argv), _R_opt_float if incr else _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zcard(self, key: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the members of a sorted set (0 when the key does not exist).

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zcard/

        Returns: the number of members
        """
        queued: Command[int] = Command(self._codec, "ZCARD", ("ZCARD", key), _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zcount(
        self, key: Key, min: float | str, max: float | str
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the members whose score lies between two bounds.

        Complexity: O(log(N)) with N being the number of elements in the sorted set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zcount/

        Returns: the number of members in the score range
        """
        queued: Command[int] = Command(
            self._codec, "ZCOUNT", ("ZCOUNT", key, min, max), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zdiff(
        self, *keys: Key, withscores: Literal[False] = False
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zdiff(
        self, *keys: Key, withscores: Literal[True]
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zdiff(self, *keys: Key, withscores: bool = False) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Members of the first sorted set that appear in none of the others.

        Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zdiff/

        Returns:
            by default: the members of the difference
            withscores=True: the members of the difference, each with its score
        """
        argv: tuple[Arg, ...] = ("ZDIFF", len(keys), *keys)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZDIFF", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zdiffstore(self, destination: Key, *keys: Key) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Store in a destination key the members of the first sorted set that appear in none of the others.

        Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zdiffstore/

        Returns: the number of members in the stored result
        """
        queued: Command[int] = Command(
            self._codec, "ZDIFFSTORE", ("ZDIFFSTORE", destination, len(keys), *keys), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zincrby(
        self, key: Key, increment: float, member: Value
    ) -> AsyncPipeline[V, Unpack[Ts], float]:
        """Add an amount to a member's score (creating it at 0 first if needed) and return the new score.

        Complexity: O(log(N)) where N is the number of elements in the sorted set.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zincrby/

        Returns: the member's new score
        """
        queued: Command[float] = Command(
            self._codec, "ZINCRBY", ("ZINCRBY", key, increment, member), _R_float, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[False] = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[True],
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zinter(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Members present in every given sorted set, with scores combined by SUM, MIN or MAX.

        Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zinter/

        Returns:
            by default: the members of the intersection
            withscores=True: the members of the intersection, each with its score
        """
        argv: tuple[Arg, ...] = ("ZINTER", len(keys), *keys)
        if weights is not None:
            argv += ("WEIGHTS",)
            argv += tuple(weights)
        if aggregate is not None:
            argv += ("AGGREGATE", aggregate)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZINTER", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zintercard(self, *keys: Key, limit: int | None = None) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the members of the intersection of sorted sets, optionally stopping at a limit.

        Complexity: O(N*K) worst case with N being the smallest input sorted set, K being the number of input sorted sets.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zintercard/

        Returns: the size of the intersection (capped at limit when given)
        """
        argv: tuple[Arg, ...] = ("ZINTERCARD", len(keys), *keys)
        if limit is not None:
            argv += ("LIMIT", limit)

        queued: Command[int] = Command(self._codec, "ZINTERCARD", argv, _R_int, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zinterstore(
        self,
        destination: Key,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Store in a destination key the intersection of sorted sets, with scores combined by SUM, MIN or MAX.

        Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zinterstore/

        Returns: the number of members in the stored result
        """
        argv: tuple[Arg, ...] = ("ZINTERSTORE", destination, len(keys), *keys)
        if weights is not None:
            argv += ("WEIGHTS",)
            argv += tuple(weights)
        if aggregate is not None:
            argv += ("AGGREGATE", aggregate)

        queued: Command[int] = Command(self._codec, "ZINTERSTORE", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zlexcount(self, key: Key, min: Value, max: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Count the members between two lexicographic bounds (for sets whose scores are all equal).

        Complexity: O(log(N)) with N being the number of elements in the sorted set.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zlexcount/

        Returns: the number of members in the lexicographic range
        """
        queued: Command[int] = Command(
            self._codec, "ZLEXCOUNT", ("ZLEXCOUNT", key, min, max), _R_int, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zmpop(
        self, keys: Sequence[Key], where: Literal["MIN", "MAX"], *, count: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], ZMPopResult[V] | None]:
        """Pop up to count lowest- or highest-scored members from the first non-empty sorted set among several keys.

        Complexity: O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.
        Since: Redis 7.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zmpop/

        Returns: the key popped from and the popped members with scores; None when every key is empty
        """
        argv: tuple[Arg, ...] = ("ZMPOP", len(keys), *keys, where)
        if count is not None:
            argv += ("COUNT", count)

        queued: Command[ZMPopResult[V] | None] = Command(
            self._codec, "ZMPOP", argv, _R_opt_ZMPopResult, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zmscore(
        self, key: Key, *members: Value
    ) -> AsyncPipeline[V, Unpack[Ts], list[float | None]]:
        """Look up the scores of several members at once.

        Complexity: O(N) where N is the number of members being requested.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zmscore/

        Returns: the score of each member, None for a member that is absent
        """
        queued: Command[list[float | None]] = Command(
            self._codec, "ZMSCORE", ("ZMSCORE", key, *members), _R_list_opt_float, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zpopmax(
        self, key: Key, *, count: None = None
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[V, float] | None]: ...
    @overload
    def zpopmax(
        self, key: Key, *, count: int
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zpopmax(self, key: Key, *, count: int | None = None) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Remove and return the highest-scored members (one unless count is given).

        Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zpopmax/

        Returns:
            by default: the highest-scored member with its score, or None when the key does not exist
            count given: up to count members with their scores, highest first; empty when the key does not exist
        """
        argv: tuple[Arg, ...] = ("ZPOPMAX", key)
        if count is not None:
            argv += (count,)

        queued: Command[tuple[V, float] | list[tuple[V, float]] | None] = Command(
            self._codec,
            "ZPOPMAX",
            argv,
            _R_pairs_V_float if count is not None else _R_first_pairs_V_float,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zpopmin(
        self, key: Key, *, count: None = None
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[V, float] | None]: ...
    @overload
    def zpopmin(
        self, key: Key, *, count: int
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zpopmin(self, key: Key, *, count: int | None = None) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Remove and return the lowest-scored members (one unless count is given).

        Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
        Since: Redis 5.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zpopmin/

        Returns:
            by default: the lowest-scored member with its score, or None when the key does not exist
            count given: up to count members with their scores, lowest first; empty when the key does not exist
        """
        argv: tuple[Arg, ...] = ("ZPOPMIN", key)
        if count is not None:
            argv += (count,)

        queued: Command[tuple[V, float] | list[tuple[V, float]] | None] = Command(
            self._codec,
            "ZPOPMIN",
            argv,
            _R_pairs_V_float if count is not None else _R_first_pairs_V_float,
            WRITE,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrandmember(
        self, key: Key, *, count: None = None, withscores: Literal[False] = False
    ) -> AsyncPipeline[V, Unpack[Ts], V | None]: ...
    @overload
    def zrandmember(
        self, key: Key, *, count: int, withscores: Literal[False] = False
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrandmember(
        self, key: Key, *, count: int, withscores: Literal[True]
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrandmember(
        self, key: Key, *, count: int | None = None, withscores: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
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
        argv: tuple[Arg, ...] = ("ZRANDMEMBER", key)
        if count is not None:
            argv += (count,)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[V | list[V] | list[tuple[V, float]] | None] = Command(
            self._codec,
            "ZRANDMEMBER",
            argv,
            _R_pairs_V_float
            if count is not None and withscores
            else _R_list_V
            if count is not None
            else _R_opt_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrange(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrange(
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
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrange(
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
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Members of a sorted set by rank, score (byscore) or lexicographic (bylex) range, optionally reversed and paged.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrange/

        Returns:
            by default: the members in the range, in order
            withscores=True: the members in the range, in order, each with its score
        """
        argv: tuple[Arg, ...] = ("ZRANGE", key, start, stop)
        if byscore:
            argv += ("BYSCORE",)
        if bylex:
            argv += ("BYLEX",)
        if rev:
            argv += ("REV",)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZRANGE", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zrangebylex(
        self, key: Key, min: Value, max: Value, *, limit: tuple[int, int] | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """Members between two lexicographic bounds, optionally paged (legacy form of ZRANGE BYLEX).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrangebylex/

        Returns: the members in the range
        """
        argv: tuple[Arg, ...] = ("ZRANGEBYLEX", key, min, max)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[list[V]] = Command(self._codec, "ZRANGEBYLEX", argv, _R_list_V, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: Literal[False] = False,
        limit: tuple[int, int] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: Literal[True],
        limit: tuple[int, int] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrangebyscore(
        self,
        key: Key,
        min: float | str,
        max: float | str,
        *,
        withscores: bool = False,
        limit: tuple[int, int] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Members whose score lies between two bounds, lowest first (legacy form of ZRANGE BYSCORE).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 1.0.5 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrangebyscore/

        Returns:
            by default: the members in the score range, lowest score first
            withscores=True: the members in the score range, lowest score first, each with its score
        """
        argv: tuple[Arg, ...] = ("ZRANGEBYSCORE", key, min, max)
        if withscores:
            argv += ("WITHSCORES",)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec,
            "ZRANGEBYSCORE",
            argv,
            _R_pairs_V_float if withscores else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zrangestore(
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
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Copy the members of a rank, score or lexicographic range of one sorted set into a destination key.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored into the destination key.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrangestore/

        Returns: the number of members stored
        """
        argv: tuple[Arg, ...] = ("ZRANGESTORE", dst, src, min, max)
        if byscore:
            argv += ("BYSCORE",)
        if bylex:
            argv += ("BYLEX",)
        if rev:
            argv += ("REV",)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[int] = Command(self._codec, "ZRANGESTORE", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrank(
        self, key: Key, member: Value, *, withscore: Literal[False] = False
    ) -> AsyncPipeline[V, Unpack[Ts], int | None]: ...
    @overload
    def zrank(
        self, key: Key, member: Value, *, withscore: Literal[True]
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[int, float] | None]: ...
    def zrank(
        self, key: Key, member: Value, *, withscore: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Position of a member when the set is ordered from lowest to highest score (0-based).

        Complexity: O(log(N))
        Since: Redis 2.0.0 · every Valkey release
        Option `withscore`: Redis 7.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrank/

        Returns:
            by default: the member's rank; None when the member or key does not exist
            withscore=True: the member's rank and its score; None when the member or key does not exist
        """
        argv: tuple[Arg, ...] = ("ZRANK", key, member)
        if withscore:
            argv += ("WITHSCORE",)

        queued: Command[int | tuple[int, float] | None] = Command(
            self._codec,
            "ZRANK",
            argv,
            _R_opt_tuple2_int_float if withscore else _R_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zrem(self, key: Key, *members: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Delete the given members from a sorted set, ignoring absent ones.

        Complexity: O(M*log(N)) with N being the number of elements in the sorted set and M the number of elements to be removed.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrem/

        Returns: the number of members actually removed
        """
        queued: Command[int] = Command(self._codec, "ZREM", ("ZREM", key, *members), _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zremrangebylex(self, key: Key, min: Value, max: Value) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Delete every member between two lexicographic bounds.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zremrangebylex/

        Returns: the number of members removed
        """
        queued: Command[int] = Command(
            self._codec, "ZREMRANGEBYLEX", ("ZREMRANGEBYLEX", key, min, max), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zremrangebyrank(self, key: Key, start: int, stop: int) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Delete every member whose rank lies between two positions.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zremrangebyrank/

        Returns: the number of members removed
        """
        queued: Command[int] = Command(
            self._codec, "ZREMRANGEBYRANK", ("ZREMRANGEBYRANK", key, start, stop), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zremrangebyscore(
        self, key: Key, min: float | str, max: float | str
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Delete every member whose score lies between two bounds.

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zremrangebyscore/

        Returns: the number of members removed
        """
        queued: Command[int] = Command(
            self._codec, "ZREMRANGEBYSCORE", ("ZREMRANGEBYSCORE", key, min, max), _R_int, WRITE
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: Literal[False] = False
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: Literal[True]
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrevrange(
        self, key: Key, start: int, stop: int, *, withscores: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Members by rank with the highest score first (legacy form of ZRANGE REV).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrange/

        Returns:
            by default: the members in the rank range, highest score first
            withscores=True: the members in the rank range, highest score first, each with its score
        """
        argv: tuple[Arg, ...] = ("ZREVRANGE", key, start, stop)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZREVRANGE", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zrevrangebylex(
        self, key: Key, max: Value, min: Value, *, limit: tuple[int, int] | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]:
        """Members between two lexicographic bounds in descending order (legacy form of ZRANGE BYLEX REV).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 2.8.9 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrangebylex/

        Returns: the members in the range, descending
        """
        argv: tuple[Arg, ...] = ("ZREVRANGEBYLEX", key, max, min)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[list[V]] = Command(self._codec, "ZREVRANGEBYLEX", argv, _R_list_V, READONLY)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: Literal[False] = False,
        limit: tuple[int, int] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: Literal[True],
        limit: tuple[int, int] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zrevrangebyscore(
        self,
        key: Key,
        max: float | str,
        min: float | str,
        *,
        withscores: bool = False,
        limit: tuple[int, int] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Members whose score lies between two bounds, highest first (legacy form of ZRANGE BYSCORE REV).

        Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        Since: Redis 2.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrangebyscore/

        Returns:
            by default: the members in the score range, highest score first
            withscores=True: the members in the score range, highest score first, each with its score
        """
        argv: tuple[Arg, ...] = ("ZREVRANGEBYSCORE", key, max, min)
        if withscores:
            argv += ("WITHSCORES",)
        if limit is not None:
            argv += ("LIMIT",)
            argv += tuple(limit)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec,
            "ZREVRANGEBYSCORE",
            argv,
            _R_pairs_V_float if withscores else _R_list_V,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zrevrank(
        self, key: Key, member: Value, *, withscore: Literal[False] = False
    ) -> AsyncPipeline[V, Unpack[Ts], int | None]: ...
    @overload
    def zrevrank(
        self, key: Key, member: Value, *, withscore: Literal[True]
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[int, float] | None]: ...
    def zrevrank(
        self, key: Key, member: Value, *, withscore: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Position of a member when the set is ordered from highest to lowest score (0-based).

        Complexity: O(log(N))
        Since: Redis 2.0.0 · every Valkey release
        Option `withscore`: Redis 7.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zrevrank/

        Returns:
            by default: the member's reverse rank; None when the member or key does not exist
            withscore=True: the member's reverse rank and its score; None when the member or key does not exist
        """
        argv: tuple[Arg, ...] = ("ZREVRANK", key, member)
        if withscore:
            argv += ("WITHSCORE",)

        queued: Command[int | tuple[int, float] | None] = Command(
            self._codec,
            "ZREVRANK",
            argv,
            _R_opt_tuple2_int_float if withscore else _R_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: Literal[False] = False,
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[int, list[tuple[V, float]]]]: ...
    @overload
    def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: Literal[True],
    ) -> AsyncPipeline[V, Unpack[Ts], tuple[int, list[V]]]: ...
    def zscan(
        self,
        key: Key,
        cursor: int = 0,
        *,
        match: Value | None = None,
        count: int | None = None,
        noscores: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Walk a sorted set a page at a time with a cursor, getting members and scores.

        Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        Since: Redis 2.8.0 · every Valkey release
        Option `noscores`: not in Redis 8.2 · Valkey 8.0.0
        Docs: https://redis.io/docs/latest/commands/zscan/

        Returns:
            by default: the next cursor (0 when the walk is complete) and a page of members with scores
            noscores=True: the next cursor (0 when the walk is complete) and a page of members, without their scores
        """
        argv: tuple[Arg, ...] = ("ZSCAN", key, cursor)
        if match is not None:
            argv += ("MATCH", match)
        if count is not None:
            argv += ("COUNT", count)
        if noscores:
            argv += ("NOSCORES",)

        queued: Command[tuple[int, list[tuple[V, float]]] | tuple[int, list[V]]] = Command(
            self._codec,
            "ZSCAN",
            argv,
            _R_tuple2_intstr_list_V if noscores else _R_tuple2_intstr_pairs_V_float,
            READONLY,
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zscore(self, key: Key, member: Value) -> AsyncPipeline[V, Unpack[Ts], float | None]:
        """The score of one member of a sorted set.

        Complexity: O(1)
        Since: Redis 1.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zscore/

        Returns: the score; None when the member or key does not exist
        """
        queued: Command[float | None] = Command(
            self._codec, "ZSCORE", ("ZSCORE", key, member), _R_opt_float, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    @overload
    def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[False] = False,
    ) -> AsyncPipeline[V, Unpack[Ts], list[V]]: ...
    @overload
    def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: Literal[True],
    ) -> AsyncPipeline[V, Unpack[Ts], list[tuple[V, float]]]: ...
    def zunion(
        self,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
        withscores: bool = False,
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Members present in any of the given sorted sets, with scores combined by SUM, MIN or MAX.

        Complexity: O(N)+O(M*log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
        Since: Redis 6.2.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zunion/

        Returns:
            by default: the members of the union
            withscores=True: the members of the union, each with its score
        """
        argv: tuple[Arg, ...] = ("ZUNION", len(keys), *keys)
        if weights is not None:
            argv += ("WEIGHTS",)
            argv += tuple(weights)
        if aggregate is not None:
            argv += ("AGGREGATE", aggregate)
        if withscores:
            argv += ("WITHSCORES",)

        queued: Command[list[V] | list[tuple[V, float]]] = Command(
            self._codec, "ZUNION", argv, _R_pairs_V_float if withscores else _R_list_V, READONLY
        )
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)

    def zunionstore(
        self,
        destination: Key,
        *keys: Key,
        weights: Sequence[float] | None = None,
        aggregate: Literal["SUM", "MIN", "MAX"] | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], int]:
        """Store in a destination key the union of sorted sets, with scores combined by SUM, MIN or MAX.

        Complexity: O(N)+O(M log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
        Since: Redis 2.0.0 · every Valkey release
        Docs: https://redis.io/docs/latest/commands/zunionstore/

        Returns: the number of members in the stored result
        """
        argv: tuple[Arg, ...] = ("ZUNIONSTORE", destination, len(keys), *keys)
        if weights is not None:
            argv += ("WEIGHTS",)
            argv += tuple(weights)
        if aggregate is not None:
            argv += ("AGGREGATE", aggregate)

        queued: Command[int] = Command(self._codec, "ZUNIONSTORE", argv, _R_int, WRITE)
        if not TYPE_CHECKING:  # queue it without a call; the checkers read `_push`'s signature
            self._commands.append(queued)
            return self
        return self._push(queued)


class AsyncPipelineJson(Generic[V, Unpack[Ts]]):
    """RedisJSON commands (module ReJSON) queued in a `AsyncPipeline`: each returns the pipeline."""

    __slots__ = ("_codec", "_push")

    def __init__(self, codec: Codec[V], push: Enqueue) -> None:
        self._codec: Codec[V] = codec
        self._push = push

    def arrappend(
        self, key: Key, path: str, *values: object
    ) -> AsyncPipeline[V, Unpack[Ts], list[int | None]]:
        """Append JSON values to the arrays a JSONPath matches.

        Complexity: O(1) per value added; O(N) for N matches
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrappend/

        Returns: each array's new length, one item per value the path matched (None where the match is not an array)
        """
        argv: list[Arg] = ["JSON.ARRAPPEND", key, _cv.json_path(path, "JSON.ARRAPPEND")]
        for item in values:
            argv.append(_cv.json_argument(item))

        queued: Command[list[int | None]] = Command(
            self._codec, "JSON.ARRAPPEND", tuple(argv), _R_list_opt_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def arrindex(
        self,
        key: Key,
        path: str,
        value: object,
        *,
        start: int | None = None,
        stop: int | None = None,
    ) -> AsyncPipeline[V, Unpack[Ts], list[int | None]]:
        """Position of the first element equal to a JSON value in the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array; O(N) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrindex/

        `stop` needs `start` (the server refuses a stop alone); both may be negative, counted from the end.

        Returns: the 0-based position or -1 when absent, one item per value the path matched (None where the match is not an array)
        """
        argv: tuple[Arg, ...] = (
            "JSON.ARRINDEX",
            key,
            _cv.json_path(path, "JSON.ARRINDEX"),
            _cv.json_argument(value),
        )
        if start is not None:
            argv += (start,)
        if stop is not None:
            argv += (stop,)

        queued: Command[list[int | None]] = Command(
            self._codec, "JSON.ARRINDEX", argv, _R_list_opt_int, READONLY
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def arrinsert(
        self, key: Key, path: str, index: int, *values: object
    ) -> AsyncPipeline[V, Unpack[Ts], list[int | None]]:
        """Insert JSON values before a position of the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array; O(N) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrinsert/

        Returns: each array's new length, one item per value the path matched (None where the match is not an array)
        """
        argv: list[Arg] = ["JSON.ARRINSERT", key, _cv.json_path(path, "JSON.ARRINSERT"), index]
        for item in values:
            argv.append(_cv.json_argument(item))

        queued: Command[list[int | None]] = Command(
            self._codec, "JSON.ARRINSERT", tuple(argv), _R_list_opt_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def arrlen(self, key: Key, path: str = "$") -> AsyncPipeline[V, Unpack[Ts], list[int | None]]:
        """Length of the arrays a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrlen/

        Returns: each array's length, one item per value the path matched (None where the match is not an array)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.ARRLEN",
            ("JSON.ARRLEN", key, _cv.json_path(path, "JSON.ARRLEN")),
            _R_list_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def arrpop(
        self, key: Key, path: str = "$", *, index: int | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[JSONDocument | None]]:
        """Remove and return an element (the last by default) of the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array (O(1) for the last element); per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrpop/

        Returns: each removed element decoded, one item per value the path matched (None where the match is not an array or is empty)
        """
        argv: tuple[Arg, ...] = ("JSON.ARRPOP", key, _cv.json_path(path, "JSON.ARRPOP"))
        if index is not None:
            argv += (index,)

        queued: Command[list[JSONDocument | None]] = Command(
            self._codec, "JSON.ARRPOP", argv, _R_list_opt_jsondoc, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[JSONDocument | None]]", self._push(queued))

    def arrtrim(
        self, key: Key, path: str, start: int, stop: int
    ) -> AsyncPipeline[V, Unpack[Ts], list[int | None]]:
        """Keep only the elements between two positions (inclusive) of the arrays a JSONPath matches.

        Complexity: O(N) where N is the size of the array; per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.arrtrim/

        Returns: each array's new length, one item per value the path matched (None where the match is not an array)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.ARRTRIM",
            ("JSON.ARRTRIM", key, _cv.json_path(path, "JSON.ARRTRIM"), start, stop),
            _R_list_opt_int,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def clear(self, key: Key, path: str = "$") -> AsyncPipeline[V, Unpack[Ts], int]:
        """Empty the arrays and objects and zero the numbers a path matches.

        Complexity: O(N) where N is the number of values cleared
        Since: RedisJSON 2.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.clear/

        Without a path the whole document is cleared; a missing key is an error.

        Returns: how many values were cleared (arrays and objects emptied, numbers set to 0)
        """
        queued: Command[int] = Command(
            self._codec, "JSON.CLEAR", ("JSON.CLEAR", key, path), _R_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], int]", self._push(queued))

    def debug_memory(self, key: Key, path: str = "$") -> AsyncPipeline[V, Unpack[Ts], list[int]]:
        """Memory used by the values a JSONPath matches (JSON.DEBUG MEMORY).

        Complexity: O(N) where N is the size of the value
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.debug/

        JSON.DEBUG also has a HELP form, which only describes this one.

        Returns: bytes used by each value, one item per value the path matched (empty when the key does not exist)
        """
        queued: Command[list[int]] = Command(
            self._codec,
            "JSON.DEBUG",
            ("JSON.DEBUG", "MEMORY", key, _cv.json_path(path, "JSON.DEBUG")),
            _R_list_int,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[int]]", self._push(queued))

    def delete(self, key: Key, path: str = "$") -> AsyncPipeline[V, Unpack[Ts], int]:
        """Delete the values a path matches (the whole key without a path).

        Complexity: O(N) where N is the size of the deleted values
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.del/

        Returns: how many values were deleted (0 when the key or the path does not exist)
        """
        queued: Command[int] = Command(
            self._codec, "JSON.DEL", ("JSON.DEL", key, path), _R_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], int]", self._push(queued))

    def forget(self, key: Key, path: str = "$") -> AsyncPipeline[V, Unpack[Ts], int]:
        """The same as JSON.DEL: delete the values a path matches.

        Complexity: O(N) where N is the size of the deleted values
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.forget/

        Returns: how many values were deleted
        """
        queued: Command[int] = Command(
            self._codec, "JSON.FORGET", ("JSON.FORGET", key, path), _R_int, WRITE
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], int]", self._push(queued))

    @overload
    def get(
        self, key: Key, *paths: str, type: None = None
    ) -> AsyncPipeline[V, Unpack[Ts], JSONDocument | None]: ...
    @overload
    def get(
        self, key: Key, *paths: str, type: builtins.type[D]
    ) -> AsyncPipeline[V, Unpack[Ts], D | None]: ...
    def get(
        self, key: Key, *paths: str, type: builtins.type[D] | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Read a JSON document, or the values one or more paths match, decoded (into your type with `type=`).

        Complexity: O(N) where N is the size of the values read
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.get/

        The server's INDENT/NEWLINE/SPACE formatting options are not offered: the reply is decoded, so its layout does not reach you.

        Returns:
            by default: the document decoded: without a path the whole document; with one JSONPath (`$...`) a list of the matches; with one legacy path the value; with several paths an object of path -> matches. None when the key does not exist
            type given: the same, decoded and validated into `type` (a validation error names the failing position, never the value); None when the key does not exist
        """
        queued: Command[JSONDocument | D | None] = Command(
            self._codec,
            "JSON.GET",
            ("JSON.GET", key, *paths),
            _cv.json_into(type) if type is not None else _R_opt_jsondoc,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], Any]", self._push(queued))

    def merge(self, key: Key, path: str, value: object) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Merge a JSON value into the values a path matches (RFC 7396 merge patch: null deletes).

        Complexity: O(M+N) where M is the size of the original value and N of the merged one; per match
        Since: RedisJSON 2.6.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.merge/

        Returns: True
        """
        queued: Command[bool] = Command(
            self._codec,
            "JSON.MERGE",
            ("JSON.MERGE", key, path, _cv.json_argument(value)),
            _R_ok,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], bool]", self._push(queued))

    @overload
    def mget(
        self, *keys: Key, path: str = "$", type: None = None
    ) -> AsyncPipeline[V, Unpack[Ts], list[JSONDocument | None]]: ...
    @overload
    def mget(
        self, *keys: Key, path: str = "$", type: builtins.type[D]
    ) -> AsyncPipeline[V, Unpack[Ts], list[D | None]]: ...
    def mget(
        self, *keys: Key, path: str = "$", type: builtins.type[D] | None = None
    ) -> AsyncPipeline[V, Unpack[Ts], Any]:
        """Read the values one path matches in several JSON documents, decoded (into your type with `type=`).

        Complexity: O(M*N) where M is the number of keys and N the size of the values read
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.mget/

        Returns:
            by default: per key: the matches decoded (a list for a JSONPath, the value for a legacy path), None where the key does not exist
            type given: the same, each decoded and validated into `type`
        """
        queued: Command[list[JSONDocument | None] | list[D | None]] = Command(
            self._codec,
            "JSON.MGET",
            ("JSON.MGET", *keys, path),
            _cv.json_list_into(type) if type is not None else _R_list_opt_jsondoc,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], Any]", self._push(queued))

    def mset(self, *triplets: tuple[Key, str, object]) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Set JSON values in several documents at once (atomically).

        Complexity: O(K*(M+N)) where K is the number of triplets, M the size of the original value and N of the new one
        Since: RedisJSON 2.6.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.mset/

        Each item is `(key, path, value)`; the value is any JSON-encodable Python value.

        Returns: True
        """
        argv: list[Arg] = ["JSON.MSET"]
        for item in triplets:
            argv += (item[0], item[1], _cv.json_argument(item[2]))

        queued: Command[bool] = Command(self._codec, "JSON.MSET", tuple(argv), _R_ok, WRITE)
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], bool]", self._push(queued))

    def numincrby(
        self, key: Key, path: str, value: int | float
    ) -> AsyncPipeline[V, Unpack[Ts], JSONDocument]:
        """Add a number to the numbers a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.numincrby/

        Returns: the new values, one item per value the path matched, as a list (None where the match is not a number)
        """
        queued: Command[JSONDocument] = Command(
            self._codec,
            "JSON.NUMINCRBY",
            ("JSON.NUMINCRBY", key, _cv.json_path(path, "JSON.NUMINCRBY"), value),
            _R_jsondoc,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], JSONDocument]", self._push(queued))

    def nummultby(
        self, key: Key, path: str, value: int | float
    ) -> AsyncPipeline[V, Unpack[Ts], JSONDocument]:
        """Multiply the numbers a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.nummultby/

        Returns: the new values, one item per value the path matched, as a list (None where the match is not a number)
        """
        queued: Command[JSONDocument] = Command(
            self._codec,
            "JSON.NUMMULTBY",
            ("JSON.NUMMULTBY", key, _cv.json_path(path, "JSON.NUMMULTBY"), value),
            _R_jsondoc,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], JSONDocument]", self._push(queued))

    def numpowby(
        self, key: Key, path: str, value: int | float
    ) -> AsyncPipeline[V, Unpack[Ts], JSONDocument]:
        """Raise the numbers a JSONPath matches to a power.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.numpowby/

        Listed by RedisJSON 2.8 but left out of its documentation; the Upstash SDKs do not offer it.

        Returns: the new values, one item per value the path matched, as a list (None where the match is not a number)
        """
        queued: Command[JSONDocument] = Command(
            self._codec,
            "JSON.NUMPOWBY",
            ("JSON.NUMPOWBY", key, _cv.json_path(path, "JSON.NUMPOWBY"), value),
            _R_jsondoc,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], JSONDocument]", self._push(queued))

    def objkeys(
        self, key: Key, path: str = "$"
    ) -> AsyncPipeline[V, Unpack[Ts], list[list[str] | None]]:
        """Keys of the objects a JSONPath matches.

        Complexity: O(N) where N is the number of keys; per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.objkeys/

        Returns: each object's keys, one item per value the path matched (None where the match is not an object)
        """
        queued: Command[list[list[str] | None]] = Command(
            self._codec,
            "JSON.OBJKEYS",
            ("JSON.OBJKEYS", key, _cv.json_path(path, "JSON.OBJKEYS")),
            _R_list_opt_list_str,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[list[str] | None]]", self._push(queued))

    def objlen(self, key: Key, path: str = "$") -> AsyncPipeline[V, Unpack[Ts], list[int | None]]:
        """Number of keys of the objects a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.objlen/

        Returns: each object's number of keys, one item per value the path matched (None where the match is not an object)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.OBJLEN",
            ("JSON.OBJLEN", key, _cv.json_path(path, "JSON.OBJLEN")),
            _R_list_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def resp(self, key: Key, path: str = "$") -> AsyncPipeline[V, Unpack[Ts], JSONValue[V]]:
        """The values a JSONPath matches in Redis's own reply shapes (objects as ['{', k, v, ...], arrays as ['[', ...]).

        Complexity: O(N) where N is the size of the values
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.resp/

        Returns: the matches as nested Redis replies (numbers as strings or integers; None when the key does not exist)
        """
        queued: Command[JSONValue[V]] = Command(
            self._codec,
            "JSON.RESP",
            ("JSON.RESP", key, _cv.json_path(path, "JSON.RESP")),
            _R_json,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], JSONValue[V]]", self._push(queued))

    def set(
        self, key: Key, path: str, value: object, *, nx: bool = False, xx: bool = False
    ) -> AsyncPipeline[V, Unpack[Ts], bool]:
        """Set a JSON value at a path (a whole new document at `$`).

        Complexity: O(M+N) where M is the size of the original value and N of the new one
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.set/

        Returns: True when set; False when NX or XX prevented it (or the path's parent does not exist)
        """
        argv: tuple[Arg, ...] = ("JSON.SET", key, path, _cv.json_argument(value))
        if nx:
            argv += ("NX",)
        if xx:
            argv += ("XX",)

        queued: Command[bool] = Command(self._codec, "JSON.SET", argv, _R_opt_ok, WRITE)
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], bool]", self._push(queued))

    def strappend(
        self, key: Key, path: str, value: str
    ) -> AsyncPipeline[V, Unpack[Ts], list[int | None]]:
        """Append text to the strings a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.strappend/

        `value` is the text to append (sent JSON-encoded, as the server expects).

        Returns: each string's new length, one item per value the path matched (None where the match is not a string)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.STRAPPEND",
            (
                "JSON.STRAPPEND",
                key,
                _cv.json_path(path, "JSON.STRAPPEND"),
                _cv.json_argument(value),
            ),
            _R_list_opt_int,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def strlen(self, key: Key, path: str = "$") -> AsyncPipeline[V, Unpack[Ts], list[int | None]]:
        """Length of the strings a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.strlen/

        Returns: each string's length, one item per value the path matched (None where the match is not a string)
        """
        queued: Command[list[int | None]] = Command(
            self._codec,
            "JSON.STRLEN",
            ("JSON.STRLEN", key, _cv.json_path(path, "JSON.STRLEN")),
            _R_list_opt_int,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[int | None]]", self._push(queued))

    def toggle(self, key: Key, path: str) -> AsyncPipeline[V, Unpack[Ts], list[bool | None]]:
        """Flip the booleans a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 2.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.toggle/

        Returns: each boolean's new value, one item per value the path matched (None where the match is not a boolean)
        """
        queued: Command[list[bool | None]] = Command(
            self._codec,
            "JSON.TOGGLE",
            ("JSON.TOGGLE", key, _cv.json_path(path, "JSON.TOGGLE")),
            _R_list_opt_bool,
            WRITE,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[bool | None]]", self._push(queued))

    def type(self, key: Key, path: str = "$") -> AsyncPipeline[V, Unpack[Ts], list[str] | None]:
        """JSON type names of the values a JSONPath matches.

        Complexity: O(1) per match
        Since: RedisJSON 1.0.0 (module ReJSON, on Redis or Valkey)
        Docs: https://redis.io/docs/latest/commands/json.type/

        Returns: `object`, `array`, `string`, `integer`, `number`, `boolean` or `null`, one item per value the path matched; None when the key does not exist
        """
        queued: Command[list[str] | None] = Command(
            self._codec,
            "JSON.TYPE",
            ("JSON.TYPE", key, _cv.json_path(path, "JSON.TYPE")),
            _R_opt_list_str,
            READONLY,
        )
        if not TYPE_CHECKING:
            return self._push(queued)
        # The pipeline's `_push` appends the command's result type; the namespace holds it as an
        # `Enqueue` (returning `object`), so the checkers read this method's own return type.
        return cast("AsyncPipeline[V, Unpack[Ts], list[str] | None]", self._push(queued))
