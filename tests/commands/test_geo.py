"""Integration cases for the geo group: every offered reply variant, plus nil/empty replies.

The data is two Sicilian cities; distances, hashes and positions are what Redis answers for them
(positions are compared within 1e-6 degrees, distances come rounded to 4 decimals).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from tests.commands._harness import Case, live_params, plain, run_case, v

PALERMO = (13.361389, 38.115556)
CATANIA = (15.087269, 37.502669)
# where Redis stores them (52-bit geohash cells) and their geohash scores
PALERMO_POS = (13.36138933897018433, 38.11555639549629859)
CATANIA_POS = (15.08726745843887329, 37.50266842333162032)
PALERMO_HASH = 3479099956230698
CATANIA_HASH = 3479447370796909

# (member, distance in km, hash, position), nearest first
FROM_POINT = [  # from longitude 15, latitude 37
    ("Catania", 56.4413, CATANIA_HASH, CATANIA_POS),
    ("Palermo", 190.4424, PALERMO_HASH, PALERMO_POS),
]
FROM_PALERMO = [
    ("Palermo", 0.0, PALERMO_HASH, PALERMO_POS),
    ("Catania", 166.2742, CATANIA_HASH, CATANIA_POS),
]

# every combination of the WITH* flags, as the spec's reply variants name them
COMBOS: list[tuple[str, ...]] = [
    (),
    ("withdist",),
    ("withhash",),
    ("withcoord",),
    ("withdist", "withhash"),
    ("withdist", "withcoord"),
    ("withhash", "withcoord"),
    ("withdist", "withhash", "withcoord"),
]


def same(got: Any, want: Any) -> bool:
    """Equality, with floats within 1e-6 (positions are printed with 17 digits)."""
    if isinstance(want, float):
        return isinstance(got, float) and math.isclose(got, want, rel_tol=0, abs_tol=1e-6)
    if isinstance(want, (list, tuple)):
        return (
            type(got) is type(want)
            and len(got) == len(want)
            and all(same(g, w) for g, w in zip(got, want, strict=True))
        )
    return got == want


def cities(r: Any, k: Any) -> object:
    return r.geoadd(k("g"), {"Palermo": PALERMO, "Catania": CATANIA})


def rows(data: list[tuple[str, float, int, tuple[float, float]]], combo: tuple[str, ...]) -> list:
    """The expected elements for a WITH* combination (wire order: member, dist, hash, coord)."""
    out = []
    for member, dist, hash_, pos in data:
        item: list[object] = [member]
        if "withdist" in combo:
            item.append(dist)
        if "withhash" in combo:
            item.append(hash_)
        if "withcoord" in combo:
            item.append(pos)
        out.append(tuple(item))
    return out


def variant_cases(
    command: str,
    call: Callable[..., object],
    data: list[tuple[str, float, int, tuple[float, float]]],
    name: str = "",
) -> list[Case]:
    """One case per WITH* combination; `call(r, k, **flags)` runs the query."""
    cases = []
    for combo in COMBOS:
        flags = dict.fromkeys(combo, True)
        if combo:
            want = rows(data, combo)
            cases.append(
                Case(
                    command,
                    lambda r, k, flags=flags: call(r, k, **flags),
                    check=lambda got, k, want=want: same(plain(got), want),
                    when=flags,
                    setup=cities,
                    name=f"{'+'.join(combo)}{'-' + name if name else ''}",
                )
            )
        else:
            cases.append(
                Case(
                    command,
                    lambda r, k: call(r, k),
                    [v(m) for m, *_ in data],
                    setup=cities,
                    name=name,
                )
            )
    return cases


def georadius(r: Any, k: Any, **flags: Any) -> object:
    return r.georadius(k("g"), 15, 37, 200, "KM", asc=True, **flags)


def georadius_ro(r: Any, k: Any, **flags: Any) -> object:
    return r.georadius_ro(k("g"), 15, 37, 200, "KM", asc=True, **flags)


def georadiusbymember(r: Any, k: Any, **flags: Any) -> object:
    return r.georadiusbymember(k("g"), "Palermo", 200, "KM", asc=True, **flags)


def georadiusbymember_ro(r: Any, k: Any, **flags: Any) -> object:
    return r.georadiusbymember_ro(k("g"), "Palermo", 200, "KM", asc=True, **flags)


def geosearch_member(r: Any, k: Any, **flags: Any) -> object:
    return r.geosearch(k("g"), frommember="Palermo", byradius=(200, "KM"), asc=True, **flags)


def geosearch_point(r: Any, k: Any, **flags: Any) -> object:
    return r.geosearch(k("g"), fromlonlat=(15, 37), bybox=(400, 400, "KM"), asc=True, **flags)


CASES: list[Case] = [
    # GEOADD
    Case("GEOADD", lambda r, k: r.geoadd(k("g"), {"Palermo": PALERMO, "Catania": CATANIA}), 2),
    Case(
        "GEOADD",
        lambda r, k: r.geoadd(k("g"), {"Palermo": (13.361389, 38.2), "Nowhere": (1, 1)}, xx=True),
        0,
        setup=cities,
        name="xx",
    ),
    Case(
        "GEOADD",
        lambda r, k: r.geoadd(
            k("g"), {"Palermo": (13.361389, 38.2), "Nowhere": (1, 1)}, xx=True, ch=True
        ),
        1,
        setup=cities,
        name="xx-ch",
    ),
    Case(
        "GEOADD",
        lambda r, k: r.geoadd(k("g"), {"Palermo": (0, 0), "Rome": (12.5, 41.9)}, nx=True),
        1,
        setup=cities,
        name="nx",
    ),
    # GEODIST
    Case(
        "GEODIST", lambda r, k: r.geodist(k("g"), "Palermo", "Catania"), 166274.1516, setup=cities
    ),
    Case(
        "GEODIST",
        lambda r, k: r.geodist(k("g"), "Palermo", "Catania", unit="KM"),
        166.2742,
        setup=cities,
        name="km",
    ),
    Case(
        "GEODIST",
        lambda r, k: r.geodist(k("g"), "Palermo", "nope"),
        None,
        setup=cities,
        name="missing-member",
    ),
    Case("GEODIST", lambda r, k: r.geodist(k("missing"), "a", "b"), None, name="missing"),
    # GEOHASH, GEOPOS
    Case(
        "GEOHASH",
        lambda r, k: r.geohash(k("g"), "Palermo", "nope", "Catania"),
        ["sqc8b49rny0", None, "sqdtr74hyu0"],
        setup=cities,
    ),
    Case("GEOHASH", lambda r, k: r.geohash(k("missing"), "a"), [None], name="missing"),
    Case(
        "GEOPOS",
        lambda r, k: r.geopos(k("g"), "Palermo", "nope", "Catania"),
        check=lambda got, k: same(plain(got), [PALERMO_POS, None, CATANIA_POS]),
        setup=cities,
    ),
    Case("GEOPOS", lambda r, k: r.geopos(k("missing"), "a"), [None], name="missing"),
    # GEORADIUS and friends: one case per WITH* combination
    *variant_cases("GEORADIUS", georadius, FROM_POINT),
    *variant_cases("GEORADIUS_RO", georadius_ro, FROM_POINT),
    *variant_cases("GEORADIUSBYMEMBER", georadiusbymember, FROM_PALERMO),
    *variant_cases("GEORADIUSBYMEMBER_RO", georadiusbymember_ro, FROM_PALERMO),
    *variant_cases("GEOSEARCH", geosearch_member, FROM_PALERMO, name="frommember-byradius"),
    *[
        c
        for c in variant_cases("GEOSEARCH", geosearch_point, FROM_POINT, name="fromlonlat-bybox")
        if len(c.when) in (0, 3)
    ],
    Case(
        "GEORADIUS",
        lambda r, k: r.georadius(k("g"), 15, 37, 200, "KM", count=1, asc=True),
        [v("Catania")],
        setup=cities,
        name="count",
    ),
    Case(
        "GEORADIUS",
        lambda r, k: r.georadius(k("g"), 15, 37, 10, "KM"),
        [],
        setup=cities,
        name="nothing-near",
    ),
    Case(
        "GEORADIUS_RO",
        lambda r, k: r.georadius_ro(k("missing"), 15, 37, 200, "KM"),
        [],
        name="missing",
    ),
    Case(
        "GEORADIUSBYMEMBER",
        lambda r, k: r.georadiusbymember(k("g"), "Palermo", 100, "MI", desc=True),
        [v("Palermo")],
        setup=cities,
        name="mi-desc",
    ),
    Case(
        "GEOSEARCH",
        lambda r, k: r.geosearch(k("missing"), fromlonlat=(15, 37), byradius=(1, "M")),
        [],
        name="missing",
    ),
    # STORE / STOREDIST variants
    Case(
        "GEORADIUS",
        lambda r, k: r.georadius(k("g"), 15, 37, 200, "KM", store=k("dst")),
        2,
        when={"store": "set"},
        setup=cities,
    ),
    Case(
        "GEORADIUS",
        lambda r, k: r.georadius(k("g"), 15, 37, 100, "KM", storedist=k("dst")),
        1,
        when={"storedist": "set"},
        setup=cities,
    ),
    Case(
        "GEORADIUSBYMEMBER",
        lambda r, k: r.georadiusbymember(k("g"), "Palermo", 200, "KM", count=1, store=k("dst")),
        1,
        when={"store": "set"},
        setup=cities,
    ),
    Case(
        "GEORADIUSBYMEMBER",
        lambda r, k: r.georadiusbymember(k("g"), "Palermo", 200, "KM", storedist=k("dst")),
        2,
        when={"storedist": "set"},
        setup=cities,
    ),
    Case(
        "GEOSEARCHSTORE",
        lambda r, k: r.geosearchstore(
            k("dst"), k("g"), frommember="Palermo", byradius=(200, "KM"), storedist=True
        ),
        2,
        setup=cities,
    ),
    Case(
        "GEOSEARCHSTORE",
        lambda r, k: r.geosearchstore(
            k("dst"), k("g"), fromlonlat=(15, 37), bybox=(400, 400, "KM"), count=1, asc=True
        ),
        1,
        setup=cities,
        name="fromlonlat-bybox-count",
    ),
    Case(
        "GEOSEARCHSTORE",
        lambda r, k: r.geosearchstore(
            k("dst"), k("missing"), fromlonlat=(15, 37), byradius=(1, "KM")
        ),
        0,
        name="missing",
    ),
]


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
