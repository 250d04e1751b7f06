"""Security: token comparison, the read-only token over the whole spec, the query token, the
loopback rule, dangerous commands, size limits, and secrets kept out of every log line."""

from __future__ import annotations

import hmac
import secrets
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import redis
from _reliability_support import Record, direct_client, exchange

from redisrest import Redis
from redisrest.gateway import GatewayConfig, GatewayError, GatewayProcess, is_loopback
from redisrest.gateway._app import GatewayApp
from tests._spec_types import load_spec

READONLY = {"error": "NOPERM this token is read-only"}
UNAUTHORIZED = {"error": "WRONGPASS invalid or missing auth token"}
DANGEROUS = (
    "is not available over REST: dangerous command (start the gateway with --allow-dangerous)"
)
SPEC = load_spec()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# ---------------------------------------------------------------------------------------------
# Constant-time comparison


class _Asgi:
    """Drive the gateway's ASGI app in-process (the only way to spy on what it calls)."""

    def __init__(self, app: GatewayApp) -> None:
        self.app = app

    async def post(
        self, body: bytes, headers: list[tuple[bytes, bytes]], query: bytes = b""
    ) -> int:
        sent: list[MutableMapping[str, Any]] = []
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> MutableMapping[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: MutableMapping[str, Any]) -> None:
            sent.append(message)

        scope = {
            "type": "http",
            "method": "POST",
            "path": "/",
            "raw_path": b"/",
            "query_string": query,
            "headers": headers,
        }
        await self.app(scope, receive, send)
        status: int = sent[0]["status"]
        return status


