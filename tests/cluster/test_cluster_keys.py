"""Hash slots and key positions (gateway/_keys.py) against the server's own answers.

- `key_slot` against `CLUSTER KEYSLOT` for thousands of keys, hash tags and edge cases included.
- `KeyTable.keys` against `COMMAND GETKEYS` for every command and subcommand of the server whose
  sample arguments can be built from its own `COMMAND DOCS` (argument types, tokens, optional and
  repeated parts), in three variants each; and for RedisJSON's JSON.* commands on a redis-server
  with the module loaded.
"""

from __future__ import annotations

import random
import subprocess
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from _cluster import LocalCluster
from _servers import redis_server_path, rejson_path

from redisrest.gateway._keys import KeyTable, crc16, key_slot, pattern_slot


def _raw_many(port: int, commands: list[list[str]]) -> list[Any]:
    """Replies as RESP2 lists, pipelined (redis-py's own parsing of COMMAND replies left out);
    an error reply is a redis.ResponseError in its place."""
    conn = redis.connection.Connection(host="127.0.0.1", port=port, decode_responses=True)
    try:
        conn.send_packed_command(conn.pack_commands(commands))
        replies: list[Any] = []
        for _ in commands:
            try:
                replies.append(conn.read_response())
            except redis.ResponseError as exc:
                replies.append(exc)
        return replies
    finally:
        conn.disconnect()


def _raw(port: int, *args: str) -> Any:
    return _raw_many(port, [list(args)])[0]


@pytest.fixture(scope="module")
def node_port(local_cluster: LocalCluster) -> int:
    return local_cluster.masters()[0].port


@pytest.fixture(scope="module")
def table(node_port: int) -> KeyTable:
    return KeyTable(_raw(node_port, "COMMAND"))


# -- slots ------------------------------------------------------------------------------------


def test_crc16_matches_the_reference_check_value() -> None:
    # The XMODEM check value of the nine bytes "123456789", as the Redis Cluster spec gives it.
    assert crc16(b"123456789") == 0x31C3


def _sample_keys() -> list[str]:
    rng = random.Random(13)
    alphabet = "abcxyz019{}:_-é中 "
    keys = ["", "{", "}", "{}", "{}x", "x{}", "{a}", "{a}b", "b{a}", "{{a}}", "{a}{b}", "a{b}c{d}"]
    keys += ["foo{}{bar}", "{bar", "foo{bar}{zap}", "{user1000}.following", "ü", "中文{中}"]
    keys += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(3000)]
    return keys


def test_key_slot_matches_cluster_keyslot(local_cluster: LocalCluster) -> None:
    keys = _sample_keys()
    with local_cluster.masters()[0].client() as conn:
        pipe = conn.pipeline(transaction=False)
        for key in keys:
            pipe.execute_command("CLUSTER", "KEYSLOT", key)
        expected = pipe.execute()
    mine = [key_slot(key) for key in keys]
    wrong = [(k, m, e) for k, m, e in zip(keys, mine, expected, strict=True) if m != e]
    assert not wrong, wrong[:5]
    assert mine == [key_slot(key.encode()) for key in keys]  # str and bytes alike


def test_key_slot_of_binary_keys(local_cluster: LocalCluster) -> None:
    rng = random.Random(7)
    keys = [bytes(rng.randrange(256) for _ in range(rng.randint(0, 16))) for _ in range(500)]
    keys += [b"{\xff\xfe}x", b"\x00{\x00}"]
    node = local_cluster.masters()[0]
    with redis.Redis(host="127.0.0.1", port=node.port) as conn:
        pipe = conn.pipeline(transaction=False)
        for key in keys:
            pipe.execute_command("CLUSTER", "KEYSLOT", key)
        expected = pipe.execute()
    assert [key_slot(key) for key in keys] == expected


@pytest.mark.parametrize(
    ("pattern", "tag"),
    [
        ("{user:1}:*", "user:1"),
        ("{user:1}", "user:1"),
        ("a{b}c*", "b"),
        ("{a}{b}*", "a"),
        ("*{a}", None),  # '*' may hold a '{' of its own
        ("{a*}", None),
        ("?{a}", None),
        ("[ab]{a}", None),
        ("{}*", None),  # an empty tag: the whole key is hashed
        ("plain*", None),
        ("\\{a}", None),
        ("{a", None),
    ],
)
def test_pattern_slot(pattern: str, tag: str | None) -> None:
    assert pattern_slot(pattern) == (None if tag is None else key_slot(tag))
    assert pattern_slot(pattern.encode()) == pattern_slot(pattern)


# -- key positions from COMMAND DOCS samples ------------------------------------------------------


