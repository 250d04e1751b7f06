"""Failover, a node that comes back, and a slot migration, under load through the real gateway.

A cluster of the test's own (`LocalCluster`: 3 masters, 1 replica each) behind
`redisrest serve --redis-url redis+cluster://...`, and worker threads, each a `redisrest.Redis`
client that owns its keys: INCR counters (alone, or two in one /pipeline, often on two nodes),
and strings SET to values that name their key and a sequence number, read back with GET. Every key is used by one worker, one request at a time, so
each reply can be judged exactly:

- an INCR reply must be the last one + 1, plus at most the INCRs in between that failed with
  "may have been applied" (`maybe_applied`); a larger jump is a write applied twice, or applied
  although the client was told it was not (`doubled`); a smaller value means that acknowledged
  INCRs were lost (`lost`: Redis Cluster replicates asynchronously, so a master killed just
  after acknowledging a write can take it with it);
- a GET must return the last acknowledged value or one whose SET failed with "may have been
  applied"; an older acknowledged value (or none) is a lost acknowledged SET; anything else (an
  other key's value, a value never sent, one whose SET was said not to be applied) is wrong.

Every error must be a clear transport or HTTP error (`TransportError` / `HTTPStatusError`:
503 "refused before running" after the client's retries, or 502/504 "may have been applied"),
never a Redis error reply about the cluster (CLUSTERDOWN, MOVED, ASK, TRYAGAIN) nor a wrong
reply. The figures are printed at the end of the run (`figures`).

Reproduce: `.venv/bin/pytest -q tests/cluster/test_cluster_failover.py -s` (the soak:
`.venv/bin/pytest -q -m soak tests/cluster/test_cluster_failover.py -s`).
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from _cluster import SLOTS, LocalCluster, Node, key_slot
from _figures import Record
from _gateway import Gateway

import redisrest
from redisrest import Redis
from redisrest._config import DEFAULT_TIMEOUT
from redisrest._retry import DEFAULT_RETRIES
from redisrest.gateway._cluster import FAILOVER_WAIT

#: Worker threads (clients) of the quick test, and of the soak.
WORKERS = 6
SOAK_WORKERS = 12
#: Seconds of load before the first fault, and after each step.
WARM_UP = 1.5
SETTLE = 1.5
#: The most seconds from a master's SIGKILL to the first write acknowledged through the
#: gateway on one of its slots (Redis itself needs about 2-3 s with a 1 s node timeout).
FAILOVER_BOUND = 15.0
#: Acknowledged writes may be lost only if they were acknowledged this long before the kill
#: (the replication lag of a loopback replica is well under it).
LOSS_WINDOW = 1.0
#: Slots moved from one master to another under load.
RESHARD_SLOTS = 300
#: Rounds of kill / failover / restart / reshard in the soak.
SOAK_ROUNDS = 10

#: A node timeout longer than the gateway's own wait for a failover (5 s), so that requests
#: during the switch get the gateway's answer, not a late success.
SLOW_NODE_TIMEOUT_MS = 6000
#: Seconds after a kill during which a request may still have gone to the dead master's
#: connection (the gateway had not seen it close): "may have been applied" is true for those.
IN_FLIGHT_GRACE = 0.2
#: Seconds the gateway needs, after its own wait for a failover, to answer.
ANSWER_MARGIN = 0.5
#: The forced loss: SETs of this size that the paused replica cannot take in, then INCRs.
LAG_FILLER_WRITES = 30
LAG_FILLER_BYTES = 1_000_000
LAG_INCRS = 100
#: Characters of an error message shown in the figures (messages never hold values).
MESSAGE_CHARS = 160
MESSAGES_SHOWN = 4

INCR, SET, GET, PIPE = "incr", "set", "get", "pipeline"
#: The mix of requests a worker sends (drawn at random).
KINDS = (INCR, INCR, SET, GET, PIPE)
#: The outcome of one request.
OK = "ok"
NOT_APPLIED = "not applied"  # a clear error that says the command did not run
MAYBE = "maybe applied"  # a clear error that says it may have run
UNCLEAR = "unclear"  # any other error (a Redis error reply, a malformed reply...)


def classify(exc: Exception) -> str:
    """What the client's error says about the request: NOT_APPLIED, MAYBE or UNCLEAR."""
    if isinstance(exc, redisrest.TransportError | redisrest.HTTPStatusError):
        return MAYBE if exc.maybe_applied else NOT_APPLIED
    return UNCLEAR


