"""Cases for the offered `pubsub` commands (PUBLISH, SPUBLISH, PUBSUB introspection).

Subscribing is not a REST command, so the cases that need a live subscriber open one directly on
the gateway's redis-server (its address is `laddr` in CLIENT INFO) in their setup, and the
call closes it once the command has run. Where that server cannot be reached from the tests, those
cases are skipped.
"""

from __future__ import annotations

import re
import socket
from typing import Any

import pytest

from tests.commands._harness import Case, Keys, by_server, live_params, run_case, v

_SUBSCRIBERS: dict[str, socket.socket] = {}


def _resp(*argv: str) -> bytes:
    out = [f"*{len(argv)}\r\n".encode()]
    for arg in argv:
        data = arg.encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)


def _subscribe(r: Any, k: Keys, kind: str, *targets: str) -> None:
    """Subscribe a raw connection of the gateway's redis-server to `targets`, and wait for it."""
    found = re.search(r" laddr=(\S+):(\d+) ", r.client_info())
    if found is None:
        pytest.skip("CLIENT INFO does not show the redis-server address")
    host, port = found.group(1), int(found.group(2))
    confirmation, data = kind.lower().encode() + b"\r\n", b""
    try:
        if host.startswith("/"):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(5)
            sock.connect(host)
        else:
            sock = socket.create_connection((host.strip("[]"), port), timeout=5)
        sock.sendall(_resp(kind, *targets))
        while data.count(confirmation) < len(targets) and not data.startswith(b"-"):
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError as exc:
        pytest.skip(f"no subscriber on the gateway's redis-server: {exc}")
    if data.count(confirmation) < len(targets):
        sock.close()
        pytest.skip(f"redis-server refused {kind}: {data[:80]!r}")
    _SUBSCRIBERS[k.prefix] = sock


def _closed(k: Keys, value: object) -> object:
    """Close the case's subscriber (after the call ran), passing the call's value through."""
    sock = _SUBSCRIBERS.pop(k.prefix, None)
    if sock is not None:
        sock.close()
    return value


def _not_negative(got: Any, k: Keys) -> bool:
    return got >= 0


_PUBSUB_USAGE = "PUBSUB <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"

CASES: list[Case] = [
    # PUBLISH / SPUBLISH
    Case("PUBLISH", lambda r, k: r.publish(k("ch"), "hello"), 0, name="no-subscriber"),
    Case(
        "PUBLISH",
        lambda r, k: _closed(k, r.publish(k("ch"), "hello")),
        1,
        setup=lambda r, k: _subscribe(r, k, "SUBSCRIBE", k("ch")),
    ),
    Case(
        "PUBLISH",
        lambda r, k: _closed(k, r.publish(k("ch"), "hello")),
        1,
        setup=lambda r, k: _subscribe(r, k, "PSUBSCRIBE", k("c*")),
        name="pattern-subscriber",
    ),
    Case("SPUBLISH", lambda r, k: r.spublish(k("sh"), "hello"), 0, name="no-subscriber"),
    Case(
        "SPUBLISH",
        lambda r, k: _closed(k, r.spublish(k("sh"), "hello")),
        1,
        setup=lambda r, k: _subscribe(r, k, "SSUBSCRIBE", k("sh")),
    ),
    # PUBSUB CHANNELS / NUMSUB / NUMPAT
    Case(
        "PUBSUB CHANNELS",
        lambda r, k: _closed(k, r.pubsub_channels(pattern=k("*"))),
        lambda k: [v(k("ch1")), v(k("ch2"))],
        setup=lambda r, k: _subscribe(r, k, "SUBSCRIBE", k("ch1"), k("ch2")),
        unordered=True,
    ),
    Case(
        "PUBSUB CHANNELS",
        lambda r, k: _closed(k, r.pubsub_channels(pattern=k("*"))),
        [],
        setup=lambda r, k: _subscribe(r, k, "PSUBSCRIBE", k("*")),
        name="pattern-subscriptions-not-counted",
    ),
    Case(
        "PUBSUB CHANNELS",
        lambda r, k: _closed(k, r.pubsub_channels()),
        setup=lambda r, k: _subscribe(r, k, "SUBSCRIBE", k("ch")),
        check=lambda got, k: k("ch") in got or k("ch").encode() in got,
        name="all",
    ),
    Case(
        "PUBSUB NUMSUB",
        lambda r, k: _closed(k, r.pubsub_numsub(k("ch1"), k("ch2"), k("none"))),
        lambda k: {v(k("ch1")): 1, v(k("ch2")): 1, v(k("none")): 0},
        setup=lambda r, k: _subscribe(r, k, "SUBSCRIBE", k("ch1"), k("ch2")),
    ),
    Case(
        "PUBSUB NUMSUB",
        lambda r, k: r.pubsub_numsub(k("a"), k("b")),
        lambda k: {v(k("a")): 0, v(k("b")): 0},
        name="no-subscriber",
    ),
    Case("PUBSUB NUMSUB", lambda r, k: r.pubsub_numsub(), {}, name="no-channel"),
    Case(
        "PUBSUB NUMPAT",
        lambda r, k: _closed(k, r.pubsub_numpat()),
        setup=lambda r, k: _subscribe(r, k, "PSUBSCRIBE", k("a*"), k("b*")),
        check=lambda got, k: got >= 2,
    ),
    Case("PUBSUB NUMPAT", lambda r, k: r.pubsub_numpat(), check=_not_negative, name="any"),
    # shard channels
    Case(
        "PUBSUB SHARDCHANNELS",
        lambda r, k: _closed(k, r.pubsub_shardchannels(pattern=k("*"))),
        lambda k: [v(k("sh"))],
        setup=lambda r, k: _subscribe(r, k, "SSUBSCRIBE", k("sh")),
    ),
    Case(
        "PUBSUB SHARDCHANNELS",
        lambda r, k: r.pubsub_shardchannels(pattern=k("*")),
        [],
        name="no-subscriber",
    ),
    Case(
        "PUBSUB SHARDCHANNELS",
        lambda r, k: r.pubsub_shardchannels(),
        check=lambda got, k: isinstance(got, list),
        name="all",
    ),
    Case(
        "PUBSUB SHARDNUMSUB",
        lambda r, k: _closed(k, r.pubsub_shardnumsub(k("sh"), k("none"))),
        lambda k: {v(k("sh")): 1, v(k("none")): 0},
        setup=lambda r, k: _subscribe(r, k, "SSUBSCRIBE", k("sh")),
    ),
    Case("PUBSUB SHARDNUMSUB", lambda r, k: r.pubsub_shardnumsub(), {}, name="no-channel"),
    Case(
        "PUBSUB HELP",
        lambda r, k: r.pubsub_help(),
        # the last line as each server words it
        check=by_server(
            redis=lambda got, k: got[0] == _PUBSUB_USAGE and got[-1] == "    Prints this help.",
            valkey=lambda got, k: got[0] == _PUBSUB_USAGE and got[-1] == "    Print this help.",
        ),
    ),
]


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
