"""Table-driven integration cases: every offered command variant, in `str` and `bytes` modes.

A `Case` names the spec command and the reply variant it exercises (`when`), prepares data with
`setup`, calls the typed method, and states the expected value in a mode-neutral notation:
`v("a")` is a Redis value, `"a"` in a `Redis[str]` and `b"a"` in a `Redis[bytes]`. Each case runs
once per mode against the real gateway, with keys of its own, and the decoded value must both
equal the expectation and match, at run time, the type the spec declares for that variant.

Each case runs on every live server that has what it calls (`live_params`): Redis 7.0 (the
`gateway` fixture) and Valkey 9.1 with RedisJSON (`valkey_gateway`). "Has" is read from the spec:
the command's `since` against the server's kind and version (a module's command: the server loads
the module), and the `since` of every option the case uses (its `when` parameters and `uses`),
so ZRANK's `withscore=True` runs on Valkey only. Where the servers answer the same call in
different words (HELP texts, LOLWUT's signature), `by_server(redis=..., valkey=...)` gives each
its own expectation; `servers=` would keep a case off a server altogether (say why next to it).
"""

from __future__ import annotations

import functools
import itertools
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

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


@dataclass(frozen=True)
class ByServer:
    """An `expect` or `check` that differs by live server: `by_server(redis=..., valkey=...)`.
    For texts the servers word differently (HELP lines, LOLWUT's signature, a payload's RDB
    version); say next to it what differs."""

    values: Mapping[str, Any]

    def on(self, server: str | None, case_id: str) -> Any:
        if server not in self.values:
            raise AssertionError(f"{case_id}: no expectation for server {server!r}")
        return self.values[server]


def by_server(**values: Any) -> ByServer:
    return ByServer(values)


@dataclass
class Case:
    """One call of one command variant.

    - `command`: the spec name (`"ZRANGE"`, `"XINFO STREAM"`).
    - `call(r, k)`: the typed call, e.g. `lambda r, k: r.zrange(k("z"), 0, -1, withscores=True)`.
    - `expect`: the expected value (mode-neutral, see `v`), or a callable `(k) -> expected` when it
      mentions keys, or `ANY`.
    - `check(value, k)`: an extra predicate for values that cannot be spelled out (structs with
      timestamps); must return True.
    - `expect` and `check` may be `by_server(redis=..., valkey=...)` where the servers differ.
    - `setup(r, k)`: prepares data (typically with `r.execute(...)` or typed calls).
    - `when`: the reply variant's conditions as in the spec (`{"withscores": True}`); `{}` is the
      default variant.
    - `unordered`: compare lists as multisets (SMEMBERS, HKEYS of a large hash...).
    - `uses`: options the call passes beyond `when` that only some servers have (`("ifeq",)` for
      SET's IFEQ): the case runs only where they exist, and it counts for their coverage.
    - `servers`: only on these live servers (`("valkey",)`), for a real difference between them.
    """

    command: str
    call: Callable[[Any, Keys], object]
    expect: object = ANY
    setup: Callable[[Any, Keys], object] | None = None
    check: Callable[[Any, Keys], bool] | ByServer | None = None
    when: Mapping[str, object] = field(default_factory=dict)
    unordered: bool = False
    name: str = ""
    uses: tuple[str, ...] = ()
    servers: tuple[str, ...] | None = None

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
    if t is None or t["shape"] == "enum":  # an IntEnum compares equal to its code
        return x
    names = [f["name"] for f in t["fields"]]
    if t["shape"] == "tuple":
        return tuple(plain(getattr(x, n)) for n in names)
    return {n: plain(getattr(x, n)) for n in names}


def declared_type(name: str, when: Mapping[str, object]) -> str:
    entry = command(name)
    for reply in entry.get("replies", []):
        if dict(reply.get("when", {})) == dict(when):
            return str(reply["type"])
    raise AssertionError(f"{name} has no reply variant with when={dict(when)}")


def _normalise(value: object, unordered: bool) -> object:
    if unordered and isinstance(value, list):
        return sorted(value, key=repr)
    return value


