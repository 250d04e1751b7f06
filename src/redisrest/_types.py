"""Public type aliases shared by the runtime and the generated client."""

from __future__ import annotations

from typing import TypeAlias, Union

from redisrest._command import V

#: A Redis key: text (sent as UTF-8) or bytes (any bytes, with `Redis[bytes]` and the path form).
Key: TypeAlias = str | bytes

#: A Redis value argument. `int` is sent exactly, `float` as its shortest round-tripping repr;
#: `bool` and `None` are refused (Redis has neither).
Value: TypeAlias = str | bytes | int | float

#: A reply whose shape the spec does not pin down (`execute`, scripts): what RESP2 can carry over
#: JSON. Strings are `str` in a `Redis[str]` and `bytes` in a `Redis[bytes]`.
JSONValue: TypeAlias = Union[V, int, float, list["JSONValue[V]"], None]  # noqa: UP007

#: A JSON document as RedisJSON stores it, decoded: objects are `dict`s, arrays `list`s, and
#: strings always `str` (JSON text is UTF-8 whatever the client's mode).
JSONDocument: TypeAlias = Union[  # noqa: UP007
    dict[str, "JSONDocument"], list["JSONDocument"], str, int, float, bool, None
]

__all__ = ["JSONDocument", "JSONValue", "Key", "Value"]