@dataclass
class Op:
    kind: str
    key: str
    sent: float
    done: float
    outcome: str
    error: str = ""


@dataclass
class CounterState:
    last: int = 0  # the last INCR reply (0: none yet)
    last_at: float = 0.0  # when it came
    pending_maybe: int = 0  # INCRs since then that failed with "may have been applied"


@dataclass
class StringState:
    seq: int = 0  # the last sequence number sent
    acked: int = 0  # the last acknowledged SET (0: none)
    acked_at: float = 0.0
    acked_history: set[int] = field(default_factory=set)
    maybe: set[int] = field(default_factory=set)
    not_applied: set[int] = field(default_factory=set)


@dataclass
class Tally:
    """What the run saw, for the figures and the assertions."""

    ops: Counter[str] = field(default_factory=Counter)
    messages: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    #: (key, acknowledged at, writes lost) for each loss of acknowledged writes seen.
    lost: list[tuple[str, float, int]] = field(default_factory=list)
    maybe_applied_ran: int = 0  # "may have been applied" INCRs that turned out to have run
    maybe_applied_not_ran: int = 0


class Judge:
    """What one client wrote to its keys, and the verdict on every value it read back."""

    def __init__(self, counters: list[str], strings: list[str]) -> None:
        self.counters = {key: CounterState() for key in counters}
        self.strings = {key: StringState() for key in strings}
        self.tally = Tally()
        self.lock = threading.Lock()

    def counter_failed(self, key: str, outcome: str) -> None:
        if outcome != NOT_APPLIED:  # an unclear error fails the test; "may have run" meanwhile
            self.counters[key].pending_maybe += 1

    def judge_counter(self, key: str, got: int, now: float, final: bool = False) -> None:
        """Judge a counter's value: an INCR reply (`last` + 1 + ran maybe-applied INCRs) or,
        `final`, its value at the end (`last` + ran maybe-applied INCRs)."""
        state = self.counters[key]
        step = 0 if final else 1
        low, high = state.last + step, state.last + step + state.pending_maybe
        with self.lock:
            if got > high:
                self.tally.doubled.append(
                    f"{key}: {got} after {state.last} (+{step}, {state.pending_maybe} maybe)"
                )
            elif got < low:
                self.tally.lost.append((key, state.last_at, low - got))
            else:
                self.tally.maybe_applied_ran += got - low
                self.tally.maybe_applied_not_ran += high - got
        state.last, state.last_at, state.pending_maybe = got, now, 0

    def next_value(self, key: str) -> tuple[int, str]:
        state = self.strings[key]
        state.seq += 1
        return state.seq, f"{key}|{state.seq}"

    def string_failed(self, key: str, seq: int, outcome: str) -> None:
        state = self.strings[key]
        (state.not_applied if outcome == NOT_APPLIED else state.maybe).add(seq)

    def string_acked(self, key: str, seq: int, now: float) -> None:
        state = self.strings[key]
        state.acked, state.acked_at = seq, now
        state.acked_history.add(seq)

    def judge_string(self, key: str, got: str | None) -> None:
        state = self.strings[key]
        seq = _seq_of(key, got)
        with self.lock:
            if seq == state.acked or (seq in state.maybe and seq > 0):
                return
            if seq == 0 or seq in state.acked_history:
                # an older acknowledged value (or none): the latest acknowledged SET was lost
                loss = (key, state.acked_at, 1)
                if loss not in self.tally.lost:
                    self.tally.lost.append(loss)
                return
            self.tally.wrong.append(f"GET {key} -> {got!r} (acked {state.acked})")


