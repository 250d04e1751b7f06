"""`redisrest serve --config`: several databases behind one gateway, the file checked at start.

The file's errors are checked through `load_config` (each names the file, the line, the key and
what is wrong, and never a token or a password) and through the CLI (exit 2 before anything
starts); the databases themselves through a real gateway and real redis-servers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis
from _gateway import Gateway
from _servers import redis_server_path

from redisrest import Redis
from redisrest.gateway import GatewayProcess
from redisrest.gateway._configfile import ConfigError, load_config
from redisrest.gateway._private import PrivateRedis, ServerChoice

SECRET = "s3cr3t-token-value"
PASSWORD = "pw-not-in-messages"


def write(tmp_path: Path, text: str, name: str = "gateway.toml") -> str:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return str(path)


def error_of(path: str, environ: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ=environ or {})
    message = str(caught.value)
    assert path in message
    assert SECRET not in message and PASSWORD not in message
    return message


# ---------------------------------------------------------------------------------------------
# the file, checked


def test_a_whole_file_reads_into_databases_and_server_settings(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        [server]
        host = "0.0.0.0"
        port = 8080
        workers = 2
        metrics_port = 9464
        log_format = "JSON"

        [databases.main]
        redis_url = { env = "MAIN_URL" }
        tokens = [{ env = "MAIN_TOKEN" }, "second"]
        readonly_tokens = ["ro"]
        max_pipeline = 50
        redis_timeout = 2.5

        [databases.scratch]
        db = 3
        tokens = ["scratch"]
        allow_dangerous = true
        """,
    )
    env = {"MAIN_URL": f"redis://:{PASSWORD}@10.0.0.5:6380/2", "MAIN_TOKEN": SECRET}
    config = load_config(path, environ=env)
    assert (config.host, config.port, config.workers) == ("0.0.0.0", 8080, 2)
    assert (config.metrics_port, config.log_format) == (9464, "json")
    main, scratch = config.all_databases()
    assert main.name == "main" and main.tokens == (SECRET, "second")
    assert main.readonly_tokens == ("ro",) and main.redis_url == env["MAIN_URL"]
    assert (main.max_pipeline, main.redis_timeout) == (50, 2.5)
    assert scratch.redis_url is None and scratch.db == 3 and scratch.allow_dangerous
    assert config.needs_private_server()
    # reprs never show tokens or passwords
    assert SECRET not in repr(config) and PASSWORD not in repr(main)
    assert "10.0.0.5:6380/2" in repr(main)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[databases.main\ntokens = ['a']\n", "not valid TOML"),
        ("[server]\nport = 8080\n", "no database"),
        ("[databases.main]\ntokens = ['a']\n[srever]\nport = 1\n", "line 3: srever: unknown table"),
        (
            "[server]\nwokers = 2\n[databases.main]\ntokens = ['a']\n",
            "line 2: server.wokers: unknown key (did you mean workers?)",
        ),
        (
            "[server]\nworkers = 0\n[databases.main]\ntokens = ['a']\n",
            "line 2: server.workers: must be a positive whole number",
        ),
        (
            "[server]\nport = 70000\n[databases.main]\ntokens = ['a']\n",
            "server.port: must be a port number",
        ),
        (
            "[databases.main]\ntokens = ['a']\nmax_pipline = 5\n",
            "line 3: databases.main.max_pipline: unknown key (did you mean max_pipeline?)",
        ),
        ("[databases.main]\nreadonly_tokens = []\n", "needs at least one token"),
        ("[databases.main]\ntokens = 'a'\n", "databases.main.tokens: must be a list"),
        ("[databases.main]\ntokens = ['']\n", "must not be empty"),
        (
            "[databases.main]\ntokens = [{ env = 'NOPE_NOT_SET' }]\n",
            "the environment variable NOPE_NOT_SET is not set",
        ),
        (
            f"[databases.a]\ntokens = ['{SECRET}']\n[databases.b]\ntokens = ['{SECRET}']\n",
            "line 4: databases.b.tokens: token 1 is also a token of databases.a.tokens",
        ),
        (
            f"[databases.a]\ntokens = ['{SECRET}']\nreadonly_tokens = ['{SECRET}']\n",
            "readonly_tokens: token 1 is also a token of databases.a.tokens",
        ),
        (
            f"[databases.a]\ntokens = ['x']\nredis_url = 'http://:{PASSWORD}@h:1'\n",
            "line 3: databases.a.redis_url: must start with redis://",
        ),
        (
            "[databases.a]\ntokens = ['x']\nredis_url = 'redis://h:1'\ndb = 2\n",
            "databases.a.db: chooses a database of the private server",
        ),
        ("[databases.'a b']\ntokens = ['x']\n", "a database name is 1 to 64 letters"),
        (
            "[server]\nload_modules = ['/x.so']\n[databases.a]\ntokens = ['x']\n"
            "redis_url = 'redis://h:1'\n",
            "server.load_modules: loads modules into the private server",
        ),
        (
            f"[databases.c]\ntokens = ['x']\nredis_url = 'redis+cluster://:{PASSWORD}@h:1,h'\n",
            "needs each cluster node as host:port",
        ),
    ],
)
def test_each_mistake_is_named_with_its_line_and_key(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert expected in error_of(write(tmp_path, text))


def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    assert "cannot be read" in error_of(str(tmp_path / "missing.toml"))


def test_the_cli_refuses_a_bad_file_before_starting(tmp_path: Path) -> None:
    path = write(tmp_path, "[server]\nworkers = -1\n[databases.main]\ntokens = ['a']\n")
    done = subprocess.run(
        [sys.executable, "-m", "redisrest._cli", "serve", "--config", path],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"redisrest serve: {path}, line 2: server.workers: must be a positive whole number"
    )


def test_database_flags_do_not_go_with_a_config_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[databases.main]\ntokens = ['a']\n")
    done = subprocess.run(
        [sys.executable, "-m", "redisrest._cli", "serve", "--config", path, "--token", SECRET],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert "--token describes a database" in done.stderr and SECRET not in done.stderr


# ---------------------------------------------------------------------------------------------
# databases, live


@pytest.fixture(scope="module")
def second_server() -> Iterator[str]:
    """A redis-server of its own, with a password (the third database's backend)."""
    private = PrivateRedis(ServerChoice(redis_server_path(), "test"))
    url = private.start()
    try:
        redis.Redis.from_url(url).config_set("requirepass", PASSWORD)
        yield url.replace("redis://", f"redis://:{PASSWORD}@")
    finally:
        private.stop()


@pytest.fixture(scope="module")
def multi(tmp_path_factory: pytest.TempPathFactory, second_server: str) -> Iterator[Gateway]:
    path = write(
        tmp_path_factory.mktemp("config"),
        """
        [databases.main]
        tokens = [{ env = "MAIN_TOKEN" }]
        readonly_tokens = ["main-ro"]

        [databases.cache]
        db = 1
        tokens = ["cache-token"]
        max_pipeline = 3

        [databases.other]
        redis_url = { env = "OTHER_URL" }
        tokens = ["other-token"]
        """,
    )
    env = {"MAIN_TOKEN": SECRET, "OTHER_URL": second_server}
    with GatewayProcess(f"--redis-server={redis_server_path()}", config=path, env=env) as gw:
        yield gw


def call(gw: Gateway, token: str, *argv: str) -> httpx.Response:
    return httpx.post(gw.url, json=list(argv), headers={"Authorization": f"Bearer {token}"})


def test_each_token_selects_its_own_database(multi: Gateway, second_server: str) -> None:
    assert call(multi, SECRET, "SET", "where", "main").json() == {"result": "OK"}
    assert call(multi, "cache-token", "SET", "where", "cache").json() == {"result": "OK"}
    assert call(multi, "other-token", "SET", "where", "other").json() == {"result": "OK"}
    assert call(multi, SECRET, "GET", "where").json() == {"result": "main"}
    assert call(multi, "main-ro", "GET", "where").json() == {"result": "main"}
    assert call(multi, "cache-token", "GET", "where").json() == {"result": "cache"}
    # what each backend really holds: the private server's databases 0 and 1, the other server
    private = redis.Redis.from_url(multi.redis_url, decode_responses=True)
    assert private.get("where") == "main"
    assert redis.Redis.from_url(multi.redis_url + "/1", decode_responses=True).get("where") == (
        "cache"
    )
    assert redis.Redis.from_url(second_server, decode_responses=True).get("where") == "other"
    # the gateway printed where each database is, never a token or a password
    output = multi.output()
    assert "# database other: 127.0.0.1:" in output and "# database cache: " in output
    assert SECRET not in output and PASSWORD not in output


def test_roles_and_limits_are_per_database(multi: Gateway) -> None:
    assert call(multi, "main-ro", "SET", "k", "v").json() == {
        "error": "NOPERM this token is read-only"
    }
    assert call(multi, "nobody", "GET", "k").status_code == 401
    batch = [["PING"]] * 4
    headers = {"Authorization": "Bearer cache-token"}
    refused = httpx.post(multi.url + "/pipeline", json=batch, headers=headers)
    assert refused.status_code == 400 and "the limit is 3" in refused.json()["error"]
    headers = {"Authorization": f"Bearer {SECRET}"}
    assert httpx.post(multi.url + "/pipeline", json=batch, headers=headers).status_code == 200


def test_the_typed_client_works_per_database(multi: Gateway) -> None:
    with Redis(multi.url, SECRET) as main, Redis(multi.url, "cache-token") as cache:
        main.set("typed", "in-main")
        assert cache.get("typed") is None
        assert main.get("typed") == "in-main"
        assert cache.dbsize() == 1  # only "where" from the test above
        assert main.pipeline().incr("n").incr("n").exec() == (1, 2)


def test_health_names_the_database_whose_redis_is_down(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        [databases.up]
        tokens = ["up-token"]

        [databases.gone]
        redis_url = "redis://127.0.0.1:1"
        tokens = ["gone-token"]
        """,
    )
    with GatewayProcess(f"--redis-server={redis_server_path()}", config=path, healthy=False) as gw:
        health = httpx.get(gw.url + "/health")
        assert health.status_code == 503
        assert health.json() == {"error": "ERR redis unavailable for gone"}
        assert call(gw, "up-token", "PING").json() == {"result": "PONG"}
        down = call(gw, "gone-token", "PING")
        assert down.status_code == 503 and "connection refused" in down.json()["error"]
        assert "database gone: redis at 127.0.0.1:1 is not reachable" in gw.output()


def test_a_wrong_backend_password_stops_the_gateway_at_start(second_server: str) -> None:
    wrong = second_server.replace(PASSWORD, "wrong-" + PASSWORD[:4])
    gw = GatewayProcess(token=SECRET, redis_url=wrong, start_timeout=15)
    with pytest.raises(Exception) as caught:
        gw.start()
    text = str(caught.value)
    assert "exited with status 1" in text
    assert "database default: redis at 127.0.0.1:" in text
    assert "refused the login (WRONGPASS" in text and "check the user, password" in text
    assert PASSWORD not in text and "wrong-" not in text and SECRET not in text


def test_environment_references_keep_secrets_out_of_the_file(multi: Gateway) -> None:
    assert multi.config is not None
    text = Path(multi.config).read_text()
    assert SECRET not in text and PASSWORD not in text
    assert os.environ.get("MAIN_TOKEN") is None  # only the gateway's environment had it