async def test_tokens_are_compared_in_constant_time(
    gateway: GatewayProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    full, readonly = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
    config = GatewayConfig(token=full, readonly_token=readonly, allow_query_token=True)
    app = GatewayApp(config, gateway.redis_url)
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((bytes(a), bytes(b)))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    asgi = _Asgi(app)
    body = b'["PING"]'
    near_miss = full[:-1] + ("A" if full[-1] != "A" else "B")  # same length, last byte wrong
    cases = [
        (full, [(b"authorization", b"Bearer " + full.encode())], b"", 200),
        (readonly, [(b"authorization", b"Bearer " + readonly.encode())], b"", 200),
        (near_miss, [(b"authorization", b"Bearer " + near_miss.encode())], b"", 401),
        ("x", [(b"authorization", b"Bearer x")], b"", 401),
        (full, [], b"_token=" + quote(full).encode(), 200),
        (near_miss, [], b"_token=" + quote(near_miss).encode(), 401),
    ]
    try:
        for presented, headers, query, status in cases:
            calls.clear()
            assert await asgi.post(body, headers, query) == status
            # Every request compares the presented token with BOTH tokens, whatever matches:
            # the work (and the time) does not depend on which token, or how much of it, is right.
            assert calls == [
                (presented.encode(), full.encode()),
                (presented.encode(), readonly.encode()),
            ]
    finally:
        await app.databases[0].backend.close()


# ---------------------------------------------------------------------------------------------
# The read-only token against every write command of the spec


def _sample(nodes: list[dict[str, Any]], key: Callable[[], str]) -> list[str]:
    """Required arguments of a spec argument tree, with plausible values (keys from `key`)."""
    argv: list[str] = []
    for node in nodes:
        if node.get("optional"):
            continue
        kind = node["type"]
        if kind == "pure-token":
            argv.append(node["token"])
            continue
        if node.get("token"):
            argv.append(node["token"])
        if kind == "oneof":
            argv += _sample([{**node["arguments"][0], "optional": False}], key)
        elif kind == "block":
            argv += _sample(node["arguments"], key)
        elif kind == "key":
            argv.append(key())
        elif node.get("kind") == "count":
            argv.append("0")
        elif kind == "integer" or kind == "unix-time":
            argv.append("1")
        elif kind == "double":
            argv.append("1.5")
        else:
            argv.append("v")
    return argv


#: The server under these tests' gateways (Debian's redis-server, the spec's `live` Redis).
_SERVER = ("redis", SPEC["live"]["redis"])


def _on_server(since: dict[str, str]) -> bool:
    """Whether a command with this `since` exists on `_SERVER` (HTTL, DELIFEQ and the JSON.*
    module commands do not: the gateway answers "unknown command" for them, not NOPERM)."""
    kind, version = _SERVER
    have = since.get(kind)
    return have is not None and tuple(map(int, have.split("."))) <= tuple(
        map(int, version.split("."))
    )


def _write_commands(offered: bool) -> list[dict[str, Any]]:
    return [
        c
        for c in SPEC["commands"]
        if "write" in c["flags"]
        and not c.get("container")
        and bool(c.get("excluded")) is not offered
        and _on_server(c["since"])
    ]


@pytest.fixture(scope="module")
def private(gateway_factory: Callable[..., GatewayProcess]) -> Iterator[GatewayProcess]:
    """A gateway with a redis-server of its own (FLUSHALL attempts cannot touch other suites)."""
    with gateway_factory() as gw:
        yield gw


@pytest.fixture(scope="module")
def private_dangerous(gateway_factory: Callable[..., GatewayProcess]) -> Iterator[GatewayProcess]:
    """Dangerous commands allowed, so the read-only token is what refuses FLUSHALL & co."""
    with gateway_factory("--allow-dangerous") as gw:
        yield gw


def test_readonly_token_refuses_every_write_command_of_the_spec(
    private_dangerous: GatewayProcess, figures: Record
) -> None:
    gw = private_dangerous
    keys: list[str] = []

    def key() -> str:
        keys.append(f"rel:ro:{len(keys)}")
        return keys[-1]

    calls = [
        (c["name"], [*c["name"].split(" "), *_sample(c["arguments"], key)])
        for c in _write_commands(True)
    ]
    assert len(calls) > 90
    judge = direct_client(gw.redis_url)
    with (
        httpx.Client(base_url=gw.url, headers=bearer(gw.readonly_token), timeout=10) as ro,
        httpx.Client(base_url=gw.url, headers=bearer(gw.token), timeout=10) as rw,
        judge,
    ):
        # state a refused write would destroy: a key, a function library, a cached script
        judge.set("rel:ro:sentinel", "kept")
        library = (
            "#!lua name=rel_ro_lib\nredis.register_function('rel_ro_f', function() return 1 end)"
        )
        assert rw.post("/", json=["FUNCTION", "LOAD", library]).status_code == 200
        sha = rw.post("/", json=["SCRIPT", "LOAD", "return 7"]).json()["result"]
        for name, argv in calls:
            answer = ro.post("/", json=argv)
            assert (answer.status_code, answer.json()) == (400, READONLY), name
            path = "/" + "/".join(quote(arg, safe="") for arg in argv)
            answer = ro.post(path)
            assert (answer.status_code, answer.json()) == (400, READONLY), f"{name} (path form)"
            answer = ro.post("/multi-exec", json=[["GET", "rel:ro:sentinel"], argv])
            assert (answer.status_code, answer.json()) == (400, READONLY), f"{name} (multi-exec)"
        pipeline = ro.post(
            "/pipeline", json=[argv for _, argv in calls] + [["GET", "rel:ro:sentinel"]]
        )
        assert pipeline.status_code == 200
        assert pipeline.json() == [READONLY] * len(calls) + [{"result": "kept"}]
        # SCAN and KEYS read, but enumerate the keyspace: refused on every route too
        for argv in (["SCAN", "0"], ["KEYS", "*"], ["scan", "0", "MATCH", "*"]):
            assert (ro.post("/", json=argv).status_code, ro.post("/", json=argv).json()) == (
                400,
                READONLY,
            )
            assert ro.get("/" + "/".join(argv)).json() == READONLY
            assert ro.post("/pipeline", json=[argv]).json() == [READONLY]
        # write commands the spec does not offer (administration, replication...) are refused too
        others = _write_commands(False)
        for c in others:
            argv = [*c["name"].split(" "), *_sample(c["arguments"], key)]
            answer = ro.post("/", json=argv)
            assert answer.status_code == 400 and "error" in answer.json(), c["name"]
        # nothing happened
        assert judge.get("rel:ro:sentinel") == b"kept"
        assert judge.exists(*keys) == 0
        assert rw.post("/", json=["SCRIPT", "EXISTS", sha]).json() == {"result": [1]}
        libraries = rw.post("/", json=["FUNCTION", "LIST", "LIBRARYNAME", "rel_ro_lib"]).json()
        assert libraries["result"] != []
    figures(
        "read-only token",
        [
            ("offered write commands refused (/, path form, multi-exec, pipeline)", len(calls)),
            ("other write commands of the spec refused", len(others)),
            ("SCAN / KEYS forms refused", 3),
        ],
    )


# ---------------------------------------------------------------------------------------------
# ?_token=


def test_query_token_only_when_enabled(
    gateway: GatewayProcess, gateway_factory: Callable[..., GatewayProcess]
) -> None:
    def attempts(gw: GatewayProcess) -> list[httpx.Response]:
        with httpx.Client(base_url=gw.url, timeout=10) as anon:
            q = {"_token": gw.token}
            return [
                anon.post("/", json=["PING"], params=q),
                anon.get("/ping", params=q),
                anon.post("/pipeline", json=[["PING"]], params=q),
                anon.post("/multi-exec", json=[["PING"]], params=q),
                anon.get("/ping?_token=" + quote(gw.token) + "&_token=x"),
            ]

    for answer in attempts(gateway):  # off by default: 401, whatever the token
        assert (answer.status_code, answer.json()) == (401, UNAUTHORIZED)
    with gateway_factory("--allow-query-token") as gw:
        answers = attempts(gw)
        assert [a.status_code for a in answers] == [200] * 5
        with httpx.Client(base_url=gw.url, timeout=10) as anon:
            # the header, when present, is the credential: a right query token does not rescue it
            wrong_header = anon.get("/ping", params={"_token": gw.token}, headers=bearer("nope"))
            assert (wrong_header.status_code, wrong_header.json()) == (401, UNAUTHORIZED)
            readonly = anon.post("/", json=["SET", "k", "v"], params={"_token": gw.readonly_token})
            assert (readonly.status_code, readonly.json()) == (400, READONLY)
            empty = anon.get("/ping?_token=")
            assert (empty.status_code, empty.json()) == (401, UNAUTHORIZED)


# ---------------------------------------------------------------------------------------------
# Loopback


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.1", "2001:db8::1", "gateway.invalid"])
def test_no_listening_beyond_loopback_without_a_chosen_token(host: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "redisrest._cli", "serve", f"--host={host}", "--port=0"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert f"listening on {host} needs a --token of your choosing" in result.stderr
    assert "UPSTASH_REDIS_REST_URL" not in result.stdout  # it never started


def test_loopback_rule() -> None:
    for host in ("127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost"):
        assert is_loopback(host), host
    for host in (
        "0.0.0.0",
        "::",
        "",
        "10.0.0.1",
        "::ffff:10.0.0.1",
        "localhost.example",
        "127.0.0.1.nip.io",
    ):
        assert not is_loopback(host), host


def test_empty_tokens_are_refused() -> None:
    for flags in (["--token="], ["--token=t", "--readonly-token="]):
        result = subprocess.run(
            [sys.executable, "-m", "redisrest._cli", "serve", "--port=0", *flags],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert result.returncode != 0 and "must not be empty" in result.stderr


# ---------------------------------------------------------------------------------------------
# Dangerous commands

DANGEROUS_CALLS = [
    ["SHUTDOWN", "NOSAVE"],
    ["FLUSHALL"],
    ["DEBUG", "SLEEP", "0"],
    ["DEBUG", "SEGFAULT"],
    ["CONFIG", "SET", "maxmemory", "1"],
    ["CONFIG", "REWRITE"],
    ["CONFIG", "RESETSTAT"],
    ["SCRIPT", "KILL"],
    ["FUNCTION", "KILL"],
    ["SAVE"],
    ["BGSAVE"],
    ["BGREWRITEAOF"],
    ["MODULE", "LOAD", "/tmp/x.so"],
    ["FAILOVER"],
    ["SWAPDB", "0", "1"],
    ["MIGRATE", "127.0.0.1", "1", "k", "0", "1"],
    ["ACL", "SETUSER", "eve", "on", ">pw", "+@all"],
    ["ACL", "DELUSER", "default"],
    ["ACL", "LOAD"],
    ["ACL", "SAVE"],
    ["CLIENT", "KILL", "TYPE", "normal"],
    ["CLIENT", "PAUSE", "100000"],
    ["CLIENT", "UNPAUSE"],
    ["PFDEBUG", "GETREG", "k"],
    ["PFSELFTEST"],
    ["shutdown"],
    ["Config", "set", "appendonly", "yes"],
]


def _label(argv: list[str]) -> str:
    name = argv[0].upper()
    if name in ("CONFIG", "SCRIPT", "FUNCTION", "ACL", "CLIENT", "MODULE"):
        return f"{name} {argv[1].upper()}"
    return name


def test_dangerous_commands_refused_unless_allowed(
    private: GatewayProcess, gateway_factory: Callable[..., GatewayProcess], figures: Record
) -> None:
    with (
        httpx.Client(base_url=private.url, headers=bearer(private.token), timeout=10) as c,
        direct_client(private.redis_url) as judge,
    ):
        maxmemory = judge.config_get("maxmemory")
        for argv in DANGEROUS_CALLS:
            expected = {"error": f"ERR {_label(argv)} {DANGEROUS}"}
            answer = c.post("/", json=argv)
            assert (answer.status_code, answer.json()) == (400, expected), argv
            path = c.post("/" + "/".join(quote(a, safe="") for a in argv))
            assert (path.status_code, path.json()) == (400, expected), argv
            assert c.post("/pipeline", json=[argv, ["PING"]]).json() == [
                expected,
                {"result": "PONG"},
            ]
            tx = c.post("/multi-exec", json=[["PING"], argv])
            assert (tx.status_code, tx.json()) == (400, expected), argv
        assert judge.ping() and judge.config_get("maxmemory") == maxmemory
        assert not any("eve" in line for line in judge.acl_list())
    # allowed by the flag (on a gateway with a redis-server of its own)
    with (
        gateway_factory("--allow-dangerous") as gw,
        Redis(gw.url, gw.token) as r,
        direct_client(gw.redis_url) as judge,
    ):
        assert r.execute("CONFIG", "SET", "maxmemory-samples", "7") == "OK"
        assert judge.config_get("maxmemory-samples") == {"maxmemory-samples": "7"}
        assert r.execute("CONFIG", "RESETSTAT") == "OK"
    figures(
        "dangerous commands",
        [("refused on /, path form, pipeline and multi-exec", len(DANGEROUS_CALLS))],
    )


# ---------------------------------------------------------------------------------------------
# Size limits, at their exact boundaries

TOO_LARGE = {"error": "ERR max request size exceeded"}


@pytest.fixture(scope="module")
def limited(gateway_factory: Callable[..., GatewayProcess]) -> Iterator[GatewayProcess]:
    with gateway_factory("--max-body-bytes", "4096", "--max-pipeline", "10") as gw:
        yield gw


def _command_of_size(size: int) -> bytes:
    body = b'["ECHO", ""]'
    return body[:-2] + b"x" * (size - len(body)) + b'"]'


def test_body_size_limit_at_the_boundary(limited: GatewayProcess) -> None:
    with httpx.Client(base_url=limited.url, headers=bearer(limited.token), timeout=10) as c:
        exact, over = _command_of_size(4096), _command_of_size(4097)
        assert c.post("/", content=exact).status_code == 200
        answer = c.post("/", content=over)
        assert (answer.status_code, answer.json()) == (400, TOO_LARGE)

        def chunked(body: bytes) -> Iterator[bytes]:  # no Content-Length: counted as it comes
            for i in range(0, len(body), 1000):
                yield body[i : i + 1000]

        assert c.post("/", content=chunked(exact)).status_code == 200
        answer = c.post("/", content=chunked(over))
        assert (answer.status_code, answer.json()) == (400, TOO_LARGE)
        # the path form's raw body, /pipeline and /multi-exec have the same cap
        assert c.post("/echo", content=b"x" * 4096).json() == {"result": "x" * 4096}
        assert c.post("/echo", content=b"x" * 4097).json() == TOO_LARGE
        assert c.post("/pipeline", content=b"[" + over + b"]").json() == TOO_LARGE
        assert c.post("/multi-exec", content=b"[" + over + b"]").json() == TOO_LARGE
        # a declared length over the cap is refused before the body is read
        reply = exchange(
            limited.url,
            b"POST / HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + limited.token.encode()
            + b"\r\nContent-Length: 999999999\r\n\r\n[]",
        )  # fmt: skip
        assert reply.startswith(b"HTTP/1.1 400 ")
        assert reply.endswith(b'{"error":"ERR max request size exceeded"}')
        assert c.post("/", json=["PING"]).json() == {"result": "PONG"}


def test_pipeline_length_limit_at_the_boundary(limited: GatewayProcess) -> None:
    with httpx.Client(base_url=limited.url, headers=bearer(limited.token), timeout=10) as c:
        for path, what in (("/pipeline", "pipeline"), ("/multi-exec", "multi-exec")):
            assert c.post(path, json=[["PING"]] * 10).status_code == 200
            answer = c.post(path, json=[["PING"]] * 11)
            error = {"error": f"ERR {what} too long: 11 commands, the limit is 10"}
            assert (answer.status_code, answer.json()) == (400, error)


def test_default_limits(gateway: GatewayProcess, direct: redis.Redis) -> None:
    with httpx.Client(base_url=gateway.url, headers=bearer(gateway.token), timeout=30) as c:
        assert c.post("/", content=_command_of_size(1024 * 1024)).status_code == 200
        assert c.post("/", content=_command_of_size(1024 * 1024 + 1)).json() == TOO_LARGE
        assert c.post("/pipeline", json=[["PING"]] * 10_000).status_code == 200
        answer = c.post("/pipeline", json=[["PING"]] * 10_001)
        assert answer.json() == {
            "error": "ERR pipeline too long: 10001 commands, the limit is 10000"
        }


# ---------------------------------------------------------------------------------------------
# Secrets in logs


def test_no_token_or_value_in_any_log_line(
    gateway_factory: Callable[..., GatewayProcess], figures: Record
) -> None:
    secret = "s3cr3t" + secrets.token_hex(4)  # in every value, key, channel and bad token
    tokens = {"token": f"tok-{secret}", "readonly_token": f"ro-{secret}"}
    with gateway_factory(
        "--log-level", "debug", "--allow-query-token", "--body-timeout", "1", **tokens
    ) as gw:
        rw, ro, anon = (
            httpx.Client(base_url=gw.url, headers=bearer(t), timeout=10)
            for t in (gw.token, gw.readonly_token, f"bad-{secret}")
        )
        k, v = f"key-{secret}", f"value-{secret}"
        requests: list[Callable[[], object]] = [
            lambda: rw.post("/", json=["SET", k, v]),
            lambda: rw.post("/", json=["GET", k]),
            lambda: rw.post("/", json=[f"cmd-{secret}", k]),
            lambda: rw.post("/", json=["INCR", k]),  # a Redis error reply
            lambda: rw.post("/", json=["EVAL", f"return {secret}(", 0]),  # an error echoing it
            lambda: rw.post("/", json=["XADD", k, f"id-{secret}", "f", v]),
            lambda: rw.post("/", content=f'["SET", "{k}", "{v}"'.encode()),  # malformed
            lambda: rw.post("/", json=["SET", k, {"v": v}]),
            lambda: rw.get(f"/set/{k}/{v}", params={"EX": "100", secret: v}),
            lambda: rw.post(f"/set/{k}", content=v.encode()),
            lambda: rw.post("/pipeline", json=[["GET", k], [f"cmd-{secret}"], ["SET", k, v]]),
            lambda: rw.post("/multi-exec", json=[["SET", k, v], ["INCR", k]]),
            lambda: rw.post("/multi-exec", json=[["SET", k], ["GET", k]]),
            lambda: rw.post("/publish/" + f"chan-{secret}/{v}"),
            lambda: ro.post("/", json=["SET", k, v]),
            lambda: ro.post("/pipeline", json=[["SET", k, v], ["KEYS", f"*{secret}*"]]),
            lambda: anon.post("/", json=["GET", k]),
            lambda: httpx.get(gw.url + "/get/" + k, params={"_token": gw.token}),
            lambda: httpx.get(gw.url + "/get/" + k, params={"_token": f"bad-{secret}"}),
            lambda: rw.post("/", json=["GET", k], headers={"Upstash-Encoding": f"enc-{secret}"}),
            lambda: rw.request("DELETE", f"/{k}"),
            lambda: rw.post("/", json=["BLPOP", k, 0]),
            lambda: rw.post("/", json=["CONFIG", "SET", k, v]),
        ]
        for request in requests:
            request()
        with rw.stream(
            "POST", f"/subscribe/chan-{secret}", headers={"Accept": "text/event-stream"}
        ) as s:
            next(s.iter_lines())
        host, port = gw.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:  # a broken request
            sock.sendall(f"GET /{secret} HTTP/1.1\r\nX-{secret}: {v}\r\n\x00\r\n\r\n".encode())
            sock.recv(1000)
        with socket.create_connection((host, int(port)), timeout=5) as sock:  # a timed-out head
            sock.sendall(f"POST /set/{k} HTTP/1.1\r\nAuthorization: Bearer {gw.token}\r\n".encode())
            sock.recv(1000)
        for c in (rw, ro, anon):
            c.close()
        output = gw.output()
    lines = [line for line in output.splitlines() if not line.startswith("export ")]
    logged = [line for line in lines if " DEBUG " in line]
    assert len(logged) >= len(requests)  # debug logging was on: every request has its line
    leaks = [
        line for line in lines if secret in line or gw.token in line or gw.readonly_token in line
    ]
    figures(
        "secrets in logs",
        [("requests of every kind (values, keys, tokens all secret)", len(requests) + 3),
         ("gateway output lines checked", len(lines)),
         ("lines with a secret (must be 0)", len(leaks))],
    )  # fmt: skip
    assert leaks == []


def test_redis_password_not_in_output(gateway_factory: Callable[..., GatewayProcess]) -> None:
    password = "pw-" + secrets.token_hex(6)
    with gateway_factory() as plain, direct_client(plain.redis_url) as judge:
        port = plain.redis_url.rsplit(":", 1)[1]
        judge.config_set("requirepass", password)
        try:
            url = f"redis://:{password}@127.0.0.1:{port}"
            with gateway_factory("--log-level", "debug", redis_url=url) as gw:
                with httpx.Client(base_url=gw.url, headers=bearer(gw.token)) as c:
                    assert c.post("/", json=["PING"]).json() == {"result": "PONG"}
                assert password not in gw.output()
            wrong = GatewayProcess(
                "--log-level", "debug", redis_url=f"redis://:x{password}@127.0.0.1:{port}",
                start_timeout=3,
            )  # fmt: skip
            with pytest.raises(GatewayError) as info:
                wrong.start()  # never healthy: its output is in the error
            assert "redis unavailable" in str(info.value) or "refused" in str(info.value)
            assert password not in str(info.value)
        finally:
            with redis.Redis.from_url(f"redis://:{password}@127.0.0.1:{port}") as authed:
                authed.config_set("requirepass", "")