class Worker(Judge):
    """One client thread with its own keys: counters and strings, spread over given slots."""

    def __init__(
        self,
        index: int,
        gateway: Gateway,
        counters: list[str],
        strings: list[str],
        retries: int = DEFAULT_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        kinds: tuple[str, ...] = KINDS,
    ):
        super().__init__(counters, strings)
        self.kinds = kinds
        self.index = index
        self.redis: Redis[str] = Redis(
            gateway.url, gateway.token, max_connections=2, retries=retries, timeout=timeout
        )
        self.rng = random.Random(index)
        self.log: list[Op] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, name=f"load-{index}", daemon=True)

    def run(self) -> None:
        counters, strings = list(self.counters), list(self.strings)
        while not self.stop.is_set():
            kind = self.rng.choice(self.kinds)
            if kind == INCR:
                self.incr(self.rng.choice(counters))
            elif kind == PIPE:
                self.pipeline(*self.rng.sample(counters, 2))
            elif kind == SET:
                self.set(self.rng.choice(strings))
            else:
                self.get(self.rng.choice(strings))

    def _record(
        self, kind: str, key: str, sent: float, outcome: str, exc: Exception | None = None
    ) -> None:
        error = describe(exc) if exc is not None else ""
        with self.lock:
            self.log.append(Op(kind, key, sent, time.monotonic(), outcome, error))
            self.tally.ops[kind] += 1
            self.tally.outcomes[f"{kind} {outcome}"] += 1
            if exc is not None:
                self.tally.errors[error] += 1
                self.tally.messages[str(exc)[:MESSAGE_CHARS]] += 1

    def incr(self, key: str) -> None:
        sent = time.monotonic()
        try:
            got = self.redis.incr(key)
        except redisrest.RedisRestError as exc:
            self.counter_failed(key, classify(exc))
            self._record(INCR, key, sent, classify(exc), exc)
            return
        self.judge_counter(key, got, time.monotonic())
        self._record(INCR, key, sent, OK)

    def pipeline(self, first: str, second: str) -> None:
        """One /pipeline of an INCR on each of two counters (often on two nodes)."""
        sent = time.monotonic()
        try:
            got = self.redis.pipeline().incr(first).incr(second).exec()
        except redisrest.RedisRestError as exc:
            self.counter_failed(first, classify(exc))
            self.counter_failed(second, classify(exc))
            self._record(PIPE, first, sent, classify(exc), exc)
            return
        now = time.monotonic()
        self.judge_counter(first, got[0], now)
        self.judge_counter(second, got[1], now)
        self._record(PIPE, first, sent, OK)

    def set(self, key: str) -> None:
        seq, value = self.next_value(key)
        sent = time.monotonic()
        try:
            ok = self.redis.set(key, value)
        except redisrest.RedisRestError as exc:
            self.string_failed(key, seq, classify(exc))
            self._record(SET, key, sent, classify(exc), exc)
            return
        if ok is not True:
            with self.lock:
                self.tally.wrong.append(f"SET {key} answered {ok!r}")
        self.string_acked(key, seq, time.monotonic())
        self._record(SET, key, sent, OK)

    def get(self, key: str) -> None:
        sent = time.monotonic()
        try:
            got = self.redis.get(key)
        except redisrest.RedisRestError as exc:
            self._record(GET, key, sent, classify(exc), exc)
            return
        self.judge_string(key, got)
        self._record(GET, key, sent, OK)


def _seq_of(key: str, value: str | None) -> int:
    """The sequence number in `value` when it is one of `key`'s values, 0 for None, -1 else."""
    if value is None:
        return 0
    owner, sep, seq = value.rpartition("|")
    if not sep or owner != key or not seq.isdigit():
        return -1
    return int(seq)


def describe(exc: Exception) -> str:
    """The error's class, and its HTTP status or Redis error prefix (never a value)."""
    name = type(exc).__name__
    if isinstance(exc, redisrest.HTTPStatusError):
        name += f" {exc.status_code}"
    if isinstance(exc, redisrest.CommandError):
        name += f" {exc.prefix}"
    if getattr(exc, "maybe_applied", False):
        name += " (maybe applied)"
    return name


