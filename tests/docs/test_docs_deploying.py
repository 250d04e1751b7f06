"""docs/deploying.md stays true: its files are loaded, verified and run, its numbers are the code's.

The guide's files are fenced blocks whose info string names where they go
(```` ```toml /etc/redisrest/gateway.toml ````); each is checked here:

- the config file is loaded with `load_config` (its variables from the environment file shown
  beside it), its documented mistake gives the documented message, and it is served for real:
  two gateways (one with the systemd unit's own flags) in front of two redis-servers and a
  local Redis Cluster, each database answering through both gateways;
- the systemd unit: its keys in their sections, its ExecStart parsed by the real CLI parser,
  and `systemd-analyze verify` when the machine has it;
- the nginx file: `nginx -t`, then nginx proxying requests and an event stream over TLS (a
  self-signed certificate from openssl) to the two gateways, when the machine has nginx;
- the `curl` lines hitting /health and /metrics run against the gateway, and the metric table
  is what the gateway exports.

(`redisrest ...` lines of the shell blocks are parsed by test_docs_shell.py.)
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import redis
from _cluster import LocalCluster
from _docblocks import ROOT, Block, blocks
from _servers import redis_server_path

from redisrest import _retry
from redisrest._cli import EXIT_USAGE, build_parser
from redisrest.gateway import GatewayProcess
from redisrest.gateway import _cluster as cluster_backend
from redisrest.gateway import _config as gateway_config
from redisrest.gateway import _redis as gateway_redis
from redisrest.gateway import _server as gateway_server
from redisrest.gateway._config import describe_redis_url
from redisrest.gateway._configfile import ConfigError, load_config
from redisrest.gateway._private import PrivateRedis, ServerChoice

DOC = ROOT / "docs" / "deploying.md"
TEXT = DOC.read_text(encoding="utf-8")
BLOCKS = blocks(DOC)
#: The files the guide asks to write, by path (the info string after the language).
FILES = {block.info: block for block in BLOCKS if block.info.startswith("/")}

CONFIG_PATH = "/etc/redisrest/gateway.toml"
ENV_PATH = "/etc/redisrest/gateway.env"
UNIT_PATH = "/etc/systemd/system/redisrest.service"
NGINX_PATH = "/etc/nginx/conf.d/redisrest.conf"

#: The addresses the guide's files name, which the live tests replace with their own servers.
CACHE_URL = "redis://redis-cache.internal:6379/0"
CLUSTER_URL = "redis+cluster://10.0.1.1:6379,10.0.1.2:6379,10.0.1.3:6379"
GATEWAY_HOSTS = ("10.0.0.11:8080", "10.0.0.12:8080")
GATEWAY_URL = "http://127.0.0.1:8080"
METRICS_URL = "http://127.0.0.1:9464"
PASSWORD = "deploy-test-password"


def words(text: str) -> str:
    """Markdown prose with its line breaks and indentation as single spaces."""
    return re.sub(r"\s+", " ", text)


def env_file(text: str) -> dict[str, str]:
    """A systemd EnvironmentFile's `NAME=value` lines."""
    pairs: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, sep, value = line.partition("=")
            assert sep and re.fullmatch(r"[A-Z_][A-Z0-9_]*", name), line
            pairs[name] = value
    return pairs


def text_after(block: Block) -> str:
    """The ```text block right after `block` (what the guide says it prints)."""
    following = BLOCKS[BLOCKS.index(block) + 1]
    assert following.lang == "text", f"{block.name}: no ```text block follows"
    return following.code.strip()


ENV = env_file(FILES[ENV_PATH].code)


# ---------------------------------------------------------------------------------------------
# every block is checked, and the numbers are the code's


def test_every_block_of_the_guide_is_checked() -> None:
    assert set(FILES) == {CONFIG_PATH, ENV_PATH, UNIT_PATH, NGINX_PATH}
    for block in BLOCKS:
        if block.info.startswith("/"):
            continue
        # shell lines: test_docs_shell.py (curl lines: below); text: the diagram, or output
        # compared below; no python to run here
        assert block.lang in ("sh", "text"), f"{block.name}: {block.lang} block is not checked"
    assert FILES[CONFIG_PATH].lang == "toml" and FILES[UNIT_PATH].lang == "ini"
    assert FILES[NGINX_PATH].lang == "nginx" and FILES[ENV_PATH].lang == "dotenv"


