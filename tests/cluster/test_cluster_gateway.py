"""The client's own command cases and the official SDK smoke, through a gateway fronting a Redis
Cluster: every single-slot command answers as it does on one node.

The cases are the ones of tests/commands, run as they are with one difference: the keys of a
case share a `{hash tag}` (`run_case(..., tagged=True)`), so however many keys a case uses, they
live in one slot, on one node, as an application on a cluster would lay them out. A case runs
here when its command takes keys (a key argument in the spec) and Redis 7.0 has what it calls;
keyless commands (SCAN, DBSIZE, PING, SCRIPT, PUBLISH...) are routed by rule, not by slot, and
the routing tests check them. The few cases that Redis itself refuses in cluster mode
(`REFUSED_IN_CLUSTER_MODE`: other databases, SORT's BY/GET patterns) must get that refusal, as
it is, through the gateway.

Reproduce: `.venv/bin/pytest -q tests/cluster/test_cluster_gateway.py`.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack
from typing import Any

import pytest
from _cluster import LocalCluster, key_slot
from _gateway import Gateway
from _servers import server_info

from redisrest import CommandError, Redis
from tests.commands import (
    test_generic,
    test_geo,
    test_hashes,
    test_lists,
    test_scripting,
    test_sets,
    test_sorted_sets,
    test_streams,
    test_strings,
)
from tests.commands._harness import Case, command, live_servers, run_case, servers_of
from tests.gateway import test_gateway_sdk

#: The modules whose `CASES` run here (test_server and test_pubsub are about keyless commands,
#: test_json about a module this cluster's redis-server 7.0 does not load).
MODULES = (
    test_generic,
    test_geo,
    test_hashes,
    test_lists,
    test_scripting,
    test_sets,
    test_sorted_sets,
    test_streams,
    test_strings,
)

#: Cases that Redis itself refuses in cluster mode, by id, with the error it answers: another
#: database than 0 (COPY DB, MOVE), and SORT's BY / GET patterns (denied outright by 7.0).
REFUSED_IN_CLUSTER_MODE: Mapping[str, str] = {
    "COPY[db]": "ERR Copying to another database is not allowed in cluster mode",
    "MOVE": "ERR MOVE is not allowed in cluster mode",
    "MOVE[exists-in-target]": "ERR Copying to another database is not allowed in cluster mode",
    "MOVE[missing]": "ERR MOVE is not allowed in cluster mode",
    "SORT[by-pattern]": "ERR BY option of SORT denied in Cluster mode.",
    "SORT[get=set,store=set]": "ERR GET option of SORT denied in Cluster mode.",
    "SORT[get=set]": "ERR GET option of SORT denied in Cluster mode.",
    "SORT[get=set,by-nosort]": "ERR GET option of SORT denied in Cluster mode.",
    "SORT_RO[get=set]": "ERR GET option of SORT denied in Cluster mode.",
}

SERVER = "redis"


def _has_key_argument(arguments: Sequence[Mapping[str, Any]]) -> bool:
    return any(
        arg.get("type") == "key" or _has_key_argument(arg.get("arguments", ())) for arg in arguments
    )


def takes_keys(name: str) -> bool:
    """Whether the spec gives command `name` a key argument (so a cluster routes it by slot)."""
    return _has_key_argument(command(name)["arguments"])


def cluster_cases(refused: bool) -> list[Any]:
    """The cases of keyed commands that Redis 7.0 has: those it runs in cluster mode, or
    (`refused`) those it refuses there."""
    params: list[Any] = []
    for module in MODULES:
        for case in module.CASES:
            if not takes_keys(case.command) or SERVER not in servers_of(case):
                continue
            if (case.id in REFUSED_IN_CLUSTER_MODE) == refused:
                name = module.__name__.rsplit(".", 1)[-1]
                params.append(pytest.param(case, id=f"{name}:{case.id}"))
    return params


@pytest.fixture(scope="module")
def cluster_clients(
    local_cluster: LocalCluster, cluster_gateway: Gateway
) -> Iterator[dict[str, Any]]:
    """`Redis[str]` and `Redis[bytes]` on the cluster gateway, by mode; the cluster checked to
    run the server the cases' expectations were written for."""
    found = server_info(f"redis://{local_cluster.nodes[0].addr}")
    expected = live_servers()[SERVER]
    assert (found.name, found.version) == ("redis-server", expected.version), found
    with ExitStack() as stack:
        yield {
            mode: stack.enter_context(
                Redis(cluster_gateway.url, cluster_gateway.token, decode_responses=mode == "str")
            )
            for mode in ("str", "bytes")
        }


@pytest.mark.parametrize("mode", ["str", "bytes"])
@pytest.mark.parametrize("case", cluster_cases(refused=False))
def test_case_on_cluster(case: Case, mode: str, cluster_clients: dict[str, Any]) -> None:
    run_case(case, cluster_clients[mode], binary=mode == "bytes", server=SERVER, tagged=True)


@pytest.mark.parametrize("case", cluster_cases(refused=True))
def test_case_refused_in_cluster_mode(case: Case, cluster_clients: dict[str, Any]) -> None:
    """Redis's own refusal comes back as it is: a CommandError with its text."""
    with pytest.raises(CommandError) as caught:
        run_case(case, cluster_clients["str"], binary=False, server=SERVER, tagged=True)
    assert caught.value.message == REFUSED_IN_CLUSTER_MODE[case.id]


def test_every_refusal_names_a_case() -> None:
    ids = {case.id for module in MODULES for case in module.CASES}
    assert set(REFUSED_IN_CLUSTER_MODE) <= ids


def test_the_cases_cover_every_master(local_cluster: LocalCluster) -> None:
    """Tagged keys spread over the cluster: the cases do not all land on one node."""
    tags = [f"t{secrets.token_hex(3)}.{i}:s:" for i in range(64)]
    owners = {local_cluster.master_for_slot(key_slot("{" + tag + "}x")) for tag in tags}
    assert len(owners) == len(local_cluster.masters())


def test_upstash_redis_sdk_on_cluster(cluster_gateway: Gateway) -> None:
    """The official SDK's smoke (tests/gateway), its keys under one hash tag (MGET, the
    transaction)."""
    tag = f"{{sdk{secrets.token_hex(4)}}}:"
    test_gateway_sdk.test_upstash_redis_sdk(cluster_gateway, lambda name: tag + name)