def key_names(prefix: str, slot_groups: list[list[int]], per_group: int) -> list[str]:
    """`per_group` key names in each group of slots (`prefix` + a number)."""
    keys: list[str] = []
    index = 0
    for slots in slot_groups:
        wanted, found = set(slots), 0
        while found < per_group:
            key = f"{prefix}{index}"
            index += 1
            if key_slot(key) in wanted:
                keys.append(key)
                found += 1
    return keys


class Load:
    """Worker threads of mixed load, keys spread over every master and the slots to move."""

    def __init__(
        self,
        gateway: Gateway,
        slot_groups: list[list[int]],
        workers: int,
        tag: str,
        retries: int = DEFAULT_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        kinds: tuple[str, ...] = KINDS,
    ):
        self.workers = [
            Worker(
                i,
                gateway,
                key_names(f"{tag}:w{i}:n", slot_groups, 1),
                key_names(f"{tag}:w{i}:s", slot_groups, 1),
                retries,
                timeout,
                kinds,
            )
            for i in range(workers)
        ]
        self.started = 0.0
        #: When each master was killed (acknowledged writes may be lost just before).
        self.killed_at: list[float] = []

    def __enter__(self) -> Load:
        self.started = time.monotonic()
        for worker in self.workers:
            worker.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop.set()
        for worker in self.workers:
            worker.thread.join(30)
            worker.redis.close()

    def ops(self) -> list[Op]:
        found: list[Op] = []
        for worker in self.workers:
            with worker.lock:
                found += worker.log
        return found

    def acked_since(self, since: float, slots: set[int], kind: str | None = None) -> list[Op]:
        """Acknowledged writes sent at `since` or later on `slots`."""
        return [
            op
            for op in self.ops()
            if op.sent >= since
            and op.outcome == OK
            and op.kind in ((kind,) if kind else (INCR, SET))
            and key_slot(op.key) in slots
        ]

    def since(self, since: float, slots: set[int]) -> Counter[str]:
        """The kinds and outcomes of the requests sent at `since` or later on `slots`."""
        return Counter(
            f"{op.kind} {op.outcome} {op.error}".strip()
            for op in self.ops()
            if op.sent >= since and key_slot(op.key) in slots
        )

    def wait_acked(self, since: float, slots: set[int], timeout: float) -> float:
        """Seconds from `since` to the first write acknowledged on `slots` that was sent at
        `since` or later; fails after `timeout`."""
        deadline = since + timeout
        while time.monotonic() < deadline:
            acked = self.acked_since(since, slots)
            if acked:
                return min(op.done for op in acked) - since
            time.sleep(0.02)
        raise AssertionError(f"no write acknowledged on the slots within {timeout:g} s")

    def run_for(self, seconds: float) -> None:
        """Let the load run `seconds` more (the main thread waits; the workers work)."""
        time.sleep(seconds)

    def final_check(self, cluster: LocalCluster) -> None:
        """Judge every key's final value as read from the cluster itself (redis-py)."""
        with cluster.direct() as direct:
            for worker in self.workers:
                for key in worker.counters:
                    worker.judge_counter(key, int(direct.get(key) or 0), 0.0, final=True)
                for key in worker.strings:
                    worker.judge_string(key, direct.get(key))

    def tally(self) -> Tally:
        total = Tally()
        for worker in self.workers:
            t = worker.tally
            total.ops += t.ops
            total.outcomes += t.outcomes
            total.errors += t.errors
            total.messages += t.messages
            total.wrong += t.wrong
            total.doubled += t.doubled
            total.lost += t.lost
            total.maybe_applied_ran += t.maybe_applied_ran
            total.maybe_applied_not_ran += t.maybe_applied_not_ran
        return total


@dataclass
class Plan:
    """The masters of a fresh cluster and the roles the test gives them."""

    victim: Node  # killed
    successor: Node  # its replica, expected to take over
    source: Node  # gives RESHARD_SLOTS slots to `target`
    target: Node
    victim_slots: list[int]
    moving: list[int]
    slot_groups: list[list[int]]


