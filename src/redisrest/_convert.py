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
