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
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, TypeVar, Union, cast

import msgspec
from msgspec import UNSET, UnsetType

from redisrest._command import Arg, Codec, Command, Reply, V
from redisrest._convert import identity, is_not_none, true
from redisrest._errors import CommandError, ResponseError, command_error, redact
from redisrest._types import JSONValue

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
    return encode_batch_strings(commands)[1]


#: Runs an iterator to its end at C speed, keeping nothing.
_drain: Final = deque[object](maxlen=0).extend
#: `str.join` refuses anything but str: mapped over argvs, a one-pass type check in C.
_join: Final[Callable[[Iterable[Any]], str]] = "".join


def encode_batch_strings(commands: Sequence[Command[Any]]) -> tuple[list[Sequence[str]], bytes]:
    """Each command's argv as JSON strings, and the JSON array of them all (the batch body).

    Usually every argument is already a str: one C-level pass checks that, and one msgspec call
    encodes every argv tuple as it is. Only commands holding something else (int, float, bytes)
    are converted, one by one. Raises ValueError naming the command's position when an argument
    cannot be encoded (bytes that are not UTF-8, a lone surrogate), TypeError for wrong types.
    """
    argvs: list[Sequence[Any]] = [command.argv for command in commands]
    try:
        _drain(map(_join, argvs))
    except TypeError:
        for position, argv in enumerate(argvs):
            try:
                _join(argv)
            except TypeError:
                argvs[position] = _batch_item_strings(commands[position], position)
    try:
        return argvs, _encode_strings(commands, argvs)
    except TypeError:
        # A str subclass (msgspec encodes Enums, not other subclasses): the per-argument path.
        argvs = [_strings(command) for command in commands]
        return argvs, _encode_strings(commands, argvs)


def _batch_item_strings(command: Command[Any], position: int) -> list[str]:
    try:
        return _strings(command)
    except NotUTF8 as exc:
        raise ValueError(
            f"command #{position} ({command.name}): argument {exc.position} is bytes that "
            "are not UTF-8, which a pipeline or transaction cannot carry (JSON has no bytes);"
            " send this command on its own, where the client uses the path form"
        ) from None


def _encode_strings(commands: Sequence[Command[Any]], argvs: Sequence[Sequence[str]]) -> bytes:
    try:
        return msgspec.json.encode(argvs)
    except UnicodeEncodeError:
        for position, strings in enumerate(argvs):
            try:
                msgspec.json.encode(strings)
            except UnicodeEncodeError:
                raise _surrogate_error(commands[position], position) from None
        raise  # pragma: no cover


def encode_each(argvs: Sequence[Sequence[str]]) -> list[bytes]:
    """Each argv of `encode_batch_strings` on its own (to size the requests of a long batch)."""
    encode = msgspec.json.encode
    return [encode(argv) for argv in argvs]


#: Longest path-form URL sent: the gateway's HTTP parser (httptools) refuses longer ones with a
#: bare 400, and proxies often have lower limits still.
MAX_PATH_TARGET: Final = 65535


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
    if len(target) > MAX_PATH_TARGET:
        raise ValueError(
            f"{name}: an argument holds bytes that are not UTF-8, so the command travels in the"
            f" URL, which would take {len(target)} bytes; servers refuse URLs over"
            f" {MAX_PATH_TARGET} bytes (only the last argument, sent as the body, may be large)"
        )
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


def _shape_error(
    exc: BaseException, command: Command[Any], position: int | None, applied: bool
) -> ResponseError:
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
    return ResponseError(
        f"{where}: {detail}", command=command.name, position=position, applied=applied
    )


def decode_envelope(
    command: Command[T],
    content: bytes | msgspec.Raw,
    position: int | None = None,
    writes: bool | None = None,
) -> T:
    """The command's value from its envelope; a Redis error reply raises its CommandError.

    The server answered (HTTP 200): a ResponseError says the request's write was applied when
    `writes` (default: the command is one) is true.
    """
    reply = command.reply
    try:
        envelope = envelope_decoder(reply).decode(content)
        error = envelope.error
        if error is not UNSET:
            raise command_error(error, command.name, position)
        result = envelope.result
        if result is UNSET:
            raise ResponseError(
                f"{_where(command, position)}: the reply holds neither a result nor an error",
                command=command.name,
                position=position,
                applied=not command.readonly if writes is None else writes,
            )
        # (`command.convert`, inlined: a property call less per reply)
        convert: Callable[[Any], T] = reply.binary if command.codec.binary else reply.text
        return convert(result)
    except DECODE_ERRORS as exc:
        applied = not command.readonly if writes is None else writes
        raise _shape_error(exc, command, position, applied) from None


