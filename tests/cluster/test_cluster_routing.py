"""The cluster backend (gateway/_cluster.py) on a real local cluster, called directly (asyncio).

Routing by slot, a pipeline split by node and put back in request order, Redis's own CROSSSLOT,
transactions refused across slots before anything runs, keyless commands spread over the masters
(SCAN, DBSIZE, KEYS, FLUSHDB, SCRIPT LOAD/EXISTS, RANDOMKEY), raw RESP2 replies, MOVED and ASK
provoked by migrating one slot by hand, and the one-line errors for unreachable nodes and a
wrong password. URL parsing needs no server.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable
from typing import Any

import hiredis
import pytest
from _cluster import LocalCluster, Node, key_in_slot_of

from redisrest.gateway._backend import Command, CrossSlot
from redisrest.gateway._cluster import (
    ClusterBackend,
    detect_cluster,
    is_cluster_url,
    parse_cluster_url,
    parse_shards,
    parse_slots,
)
from redisrest.gateway._keys import key_slot
from redisrest.gateway._metrics import Observer
from redisrest.gateway._redis import RedisAddress, RedisUnavailable, open_connection, pack


class Recorder(Observer):
    """Counts the backend's events."""

    def __init__(self) -> None:
        self.redirects: list[str] = []
        self.failovers = 0
        self.states: list[tuple[str, bool]] = []

    def redirect(self, database: str, kind: str) -> None:
        self.redirects.append(kind)

    def failover(self, database: str) -> None:
        self.failovers += 1

    def backend(self, database: str, node: str, up: bool) -> None:
        self.states.append((node, up))


def cmd(*argv: str | bytes) -> Command:
    return Command(argv, pack(argv))


def _seeds(cluster: LocalCluster) -> list[RedisAddress]:
    return parse_cluster_url("redis+cluster://" + ",".join(cluster.seeds[:2]))


@pytest.fixture
async def observed(local_cluster: LocalCluster) -> AsyncIterator[tuple[ClusterBackend, Recorder]]:
    recorder = Recorder()
    backend = ClusterBackend(
        _seeds(local_cluster),
        timeout=5.0,
        max_connections=8,
        observer=recorder,
        database="test",
    )
    try:
        yield backend, recorder
    finally:
        await backend.close()


@pytest.fixture
def backend(observed: tuple[ClusterBackend, Recorder]) -> ClusterBackend:
    return observed[0]


def _owner(cluster: LocalCluster, key: str) -> Node:
    return cluster.master_for_key(key)


def _owners(cluster: LocalCluster) -> dict[int, Node]:
    """Slot -> master, asked once (master_for_key asks the cluster each time)."""
    return {slot: node for node in cluster.masters() for slot in cluster.slots_of(node)}


# -- URLs ----------------------------------------------------------------------------------


def test_cluster_urls() -> None:
    assert is_cluster_url("redis+cluster://a:1,b:2")
    assert is_cluster_url("REDISS+CLUSTER://a:1")
    assert not is_cluster_url("redis://a:1")
    seeds = parse_cluster_url("rediss+cluster://u:p%40ss@h1:7000,[::1]:7001,h3?ssl_cert_reqs=none")
    assert [(s.host, s.port) for s in seeds] == [("h1", 7000), ("::1", 7001), ("h3", 6379)]
    assert all(s.tls and not s.verify_tls for s in seeds)
    assert {(s.username, s.password) for s in seeds} == {("u", "p@ss")}
    only_password = parse_cluster_url("redis+cluster://:pw@h:1")[0]
    assert (only_password.username, only_password.password, only_password.tls) == (
        None,
        "pw",
        False,
    )
    query = parse_cluster_url("redis+cluster://h:1?username=x&password=y")[0]
    assert (query.username, query.password) == ("x", "y")


