"""`redisrest serve --config gateway.toml`: several databases in one gateway, checked at start.

The file has an optional `[server]` table (how the gateway listens and logs) and one
`[databases.NAME]` table per database: its tokens select it. Any token and any redis URL may be
written as `{ env = "NAME" }` so the file itself holds no secret. Everything is checked before the
gateway starts, and every error names the file, the line and the key, and what is wrong, but never
a token or a password (`ConfigError`). docs/deploying.md shows a whole file.
"""

from __future__ import annotations

import difflib
import importlib
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, cast

from ._config import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_PIPELINE,
    DEFAULT_REDIS_TIMEOUT,
    LOG_FORMATS,
    DatabaseConfig,
    GatewayConfig,
    check_redis_url,
)

# tomllib from Python 3.11, tomli (the same parser, a dependency on 3.10) before.
_toml = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")
_loads: Callable[[str], dict[str, object]] = _toml.loads
_TOMLError: type[ValueError] = _toml.TOMLDecodeError

_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
_LOG_LEVELS = ("critical", "error", "warning", "info", "debug")


class ConfigError(Exception):
    """The config file cannot be used: the message says where and why."""


def _table(value: object) -> dict[str, object] | None:
    """`value` as a TOML table (tomllib makes every table a dict with text keys)."""
    return cast("dict[str, object]", value) if isinstance(value, dict) else None


def _list(value: object) -> list[object] | None:
    return cast("list[object]", value) if isinstance(value, list) else None


def _paths(value: object) -> tuple[str, ...] | None:
    items = _list(value)
    if items is None or not all(isinstance(item, str) and item for item in items):
        return None
    return tuple(str(item) for item in items)


def _positive_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _positive_number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if value > 0 and value != float("inf") else None


