"""Small helpers the generated reply converters call (`redisrest_generated.commands`).

The generated converters turn what msgspec decoded from the JSON `result` (the "wire" value)
into what a `Redis[str]` or a `Redis[bytes]` returns. With `Upstash-Encoding: base64`, strings
at odd depth are always base64 (msgspec decodes them as `bytes` by itself); strings at even
depth (the top level, depth 2, ...) may be the literal "OK" unencoded, so they arrive as `str`
and go through `ok_text` / `ok_bytes` here. Everything here is internal plumbing: `Any` stays
inside, every public method is typed by the generated code.
"""

from __future__ import annotations

from binascii import a2b_base64
from typing import Any

import msgspec

from redisrest._command import Reply

#: JSON values in: msgspec encodes dicts, lists, str, int, float, bool, None, Structs,
#: dataclasses, enums, datetimes...; anything else is a TypeError naming its type, never its value.
_JSON_ENCODER = msgspec.json.Encoder()
_JSON_DECODER = msgspec.json.Decoder()
#: One Reply per caller's type (`type=list[User]`): built once, its msgspec decoder reused.
_TYPED: dict[tuple[object, bool], Reply[Any, Any]] = {}
_TYPED_MAX = 256  # a program names a handful of types; a bound keeps a leak impossible


def identity(w: Any) -> Any:
    """The converter of a reply whose wire value is already the Python value."""
    return w


def true(w: Any) -> bool:
    """`ok`: the wire value can only be "OK"."""
    return True


def is_not_none(w: Any) -> bool:
    """`ok?`: "OK" -> True, null (NX/XX prevented the write) -> False."""
    return w is not None


def ok_bytes(w: str) -> bytes:
    """A string at even depth: "OK" as is, anything else base64-decoded."""
    return b"OK" if w == "OK" else a2b_base64(w)


def ok_text(w: str) -> str:
    return "OK" if w == "OK" else a2b_base64(w).decode()


def ok_bytes_or_none(w: str | None) -> bytes | None:
    if w is None:
        return None
    return b"OK" if w == "OK" else a2b_base64(w)


def ok_text_or_none(w: str | None) -> str | None:
    if w is None:
        return None
    return "OK" if w == "OK" else a2b_base64(w).decode()


def json_binary(w: Any, odd: bool = False) -> Any:
    """Any JSON shape (script results): decode every string by the depth rule, recursively."""
    if isinstance(w, str):
        return b"OK" if not odd and w == "OK" else a2b_base64(w)
    if w.__class__ is list:  # (not isinstance: keeps `w` typed Any for the checkers)
        return [json_binary(e, not odd) for e in w]
    return w


def json_text(w: Any, odd: bool = False) -> Any:
    if isinstance(w, str):
        return "OK" if not odd and w == "OK" else a2b_base64(w).decode()
    if w.__class__ is list:  # (not isinstance: keeps `w` typed Any for the checkers)
        return [json_text(e, not odd) for e in w]
    return w


def json_argument(value: object) -> str:
    """A Python value as JSON text (RedisJSON's document arguments)."""
    try:
        return _JSON_ENCODER.encode(value).decode()
    except (TypeError, msgspec.EncodeError) as exc:
        # msgspec names the unsupported type; the value itself is never repeated.
        raise TypeError(f"cannot send this value as JSON: {exc}") from None


def json_document(w: bytes) -> Any:
    """A JSON document's text (`jsondoc`), decoded to Python values."""
    return _JSON_DECODER.decode(w)


def _typed(tp: object, many: bool) -> Reply[Any, Any]:
    reply = _TYPED.get((tp, many))
    if reply is None:
        decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder(tp)
        one = decoder.decode
        if many:
            wire: Any = list[bytes | None]

            def convert(w: Any) -> Any:
                return [None if e is None else one(e) for e in w]
        else:
            wire = bytes | None

            def convert(w: Any) -> Any:
                return None if w is None else one(w)

        reply = Reply(wire, convert, convert)
        if len(_TYPED) >= _TYPED_MAX:
            _TYPED.clear()
        _TYPED[(tp, many)] = reply
    return reply


def json_into(tp: object) -> Reply[Any, Any]:
    """The reply of one JSON document (or null) decoded and validated into `tp`."""
    return _typed(tp, False)


def json_list_into(tp: object) -> Reply[Any, Any]:
    """The reply of a list of JSON documents (or nulls), each decoded into `tp`."""
    return _typed(tp, True)


def json_path(path: str, command: str) -> str:
    """A JSONPath argument, checked: the typed reply of `command` has one item per match of a
    JSONPath; a legacy path (`.a`, no `$`) would reply in another shape."""
    if path[:1] != "$":
        raise ValueError(
            f"{command}: the path must be a JSONPath starting with '$' (a legacy path replies "
            "in another shape; send it with execute())"
        )
    return path
