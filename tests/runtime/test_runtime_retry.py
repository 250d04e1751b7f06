"""The retry policy, pinned by tables: what is retried, how long it waits, when it stops."""

from __future__ import annotations

import email.utils
import time

import pytest

from redisrest import _retry
from redisrest._retry import Fault, backoff, fault_for_status, parse_retry_after, retry_delay

N, S = Fault.NOT_SENT, Fault.NO_REPLY

# (fault, retry_safe) -> retried?   retry_safe: every command is read-only or idempotent.
DECISIONS = [
    (Fault.NOT_SENT, False, True),  # refused / reset before sending / connect, pool, write timeout
    (Fault.NOT_SENT, True, True),
    (Fault.RATE_LIMITED, False, True),  # 429: refused before running
    (Fault.RATE_LIMITED, True, True),
    (Fault.UNAVAILABLE, False, True),  # 503: refused before running
    (Fault.UNAVAILABLE, True, True),
    (Fault.NO_REPLY, False, False),  # read timeout / dropped while waiting: a write may have run
    (Fault.NO_REPLY, True, True),
    (Fault.SERVER_ERROR, False, False),  # 500, 502, 504: may have run
    (Fault.SERVER_ERROR, True, True),
    (Fault.REJECTED, False, False),  # 400, 401, 405, a Redis error reply: never
    (Fault.REJECTED, True, False),
]


@pytest.mark.parametrize(("fault", "retry_safe", "retried"), DECISIONS)
def test_which_failures_are_retried(fault: Fault, retry_safe: bool, retried: bool) -> None:
    delay = retry_delay(fault, attempt=0, retries=3, retry_safe=retry_safe, jitter=1.0)
    assert (delay is not None) is retried


STATUSES = [
    (400, Fault.REJECTED),
    (401, Fault.REJECTED),
    (403, Fault.REJECTED),
    (404, Fault.REJECTED),
    (405, Fault.REJECTED),
    (413, Fault.REJECTED),
    (429, Fault.RATE_LIMITED),
    (500, Fault.SERVER_ERROR),
    (502, Fault.SERVER_ERROR),
    (503, Fault.UNAVAILABLE),
    (504, Fault.SERVER_ERROR),
    (599, Fault.SERVER_ERROR),
]


@pytest.mark.parametrize(("status", "fault"), STATUSES)
def test_statuses(status: int, fault: Fault) -> None:
    assert fault_for_status(status) is fault


# attempt (0 = the first attempt just failed) -> backoff before jitter
BACKOFF = [(0, 0.05), (1, 0.1), (2, 0.2), (3, 0.4), (4, 0.8), (5, 1.6), (6, 2.0), (30, 2.0)]


@pytest.mark.parametrize(("attempt", "seconds"), BACKOFF)
def test_backoff_is_exponential_and_capped(attempt: int, seconds: float) -> None:
    assert backoff(attempt) == pytest.approx(seconds)
    delay = retry_delay(N, attempt=attempt, retries=100, retry_safe=False, jitter=0.5)
    assert delay == pytest.approx(seconds * 0.5)


# retries -> how many attempts are made for a fault that is always retried
BUDGET = [(0, 1), (1, 2), (3, 4), (5, 6)]


@pytest.mark.parametrize(("retries", "attempts"), BUDGET)
def test_retries_budget(retries: int, attempts: int) -> None:
    made = 1
    while retry_delay(N, attempt=made - 1, retries=retries, retry_safe=True) is not None:
        made += 1
    assert made == attempts


# retry_after hint -> the delay (honoured, capped, never negative)
RETRY_AFTER = [(0.0, 0.0), (1.5, 1.5), (10.0, 10.0), (60.0, _retry.RETRY_AFTER_MAX), (-3.0, 0.0)]


@pytest.mark.parametrize(("hint", "delay"), RETRY_AFTER)
def test_retry_after_is_honoured_and_capped(hint: float, delay: float) -> None:
    got = retry_delay(
        Fault.RATE_LIMITED, attempt=0, retries=3, retry_safe=False, retry_after=hint, jitter=0.5
    )
    assert got == delay


# (elapsed, deadline) -> retried?  (the next wait must end before the deadline)
DEADLINES = [(0.0, None, True), (0.0, 1.0, True), (0.96, 1.0, False), (5.0, 1.0, False)]


@pytest.mark.parametrize(("elapsed", "deadline", "retried"), DEADLINES)
def test_total_deadline(elapsed: float, deadline: float | None, retried: bool) -> None:
    delay = retry_delay(
        N, attempt=0, retries=3, retry_safe=True, elapsed=elapsed, deadline=deadline, jitter=1.0
    )
    assert (delay is not None) is retried


# per-attempt timeouts -> the total deadline when none is given (10 s, or the longest phase)
DEFAULT_DEADLINES = [
    ({"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}, 10.0),
    ({"connect": 0.5, "read": 0.5, "write": 0.5, "pool": 0.5}, 10.0),
    ({"connect": 5.0, "read": 60.0, "write": 5.0, "pool": 5.0}, 60.0),
    ({"connect": 12.0, "read": 1.0, "write": 1.0, "pool": 1.0}, 12.0),
]


@pytest.mark.parametrize(("timeout", "deadline"), DEFAULT_DEADLINES)
def test_default_deadline(timeout: dict[str, float], deadline: float) -> None:
    assert _retry.default_deadline(timeout) == deadline


def test_jitter_is_isolated_and_bounded() -> None:
    values = [_retry.jitter() for _ in range(200)]
    assert all(_retry.JITTER_MIN <= v <= 1.0 for v in values)
    assert len(set(values)) > 1


def test_named_constants() -> None:
    assert (_retry.DEFAULT_RETRIES, _retry.BACKOFF_INITIAL, _retry.BACKOFF_MAX) == (3, 0.05, 2.0)
    assert _retry.DEFAULT_DEADLINE == 10.0
    assert (_retry.BACKOFF_MULTIPLIER, _retry.JITTER_MIN, _retry.RETRY_AFTER_MAX) == (
        2.0,
        0.5,
        10.0,
    )


RETRY_AFTER_HEADERS = [
    (None, None),
    ("", None),
    ("3", 3.0),
    (" 2 ", 2.0),
    ("0.5", 0.5),
    ("soon", None),
    ("nan", None),
    ("-1", None),
]


@pytest.mark.parametrize(("header", "seconds"), RETRY_AFTER_HEADERS)
def test_parse_retry_after(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


def test_parse_retry_after_http_date() -> None:
    header = email.utils.formatdate(time.time() + 30, usegmt=True)
    seconds = parse_retry_after(header)
    assert seconds is not None and 25 <= seconds <= 31
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    assert parse_retry_after(past) == 0.0