def _port(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 65535:
        return value
    return None


def _bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


#: The [server] table: key -> (GatewayConfig field, checker, what it must be).
_SERVER_KEYS: Mapping[str, tuple[Callable[[object], object | None], str]] = {
    "host": (_text, "an address to listen on, as text"),
    "port": (_port, "a port number from 0 to 65535"),
    "workers": (_positive_int, "a positive whole number"),
    "metrics_port": (_port, "a port number from 0 to 65535"),
    "metrics_host": (_text, "an address, as text"),
    "log_level": (
        lambda v: v if isinstance(v, str) and v.lower() in _LOG_LEVELS else None,
        f"one of {', '.join(_LOG_LEVELS)}",
    ),
    "log_format": (
        lambda v: v if isinstance(v, str) and v.lower() in LOG_FORMATS else None,
        f"one of {', '.join(LOG_FORMATS)}",
    ),
    "access_log": (_bool, "true or false"),
    "max_body_bytes": (_positive_int, "a positive whole number of bytes"),
    "body_timeout": (_positive_number, "a positive number of seconds"),
    "keepalive": (_positive_number, "a positive number of seconds"),
    "allow_query_token": (_bool, "true or false"),
    "redis_server": (_text, "the private server's binary, as text"),
    "load_modules": (_paths, "a list of module paths"),
}

#: Per database, besides tokens, readonly_tokens and redis_url.
_DATABASE_KEYS: Mapping[str, tuple[Callable[[object], object | None], str]] = {
    "db": (
        lambda v: v if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else None,
        "a database number (0, 1, ...) of the private server",
    ),
    "max_pipeline": (_positive_int, "a positive whole number of commands"),
    "redis_timeout": (_positive_number, "a positive number of seconds"),
    "max_connections": (_positive_int, "a positive whole number"),
    "allow_dangerous": (_bool, "true or false"),
}
_SECRET_KEYS = ("tokens", "readonly_tokens", "redis_url")


class _File:
    """The file being read: its name and text, to say where a key is."""

    def __init__(self, path: str, text: str, environ: Mapping[str, str]) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.environ = environ

    def error(self, table: str, key: str | None, problem: str) -> ConfigError:
        where = f"{table}.{key}" if key else table
        line = self._line(table, key)
        at = f", line {line}" if line else ""
        return ConfigError(f"{self.path}{at}: {where}: {problem}")

    def _line(self, table: str, key: str | None) -> int | None:
        """The line of `key` in `[table]` (or of the table's header), found by reading the text:
        tomllib keeps no positions."""
        header = re.compile(r"\s*\[\s*" + r"\s*\.\s*".join(map(re.escape, table.split("."))))
        start: int | None = None
        for number, line in enumerate(self.lines, 1):
            if start is None:
                if header.match(line) and not line.lstrip().startswith("[["):
                    start = number
                    if key is None:
                        return number
                continue
            if line.lstrip().startswith("["):
                break
            if re.match(r"\s*" + re.escape(key or "") + r"\s*=", line):
                return number
        return start

    def secret(self, table: str, key: str, value: object) -> str:
        """A token or URL written in the file, or read from the environment variable it names."""
        if isinstance(value, str):
            if not value:
                raise self.error(table, key, "must not be empty")
            return value
        ref = _table(value)
        if ref is not None and set(ref) == {"env"} and isinstance(ref["env"], str):
            name = ref["env"]
            found = self.environ.get(name)
            if found is None:
                raise self.error(table, key, f"the environment variable {name} is not set")
            if not found:
                raise self.error(table, key, f"the environment variable {name} is empty")
            return found
        raise self.error(table, key, 'must be text or { env = "VARIABLE" }')


def load_config(
    path: str, base: GatewayConfig | None = None, environ: Mapping[str, str] | None = None
) -> GatewayConfig:
    """The gateway settings of the TOML file at `path` (over `base`), or ConfigError."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8")
        document = _loads(text)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: is not UTF-8 text") from None
    except _TOMLError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    file = _File(path, text, os.environ if environ is None else environ)
    return _read(file, document, base or GatewayConfig(token=""))


def _unknown(file: _File, table: str, key: str, known: list[str]) -> ConfigError:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f" (did you mean {close[0]}?)" if close else f" (known: {', '.join(sorted(known))})"
    return file.error(table, key, f"unknown key{hint}")


def _read(file: _File, document: dict[str, object], base: GatewayConfig) -> GatewayConfig:
    for key in document:
        if key not in ("server", "databases"):
            raise file.error(
                key, None, "unknown table (the file has [server] and [databases.NAME] tables)"
            )
    settings: dict[str, Any] = {}
    server = _table(document.get("server", {}))
    if server is None:
        raise file.error("server", None, "must be a table: [server]")
    for key, value in server.items():
        if key not in _SERVER_KEYS:
            raise _unknown(file, "server", key, list(_SERVER_KEYS))
        check, expected = _SERVER_KEYS[key]
        checked = check(value)
        if checked is None:
            raise file.error("server", key, f"must be {expected}")
        settings[key] = (
            checked.lower() if isinstance(checked, str) and key.startswith("log_") else checked
        )
    databases = _databases(file, document.get("databases"))
    config = replace(base, databases=databases, config_file=file.path, **settings)
    if config.load_modules and not config.needs_private_server():
        raise file.error(
            "server",
            "load_modules",
            "loads modules into the private server, and every database has its own redis_url",
        )
    return config


def _databases(file: _File, tables: object) -> tuple[DatabaseConfig, ...]:
    if tables is None:
        raise ConfigError(
            f"{file.path}: no database: add a [databases.NAME] table with tokens (and a redis_url)"
        )
    databases = _table(tables)
    if not databases:
        raise file.error("databases", None, "must hold [databases.NAME] tables")
    owners: dict[str, str] = {}
    result: list[DatabaseConfig] = []
    for name, value in databases.items():
        where = f"databases.{name}"
        if not _NAME.fullmatch(name):
            raise file.error(where, None, "a database name is 1 to 64 letters, digits, '-' or '_'")
        table = _table(value)
        if table is None:
            raise file.error(where, None, f"must be a table: [databases.{name}]")
        known = [*_SECRET_KEYS, *_DATABASE_KEYS]
        values: dict[str, Any] = {}
        for key, item in table.items():
            if key in _SECRET_KEYS:
                continue
            if key not in _DATABASE_KEYS:
                raise _unknown(file, where, key, known)
            check, expected = _DATABASE_KEYS[key]
            checked = check(item)
            if checked is None:
                raise file.error(where, key, f"must be {expected}")
            values[key] = checked
        tokens = _tokens(file, where, "tokens", table.get("tokens"))
        readonly = _tokens(file, where, "readonly_tokens", table.get("readonly_tokens"))
        if not tokens and not readonly:
            raise file.error(where, "tokens", "a database needs at least one token")
        for key, group in (("tokens", tokens), ("readonly_tokens", readonly)):
            for index, token in enumerate(group):
                other = owners.get(token)
                if other is not None:
                    raise file.error(
                        where,
                        key,
                        f"token {index + 1} is also a token of {other}: "
                        "each token selects one database with one role",
                    )
                owners[token] = f"{where}.{key}"
        url: str | None = None
        if "redis_url" in table:
            url = file.secret(where, "redis_url", table["redis_url"])
            try:
                check_redis_url(url)
            except ValueError as exc:
                raise file.error(where, "redis_url", str(exc)) from None
            if "db" in values:
                raise file.error(
                    where, "db", "chooses a database of the private server: put it in redis_url"
                )
        result.append(
            DatabaseConfig(
                name=name,
                tokens=tokens,
                readonly_tokens=readonly,
                redis_url=url,
                db=values.get("db", 0),
                max_pipeline=values.get("max_pipeline", DEFAULT_MAX_PIPELINE),
                redis_timeout=values.get("redis_timeout", DEFAULT_REDIS_TIMEOUT),
                max_connections=values.get("max_connections", DEFAULT_MAX_CONNECTIONS),
                allow_dangerous=values.get("allow_dangerous", False),
            )
        )
    return tuple(result)


def _tokens(file: _File, table: str, key: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items = _list(value)
    if items is None:
        raise file.error(table, key, 'must be a list: ["...", { env = "VARIABLE" }]')
    return tuple(file.secret(table, key, item) for item in items)
