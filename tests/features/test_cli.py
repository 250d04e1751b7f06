"""`redisrest call`, run as a subprocess against the gateway."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from _gateway import Gateway


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
    assert batch.stderr == "redisrest call: 1 of 3 commands failed\n"
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
