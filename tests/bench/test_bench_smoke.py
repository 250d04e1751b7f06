"""`make bench` cannot rot: every case runs against the test gateway with tiny sizes.

No timing is asserted (the figures mean nothing at these sizes); only that each case measures
redisrest and every peer its targets name, and that the report renders a line per row.
"""

from __future__ import annotations

from _gateway import Gateway

from bench._harness import REDISREST, TINY, Env
from bench._run import CASES, report, run_all


def test_every_case_gives_rows_with_their_peers_measured(gateway: Gateway) -> None:
    rows = run_all(Env(gateway.url, gateway.token, gateway.redis_url), TINY)

    assert sorted({row.case for row in rows}) == sorted(CASES)
    for row in rows:
        assert REDISREST in row.values, row.what
        assert all(value >= 0 for value in row.values.values()), row.what
        for check in row.checks:
            assert check.ratio(row) is not None, (row.what, check.peer)
    text = report(rows, TINY, 0.0)
    assert sum(
        line.startswith(f"| {row.case} | {row.what} |")
        for row in rows
        for line in text.splitlines()
    ) == len(rows)