def _pairs(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return dict(value)  # pyright: ignore[reportUnknownArgumentType]
    return {str(value[i]): value[i + 1] for i in range(0, len(value) - 1, 2)}


class _Sampler:
    """Builds argument lists from a command's documented arguments."""

    def __init__(self, variant: str) -> None:
        self.variant = variant  # "min": required only; "max"/"last": every optional part
        self.keys = 0

    def key(self) -> str:
        self.keys += 1
        return f"key{self.keys}"

    def args(self, docs: list[Any]) -> list[str]:
        out: list[str] = []
        for raw in docs:
            arg = _pairs(raw)
            flags = set(arg.get("flags") or ())
            if "optional" in flags and self.variant == "min":
                continue
            times = 2 if "multiple" in flags else 1
            for n in range(times):
                if arg.get("token") and (n == 0 or "multiple_token" in flags):
                    out.append(str(arg["token"]))
                out += self.value(arg)
        return out

    def value(self, arg: dict[str, Any]) -> list[str]:
        kind = arg.get("type")
        if kind == "key":
            return [self.key()]
        if kind == "pure-token":
            return []
        if kind == "oneof":
            choices = list(arg.get("arguments") or ())
            pick = choices[-1] if self.variant == "last" else choices[0]
            return self.args([_required(pick)])
        if kind == "block":
            return self.args(list(arg.get("arguments") or ()))
        if kind == "integer":
            return ["2"]
        if kind == "double":
            return ["1.5"]
        if kind == "unix-time":
            return ["100"]
        if kind == "pattern":
            return ["*"]
        return ["s"]


def _required(raw: Any) -> dict[str, Any]:
    arg = _pairs(raw)
    arg["flags"] = [flag for flag in arg.get("flags") or () if flag != "optional"]
    return arg


def _samples(docs_reply: Any) -> Iterator[list[str]]:
    docs = _pairs(docs_reply)
    for name, raw_doc in docs.items():
        doc = _pairs(raw_doc)
        subs = doc.get("subcommands")
        entries: list[tuple[list[str], dict[str, Any]]] = []
        if subs:
            for sub_name, sub_doc in _pairs(subs).items():
                entries.append((str(sub_name).split("|"), _pairs(sub_doc)))
        else:
            entries.append(([str(name)], doc))
        for prefix, entry in entries:
            for variant in ("min", "max", "last"):
                yield prefix + _Sampler(variant).args(list(entry.get("arguments") or ()))


def _compare(port: int, table: KeyTable, samples: list[list[str]]) -> tuple[int, int, list[str]]:
    """(samples with keys checked, keyless checked, mismatches) for `samples` against GETKEYS."""
    answers = _raw_many(port, [["COMMAND", "GETKEYS", *argv] for argv in samples])
    with_keys = keyless = 0
    wrong: list[str] = []
    for argv, answer in zip(samples, answers, strict=True):
        found = table.keys(argv, routing=False)
        mine = [argv[i] for i in found.positions]
        if isinstance(answer, Exception):
            if "no key arguments" not in str(answer):
                continue  # arguments the server does not accept: nothing to compare
            expected: list[str] = []
        else:
            expected = list(answer)
        if expected:
            with_keys += 1
        else:
            keyless += 1
        # Where the server flags a spec incomplete, it finds the keys by other means, and so
        # does the gateway (COMMAND GETKEYS): the specs only have to say so.
        ok = mine == expected if found.complete else bool(expected) or not mine
        # Routing's fast path (a key at a fixed position) names one of the server's keys.
        fast = table.route_key(argv)
        ok = ok and not (fast and expected and argv[fast] not in expected)
        if not ok:
            wrong.append(f"{' '.join(argv)}: mine {mine} (complete={found.complete}), {expected}")
    return with_keys, keyless, wrong


def test_keys_match_command_getkeys_for_every_documented_command(
    node_port: int, table: KeyTable
) -> None:
    samples = list(_samples(_raw(node_port, "COMMAND", "DOCS")))
    with_keys, keyless, wrong = _compare(node_port, table, samples)
    assert not wrong, "\n".join(wrong)
    commands = {" ".join(argv[:2]).lower() for argv in samples}
    # Redis 7.0 documents about 240 commands and subcommands; most take keys.
    assert len(commands) > 200
    assert with_keys > 300 and keyless > 100, (with_keys, keyless)


@pytest.mark.parametrize(
    "argv",
    [
        ["MSET", "a", "1", "b", "2", "c", "3"],
        ["XREAD", "COUNT", "1", "STREAMS", "s1", "s2", "s3", "0", "0", "0"],
        ["XREADGROUP", "GROUP", "g", "c", "STREAMS", "s1", "s2", ">", ">"],
        ["ZUNIONSTORE", "d", "3", "a", "b", "c", "WEIGHTS", "1", "2", "3"],
        ["EVAL", "return 1", "0", "arg"],
        ["EVALSHA", "abc", "2", "k1", "k2", "a1"],
        ["FCALL", "f", "1", "k", "a"],
        ["LMPOP", "3", "a", "b", "c", "LEFT"],
        ["SORT", "k", "BY", "w_*", "GET", "#", "STORE", "dst"],
        ["SORT_RO", "k", "BY", "w_*"],
        ["MIGRATE", "h", "1", "", "0", "10", "COPY", "KEYS", "a", "b"],
        ["MIGRATE", "h", "1", "k", "0", "10"],
        ["GEORADIUS", "k", "1", "2", "3", "m", "STORE", "d"],
        ["GEORADIUS", "k", "1", "2", "3", "m", "STOREDIST", "d"],
        ["OBJECT", "ENCODING", "k"],
        ["XINFO", "STREAM", "s"],
        ["BITFIELD_RO", "k", "GET", "u8", "0"],
        ["SINTERCARD", "2", "a", "b", "LIMIT", "1"],
    ],
)
def test_keys_of_movable_and_variadic_commands(
    node_port: int, table: KeyTable, argv: list[str]
) -> None:
    _, _, wrong = _compare(node_port, table, [argv])
    assert not wrong


def test_incomplete_specs_say_so(table: KeyTable) -> None:
    # SORT's STORE and MIGRATE's KEYS are 'unknown' / 'incomplete' in the server's own specs.
    assert not table.keys(["SORT", "k", "STORE", "d"]).complete
    assert not table.keys(["MIGRATE", "h", "1", "", "0", "10", "KEYS", "a"]).complete
    assert table.keys(["GET", "k"]).complete
    assert table.keys(["DBSIZE"]).positions == ()


def test_routing_includes_shard_channels(table: KeyTable) -> None:
    # SPUBLISH's channel is not a key (GETKEYS says none) but is hashed to a slot like one.
    assert table.keys(["SPUBLISH", "ch", "m"]).positions == (1,)
    assert table.keys(["SPUBLISH", "ch", "m"], routing=False).positions == ()


def test_command_tips_are_kept(table: KeyTable) -> None:
    dbsize = table.info(["DBSIZE"])
    assert dbsize is not None
    assert (dbsize.request_policy, dbsize.response_policy) == ("all_shards", "agg_sum")
    exists = table.info(["SCRIPT", "EXISTS", "x"])
    assert exists is not None and exists.response_policy == "agg_logical_and"
    get = table.info(["get", "k"])
    assert get is not None and get.request_policy is None


def test_legacy_command_reply_before_redis_7() -> None:
    # Redis 6 entries: name, arity, flags, first key, last key, step (no key specs).
    old = KeyTable(
        [
            ["get", 2, ["readonly"], 1, 1, 1],
            ["mset", -3, ["write"], 1, -1, 2],
            ["eval", -3, ["noscript", "movablekeys"], 0, 0, 0],
        ]
    )
    assert old.keys(["GET", "k"]).positions == (1,)
    assert old.keys(["MSET", "a", "1", "b", "2"]).positions == (1, 3)
    assert old.keys(["EVAL", "s", "1", "k"]) == old.keys(["EVAL", "s", "0"])


# -- RedisJSON --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def json_port() -> Iterator[int]:
    """A plain redis-server with RedisJSON loaded (COMMAND GETKEYS needs no cluster)."""
    with tempfile.TemporaryDirectory(prefix="redisrest-json-") as folder:
        sock = f"{folder}/redis.sock"
        process = subprocess.Popen(
            [
                *(redis_server_path(), "--port", "0", "--unixsocket", sock, "--save", ""),
                *("--loadmodule", rejson_path(), "--dir", folder),
            ],
            stdout=subprocess.DEVNULL,
        )
        try:
            conn = redis.Redis(unix_socket_path=sock)
            for _ in range(200):
                try:
                    conn.ping()
                    break
                except redis.ConnectionError:
                    subprocess.run(["sleep", "0.02"], check=True)
            port = _tcp_port(sock)
            yield port
        finally:
            process.terminate()
            process.wait()


def _tcp_port(sock: str) -> int:
    """Give the socket-only server a loopback port (CONFIG SET port), for the comparison."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    with redis.Redis(unix_socket_path=sock) as conn:
        conn.config_set("bind", "127.0.0.1")
        conn.config_set("port", port)
    return port


def test_json_module_keys_match_command_getkeys(json_port: int) -> None:
    table = KeyTable(_raw(json_port, "COMMAND"))
    json_commands = [name for name in table.commands if name.startswith("json.")]
    assert len(json_commands) > 15
    samples = [
        ["JSON.SET", "k", "$", "1"],
        ["JSON.GET", "k", "$.a", "$.b"],
        ["JSON.DEL", "k", "$"],
        ["JSON.MGET", "a", "b", "$"],
        ["JSON.ARRAPPEND", "k", "$", "1", "2"],
        ["JSON.NUMINCRBY", "k", "$", "1"],
        ["JSON.TYPE", "k"],
        ["JSON.STRLEN", "k", "$"],
        ["JSON.OBJKEYS", "k"],
        ["JSON.CLEAR", "k"],
        ["JSON.TOGGLE", "k", "$"],
        ["JSON.RESP", "k"],
        ["JSON.FORGET", "k"],
    ]
    _, _, wrong = _compare(json_port, table, [s for s in samples if s[0].lower() in table.commands])
    assert not wrong, "\n".join(wrong)
    # Every JSON command names its first argument as its key (the spec the module declares).
    for name in json_commands:
        if name not in ("json.debug",):
            assert table.keys([name, "k", "$", "1"]).positions[:1] == (1,), name
