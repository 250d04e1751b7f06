"""A real local Redis Cluster for the tests: 6 redis-server 7.0 nodes on loopback ports.

```python
with LocalCluster() as cluster:          # 3 masters, 1 replica each, ready (cluster_state:ok)
    cluster.url                          # "redis+cluster://127.0.0.1:P1,127.0.0.1:P2,..."
    master = cluster.master_for_slot(key_slot("k"))
    replica = cluster.replica_of(master)
    cluster.kill(master)                 # SIGKILL (pause/resume: SIGSTOP/SIGCONT)
    promoted = cluster.wait_for_failover(master)   # the replica that took over its slots
    cluster.restart(master)              # same port and node id: rejoins as promoted's replica
    cluster.reshard(100, promoted, cluster.masters()[0])   # redis-cli --cluster reshard
    cluster.direct().get("k")            # redis-py's RedisCluster, bypassing the gateway
```

The nodes run Debian's redis-server (`_servers.redis_server_path()`) in a temporary directory,
without persistence, with a short `cluster-node-timeout` (FAILOVER_NODE_TIMEOUT_MS) so a killed
master is replaced in a few seconds; the cluster is made by `redis-cli --cluster create`. Every
node gets SIGTERM when the thread that started it dies (start and restart nodes from the main
thread, as fixtures do), and `stop()` kills what is left and removes the directory.

`key_slot(key)` is Redis's own hash slot (CRC16 of the key or of its `{hash tag}`, mod 16384),
computed here so the tests do not take it from the code they test.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType

import redis
from _servers import redis_server_path

from redisrest.gateway._private import death_signal, info_fields

#: Slots of a Redis Cluster.
SLOTS = 16384
#: Milliseconds without a reply before a node is suspected (failover starts about then).
FAILOVER_NODE_TIMEOUT_MS = 1000
#: Seconds a started node has to answer PING.
NODE_START_TIMEOUT = 10.0
#: Seconds `redis-cli --cluster create` / `reshard` may take.
CLI_TIMEOUT = 60.0
#: Seconds the cluster has to become consistent (every node ok, every slot covered, replicas
#: in sync) after create, restart or reshard.
SETTLE_TIMEOUT = 30.0
#: Seconds a replica has to take over a killed master's slots.
FAILOVER_TIMEOUT = 30.0
#: Seconds a node has to exit after SIGTERM before it gets SIGKILL.
STOP_TIMEOUT = 5.0
#: Attempts at starting the nodes (another process may take a free port meanwhile).
START_ATTEMPTS = 5
_POLL = 0.05
#: A node's cluster bus listens on its port + 10000.
_BUS_OFFSET = 10000
_HOST = "127.0.0.1"


@dataclass(eq=False)
class Node:
    """One redis-server of the cluster. `id` is its cluster node id (kept across restarts)."""

    port: int
    dir: str
    id: str = ""
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def addr(self) -> str:
        """`127.0.0.1:PORT`."""
        return f"{_HOST}:{self.port}"

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def client(self, timeout: float = 5.0) -> redis.Redis:
        """A plain redis-py connection to this node alone (no redirections followed)."""
        return redis.Redis(
            host=_HOST,
            port=self.port,
            decode_responses=True,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
        )

    def call(self, *args: str | int, timeout: float = 5.0) -> object:
        """One command on this node: `node.call("CLUSTER", "INFO")`."""
        with self.client(timeout) as conn:
            return conn.execute_command(*args)

    def __hash__(self) -> int:
        return self.port

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Node) and other.port == self.port


class ClusterError(Exception):
    """The local cluster did not start, settle or fail over in time (the message says how)."""


class LocalCluster:
    """A local Redis Cluster of `masters` masters with `replicas` replicas each."""

    def __init__(
        self,
        masters: int = 3,
        replicas: int = 1,
        node_timeout_ms: int = FAILOVER_NODE_TIMEOUT_MS,
    ) -> None:
        self.masters_count = masters
        self.replicas_count = replicas
        self.node_timeout_ms = node_timeout_ms
        self.nodes: list[Node] = []
        #: Slots per master port, as last recorded (`remember_slots`).
        self._known_slots: dict[int, list[int]] = {}
        self._dir: str | None = None
        self._server = ""

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> LocalCluster:
        self._server = redis_server_path()
        self._dir = tempfile.mkdtemp(prefix="redisrest-cluster-")
        try:
            self._start_nodes()
            self._create()
            self.wait_settled()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """SIGTERM every node (SIGKILL after STOP_TIMEOUT), then remove the directory."""
        for node in self.nodes:
            if node.process is not None and node.process.poll() is None:
                node.process.terminate()
                node.process.send_signal(signal.SIGCONT)  # a paused node handles SIGTERM
        for node in self.nodes:
            _reap(node.process)
            node.process = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self) -> LocalCluster:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses ----------------------------------------------------------------------------

    @property
    def seeds(self) -> list[str]:
        """Every node's `127.0.0.1:PORT`, in start order."""
        return [node.addr for node in self.nodes]

    @property
    def url(self) -> str:
        """The gateway's `--redis-url` for this cluster: `redis+cluster://h:p,h:p,...`."""
        return "redis+cluster://" + ",".join(self.seeds)

    def direct(self, timeout: float = 5.0) -> redis.RedisCluster:
        """redis-py's cluster client on these nodes, for checks that bypass the gateway."""
        return redis.RedisCluster(
            host=_HOST,
            port=self.live()[0].port,
            decode_responses=True,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
        )

    def node(self, port_or_id: int | str) -> Node:
        for node in self.nodes:
            if port_or_id in (node.port, node.id):
                return node
        raise KeyError(port_or_id)

    # -- topology -----------------------------------------------------------------------------

    def topology(self) -> list[dict[str, str]]:
        """`CLUSTER NODES` as seen by a live node: one dict per node (id, addr, flags, master,
        slots as the raw text after the link state)."""
        for node in self.live():
            with contextlib.suppress(redis.RedisError, OSError):
                text = node.call("CLUSTER", "NODES")
                return _parse_nodes(str(text))
        raise ClusterError("no live node answers CLUSTER NODES")

    def live(self) -> list[Node]:
        return [node for node in self.nodes if node.alive]

    def masters(self) -> list[Node]:
        """The live masters that own slots, as their own `CLUSTER NODES` line says (`myself`)."""
        found: list[Node] = []
        for node in self.live():
            me = self._myself(node)
            if me is not None and "master" in me["flags"] and me["slots"]:
                found.append(node)
        return found

    def replicas(self) -> list[Node]:
        found: list[Node] = []
        for node in self.live():
            me = self._myself(node)
            if me is not None and "slave" in me["flags"]:
                found.append(node)
        return found

    def replica_of(self, master: Node) -> Node:
        """A live replica of `master` (its own `CLUSTER NODES` line names `master` as master)."""
        for node in self.live():
            me = self._myself(node)
            if me is not None and "slave" in me["flags"] and me["master"] == master.id:
                return node
        raise ClusterError(f"{master.addr} has no live replica")

    def slots_of(self, master: Node) -> list[int]:
        """The slots `master` says it owns."""
        me = self._myself(master)
        return [] if me is None else _slot_list(me["slots"])

    def master_for_slot(self, slot: int) -> Node:
        """The live master that says it owns `slot`."""
        for node in self.masters():
            if slot in self.slots_of(node):
                return node
        raise ClusterError(f"no live master owns slot {slot}")

    def master_for_key(self, key: str | bytes) -> Node:
        return self.master_for_slot(key_slot(key))

    # -- faults -------------------------------------------------------------------------------

    def kill(self, node: Node) -> None:
        """SIGKILL `node` and wait for it to exit (its port and node id stay reserved)."""
        if node.process is not None:
            if node.process.poll() is None:
                node.process.send_signal(signal.SIGKILL)
            node.process.wait()
        node.process = None

    def pause(self, node: Node) -> None:
        """SIGSTOP `node`: it holds its connections but reads nothing (a replica falls behind)."""
        if node.process is not None:
            node.process.send_signal(signal.SIGSTOP)

    def resume(self, node: Node) -> None:
        """SIGCONT a paused `node`."""
        if node.process is not None and node.process.poll() is None:
            node.process.send_signal(signal.SIGCONT)

    def restart(self, node: Node, timeout: float = SETTLE_TIMEOUT) -> None:
        """Start a killed `node` again (same port, same nodes.conf, so the same node id) and wait
        until the cluster is consistent with it: a former master comes back as a replica of the
        node that took its slots, and syncs with it."""
        if node.alive:
            raise ClusterError(f"{node.addr} is running")
        self._spawn(node)
        if not _wait_pong(node, NODE_START_TIMEOUT):
            raise ClusterError(f"{node.addr} did not answer PING after restart:\n{self.log(node)}")
        self.wait_settled(timeout)

    def wait_for_failover(self, old: Node, timeout: float = FAILOVER_TIMEOUT) -> Node:
        """The node that took over the (killed) master `old`'s slots, once every live node agrees
        that it owns all of them and says cluster_state:ok."""
        slots = self._known_slots.get(old.port)
        if not slots:
            raise ClusterError(f"{old.addr}'s slots were not recorded before it died")
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            try:
                owner = self.master_for_slot(slots[0])
                if owner != old and set(slots) <= set(self.slots_of(owner)):
                    self._check_settled(need_replicas=False)
                    return owner
                last = f"slot {slots[0]} still with {owner.addr}"
            except (ClusterError, redis.RedisError, OSError) as exc:
                last = str(exc)
            time.sleep(_POLL)
        raise ClusterError(f"no failover of {old.addr} within {timeout:g} s: {last}")

    def remember_slots(self) -> None:
        """Record which master owns which slots (wait_for_failover needs it; wait_settled does it)."""
        self._known_slots = {node.port: self.slots_of(node) for node in self.masters()}

    def reshard(self, slots: int, source: Node, target: Node) -> None:
        """Move `slots` slots (and their keys) from master `source` to master `target` with
        `redis-cli --cluster reshard`, then wait until the cluster is consistent."""
        argv = [
            "redis-cli",
            "--cluster",
            "reshard",
            source.addr,
            "--cluster-from",
            source.id,
            "--cluster-to",
            target.id,
            "--cluster-slots",
            str(slots),
            "--cluster-yes",
            "--cluster-pipeline",
            "100",
        ]
        _run(argv, "reshard")
        self.wait_settled()

    def log(self, node: Node, tail_lines: int = 20) -> str:
        path = os.path.join(node.dir, "redis.log")
        try:
            with open(path, "rb") as file:
                lines = file.read().decode("utf-8", "replace").splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-tail_lines:])

    # -- waiting ------------------------------------------------------------------------------

    def wait_settled(self, timeout: float = SETTLE_TIMEOUT) -> None:
        """Until every live node says cluster_state:ok with all slots ok, all agree on who owns
        which slots and every replica's link to its master is up."""
        deadline = time.monotonic() + timeout
        last = ""
        while True:
            try:
                self._check_settled(need_replicas=True)
                break
            except (ClusterError, redis.RedisError, OSError) as exc:
                last = str(exc)
            if time.monotonic() > deadline:
                raise ClusterError(f"the cluster did not settle within {timeout:g} s: {last}")
            time.sleep(_POLL)
        self.remember_slots()

    def _check_settled(self, *, need_replicas: bool) -> None:
        views: set[tuple[tuple[str, str], ...]] = set()
        for node in self.live():
            info = info_fields(str(node.call("CLUSTER", "INFO")))
            if info.get("cluster_state") != "ok" or info.get("cluster_slots_ok") != str(SLOTS):
                raise ClusterError(
                    f"{node.addr}: cluster_state:{info.get('cluster_state')} "
                    f"slots_ok:{info.get('cluster_slots_ok')}"
                )
            table = _parse_nodes(str(node.call("CLUSTER", "NODES")))
            owners = tuple(
                sorted(
                    (entry["addr"], entry["slots"])
                    for entry in table
                    if "master" in entry["flags"]
                    and entry["slots"]
                    and "fail" not in entry["flags"]
                )
            )
            views.add(owners)
            if need_replicas:
                me = next(entry for entry in table if "myself" in entry["flags"])
                if "slave" in me["flags"]:
                    with node.client() as conn:
                        repl = conn.info("replication")
                    if repl.get("master_link_status") != "up":
                        raise ClusterError(f"{node.addr}: replica link not up yet")
        if len(views) != 1:
            raise ClusterError("the nodes do not agree on the slot owners yet")

    def _myself(self, node: Node) -> dict[str, str] | None:
        try:
            table = _parse_nodes(str(node.call("CLUSTER", "NODES", timeout=2.0)))
        except (redis.RedisError, OSError):
            return None
        return next((entry for entry in table if "myself" in entry["flags"]), None)

    # -- start --------------------------------------------------------------------------------

    def _start_nodes(self) -> None:
        assert self._dir is not None
        count = self.masters_count * (1 + self.replicas_count)
        for attempt in range(START_ATTEMPTS):
            ports = _free_cluster_ports(count)
            self.nodes = []
            for port in ports:
                node_dir = os.path.join(self._dir, str(port))
                os.makedirs(node_dir, exist_ok=True)
                node = Node(port, node_dir)
                self.nodes.append(node)
                self._spawn(node)
            if all(_wait_pong(node, NODE_START_TIMEOUT) for node in self.nodes):
                for node in self.nodes:
                    node.id = str(node.call("CLUSTER", "MYID"))
                return
            logs = "\n".join(f"{node.addr}: {self.log(node, 3)}" for node in self.nodes)
            for node in self.nodes:
                self.kill(node)
                shutil.rmtree(node.dir, ignore_errors=True)
            if attempt == START_ATTEMPTS - 1 or "Address already in use" not in logs:
                raise ClusterError(f"cluster nodes did not start:\n{logs}")

    def _spawn(self, node: Node) -> None:
        argv = [
            self._server,
            "--port", str(node.port),
            "--bind", _HOST,
            "--protected-mode", "no",
            "--dir", node.dir,
            "--logfile", "redis.log",
            "--daemonize", "no",
            "--save", "",
            "--appendonly", "no",
            "--cluster-enabled", "yes",
            "--cluster-config-file", "nodes.conf",
            "--cluster-node-timeout", str(self.node_timeout_ms),
            # a replica fails over however long its link was down (the tests restart nodes)
            "--cluster-replica-validity-factor", "0",
            "--repl-diskless-sync", "yes",
            "--repl-diskless-sync-delay", "0",
            "--loglevel", "notice",
        ]  # fmt: skip
        node.process = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=death_signal(),
        )

    def _create(self) -> None:
        argv = [
            "redis-cli",
            "--cluster",
            "create",
            *self.seeds,
            "--cluster-replicas",
            str(self.replicas_count),
            "--cluster-yes",
        ]
        _run(argv, "create")