FACTS = [
    # (the code's value, what it must be, the words of the guide that state it)
    (
        gateway_config.HEALTH_TIMEOUT,
        2.0,
        "(to every master, for a cluster) and waits up to 2 seconds",
    ),
    (gateway_config.DEFAULT_REDIS_TIMEOUT, 30.0, "`redis_timeout` (30 seconds by default)"),
    (gateway_redis.SHARED_CONNECTIONS, 2, "2 shared pipelined connections per database"),
    (gateway_config.DEFAULT_KEEPALIVE, 15.0, "a `: keepalive` comment every 15 seconds"),
    (gateway_config.DEFAULT_MAX_BODY_BYTES, 1024 * 1024, "`max_body_bytes` (1 MiB)"),
    (gateway_server.GRACEFUL_SHUTDOWN, 5.0, "open requests get 5 seconds to finish"),
    (gateway_server._CRASH_WINDOW, 2.0, "keep dying within 2 seconds of their start"),
    (gateway_server._MAX_CRASHES, 5, "(5 times in a row)"),
    (cluster_backend.FAILOVER_WAIT, 4.0, "retries for up to 4 seconds"),
    (cluster_backend.FAILOVER_WAIT, 4.0, "longer than the gateway's 4 seconds"),
    (cluster_backend.REFRESH_INTERVAL, 0.2, "(at most every 0.2 seconds)"),
    (_retry.DEFAULT_RETRIES, 3, "retries a 503 by itself (3 times within 10 seconds"),
    (_retry.DEFAULT_DEADLINE, 10.0, "(3 times within 10 seconds by default)"),
]


@pytest.mark.parametrize(("value", "documented", "words_"), FACTS, ids=[f[2][:40] for f in FACTS])
def test_documented_number(value: object, documented: object, words_: str) -> None:
    assert value == documented, f"the code says {value}: update docs/deploying.md"
    assert words_ in words(TEXT)


# ---------------------------------------------------------------------------------------------
# the config file and its environment file


def write_config(directory: Path, text: str) -> str:
    path = directory / "gateway.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_config_file_loads_as_documented(tmp_path: Path) -> None:
    text = FILES[CONFIG_PATH].code
    referenced = set(re.findall(r'\{ env = "(\w+)" \}', text))
    assert referenced == set(ENV), "the environment file must define what the config names"
    config = load_config(write_config(tmp_path, text), environ=ENV)
    app, cache, events = config.databases
    assert [db.name for db in config.databases] == ["app", "cache", "events"]
    assert app.tokens == (ENV["APP_TOKEN"],) and app.readonly_tokens == (ENV["APP_READONLY_TOKEN"],)
    assert app.redis_url == ENV["APP_REDIS_URL"]
    assert cache.redis_url == CACHE_URL and cache.redis_timeout == 2.0
    assert cache.max_pipeline == 1000
    assert events.redis_url == CLUSTER_URL and events.tokens == (ENV["EVENTS_TOKEN"],)
    # behind a load balancer no database may live in a gateway's private server
    assert not config.needs_private_server()
    assert (config.host, config.port, config.metrics_host, config.metrics_port) == (
        "0.0.0.0",
        8080,
        "0.0.0.0",
        9464,
    )
    assert config.log_format == "json" and config.access_log is True
    assert config.workers == 1  # the unit's --workers says how many
    assert "replace-with" not in repr(config)  # no token nor password in a repr
    # what the gateway prints at start for the cache (the guide quotes it)
    assert f"`# database cache: {describe_redis_url(CACHE_URL)}`" in words(TEXT)


