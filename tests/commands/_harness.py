"""Table-driven integration cases: every offered command variant, in `str` and `bytes` modes.

A `Case` names the spec command and the reply variant it exercises (`when`), prepares data with
`setup`, calls the typed method, and states the expected value in a mode-neutral notation:
`v("a")` is a Redis value, `"a"` in a `Redis[str]` and `b"a"` in a `Redis[bytes]`. Each case runs
once per mode against the real gateway, with keys of its own, and the decoded value must both
equal the expectation and match, at run time, the type the spec declares for that variant.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests._spec_types import conforms, load_spec, parse

_counter = itertools.count()
_RUN = secrets.token_hex(3)  # keys of one run never meet a previous run's on a kept server


class Keys:
    """Key factory: `k("z")` is a key unique to this case and mode (`k.prefix` is the prefix)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __call__(self, name: str) -> str:
        return f"{self.prefix}{name}"


@dataclass(frozen=True)
class v:  # lower case: reads as a literal in the case tables
    """A Redis value in the expectation: `str` in text mode, `bytes` in binary mode."""

    text: str


def resolve(expected: object, binary: bool) -> object:
    """Turn a mode-neutral expectation into the value the client must return."""
    if isinstance(expected, v):
        return expected.text.encode() if binary else expected.text
    if isinstance(expected, list):
        return [resolve(x, binary) for x in expected]
    if isinstance(expected, tuple):
        return tuple(resolve(x, binary) for x in expected)
    if isinstance(expected, dict):
        return {resolve(k, binary): resolve(x, binary) for k, x in expected.items()}
    if isinstance(expected, (set, frozenset)):
        return {resolve(x, binary) for x in expected}
    return expected


ANY = object()  # `expect=ANY`: only the type is checked (values the test cannot know, e.g. TIME)


@dataclass
class Case:
    """One call of one command variant.

    - `command`: the spec name (`"ZRANGE"`, `"XINFO STREAM"`).
    - `call(r, k)`: the typed call, e.g. `lambda r, k: r.zrange(k("z"), 0, -1, withscores=True)`.
    - `expect`: the expected value (mode-neutral, see `v`), or a callable `(k) -> expected` when it
      mentions keys, or `ANY`.
    - `check(value, k)`: an extra predicate for values that cannot be spelled out (structs with
      timestamps); must return True.
    - `setup(r, k)`: prepares data (typically with `r.execute(...)` or typed calls).
    - `when`: the reply variant's conditions as in the spec (`{"withscores": True}`); `{}` is the
      default variant.
    - `unordered`: compare lists as multisets (SMEMBERS, HKEYS of a large hash...).
    """

    command: str
    call: Callable[[Any, Keys], object]
    expect: object = ANY
    setup: Callable[[Any, Keys], object] | None = None
    check: Callable[[Any, Keys], bool] | None = None
    when: Mapping[str, object] = field(default_factory=dict)
    unordered: bool = False
    name: str = ""

    @property
    def id(self) -> str:
        label = self.name or ",".join(f"{k}={v}" for k, v in sorted(self.when.items()))
        return f"{self.command}[{label}]" if label else self.command


_SPEC: dict[str, Any] | None = None


def spec() -> dict[str, Any]:
    global _SPEC
    if _SPEC is None:
        _SPEC = load_spec()
    return _SPEC


def plain(x: object) -> Any:
    """A mode-neutral view: bytes as str, tuple-shaped structs as tuples, map-shaped as dicts."""
    if isinstance(x, bytes):
        return x.decode()
    if isinstance(x, list):
        return [plain(i) for i in x]
    if isinstance(x, tuple):
        return tuple(plain(i) for i in x)
    if isinstance(x, dict):
        return {plain(a): plain(b) for a, b in x.items()}
    t = spec()["types"].get(type(x).__name__)
    if t is None:
        return x
    names = [f["name"] for f in t["fields"]]
    if t["shape"] == "tuple":
        return tuple(plain(getattr(x, n)) for n in names)
    return {n: plain(getattr(x, n)) for n in names}


def declared_type(command: str, when: Mapping[str, object]) -> str:
    entry = next((c for c in spec()["commands"] if c["name"] == command), None)
    if entry is None:
        raise AssertionError(f"{command} is not in the spec")
    for reply in entry.get("replies", []):
        if dict(reply.get("when", {})) == dict(when):
            return str(reply["type"])
    raise AssertionError(f"{command} has no reply variant with when={dict(when)}")


def _normalise(value: object, unordered: bool) -> object:
    if unordered and isinstance(value, list):
        return sorted(value, key=repr)
    return value


def run_case(case: Case, client: Any, binary: bool) -> None:
    """Run `case` on `client` (a `Redis[str]` or `Redis[bytes]`) and assert value and type."""
    k = Keys(f"t{_RUN}.{next(_counter)}:{'b' if binary else 's'}:")
    if case.setup is not None:
        case.setup(client, k)
    got = case.call(client, k)
    declared = declared_type(case.command, case.when)
    mismatch = conforms(got, parse(declared), binary, spec()["types"])
    assert mismatch is None, f"{case.id}: value does not match declared {declared}: {mismatch}"
    if case.expect is not ANY:
        expected = case.expect(k) if callable(case.expect) else case.expect
        want = resolve(expected, binary)
        assert _normalise(got, case.unordered) == _normalise(want, case.unordered), (
            f"{case.id}: got {got!r}, expected {want!r}"
        )
    if case.check is not None:
        assert case.check(got, k), f"{case.id}: check failed on {got!r}"


def offered_variants() -> list[tuple[str, dict[str, object]]]:
    """Every (command, when) pair the spec offers: each needs at least one case."""
    out: list[tuple[str, dict[str, object]]] = []
    for entry in spec()["commands"]:
        if entry.get("excluded") or entry.get("container"):
            continue
        for reply in entry.get("replies", []):
            out.append((entry["name"], dict(reply.get("when", {}))))
    return out


def case_ids(cases: Sequence[Case]) -> list[str]:
    return [c.id for c in cases]
