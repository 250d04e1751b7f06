"""`redisrest call`, run as a subprocess against the gateway."""

from __future__ import annotations

import ast
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from _gateway import Gateway

from redisrest import Redis, RedisRestError


def call(
    gateway: Gateway | None, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {
        k: v for k, v in os.environ.items() if not k.startswith(("UPSTASH_", "KV_REST_API_"))
    }
    if gateway is not None:
        environ["UPSTASH_REDIS_REST_URL"] = gateway.url
        environ["UPSTASH_REDIS_REST_TOKEN"] = gateway.token
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "redisrest._cli", "call", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environ,
        timeout=30,
    )


def test_set_and_get(gateway: Gateway, key: str) -> None:
    done = call(gateway, "SET", key, "hello world")
    assert (done.returncode, done.stdout, done.stderr) == (0, "OK\n", "")
    assert call(gateway, "GET", key).stdout == "hello world\n"
    assert call(gateway, "get", f"{key}:missing").stdout == "(nil)\n"


def test_pipeline_from_stdin(gateway: Gateway, key: str) -> None:
    script = f"""
        # one command per line, split like a shell line
        RPUSH {key}:l a "b c" 'd'
        LRANGE {key}:l 0 -1
        INCRBY {key}:n -5
        HSET {key}:h f v
        HGETALL {key}:h
        LRANGE {key}:missing 0 -1
    """
    done = call(gateway, "--pipeline", stdin=script)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "3\na\nb c\nd\n-5\n1\nf\nv\n(empty list)\n"
    as_json = call(gateway, "--json", "--pipeline", stdin=f"LRANGE {key}:l 0 -1\nGET {key}:x")
    assert as_json.stdout == '["a", "b c", "d"]\nnull\n'


def test_failed_command_prints_one_line_and_exits_non_zero(gateway: Gateway, key: str) -> None:
    call(gateway, "SET", key, "secret-value")
    done = call(gateway, "INCR", key)
    assert done.returncode == 1 and done.stdout == ""
    assert (
        done.stderr == "redisrest call: INCR failed: ERR value is not an integer or out of range\n"
    )
    batch = call(gateway, "--multi", stdin=f"INCR {key}:n\nINCR {key}\nINCR {key}:n\n")
    assert batch.returncode == 1
    assert batch.stdout == "1\n(error) ERR value is not an integer or out of range\n2\n"
    assert batch.stderr == "redisrest call: 1 of 3 commands failed (line 2)\n"
    assert "secret-value" not in done.stderr + batch.stderr


@pytest.mark.parametrize(
    ("args", "env", "status", "message"),
    [
        (("GET", "k"), {}, 2, "UPSTASH_REDIS_REST_URL (or KV_REST_API_URL) and"),
        ((), None, 2, "give a command"),
        (("--pipeline", "GET", "k"), None, 2, "read the commands from standard input"),
        (("GET", "k"), {"UPSTASH_REDIS_REST_TOKEN": "wrong-token"}, 1, "HTTP 401"),
    ],
)
def test_usage_and_connection_errors(
    gateway: Gateway, args: tuple[str, ...], env: dict[str, str] | None, status: int, message: str
) -> None:
    done = call(None if env == {} else gateway, *args, env=env)
    assert done.returncode == status
    assert message in done.stderr and done.stderr.count("\n") == 1
    assert "wrong-token" not in done.stderr


def test_url_and_token_flags(gateway: Gateway, key: str) -> None:
    done = call(None, "--url", gateway.url, "--token", gateway.token, "ECHO", "flags")
    assert (done.returncode, done.stdout) == (0, "flags\n")


# -- lines of standard input count from 1 --------------------------------------------------


def test_errors_name_lines_of_standard_input(gateway: Gateway, key: str) -> None:
    """The library's positions count from 0 (`EXEC failed at command #1`); the CLI names the
    line of standard input, counted from 1, blank and comment lines included."""
    refused = call(gateway, "--multi", stdin=f"SET {key} v\n# a comment\n\nBLPOP {key}:q 0\n")
    assert (refused.returncode, refused.stdout) == (1, "")
    assert refused.stderr == (
        "redisrest call: EXEC failed at line 4 (BLPOP): "
        "ERR BLPOP is not available over REST: blocking command\n"
    )
    # Redis names the command, not which one: both SET lines are candidates.
    ambiguous = call(gateway, "--multi", stdin=f"SET {key} v\nSET {key}\n")
    assert ambiguous.stderr.startswith("redisrest call: EXEC failed at one of lines 1 or 2 (SET): ")
    assert call(gateway, "GET", key).stdout == "(nil)\n"  # nothing ran
    script = f"SET {key} v\nINCR {key}\n\nGET {key}\nINCR {key}\n"
    many = call(gateway, "--pipeline", stdin=script)
    assert many.stderr == "redisrest call: 2 of 4 commands failed (lines 2, 5)\n"
    empty = call(gateway, "--pipeline", stdin='GET a\n"" b\n')
    assert (empty.returncode, empty.stderr) == (
        2,
        "redisrest call: standard input: line 2: the command name is empty\n",
    )


