"""The request-body fast paths (`parse_command`, `parse_batch`) give exactly what the general
path (`parse_json` then `json_command` / `json_batch`) gives: the same argv, the same errors."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redisrest.gateway._encode import (
    BadRequest,
    json_batch,
    json_command,
    parse_batch,
    parse_command,
    parse_json,
)

LIMIT = 5

_scalars = st.one_of(
    st.text(max_size=8),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
)
_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner)
)
_commands = st.lists(st.one_of(st.text(max_size=8), _values), max_size=4)


def _outcome(parse: Callable[[], object]) -> tuple[str, object]:
    try:
        return ("ok", parse())
    except BadRequest as exc:
        return ("error", (exc.status, exc.message))


def _slow_command(body: bytes) -> tuple[str, object]:
    return _outcome(lambda: json_command(parse_json(body)))


def _slow_batch(body: bytes) -> tuple[str, object]:
    return _outcome(lambda: json_batch(parse_json(body), "pipeline", LIMIT))


BODIES = [
    b'["GET","k"]',
    b'["SET","k","v","EX",100]',
    b'["SET","k",1.5,true,false]',
    b"[]",
    b"[[]]",
    b'[["GET","k"],[]]',
    b'[["GET","k"],["SET","k","v"]]',
    b'[["GET","k"]]' * 2,
    b"",
    b"   ",
    b"{",
    b'{"a":1}',
    b'"GET"',
    b"[1]",
    b'[null,"k"]',
    b'["GET",null]',
    b'[["GET",{"a":1}]]',
    b'[["GET","k"],["GET","k"],["GET","k"],["GET","k"],["GET","k"],["GET","k"]]',
    b'["GET","\\ud800"]',
    b'\xef\xbb\xbf["GET","k"]',
    b'["GET","k"] trailing',
    b"[" * 100_000 + b"]" * 100_000,
    b'[["GET",' + b"[" * 100_000 + b"]" * 100_000 + b"]]",
    b"[NaN]",
]


@pytest.mark.parametrize("body", BODIES)
def test_the_fast_paths_match_the_general_path(body: bytes) -> None:
    assert _outcome(lambda: parse_command(body)) == _slow_command(body)
    assert _outcome(lambda: parse_batch(body, "pipeline", LIMIT)) == _slow_batch(body)


@settings(max_examples=300, deadline=None)
@given(_commands)
def test_any_command_body_parses_as_the_general_path_does(command: list[object]) -> None:
    body = json.dumps(command).encode()
    assert _outcome(lambda: parse_command(body)) == _slow_command(body)


@settings(max_examples=300, deadline=None)
@given(st.lists(_commands, max_size=7))
def test_any_batch_body_parses_as_the_general_path_does(batch: list[list[object]]) -> None:
    body = json.dumps(batch).encode()
    assert _outcome(lambda: parse_batch(body, "pipeline", LIMIT)) == _slow_batch(body)


def test_envelopes_is_envelope_of_each_reply() -> None:
    import hiredis

    from redisrest.gateway._encode import envelope, envelopes

    replies = ["OK", b"OK", 3, None, [b"a", [b"OK", b"b"]], hiredis.ReplyError("ERR x"), b"v"]
    for b64 in (False, True):
        assert envelopes(replies, b64) == [envelope(reply, b64) for reply in replies]
