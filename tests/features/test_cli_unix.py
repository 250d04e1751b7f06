"""`redisrest` as a Unix tool: --version, a closed pipe, Ctrl-C, one-line usage errors, and
the defaults in --help; the real CLI as a subprocess, against the session gateway."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from _gateway import Gateway
from _servers import redis_server_path

from redisrest import Redis
from redisrest._cli import build_parser
from redisrest._version import __version__

CLI = [sys.executable, "-m", "redisrest._cli"]


def _env(gateway: Gateway | None = None) -> dict[str, str]:
    environ = {
        k: v for k, v in os.environ.items() if not k.startswith(("UPSTASH_", "KV_REST_API_"))
    }
    if gateway is not None:
        environ["UPSTASH_REDIS_REST_URL"] = gateway.url
        environ["UPSTASH_REDIS_REST_TOKEN"] = gateway.token
    return environ


def run(*args: str, gateway: Gateway | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, env=_env(gateway), timeout=30
    )


def test_version() -> None:
    done = run("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"redisrest {__version__}\n", "")


def test_output_closed_early_ends_quietly(gateway: Gateway, key: str) -> None:
    """`redisrest call LRANGE big 0 -1 | head -2`: status 141 (128 + SIGPIPE, as `seq` ends
    in the same pipe), nothing on standard error."""
    with Redis(gateway.url, gateway.token) as r:
        for start in range(0, 40_000, 10_000):
            r.rpush(key, *(f"item-{i:06}" for i in range(start, start + 10_000)))
    process = subprocess.Popen(
        [*CLI, "call", "LRANGE", key, "0", "-1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(gateway),
    )
    assert process.stdout is not None and process.stderr is not None
    assert [process.stdout.readline() for _ in range(2)] == [b"item-000000\n", b"item-000001\n"]
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert (process.wait(timeout=30), stderr) == (141, "")


def test_ctrl_c_on_call_ends_without_a_traceback() -> None:
    """Ctrl-C while `call` waits for a reply: no traceback, and the process ends killed by
    SIGINT, as Python ends itself (the shell shows 130 and stops a loop running it)."""
    with socket.create_server(("127.0.0.1", 0)) as hung:  # accepts, never answers
        url = f"http://127.0.0.1:{hung.getsockname()[1]}"
        process = subprocess.Popen(
            [*CLI, "call", "--url", url, "--token", "t", "GET", "k"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        conn, _ = hung.accept()
        with conn:
            conn.settimeout(10)
            assert conn.recv(65536).startswith(b"POST ")  # the request is out: it waits
            process.send_signal(signal.SIGINT)
            stdout, stderr = process.communicate(timeout=30)
    assert (process.returncode, stdout, stderr) == (-signal.SIGINT, "", "")


def test_ctrl_c_stops_serve_cleanly() -> None:
    """Ctrl-C is how one stops the gateway: it ends with status 0, and with `--log-level
    warning` prints nothing (at `info`, uvicorn's own shutdown lines)."""
    server = redis_server_path()
    process = subprocess.Popen(
        [*CLI, "serve", "--port", "0", "--log-level", "warning", "--redis-server", server],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    while not process.stdout.readline().startswith("export UPSTASH_REDIS_REST_TOKEN="):
        assert time.monotonic() < deadline and process.poll() is None
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert (process.returncode, stderr) == (0, "")


@pytest.mark.parametrize(
    ("args", "flag", "says"),
    [
        (("serve", "--redis-url", "http://foo"), "--redis-url", "must start with redis://"),
        (
            ("serve", "--redis-url", "localhost:6379"),
            "--redis-url",
            "rediss://, unix:// or redis+cluster://",
        ),
        (("serve", "--redis-url", "redis://u:s3cret@h:99999"), "--redis-url", "not a valid"),
        (("serve", "--redis-url", "redis://h/abc"), "--redis-url", "not a number"),
        (("serve", "--redis-url", "unix://redis.sock"), "--redis-url", "absolute path"),
        (("serve", "--redis-url", "rediss://h?ssl_cert_reqs=x"), "--redis-url", "none, optional"),
        (("serve", "--port", "70000"), "--port", "from 0 to 65535"),
        (("serve", "--port", "-1"), "--port", "from 0 to 65535"),
        (("serve", "--body-timeout", "-1"), "--body-timeout", "positive number of seconds"),
        (("serve", "--redis-timeout", "inf"), "--redis-timeout", "positive number of seconds"),
        (("serve", "--keepalive", "nan"), "--keepalive", "positive number of seconds"),
        (("serve", "--max-pipeline", "ten"), "--max-pipeline", "positive integer"),
        (("call", "--timeout", "soon", "GET", "k"), "--timeout", "invalid float value"),
    ],
)
def test_a_bad_flag_value_is_one_line(args: tuple[str, ...], flag: str, says: str) -> None:
    done = run(*args)
    prog = f"redisrest {args[0]}"
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"{prog}: argument {flag}: "), done.stderr
    assert says in done.stderr and done.stderr.count("\n") == 1
    assert "s3cret" not in done.stderr


def test_a_bad_timeout_for_call_is_one_line() -> None:
    done = run("call", "--timeout", "-1", "GET", "k")
    assert (done.returncode, done.stderr) == (
        2,
        "redisrest call: --timeout must be a positive number of seconds\n",
    )


@pytest.mark.parametrize(
    "url",
    [
        "redis://localhost:6379/0",
        "redis://[::1]:6379",
        "redis://",
        "rediss://default:p%40ss@redis.example:6380/1?ssl_cert_reqs=none",
        "unix:///run/redis/redis.sock?db=2",
    ],
)
def test_a_good_redis_url_is_taken(url: str) -> None:
    assert build_parser().parse_args(["serve", "--redis-url", url]).redis_url == url


def test_serve_help_shows_every_default() -> None:
    done = run("serve", "--help")
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    assert "(default: 127.0.0.1)" in text and "(default: 8079)" in text
    serve = next(
        action.choices["serve"]
        for action in build_parser()._actions  # argparse keeps its subparsers there
        if isinstance(action.choices, dict) and "serve" in action.choices
    )
    undocumented = [
        action.option_strings[-1]
        for action in serve._actions
        if action.option_strings != ["-h", "--help"] and "default" not in (action.help or "")
    ]
    assert undocumented == []