@pytest.mark.parametrize(
    "url",
    [
        "redis+cluster://:hunter2@h:notaport",
        "redis+cluster://:hunter2@h:1,,h:2",
        "redis+cluster://:hunter2@h:1/3",
        "redis://:hunter2@h:1",
        "redis+cluster://:hunter2@h:70000",
    ],
)
def test_bad_cluster_urls_say_why_without_the_url(url: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_cluster_url(url)
    assert "hunter2" not in str(caught.value) and "h:" not in str(caught.value)


async def test_detect_cluster(local_cluster: LocalCluster) -> None:
    node = local_cluster.masters()[0]
    assert await detect_cluster(RedisAddress(port=node.port), 5.0)


async def test_cluster_slots_and_cluster_shards_give_one_map(local_cluster: LocalCluster) -> None:
    # CLUSTER SLOTS is the fallback for servers before 7.0: both replies read the same.
    node = local_cluster.masters()[0]
    conn = await open_connection(RedisAddress(port=node.port), timeout=5.0)
    try:
        shards, slots = await conn.request(
            pack(("CLUSTER", "SHARDS")) + pack(("CLUSTER", "SLOTS")), 2, decode=True
        )
    finally:
        conn.close()
    by_shards, by_slots = parse_shards(shards, "127.0.0.1", False), parse_slots(slots, "127.0.0.1")
    assert by_shards.owners == by_slots.owners
    assert "" not in by_shards.owners
    assert [s.master for s in by_shards.shards] == [s.master for s in by_slots.shards]
    # CLUSTER SLOTS leaves out replicas that have not replicated anything yet.
    for with_shards, with_slots in zip(by_shards.shards, by_slots.shards, strict=True):
        assert set(with_slots.replicas) <= set(with_shards.replicas)
    owners = _owners(local_cluster)
    assert all(by_shards.owners[slot] == owners[slot].addr for slot in range(0, 16384, 97))


# -- routing ---------------------------------------------------------------------------------


async def test_commands_go_to_the_master_of_their_slot(
    backend: ClusterBackend, local_cluster: LocalCluster, prefix: str
) -> None:
    keys = [f"{prefix}{i}" for i in range(30)]
    replies = await backend.execute(
        [cmd("SET", key, f"v{i}") for i, key in enumerate(keys)], decode=True
    )
    assert replies == ["OK"] * len(keys)
    owners = _owners(local_cluster)
    assert len({owners[key_slot(key)] for key in keys}) == 3  # 30 keys land on every master
    for i, key in enumerate(keys):
        # Each master holds its own keys (a plain connection follows no redirection).
        assert owners[key_slot(key)].call("GET", key) == f"v{i}"


async def test_a_pipeline_is_split_by_node_and_put_back_in_order(
    backend: ClusterBackend, prefix: str
) -> None:
    batch: list[Command] = []
    expected: list[Any] = []
    for i in range(300):
        key = f"{prefix}{i % 37}"
        if i < 37:
            batch.append(cmd("SET", key, str(i)))
            expected.append("OK")
        else:
            batch.append(cmd("INCR", key))
            expected.append(None)  # filled below
    counts = {f"{prefix}{n}": n for n in range(37)}
    for i in range(37, 300):
        key = f"{prefix}{i % 37}"
        counts[key] += 1
        expected[i] = counts[key]
    batch.append(cmd("MGET", f"{prefix}0", f"{prefix}1"))  # another slot each: CROSSSLOT
    replies = await backend.execute(batch, decode=True)
    assert replies[:-1] == expected
    assert isinstance(replies[-1], hiredis.ReplyError)
    assert str(replies[-1]).startswith("CROSSSLOT")


async def test_multi_key_commands_in_one_slot_run(backend: ClusterBackend, prefix: str) -> None:
    a, b = f"{{{prefix}}}a", f"{{{prefix}}}b"
    replies = await backend.execute(
        [cmd("MSET", a, "1", b, "2"), cmd("MGET", a, b), cmd("DEL", a, b)], decode=False
    )
    assert replies == [b"OK", [b"1", b"2"], 2]


async def test_scripts_route_by_their_declared_keys(backend: ClusterBackend, prefix: str) -> None:
    key = f"{prefix}script"
    replies = await backend.execute(
        [
            cmd("EVAL", "return redis.call('SET', KEYS[1], ARGV[1])", "1", key, "x"),
            cmd("GET", key),
            cmd("EVAL", "return ARGV[1]", "0", "no keys"),
        ],
        decode=True,
    )
    assert replies == ["OK", "x", "no keys"]


async def test_sort_store_is_routed_through_command_getkeys(
    backend: ClusterBackend, prefix: str
) -> None:
    src, dst = f"{{{prefix}}}list", f"{{{prefix}}}sorted"
    replies = await backend.execute(
        [
            cmd("RPUSH", src, "3", "1", "2"),
            cmd("SORT", src, "STORE", dst),
            cmd("LRANGE", dst, "0", "-1"),
        ],
        decode=True,
    )
    assert replies == [3, 3, ["1", "2", "3"]]


async def test_transactions(backend: ClusterBackend, prefix: str) -> None:
    a, b = f"{{{prefix}}}a", f"{{{prefix}}}b"
    replies = await backend.transaction(
        [cmd("SET", a, "1"), cmd("INCR", a), cmd("GET", b)], decode=True
    )
    assert replies == ["OK", "QUEUED", "QUEUED", "QUEUED", ["OK", 2, None]]
    with pytest.raises(CrossSlot, match="CROSSSLOT"):
        await backend.transaction(
            [cmd("SET", f"{prefix}x", "1"), cmd("SET", f"{prefix}y", "1")], decode=True
        )
    assert await backend.execute([cmd("EXISTS", f"{prefix}x")], decode=True) == [0]  # nothing ran
    # keyless: on one master
    assert await backend.transaction([cmd("PING")], decode=True) == ["OK", "QUEUED", ["PONG"]]


async def test_raw_replies(backend: ClusterBackend, prefix: str) -> None:
    key = f"{prefix}raw"
    replies = await backend.execute_raw(
        [cmd("SET", key, "v"), cmd("GET", key), cmd("GET", f"{prefix}none"), cmd("PING")]
    )
    assert replies == [b"+OK\r\n", b"$1\r\nv\r\n", b"$-1\r\n", b"+PONG\r\n"]


# -- keyless commands over every master ---------------------------------------------------------


async def _fill(backend: ClusterBackend, prefix: str, count: int) -> list[str]:
    keys = [f"{prefix}{i}" for i in range(count)]
    batch = [cmd("SET", key, "1") for key in keys]
    assert await backend.execute(batch, decode=True) == ["OK"] * count
    return keys


async def test_scan_sees_every_key_once(
    backend: ClusterBackend, local_cluster: LocalCluster, prefix: str
) -> None:
    keys = await _fill(backend, prefix, 2000)
    seen: list[str] = []
    cursor = "0"
    rounds = 0
    while True:
        ((cursor, found),) = await backend.execute(
            [cmd("SCAN", cursor, "MATCH", f"{prefix}*", "COUNT", "200")], decode=True
        )
        seen += found
        rounds += 1
        if cursor == "0":
            break
        assert rounds < 200
    assert len(seen) == len(set(seen)) == 2000
    assert set(seen) == set(keys)
    owners = _owners(local_cluster)
    assert len({owners[key_slot(key)] for key in keys}) == 3
    # A cursor that is not a number gets Redis's own error.
    (reply,) = await backend.execute([cmd("SCAN", "nope")], decode=True)
    assert isinstance(reply, hiredis.ReplyError)
    # Raw: the same walk, as RESP2.
    (raw,) = await backend.execute_raw([cmd("SCAN", "0", "MATCH", f"{prefix}1", "COUNT", "10000")])
    assert raw.startswith(b"*2\r\n$")


def _scan_calls(node: Node) -> int:
    stats = node.call("INFO", "commandstats")
    assert isinstance(stats, dict)
    return int(stats.get("cmdstat_scan", {}).get("calls", 0))


async def test_scan_and_keys_with_a_hash_tag_ask_one_master(
    backend: ClusterBackend, local_cluster: LocalCluster, prefix: str
) -> None:
    tag = f"{{{prefix}}}"
    keys = await _fill(backend, tag, 300)
    masters = local_cluster.masters()
    before = [_scan_calls(node) for node in masters]
    seen: list[str] = []
    cursor = "0"
    while True:
        ((cursor, found),) = await backend.execute(
            [cmd("SCAN", cursor, "MATCH", f"{tag}*", "COUNT", "40")], decode=True
        )
        seen += found
        if cursor == "0":
            break
    assert sorted(seen) == sorted(keys) and len(seen) == len(set(seen))
    asked = [_scan_calls(node) - calls for node, calls in zip(masters, before, strict=True)]
    owner = _owners(local_cluster)[key_slot(tag)]
    assert [n for n, node in zip(asked, masters, strict=True) if node != owner] == [0, 0]
    (found,) = await backend.execute([cmd("KEYS", f"{tag}*")], decode=True)
    assert sorted(found) == sorted(keys)


async def test_dbsize_keys_flushdb_randomkey(
    backend: ClusterBackend, local_cluster: LocalCluster, prefix: str
) -> None:
    keys = await _fill(backend, prefix, 60)
    (total,) = await backend.execute([cmd("DBSIZE")], decode=True)
    assert total == sum(int(str(node.call("DBSIZE"))) for node in local_cluster.masters())
    assert total >= 60
    (found,) = await backend.execute([cmd("KEYS", f"{prefix}*")], decode=True)
    assert sorted(found) == sorted(keys)
    (raw,) = await backend.execute_raw([cmd("DBSIZE")])
    assert raw == b":%d\r\n" % total
    (raw_keys,) = await backend.execute_raw([cmd("KEYS", f"{prefix}1*")])
    expected = sorted(key for key in keys if key.startswith(f"{prefix}1"))
    reader = hiredis.Reader(encoding="utf-8")
    reader.feed(raw_keys)
    assert sorted(reader.gets()) == expected
    # FLUSHDB runs on every master; later commands of the batch run after it.
    replies = await backend.execute(
        [cmd("FLUSHDB"), cmd("SET", f"{prefix}kept", "1"), cmd("DBSIZE")], decode=True
    )
    assert replies == ["OK", "OK", 1]
    assert all(
        node.call("DBSIZE") == (1 if node == _owner(local_cluster, f"{prefix}kept") else 0)
        for node in local_cluster.masters()
    )
    # RANDOMKEY finds the only key, on whichever master holds it.
    for _ in range(5):
        assert await backend.execute([cmd("RANDOMKEY")], decode=True) == [f"{prefix}kept"]
    assert await backend.execute_raw([cmd("FLUSHDB")]) == [b"+OK\r\n"]
    assert await backend.execute([cmd("RANDOMKEY")], decode=True) == [None]


async def test_script_load_and_exists_on_every_master(
    backend: ClusterBackend, local_cluster: LocalCluster
) -> None:
    body = "return 'cluster-routing-test'"
    (sha,) = await backend.execute([cmd("SCRIPT", "LOAD", body)], decode=True)
    for node in local_cluster.masters():
        assert node.call("SCRIPT", "EXISTS", sha) == [True]
    (exists,) = await backend.execute([cmd("SCRIPT", "EXISTS", sha, "0" * 40)], decode=True)
    assert exists == [1, 0]
    raw = await backend.execute_raw([cmd("SCRIPT", "EXISTS", sha), cmd("SCRIPT", "LOAD", body)])
    assert raw == [b"*1\r\n:1\r\n", b"$40\r\n" + sha.encode() + b"\r\n"]
    # Missing on one master: not there for the cluster.
    node = local_cluster.masters()[1]
    node.call("SCRIPT", "FLUSH")
    assert await backend.execute([cmd("SCRIPT", "EXISTS", sha)], decode=True) == [[0]]
    # EVALSHA with no keys (any master) after a fresh LOAD everywhere.
    await backend.execute([cmd("SCRIPT", "LOAD", body)], decode=True)
    for _ in range(3):
        assert await backend.execute([cmd("EVALSHA", sha, "0")], decode=True) == [
            "cluster-routing-test"
        ]
    assert await backend.execute([cmd("SCRIPT", "FLUSH")], decode=True) == ["OK"]
    assert await backend.execute([cmd("SCRIPT", "EXISTS", sha)], decode=True) == [[0]]


async def test_keyless_commands_answer_from_one_master(backend: ClusterBackend) -> None:
    replies = await backend.execute(
        [
            cmd("PING"),
            cmd("ECHO", "hi"),
            cmd("TIME"),
            cmd("PUBLISH", "chan", "m"),
            cmd("INFO", "server"),
        ],
        decode=True,
    )
    assert replies[:2] == ["PONG", "hi"]
    assert len(replies[2]) == 2 and replies[3] == 0
    assert "redis_version" in replies[4]
    assert await backend.ping() == "PONG"
    table = await backend.command_table()
    assert any(entry[0] == "get" for entry in table)


async def test_nodes_and_subscriber(backend: ClusterBackend, local_cluster: LocalCluster) -> None:
    await backend.connect()
    states = backend.nodes()
    assert sorted(state.role for state in states) == ["master"] * 3 + ["replica"] * 3
    assert {state.address for state in states} == set(local_cluster.seeds)
    assert all(state.up for state in states)
    conn = await backend.subscriber()
    try:
        (reply,) = await conn.request(pack(("PING",)), 1, decode=True)
        assert reply == "PONG"
    finally:
        conn.close()


# -- MOVED and ASK ---------------------------------------------------------------------------------


def _setslot(nodes: list[Node], slot: int, *args: str) -> None:
    for node in nodes:
        node.call("CLUSTER", "SETSLOT", str(slot), *args)


async def test_moved_and_ask_while_a_slot_migrates(
    observed: tuple[ClusterBackend, Recorder], local_cluster: LocalCluster, prefix: str
) -> None:
    backend, recorder = observed
    source, target = local_cluster.masters()[:2]
    slot = local_cluster.slots_of(source)[0]
    tag = next(key_in_slot_of([slot], prefix))
    old, new = f"{{{tag}}}old", f"{{{tag}}}new"
    assert key_slot(old) == slot
    assert await backend.execute([cmd("SET", old, "1")], decode=True) == ["OK"]
    target.call("CLUSTER", "SETSLOT", str(slot), "IMPORTING", source.id)
    source.call("CLUSTER", "SETSLOT", str(slot), "MIGRATING", target.id)
    try:
        # A key still on the source is served there; a new key is asked of the target (ASK).
        replies = await backend.execute(
            [cmd("GET", old), cmd("SET", new, "2"), cmd("GET", new)], decode=True
        )
        assert replies == ["1", "OK", "2"]
        assert recorder.redirects.count("ask") == 2
        # A multi-key command over keys on both sides of the migration: TRYAGAIN, then answered.
        backend.failover_wait = 0.3
        (reply,) = await backend.execute([cmd("MGET", old, new)], decode=True)
        assert str(reply).startswith("TRYAGAIN")
        source.call("MIGRATE", "127.0.0.1", str(target.port), "", "0", "5000", "KEYS", old)
        _setslot([target, source, *local_cluster.masters()[2:]], slot, "NODE", target.id)
        # The map still names the source: MOVED, followed, and the map learns the new owner.
        replies = await backend.execute([cmd("GET", old), cmd("MGET", old, new)], decode=True)
        assert replies == ["1", ["1", "2"]]
        assert "moved" in recorder.redirects
        tx = await backend.transaction([cmd("GET", old)], decode=True)
        assert tx[-1] == ["1"]
        for _ in range(100):
            if recorder.failovers:
                break
            await asyncio.sleep(0.02)
        assert recorder.failovers >= 1  # the refreshed map changed the slot's owner
    finally:
        # Put the slot back where it was, with its keys.
        target.call("CLUSTER", "SETSLOT", str(slot), "MIGRATING", source.id)
        source.call("CLUSTER", "SETSLOT", str(slot), "IMPORTING", target.id)
        for key in (old, new):
            target.call("MIGRATE", "127.0.0.1", str(source.port), key, "0", "5000")
        _setslot([source, target, *local_cluster.masters()[2:]], slot, "NODE", source.id)
        local_cluster.wait_settled()
    moved_before = recorder.redirects.count("moved")
    assert await backend.execute([cmd("GET", old), cmd("DEL", old, new)], decode=True) == ["1", 2]
    # Both commands went to the old owner in one part: each was moved, and followed.
    assert recorder.redirects.count("moved") == moved_before + 2


async def test_a_stale_transaction_slot_runs_once_on_the_new_owner(
    backend: ClusterBackend, local_cluster: LocalCluster, prefix: str
) -> None:
    # The map names a master that no longer owns the slot: EXECABORT with MOVED; run again there.
    source, target = local_cluster.masters()[:2]
    slot = local_cluster.slots_of(source)[1]
    key = next(key_in_slot_of([slot], prefix))
    await backend.connect()
    _setslot(local_cluster.masters(), slot, "NODE", target.id)
    try:
        replies = await backend.transaction([cmd("INCR", key), cmd("INCR", key)], decode=True)
        assert replies[-1] == [1, 2]
        assert target.call("GET", key) == "2"
    finally:
        target.call("DEL", key)
        _setslot(local_cluster.masters(), slot, "NODE", source.id)
        local_cluster.wait_settled()


# -- failures that say what is wrong ---------------------------------------------------------------


async def test_unreachable_seeds_are_named() -> None:
    seeds = parse_cluster_url("redis+cluster://:hunter2@127.0.0.1:1,127.0.0.1:2")
    backend = ClusterBackend(
        seeds, timeout=1.0, max_connections=2, observer=Observer(), database="d"
    )
    try:
        with pytest.raises(RedisUnavailable) as caught:
            await backend.execute([cmd("GET", "k")], decode=True)
    finally:
        await backend.close()
    message = str(caught.value)
    assert "127.0.0.1:1" in message and "127.0.0.1:2" in message and "refused" in message
    assert "hunter2" not in message and "\n" not in message
    assert not caught.value.maybe_ran


async def test_a_wrong_password_is_named(local_cluster: LocalCluster) -> None:
    seed = local_cluster.seeds[0]
    backend = ClusterBackend(
        parse_cluster_url(f"redis+cluster://:hunter2@{seed}"),
        timeout=1.0,
        max_connections=2,
        observer=Observer(),
        database="d",
    )
    try:
        with pytest.raises(RedisUnavailable) as caught:
            await backend.connect()
    finally:
        await backend.close()
    message = str(caught.value)
    assert seed in message and "login" in message
    assert "hunter2" not in message and "\n" not in message


async def test_many_concurrent_requests(backend: ClusterBackend, prefix: str) -> None:
    async def one(n: int) -> list[Any]:
        key = f"{prefix}{n}"
        return await backend.execute([cmd("SET", key, str(n)), cmd("GET", key)], decode=True)

    results = await asyncio.gather(*(one(n) for n in range(200)))
    assert results == [["OK", str(n)] for n in range(200)]
    assert list(itertools.chain.from_iterable(results))


# -- a master killed (a cluster of this test's own) ------------------------------------------------

_BUSY_INCR = """
redis.call('INCR', KEYS[1])
local start = redis.call('TIME')[1]
while tonumber(redis.call('TIME')[1]) - start < 2 do end
return 1
"""


async def test_a_killed_master_is_followed_and_nothing_is_resent(
    cluster_factory: Callable[[], LocalCluster],
    figures: Callable[[str, list[tuple[str, object]]], None],
) -> None:
    with cluster_factory() as cluster:
        recorder = Recorder()
        backend = ClusterBackend(
            parse_cluster_url(cluster.url),
            timeout=5.0,
            max_connections=4,
            observer=recorder,
            database="f",
            failover_wait=0.1,
        )
        try:
            key = "failover:key"
            counter = f"{{{key}}}counter"  # on the same master
            assert await backend.execute([cmd("SET", key, "v")], decode=True) == ["OK"]
            master = cluster.master_for_key(key)
            assert master.call("WAIT", "1", "2000") == 1  # the replica has the value
            cluster.remember_slots()
            owners = _owners(cluster)
            live_key = next(
                k for k in (f"live:{n}" for n in range(100)) if owners[key_slot(k)] != master
            )
            # A command being run when its master dies: may have run, and is not resent.
            busy = asyncio.ensure_future(
                backend.execute([cmd("EVAL", _BUSY_INCR, "1", f"{{{key}}}c")], decode=True)
            )
            await asyncio.sleep(0.3)
            cluster.kill(master)
            with pytest.raises(RedisUnavailable) as ran:
                await busy
            assert ran.value.maybe_ran
            # Before a replica takes over, with a short wait: unreachable, nothing written.
            with pytest.raises(RedisUnavailable) as caught:
                await backend.execute([cmd("GET", key)], decode=True)
            assert not caught.value.maybe_ran and master.addr in str(caught.value)
            # A pipeline half on the dead master, half on a live one: the live half ran, so the
            # request may have run (never "refused", which a client would resend whole).
            with pytest.raises(RedisUnavailable) as half:
                await backend.execute([cmd("INCR", live_key), cmd("INCR", counter)], decode=True)
            assert half.value.maybe_ran and "ran" in str(half.value)
            assert owners[key_slot(live_key)].call("GET", live_key) == "1"
            # FLUSHDB (every master) with one master down: it ran on the others.
            with pytest.raises(RedisUnavailable) as flush:
                await backend.execute([cmd("FLUSHDB")], decode=True)
            assert flush.value.maybe_ran
            # With the time a failover takes: the new master answers, other masters too.
            backend.failover_wait = 20.0
            started = asyncio.get_running_loop().time()
            replies = await backend.execute(
                [
                    cmd("GET", key),
                    cmd("INCR", counter),
                    cmd("GET", f"{{{key}}}c"),
                    cmd("INCR", live_key),  # flushed on its live master: starts again
                ],
                decode=True,
            )
            waited = asyncio.get_running_loop().time() - started
            assert replies[:2] == ["v", 1]  # FLUSHDB never reached this master: kept
            assert replies[2] in (None, "1")  # never "2": the script was not sent twice
            assert replies[3] == 1
            assert recorder.failovers >= 1 and "retry" in recorder.redirects
            assert (master.addr, False) in recorder.states
            assert waited < 20.0
            new_master = cluster.wait_for_failover(master)
            states = backend.nodes()
            assert any(s.address == new_master.addr and s.role == "master" for s in states)
            assert all(not s.up for s in states if s.address == master.addr)
            figures("cluster backend, a master killed", [("request waited (s)", f"{waited:.2f}")])
        finally:
            await backend.close()


async def test_a_subscriber_hears_publish_sent_to_any_master(backend: ClusterBackend) -> None:
    # The cluster carries PUBLISH to every node's subscribers; one channel's messages all go
    # through one master (its slot's), so they arrive in the order they were published.
    heard: asyncio.Queue[Any] = asyncio.Queue()
    conn = await backend.subscriber()
    try:
        conn.start_push(pack(("SUBSCRIBE", "routing-chan")), heard.put_nowait)
        assert (await asyncio.wait_for(heard.get(), 5.0))[0] == b"subscribe"
        for n in range(20):
            await backend.execute([cmd("PUBLISH", "routing-chan", f"m{n}")], decode=True)
        messages = [await asyncio.wait_for(heard.get(), 5.0) for _ in range(20)]
        assert [m[2] for m in messages] == [f"m{n}".encode() for n in range(20)]
    finally:
        conn.close()


async def test_counters_stay_exact_while_slots_are_resharded(
    observed: tuple[ClusterBackend, Recorder], local_cluster: LocalCluster, prefix: str
) -> None:
    # `redis-cli --cluster reshard` moves 40 slots (and their keys) while INCRs run: MOVED, ASK
    # and TRYAGAIN mean "did not run", so every acknowledged INCR counts once, none twice.
    backend, recorder = observed
    source, target = local_cluster.masters()[:2]
    moving = local_cluster.slots_of(source)[:40]
    counters = list(itertools.islice(key_in_slot_of(moving, prefix), 20))
    acknowledged = dict.fromkeys(counters, 0)
    done = asyncio.Event()

    async def worker(keys: list[str]) -> None:
        while not done.is_set():
            batch = [cmd("INCR", key) for key in keys]
            replies = await backend.execute(batch, decode=True)
            for key, reply in zip(keys, replies, strict=True):
                assert isinstance(reply, int), reply
                acknowledged[key] += 1

    workers = [asyncio.ensure_future(worker(counters[n::4])) for n in range(4)]
    try:
        await asyncio.to_thread(local_cluster.reshard, 40, source, target)
    finally:
        done.set()
        await asyncio.gather(*workers)
    try:
        assert "moved" in recorder.redirects
        values = await backend.execute([cmd("GET", key) for key in counters], decode=True)
        assert [int(v) for v in values] == [acknowledged[key] for key in counters]
        assert all(_owners(local_cluster)[key_slot(key)] == target for key in counters)
    finally:
        await backend.execute([cmd("DEL", key) for key in counters], decode=True)
        await asyncio.to_thread(local_cluster.reshard, 40, target, source)
    assert local_cluster.slots_of(source)[:40] == moving  # put back as it was