def make_plan(cluster: LocalCluster) -> Plan:
    """Roles for the masters, and key groups that put keys on every slot range a step touches.

    redis-cli --cluster reshard takes the source's lowest slots first; the rounds move slots
    from `source` to `target` and back, so every slot ever moved is among the lowest
    RESHARD_SLOTS of one of the two at the start: each of those ranges gets keys of its own.
    """
    victim, source, target = sorted(cluster.masters(), key=lambda node: node.port)
    source_slots = sorted(cluster.slots_of(source))
    target_slots = sorted(cluster.slots_of(target))
    victim_slots = cluster.slots_of(victim)
    return Plan(
        victim=victim,
        successor=cluster.replica_of(victim),
        source=source,
        target=target,
        victim_slots=victim_slots,
        moving=source_slots[:RESHARD_SLOTS],
        slot_groups=[
            victim_slots,
            source_slots[:RESHARD_SLOTS],
            source_slots[RESHARD_SLOTS:],
            target_slots[:RESHARD_SLOTS],
            target_slots[RESHARD_SLOTS:],
        ],
    )


@dataclass
class Figures:
    rows: list[tuple[str, object]] = field(default_factory=list)

    def add(self, label: str, value: object) -> None:
        self.rows.append((label, value))
        print(f"  {label}: {value}")


def fail_over(cluster: LocalCluster, load: Load, victim: Node, out: Figures) -> Node:
    """Kill `victim` under load; its replica must take over and the gateway follow it."""
    expected = cluster.replica_of(victim)
    slots = set(cluster.slots_of(victim))
    cluster.remember_slots()
    killed_at = time.monotonic()
    cluster.kill(victim)
    promoted = cluster.wait_for_failover(victim)
    redis_failover = time.monotonic() - killed_at
    assert promoted == expected, f"{promoted.addr} took over, not the replica {expected.addr}"
    gateway_failover = load.wait_acked(killed_at, slots, FAILOVER_BOUND)
    out.add(
        f"kill {victim.addr}: replica {promoted.addr} promoted after (s)", f"{redis_failover:.2f}"
    )
    out.add("  first write acknowledged through the gateway after (s)", f"{gateway_failover:.2f}")
    assert gateway_failover < FAILOVER_BOUND
    load.killed_at.append(killed_at)
    return promoted


def come_back(cluster: LocalCluster, load: Load, node: Node, master: Node, out: Figures) -> None:
    """Restart the killed `node`: it must rejoin as `master`'s replica, and traffic continue."""
    started = time.monotonic()
    cluster.restart(node)
    rejoined = time.monotonic() - started
    assert cluster.replica_of(master) == node, f"{node.addr} is not {master.addr}'s replica"
    since = time.monotonic()
    load.run_for(SETTLE)
    assert load.acked_since(since, set(cluster.slots_of(master))), "no traffic after restart"
    out.add(f"restart {node.addr}: replica of {master.addr}, in sync after (s)", f"{rejoined:.2f}")


def reshard(
    cluster: LocalCluster, load: Load, slots: int, source: Node, target: Node, out: Figures
) -> tuple[float, float]:
    """Move `slots` slots from `source` to `target` under load; returns (start, end)."""
    moving = set(sorted(cluster.slots_of(source))[:slots])
    started = time.monotonic()
    cluster.reshard(slots, source, target)
    ended = time.monotonic()
    assert moving <= set(cluster.slots_of(target)), "the slots did not move"
    since = time.monotonic()
    load.run_for(SETTLE)
    if not load.acked_since(since, moving):
        raise AssertionError(
            f"no write acknowledged on the moved slots: {load.since(since, moving)}"
        )
    out.add(f"reshard {slots} slots {source.addr} -> {target.addr} (s)", f"{ended - started:.2f}")
    return started, ended


