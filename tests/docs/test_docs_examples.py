"""Every program of examples/ runs against a gateway and does what its docstring says.

Each example is loaded from its file (they are scripts, not a package) with the gateway in
UPSTASH_REDIS_REST_URL / _TOKEN, on an empty database. (`mypy --strict` on them is in
test_docs_typecheck.py.)
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from types import ModuleType

import httpx
import pytest
from _docblocks import ROOT
from _docenv import flush
from _gateway import Gateway

from redisrest import Redis

EXAMPLES = ROOT / "examples"


def load(name: str) -> ModuleType:
    """Import examples/<name>.py afresh (module-level code runs again)."""
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and pydantic look the module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def env(docs_env: Gateway) -> Gateway:
    flush(docs_env)
    return docs_env


@pytest.fixture
def r(env: Gateway) -> Iterator[Redis[str]]:
    with Redis(env.url, env.token) as client:
        yield client


def test_every_example_is_tested() -> None:
    tested = {"leaderboard", "job_queue", "chat", "lambda_handler", "fastapi_app"}
    assert {path.stem for path in EXAMPLES.glob("*.py")} == tested


# -- leaderboard ---------------------------------------------------------------------------


def test_leaderboard_main(env: Gateway, capsys: pytest.CaptureFixture[str]) -> None:
    load("leaderboard").main()
    assert capsys.readouterr().out.splitlines() == [
        "top 3:",
        "  #1 ada   145",
        "  #2 cy    130",
        "  #3 bob   95",
        "bob: Standing(rank=3, player='bob', score=95.0)",
        "around bob: ['cy', 'bob', 'dee']",
    ]


def test_leaderboard_functions(r: Redis[str]) -> None:
    board = load("leaderboard")
    assert board.standing(r, "nobody") is None and board.around(r, "nobody") == []
    assert board.record(r, "ada", 10) == 10.0
    assert board.record(r, "ada", 2.5) == 12.5
    board.record(r, "bob", 20)
    assert board.top(r, 5) == [board.Standing(1, "bob", 20.0), board.Standing(2, "ada", 12.5)]
    assert board.standing(r, "ada") == board.Standing(2, "ada", 12.5)
    assert [row.player for row in board.around(r, "bob", spread=3)] == ["bob", "ada"]


# -- job queue -----------------------------------------------------------------------------


def test_job_queue_main(env: Gateway, capsys: pytest.CaptureFixture[str]) -> None:
    load("job_queue").main()
    assert capsys.readouterr().out.splitlines() == [
        "worker-1 sent 3: ['user0@example.com', 'user1@example.com', 'user2@example.com']",
        "pending after the crash: 2",
        "worker-1 recovered 2; pending now: 0",
    ]


def test_job_queue_functions(r: Redis[str]) -> None:
    queue = load("job_queue")
    queue.setup(r)
    queue.setup(r)  # the group exists: BUSYGROUP is expected and ignored
    ids = [queue.enqueue(r, {"n": str(n)}) for n in range(3)]
    seen: list[str] = []
    assert queue.work(r, "w1", lambda job: seen.append(job["n"]), batch=2) == 2
    assert queue.work(r, "w2", lambda job: seen.append(job["n"])) == 1
    assert queue.work(r, "w2", lambda job: seen.append(job["n"])) == 0  # nothing new
    assert seen == ["0", "1", "2"] and queue.pending(r) == 0
    r.xreadgroup(queue.GROUP, "w3", {queue.STREAM: "0"})  # w3 has nothing pending
    assert queue.recover(r, "w1", seen.append, idle_ms=0) == 0
    assert r.xlen(queue.STREAM) == len(ids)


# -- chat ----------------------------------------------------------------------------------


async def test_chat_main(env: Gateway, capsys: pytest.CaptureFixture[str]) -> None:
    await load("chat").main()
    assert capsys.readouterr().out.splitlines() == [
        "live: [('bob', 'hi ada'), ('ada', 'bye')]",
        "history: [('ada', 'anyone here?'), ('bob', 'hi ada'), ('ada', 'bye')]",
    ]


async def test_chat_history_is_bounded(env: Gateway) -> None:
    from redisrest import AsyncRedis

    chat = load("chat")
    async with AsyncRedis(env.url, env.token) as ar:
        for n in range(chat.HISTORY + 5):
            assert await chat.say(ar, "busy", "bot", str(n)) == 0  # nobody listens
        kept = await chat.history(ar, "busy")
    assert len(kept) == chat.HISTORY and kept[-1] == ("bot", str(chat.HISTORY + 4))


# -- lambda handler ------------------------------------------------------------------------


def test_lambda_handler(env: Gateway, capsys: pytest.CaptureFixture[str]) -> None:
    handler = load("lambda_handler")  # builds its client from the environment, at import
    handler.main()
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line.split(" ", 1)[1])["views"] for line in lines] == [1, 1, 2, 1, 3]
    # ties in the sorted set are ordered by member, reversed like the scores
    assert json.loads(lines[-1].split(" ", 1)[1])["top"] == ["/", "/pricing", "/docs"]
    bad = handler.handler({"body": "{}"}, None)
    assert bad["statusCode"] == 400 and json.loads(bad["body"]) == {"error": "no path"}
    handler.redis.close()


def test_lambda_handler_reports_a_failure_without_secrets(
    env: Gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UPSTASH_REDIS_REST_TOKEN", "not-the-token")
    handler = load("lambda_handler")
    response = handler.handler({"path": "/"}, None)
    assert response["statusCode"] == 503
    assert "HTTP 401" in response["body"] and "not-the-token" not in response["body"]
    handler.redis.close()


# -- FastAPI app ---------------------------------------------------------------------------


async def test_fastapi_cache_and_rate_limit(env: Gateway) -> None:
    service = load("fastapi_app")
    app = service.app
    async with (
        service.lifespan(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http,
    ):
        first = await http.get("/reports/eu")
        assert first.status_code == 200
        assert first.json() == {"cached": False, "report": {"region": "eu", "active_users": 84}}
        second = await http.get("/reports/eu")
        assert second.json()["cached"] is True
        assert second.headers["x-ratelimit-remaining"] == str(service.RATE_LIMIT - 2)
        assert (await http.delete("/reports/eu")).json() == {"deleted": 1}
        for _ in range(service.RATE_LIMIT - 2):
            assert (await http.get("/reports/us")).status_code == 200
        refused = await http.get("/reports/eu")
        assert refused.status_code == 429
        assert 1 <= int(refused.headers["retry-after"]) <= service.RATE_WINDOW
    with Redis(env.url, env.token) as r:  # the transaction left the counter with its expiry
        counters = list(r.scan_iter(match="ratelimit:*"))
        assert len(counters) == 1
        assert r.get(counters[0]) == str(service.RATE_LIMIT + 1)
        assert 0 < r.ttl(counters[0]) <= service.RATE_WINDOW