def test_the_environment_file_can_be_sourced_by_a_shell(tmp_path: Path) -> None:
    """`set -a; . /etc/redisrest/gateway.env`, as the guide runs it once by hand, gives the
    same variables as systemd's EnvironmentFile reading."""
    path = tmp_path / "gateway.env"
    path.write_text(FILES[ENV_PATH].code, encoding="utf-8")
    names = " ".join(f'"${name}"' for name in ENV)
    done = subprocess.run(
        ["bash", "-c", f"set -a; . {shlex.quote(str(path))}; set +a; printf '%s\\n' {names}"],
        capture_output=True,
        text=True,
        env={"PATH": os.environ["PATH"]},
        timeout=30,
    )
    assert done.returncode == 0 and done.stdout.splitlines() == list(ENV.values())
    assert f"set -a; . {ENV_PATH}; set +a" in TEXT


def test_the_guide_lists_every_key_of_the_file() -> None:
    """The two bullets naming the [server] keys and a database's keys (the private server's own
    keys, `redis_server`, `load_modules` and `db`, are for a gateway without redis URLs)."""
    from redisrest.gateway import _configfile

    server = TEXT[TEXT.index("- `[server]` holds") : TEXT.index("- Each `[databases.NAME]`")]
    database = TEXT[TEXT.index("- Each `[databases.NAME]`") : TEXT.index("- Any token and")]
    private = {"redis_server", "load_modules"}
    assert set(re.findall(r"`(\w+)`", server)) == set(_configfile._SERVER_KEYS) - private
    keys = {*_configfile._DATABASE_KEYS, *_configfile._SECRET_KEYS} - {"db"}
    assert set(re.findall(r"`(\w+)`", database)) - {"NAME"} == keys


def test_a_missing_variable_is_named(tmp_path: Path) -> None:
    path = write_config(tmp_path, FILES[CONFIG_PATH].code)
    environ = {name: value for name, value in ENV.items() if name != "APP_TOKEN"}
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ=environ)
    assert "the environment variable APP_TOKEN is not set" in str(caught.value)
    assert "`the environment variable APP_TOKEN is not set`" in TEXT


def test_the_documented_mistake_gives_the_documented_message(tmp_path: Path) -> None:
    """The ```text block after the env file's sentence: a typo, its line and key, exit 2."""
    text = FILES[CONFIG_PATH].code
    assert text.count("redis_timeout = ") == 1
    path = write_config(tmp_path, text.replace("redis_timeout = ", "redis_timout = "))
    documented = next(
        block.code.strip()
        for block in BLOCKS
        if block.lang == "text" and "unknown key" in block.code
    )
    done = subprocess.run(
        [sys.executable, "-m", "redisrest._cli", "serve", "--config", path],
        capture_output=True,
        text=True,
        env={**os.environ, **ENV},
        timeout=30,
    )
    assert done.returncode == EXIT_USAGE
    assert done.stderr.strip() == documented.replace(CONFIG_PATH, path)


# ---------------------------------------------------------------------------------------------
# the systemd unit


def unit_sections(text: str) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", ";")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = sections.setdefault(header[1], {})
            continue
        key, sep, value = line.partition("=")
        assert current is not None and sep, f"not a key = value line of a section: {line!r}"
        assert key not in current, f"{key} given twice"
        current[key] = value
    return sections


#: Where each key the guide's unit uses belongs (systemd.unit, systemd.service, systemd.exec,
#: systemd.kill).
UNIT_KEYS = {
    "Unit": {"Description", "Wants", "After"},
    "Service": {
        "Type",
        "User",
        "Group",
        "EnvironmentFile",
        "ExecStart",
        "Restart",
        "RestartSec",
        "RestartPreventExitStatus",
        "TimeoutStopSec",
        "LimitNOFILE",
        "NoNewPrivileges",
        "PrivateTmp",
        "ProtectSystem",
        "ProtectHome",
    },
    "Install": {"WantedBy"},
}


def exec_start() -> list[str]:
    return shlex.split(unit_sections(FILES[UNIT_PATH].code)["Service"]["ExecStart"])


