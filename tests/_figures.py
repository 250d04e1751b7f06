"""Figures a suite records during a run and prints in the terminal summary (`-s` or not), so
that `make test` and `make soak` both show them: a suite's conftest makes one `Figures`, hands
out its `record` through a `figures` fixture, and calls `summary` from its
`pytest_terminal_summary`."""

from __future__ import annotations

from collections.abc import Callable

import pytest

#: What the `figures` fixture gives: `figures("load", [("requests", n), ...])`.
Record = Callable[[str, list[tuple[str, object]]], None]


class Figures:
    """The figures of one suite: (section title, [(label, value), ...]), in order."""

    def __init__(self, section: str) -> None:
        self.section = section
        self.recorded: list[tuple[str, list[tuple[str, object]]]] = []

    def record(self, title: str, rows: list[tuple[str, object]]) -> None:
        self.recorded.append((title, rows))

    def summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not self.recorded:
            return
        terminalreporter.section(self.section)
        for title, rows in self.recorded:
            terminalreporter.write_line(f"{title}:")
            width = max(len(label) for label, _ in rows)
            for label, value in rows:
                terminalreporter.write_line(f"  {label.ljust(width)}  {value}")