# -- slots ------------------------------------------------------------------------------------


def _crc16_table() -> list[int]:
    table: list[int] = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
        table.append(crc & 0xFFFF)
    return table


_CRC16 = _crc16_table()


def crc16(data: bytes) -> int:
    """CRC16-CCITT (XMODEM), the checksum Redis Cluster hashes keys with."""
    crc = 0
    for byte in data:
        crc = ((crc << 8) & 0xFFFF) ^ _CRC16[((crc >> 8) ^ byte) & 0xFF]
    return crc


def key_slot(key: str | bytes) -> int:
    """Redis's hash slot of `key`: of its `{tag}` when it has a non-empty one."""
    data = key.encode() if isinstance(key, str) else key
    start = data.find(b"{")
    if start != -1:
        end = data.find(b"}", start + 1)
        if end > start + 1:
            data = data[start + 1 : end]
    return crc16(data) % SLOTS


def key_in_slot_of(node_slots: Iterable[int], prefix: str) -> Iterator[str]:
    """Keys `prefix0`, `prefix1`, ... that hash into `node_slots`."""
    wanted = set(node_slots)
    index = 0
    while True:
        key = f"{prefix}{index}"
        if key_slot(key) in wanted:
            yield key
        index += 1


# -- helpers ----------------------------------------------------------------------------------