def test_the_unit_keys_are_in_their_sections() -> None:
    sections = unit_sections(FILES[UNIT_PATH].code)
    assert {name: set(keys) for name, keys in sections.items()} == UNIT_KEYS
    service = sections["Service"]
    assert service["EnvironmentFile"] == ENV_PATH
    assert service["RestartPreventExitStatus"] == str(EXIT_USAGE)  # a config error stays down
    assert service["Restart"] == "on-failure"
    # the supervisor gives workers GRACEFUL_SHUTDOWN + 5 s, then kills them; systemd waits longer
    assert int(service["TimeoutStopSec"]) > gateway_server.GRACEFUL_SHUTDOWN + 5


def test_the_unit_runs_a_command_line_the_cli_accepts() -> None:
    argv = exec_start()
    assert argv[0].endswith("/redisrest") and argv[1] == "serve"
    args = build_parser().parse_args(argv[1:])
    assert args.config == CONFIG_PATH and args.workers == 4
    assert "`--workers 4`" in TEXT


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_analyze_verifies_the_unit(tmp_path: Path) -> None:
    binary = exec_start()[0]
    here = str(Path(sys.executable).parent / "redisrest")
    unit = tmp_path / "redisrest.service"
    unit.write_text(FILES[UNIT_PATH].code.replace(binary, here), encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0 and unit.name not in done.stdout + done.stderr, done.stderr


def test_systemd_analyze_would_catch_a_typo(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("no systemd-analyze here")
    here = str(Path(sys.executable).parent / "redisrest")
    text = FILES[UNIT_PATH].code.replace(exec_start()[0], here)
    unit = tmp_path / "redisrest.service"
    unit.write_text(text.replace("RestartSec=", "RestartSecs="), encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=30
    )
    assert "RestartSecs" in done.stderr


# ---------------------------------------------------------------------------------------------
# the deployment, live: two gateways over two redis-servers and a Redis Cluster


@dataclass
class Deployment:
    a: GatewayProcess  # the config file as written (one worker)
    b: GatewayProcess  # the systemd unit's own command line (--workers 4)
    app: str  # the app database's redis URL (with its password)
    cache: str
    cluster: LocalCluster
    config: str  # the config file the gateways read
    env: dict[str, str]


def metrics_url(gw: GatewayProcess) -> str:
    found = re.search(r"# metrics: (http://\S+/metrics)", gw.output())
    assert found, gw.output()
    return found[1]


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    app = PrivateRedis(ServerChoice(redis_server_path(), "test"))
    cache = PrivateRedis(ServerChoice(redis_server_path(), "test"))
    cluster = LocalCluster()
    try:
        app_url = app.start()
        redis.Redis.from_url(app_url).config_set("requirepass", PASSWORD)
        app_url = app_url.replace("redis://", f"redis://default:{PASSWORD}@") + "/0"
        cache_url = cache.start() + "/0"
        cluster.start()
        text = FILES[CONFIG_PATH].code
        assert CACHE_URL in text and CLUSTER_URL in text
        text = text.replace(CACHE_URL, cache_url).replace(CLUSTER_URL, cluster.url)
        config = write_config(tmp_path_factory.mktemp("deploying"), text)
        env = {**ENV, "APP_REDIS_URL": app_url}
        metrics = ("--metrics-port=0", "--metrics-host=127.0.0.1")
        unit_flags = [flag for flag in exec_start()[2:] if flag not in ("--config", CONFIG_PATH)]
        assert unit_flags == ["--workers", "4"]
        with (
            GatewayProcess(*metrics, config=config, env=env) as a,
            GatewayProcess(*unit_flags, *metrics, config=config, env=env) as b,
        ):
            yield Deployment(a, b, app_url, cache_url, cluster, config, env)
    finally:
        for client in _clients.values():
            client.close()
        _clients.clear()
        cluster.stop()
        cache.stop()
        app.stop()


_clients: dict[str, httpx.Client] = {}


def call(gw: GatewayProcess, token: str, *argv: str) -> object:
    """One command through `gw` (a kept-alive connection per gateway)."""
    client = _clients.get(gw.url)
    if client is None:
        client = _clients[gw.url] = httpx.Client(base_url=gw.url)
    reply = client.post("/", json=list(argv), headers={"Authorization": f"Bearer {token}"})
    return reply.json()


def test_each_database_answers_through_each_gateway(deployment: Deployment) -> None:
    d = deployment
    keys = [f"deploy:{n}" for n in range(12)]  # spread over the cluster's three masters
    for writer, reader in ((d.a, d.b), (d.b, d.a)):
        for token in (ENV["APP_TOKEN"], ENV["CACHE_TOKEN"], ENV["EVENTS_TOKEN"]):
            for key in keys:
                value = f"{token[-1]}:{writer.url}:{key}"
                assert call(writer, token, "SET", key, value) == {"result": "OK"}
                # any gateway serves any request: the other one reads the write at once
                assert call(reader, token, "GET", key) == {"result": value}
    # each token reached its own backend
    app = redis.Redis.from_url(d.app, decode_responses=True)
    cache = redis.Redis.from_url(d.cache, decode_responses=True)
    cluster = d.cluster.direct()
    assert app.get(keys[0]) == f"1:{d.b.url}:{keys[0]}"
    assert cache.get(keys[0]) == f"3:{d.b.url}:{keys[0]}"
    assert cluster.get(keys[0]) == f"4:{d.b.url}:{keys[0]}"
    assert len({d.cluster.master_for_key(key).port for key in keys}) == 3
    assert call(d.a, ENV["APP_READONLY_TOKEN"], "SET", "deploy:ro", "x") == {
        "error": "NOPERM this token is read-only"
    }
    # the unit's gateway runs its four workers, and says where each database is
    assert "# workers: 4 processes on this port" in d.b.output()
    assert "# database events: 127.0.0.1:" in d.a.output()
    for secret in (PASSWORD, *ENV.values()):
        assert secret not in d.a.output() + d.b.output()


def curl_lines() -> list[tuple[Block, str]]:
    return [
        (block, line)
        for block in BLOCKS
        if block.lang == "sh"
        for line in block.code.splitlines()
        if line.startswith("curl ") and ("/health" in line or "/metrics" in line)
    ]


def test_the_curl_lines_run(deployment: Deployment) -> None:
    found = curl_lines()
    assert len(found) == 2
    for block, line in found:
        for gw in (deployment.a, deployment.b):
            base = metrics_url(gw).removesuffix("/metrics")
            command = line.replace(GATEWAY_URL, gw.url).replace(METRICS_URL, base)
            assert command != line, f"{block.name}: names neither {GATEWAY_URL} nor {METRICS_URL}"
            done = subprocess.run(
                ["bash", "-o", "pipefail", "-c", command],
                capture_output=True,
                text=True,
                timeout=30,
            )
            assert done.returncode == 0, f"{command}: {done.stderr}"
            if "/health" in line:
                assert done.stdout.strip() == text_after(block)
            else:
                assert done.stdout.startswith("redisrest_gateway_requests_total{")


def test_health_names_the_database_that_is_down(deployment: Deployment, tmp_path: Path) -> None:
    """The 503 body the guide shows: the cache's redis is down, the others answer."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    text = Path(deployment.config).read_text(encoding="utf-8")
    config = write_config(tmp_path, text.replace(deployment.cache, f"redis://127.0.0.1:{port}/0"))
    with GatewayProcess(config=config, env=deployment.env, healthy=False) as gw:
        health = httpx.get(gw.url + "/health")
        assert health.status_code == 503
        shown = [
            b.code.strip() for b in BLOCKS if b.lang == "text" and "redis unavailable" in b.code
        ]
        assert health.text == shown[0]
        assert call(gw, ENV["APP_TOKEN"], "PING") == {"result": "PONG"}
        assert call(gw, ENV["EVENTS_TOKEN"], "PING") == {"result": "PONG"}


# ---------------------------------------------------------------------------------------------
# metrics


def metric_table() -> dict[str, set[str]]:
    """The guide's table: metric name -> its labels."""
    rows = re.findall(r"^\| `(redisrest_gateway_\w+)` \| ([^|]*) \|", TEXT, re.MULTILINE)
    return {name: set(re.findall(r"`(\w+)`", labels)) for name, labels in rows}


def exported() -> dict[str, set[str]]:
    """What PrometheusObserver exports (every event once): sample name -> label names."""
    from prometheus_client import CollectorRegistry

    from redisrest.gateway._metrics import PrometheusObserver

    registry = CollectorRegistry()
    observer = PrometheusObserver(registry=registry)
    observer.request("app", "command", 200, 0.001)
    observer.commands("app", ["string"])
    observer.backend("events", "127.0.0.1:7000", True)
    observer.redirect("events", "moved")
    observer.failover("events")
    found: dict[str, set[str]] = {}
    for family in registry.collect():
        for sample in family.samples:
            if sample.name.endswith("_created"):
                continue
            name = sample.name.removesuffix("_bucket").removesuffix("_count").removesuffix("_sum")
            found.setdefault(name, set()).update(set(sample.labels) - {"le"})
    return found


def test_the_metric_table_is_what_the_gateway_exports() -> None:
    assert metric_table() == exported()


def test_every_metric_the_guide_names_is_in_the_table() -> None:
    table = metric_table()
    for name in set(re.findall(r"redisrest_gateway_\w+", TEXT)):
        base = re.sub(r"_(bucket|count|sum)$", "", name)
        assert base in table, f"{name} is not in the metric table"
    for short in re.findall(r"`(\w+_total)\{", TEXT):
        assert f"redisrest_gateway_{short}" in table


def test_the_queries_use_label_values_the_gateway_has() -> None:
    """The PromQL of "What to watch": routes, redirect kinds and statuses that exist."""
    from redisrest.gateway._metrics import REDIRECTS, ROUTES

    matchers = re.findall(r'(\w+)(?:=|!=|=~|!~)"([^"]*)"', TEXT)
    assert {label for label, _ in matchers} == {"route", "status", "kind"}
    for label, value in matchers:
        values = set(value.split("|"))
        if label == "route":
            assert values <= ROUTES, value
        elif label == "kind":
            assert values <= REDIRECTS, value
        else:
            assert all(re.fullmatch(r"[1-5]\d\d", status) for status in values), value


def test_the_metrics_port_shows_the_deployment(deployment: Deployment) -> None:
    d = deployment
    assert call(d.a, ENV["CACHE_TOKEN"], "SET", "deploy:s", "v") == {"result": "OK"}
    assert call(d.a, ENV["CACHE_TOKEN"], "HSET", "deploy:h", "f", "v") == {"result": 1}
    assert call(d.a, ENV["EVENTS_TOKEN"], "DBSIZE")  # every master of the cluster
    assert call(d.a, ENV["CACHE_TOKEN"], "ZADD", "deploy:z", "1", "m") == {"result": 1}
    httpx.get(d.a.url + "/health")
    text = httpx.get(metrics_url(d.a)).text
    for name in metric_table():
        assert f"# TYPE {name} " in text, name
    for sample in (
        'redisrest_gateway_requests_total{database="cache",route="command",status="200"}',
        'redisrest_gateway_requests_total{database="-",route="health",status="200"}',
        'redisrest_gateway_commands_total{database="cache",group="string"}',
        'redisrest_gateway_commands_total{database="cache",group="hash"}',
        'redisrest_gateway_commands_total{database="cache",group="sortedset"}',
    ):
        assert sample in text, "\n".join(line for line in text.splitlines() if "_total{" in line)
    up = re.findall(r'redisrest_gateway_backend_up\{database="events",node="([^"]+)"\} (\S+)', text)
    assert {node for node, _ in up} == {node.addr for node in d.cluster.masters()}
    assert {value for _, value in up} == {"1.0"}
    # four workers: one /metrics for all of them
    assert "redisrest_gateway_requests_total{" in httpx.get(metrics_url(d.b)).text


# ---------------------------------------------------------------------------------------------
# nginx in front, for real


def nginx_binary() -> str | None:
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Front:
    url: str
    tls: ssl.SSLContext  # trusts the self-signed certificate
    log: Path


@pytest.fixture(scope="module")
def nginx(deployment: Deployment, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Front]:
    binary = nginx_binary()
    if binary is None:
        pytest.fail("nginx is not installed: `make install` brings Debian's nginx-light")
    home = tmp_path_factory.mktemp("nginx")
    cert, key = home / "fullchain.pem", home / "privkey.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )  # fmt: skip
    port = free_port()
    site = FILES[NGINX_PATH].code
    replacements = {
        "listen 443 ssl;": f"listen 127.0.0.1:{port} ssl;",
        "/etc/ssl/redisrest/fullchain.pem": str(cert),
        "/etc/ssl/redisrest/privkey.pem": str(key),
        "/var/log/nginx/redisrest.log": str(home / "access.log"),
        GATEWAY_HOSTS[0]: deployment.a.url.removeprefix("http://"),
        GATEWAY_HOSTS[1]: deployment.b.url.removeprefix("http://"),
    }
    for old, new in replacements.items():
        assert site.count(old) == 1, f"{NGINX_PATH} no longer has {old!r}"
        site = site.replace(old, new)
    temp = " ".join(f"{kind}_temp_path {home}/{kind};" for kind in ("client_body", "proxy"))
    conf = home / "nginx.conf"
    conf.write_text(
        f"{'user root;' if os.geteuid() == 0 else ''}\n"
        f"worker_processes 1;\npid {home}/nginx.pid;\nerror_log {home}/error.log;\n"
        f"events {{}}\nhttp {{\n{temp}\nfastcgi_temp_path {home}/f; uwsgi_temp_path {home}/u;\n"
        f"scgi_temp_path {home}/s;\n{site}\n}}\n",
        encoding="utf-8",
    )
    base = [binary, "-p", str(home), "-e", str(home / "error.log"), "-c", str(conf)]
    checked = subprocess.run([*base, "-t"], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen([*base, "-g", "daemon off;"], stderr=subprocess.PIPE)
    url = f"https://127.0.0.1:{port}"
    try:
        tls = ssl.create_default_context(cafile=str(cert))
        deadline = time.monotonic() + 10
        while True:
            try:
                httpx.get(url + "/health", verify=tls)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.05)
        yield Front(url, tls, home / "access.log")
    finally:
        process.terminate()
        process.wait(10)


def nginx_seconds(value: str) -> float:
    """An nginx time (`40s`, `1h`) in seconds."""
    found = re.fullmatch(r"(\d+)([smh]?)", value)
    assert found is not None, value
    return int(found[1]) * {"": 1, "s": 1, "m": 60, "h": 3600}[found[2]]


def test_the_nginx_timeouts_and_sizes_fit_the_gateway() -> None:
    """What the guide's bullets promise: nginx waits longer than the gateway, and takes a body
    the gateway refuses with its own 400."""
    site = FILES[NGINX_PATH].code
    plain, stream = site.split("location ")[1:3]
    assert plain.startswith("/ {") and stream.startswith("~ ^/(subscribe|psubscribe|monitor)")
    read = re.compile(r"proxy_read_timeout (\w+);")
    assert nginx_seconds(read.findall(plain)[0]) > gateway_config.DEFAULT_REDIS_TIMEOUT
    assert nginx_seconds(read.findall(stream)[0]) > gateway_config.DEFAULT_KEEPALIVE
    assert "proxy_buffering off;" in stream and "proxy_buffering" not in plain
    (size,) = re.findall(r"client_max_body_size (\d+)m;", site)
    assert int(size) * 1024 * 1024 > gateway_config.DEFAULT_MAX_BODY_BYTES
    for block in (plain, stream):
        assert "proxy_http_version 1.1;" in block and 'proxy_set_header Connection "";' in block


def test_nginx_proxies_requests_to_both_gateways(nginx: Front) -> None:
    headers = {"Authorization": f"Bearer {ENV['APP_TOKEN']}"}
    with httpx.Client(base_url=nginx.url, verify=nginx.tls, headers=headers) as client:
        assert client.get("/health").json() == {"result": "OK"}
        for n in range(6):
            assert client.post("/", json=["SET", "deploy:tls", f"secret-{n}"]).json() == {
                "result": "OK"
            }
            assert client.get("/get/deploy:tls").json() == {"result": f"secret-{n}"}
        assert client.post("/", json=["SET", "k"]).status_code == 400  # the gateway's own JSON
        too_big = client.post("/", json=["SET", "k", "x" * (1024 * 1024 + 10)])
        assert too_big.status_code == 400 and "max request size" in too_big.json()["error"]
    time.sleep(0.2)  # nginx writes its access log line after the response
    log = nginx.log.read_text(encoding="utf-8")
    assert "secret-" not in log and "deploy:tls" not in log  # the log format keeps them out
    upstreams = set(re.findall(r"127\.0\.0\.1:\d+$", log, re.MULTILINE))
    assert len(upstreams) == 2, log  # both gateways served


def test_nginx_streams_server_sent_events(nginx: Front) -> None:
    headers = {"Authorization": f"Bearer {ENV['EVENTS_TOKEN']}"}
    with (
        httpx.Client(base_url=nginx.url, verify=nginx.tls, headers=headers, timeout=5) as client,
        client.stream("GET", "/subscribe/deploy-news") as stream,
    ):
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = stream.iter_lines()
        assert next(lines) == "data: subscribe,deploy-news,1"
        started = time.monotonic()
        # a cluster counts only the subscribers of the node that took the PUBLISH (the guide
        # says so), and forwards the message to every node
        assert client.post("/publish/deploy-news/hello").json()["result"] in (0, 1)
        assert [line for line in (next(lines), next(lines)) if line] == [
            "data: message,deploy-news,hello"
        ]
        assert time.monotonic() - started < 2.0  # passed on at once, not buffered


# ---------------------------------------------------------------------------------------------
# logs


def test_the_logs_are_json_lines(deployment: Deployment) -> None:
    """`log_format = "json"` and `access_log = true`, as the config file sets them."""

    def logged() -> list[str]:
        lines = deployment.a.output().split("\n# tokens: ", 1)[-1].splitlines()[1:]
        return [line for line in lines if line.strip()]

    before = len(logged())
    call(deployment.a, ENV["APP_TOKEN"], "SET", "deploy:logged", "value-not-logged")
    time.sleep(0.2)
    lines = logged()
    assert len(lines) > before, "no access line for the request"
    records = [json.loads(line) for line in lines]
    assert all({"time", "level", "logger", "message"} <= set(record) for record in records)
    # this request's line (an earlier test's event stream may end, and log, meanwhile)
    access = [
        record
        for record in records[before:]
        if record["logger"] == "redisrest.gateway.access" and record.get("route") == "command"
    ]
    assert access, lines
    fields = {"method", "route", "database", "status", "duration_ms"}
    assert fields <= set(access[-1]) and access[-1]["database"] == "app"
    for name in (*fields, "time", "level", "logger", "message", "exception"):
        assert f"`{name}`" in TEXT
    output = deployment.a.output()
    assert "value-not-logged" not in output and "deploy:logged" not in output
    assert ENV["APP_TOKEN"] not in output and PASSWORD not in output


# ---------------------------------------------------------------------------------------------
# a failover (last: it kills a master of the deployment's cluster)


def test_health_through_a_cluster_failover(deployment: Deployment) -> None:
    """What the guide says of /health when a master dies: 503 naming the database, then 200
    once the replica took over, from health checks alone (a failed check asks for the map)."""
    d, gw = deployment, deployment.a
    master = d.cluster.masters()[0]
    d.cluster.remember_slots()
    d.cluster.kill(master)
    down = httpx.get(gw.url + "/health", timeout=5)
    assert (down.status_code, down.json()) == (503, {"error": "ERR redis unavailable for events"})
    assert "`ERR redis unavailable for events`" in TEXT
    d.cluster.wait_for_failover(master)
    deadline = time.monotonic() + 10
    while httpx.get(gw.url + "/health", timeout=5).status_code != 200:
        assert time.monotonic() < deadline, "/health stayed 503 after the failover"
        time.sleep(0.1)
    assert httpx.get(gw.url + "/health", timeout=5).json() == {"result": "OK"}
    assert "the next `/health` answers 200, even on a gateway process" in words(TEXT)
