"""The public surface: `__all__`, how errors print, the hierarchy, lazy imports, import cost."""

from __future__ import annotations

import builtins
import os
import pickle
import subprocess
import sys
import types
from pathlib import Path

import pytest

import redisrest
from redisrest._errors import batch_error, command_error, redact


def test_all_is_complete_and_sorted() -> None:
    public = {
        name
        for name, value in vars(redisrest).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public <= set(redisrest.__all__)
    lazy = {"Redis", "AsyncRedis", "Pipeline", "AsyncPipeline"}
    assert set(redisrest.__all__) - public <= lazy | {"__version__"}
    assert redisrest.__all__ == sorted(redisrest.__all__, key=lambda n: (n.startswith("_"), n))
    assert sorted(dir(redisrest)) == dir(redisrest)
    assert set(redisrest.__all__) <= set(dir(redisrest))


def test_record_types_are_public() -> None:
    """`redisrest.types` re-exports every generated record type (Structs, and IntEnums of reply
    codes), and only those."""
    import enum

    import msgspec

    import redisrest.types
    from redisrest._generated import types as generated

    records = {
        name
        for name, value in vars(generated).items()
        if isinstance(value, type) and issubclass(value, (msgspec.Struct, enum.IntEnum))
    }
    assert {"StreamEntry", "XPendingSummary", "GeoCoordinates"} <= records
    assert redisrest.types.__all__ == sorted(records) == generated.__all__
    for name in records:
        assert getattr(redisrest.types, name) is getattr(generated, name)
    public = {name for name in vars(redisrest.types) if not name.startswith("_")}
    assert public == records


def test_every_exported_name_resolves() -> None:
    for name in redisrest.__all__:
        assert getattr(redisrest, name) is not None


def test_generated_classes_are_lazy() -> None:
    code = (
        "import sys, redisrest; "
        "assert 'redisrest._generated.aclient' not in sys.modules; "
        "assert 'redisrest._client' not in sys.modules; "
        "assert 'asyncio' not in sys.modules, 'asyncio'; "
        "assert 'httpx' not in sys.modules and 'httpcore' not in sys.modules; "
        "from redisrest import Redis; "
        "assert 'redisrest._generated.aclient' not in sys.modules; "
        "assert 'asyncio' not in sys.modules, 'asyncio after Redis'; "
        "from redisrest import AsyncRedis; "
        "assert AsyncRedis.__name__ == 'AsyncRedis'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_generated_classes_print_as_redisrest_names() -> None:
    """Users see one package: the generated classes say where they are imported from."""
    import redisrest.types

    for name in ("Redis", "AsyncRedis", "Pipeline", "AsyncPipeline"):
        value = getattr(redisrest, name)
        assert value.__module__ == "redisrest", name
        assert repr(value) == f"<class 'redisrest.{name}'>"
    for name in redisrest.types.__all__:
        value = getattr(redisrest.types, name)
        assert repr(value) in (f"<class 'redisrest.types.{name}'>", f"<enum '{name}'>"), name
        assert value.__module__ == "redisrest.types", name
    client = redisrest.Redis(url="http://127.0.0.1:1", token="t")
    assert type(client).__module__ == "redisrest"
    assert type(client.pipeline()).__module__ == "redisrest"
    assert type(client.json).__module__ == "redisrest._generated.client"  # not re-exported


def test_record_types_pickle_by_their_public_name() -> None:
    from redisrest.types import HashFieldExpire, StreamEntry

    entry = StreamEntry[str](id="1-0", fields={"a": "b"})
    data = pickle.dumps(entry)
    assert b"redisrest.types" in data and b"_generated" not in data
    assert pickle.loads(data) == entry
    assert pickle.loads(pickle.dumps(HashFieldExpire(1))) is HashFieldExpire(1)
    assert pickle.loads(pickle.dumps(redisrest.Redis)) is redisrest.Redis


def test_record_types_resolve_their_fields() -> None:
    """The records say they live in `redisrest.types`, which does not export `V`: msgspec and
    `typing.get_type_hints` still read their fields (resolved where they are generated)."""
    import typing

    import msgspec

    import redisrest.types
    from redisrest.types import StreamEntry

    for name in redisrest.types.__all__:
        value = getattr(redisrest.types, name)
        if issubclass(value, msgspec.Struct):
            assert set(typing.get_type_hints(value)) == set(value.__struct_fields__), name
    wire = b'{"id": "1-0", "fields": {"a": "b"}}'
    entry = msgspec.json.decode(wire, type=StreamEntry[str])
    assert entry == StreamEntry(id="1-0", fields={"a": "b"})


def test_one_top_level_package() -> None:
    """The generated modules are `redisrest._generated`; no second top-level package exists."""
    code = (
        "import importlib.util, sys, redisrest, redisrest.types; "
        "from redisrest import AsyncRedis, Redis, Pipeline; "
        "assert importlib.util.find_spec('redisrest_generated') is None; "
        "assert importlib.util.find_spec('_generated') is None; "
        "names = {name.partition('.')[0] for name in sys.modules "
        "         if 'generated' in name or 'redisrest' in name}; "
        "assert names == {'redisrest'}, names"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent)


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        redisrest.Nope  # noqa: B018


def test_errors_print_as_redisrest_names() -> None:
    for name in redisrest.__all__:
        value = getattr(redisrest, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert value.__module__ == "redisrest", name
            assert repr(value) == f"<class 'redisrest.{name}'>"
    error = command_error("ERR boom", "INCR")
    assert f"{type(error).__module__}.{type(error).__qualname__}" == "redisrest.CommandError"


HIERARCHY = [
    (redisrest.ConfigurationError, (redisrest.RedisRestError, ValueError)),
    (redisrest.TransportError, (redisrest.RedisRestError,)),
    (redisrest.ConnectionError, (redisrest.TransportError, builtins.ConnectionError, OSError)),
    (redisrest.TimeoutError, (redisrest.TransportError, builtins.TimeoutError)),
    (redisrest.HTTPStatusError, (redisrest.RedisRestError,)),
    (redisrest.AuthenticationError, (redisrest.HTTPStatusError,)),
    (redisrest.RateLimitError, (redisrest.HTTPStatusError,)),
    (redisrest.ServerError, (redisrest.HTTPStatusError,)),
    (redisrest.CommandError, (redisrest.RedisRestError,)),
    (redisrest.ResponseError, (redisrest.RedisRestError,)),
]


@pytest.mark.parametrize(("cls", "bases"), HIERARCHY)
def test_hierarchy(cls: type[Exception], bases: tuple[type[Exception], ...]) -> None:
    assert all(issubclass(cls, base) for base in bases)


PREFIXES = [
    ("WRONGTYPE Operation against a key holding the wrong kind of value", redisrest.WrongTypeError),
    ("NOSCRIPT No matching script. Please use EVAL.", redisrest.NoScriptError),
    ("NOPERM this token is read-only", redisrest.NoPermissionError),
    ("EXECABORT Transaction discarded because of previous errors.", redisrest.ExecAbortError),
    ("BUSYGROUP Consumer Group name already exists", redisrest.BusyGroupError),
    ("NOGROUP No such key 'k' or consumer group 'g'", redisrest.NoGroupError),
    ("BUSY Redis is busy running a script.", redisrest.BusyError),
    ("READONLY You can't write against a read only replica.", redisrest.ReadOnlyError),
    ("OOM command not allowed when used memory > 'maxmemory'.", redisrest.OutOfMemoryError),
    ("ERR value is not an integer or out of range", redisrest.CommandError),
    ("something odd", redisrest.CommandError),
]


@pytest.mark.parametrize(("message", "cls"), PREFIXES)
def test_command_error_classes(message: str, cls: type[redisrest.CommandError]) -> None:
    error = command_error(message, "XGROUP CREATE", position=2)
    assert type(error) is cls
    assert error.command == "XGROUP CREATE" and error.position == 2
    expected = message.split(" ", 1)[0] if message.split(" ", 1)[0].isupper() else ""
    assert error.prefix == expected
    assert str(error).startswith("command #2 (XGROUP CREATE) failed: ")


REDACTIONS = [
    ("ERR unknown command 'FOO', with args beginning with: 'secret' 'x' ", "FOO", "ERR unknown command 'FOO'"),
    ("ERR unknown command 'foo', with args beginning with: ", "FOO", "ERR unknown command 'foo'"),
    ("NOGROUP No such key 'user:secret' or consumer group 'g1' in XREADGROUP", "XREADGROUP",
     "NOGROUP No such key '…' or consumer group '…' in XREADGROUP"),
    ("ERR invalid expire time in 'set' command", "SET", "ERR invalid expire time in 'set' command"),
    ("ERR syntax error", "SET", "ERR syntax error"),
    ("ERR wrong number of arguments for 'xinfo|stream' command", "XINFO STREAM",
     "ERR wrong number of arguments for 'xinfo|stream' command"),
    ("ERR unknown subcommand 'secret'. Try XINFO HELP.", "XINFO STREAM",
     "ERR unknown subcommand '…'. Try XINFO HELP."),
]  # fmt: skip


@pytest.mark.parametrize(("message", "command", "redacted"), REDACTIONS)
def test_error_text_never_echoes_arguments(message: str, command: str, redacted: str) -> None:
    assert redact(message, command) == redacted


_ABORTED = "EXECABORT Transaction discarded because of previous errors: "

#: (error of a whole transaction, its queued commands, message kept, position)
BATCH_ERRORS = [
    (_ABORTED + "ERR wrong number of arguments for 'zadd' command", ["SET", "ZADD", "ZADD"],
     _ABORTED + "ERR wrong number of arguments for 'zadd' command", 1),
    (_ABORTED + "ERR wrong number of arguments for 'xinfo|stream' command", ["GET", "XINFO STREAM"],
     _ABORTED + "ERR wrong number of arguments for 'xinfo|stream' command", 1),
    (_ABORTED + "ERR unknown command 'FOO', with args beginning with: 'secret' ", ["GET", "FOO"],
     _ABORTED + "ERR unknown command 'FOO'", 1),
    (_ABORTED + "ERR unknown subcommand 'secret'. Try XINFO HELP.", ["SET", "XINFO"],
     _ABORTED + "ERR unknown subcommand '…'. Try XINFO HELP.", 1),
    # a value spelled like a queued command's name is not one: redacted unless it is queued
    (_ABORTED + "ERR unknown command 'get', with args beginning with: ", ["SET", "INCR"],
     _ABORTED + "ERR unknown command '…'", None),
    ("ERR FLUSHALL is not available over REST: dangerous command", ["GET", "FLUSHALL"],
     "ERR FLUSHALL is not available over REST: dangerous command", 1),
    (_ABORTED.rstrip(": ") + ".", ["INCR", "GET"], _ABORTED.rstrip(": ") + ".", None),
]  # fmt: skip


@pytest.mark.parametrize(("error", "queued", "message", "position"), BATCH_ERRORS)
def test_transaction_errors_name_the_queued_command(
    error: str, queued: list[str], message: str, position: int | None
) -> None:
    """The names of the queued commands are not values: they stay, and point at the command."""
    failure = batch_error(error, "EXEC", queued)
    assert (failure.message, failure.position, failure.command) == (message, position, "EXEC")
    assert type(failure) is (
        redisrest.ExecAbortError if error.startswith("EXECABORT") else redisrest.CommandError
    )
    assert "secret" not in str(failure) + repr(failure)
    where = "EXEC failed" if position is None else f"EXEC failed at command #{position}"
    assert str(failure) == f"{where}: {message}"


def test_errors_pickle_with_their_attributes() -> None:
    errors: list[redisrest.RedisRestError] = [
        command_error("WRONGTYPE x", "GET", 3),
        redisrest.TimeoutError("GET: read timeout", maybe_applied=True),
        redisrest.RateLimitError("x", retry_after=2.0),
        redisrest.ServerError("HTTP 502", status_code=502),
        redisrest.ResponseError("GET: bad", command="GET"),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert vars(copy) == vars(error)


def test_maybe_applied_says_so() -> None:
    error = redisrest.TimeoutError("INCR: read timeout", maybe_applied=True)
    assert "may or may not have been applied" in str(error)
    assert error.maybe_applied
    assert not redisrest.TimeoutError("GET: read timeout").maybe_applied


def test_import_time_budget(tmp_path: Path) -> None:
    """`from redisrest import Redis` costs at most 1.3x `import httpx, msgspec` (no httpx,
    httpcore or asyncio until they are needed). Bytecode is cached in `tmp_path` first."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-X", f"pycache_prefix={tmp_path}", "-c"]
    code = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"

    def best(statement: str) -> float:
        runs = [
            float(subprocess.check_output([*command, code.format(statement)], env=env))
            for _ in range(4)
        ]
        return min(runs[1:])  # the first run writes the bytecode cache

    ours = best("from redisrest import Redis")
    baseline = best("import httpx, msgspec")
    assert ours <= 1.3 * baseline, (ours, baseline)
