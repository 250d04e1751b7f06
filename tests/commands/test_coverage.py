"""Every offered command variant, and every option only some servers have, has a case on each
live server that has it; what no live server has (Redis 8.2 only) is listed here by name and
covered by the scripted server instead (test_scripted.py)."""

from __future__ import annotations

import importlib
import pkgutil

import tests.commands as package
from tests.commands._harness import (
    Case,
    command,
    limited_options,
    live_servers,
    offered_variants,
    servers_of,
    servers_with,
    spec,
)
from tests.commands.test_scripted import REDIS_82_CASES, SCRIPTED

#: Offered variants no live server has, as (command, when): only Redis 8.2 has them.
SCRIPTED_VARIANTS = {("XACKDEL", ()), ("XDELEX", ())}
#: Options no live server has, as (command, option): BITOP's operators of Redis 8.2.
SCRIPTED_OPTIONS = {("BITOP", "diff"), ("BITOP", "diff1"), ("BITOP", "andor"), ("BITOP", "one")}


def all_cases() -> list[Case]:
    """The live cases of every case module (JSON's included), destructive ones too."""
    cases: list[Case] = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("test_") and info.name != "test_coverage":
            module = importlib.import_module(f"tests.commands.{info.name}")
            cases.extend(getattr(module, "CASES", []))
            cases.extend(getattr(module, "DESTRUCTIVE_CASES", []))
    return cases


def _key(when: dict[str, object]) -> tuple[tuple[str, object], ...]:
    return tuple(sorted(when.items()))


def test_every_offered_variant_has_a_case_on_each_server_that_has_it() -> None:
    """A variant on Redis and Valkey needs a case running on both; on Valkey only (HTTL,
    ZRANK's withscore=True), a case on Valkey; a module's (JSON.*), on the server loading it."""
    runs: dict[tuple[str, tuple[tuple[str, object], ...]], set[str]] = {}
    for case in all_cases():
        runs.setdefault((case.command, _key(dict(case.when))), set()).update(servers_of(case))
    missing = []
    for name, when in offered_variants():
        have = set(servers_with(name, list(when)))
        lacking = sorted(have - runs.get((name, _key(when)), set()))
        if lacking:
            missing.append(f"{name} when={when}: no case on {', '.join(lacking)}")
    assert not missing, f"{len(missing)} variants without a live case:\n" + "\n".join(missing)


def test_every_limited_option_has_a_case_on_each_server_that_has_it() -> None:
    """An option an argument `since` limits (SET's ifeq, HSETEX's nx/xx, HSCAN's novalues) is
    used (in `when` or `uses`) by a case on every live server that has it."""
    runs: dict[tuple[str, str], set[str]] = {}
    for case in all_cases():
        for option in (*case.when, *case.uses):
            runs.setdefault((case.command, option), set()).update(servers_of(case))
    missing = []
    for entry in spec()["commands"]:
        if entry.get("excluded") or entry.get("container"):
            continue
        for option in limited_options(entry):
            have = set(servers_with(entry["name"], [option]))
            lacking = sorted(have - runs.get((entry["name"], option), set()))
            if lacking:
                missing.append(f"{entry['name']} {option}: no case on {', '.join(lacking)}")
    assert not missing, f"{len(missing)} options without a live case:\n" + "\n".join(missing)


def test_what_no_live_server_has_is_listed_and_scripted() -> None:
    """The lists above are exactly what no live server has; each item has a scripted-server case
    (and a live case, which runs once a live server has it)."""
    servers = ", ".join(f"{s.kind} {s.version}" for s in live_servers().values())
    nowhere = {(n, _key(w)) for n, w in offered_variants() if not servers_with(n, list(w))}
    assert nowhere == SCRIPTED_VARIANTS, f"offered variants none of {servers} has"
    unlived = {
        (entry["name"], option)
        for entry in spec()["commands"]
        if not (entry.get("excluded") or entry.get("container"))
        for option in limited_options(entry)
        if not servers_with(entry["name"], [option])
    }
    assert unlived == SCRIPTED_OPTIONS, f"options none of {servers} has"
    for cases in (SCRIPTED, REDIS_82_CASES):
        variants = {(c.command, _key(dict(c.when))) for c in cases}
        options = {(c.command, o) for c in cases for o in (*c.when, *c.uses)}
        assert not SCRIPTED_VARIANTS - variants, SCRIPTED_VARIANTS - variants
        assert not SCRIPTED_OPTIONS - options, SCRIPTED_OPTIONS - options


def test_cases_name_offered_variants() -> None:
    offered = {(n, _key(w)) for n, w in offered_variants()}
    cases = [*all_cases(), *REDIS_82_CASES, *SCRIPTED]
    stray = [c.id for c in cases if (c.command, _key(dict(c.when))) not in offered]
    assert not stray, f"cases for variants the spec does not offer: {stray}"


def test_cases_use_only_options_their_command_limits() -> None:
    """`uses` names limited options (a typo would count for nothing)."""
    cases = [*all_cases(), *REDIS_82_CASES, *SCRIPTED]
    bad = [
        f"{c.id}: {o}"
        for c in cases
        for o in c.uses
        if o not in limited_options(command(c.command))
    ]
    assert not bad, f"`uses` names no option an argument `since` limits: {bad}"


def test_every_live_case_runs_somewhere() -> None:
    """A case no live server runs (a `servers=` restriction to a server without the command)
    would be dead: the Redis-8.2-only ones live in test_scripted.REDIS_82_CASES instead."""
    dead = [c.id for c in all_cases() if not servers_of(c)]
    assert not dead, f"cases no live server runs: {dead}"
