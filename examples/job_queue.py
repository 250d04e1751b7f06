"""A job queue on a Redis stream with a consumer group: producers add jobs, workers claim,
process and acknowledge them, and jobs left by a crashed worker are taken over.

Blocking reads (XREADGROUP ... BLOCK) are not available over HTTP, so a worker polls: it asks
for a batch, and sleeps a little when there is none.

    export UPSTASH_REDIS_REST_URL=... UPSTASH_REDIS_REST_TOKEN=...
    python examples/job_queue.py
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable

from redisrest import BusyGroupError, Redis

STREAM = "jobs:emails"
GROUP = "mailers"
#: A job delivered to a worker that has not acknowledged it after this long is taken over.
STUCK_AFTER_MS = 30_000

Job = dict[str, str]


def setup(r: Redis[str]) -> None:
    """Create the stream and its consumer group once (later calls find it there)."""
    with contextlib.suppress(BusyGroupError):  # another process created it first
        r.xgroup_create(STREAM, GROUP, "0", mkstream=True)


def enqueue(r: Redis[str], job: Job) -> str:
    """Add a job; its stream id."""
    job_id = r.xadd(STREAM, {"payload": json.dumps(job)})
    assert job_id is not None  # None only with nomkstream=True on a missing stream
    return job_id


def work(r: Redis[str], consumer: str, handle: Callable[[Job], None], batch: int = 10) -> int:
    """Take up to `batch` new jobs for `consumer`, handle them, acknowledge them; the count."""
    streams = r.xreadgroup(GROUP, consumer, {STREAM: ">"}, count=batch)
    done: list[str] = []
    for stream in streams or []:
        for entry in stream.entries:
            if entry.fields is not None:  # None: deleted from the stream while pending
                handle(json.loads(entry.fields["payload"]))
            done.append(entry.id)
    if done:
        r.xack(STREAM, GROUP, *done)
    return len(done)


def recover(
    r: Redis[str], consumer: str, handle: Callable[[Job], None], idle_ms: int = STUCK_AFTER_MS
) -> int:
    """Claim for `consumer` the jobs other workers took and left unacknowledged for `idle_ms`,
    handle and acknowledge them; the count (one page of up to 100)."""
    claimed = r.xautoclaim(STREAM, GROUP, consumer, idle_ms, "0-0", count=100)
    for entry in claimed.entries:
        handle(json.loads(entry.fields["payload"]))
    ids = [entry.id for entry in claimed.entries]
    if ids:
        r.xack(STREAM, GROUP, *ids)
    return len(ids)


def pending(r: Redis[str]) -> int:
    """Jobs delivered to a worker and not acknowledged yet."""
    return r.xpending(STREAM, GROUP).pending


def main() -> None:
    with Redis.from_env() as r:
        r.delete(STREAM)
        setup(r)
        for n in range(5):
            enqueue(r, {"to": f"user{n}@example.com", "template": "welcome"})

        sent: list[str] = []
        handled = work(r, "worker-1", lambda job: sent.append(job["to"]), batch=3)
        print(f"worker-1 sent {handled}: {sent}")

        # worker-2 takes the other two jobs and "crashes" before acknowledging them.
        r.xreadgroup(GROUP, "worker-2", {STREAM: ">"}, count=2)
        print("pending after the crash:", pending(r))
        # idle_ms=0 for the demo: a real worker leaves STUCK_AFTER_MS to the owner.
        recovered = recover(r, "worker-1", lambda job: sent.append(job["to"]), idle_ms=0)
        print(f"worker-1 recovered {recovered}; pending now: {pending(r)}")


if __name__ == "__main__":
    main()
