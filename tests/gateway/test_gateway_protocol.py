"""Every request form, reply shape and header of PROTOCOL.md, through real HTTP."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable
from typing import Any

import httpx
from _gateway_direct import Direct

from redisrest.gateway import GatewayProcess

B64 = {"Upstash-Encoding": "base64"}
RESP2 = {"Upstash-Response-Format": "resp2"}


def b64(text: str | bytes) -> str:
    raw = text.encode() if isinstance(text, str) else text
    return base64.b64encode(raw).decode()


def run(client: httpx.Client, *command: Any, headers: dict[str, str] | None = None) -> Any:
    response = client.post("/", json=list(command), headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["result"]


# requests


def test_json_command(client: httpx.Client, key: Callable[[str], str]) -> None:
    response = client.post("/", json=["SET", key("a"), "hello"])
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"result": "OK"}
    assert client.post("/", json=["GET", key("a")]).json() == {"result": "hello"}


def test_command_names_are_case_insensitive(
    client: httpx.Client, key: Callable[[str], str]
) -> None:
    assert run(client, "set", key("a"), "1") == "OK"
    assert run(client, "GeT", key("a")) == "1"
    assert run(client, "incrBY", key("a"), 2) == 3


def test_path_form_get_post_put_head(client: httpx.Client, key: Callable[[str], str]) -> None:
    k = key("p")
    assert client.get(f"/set/{k}/v1").json() == {"result": "OK"}
    assert client.post(f"/get/{k}").json() == {"result": "v1"}
    assert client.put(f"/append/{k}/x").json() == {"result": 3}
    head = client.head(f"/get/{k}")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == str(len(b'{"result":"v1x"}'))


def test_path_form_body_is_last_argument_then_query_pairs(
    client: httpx.Client, direct: Direct, key: Callable[[str], str]
) -> None:
    k = key("body")
    response = client.post(f"/set/{k}", content=b"from the body", params={"EX": "100"})
    assert response.json() == {"result": "OK"}
    assert direct("GET", k) == b"from the body"
    assert 0 < direct("TTL", k) <= 100
    # a valueless query key is one argument; `+` is a space in a query
    assert client.post(f"/set/{k}/v2?NX").json() == {"result": None}
    assert client.post(f"/set/{k}/v3?XX&GET").json() == {"result": "from the body"}
    assert client.get("/echo?a+b%2B").json() == {"result": "a b+"}
    assert client.get(f"/get/{k}").json() == {"result": "v3"}


def test_path_form_trailing_slash_and_percent_decoding(
    client: httpx.Client, key: Callable[[str], str]
) -> None:
    k = key("sp ace/slash")
    quoted = k.replace(" ", "%20").replace("/", "%2F")
    assert client.get(f"/set/{quoted}/a%2Fb%20c/").json() == {"result": "OK"}
    assert run(client, "GET", k) == "a/b c"


def test_binary_keys_and_values_through_path_form(
    client: httpx.Client, direct: Direct, key: Callable[[str], str]
) -> None:
    raw_key = key("bin").encode() + b"\x00\xff\xfe"
    raw_value = bytes(range(256))
    quoted_key = "".join(f"%{b:02X}" for b in raw_key)
    quoted_value = "".join(f"%{b:02X}" for b in raw_value)
    assert client.get(f"/set/{quoted_key}/{quoted_value}").json() == {"result": "OK"}
    assert direct("GET", raw_key) == raw_value
    got = client.get(f"/get/{quoted_key}", headers=B64).json()
    assert base64.b64decode(got["result"]) == raw_value
    # a raw binary body, read back through base64
    assert client.post(f"/set/{quoted_key}", content=b"\x00\x01\xff").json() == {"result": "OK"}
    got = client.get(f"/get/{quoted_key}", headers=B64).json()
    assert got == {"result": b64(b"\x00\x01\xff")}
    # without base64, invalid UTF-8 becomes U+FFFD
    assert client.get(f"/get/{quoted_key}").json() == {"result": "\x00\x01\ufffd"}


def test_pipeline_in_order_and_errors_do_not_stop_it(
    client: httpx.Client, key: Callable[[str], str]
) -> None:
    k = key("pl")
    response = client.post(
        "/pipeline",
        json=[["SET", k, "1"], ["INCR", k], ["LPUSH", k, "x"], ["NOSUCH"], ["GET", k]],
    )
    assert response.status_code == 200
    assert response.json() == [
        {"result": "OK"},
        {"result": 2},
        {"error": "WRONGTYPE Operation against a key holding the wrong kind of value"},
        {"error": "ERR unknown command 'NOSUCH'"},
        {"result": "2"},
    ]


def test_multi_exec(client: httpx.Client, key: Callable[[str], str]) -> None:
    k = key("tx")
    response = client.post("/multi-exec", json=[["SET", k, "a"], ["INCR", k], ["GET", k]])
    assert response.status_code == 200
    assert response.json() == [
        {"result": "OK"},
        {"error": "ERR value is not an integer or out of range"},
        {"result": "a"},
    ]


def test_multi_exec_discarded_as_a_whole(
    client: httpx.Client, direct: Direct, key: Callable[[str], str]
) -> None:
    k = key("tx")
    response = client.post("/multi-exec", json=[["SET", k, "a"], ["SET", k]])
    assert response.status_code == 400
    body = response.json()
    assert list(body) == ["error"]
    assert body["error"].startswith("EXECABORT")
    assert "wrong number of arguments" in body["error"]
    assert direct("EXISTS", k) == 0
    blocked = client.post("/multi-exec", json=[["SET", k, "a"], ["BLPOP", k, 0]])
    assert blocked.status_code == 400
    assert "BLPOP" in blocked.json()["error"]
    assert direct("EXISTS", k) == 0


async def test_concurrent_transactions_do_not_interleave(
    gateway: GatewayProcess, key: Callable[[str], str]
) -> None:
    k = key("counter")
    headers = {"Authorization": f"Bearer {gateway.token}"}
    async with httpx.AsyncClient(base_url=gateway.url, headers=headers, timeout=10) as ac:

        async def one() -> list[Any]:
            response = await ac.post("/multi-exec", json=[["INCR", k], ["INCR", k]])
            assert response.status_code == 200
            return [item["result"] for item in response.json()]

        results = await asyncio.gather(*(one() for _ in range(20)))
    for first, second in results:
        assert second == first + 1
    assert sorted(v for pair in results for v in pair) == list(range(1, 41))


def test_publish(client: httpx.Client) -> None:
    assert client.post("/publish/gw-nobody-listens/hello").json() == {"result": 0}


# arguments of each JSON type


def test_argument_types(client: httpx.Client, key: Callable[[str], str]) -> None:
    k = key("args")
    cases: list[tuple[Any, str]] = [
        ("text", "text"),
        ("", ""),
        ("héllo ☃", "héllo ☃"),
        (100, "100"),
        (-7, "-7"),
        (1.5, "1.5"),
        (100.0, "100"),
        (1e3, "1000"),
        (0.1, "0.1"),
        (2**80, str(2**80)),
        (-(2**70), str(-(2**70))),
        (True, "true"),
        (False, "false"),
    ]
    for value, stored in cases:
        assert run(client, "SET", k, value) == "OK"
        assert run(client, "GET", k) == stored, value
    assert run(client, "EXPIRE", k, 100) == 1
    assert run(client, "INCRBYFLOAT", key("f"), 1.5) == "1.5"


# reply shapes


def test_reply_shapes(client: httpx.Client, key: Callable[[str], str]) -> None:
    h, z, s, f = key("h"), key("z"), key("s"), key("f")
    assert run(client, "PING") == "PONG"
    assert run(client, "TYPE", key("none")) == "none"
    assert run(client, "GET", key("none")) is None
    assert run(client, "HSET", h, "a", "1", "b", "2") == 2
    assert run(client, "HGETALL", h) == ["a", "1", "b", "2"]
    assert run(client, "ZADD", z, 1.5, "m", 2, "n") == 2
    assert run(client, "ZRANGE", z, 0, -1, "WITHSCORES") == ["m", "1.5", "n", "2"]
    assert run(client, "ZSCORE", z, "m") == "1.5"
    assert run(client, "INCRBYFLOAT", f, 2.5) == "2.5"
    assert run(client, "XADD", s, "1-1", "f", "v") == "1-1"
    assert run(client, "XRANGE", s, "-", "+") == [["1-1", ["f", "v"]]]
    assert run(client, "GEOADD", key("g"), 13.361389, 38.115556, "p") == 1
    pos = run(client, "GEOPOS", key("g"), "p", "nope")
    assert len(pos) == 2 and len(pos[0]) == 2 and pos[1] is None
    assert isinstance(run(client, "DBSIZE"), int)


def test_error_reply_is_400(client: httpx.Client, key: Callable[[str], str]) -> None:
    run(client, "SET", key("s"), "x")
    response = client.post("/", json=["INCR", key("s")])
    assert response.status_code == 400
    assert response.json() == {"error": "ERR value is not an integer or out of range"}
    arity = client.post("/", json=["GET"])
    assert arity.status_code == 400
    assert arity.json() == {"error": "ERR wrong number of arguments for 'get' command"}


# Upstash-Encoding: base64


def test_base64_ok_depth_rule(client: httpx.Client, key: Callable[[str], str]) -> None:
    k = key("ok")
    assert client.post("/", json=["SET", k, "OK"], headers=B64).json() == {"result": "OK"}
    # depth 0: the literal OK is never encoded (status reply or a stored value alike)
    assert client.post("/", json=["GET", k], headers=B64).json() == {"result": "OK"}
    # depth 1: every string is encoded, a stored "OK" included
    mget = client.post("/", json=["MGET", k, k, key("none")], headers=B64).json()
    assert mget == {"result": [b64("OK"), b64("OK"), None]}
    # depths 1, 2, 3, 4 through a script
    script = "return {'OK', 'x', {'OK', 'y', {'OK', {'OK'}}}}"
    nested = client.post("/", json=["EVAL", script, 0], headers=B64).json()["result"]
    assert nested == [b64("OK"), b64("x"), ["OK", b64("y"), [b64("OK"), ["OK"]]]]
    # integers stay numbers, errors are never encoded
    assert client.post("/", json=["STRLEN", k], headers=B64).json() == {"result": 2}
    error = client.post("/", json=["INCR", k], headers=B64)
    assert error.json() == {"error": "ERR value is not an integer or out of range"}


def test_base64_scan_key_named_ok_at_depth_2(client: httpx.Client, direct: Direct) -> None:
    direct("SET", "OK", "v")
    try:
        result = client.post(
            "/", json=["SCAN", 0, "MATCH", "OK", "COUNT", 100000], headers=B64
        ).json()["result"]
    finally:
        direct("DEL", "OK")
    assert result == [b64("0"), ["OK"]]


def test_base64_pipeline_items_are_each_depth_0(
    client: httpx.Client, key: Callable[[str], str]
) -> None:
    k = key("ok")
    response = client.post(
        "/pipeline", json=[["SET", k, "OK"], ["GET", k], ["MGET", k], ["ECHO", "hi"]], headers=B64
    )
    assert response.json() == [
        {"result": "OK"},
        {"result": "OK"},
        {"result": [b64("OK")]},
        {"result": b64("hi")},
    ]


# Upstash-Response-Format: resp2


def test_resp2_format(client: httpx.Client, key: Callable[[str], str]) -> None:
    k = key("r")
    ok = client.post("/", json=["SET", k, "v"], headers=RESP2)
    assert ok.status_code == 200
    assert ok.headers["content-type"] == "application/octet-stream"
    assert ok.content == b"+OK\r\n"
    assert client.post("/", json=["GET", k], headers=RESP2).content == b"$1\r\nv\r\n"
    assert client.get(f"/get/{key('none')}", headers=RESP2).content == b"$-1\r\n"
    assert client.post("/", json=["STRLEN", k], headers=RESP2).content == b":1\r\n"
    hashed = client.post("/", json=["HSET", key("h"), "f", "é"], headers=RESP2)
    assert hashed.content == b":1\r\n"
    hgetall = client.post("/", json=["HGETALL", key("h")], headers=RESP2)
    assert hgetall.content == "*2\r\n$1\r\nf\r\n$2\r\né\r\n".encode()
    error = client.post("/", json=["INCR", k], headers=RESP2)
    assert error.status_code == 400
    assert error.content == b"-ERR value is not an integer or out of range\r\n"
    refused = client.post("/", json=["BLPOP", k, 0], headers=RESP2)
    assert refused.status_code == 400
    assert refused.content.startswith(b"-ERR BLPOP is not available over REST")
    pipeline = client.post("/pipeline", json=[["GET", k], ["NOSUCH"], ["PING"]], headers=RESP2)
    assert pipeline.status_code == 200
    assert pipeline.content == b"$1\r\nv\r\n-ERR unknown command 'NOSUCH'\r\n+PONG\r\n"
    explicit_json = client.post("/", json=["GET", k], headers={"Upstash-Response-Format": "json"})
    assert explicit_json.json() == {"result": "v"}


# Upstash-Sync-Token and telemetry headers


def test_sync_token_on_every_response_and_increasing(
    client: httpx.Client, anon: httpx.Client
) -> None:
    responses = [
        client.post("/", json=["PING"]),
        client.post("/", json=["NOSUCH"]),
        anon.post("/", json=["PING"]),
        client.request("DELETE", "/"),
        anon.get("/health"),
        client.post("/pipeline", json=[["PING"]]),
    ]
    tokens = [int(r.headers["upstash-sync-token"]) for r in responses]
    assert [r.status_code for r in responses] == [200, 400, 401, 405, 200, 200]
    assert tokens == sorted(tokens)
    assert len(set(tokens)) == len(tokens)
    # the client's own token is accepted (read-your-writes), as are telemetry headers
    echoed = client.post(
        "/",
        json=["PING"],
        headers={
            "Upstash-Sync-Token": str(tokens[-1]),
            "Upstash-Telemetry-Sdk": "py-upstash-redis@v1.8.0",
            "Upstash-Telemetry-Runtime": "python@v3.11",
            "Upstash-Telemetry-Platform": "unknown",
        },
    )
    assert echoed.json() == {"result": "PONG"}
    assert int(echoed.headers["upstash-sync-token"]) > tokens[-1]


# content types


def test_content_types(client: httpx.Client) -> None:
    accepted = [
        None,
        "application/json",
        "application/json; charset=utf-8",
        "text/plain",
        "application/x-www-form-urlencoded",
    ]
    for content_type in accepted:
        headers = {} if content_type is None else {"Content-Type": content_type}
        response = client.post("/", content=b'["PING"]', headers=headers)
        assert response.json() == {"result": "PONG"}, content_type


# health


def test_health_needs_no_token(anon: httpx.Client) -> None:
    response = anon.get("/health")
    assert response.status_code == 200
    assert response.json() == {"result": "OK"}
    assert anon.head("/health").status_code == 200


# the tuned gateway: --allow-dangerous, --max-pipeline, --max-body-bytes


def test_allow_dangerous(tuned_client: httpx.Client, client: httpx.Client) -> None:
    assert tuned_client.post("/", json=["CONFIG", "RESETSTAT"]).json() == {"result": "OK"}
    # DEBUG reaches redis-server, which has its own opinion (enable-debug-command)
    debug = tuned_client.post("/", json=["DEBUG", "SLEEP", 0]).json()
    assert "not available over REST" not in str(debug)
    refused = client.post("/", json=["CONFIG", "RESETSTAT"])
    assert refused.status_code == 400
    assert refused.json() == {
        "error": "ERR CONFIG RESETSTAT is not available over REST: dangerous command "
        "(start the gateway with --allow-dangerous)"
    }


def test_max_pipeline(tuned_client: httpx.Client) -> None:
    five = tuned_client.post("/pipeline", json=[["PING"]] * 5)
    assert five.json() == [{"result": "PONG"}] * 5
    six = tuned_client.post("/pipeline", json=[["PING"]] * 6)
    assert six.status_code == 400
    assert six.json() == {"error": "ERR pipeline too long: 6 commands, the limit is 5"}
    tx = tuned_client.post("/multi-exec", json=[["PING"]] * 6)
    assert tx.status_code == 400


def test_body_size_cap(tuned_client: httpx.Client, client: httpx.Client) -> None:
    exact = {"error": "ERR max request size exceeded"}
    big = ["SET", "k", "x" * 3000]
    declared = tuned_client.post("/", json=big)
    assert (declared.status_code, declared.json()) == (400, exact)

    def chunks() -> Any:
        for _ in range(4):
            yield b"x" * 1000

    streamed = tuned_client.post("/set/k", content=chunks())
    assert (streamed.status_code, streamed.json()) == (400, exact)
    # the default cap is 1 MiB
    too_big = client.post("/set/gw-big", content=b"x" * (1024 * 1024 + 1))
    assert (too_big.status_code, too_big.json()) == (400, exact)
    fits = client.post("/set/gw-big", content=b"x" * (1024 * 1024 - 100))
    assert fits.json() == {"result": "OK"}
    assert client.post("/", json=["DEL", "gw-big"]).json() == {"result": 1}
    # the connection is still usable after a refused body
    assert tuned_client.post("/", json=["PING"]).json() == {"result": "PONG"}