def _free_cluster_ports(count: int) -> list[int]:
    """`count` loopback ports whose bus port (+10000) is free too."""
    ports: list[int] = []
    while len(ports) < count:
        port = _bindable(0)
        if port + _BUS_OFFSET < 65536 and port not in ports and _bindable(port + _BUS_OFFSET):
            ports.append(port)
    return ports


def _bindable(port: int) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((_HOST, port))
        except OSError:
            return 0
        bound: int = sock.getsockname()[1]
        return bound


def _wait_pong(node: Node, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not node.alive:
            return False
        with contextlib.suppress(OSError), socket.create_connection((_HOST, node.port), 1.0) as s:
            s.sendall(b"PING\r\n")
            if s.recv(64).startswith(b"+PONG"):
                return True
        time.sleep(_POLL)
    return False


def _run(argv: Sequence[str], what: str) -> None:
    done = subprocess.run(
        list(argv),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        preexec_fn=death_signal(),
        check=False,
    )
    if done.returncode != 0 or "[ERR]" in done.stdout:
        raise ClusterError(
            f"redis-cli --cluster {what} failed ({done.returncode}):\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        )


def _reap(process: subprocess.Popen[bytes] | None) -> None:
    if process is None:
        return
    try:
        process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _parse_nodes(text: str) -> list[dict[str, str]]:
    """`CLUSTER NODES` lines: id addr flags master ping pong epoch link slot...

    `addr` loses its `@busport`; `slots` is the slot text joined by spaces (importing and
    migrating markers `[...]` left out).
    """
    entries: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 8:
            continue
        slots = " ".join(part for part in parts[8:] if not part.startswith("["))
        entries.append(
            {
                "id": parts[0],
                "addr": parts[1].split("@", 1)[0],
                "flags": parts[2],
                "master": parts[3],
                "link": parts[7],
                "slots": slots,
            }
        )
    return entries


def _slot_list(text: str) -> list[int]:
    slots: list[int] = []
    for part in text.split():
        low, _, high = part.partition("-")
        slots.extend(range(int(low), int(high or low) + 1))
    return slots
