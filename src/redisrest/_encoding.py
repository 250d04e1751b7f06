"""Pure encoding and decoding: argv to request bytes, response bytes to typed values.

Requests: a command is a JSON array of strings (`["SET","k","v","EX","60"]`); numbers are
sent as strings so that integers beyond 2**53 stay exact and floats keep their shortest
repr. JSON cannot carry bytes that are not UTF-8: a single command holding some goes out in
the path form (`/SET/<percent-encoded key>` with the raw value as the body); a pipeline
cannot, and is refused before anything is sent.

Responses (always requested with `Upstash-Encoding: base64`): an envelope `{"result": ...}`
or `{"error": "..."}` decoded by msgspec in one pass into the command's wire type, through a
decoder built once per reply variant and cached on it; a `/pipeline` reply is a list of
envelopes kept as `msgspec.Raw`, each decoded by its own command's decoder.
"""

# The runtime owns the decoder cache `Reply._decoders` (see _command.py).
# pyright: reportPrivateUsage=false

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any, Final, TypeVar, Union, cast

import msgspec
from msgspec import UNSET, UnsetType

from redisrest._command import Command, Reply
from redisrest._errors import CommandError, ResponseError, command_error, redact

T = TypeVar("T")

_INF = float("inf")

#: What decoding or converting a reply may raise when the reply is not what the spec says.
DECODE_ERRORS: Final = (msgspec.MsgspecError, LookupError, ValueError, TypeError, AttributeError)


class NotUTF8(Exception):
    """A bytes argument is not UTF-8, so the command cannot travel as JSON."""

    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


# ---------------------------------------------------------------------------------------------
# Arguments


def _describe(arg: object) -> str:
    if arg is None:
        return "None"
    return f"a {type(arg).__name__}"


def encode_arg(arg: object, name: str, position: int) -> str:
    """One argument as the JSON string Redis receives. Raises NotUTF8 for non-UTF-8 bytes."""
    if type(arg) is str:
        return arg
    if type(arg) is int:
        return int.__repr__(arg)
    if type(arg) is bytes:
        try:
            return arg.decode()
        except UnicodeDecodeError:
            raise NotUTF8(position) from None
    if type(arg) is float:
        return _float(arg, name, position)
    # Subclasses (IntEnum, StrEnum...) and other byte containers: the slow path.
    if isinstance(arg, bool) or arg is None:
        raise TypeError(
            f"{name}: argument {position} is {_describe(arg)}; Redis has no "
            "booleans or nulls (send 1/0, a string, or leave the option out)"
        )
    if isinstance(arg, int):
        return int.__repr__(arg)
    if isinstance(arg, float):
        return _float(float(arg), name, position)
    if isinstance(arg, str):
        return str.__str__(arg)
    if isinstance(arg, (bytes, bytearray)):
        return encode_arg(bytes(arg), name, position)
    if isinstance(arg, memoryview):
        return encode_arg(arg.tobytes(), name, position)
    raise TypeError(
        f"{name}: argument {position} is {_describe(arg)}; expected str, bytes, int or float"
    )


def _float(value: float, name: str, position: int) -> str:
    if value != value:
        raise ValueError(f"{name}: argument {position} is NaN, which Redis does not accept")
    if value == _INF:
        return "inf"
    if value == -_INF:
        return "-inf"
    return float.__repr__(value)


def _strings(command: Command[Any]) -> list[str]:
    name = command.name
    return [
        arg if type(arg) is str else encode_arg(arg, name, i) for i, arg in enumerate(command.argv)
    ]


def _surrogate_error(command: Command[Any], position: int | None = None) -> ValueError:
    for i, arg in enumerate(command.argv):
        if isinstance(arg, str):
            try:
                arg.encode()
            except UnicodeEncodeError:
                where = (
                    f"command #{position} ({command.name})"
                    if position is not None
                    else command.name
                )
                return ValueError(
                    f"{where}: argument {i} is a str holding a lone surrogate, which is not "
                    "valid Unicode text (pass bytes for binary data)"
                )
    return ValueError(f"{command.name}: an argument cannot be encoded as UTF-8")  # unreachable


