"""Tokens: 401s, the read-only token's refusals, and the opt-in query token."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from _gateway_direct import Direct

from redisrest.gateway import GatewayProcess

UNAUTHORIZED = {"error": "WRONGPASS invalid or missing auth token"}
READONLY = {"error": "NOPERM this token is read-only"}


def test_missing_or_wrong_token_is_401(gateway: GatewayProcess, anon: httpx.Client) -> None:
    attempts = [
        anon.post("/", json=["PING"]),
        anon.get("/get/k"),
        anon.post("/pipeline", json=[["PING"]]),
        anon.post("/multi-exec", json=[["PING"]]),
        anon.post("/subscribe/ch"),
        anon.post("/", json=["PING"], headers={"Authorization": "Bearer wrong"}),
        anon.post("/", json=["PING"], headers={"Authorization": "Bearer " + gateway.token + "x"}),
        anon.post("/", json=["PING"], headers={"Authorization": gateway.token}),
        anon.post("/", json=["PING"], headers={"Authorization": "Basic " + gateway.token}),
        anon.post("/", json=["PING"], headers={"Authorization": "Bearer"}),
        # the query token is off unless --allow-query-token
        anon.post("/", json=["PING"], params={"_token": gateway.token}),
    ]
    for response in attempts:
        assert (response.status_code, response.json()) == (401, UNAUTHORIZED)
        assert "upstash-sync-token" in response.headers


def test_bearer_scheme_is_case_insensitive(gateway: GatewayProcess, anon: httpx.Client) -> None:
    response = anon.post("/", json=["PING"], headers={"Authorization": "bearer " + gateway.token})
    assert response.json() == {"result": "PONG"}


def test_query_token_when_allowed(tuned: GatewayProcess) -> None:
    with httpx.Client(base_url=tuned.url, timeout=10) as anon:
        assert anon.get("/ping", params={"_token": tuned.token}).json() == {"result": "PONG"}
        # _token is not passed on as an argument of the path form
        echoed = anon.get("/echo/hi", params={"_token": tuned.token})
        assert echoed.json() == {"result": "hi"}
        wrong = anon.get("/ping", params={"_token": "nope"})
        assert (wrong.status_code, wrong.json()) == (401, UNAUTHORIZED)
        readonly = anon.get("/set/k/v", params={"_token": tuned.readonly_token})
        assert (readonly.status_code, readonly.json()) == (400, READONLY)


def test_readonly_token_reads(
    client: httpx.Client, ro_client: httpx.Client, key: Callable[[str], str]
) -> None:
    k = key("r")
    client.post("/", json=["SET", k, "v"])
    assert ro_client.post("/", json=["GET", k]).json() == {"result": "v"}
    assert ro_client.get(f"/strlen/{k}").json() == {"result": 1}
    assert ro_client.post("/", json=["EVAL_RO", "return 1", 0]).json() == {"result": 1}
    assert ro_client.post("/", json=["PING"]).json() == {"result": "PONG"}
    # SCRIPT LOAD only caches a script, so a read-only token can prepare EVALSHA_RO.
    sha = ro_client.post("/", json=["SCRIPT", "LOAD", "return 1"]).json()["result"]
    assert ro_client.post("/", json=["EVALSHA_RO", sha, 0]).json() == {"result": 1}
    assert ro_client.post("/pipeline", json=[["GET", k], ["EXISTS", k]]).json() == [
        {"result": "v"},
        {"result": 1},
    ]


def test_readonly_token_refuses_writes_scan_and_keys(
    ro_client: httpx.Client, direct: Direct, key: Callable[[str], str]
) -> None:
    k = key("w")
    refused = [
        ["SET", k, "v"],
        ["INCR", k],
        ["DEL", k],
        ["EXPIRE", k, 10],
        ["SCAN", 0],
        ["KEYS", "*"],
        ["EVAL", "return 1", 0],
        ["PUBLISH", "ch", "m"],
        ["FLUSHDB"],
        ["XGROUP", "CREATE", k, "g", "$", "MKSTREAM"],
        ["CONFIG", "GET", "maxmemory"],
    ]
    for command in refused:
        response = ro_client.post("/", json=command)
        assert (response.status_code, response.json()) == (400, READONLY), command
    assert direct("EXISTS", k) == 0
    path_form = ro_client.get(f"/set/{k}/v")
    assert (path_form.status_code, path_form.json()) == (400, READONLY)
    publish = ro_client.post("/publish/ch/m")
    assert (publish.status_code, publish.json()) == (400, READONLY)


def test_readonly_token_in_pipeline_and_transaction(
    client: httpx.Client, ro_client: httpx.Client, direct: Direct, key: Callable[[str], str]
) -> None:
    k = key("p")
    client.post("/", json=["SET", k, "1"])
    pipeline = ro_client.post("/pipeline", json=[["GET", k], ["INCR", k], ["GET", k]])
    assert pipeline.status_code == 200
    assert pipeline.json() == [{"result": "1"}, READONLY, {"result": "1"}]
    tx = ro_client.post("/multi-exec", json=[["GET", k], ["INCR", k]])
    assert (tx.status_code, tx.json()) == (400, READONLY)
    assert direct("GET", k) == b"1"
    monitor = ro_client.post("/monitor")
    assert (monitor.status_code, monitor.json()) == (400, READONLY)
