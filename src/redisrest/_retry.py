"""The retry policy: a pure function of (attempt, what went wrong, the request's commands).

Randomness lives in `jitter()` alone, so the decision itself is deterministic and pinned by
table-driven tests. The executors (sync and async) only call `retry_delay`, sleep and resend.

Every call has a total deadline by default (`DEFAULT_DEADLINE`): the retries happen inside it,
and each attempt's timeouts are shortened to what is left of it, so a call against a server
that accepts connections but never answers fails within the deadline, not after
(retries + 1) x the read timeout.

The rule: a request is retried when the server cannot have applied it (it was never fully
sent, or the server refused it before running it: 429, 503); when it may have reached the
server (a read timeout, a connection dropped while waiting, another 5xx) it is retried only
if every command in it is read-only or idempotent by the spec, so that the client never
applies a write twice. 4xx answers and Redis error replies are never retried.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

#: Retries after the first attempt (`retries=0`: exactly one attempt).
DEFAULT_RETRIES = 3
#: Seconds a call may take in all, attempts and backoffs included: the worst case a serverless
#: function waits (two full 5 s attempts), well inside a 15 s invocation budget.
DEFAULT_DEADLINE = 10.0
#: Backoff before the first retry, in seconds, before jitter.
BACKOFF_INITIAL = 0.05
#: Each further retry waits this many times longer...
BACKOFF_MULTIPLIER = 2.0
#: ... up to this many seconds.
BACKOFF_MAX = 2.0
#: A backoff is scaled by a random factor in [JITTER_MIN, 1] (spreads synchronized clients).
JITTER_MIN = 0.5
#: The longest `Retry-After` honoured, in seconds (a longer hint waits this long).
RETRY_AFTER_MAX = 10.0


class Fault(enum.Enum):
    """What went wrong with one attempt, as far as retrying is concerned."""

    #: The server never got a complete request: connection refused or reset before sending,
    #: connect / pool / write timeout, a write failure.
    NOT_SENT = "not sent"
    #: The request was sent but no complete reply came back: read timeout, connection dropped
    #: while waiting. The server may have applied it.
    NO_REPLY = "no reply"
    #: HTTP 429: refused before running (rate limit).
    RATE_LIMITED = "rate limited"
    #: HTTP 503: refused before running (unavailable, overloaded).
    UNAVAILABLE = "unavailable"
    #: Another HTTP 5xx (500, 502, 504...): a proxy or the server failed, perhaps after
    #: running the commands.
    SERVER_ERROR = "server error"
    #: Any other answer that is not a success (4xx, a Redis error reply, a malformed reply).
    REJECTED = "rejected"


#: Faults after which no command can have run.
ALWAYS_RETRIED = frozenset({Fault.NOT_SENT, Fault.RATE_LIMITED, Fault.UNAVAILABLE})
#: Faults after which the commands may have run: retried only when all are retry-safe.
RETRIED_IF_SAFE = frozenset({Fault.NO_REPLY, Fault.SERVER_ERROR})


def fault_for_status(status: int) -> Fault:
    """The fault an HTTP error status stands for."""
    if status == 429:
        return Fault.RATE_LIMITED
    if status == 503:
        return Fault.UNAVAILABLE
    if 500 <= status <= 599:
        return Fault.SERVER_ERROR
    return Fault.REJECTED


def should_retry(fault: Fault, retry_safe: bool) -> bool:
    """Whether this kind of failure may be retried for a request of this safety."""
    return fault in ALWAYS_RETRIED or (retry_safe and fault in RETRIED_IF_SAFE)


def backoff(attempt: int) -> float:
    """The delay before retry number `attempt + 1`, before jitter (exponential, capped)."""
    return min(BACKOFF_MAX, BACKOFF_INITIAL * BACKOFF_MULTIPLIER**attempt)


def default_deadline(timeout: Mapping[str, float]) -> float:
    """The total deadline when the caller chose none: `DEFAULT_DEADLINE`, or the longest
    per-attempt timeout if that is longer (an explicit `timeout=60` is not cut to 10 s)."""
    return max(DEFAULT_DEADLINE, *timeout.values())


def retry_delay(
    fault: Fault,
    *,
    attempt: int,
    retries: int,
    retry_safe: bool,
    retry_after: float | None = None,
    elapsed: float = 0.0,
    deadline: float | None = None,
    jitter: float = 1.0,
) -> float | None:
    """Seconds to wait before sending again, or `None` to give up and raise.

    `attempt` counts from 0 (the attempt that just failed), `retries` is the client's budget,
    `retry_safe` is true when every command in the request is read-only or idempotent,
    `retry_after` the server's hint in seconds, `elapsed` the seconds spent since the first
    attempt started, `deadline` the total budget in seconds, `jitter` a factor from `jitter()`.
    """
    if attempt >= retries or not should_retry(fault, retry_safe):
        return None
    if retry_after is not None:
        delay = min(max(retry_after, 0.0), RETRY_AFTER_MAX)
    else:
        delay = backoff(attempt) * jitter
    if deadline is not None and elapsed + delay >= deadline:
        return None
    return delay


def jitter() -> float:
    """A random factor in [JITTER_MIN, 1]: the only randomness of the policy."""
    import random

    return random.uniform(JITTER_MIN, 1.0)


def parse_retry_after(value: str | None) -> float | None:
    """`Retry-After` as seconds: delta-seconds or an HTTP date; `None` when absent or invalid."""
    if not value:
        return None
    value = value.strip()
    if value.replace(".", "", 1).isdigit():
        return float(value)
    import email.utils
    import time

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - time.time(), 0.0)