def report(load: Load, out: Figures, elapsed: float) -> Tally:
    tally = load.tally()
    acked_incr = tally.outcomes[f"{INCR} {OK}"] + 2 * tally.outcomes[f"{PIPE} {OK}"]
    out.add("operations", sum(tally.ops.values()))
    out.add("  by kind", dict(sorted(tally.ops.items())))
    out.add("  per second", f"{sum(tally.ops.values()) / elapsed:.0f}")
    out.add("  outcomes", dict(sorted(tally.outcomes.items())))
    out.add("errors by class", dict(sorted(tally.errors.items())) or "none")
    for message, count in tally.messages.most_common(MESSAGES_SHOWN):
        out.add(f"  {count} x", message)
    durations = sorted(op.done - op.sent for op in load.ops())
    out.add(
        "request seconds p50 / p99 / max",
        f"{durations[len(durations) // 2]:.3f} / {durations[int(len(durations) * 0.99)]:.3f}"
        f" / {durations[-1]:.2f}",
    )
    out.add("acknowledged INCRs (alone and in pipelines)", acked_incr)
    out.add(
        "'may have been applied' INCRs: ran / did not run",
        f"{tally.maybe_applied_ran} / {tally.maybe_applied_not_ran}",
    )
    out.add("lost acknowledged writes (async replication)", sum(n for _, _, n in tally.lost))
    out.add("wrong replies (must be 0)", len(tally.wrong))
    out.add("doubled or falsely 'not applied' writes (must be 0)", len(tally.doubled))
    return tally  # fmt: skip


def check(tally: Tally, killed_at: list[float]) -> None:
    assert not tally.wrong, tally.wrong[:10]
    assert not tally.doubled, tally.doubled[:10]
    unclear = sum(n for name, n in tally.outcomes.items() if name.endswith(UNCLEAR))
    assert not unclear, f"errors that are not a clear retryable error: {tally.errors}"
    for key, acked_at, count in tally.lost:
        near_a_kill = any(kill - LOSS_WINDOW <= acked_at <= kill for kill in killed_at)
        assert near_a_kill, f"{count} acknowledged write(s) of {key} lost, not just before a kill"


@pytest.fixture
def own_cluster(cluster_factory: Callable[..., LocalCluster]) -> Iterator[LocalCluster]:
    with cluster_factory() as cluster:
        yield cluster


@pytest.fixture
def own_gateway(
    own_cluster: LocalCluster, cluster_gateway_factory: Callable[..., Gateway]
) -> Iterator[Gateway]:
    with cluster_gateway_factory(own_cluster) as gw:
        yield gw


def _scenario(
    cluster: LocalCluster,
    gateway: Gateway,
    figures: Record,
    *,
    workers: int,
    rounds: int,
    title: str,
) -> None:
    plan = make_plan(cluster)
    out = Figures()
    print(f"\n{title}")
    load = Load(gateway, plan.slot_groups, workers, tag=f"fo{time.monotonic_ns()}")
    with load:
        load.run_for(WARM_UP)
        assert load.acked_since(load.started, set(range(SLOTS))), "no load got through"
        victim, source, target = plan.victim, plan.source, plan.target
        for round_ in range(rounds):
            promoted = fail_over(cluster, load, victim, out)
            load.run_for(SETTLE)
            come_back(cluster, load, victim, promoted, out)
            reshard(cluster, load, RESHARD_SLOTS, source, target, out)
            # next round: kill the master that took over; move the slots back
            victim, source, target = promoted, target, source
            if round_ + 1 < rounds:
                load.run_for(SETTLE)
        elapsed = time.monotonic() - load.started
    load.final_check(cluster)
    tally = report(load, out, elapsed)
    figures(title, out.rows)
    check(tally, load.killed_at)
    assert tally.outcomes[f"{INCR} {OK}"] > 0 and tally.outcomes[f"{GET} {OK}"] > 0