def _results_decoder(reply: Reply[Any, Any]) -> msgspec.json.Decoder[list[Any]]:
    """The decoder of a batch reply holding only `{"result": <reply.wire>}` items, built once
    per reply. Anything else in it (an error, another field) fails the whole decode."""
    decoder: msgspec.json.Decoder[list[Any]] | None = reply._decoders.get("results")
    if decoder is None:
        item = msgspec.defstruct(
            "Result", [("result", reply.wire)], forbid_unknown_fields=True, gc=False
        )
        decoder = msgspec.json.Decoder(list[item])  # type: ignore[valid-type]
        reply._decoders["results"] = decoder
    return decoder


#: Value types one object can stand for in every place of a batch's results (immutable).
_SHAREABLE: Final = frozenset({bool, int, float, str, bytes, type(None)})


def _repeated_item(content: bytes, count: int) -> bytes | None:
    """The one item a batch reply holds `count` times over (`[X,X,...,X]`, as a pipeline of
    SETs gets `{"result":"OK"}` for each), or None when its items are not all the same bytes.

    X is taken up to the first `}` (a one-field envelope ends there unless its result holds a
    `}`, and then the bytes do not repeat) and the whole reply compared byte for byte."""
    end = content.find(b"}") + 1
    size = len(content)
    if end < 2 or size != count * end + 1:
        return None
    item = content[1:end]
    # The second and the last item first: replies of distinct values, all of one length, differ
    # there, before the whole reply's worth of bytes is laid out to compare.
    if count > 1 and not (
        content.startswith(item, end + 1) and content.endswith(item, 0, size - 1)
    ):
        return None
    if content != b"[" + (item + b",") * (count - 1) + item + b"]":
        return None
    return item


def decode_results(commands: Sequence[Command[Any]], content: bytes) -> list[Any] | None:
    """Every command's value from a batch reply, decoded in one msgspec call, when the commands
    share one reply variant and client mode and every item is a result (a long pipeline of one
    command, the common case). None when that does not hold (an error item, mixed commands, a
    malformed reply, a converter that fails): decode the items one by one then (`decode_item`),
    which says what is wrong.

    A reply repeating one item (a pipeline of SETs: `{"result":"OK"}` each time) is decoded
    once: its value stands for every command when it is immutable (a bool, a number, a str).
    """
    if not commands:
        return None
    first = commands[0]
    reply, codec = first.reply, first.codec
    for command in commands:
        if command.reply is not reply or command.codec is not codec:
            return None
    decoder = _results_decoder(reply)
    convert = first.convert
    count = len(commands)
    repeated = _repeated_item(content, count)
    if repeated is not None:
        try:
            (one,) = decoder.decode(b"[" + repeated + b"]")
            value = convert(one.result)
        except DECODE_ERRORS:
            pass  # (the whole reply's decode below says what is wrong)
        else:
            if type(value) in _SHAREABLE:
                return [value] * count
    try:
        items = decoder.decode(content)
    except msgspec.MsgspecError:
        return None
    if len(items) != count:
        return None
    # The converters of the common write replies, without a call per item.
    if convert is identity:
        return [item.result for item in items]
    if convert is is_not_none:
        return [item.result is not None for item in items]
    if convert is true:
        return [True] * len(items)
    try:
        return [convert(item.result) for item in items]
    except DECODE_ERRORS:
        return None


def decode_item(
    command: Command[T], raw: msgspec.Raw, position: int, writes: bool | None = None
) -> T | CommandError:
    """One item of a batch reply: its value, or its CommandError (returned, not raised).
    `writes`: whether the batch holds a write (for a ResponseError, see `decode_envelope`)."""
    try:
        return decode_envelope(command, raw, position, writes)
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


def any_command(codec: Codec[V], args: tuple[Arg, ...]) -> Command[JSONValue[V]]:
    """The `Command` of `execute(command, *args)` (clients and pipelines), `args` holding the
    name first: any command, its reply as JSON.

    No spec flags: it counts as a write (never retried once it may have reached the server).
    """
    if not args:
        raise TypeError("execute() needs the command name as its first argument")
    name = args[0]
    if isinstance(name, bytes):
        name = name.decode("utf-8", "replace")
    if not isinstance(name, str) or not name:
        raise TypeError("execute(): the command name must be a non-empty str")
    return Command(codec, name.upper(), args, JSON_REPLY, 0)


__all__ = [
    "BATCH_DECODER",
    "DECODE_ERRORS",
    "JSON_REPLY",
    "NotUTF8",
    "any_command",
    "decode_envelope",
    "decode_error",
    "decode_item",
    "decode_results",
    "encode_arg",
    "encode_batch",
    "encode_batch_strings",
    "encode_command",
    "encode_each",
    "encode_path",
    "envelope_decoder",
]
