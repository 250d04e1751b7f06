"""Every offered command variant of the spec has at least one integration case."""

from __future__ import annotations

import importlib
import pkgutil

import tests.commands as package
from tests.commands._harness import Case, offered_variants


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("test_") and info.name != "test_coverage":
            module = importlib.import_module(f"tests.commands.{info.name}")
            cases.extend(getattr(module, "CASES", []))
            cases.extend(getattr(module, "DESTRUCTIVE_CASES", []))
    return cases


def test_every_offered_variant_has_a_case() -> None:
    covered = {(c.command, tuple(sorted(c.when.items()))) for c in all_cases()}
    missing = [
        f"{name} when={when}"
        for name, when in offered_variants()
        if (name, tuple(sorted(when.items()))) not in covered
    ]
    assert not missing, f"{len(missing)} variants without a case:\n" + "\n".join(missing)


def test_cases_name_offered_variants() -> None:
    offered = {(n, tuple(sorted(w.items()))) for n, w in offered_variants()}
    stray = [c.id for c in all_cases() if (c.command, tuple(sorted(c.when.items()))) not in offered]
    assert not stray, f"cases for variants the spec does not offer: {stray}"