def encode_command(command: Command[Any]) -> bytes:
    """The JSON body for `POST /`. Raises NotUTF8 (use `encode_path`), TypeError, ValueError."""
    strings = _strings(command)
    try:
        return msgspec.json.encode(strings)
    except UnicodeEncodeError:
        raise _surrogate_error(command) from None


def encode_batch(commands: Sequence[Command[Any]]) -> bytes:
    """The JSON body for `POST /pipeline` or `/multi-exec`: an array of commands."""
    batch: list[list[str]] = []
    for position, command in enumerate(commands):
        try:
            batch.append(_strings(command))
        except NotUTF8 as exc:
            raise ValueError(
                f"command #{position} ({command.name}): argument {exc.position} is bytes that "
                "are not UTF-8, which a pipeline or transaction cannot carry (JSON has no bytes);"
                " send this command on its own, where the client uses the path form"
            ) from None
    try:
        return msgspec.json.encode(batch)
    except UnicodeEncodeError:
        for position, strings in enumerate(batch):
            try:
                msgspec.json.encode(strings)
            except UnicodeEncodeError:
                raise _surrogate_error(commands[position], position) from None
        raise  # pragma: no cover


def _raw_arg(arg: object, name: str, position: int) -> bytes:
    if isinstance(arg, (bytes, bytearray)):
        return bytes(arg)
    if isinstance(arg, memoryview):
        return arg.tobytes()
    text = encode_arg(arg, name, position)
    try:
        return text.encode()
    except UnicodeEncodeError:
        raise ValueError(
            f"{name}: argument {position} is a str holding a lone surrogate, which is not valid "
            "Unicode text (pass bytes for binary data)"
        ) from None


def _segment(raw: bytes) -> bytes:
    from urllib.parse import quote_from_bytes

    if raw in (b".", b".."):
        return b"%2E" * len(raw)  # never a dot segment a proxy could resolve
    return quote_from_bytes(raw, safe="").encode("ascii")


def encode_path(prefix: bytes, command: Command[Any]) -> tuple[bytes, bytes]:
    """The path form of a command: (`<prefix>/CMD/<seg>/<seg>`, the last argument as raw body).

    Every argument but the last becomes a percent-encoded path segment; the last one is the
    raw body, byte for byte (an empty last argument stays in the path, as an empty segment).
    """
    name = command.name
    raws = [_raw_arg(arg, name, i) for i, arg in enumerate(command.argv)]
    body = raws.pop() if len(raws) > 1 and raws[-1] else b""
    target = prefix + b"/" + b"/".join(_segment(raw) for raw in raws)
    if raws[-1] == b"":
        target += b"/"  # the server drops one trailing slash: keep the empty argument
    return target, body


# ---------------------------------------------------------------------------------------------
# Replies


class ErrorEnvelope(msgspec.Struct):
    """The body of an HTTP error answer: `{"error": "..."}` (anything else is ignored)."""

    error: str | UnsetType = UNSET


ERROR_DECODER: Final = msgspec.json.Decoder(ErrorEnvelope)
#: A `/pipeline` or `/multi-exec` reply: one envelope per command, decoded later one by one.
BATCH_DECODER: Final = msgspec.json.Decoder(list[msgspec.Raw])


def envelope_decoder(reply: Reply[Any, Any]) -> msgspec.json.Decoder[Any]:
    """The decoder of `{"result": <reply.wire>}` / `{"error": str}`, built once per reply."""
    decoder: msgspec.json.Decoder[Any] | None = reply._decoders.get("envelope")
    if decoder is None:
        envelope = msgspec.defstruct(
            "Envelope",
            [
                ("result", Union[reply.wire, UnsetType], UNSET),  # noqa: UP007
                ("error", Union[str, UnsetType], UNSET),  # noqa: UP007
            ],
        )
        decoder = msgspec.json.Decoder(envelope)
        reply._decoders["envelope"] = decoder
    return decoder


