"""Small helpers the generated reply converters call (`redisrest._generated.commands`).

The generated converters turn what msgspec decoded from the JSON `result` (the "wire" value)
into what a `Redis[str]` or a `Redis[bytes]` returns. With `Upstash-Encoding: base64`, strings
at odd depth are always base64 (msgspec decodes them as `bytes` by itself); strings at even
depth (the top level, depth 2, ...) may be the literal "OK" unencoded, so they arrive as `str`
and go through `ok_text` / `ok_bytes` here. Everything here is internal plumbing: `Any` stays
inside, every public method is typed by the generated code.

Arguments in: JSON values (`json_argument`), JSONPaths (`json_path`), and expiry times
(`seconds`, `milliseconds`, `unix_seconds`, `unix_milliseconds`), which the builders call only
for what is not already an `int`.
"""

from __future__ import annotations

from binascii import a2b_base64
from datetime import datetime, timedelta, timezone
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


# ---------------------------------------------------------------------------------------------
# Expiry times: a duration (EX, PX, EXPIRE, PEXPIRE...) is an int in the argument's unit or a
# `timedelta`, which must be a whole number of that unit: rounding would silently change a TTL
# (half a second as `ex` would be 0, which Redis refuses, or 1). A point in time (EXAT, PXAT,
# EXPIREAT...) is an int (Unix time in the unit) or a `datetime`, rounded down to the unit (the
# resolution Redis keeps); a naive datetime is local time, as `datetime.timestamp()` reads it.
# Exact integer arithmetic throughout (no float `total_seconds()`). Errors name the command and
# the parameter, never the value.

_SECOND = timedelta(seconds=1)
_MILLISECOND = timedelta(milliseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def seconds(value: int | timedelta, command: str, name: str) -> int:
    """A duration in seconds: an int as is, a `timedelta` of whole seconds."""
    return _duration(value, _SECOND, "seconds", command, name)


def milliseconds(value: int | timedelta, command: str, name: str) -> int:
    """A duration in milliseconds: an int as is, a `timedelta` of whole milliseconds."""
    return _duration(value, _MILLISECOND, "milliseconds", command, name)


def unix_seconds(value: int | datetime, command: str, name: str) -> int:
    """A point in time as Unix seconds: an int as is, a `datetime` rounded down."""
    return _instant(value, _SECOND, command, name)


def unix_milliseconds(value: int | datetime, command: str, name: str) -> int:
    """A point in time as Unix milliseconds: an int as is, a `datetime` rounded down."""
    return _instant(value, _MILLISECOND, command, name)


def _duration(value: object, unit: timedelta, unit_name: str, command: str, name: str) -> int:
    if isinstance(value, timedelta):
        whole, rest = divmod(value, unit)
        if rest:
            finer = (
                " (for milliseconds, use the command's milliseconds form: px=, pexpire(), "
                "psetex(), hpexpire())"
                if unit == _SECOND
                else ""
            )
            raise ValueError(
                f"{command}: {name} takes whole {unit_name}, and this timedelta has a fraction "
                f"of one{finer}"
            )
        return whole
    return _integer(value, command, name, "timedelta")


def _instant(value: object, unit: timedelta, command: str, name: str) -> int:
    if isinstance(value, datetime):
        if value.utcoffset() is None:  # naive: local time
            value = value.astimezone()
        return (value - _EPOCH) // unit
    return _integer(value, command, name, "datetime")


def _integer(value: object, command: str, name: str, other: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value  # an int subclass (an IntEnum): the builders pass plain ints themselves
    raise TypeError(f"{command}: {name} takes an int or a {other}, not a {type(value).__name__}")
