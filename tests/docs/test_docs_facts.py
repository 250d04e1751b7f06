"""The numbers the documents state are the code's: a changed default fails here, naming the
document to update."""

from __future__ import annotations

import inspect
import json
import logging
import re
from typing import Any

import httpx
import pytest
from _docblocks import ROOT
from _gateway import Gateway

from codegen import _docs as codegen_docs
from redisrest import CommandError, Redis, _batch, _client, _config, _retry
from redisrest._cli import build_parser
from redisrest._version import __version__
from redisrest.gateway import _config as gateway_config
from redisrest.gateway import _http as gateway_http
from redisrest.gateway import _redis as gateway_redis
from redisrest.gateway import _server as gateway_server

README = (ROOT / "README.md").read_text(encoding="utf-8")
GATEWAY = (ROOT / "docs" / "gateway.md").read_text(encoding="utf-8")
MIGRATING = (ROOT / "docs" / "migrating-from-upstash-redis.md").read_text(encoding="utf-8")
FROM_REDIS_PY = (ROOT / "docs" / "migrating-from-redis-py.md").read_text(encoding="utf-8")

FACTS = [
    # (the code's value, what it must be, the document, the words that state it)
    (_config.DEFAULT_CONNECT_TIMEOUT, 5.0, README, "5 s to connect"),
    (_config.DEFAULT_TIMEOUT, 5.0, README, "5 s to send, to wait for the reply"),
    (_retry.DEFAULT_DEADLINE, 10.0, README, "10 s by default: the retries happen inside it"),
    (_retry.DEFAULT_DEADLINE, 10.0, README, "`TimeoutError` after 10 s (two attempts of 5 s)"),
    (_retry.DEFAULT_RETRIES, 3, README, "3 after the first attempt by default"),
    (_retry.BACKOFF_INITIAL, 0.05, README, "50 ms doubling"),
    (_retry.BACKOFF_MAX, 2.0, README, "to 2 s, with jitter"),
    (_client.SCAN_COUNT, 1_000, README, "the default asks for 1,000"),
    (_batch.PIPELINE_MAX_BYTES, 512 * 1024, README, "over 512 KiB of"),
    (_config.DEFAULT_TIMEOUT, 5.0, MIGRATING, "each attempt times out after 5 s"),
    (_retry.DEFAULT_DEADLINE, 10.0, MIGRATING, "each call after a 10 s deadline"),
    (_retry.DEFAULT_RETRIES, 3, MIGRATING, "`retries=3`"),
    (_retry.BACKOFF_INITIAL, 0.05, MIGRATING, "exponential backoff from 50 ms to 2 s"),
    (_config.DEFAULT_MAX_CONNECTIONS, 20, FROM_REDIS_PY, "keep-alive connections, 20 by default"),
    (_retry.DEFAULT_RETRIES, 3, FROM_REDIS_PY, "`retries=` (3 by default"),
    (gateway_http.MAX_HEAD_BYTES, 128 * 1024, GATEWAY, "128 KiB"),
    (gateway_config.DEFAULT_MAX_QUEUED_MESSAGES, 10_000, GATEWAY, "more than 10,000 messages"),
    (gateway_server.GRACEFUL_SHUTDOWN, 5.0, GATEWAY, "get 5 seconds to finish"),
    (gateway_config.HEALTH_TIMEOUT, 2.0, GATEWAY, "PING within 2 s"),
    (gateway_redis.SHARED_CONNECTIONS, 2, GATEWAY, "share 2 pipelined connections"),
]


@pytest.mark.parametrize(("value", "documented", "text", "words"), FACTS, ids=[f[3] for f in FACTS])
def test_documented_number(value: object, documented: object, text: str, words: str) -> None:
    assert words in text, f"the document no longer says {words!r}"
    assert value == documented, f"the code changed: update the document that says {words!r}"


def test_the_gateway_flag_defaults() -> None:
    """Each default in docs/gateway.md's flag table is `redisrest serve`'s."""
    serve = next(
        action.choices["serve"]
        for action in build_parser()._actions  # argparse keeps its subparsers there
        if isinstance(action.choices, dict) and "serve" in action.choices
    )
    rows = {
        line.split("`")[1].split()[0]: line.split("|")[2]
        for line in GATEWAY.splitlines()
        if line.startswith("| `--")
    }
    for action in serve._actions:
        flag = action.option_strings[-1] if action.option_strings else ""
        if flag in rows and action.default not in (None, False):
            assert f"`{action.default}`" in rows[flag], (flag, action.default, rows[flag])


# -- docs/commands.md: why a command is not offered ------------------------------------------

_SPEC = json.loads((ROOT / "spec" / "commands.json").read_text(encoding="utf-8"))["commands"]
EXCLUDED = {c["name"]: c["excluded"]["detail"] for c in _SPEC if c.get("excluded")}
OFFERED = {c["name"] for c in _SPEC if not c.get("excluded")}


def test_every_exclusion_reason_is_a_sentence() -> None:
    """Each `why` of docs/commands.md is a sentence: a capital first, a full stop last, a verb's
    worth of words between (not a label such as "waits for data")."""
    bad = [
        f"{name}: {detail!r}"
        for name, detail in EXCLUDED.items()
        if not (detail[:1].isupper() and detail.endswith(".") and len(detail.split()) >= 8)
    ]
    assert bad == []
    assert all(
        intro.endswith(".") and intro[:1].isupper() for intro in codegen_docs.REASONS.values()
    )