def _where(command: Command[Any], position: int | None) -> str:
    if position is None:
        return command.name
    return f"command #{position} ({command.name})"


def _shape_error(exc: BaseException, command: Command[Any], position: int | None) -> ResponseError:
    where = _where(command, position)
    if isinstance(exc, UnicodeDecodeError):
        detail = "a string in the reply is not valid UTF-8; use decode_responses=False to get bytes"
    elif isinstance(exc, msgspec.ValidationError):  # (a subclass of DecodeError)
        # msgspec names the offending path and types; redact any quoted value it echoes.
        detail = "the reply does not have the expected shape: " + redact(str(exc), "")
    elif isinstance(exc, msgspec.DecodeError):
        detail = "the reply is not valid JSON"
    else:
        detail = f"the reply does not have the expected shape ({type(exc).__name__})"
    return ResponseError(f"{where}: {detail}", command=command.name, position=position)


def decode_envelope(
    command: Command[T], content: bytes | msgspec.Raw, position: int | None = None
) -> T:
    """The command's value from its envelope; a Redis error reply raises its CommandError."""
    try:
        envelope = envelope_decoder(command.reply).decode(content)
        error = envelope.error
        if error is not UNSET:
            raise command_error(error, command.name, position)
        result = envelope.result
        if result is UNSET:
            raise ResponseError(
                f"{_where(command, position)}: the reply holds neither a result nor an error",
                command=command.name,
                position=position,
            )
        return command.convert(result)
    except DECODE_ERRORS as exc:
        raise _shape_error(exc, command, position) from None


def decode_item(command: Command[T], raw: msgspec.Raw, position: int) -> T | CommandError:
    """One item of a batch reply: its value, or its CommandError (returned, not raised)."""
    try:
        return decode_envelope(command, raw, position)
    except CommandError as exc:
        return exc


def decode_error(content: bytes) -> str | None:
    """The `error` string of an HTTP error answer, or None when the body is not an envelope."""
    try:
        error = ERROR_DECODER.decode(content).error
    except msgspec.MsgspecError:
        return None
    return None if error is UNSET else error


# ---------------------------------------------------------------------------------------------
# The escape hatch's reply: any JSON, strings base64 except the literal "OK".


def _unbase64(text: str) -> bytes:
    if text == "OK":  # never base64 (its length is not a multiple of 4): the literal status
        return b"OK"
    return base64.b64decode(text, validate=True)


def json_binary(wire: object) -> Any:
    """A JSON reply with its strings as bytes."""
    if isinstance(wire, str):
        return _unbase64(wire)
    if isinstance(wire, list):
        return [json_binary(item) for item in cast("list[object]", wire)]
    if wire is None or isinstance(wire, (int, float)):
        return wire
    raise TypeError(type(wire).__name__)


def json_text(wire: object) -> Any:
    """A JSON reply with its strings as str (strict UTF-8)."""
    if isinstance(wire, str):
        return _unbase64(wire).decode()
    if isinstance(wire, list):
        return [json_text(item) for item in cast("list[object]", wire)]
    if wire is None or isinstance(wire, (int, float)):
        return wire
    raise TypeError(type(wire).__name__)


#: The reply of `execute(...)`: whatever JSON came back.
JSON_REPLY: Final[Reply[Any, Any]] = Reply(Any, json_text, json_binary)

__all__ = [
    "BATCH_DECODER",
    "DECODE_ERRORS",
    "JSON_REPLY",
    "NotUTF8",
    "decode_envelope",
    "decode_error",
    "decode_item",
    "encode_arg",
    "encode_batch",
    "encode_command",
    "encode_path",
    "envelope_decoder",
]