def test_the_judge_tells_doubled_lost_and_wrong_apart() -> None:
    """The verdicts the cluster tests count on, on made-up histories (no server)."""
    judge = Judge(["n"], ["s"])
    judge.judge_counter("n", 1, now=1.0)
    judge.counter_failed("n", MAYBE)
    judge.judge_counter("n", 3, now=2.0)  # the maybe-applied INCR ran
    judge.counter_failed("n", NOT_APPLIED)
    judge.judge_counter("n", 5, now=3.0)  # 3 + 1, but 5: the "not applied" one ran
    judge.judge_counter("n", 4, now=4.0)  # after 5, 4: two acknowledged INCRs lost
    assert judge.tally.maybe_applied_ran == 1
    assert judge.tally.doubled == ["n: 5 after 3 (+1, 0 maybe)"]
    assert judge.tally.lost == [("n", 3.0, 2)]
    judge.judge_string("s", None)  # nothing written yet: right
    seq, value = judge.next_value("s")
    judge.string_acked("s", seq, now=5.0)
    judge.judge_string("s", value)
    seq2, value2 = judge.next_value("s")
    judge.string_failed("s", seq2, MAYBE)
    judge.judge_string("s", value2)  # in flight: right
    seq3, value3 = judge.next_value("s")
    judge.string_failed("s", seq3, NOT_APPLIED)
    assert not judge.tally.wrong
    judge.judge_string("s", value3)  # said not applied, yet there
    judge.judge_string("s", "t|1")  # another key's value
    judge.judge_string("s", "s|9")  # never sent
    assert len(judge.tally.wrong) == 3
    judge.judge_string("s", None)  # the acknowledged SET is gone
    assert judge.tally.lost[-1] == ("s", 5.0, 1)
    check_fails = Tally(lost=[("s", 5.0, 1)])
    check(check_fails, killed_at=[5.5])  # acknowledged 0.5 s before a kill: Redis's loss
    with pytest.raises(AssertionError, match="not just before a kill"):
        check(check_fails, killed_at=[9.0])


def test_failover_restart_and_reshard_under_load(
    own_cluster: LocalCluster, own_gateway: Gateway, figures: Record
) -> None:
    _scenario(
        own_cluster,
        own_gateway,
        figures,
        workers=WORKERS,
        rounds=1,
        title=f"cluster failover: {WORKERS} clients, kill + restart + reshard of {RESHARD_SLOTS} slots",
    )


@pytest.mark.soak
@pytest.mark.timeout(900)
def test_failover_soak(own_cluster: LocalCluster, own_gateway: Gateway, figures: Record) -> None:
    _scenario(
        own_cluster,
        own_gateway,
        figures,
        workers=SOAK_WORKERS,
        rounds=SOAK_ROUNDS,
        title=f"cluster failover (soak): {SOAK_WORKERS} clients, {SOAK_ROUNDS} rounds",
    )


def test_a_slow_failover_answers_clear_retryable_errors(
    cluster_factory: Callable[..., LocalCluster],
    cluster_gateway_factory: Callable[..., Gateway],
    figures: Record,
) -> None:
    """A replica that takes longer to take over than the gateway waits for one: the requests
    on the dead master's slots get a clear error, 503 "refused before running" (502 "may have
    been applied" only for those in flight at the kill, and for /pipelines whose other half ran
    on a live master: the judge then finds that half applied), never a Redis error about the
    cluster and never a wrong reply. The clients do not retry, so every answer of the gateway
    shows; their default timeout outlasts the gateway's wait (the last test), so none of them
    gives up first and has to say "may have been applied" of a request that never ran."""
    title = f"cluster slow failover: node timeout {SLOW_NODE_TIMEOUT_MS} ms, no client retries"
    print(f"\n{title}")
    out = Figures()
    with (
        cluster_factory(node_timeout_ms=SLOW_NODE_TIMEOUT_MS) as cluster,
        cluster_gateway_factory(cluster) as gateway,
    ):
        plan = make_plan(cluster)
        load = Load(gateway, plan.slot_groups, WORKERS, f"slow{time.monotonic_ns()}", retries=0)
        with load:
            load.run_for(WARM_UP)
            fail_over(cluster, load, plan.victim, out)
            load.run_for(SETTLE)
            elapsed = time.monotonic() - load.started
        load.final_check(cluster)
    tally = report(load, out, elapsed)
    figures(title, out.rows)
    check(tally, load.killed_at)
    (killed_at,) = load.killed_at
    failed = [op for op in load.ops() if op.outcome != OK]
    refusals = [op for op in failed if op.error == "ServerError 503"]
    assert refusals, "no request was refused during the switch: the test did not test it"
    late = [op for op in failed if op.sent > killed_at + IN_FLIGHT_GRACE]
    # a lone command that waited for the dead master never ran: 503, "refused before running"
    refused = (NOT_APPLIED, "ServerError 503")
    assert {(op.outcome, op.error) for op in late if op.kind != PIPE} <= {refused}
    # a /pipeline whose other half ran on a live master: 502, "may have been applied"
    ran = (MAYBE, "ServerError 502 (maybe applied)")
    assert {(op.outcome, op.error) for op in late if op.kind == PIPE} <= {refused, ran}