def test_a_library_position_becomes_a_line() -> None:
    from redisrest._call import Line, describe_failure, spec_command
    from redisrest._errors import ResponseError

    lines = [Line(1, ["SET", "a", "1"]), Line(3, ["GET", "a"])]
    commands = [spec_command(line.argv) for line in lines]
    error = ResponseError("command #1 (GET): the reply is not of its declared shape", position=1)
    assert describe_failure(error, commands, lines) == (
        "line 3 (GET): the reply is not of its declared shape"
    )


# -- the library's client and retry policy ---------------------------------------------------


class SilentServer:
    """Accepts connections, reads requests and never answers: a hung server or proxy."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests = 0
        self.requested = threading.Event()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn: socket.socket) -> None:
        with conn:
            while data := conn.recv(65536):
                with self._lock:
                    self.requests += data.count(b" HTTP/1.1\r\n")
                self.requested.set()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def silent() -> Iterator[Callable[[], SilentServer]]:
    servers: list[SilentServer] = []

    def start() -> SilentServer:
        servers.append(SilentServer())
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _numbers_out(text: str) -> str:
    return re.sub(r"\d+(\.\d+)?", "N", text)


@pytest.mark.parametrize(
    ("args", "stdin", "library", "retried"),
    [
        (("GET", "a"), None, lambda r: r.get("a"), True),
        (("INCR", "n"), None, lambda r: r.incr("n"), False),
        (
            ("--pipeline",),
            "GET a\nMGET a b\n",
            lambda r: r.pipeline().get("a").mget("a", "b").exec(),
            True,
        ),
        (("--multi",), "GET a\nINCR n\n", lambda r: r.multi().get("a").incr("n").exec(), False),
    ],
    ids=["read", "write", "pipeline of reads", "transaction with a write"],
)
def test_call_retries_like_the_library(
    silent: Callable[[], SilentServer],
    args: tuple[str, ...],
    stdin: str | None,
    library: Callable[[Redis[str]], object],
    retried: bool,
) -> None:
    """Against a server that never answers, `call` sends what the library's method would, as
    often, and fails with its words: a read is retried and not called a write; a write is
    sent once and may have been applied."""
    cli_server, library_server = silent(), silent()
    env = {"UPSTASH_REDIS_REST_URL": cli_server.url, "UPSTASH_REDIS_REST_TOKEN": "t"}
    done = call(None, "--timeout", "0.2", *args, stdin=stdin, env=env)
    with Redis(library_server.url, "t", timeout=0.2) as r, pytest.raises(RedisRestError) as raised:
        library(r)
    assert done.returncode == 1 and done.stdout == ""
    assert _numbers_out(done.stderr) == _numbers_out(f"redisrest call: {raised.value}\n")
    assert cli_server.requests == library_server.requests
    assert (cli_server.requests > 1) is retried
    assert ("may or may not have been applied" in done.stderr) is not retried


def test_spec_flags_are_the_builders() -> None:
    """`call` finds each command's flags in the generated table: they agree with the flags
    each generated builder sends."""
    from redisrest._call import spec_command, spec_flags

    source = (Path(__file__).parents[2] / "generated/_generated/commands.py").read_text()
    flag_values = {"READONLY": 1, "WRITE": 2, "IDEMPOTENT": 4, "_WRITE_IDEMPOTENT": 6, "0": 0}
    generated: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and getattr(sub.func, "id", None) == "Command":
                    name = ast.literal_eval(sub.args[1])
                    generated[name] = flag_values[ast.unparse(sub.args[4])]
    found = spec_flags()
    assert {name: generated[name] for name in found} == found
    assert len(found) >= 0.98 * len(generated), sorted(set(generated) - set(found))
    assert spec_command(["get", "k"]).flags == generated["GET"]
    assert spec_command(["client", "info"]).name == "CLIENT INFO"
    assert spec_command(["NOSUCH"]).flags == 0  # unknown: a write, as execute() has it