def test_a_blocking_command_names_the_one_to_poll_with() -> None:
    """BLPOP says to poll with LPOP, BZPOPMIN with ZPOPMIN: every blocking command whose
    non-blocking twin is offered names it."""
    twins = {name: name[1:] for name in EXCLUDED if name.startswith("B") and name[1:] in OFFERED}
    assert {"BLPOP", "BRPOP", "BLMOVE", "BLMPOP", "BZPOPMIN", "BZPOPMAX", "BZMPOP"} <= set(twins)
    assert [name for name, twin in twins.items() if twin not in EXCLUDED[name]] == []


def test_a_container_names_its_methods() -> None:
    """A container (CLIENT, XGROUP, ...) with offered subcommands names one of their methods."""
    missing = []
    for name, detail in EXCLUDED.items():
        subcommands = [c for c in OFFERED if c.startswith(name + " ")]
        methods = {f"`{c.lower().replace(' ', '_').replace('-', '_')}`" for c in subcommands}
        if subcommands and not any(method in detail for method in methods):
            missing.append(name)
    assert missing == []


# -- README: the headers a client sends, and what it logs --------------------------------------

_HTTPX_OWN = {"host", "accept", "accept-encoding", "connection", "user-agent"}
_BODY = {"content-type", "content-length"}


def _headers_sent(monkeypatch: pytest.MonkeyPatch, **options: Any) -> list[list[str]]:
    """The header names of each request a client sends for one SET whose first attempt gets a
    503 (so that the retry shows the retry and read-your-writes headers)."""
    sent: list[list[str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append([name.decode() for name, _ in request.headers.raw])
        if len(sent) == 1:
            return httpx.Response(503, headers={"Upstash-Sync-Token": "t1"}, json={"error": "x"})
        return httpx.Response(200, json={"result": "OK"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Redis(url="http://db.test", token="the-token", http_client=http, **options) as r:
        assert r.set("k", "v") is True
    return sent


def test_the_readme_names_every_header_a_client_sends(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_config.TELEMETRY_OPT_OUT, raising=False)
    first, retry = _headers_sent(monkeypatch)
    ours = {name for name in first + retry if name.lower() not in _HTTPX_OWN | _BODY}
    assert {"Upstash-Sync-Token", _config.RETRY_HEADER.decode()} <= set(retry)
    telemetry = {name for name in ours if name.startswith("Upstash-Telemetry-")}
    assert len(telemetry) == 3
    section = README[README.index("### Telemetry and logging") :].split("\n### ")[0]
    assert [name for name in sorted(ours) if f"`{name}" not in section] == []
    assert f"`{_config.TELEMETRY_OPT_OUT}`" in section


def test_telemetry_is_off_by_flag_and_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_config.TELEMETRY_OPT_OUT, raising=False)
    for request in _headers_sent(monkeypatch, telemetry=False):
        assert not [name for name in request if name.startswith("Upstash-Telemetry-")]
    monkeypatch.setenv(_config.TELEMETRY_OPT_OUT, "1")
    for request in _headers_sent(monkeypatch):
        assert not [name for name in request if name.startswith("Upstash-Telemetry-")]


def test_the_readme_shows_the_telemetry_values() -> None:
    values = {name.decode(): value.decode() for name, value in _config.telemetry_headers(True, {})}
    assert values["Upstash-Telemetry-Sdk"] == f"redisrest@v{__version__}"
    assert re.fullmatch(r"python@v3\.\d+", values["Upstash-Telemetry-Runtime"])
    section = README[README.index("### Telemetry and logging") :].split("\n### ")[0]
    assert "`redisrest@v" in section and "`python@v3." in section
    platforms = set(re.findall(r'return "(\w+)"', inspect.getsource(_config.platform)))
    assert "vercel" in platforms and "unknown" in platforms
    assert [name for name in sorted(platforms) if f"`{name}`" not in section] == []


def test_the_logger_logs_names_never_values(
    docs_gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    """The README: `redisrest` logs at DEBUG only, command names and outcomes, never
    arguments, values or the token."""
    secrets = ("key-4c1d", "value-9e7a", docs_gateway.token)
    with (
        caplog.at_level(logging.DEBUG, logger="redisrest"),
        Redis(docs_gateway.url, docs_gateway.token) as r,
    ):
        r.set(secrets[0], secrets[1])
        assert r.get(secrets[0]) == secrets[1]
        r.pipeline().get(secrets[0]).incr(secrets[0]).exec(raise_on_error=False)
        with pytest.raises(CommandError):
            r.lpush(secrets[0], secrets[1])
        r.delete(secrets[0])
    ours = [record for record in caplog.records if record.name.split(".")[0] == "redisrest"]
    assert {record.levelno for record in ours} == {logging.DEBUG}
    text = "\n".join(record.getMessage() for record in ours)
    assert "SET" in text and "pipeline of 2 (GET, INCR)" in text and "LPUSH" in text
    assert [secret for secret in secrets if secret in text] == []
    assert '`logging.getLogger("redisrest")`' in README or "`redisrest` logger" in README