def test_redis_loses_writes_acknowledged_before_its_replica_got_them(
    cluster_factory: Callable[..., LocalCluster],
    cluster_gateway_factory: Callable[..., Gateway],
    figures: Record,
) -> None:
    """What the figures call lost acknowledged writes, made to happen: the replica is paused
    (SIGSTOP) while its master acknowledges INCRs behind a replication stream too long for the
    socket buffers, then the master is killed and the replica resumed. Redis Cluster replicates
    asynchronously, so the promoted replica never had those INCRs: the judge counts them as
    lost (just before the kill), not as wrong replies or doubled writes."""
    with (
        cluster_factory() as cluster,
        cluster_gateway_factory(cluster) as gateway,
        Redis(gateway.url, gateway.token) as client,
    ):
        victim = min(cluster.masters(), key=lambda node: node.port)
        replica = cluster.replica_of(victim)
        counter, filler = key_names("lag:", [cluster.slots_of(victim)] * 2, 1)
        judge = Judge([counter], [])
        judge.judge_counter(counter, client.incr(counter), time.monotonic())
        cluster.pause(replica)
        try:
            for _ in range(LAG_FILLER_WRITES):  # fills the replica's socket buffers
                assert client.set(filler, "x" * LAG_FILLER_BYTES) is True
            for _ in range(LAG_INCRS):
                judge.judge_counter(counter, client.incr(counter), time.monotonic())
            killed_at = time.monotonic()
            cluster.kill(victim)
        finally:
            cluster.resume(replica)
        assert cluster.wait_for_failover(victim) == replica
        judge.judge_counter(counter, int(client.get(counter) or 0), 0.0, final=True)
    lost = sum(count for _, _, count in judge.tally.lost)
    figures("lost acknowledged writes, forced", [("INCRs acknowledged, then lost", lost)])
    assert lost == LAG_INCRS
    assert not judge.tally.doubled and not judge.tally.wrong
    check(judge.tally, [killed_at])


def test_a_pipeline_half_on_a_dead_master_is_never_called_refused(
    cluster_factory: Callable[..., LocalCluster],
    cluster_gateway_factory: Callable[..., Gateway],
) -> None:
    """INCR on a live master and INCR on a dead one in one /pipeline, the failover slower than
    the gateway waits: the answer may be an error, but one that says "may have been applied"
    (the live part ran), never "refused before running"."""
    with (
        cluster_factory(node_timeout_ms=SLOW_NODE_TIMEOUT_MS) as cluster,
        cluster_gateway_factory(cluster) as gateway,
        Redis(gateway.url, gateway.token, retries=0, timeout=FAILOVER_WAIT + 3) as client,
    ):
        dead, live = sorted(cluster.masters(), key=lambda node: node.port)[:2]
        on_dead, on_live = key_names("pipe:", [cluster.slots_of(dead), cluster.slots_of(live)], 1)
        cluster.kill(dead)
        try:
            replies = client.pipeline().incr(on_live).incr(on_dead).exec()
        except (redisrest.TransportError, redisrest.HTTPStatusError) as exc:
            with cluster.direct() as direct:
                ran = direct.get(on_live) == "1"
            assert exc.maybe_applied or not ran, f"the live part ran, yet: {exc}"
        else:
            assert replies == (1, 1)


def test_the_gateway_answers_before_a_default_client_gives_up() -> None:
    """The gateway's wait for a failover ends, and its 503 arrives, within the client's default
    attempt timeout: a held request is refused clearly, not timed out into "may have run"."""
    assert FAILOVER_WAIT + ANSWER_MARGIN <= DEFAULT_TIMEOUT
