"""A cluster backend that cannot be used says so at start, clearly and without secrets:
a refused login stops the gateway; unreachable nodes are a warning, then 503s naming them;
a plain redis:// URL that reaches a cluster node is served as the cluster."""

from __future__ import annotations

import httpx
import pytest
from _cluster import LocalCluster
from _gateway import start_gateway

from redisrest import Redis
from redisrest.gateway import GatewayError

PASSWORD = "cluster-pw-never-shown"


def test_a_refused_login_stops_the_gateway_naming_the_nodes(local_cluster: LocalCluster) -> None:
    # The cluster has no password: AUTH with one is refused by every node.
    url = local_cluster.url.replace("redis+cluster://", f"redis+cluster://:{PASSWORD}@")
    with pytest.raises(GatewayError) as caught:
        start_gateway(redis_url=url).start()
    text = str(caught.value)
    assert "exited with status 1" in text
    assert "database default: redis at cluster 127.0.0.1:" in text
    assert "refused the login" in text and "check the user, password" in text
    assert PASSWORD not in text


def test_unreachable_nodes_are_named_at_start_and_in_each_503() -> None:
    url = "redis+cluster://127.0.0.1:1,127.0.0.1:2"
    gw = start_gateway(redis_url=url)
    gw.healthy = False
    with gw:
        output = gw.output()
        assert "database default: redis at cluster 127.0.0.1:1,127.0.0.1:2 is not reachable" in (
            output
        )
        assert "cluster node 127.0.0.1:1: connection refused" in output
        assert httpx.get(gw.url + "/health").status_code == 503
        reply = httpx.post(
            gw.url, json=["GET", "k"], headers={"Authorization": f"Bearer {gw.token}"}
        )
        assert reply.status_code == 503
        assert "no node of the cluster answered" in reply.json()["error"]
        assert "127.0.0.1:2: connection refused" in reply.json()["error"]


def test_a_redis_url_to_a_cluster_node_serves_the_cluster(local_cluster: LocalCluster) -> None:
    node = local_cluster.masters()[0]
    with start_gateway(redis_url=f"redis://{node.addr}") as gw:
        assert f"database default: {node.addr} is a Redis Cluster node" in gw.output()
        with Redis(gw.url, gw.token) as r:
            keys = [f"detect:{i}" for i in range(30)]  # spread over every master
            for key in keys:
                r.set(key, key)
            assert [r.get(key) for key in keys] == keys
            assert sum(r.delete(k) for k in keys if k.endswith("7")) == 3
            assert r.dbsize() >= len(keys) - 3  # summed over the masters
