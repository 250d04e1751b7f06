"""The gateway's log lines: one format (plain or JSON lines) for its own lines, its HTTP server's and the
access lines; access lines never hold a token, a key or an argument."""

from __future__ import annotations

import io
import json
import logging
import re
import secrets
from collections.abc import Iterator

import pytest

from redisrest.gateway import _logs

PLAIN_LINE = re.compile(
    r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (?P<level>[A-Z]+) (?P<logger>[\w.]+): (?P<rest>.*)"
)


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    """What `configure` writes, for one test; the logging set-up is put back after."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    loggers = ["redisrest.gateway", "redisrest.gateway.http"]
    levels = {name: logging.getLogger(name).level for name in loggers}
    handlers = {name: list(logging.getLogger(name).handlers) for name in loggers}
    propagate = {name: logging.getLogger(name).propagate for name in loggers}
    out = io.StringIO()
    yield out
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])
    for name in loggers:
        logger = logging.getLogger(name)
        logger.setLevel(levels[name])
        logger.handlers[:] = handlers[name]
        logger.propagate = propagate[name]


def lines(stream: io.StringIO) -> list[str]:
    return stream.getvalue().splitlines()


def test_plain_is_what_the_gateway_always_printed(stream: io.StringIO) -> None:
    _logs.configure("info", "plain", stream)
    logging.getLogger("redisrest.gateway").info("listening on %s", "127.0.0.1:8079")
    logging.getLogger("redisrest.gateway").debug("not at info")
    (line,) = lines(stream)
    match = PLAIN_LINE.fullmatch(line)
    assert match is not None, line
    assert match["level"] == "INFO"
    assert match["logger"] == "redisrest.gateway"
    assert match["rest"] == "listening on 127.0.0.1:8079"


def test_json_lines_have_time_level_logger_message(stream: io.StringIO) -> None:
    _logs.configure("debug", "json", stream)
    logging.getLogger("redisrest.gateway").debug("database %s: ready", "main")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("redisrest.gateway.cluster").exception("slot map refresh failed")
    first, second = (json.loads(line) for line in lines(stream))
    assert set(first) == {"time", "level", "logger", "message"}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", first["time"])
    assert first["level"] == "DEBUG"
    assert first["logger"] == "redisrest.gateway"
    assert first["message"] == "database main: ready"
    assert second["level"] == "ERROR"
    assert "RuntimeError: boom" in second["exception"]
    assert "\n" not in stream.getvalue().split("\n", 1)[0]  # one object per line


def test_the_http_servers_lines_share_the_handler(stream: io.StringIO) -> None:
    _logs.configure("info", "json", stream)
    logging.getLogger("redisrest.gateway.http").warning("listening on %s", "127.0.0.1:8079")
    (line,) = [json.loads(text) for text in lines(stream)]
    assert line["logger"] == "redisrest.gateway.http"
    assert line["message"] == "listening on 127.0.0.1:8079"


def test_configure_twice_replaces_the_handler(stream: io.StringIO) -> None:
    _logs.configure("info", "plain", stream)
    _logs.configure("info", "json", stream)
    logging.getLogger("redisrest.gateway").warning("once")
    (line,) = lines(stream)
    assert json.loads(line)["message"] == "once"


def test_bad_format_or_level_is_refused() -> None:
    with pytest.raises(ValueError, match="log format"):
        _logs.configure("info", "xml")
    with pytest.raises(ValueError, match="log level"):
        _logs.configure("loud", "plain")


def test_access_lines_json(stream: io.StringIO) -> None:
    _logs.configure("info", "json", stream)
    _logs.access("POST", "pipeline", "main", 200, 0.00123, ["GET", "SET", "GET"], "10.0.0.5:4242")
    (line,) = [json.loads(text) for text in lines(stream)]
    assert line["logger"] == "redisrest.gateway.access"
    assert line["level"] == "INFO"
    assert line["message"] == "POST main pipeline 200 1.23ms"
    assert line["method"] == "POST"
    assert line["route"] == "pipeline"
    assert line["database"] == "main"
    assert line["status"] == 200
    assert line["duration_ms"] == 1.23
    assert line["commands"] == 3
    assert line["names"] == ["GET", "SET"]
    assert line["client"] == "10.0.0.5:4242"


def test_access_lines_plain(stream: io.StringIO) -> None:
    _logs.configure("info", "plain", stream)
    _logs.access("GET", "path", "-", 401, 0.0004, ["get"])
    (line,) = lines(stream)
    match = PLAIN_LINE.fullmatch(line)
    assert match is not None, line
    assert match["logger"] == "redisrest.gateway.access"
    assert match["rest"] == "GET - path 401 0.40ms commands=1 names=GET"


def test_access_lines_hold_no_secret(stream: io.StringIO) -> None:
    """A body's first element is not always a command name: what does not look like one is "?";
    a long pipeline names its first commands only."""
    token = "tk-" + secrets.token_hex(12)  # digits, a dash: no command looks so
    password = "hunter"  # looks like a command name: only the table can tell
    _logs.configure("info", "json", stream)
    more = [f"CMD{chr(65 + i)}" for i in range(26)]
    names = [token, "GET", f"SET k {token}", "json.set", *more]
    _logs.access("POST", "pipeline", "main", 200, 0.01, names)
    _logs.access("POST", "command", "main", 200, 0.01, [password], known={"GET", "SET"})
    text = stream.getvalue()
    assert token not in text.lower()
    assert password not in text.lower()
    first, second = [json.loads(t) for t in lines(stream)]
    assert first["commands"] == len(names)
    assert first["names"][:4] == ["?", "GET", "JSON.SET", "CMDA"]
    assert first["names"][-1] == "..."
    assert len(first["names"]) == _logs.MAX_NAMES + 1
    assert second["names"] == ["?"]


def test_access_lines_count_more_commands_than_they_name(stream: io.StringIO) -> None:
    _logs.configure("info", "json", stream)
    _logs.access("POST", "pipeline", "main", 200, 0.002, ["GET", "SET"], count=1000)
    (line,) = [json.loads(t) for t in lines(stream)]
    assert line["commands"] == 1000
    assert line["names"] == ["GET", "SET"]


def test_access_is_free_when_off(stream: io.StringIO) -> None:
    _logs.configure("info", "plain", stream)
    logging.getLogger(_logs.ACCESS).setLevel(logging.WARNING)
    try:
        _logs.access("POST", "command", "main", 200, 0.001, ["GET"])
    finally:
        logging.getLogger(_logs.ACCESS).setLevel(logging.NOTSET)
    assert stream.getvalue() == ""