def run_case(
    case: Case, client: Any, binary: bool, server: str | None = None, *, tagged: bool = False
) -> None:
    """Run `case` on `client` (a `Redis[str]` or `Redis[bytes]` of live server `server`) and
    assert value and type. `tagged`: the case's keys share one `{hash tag}`, so that on a Redis
    Cluster they all live in one slot (tests/cluster)."""
    prefix = f"t{_RUN}.{next(_counter)}:{'b' if binary else 's'}:"
    k = Keys(f"{{{prefix}}}" if tagged else prefix)
    if case.setup is not None:
        case.setup(client, k)
    got = case.call(client, k)
    declared = declared_type(case.command, case.when)
    mismatch = conforms(got, parse(declared), binary, spec()["types"])
    assert mismatch is None, f"{case.id}: value does not match declared {declared}: {mismatch}"
    expect = case.expect.on(server, case.id) if isinstance(case.expect, ByServer) else case.expect
    if expect is not ANY:
        expected = expect(k) if callable(expect) else expect
        want = resolve(expected, binary)
        assert _normalise(got, case.unordered) == _normalise(want, case.unordered), (
            f"{case.id}: got {got!r}, expected {want!r}"
        )
    check = case.check.on(server, case.id) if isinstance(case.check, ByServer) else case.check
    if check is not None:
        assert check(got, k), f"{case.id}: check failed on {got!r}"


def command(name: str) -> dict[str, Any]:
    entry = next((c for c in spec()["commands"] if c["name"] == name), None)
    if entry is None:
        raise AssertionError(f"{name} is not in the spec")
    return entry


# ---- which live servers have what a case calls ------------------------------------------------


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class Live:
    """A live server the cases run on: the spec's server kind (`redis`, `valkey`), the version
    of the binary its gateway starts, the modules it loads, the session fixture of its shared
    gateway, and how to start a private one (`start(*flags)`, for the destructive cases)."""

    kind: str
    version: str
    modules: tuple[str, ...]
    fixture: str
    start: Callable[..., Any]

    def has(self, since: Mapping[str, str]) -> bool:
        """Whether a command or option with this `since` exists on this server."""
        if any(module in since for module in self.modules):
            return True
        have = since.get(self.kind)
        return have is not None and version_key(self.version) >= version_key(have)

    def check(self, redis_url: str) -> None:
        """Fail loudly when a gateway fronts another server than the cases were chosen for."""
        from _servers import server_info

        found = server_info(redis_url)
        kind = "valkey" if found.name == "valkey-server" else "redis"
        missing = [m for m in self.modules if m not in found.modules]
        assert (kind, found.version) == (self.kind, self.version) and not missing, (
            f"a gateway runs {found.name} {found.version} with modules {found.modules}; the "
            f"cases were chosen for {self.kind} {self.version} with {self.modules}"
        )


@functools.cache
def live_servers() -> dict[str, Live]:
    """The servers of this machine the cases run on, by kind (read from the binaries)."""
    from _gateway import start_gateway, start_valkey_gateway
    from _servers import binary_version, redis_server_path, valkey_server_path

    return {
        "redis": Live("redis", binary_version(redis_server_path()), (), "gateway", start_gateway),
        "valkey": Live(
            "valkey",
            binary_version(valkey_server_path()),
            ("ReJSON",),
            "valkey_gateway",
            start_valkey_gateway,
        ),
    }


def limited_options(entry: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """The options of a command that an argument `since` limits to some servers, by label (the
    Python name: the `py` hint or the lower-case token), with that `since`. A limited oneof or
    block passes its `since` to its children: HSETEX's NX/XX give `nx` and `xx`, BITOP's 8.2
    operators (values of one Literal parameter) `diff`, `diff1`, `andor` and `one`."""
    out: dict[str, dict[str, str]] = {}

    def walk(args: Sequence[Mapping[str, Any]], inherited: dict[str, str] | None) -> None:
        for a in args:
            since = a.get("since", inherited)
            if since is not None and (a.get("py") or a.get("token")):
                out[a.get("py") or a["token"].lower().replace("-", "_")] = since
            walk(a.get("arguments", []), since)

    walk(entry["arguments"], None)
    return out


def servers_with(name: str, options: Sequence[str] = ()) -> tuple[str, ...]:
    """The live servers that have command `name` and every limited option among `options`."""
    entry = command(name)
    limited = limited_options(entry)
    return tuple(
        server
        for server, live in live_servers().items()
        if live.has(entry["since"]) and all(live.has(limited[o]) for o in options if o in limited)
    )


def servers_of(case: Case) -> tuple[str, ...]:
    """The live servers `case` runs on."""
    have = servers_with(case.command, (*case.when, *case.uses))
    return tuple(s for s in have if case.servers is None or s in case.servers)


def live_params(cases: Sequence[Case]) -> list[Any]:
    """`pytest.param(case, server)` for every case and every live server it runs on."""
    return [
        pytest.param(case, server, id=f"{server}:{case.id}")
        for case in cases
        for server in servers_of(case)
    ]


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
