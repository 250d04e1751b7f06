"""The intermediate model: every name, Python type, parameter, overload and decoder resolved.

`build(spec)` turns the spec (`_spec.py`) into a `Model` the templates only loop over: Python
parameters and their annotations, the argv layout as a small tree of steps, the `@overload`
signatures, the reply objects (wire type + one converter per client mode) and the converter
functions they use. Anything the generator cannot render raises `SpecError` naming the command.

Depth and the "OK" rule (PROTOCOL.md): with `Upstash-Encoding: base64` every string of a result
is base64 except the literal "OK" at even depth (0, 2, ...). So a `V`/`str` leaf at odd depth is
`bytes` on the wire (msgspec decodes base64 in C), and at even depth it is `str` on the wire and
a helper turns "OK" into "OK" and base64-decodes anything else. Leaves that can never be "OK"
(`intstr`, `float`) are `bytes` at any depth.
"""

from __future__ import annotations

import ast
import base64
import json
import keyword
import re
from typing import ClassVar, Literal

import msgspec

from codegen import _spec
from codegen._spec import Argument, SpecError
from codegen._types import TypeNode, TypeSyntaxError
from codegen._types import parse as parse_type

# ---------------------------------------------------------------------------------------------
# The model the templates consume.


class Emit(msgspec.Struct, frozen=True):
    """Append these expressions to argv (an item `*x` splats)."""

    kind: ClassVar[str] = "emit"
    items: tuple[str, ...]

    @property
    def statements(self) -> list[str]:
        """`argv.append(x)`, `argv += (a, b)`, `argv.extend(xs)`: a splat is never inside a
        tuple display (mypy loses `is not None` narrowing there under a constrained TypeVar)."""
        out: list[str] = []
        run: list[str] = []
        for item in (*self.items, None):
            if item is not None and not item.startswith("*"):
                run.append(item)
                continue
            if len(run) == 1:
                out.append(f"argv.append({run[0]})")
            elif run:
                out.append(f"argv += ({', '.join(run)})")
            run = []
            if item is not None:
                out.append(f"argv.extend({item[1:]})")
        return out

    @property
    def tuple_statements(self) -> list[str]:
        """The same on a tuple argv (builders without loops): `argv += (x,)`, `argv +=
        tuple(xs)`; cheaper than a list and `tuple(argv)` when the options are few."""
        out: list[str] = []
        run: list[str] = []
        for item in (*self.items, None):
            if item is not None and not item.startswith("*"):
                run.append(item)
                continue
            if run:
                out.append(f"argv += ({', '.join(run)}{',' if len(run) == 1 else ''})")
            run = []
            if item is not None:
                out.append(f"argv += tuple({item[1:]})")
        return out


class If(msgspec.Struct, frozen=True):
    kind: ClassVar[str] = "if"
    test: str
    body: tuple[Step, ...]


class For(msgspec.Struct, frozen=True):
    kind: ClassVar[str] = "for"
    target: str
    iter: str
    body: tuple[Step, ...]


class Check(msgspec.Struct, frozen=True):
    """`if test: raise TypeError(message)` (a required oneof given as keyword options)."""

    kind: ClassVar[str] = "check"
    test: str
    message: str


Step = Emit | If | For | Check


class Signature(msgspec.Struct, frozen=True):
    """One signature: parameter declarations in order (`*` included) and the return type."""

    params: tuple[str, ...]
    returns: str


class Variant(msgspec.Struct, frozen=True):
    """One reply variant, for readers (docstrings, docs/commands.md)."""

    condition: str  # "withscores=True, count given"; "" for the default variant
    returns: str  # the Python annotation
    doc: str


class Method(msgspec.Struct, frozen=True):
    name: str  # the method's name ("set" for JSON.SET, under its namespace)
    builder_name: str  # the builder function's name ("json_set": unique in commands.py)
    namespace: str | None  # the client attribute of a module's commands ("json"), else None
    command: str  # "XINFO STREAM"
    variants: tuple[Variant, ...]  # in spec order
    doc: str  # the docstring body, lines joined by newlines
    impl: Signature  # the implementation signature (plain bool / optional types)
    impl_any: Signature  # the same returning `Any` (pipelines' overloaded implementations)
    builder: Signature  # the builder's: `impl` with its options positional too, where possible
    overloads: tuple[Signature, ...]  # empty when the reply does not depend on arguments
    call_args: tuple[str, ...]  # how a client method passes its parameters to the builder
    argv: tuple[Step, ...]
    argv_is_literal: bool  # every step is an unconditional Emit: build one tuple literal
    argv_is_tuple: bool  # no loop: argv is a tuple grown by `+=` (else a list, then `tuple()`)
    argv_literal: tuple[str, ...]
    reply_choices: tuple[tuple[str, str], ...]  # (test, reply name), most specific first
    reply_default: str
    flags: str


class ConvFunc(msgspec.Struct, frozen=True):
    name: str
    statements: tuple[str, ...]
    expr: str


class WireField(msgspec.Struct, frozen=True):
    name: str
    wire: str
    key: str  # the base64 text of the wire name (map keys arrive encoded)
    optional: bool


class WireStruct(msgspec.Struct, frozen=True):
    name: str
    fields: tuple[WireField, ...]


class ReplyObj(msgspec.Struct, frozen=True):
    name: str
    type: str  # the spec's type, for readers of the generated file
    wire: str
    text: str
    binary: str


class StructField(msgspec.Struct, frozen=True):
    name: str
    annotation: str
    optional: bool
    doc: str | None


class EnumMember(msgspec.Struct, frozen=True):
    name: str
    value: int
    doc: str


class StructDef(msgspec.Struct, frozen=True):
    name: str
    doc: str
    generic: bool
    fields: tuple[StructField, ...]
    members: tuple[EnumMember, ...] = ()  # an IntEnum's, when `fields` is empty


class Namespace(msgspec.Struct, frozen=True):
    """A module's commands under one client attribute: `r.json.set(...)` (ReJSON)."""

    attr: str  # "json"
    cls: str  # "Json": the classes are JsonCommands, AsyncJsonCommands, PipelineJson, ...
    title: str  # "RedisJSON"
    module: str  # "ReJSON"


class Model(msgspec.Struct, frozen=True):
    source: str  # the spec's path relative to the project, for the header
    sha256: str
    describes: str  # "Redis 8.2, Valkey 9.1 and the modules RedisJSON", for readers
    live: str  # "Redis 7.0.15, Valkey 9.1.2 and RedisJSON 2.8.3": tested on these, live
    methods: tuple[Method, ...]  # every method, the namespaced ones too (by builder name)
    core: tuple[Method, ...]  # the methods of the client classes themselves
    namespaces: tuple[tuple[Namespace, tuple[Method, ...]], ...]
    replies: tuple[ReplyObj, ...]
    funcs: tuple[ConvFunc, ...]
    wire_structs: tuple[WireStruct, ...]
    structs: tuple[StructDef, ...]  # sorted by name (also the order of types.py's `__all__`)
    struct_names: tuple[str, ...]  # identifiers in the struct fields' annotations
    builder_names: tuple[str, ...]  # identifiers in the builders' annotations
    client_names: tuple[str, ...]  # identifiers in the clients' annotations (overloads too)
    uses_msgspec: bool  # commands.py needs `msgspec` at run time
    flag_imports: tuple[str, ...]  # flag constants commands.py imports
    flags_used: tuple[str, ...]
    # What the builders' bodies name from commands.py's module scope, which pipeline.py imports
    # too (its methods hold the same bodies): flag constants, and commands.py's own objects
    # (reply objects, `_WRITE_IDEMPOTENT`); `_cv` (redisrest._convert) when a body calls it.
    body_flags: tuple[str, ...]
    body_objects: tuple[str, ...]
    body_uses_cv: bool


# ---------------------------------------------------------------------------------------------
# Names.

#: Names the generated modules use in annotations and bodies. A method with one of these names
#: would shadow them in the class body or the builders' module (a method `list` breaks `list[V]`).
RESERVED_METHODS = frozenset(
    {
        "Any", "Arg", "Codec", "Command", "JSONValue", "Key", "Literal", "Reply", "Sequence",
        "SupportsItems", "Ts", "Unpack", "V", "Value", "bool", "bytes", "cast", "dict", "float",
        "int", "len", "list", "overload", "str", "tuple", "zip", "exec", "execute", "multi",
        "pipeline", "any_command", "JSONDocument", "T", "D", "builtins", "object", "timedelta",
        "datetime", "isinstance",
    }
)  # fmt: skip
#: Names the builders use for their own locals.
RESERVED_PARAMS = frozenset({"self", "codec", "argv", "queued", "item", "k", "v", "e", "w", "m"})

_LEAF_TYPES = {
    "key": "Key",
    "string": "Value",
    "pattern": "Value",
    "integer": "int",
    "unix-time": "int",
    "double": "float",
}
_LEAVES = frozenset(_LEAF_TYPES)
#: Names a `pytype` hint may use.
_PYTYPE_NAMES = frozenset(
    {"Key", "Value", "Literal", "Sequence", "SupportsItems", "int", "float", "str", "bytes",
     "object", "timedelta", "datetime"}
)  # fmt: skip
#: Time kinds: a duration or a point in time, given as an `int` in the argument's unit or as a
#: `timedelta` / `datetime` that `_convert` turns into one (kind -> annotation, converter).
_TIME_KINDS = {
    "seconds": ("int | timedelta", "seconds"),
    "milliseconds": ("int | timedelta", "milliseconds"),
    "unix-seconds": ("int | datetime", "unix_seconds"),
    "unix-milliseconds": ("int | datetime", "unix_milliseconds"),
}


def snake(name: str) -> str:
    out = re.sub(r"[^0-9A-Za-z_]", "_", name.strip()).lower()
    return out + "_" if keyword.iskeyword(out) else out


def plural(name: str) -> str:
    if name.endswith(("s", "x", "sh", "ch")):
        return name + "es"
    if name.endswith("y") and name[-2:-1] not in "aeiou":
        return name[:-1] + "ies"
    return name + "s"


def method_name(command: _spec.Command) -> str:
    return command.method or snake(command.name.replace(" ", "_").replace("-", "_"))


def docs_url(command: _spec.Command, spec: _spec.Spec) -> str:
    name = command.name.lower().replace(" ", "-")
    module = command.module
    if module is not None:
        return spec.modules[module].docs.format(name=name)
    if "redis" not in command.since:  # a Valkey command: Valkey's own page
        return f"https://valkey.io/commands/{name}/"
    return f"https://redis.io/docs/latest/commands/{name}/"


#: Valkey's first release: its COMMAND DOCS keep Redis's version for what it inherited.
VALKEY_FIRST = "7.2.4"
_LABELS = {"redis": "Redis", "valkey": "Valkey"}


def availability(command: _spec.Command, spec: _spec.Spec, since: _spec.Since | None = None) -> str:
    """`Redis 7.4.0 · Valkey 9.0.0`, `Redis 8.2.0 · not in Valkey 9.1`, `RedisJSON 1.0.0
    (module ReJSON)`: where a command (or, with `since`, one of its arguments) is available."""
    since = command.since if since is None else since
    module = command.module
    if module is not None:
        return f"{spec.modules[module].title} {since[module]} (module {module}, on Redis or Valkey)"
    parts = []
    for server, label in _LABELS.items():
        version = since.get(server)
        if version is None:
            newest = spec.describes.get(server)
            parts.append(f"not in {label}" + (f" {newest}" if newest else ""))
        elif server == "valkey" and _spec.version_key(version) < _spec.version_key(VALKEY_FIRST):
            parts.append("every Valkey release")
        else:
            parts.append(f"{label} {version}")
    return " · ".join(parts)


def _token_name(a: Argument) -> str | None:
    """The lower-case token as a parameter name, when it is an identifier."""
    if a.token is None:
        return None
    low = a.token.lower().replace("-", "_")
    return snake(low) if low.isidentifier() else None


# ---------------------------------------------------------------------------------------------
# Arguments -> parameters and argv steps.


class Param(msgspec.Struct):
    name: str
    annotation: str  # the value type (without `| None`)
    style: Literal["positional", "star", "keyword"]
    required: bool
    default: str | None = None  # rendered literal; None + not required -> "None"
    flag: bool = False  # a `bool = False` switch


class _Args:
    """Walks one command's argument tree (rules of spec/README.md, "From arguments ...")."""

    def __init__(self, command: str) -> None:
        self.command = command
        self.params: list[Param] = []
        self.star_seen = False
        self.counts: list[str] = []
        #: Parameters of arguments that only some servers have, with their availability.
        self.limited: list[tuple[tuple[str, ...], _spec.Since]] = []

    def fail(self, a: Argument | None, message: str) -> SpecError:
        where = f" argument {a.name!r}" if a is not None else ""
        return SpecError(f"command {self.command}:{where}: {message}")

    # -- parameters

    def add(self, a: Argument, name: str, annotation: str, *, optional: bool, star: bool = False,
            flag: bool = False) -> str:  # fmt: skip
        name = a.py or name
        if not name.isidentifier() or keyword.iskeyword(name):
            raise self.fail(a, f"parameter name {name!r} is not an identifier (add a `py` hint)")
        if name in RESERVED_PARAMS:
            raise self.fail(a, f"parameter name {name!r} is reserved (add a `py` hint)")
        if any(p.name == name for p in self.params):
            raise self.fail(a, f"two parameters are named {name!r} (add a `py` hint)")
        default = None if a.default is None else repr(a.default)
        if star:
            style: Literal["positional", "star", "keyword"] = "star"
            self.star_seen = True
        elif optional or flag or self.star_seen:
            style = "keyword"
        else:
            style = "positional"  # with a default: may become keyword in `settle_defaults`
        required = not (optional or flag or star or default is not None)
        self.params.append(
            Param(
                name, annotation, style, required, default="False" if flag else default, flag=flag
            )
        )
        return name

    def settle_defaults(self) -> None:
        """Rule 8: a positional parameter with a `default` becomes keyword-only when a required
        positional parameter (or `*args`) follows it on the wire; else it stays positional."""
        for i, p in enumerate(self.params):
            if p.style == "positional" and p.default is not None:
                later = self.params[i + 1 :]
                if any(
                    q.style == "star" or (q.style == "positional" and q.required) for q in later
                ):
                    p.style = "keyword"

    def pytype(self, a: Argument, fallback: str) -> str:
        if a.pytype is None:
            return fallback
        try:
            tree = ast.parse(a.pytype, mode="eval")
        except SyntaxError:
            raise self.fail(a, f"pytype {a.pytype!r} is not a Python expression") from None
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id not in _PYTYPE_NAMES | {"tuple"}:
                raise self.fail(a, f"pytype uses {node.id!r}; allowed: {sorted(_PYTYPE_NAMES)}")
        return a.pytype.removesuffix(" | None")

    def leaf_type(self, a: Argument) -> str:
        return self.pytype(a, _LEAF_TYPES[a.type])

    # -- the walk

    def walk(self, args: tuple[Argument, ...], opt: bool) -> list[Step]:
        steps: list[Step] = []
        for a in args:
            steps.extend(self.node(a, opt))
        return steps

    def node(self, a: Argument, opt: bool) -> list[Step]:
        before = len(self.params)
        steps = self._node(a, opt)
        if a.since is not None:
            self.limited.append((tuple(p.name for p in self.params[before:]), a.since))
        return steps

    def _node(self, a: Argument, opt: bool) -> list[Step]:
        optional = opt or a.optional
        tok = [repr(a.token)] if a.token else []
        kind = a.kind or self.default_kind(a, optional)

        if kind == "jsonpath":  # a JSONPath: the reply has one item per match (see _convert)
            if a.type != "string" or a.multiple or a.token:
                raise self.fail(a, 'kind "jsonpath" is for a plain string leaf')
            name = self.add(a, snake(a.name), "str", optional=optional)
            check = f"_cv.json_path({name}, {self.command!r})"
            return self.guard(name, optional and a.default is None, [Emit((check,))])
        if kind == "json":  # any Python value, sent as its JSON text (RedisJSON documents)
            if a.type not in _LEAVES:
                raise self.fail(a, 'kind "json" is for a leaf')
            ann = self.pytype(a, "object")
            if a.multiple:  # `*values`
                if self.star_seen or tok:
                    raise self.fail(a, 'a repeated kind "json" is the one *args, without a token')
                name = self.add(a, plural(snake(a.name)), ann, optional=False, star=True)
                return [For("item", name, (Emit(("_cv.json_argument(item)",)),))]
            name = self.add(a, snake(a.name), ann, optional=optional)
            return self.guard(name, optional, [Emit((*tok, f"_cv.json_argument({name})"))])
        if kind in _TIME_KINDS:
            if a.type not in ("integer", "unix-time") or a.multiple:
                raise self.fail(a, f'kind "{kind}" is for one integer or unix-time leaf')
            ann, func = _TIME_KINDS[kind]
            pname = (_token_name(a) if optional else None) or snake(a.name)
            name = self.add(a, pname, self.pytype(a, ann), optional=optional)
            # An int goes as is, checked inline (no call on the common path; a bool goes on too,
            # and the encoder refuses it); anything else through the converter.
            conv = f"_cv.{func}({name}, {self.command!r}, {name!r})"
            emit = Emit((*tok, f"{name} if isinstance({name}, int) else {conv}"))
            return self.guard(name, optional and a.default is None, [emit])
        if kind == "count":
            if a.from_ is None:
                raise self.fail(a, 'kind "count" needs "from"')
            self.counts.append(a.from_)
            return [Emit((*tok, f"len({a.from_})"))]
        if kind == "fixed":
            return [Emit(tuple(tok))]
        if kind == "flag":
            name = self.add(a, _token_name(a) or snake(a.name), "bool", optional=True, flag=True)
            return [If(name, (Emit(tuple(tok)),))]
        if kind == "value":
            ann = self.leaf_type(a) if a.type in _LEAVES else self.pytype(a, "")
            if not ann:
                raise self.fail(a, f"a {a.type} needs a `pytype` or `kind` hint here")
            pname = (_token_name(a) if optional else None) or snake(a.name)
            name = self.add(a, pname, ann, optional=optional)
            return self.guard(name, optional and a.default is None, [Emit((*tok, name))])
        if kind == "literal":
            if a.type != "oneof" or not all(c.type == "pure-token" for c in a.arguments):
                raise self.fail(a, 'kind "literal" needs a oneof of pure-tokens')
            values = ", ".join(json.dumps(c.token) for c in a.arguments)
            ann = self.pytype(a, f"Literal[{values}]")
            pname = (_token_name(a) if optional else None) or snake(a.name)
            name = self.add(a, pname, ann, optional=optional)
            return self.guard(name, optional and a.default is None, [Emit((*tok, name))])
        if kind == "tuple":
            return self.tuple_(a, optional, tok)
        if kind in ("star", "sequence"):
            return self.repeated(a, kind, optional, tok)
        if kind == "mapping":
            return self.mapping(a, optional, tok)
        if kind == "flagblock":
            if not a.token:
                raise self.fail(a, "a flag block needs a token")
            name = self.add(a, _token_name(a) or snake(a.name), "bool", optional=True, flag=True)
            return [If(name, (Emit(tuple(tok)), *self.walk(a.arguments, True)))]
        if kind == "collapse":
            child = a.arguments[0]
            if a.token and child.token:
                raise self.fail(a, "a one-child block and its child both have tokens; add a kind")
            merged = msgspec.structs.replace(
                child,
                token=a.token,
                optional=a.optional or child.optional,
                multiple=a.multiple or child.multiple,
                multiple_token=a.multiple_token or child.multiple_token,
                py=a.py or child.py,
                kind=None,
                pytype=a.pytype or child.pytype,
            )
            return self.node(merged, opt)
        if kind == "flatten":
            if a.type not in ("block", "oneof") or not a.arguments:
                raise self.fail(a, 'kind "flatten" needs a block or oneof')
            if a.multiple:
                raise self.fail(a, 'a repeated block cannot be flattened (use "star"/"sequence")')
            if a.type == "oneof":
                before = len(self.params)
                parts = [self.node(c, True) for c in a.arguments]
                steps = [s for p in parts for s in self.prefix(p, tok)]
                if optional:
                    return steps
                given = self.params[before:]
                tests = [p.name if p.flag else f"({p.name} is not None)" for p in given]
                names = ", ".join(p.name for p in given)
                message = f"{self.command}: give exactly one of {names}"
                return [Check(f"{' + '.join(tests)} != 1", message), *steps]
            if a.token and optional:
                return self.node(msgspec.structs.replace(a, kind="flagblock"), opt)
            if not optional:
                return [*([Emit(tuple(tok))] if tok else []), *self.walk(a.arguments, False)]
            return self.prefix(self.walk(a.arguments, True), tok)
        raise self.fail(a, f"unknown kind {kind!r}")

    def default_kind(self, a: Argument, optional: bool) -> str:
        kids = a.arguments
        if a.type in _LEAVES:
            if a.multiple:
                return "star" if not a.token and not self.star_seen else "sequence"
            return "value"
        if a.type == "pure-token":
            return "flag" if optional else "fixed"
        if a.type == "oneof":
            if a.multiple:
                raise self.fail(a, 'a repeated oneof needs kind "star"/"sequence" and a pytype')
            if a.pytype:
                return "value"
            pure = all(c.type == "pure-token" for c in kids)
            if pure and (not optional or a.token):
                return "literal"
            return "flatten"
        # block
        if a.multiple:
            if len(kids) == 2 and all(c.type in _LEAVES and not c.multiple for c in kids):
                return "mapping"
            if len(kids) == 1:
                return "collapse"
            raise self.fail(a, 'a repeated block needs a kind hint ("mapping", "star", "sequence")')
        if len(kids) == 2 and all(c.type in _LEAVES and c.multiple for c in kids):
            return "mapping"  # STREAMS key [key ...] id [id ...]: columns
        if not optional:
            return "flatten"
        if a.token and kids and all(c.optional for c in kids):
            return "flagblock"  # FULL [COUNT count]
        if a.token and len(kids) == 1:
            return "collapse"
        if a.token and all(c.type in _LEAVES and not c.optional and not c.multiple for c in kids):
            return "tuple"
        if (
            kids
            and kids[0].token
            and all(_plain(c) for c in kids[:-1])
            and (_plain(kids[-1]) or _pure_oneof(kids[-1]))
        ):
            return "tuple"  # BYRADIUS radius M|KM|FT|MI
        if not a.token:
            return "flatten"
        raise self.fail(a, "no rule renders this optional block; add a kind hint")

    def tuple_(self, a: Argument, optional: bool, tok: list[str]) -> list[Step]:
        """`LIMIT offset count` -> `limit: tuple[int, int]`; the first leaf may carry the token
        (`BYRADIUS radius unit`) and the last item may be a oneof of pure tokens (a Literal)."""
        kids = list(a.arguments)
        head = kids[0] if kids else None
        if head is not None and head.token and not tok:
            tok, kids[0] = [repr(head.token)], msgspec.structs.replace(head, token=None)
        items: list[str] = []
        for i, c in enumerate(kids):
            if c.type in _LEAVES and not (c.optional or c.multiple or c.token):
                items.append(self.leaf_type(c))
            elif (
                i == len(kids) - 1
                and c.type == "oneof"
                and c.arguments
                and all(x.type == "pure-token" for x in c.arguments)
            ):
                items.append(f"Literal[{', '.join(json.dumps(x.token) for x in c.arguments)}]")
            else:
                raise self.fail(a, 'kind "tuple" needs required leaves (and a final oneof)')
        if a.type != "block" or not items:
            raise self.fail(a, 'kind "tuple" needs a block')
        ann = self.pytype(a, f"tuple[{', '.join(items)}]")
        pname = _token_name(a) or (_token_name(head) if head is not None else None)
        name = self.add(a, pname or snake(a.name), ann, optional=optional)
        return self.guard(name, optional, [Emit((*tok, f"*{name}"))])

    def repeated(self, a: Argument, kind: str, optional: bool, tok: list[str]) -> list[Step]:
        leaf = a.type in _LEAVES
        if leaf:
            elem = self.leaf_type(a)
        elif (
            a.type == "block"
            and a.arguments
            and all(
                c.type in _LEAVES and not (c.optional or c.multiple or c.token) for c in a.arguments
            )
        ):
            kinds = [c.kind == "json" for c in a.arguments]
            types = [self.pytype(c, "object") if j else self.leaf_type(c)
                     for c, j in zip(a.arguments, kinds, strict=True)]  # fmt: skip
            elem = self.pytype(a, f"tuple[{', '.join(types)}]")
            if any(kinds):  # (JSON.MSET's key path value triplets: the value as JSON text)
                if kind != "star" or tok:
                    raise self.fail(a, 'a block with a kind "json" child is a *args of tuples')
                name = self.add(a, plural(snake(a.name)), elem, optional=False, star=True)
                items = tuple(f"_cv.json_argument(item[{i}])" if j else f"item[{i}]"
                              for i, j in enumerate(kinds))  # fmt: skip
                return [For("item", name, (Emit(items),))]
        else:
            elem = self.pytype(a, "")
        if not elem:
            raise self.fail(a, f'kind "{kind}" on a {a.type} needs a pytype (one element)')
        if kind == "star":
            if self.star_seen:
                raise self.fail(a, "only one *args parameter per command")
            name = self.add(a, plural(snake(a.name)), elem, optional=False, star=True)
            guard = bool(tok) and not a.multiple_token
        else:
            ann = elem if elem.startswith("Sequence[") else f"Sequence[{elem}]"
            pname = (_token_name(a) if a.token else None) or plural(snake(a.name))
            name = self.add(a, pname, ann, optional=optional)
            guard = optional
        if a.multiple_token:
            body: list[Step] = [For("item", name, (Emit((*tok, "item" if leaf else "*item")),))]
        elif leaf:
            body = [Emit((*tok, f"*{name}"))]
        else:
            body = [*([Emit(tuple(tok))] if tok else []), For("item", name, (Emit(("*item",)),))]
        if kind == "star":
            return [If(name, tuple(body))] if guard else body
        return self.guard(name, guard, body)

    def mapping(self, a: Argument, optional: bool, tok: list[str]) -> list[Step]:
        """Pair blocks as one mapping parameter (`SupportsItems`: `Mapping` is invariant in its
        key type, so `dict[str, str]` would not be a `Mapping[Value, Value]`)."""
        kids = a.arguments
        if a.type != "block" or len(kids) < 2 or any(c.type not in _LEAVES for c in kids):
            raise self.fail(a, 'kind "mapping" needs a block of leaves')
        columns = a.order == "keys-then-values" or all(c.multiple for c in kids)
        if columns and len(kids) != 2:
            raise self.fail(a, "a keys-then-values mapping needs two leaves")
        key_first = a.order != "value-key"
        key = kids[0] if key_first else kids[-1]
        rest = kids[1:] if key_first else kids[:-1]
        kt = self.leaf_type(key)
        vt = (
            self.leaf_type(rest[0])
            if len(rest) == 1
            else f"tuple[{', '.join(self.leaf_type(c) for c in rest)}]"
        )
        ann = self.pytype(a, f"SupportsItems[{kt}, {vt}]")
        pname = _token_name(a) or ("mapping" if not columns else snake(a.name))
        name = self.add(a, pname, ann, optional=optional)
        lead = [Emit(tuple(tok))] if tok and not a.multiple_token else []
        if columns:
            body: list[Step] = [
                *lead,
                For("k, _", f"{name}.items()", (Emit(("k",)),)),
                For("_, v", f"{name}.items()", (Emit(("v",)),)),
            ]
        else:
            value = ("v",) if len(rest) == 1 else ("*v",)
            pair = ("k", *value) if key_first else (*value, "k")
            each = (*tok, *pair) if a.multiple_token else pair
            body = [*lead, For("k, v", f"{name}.items()", (Emit(each),))]
        return self.guard(name, optional, body)

    @staticmethod
    def guard(name: str, optional: bool, body: list[Step]) -> list[Step]:
        return [If(f"{name} is not None", tuple(body))] if optional else body

    @staticmethod
    def prefix(steps: list[Step], tok: list[str]) -> list[Step]:
        """Emit a flattened node's token just before its first child."""
        if not tok or not steps:
            return steps
        first = steps[0]
        if isinstance(first, Emit):
            return [Emit((*tok, *first.items)), *steps[1:]]
        if isinstance(first, If):
            return [If(first.test, tuple(_Args.prefix(list(first.body), tok))), *steps[1:]]
        return [Emit(tuple(tok)), *steps]


def _plain(a: Argument) -> bool:
    """A required leaf that is one value (no repetition)."""
    return a.type in _LEAVES and not (a.optional or a.multiple)


def _pure_oneof(a: Argument) -> bool:
    return (
        a.type == "oneof" and bool(a.arguments) and all(x.type == "pure-token" for x in a.arguments)
    )


# ---------------------------------------------------------------------------------------------
# Replies: Python types, wire types and converters.


class _Replies:
    def __init__(self, structs: dict[str, _spec.StructType]) -> None:
        self.spec_structs = structs
        self.names = frozenset(structs)
        self.enums = frozenset(n for n, st in structs.items() if st.shape == "enum")
        self.struct_fields: dict[str, list[tuple[_spec.Field, TypeNode]]] = {}
        for sname, st in structs.items():
            fields = []
            for f in st.fields:
                try:
                    fields.append((f, parse_type(f.type, self.names)))
                except TypeSyntaxError as e:
                    raise SpecError(f"type {sname}: field {f.name!r}: {e}") from None
                if f.optional and st.shape == "tuple":
                    raise SpecError(f"type {sname}: field {f.name!r}: optional needs shape map")
            self.struct_fields[sname] = fields
        self.generic: dict[str, bool] = {n: self._struct_uses_v(n, set()) for n in structs}
        #: Structs that contain themselves (COMMAND INFO's subcommands): their wire is `list[Any]`
        #: and their converter normalizes it with `msgspec.convert` one level at a time.
        self.recursive = frozenset(n for n in structs if self._reaches(n, n, set()))
        self.funcs: dict[str, ConvFunc] = {}
        self._done: dict[tuple[str, int, str], str | None] = {}
        self._active: set[tuple[str, int, str]] = set()
        self._recursive: set[tuple[str, int]] = set()
        self.wire_structs: dict[str, WireStruct] = {}
        self.replies: dict[str, ReplyObj] = {}

    def _reaches(self, start: str, target: str, seen: set[str]) -> bool:
        for _, t in self.struct_fields[start]:
            for name in _heads(t):
                if name == target:
                    return True
                if name in self.names and name not in seen:
                    seen.add(name)
                    if self._reaches(name, target, seen):
                        return True
        return False

    def _struct_uses_v(self, name: str, seen: set[str]) -> bool:
        if name in seen:
            return False
        seen.add(name)
        return any(self._uses_v(t, seen) for _, t in self.struct_fields[name])

    def _uses_v(self, t: TypeNode, seen: set[str]) -> bool:
        if t.head == "V":
            return True
        if t.head in self.names:
            return self._struct_uses_v(t.head, seen)
        return any(self._uses_v(x, seen) for x in t.args)

    # -- Python annotations

    def py(self, t: TypeNode) -> str:
        if t.head == "ok":
            return "bool"
        base = self._py(t)
        return f"{base} | None" if t.nullable else base

    def _py(self, t: TypeNode) -> str:
        h = t.head
        if h in ("V", "str", "bytes", "int", "float", "bool"):
            return h
        if h == "intstr":
            return "int"
        if h == "json":
            return "JSONValue[V]"
        if h == "jsondoc":
            return "JSONDocument"
        if h == "T":
            return "D"  # (redisrest._command.D: the spec's `T`, the caller's `type=`)
        if h in self.enums:
            return h
        sub = [self.py(x) for x in t.args]
        if h == "list":
            return f"list[{sub[0]}]"
        if h == "tuple":
            return f"tuple[{', '.join(sub)}]"
        if h == "dict":
            return f"dict[{sub[0]}, {sub[1]}]"
        if h == "pairs":
            return f"list[tuple[{sub[0]}, {sub[1]}]]"
        if h == "first":  # the one element of an array of at most one, or None when empty
            item = self._py(t.args[0]).removeprefix("list[").removesuffix("]")
            return f"{item} | None"
        return f"{h}[V]" if self.generic[h] else h

    # -- wire types (p: parity of the depth, 0 even, 1 odd)

    def wire(self, t: TypeNode, p: int) -> str:
        base = self._wire(t.strip(), p)
        if not t.nullable or base == "Any":
            return base
        return f"{base} | None"

    def _wire(self, t: TypeNode, p: int) -> str:
        h, q = t.head, 1 - p
        if h in ("V", "str", "bytes"):
            return "bytes" if p else "str"
        if h in ("int", "bool"):
            return "int"
        if h in ("intstr", "float", "jsondoc", "T"):
            return "bytes"  # never the literal "OK": base64 at any depth
        if h in self.enums:
            return f"_t.{h}"  # msgspec checks the code against the IntEnum's values
        if h == "ok":
            return "bytes" if p else 'Literal["OK"]'
        if h == "json":
            return "Any"
        if h == "list":
            return f"list[{self.wire(t.args[0], q)}]"
        if h == "first":
            return self.wire(t.args[0], p)
        if h == "tuple":
            return f"tuple[{', '.join(self.wire(x, q) for x in t.args)}]"
        if h in ("dict", "pairs"):
            return f"list[{self._flat_wire(t, q)}]"
        if self.spec_structs[h].shape == "tuple" and h not in self.recursive:
            return self._tuple_wire(h, q)
        return "list[Any]"

    def _tuple_wire(self, h: str, q: int) -> str:
        return f"tuple[{', '.join(self.wire(ft, q) for _, ft in self.struct_fields[h])}]"

    def _flat_wire(self, t: TypeNode, q: int) -> str:
        """The element type of a flat `[k1, v1, ...]` array, or "Any" when msgspec cannot say."""
        kw, vw = self.wire(t.args[0], q), self.wire(t.args[1], q)
        if kw == vw:
            return kw
        parts: list[str] = []
        for w in (kw, vw):
            for part in _split_union(w):
                if part not in parts:
                    parts.append(part)
        if "Any" in parts:
            return "Any"
        if "None" in parts:
            parts = [x for x in parts if x != "None"] + ["None"]
        strlike = sum(x in ("str", "bytes") or x.startswith("Literal") for x in parts)
        arrays = sum(x.startswith(("list[", "tuple[")) for x in parts)
        if strlike > 1 or arrays > 1:
            return "Any"
        return " | ".join(parts)

    # -- converters: an expression on `x`, or None for the identity

    def conv(self, t: TypeNode, p: int, mode: str, x: str) -> str | None:
        h = t.head
        if h == "ok":
            if t.nullable:
                return f"{x} is not None"
            return f"{x} == b'OK'" if p else "True"
        if t.nullable:
            inner = self.conv(t.strip(), p, mode, x)
            if inner is None:
                return None
            if inner in (f"_cv.ok_text({x})", f"_cv.ok_bytes({x})"):
                return inner.replace("(", "_or_none(", 1)
            return f"None if {x} is None else {inner}"
        if h == "bytes" or (h == "V" and mode == "binary"):
            return f"_cv.ok_bytes({x})" if not p else None
        if h in ("V", "str"):
            return f"{x}.decode()" if p else f"_cv.ok_text({x})"
        if h in ("int",):
            return None
        if h == "bool":
            return f"bool({x})"
        if h == "intstr":
            return f"int({x})"
        if h == "jsondoc":
            return f"_cv.json_document({x})"
        if h == "T":
            raise AssertionError("`T` replies are built per call (see _method)")
        if h in self.enums:
            return None
        if h == "float":
            return f"float({x})"
        if h == "json":
            return f"_cv.json_{mode}({x}, True)" if p else f"_cv.json_{mode}({x})"
        fn = self.func(t, p, mode)
        return None if fn is None else f"{fn}({x})"

    def func(self, t: TypeNode, p: int, mode: str) -> str | None:
        """The named converter function of a compound type (None for the identity).

        Named `_c_<type>_<parity>`, with a `_t` / `_b` suffix when the text and binary bodies
        differ (always for a recursive struct, whose name is needed before its body exists).
        """
        key = (str(t), p, mode)
        if key in self._done:
            return self._done[key]
        base = f"_c_{mangle(t)}_{p}"
        if key in self._active:  # a struct that contains itself: refer to it by name
            self._recursive.add((str(t), p))
            return f"{base}_{mode[0]}"
        self._active.add(key)
        try:
            body = self._body(t, p, mode)
            other = self._body(t, p, "binary" if mode == "text" else "text") if body else None
        finally:
            self._active.discard(key)
        name: str | None = None
        if body is not None:
            name = base
            if body != other or (str(t), p) in self._recursive:
                name += f"_{mode[0]}"
            have = self.funcs.get(name)
            if have is not None and (have.statements, have.expr) != body:
                raise AssertionError(f"two converters named {name}")
            self.funcs[name] = ConvFunc(name, *body)
        self._done[key] = name
        return name

    def _body(self, t: TypeNode, p: int, mode: str) -> tuple[tuple[str, ...], str] | None:
        h, q = t.head, 1 - p
        statements: list[str] = []
        if t.nullable:
            inner = self.conv(t, p, mode, "w")
            if inner is None:
                return None
            expr = inner
        elif h == "list":
            e = self.conv(t.args[0], q, mode, "e")
            if e is None:
                return None
            expr = f"[{e} for e in w]"
        elif h == "first":
            inner = self.conv(t.args[0], p, mode, "w")
            if inner is not None:
                statements.append(f"w = {inner}")
            expr = "w[0] if w else None"
        elif h == "tuple":
            parts = [self.conv(x, q, mode, f"w[{i}]") for i, x in enumerate(t.args)]
            if all(c is None for c in parts):
                return None
            items = [c or f"w[{i}]" for i, c in enumerate(parts)]
            expr = f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
        elif h in ("dict", "pairs"):
            # msgspec checks each item against the array's element type (`bytes | int`): a key
            # or value whose own wire type is narrower is checked in its position here.
            flat = self._flat_wire(t, q)
            kw, vw = self.wire(t.args[0], q), self.wire(t.args[1], q)
            ka = "k" if kw in (flat, "Any") else f"_ms.convert(k, {kw})"
            va = "v" if vw in (flat, "Any") else f"_ms.convert(v, {vw})"
            kc = self.conv(t.args[0], q, mode, ka) or ka
            vc = self.conv(t.args[1], q, mode, va) or va
            zipped = _ZIP_PAIRS
            if (kc, vc) == ("k", "v"):
                expr = f"{'dict' if h == 'dict' else 'list'}({zipped})"
            elif h == "dict":
                expr = f"{{{kc}: {vc} for k, v in {zipped}}}"
            else:
                expr = f"[({kc}, {vc}) for k, v in {zipped}]"
        elif h in self.names:
            fields = self.struct_fields[h]
            if self.spec_structs[h].shape == "tuple":
                if h in self.recursive:
                    statements.append(f"w = _ms.convert(w, {self._tuple_wire(h, q)})")
                args = [
                    f"{f.name}={self.conv(ft, q, mode, f'w[{i}]') or f'w[{i}]'}"
                    for i, (f, ft) in enumerate(fields)
                ]
            else:
                ws = self.wire_struct(h, q)
                statements.append(f"m = _ms.convert(dict({_ZIP_PAIRS}), {ws})")
                args = []
                for f, ft in fields:
                    x = f"m.{f.name}"
                    args.append(f"{f.name}={self.conv(self.field_type(f, ft), q, mode, x) or x}")
            expr = f"_t.{h}({', '.join(args)})"
        else:
            expr = self.conv(t, p, mode, "w") or "w"
        return tuple(statements), expr

    @staticmethod
    def field_type(f: _spec.Field, t: TypeNode) -> TypeNode:
        """An `optional` map field may be absent: its type becomes nullable."""
        return TypeNode(t.head, t.args, True) if f.optional else t

    def wire_struct(self, name: str, p: int) -> str:
        wname = f"_W_{name}_{p}"
        if wname not in self.wire_structs:
            self.wire_structs[wname] = WireStruct(
                wname,
                tuple(
                    WireField(
                        f.name,
                        self.wire(self.field_type(f, ft), p),
                        base64.b64encode((f.key or f.name.replace("_", "-")).encode()).decode(),
                        f.optional,
                    )
                    for f, ft in self.struct_fields[name]
                ),
            )
        return wname

    def reply(self, t: TypeNode) -> str:
        name = f"_R_{mangle(t)}"
        if name not in self.replies:
            roots = []
            for mode in ("text", "binary"):
                c = self.conv(t, 0, mode, "w")
                if c is None:
                    roots.append("_cv.identity")
                elif re.fullmatch(r"[\w.]+\(w\)", c):
                    roots.append(c[: -len("(w)")])
                elif c == "True":
                    roots.append("_cv.true")
                elif c == "w is not None":
                    roots.append("_cv.is_not_none")
                elif c == "bool(w)":
                    roots.append("bool")
                else:
                    fn = self.func(t, 0, mode)
                    assert fn is not None
                    roots.append(fn)
            self.replies[name] = ReplyObj(name, str(t), self.wire(t, 0), roots[0], roots[1])
        elif self.replies[name].type != str(t):
            raise AssertionError(f"two reply types named {name}")
        return name


#: A flat `[k1, v1, k2, v2, ...]` array as pairs; `strict=True` makes an odd length (a last key
#: without its value) a ValueError, which the runtime reports as a ResponseError.
_ZIP_PAIRS = "zip(w[::2], w[1::2], strict=True)"


def _heads(t: TypeNode) -> list[str]:
    return [t.head, *(h for a in t.args for h in _heads(a))]


def _split_union(w: str) -> list[str]:
    """`list[bytes | None] | None` -> ["list[bytes | None]", "None"] (top level only)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(w):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0 and w.startswith(" | ", i):
            parts.append(w[start:i])
            start = i + 3
    parts.append(w[start:])
    return parts


def mangle(t: TypeNode) -> str:
    """An identifier for a type, unambiguous: `list[V]?` -> `opt_list_V`, `list[V?]` ->
    `list_opt_V`; tuples carry their arity (`tuple2_int_V`)."""
    head = f"tuple{len(t.args)}" if t.head == "tuple" else t.head
    return "_".join(["opt"] * t.nullable + [head] + [mangle(a) for a in t.args])


# ---------------------------------------------------------------------------------------------
# Commands -> methods.


def _render_param(p: Param, annotation: str | None = None, default: str | None = "keep") -> str:
    ann = annotation or p.annotation
    if p.style == "star":
        return f"*{p.name}: {ann}"
    if default == "keep":
        if p.flag:
            default = "False"
        elif p.default is not None:
            default = p.default
        elif not p.required:
            default = "None"
            ann = f"{ann} | None"
        else:
            default = None
    return f"{p.name}: {ann}" + (f" = {default}" if default is not None else "")


def _signature(
    params: list[Param],
    returns: str,
    special: dict[str, tuple[str, str | None]],
    keyword_only: bool = True,
) -> Signature:
    """Render a signature; `special` maps a parameter to (annotation, default) for overloads.

    `keyword_only=False` (builders) leaves out the `*` before the options, so that the methods
    can pass them positionally (cheaper than keywords: builders are on every command's path).
    """
    out: list[str] = []
    ordered = [p for p in params if p.style == "positional" and p.required]
    ordered += [p for p in params if p.style == "positional" and not p.required]
    star = [p for p in params if p.style == "star"]
    keywords = [p for p in params if p.style == "keyword"]
    for p in ordered + star:
        out.append(_render_param(p, *special.get(p.name, (None, "keep"))))
    if keywords and not star and keyword_only:
        out.append("*")
    for p in keywords:
        out.append(_render_param(p, *special.get(p.name, (None, "keep"))))
    return Signature(tuple(out), returns)


def _flags(command: _spec.Command) -> str:
    fl = set(command.flags)
    if ("readonly" in fl) == ("write" in fl):
        raise SpecError(f"command {command.name}: flags need exactly one of readonly / write")
    if "idempotent" in fl and "readonly" in fl:
        raise SpecError(f"command {command.name}: idempotent is for writes")
    return (
        "READONLY" if "readonly" in fl else "_WRITE_IDEMPOTENT" if "idempotent" in fl else "WRITE"
    )


def _method(command: _spec.Command, replies: _Replies, spec: _spec.Spec) -> Method:
    module = command.module
    namespace = None if module is None else spec.modules[module].namespace
    if module is None:
        name = method_name(command)
    else:  # JSON.SET -> `set` under `r.json`
        bare = command.name.removeprefix(spec.modules[module].prefix)
        name = command.method or snake(bare.replace(" ", "_").replace("-", "_"))
    if not name.isidentifier() or keyword.iskeyword(name) or name in RESERVED_METHODS:
        raise SpecError(
            f"command {command.name}: method name {name!r} is not usable (set `method`)"
        )
    walker = _Args(command.name)
    steps = walker.walk(command.arguments, False)
    walker.settle_defaults()
    if command.typed_reply:
        if any(p.name == "type" for p in walker.params):
            raise SpecError(f"command {command.name}: typed_reply: a parameter is named 'type'")
        walker.params.append(Param("type", "builtins.type[D]", "keyword", required=False))
    params = walker.params
    pnames = {p.name: p for p in params}
    for src in walker.counts:
        if src not in pnames:
            raise SpecError(f"command {command.name}: count from {src!r}: no such parameter")
        if pnames[src].annotation.startswith("SupportsItems["):  # a mapping (HSETEX's pairs):
            steps = _replace(steps, f"len({src})", f"len({src}.items())")  # has no len() itself
        elif pnames[src].style != "star" and not pnames[src].required:  # an optional sequence
            steps = _replace(steps, f"len({src})", f"len({src} or ())")

    if not command.replies:
        raise SpecError(f"command {command.name}: replies: at least one variant is needed")
    defaults = [r for r in command.replies if not r.when]
    if len(defaults) != 1:
        raise SpecError(f"command {command.name}: replies: exactly one variant without `when`")
    variants: list[tuple[_spec.ReplyVariant, TypeNode, str, str]] = []
    for r in command.replies:
        try:
            t = parse_type(r.type, replies.names)
        except TypeSyntaxError as e:
            raise SpecError(f"command {command.name}: replies: {e}") from None
        variants.append((r, t, replies.py(t), _reply_of(command, r, t, replies)))

    cond_params: list[str] = []
    for r, *_ in variants:
        for pname, value in (r.when or {}).items():
            p = pnames.get(pname)
            if p is None:
                raise SpecError(f"command {command.name}: when: no parameter {pname!r}")
            if p.style != "keyword" or p.required:
                raise SpecError(f"command {command.name}: when: {pname!r} must be an option")
            want = True if p.flag else "set"
            if value != want or (value is not want and p.flag):
                raise SpecError(f"command {command.name}: when: {pname!r}: use {want!r}")
            if pname not in cond_params:
                cond_params.append(pname)

    union: list[str] = []
    for *_, py, _r in variants:
        for part in _split_union(py):
            if part not in union:
                union.append(part)
    if "None" in union:
        union = [x for x in union if x != "None"] + ["None"]
    returns = " | ".join(union)
    overloads: list[Signature] = []
    if len(variants) > 1:
        for r, _t, py, _r in variants:
            special: dict[str, tuple[str, str | None]] = {}
            for pname in cond_params:
                p = pnames[pname]
                if pname in (r.when or {}):
                    special[pname] = ("Literal[True]" if p.flag else p.annotation, None)
                else:
                    special[pname] = ("Literal[False]", "False") if p.flag else ("None", "None")
            overloads.append(_signature(params, py, special))
        overloads.append(_signature(params, returns, {}))
    choices = sorted(
        ((r, rname) for r, _t, _py, rname in variants if r.when),
        key=lambda rv: -len(rv[0].when or {}),
    )
    reply_choices = tuple(
        (
            " and ".join(k if v is True else f"{k} is not None" for k, v in (r.when or {}).items()),
            rname,
        )
        for r, rname in choices
    )

    call_args: list[str] = []
    for p in params:
        if p.style == "positional" and p.required:
            call_args.append(p.name)
    for p in params:
        if p.style == "positional" and not p.required:
            call_args.append(p.name)
    for p in params:
        if p.style == "star":
            call_args.append(f"*{p.name}")
    # Options go positionally unless they follow `*args` (the builder keeps no `*` then).
    positional_options = not any(p.style == "star" for p in params)
    for p in params:
        if p.style == "keyword":
            call_args.append(p.name if positional_options else f"{p.name}={p.name}")

    literal = all(isinstance(s, Emit) for s in steps)
    head = repr(command.name.split(" ")[0]), *(repr(w) for w in command.name.split(" ")[1:])
    argv = (Emit(head), *steps)
    flat = tuple(i for s in argv if isinstance(s, Emit) for i in s.items) if literal else ()
    return Method(
        name=name,
        builder_name=name if namespace is None else f"{namespace}_{name}",
        namespace=namespace,
        command=command.name,
        variants=tuple(Variant(_condition(r), py, r.doc.strip()) for r, _t, py, _r in variants),
        doc=_docstring(command, variants, spec, walker.limited),
        impl=_signature(params, returns, {}),
        impl_any=_signature(params, "Any", {}),
        builder=_signature(params, returns, {}, keyword_only=False),
        overloads=tuple(overloads),
        call_args=tuple(call_args),
        argv=_merge(argv),
        argv_is_literal=literal,
        argv_is_tuple=not _loops(steps),
        argv_literal=flat,
        reply_choices=reply_choices,
        reply_default=next(rname for r, _t, _py, rname in variants if not r.when),
        flags=_flags(command),
    )


def _reply_of(command: _spec.Command, r: _spec.ReplyVariant, t: TypeNode, replies: _Replies) -> str:
    """The reply object's name, or for a `T` variant the expression that builds one per call
    for the caller's type (`_cv.json_into(type)`: cached per type by the runtime)."""
    if "T" not in _heads(t):
        return replies.reply(t)
    if not command.typed_reply or r.when != {"type": "set"}:
        raise SpecError(f"command {command.name}: a `T` reply needs typed_reply and when type")
    if str(t) == "T?":
        return "_cv.json_into(type)"
    if str(t) == "list[T?]":
        return "_cv.json_list_into(type)"
    raise SpecError(f"command {command.name}: a `T` reply is `T?` or `list[T?]`, not {t}")


def _replace(steps: list[Step], old: str, new: str) -> list[Step]:
    out: list[Step] = []
    for s in steps:
        if isinstance(s, Emit):
            s = Emit(tuple(new if i == old else i for i in s.items))
        elif isinstance(s, (If, For)):
            s = msgspec.structs.replace(s, body=tuple(_replace(list(s.body), old, new)))
        out.append(s)
    return out


def _loops(steps: list[Step] | tuple[Step, ...]) -> bool:
    """Whether a `for` step is among these (growing a tuple in a loop would be quadratic)."""
    return any(isinstance(s, For) or (isinstance(s, If) and _loops(s.body)) for s in steps)


def _merge(steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """Join adjacent Emit steps (fewer `argv +=` statements)."""
    out: list[Step] = []
    for s in steps:
        if isinstance(s, If):
            s = If(s.test, _merge(s.body))
        elif isinstance(s, For):
            s = For(s.target, s.iter, _merge(s.body))
        if out and isinstance(s, Emit) and isinstance(out[-1], Emit):
            out[-1] = Emit(out[-1].items + s.items)
        else:
            out.append(s)
    return tuple(out)


def _docstring(
    command: _spec.Command,
    variants: list[tuple[_spec.ReplyVariant, TypeNode, str, str]],
    spec: _spec.Spec,
    limited: list[tuple[tuple[str, ...], _spec.Since]],
) -> str:
    lines = [command.summary.strip(), ""]
    lines.append(f"Complexity: {command.complexity.strip()}")
    lines.append(f"Since: {availability(command, spec)}")
    for names, since in limited:
        shown = ", ".join(f"`{n}`" for n in names)
        lines.append(f"Option {shown}: {availability(command, spec, since)}")
    lines.append(f"Docs: {docs_url(command, spec)}")
    if command.note:
        lines += ["", command.note.strip()]
    lines.append("")
    if len(variants) == 1:
        lines.append(f"Returns: {variants[0][0].doc.strip()}")
    else:
        lines.append("Returns:")
        for r, _t, _py, _rn in variants:
            lines.append(f"    {_condition(r) or 'by default'}: {r.doc.strip()}")
    return "\n".join(line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') for line in lines)


def _condition(r: _spec.ReplyVariant) -> str:
    return ", ".join(f"{k}=True" if v is True else f"{k} given" for k, v in (r.when or {}).items())


def build(spec: _spec.Spec, source: str) -> Model:
    replies = _Replies(spec.types)
    methods = []
    for command in spec.commands:
        if command.container or command.excluded is not None:
            continue
        methods.append(_method(command, replies, spec))
    seen: dict[str, str] = {}
    for m in methods:
        if m.builder_name in seen:
            raise SpecError(
                f"command {m.command}: method {m.builder_name!r} also used by {seen[m.builder_name]}"
            )
        seen[m.builder_name] = m.command
    for mod in spec.modules.values():
        if mod.namespace in seen:  # (a core method named like it would hide it)
            raise SpecError(f"module namespace {mod.namespace!r} is also a method")
    structs = tuple(
        StructDef(
            name,
            replies.spec_structs[name].doc.strip(),
            replies.generic[name],
            tuple(
                StructField(
                    f.name,
                    replies.py(replies.field_type(f, ft)),
                    f.optional,
                    f.doc,
                )
                for f, ft in replies.struct_fields[name]
            ),
            tuple(EnumMember(v.name, v.value, v.doc) for v in spec.types[name].values),
        )
        for name in sorted(spec.types)
    )
    builder_sigs = [m.builder for m in methods]
    client_sigs = [m.impl for m in methods] + [o for m in methods for o in m.overloads]
    flags_used = sorted({m.flags for m in methods})
    flag_imports = sorted(
        {"READONLY" if f == "READONLY" else "WRITE" for f in flags_used}
        | ({"IDEMPOTENT"} if "_WRITE_IDEMPOTENT" in flags_used else set())
    )
    uses_msgspec = bool(replies.wire_structs) or any(
        "_ms." in f.expr for f in replies.funcs.values()
    )
    body_private = sorted({name for m in methods for name in _private_names(m)})
    return Model(
        struct_names=_names([Signature((), f.annotation) for s in structs for f in s.fields]),
        builder_names=_names(builder_sigs),
        client_names=_names(client_sigs),
        uses_msgspec=uses_msgspec,
        flag_imports=tuple(flag_imports),
        flags_used=tuple(flags_used),
        body_flags=tuple(f for f in flags_used if not f.startswith("_")),
        body_objects=tuple(n for n in body_private if n != "_cv"),
        body_uses_cv="_cv" in body_private,
        source=source,
        sha256=spec.sha256,
        describes=_servers(spec.describes, spec),
        live=_servers(spec.live, spec),
        methods=tuple(sorted(methods, key=lambda m: m.builder_name)),
        core=tuple(sorted((m for m in methods if m.namespace is None), key=lambda m: m.name)),
        namespaces=tuple(
            (
                Namespace(mod.namespace, mod.namespace.capitalize(), mod.title, name),
                tuple(
                    sorted(
                        (m for m in methods if m.namespace == mod.namespace), key=lambda m: m.name
                    )
                ),
            )
            for name, mod in spec.modules.items()
            if any(m.namespace == mod.namespace for m in methods)
        ),
        replies=tuple(sorted(replies.replies.values(), key=lambda r: r.name)),
        funcs=tuple(sorted(replies.funcs.values(), key=lambda f: f.name)),
        wire_structs=tuple(sorted(replies.wire_structs.values(), key=lambda w: w.name)),
        structs=structs,
    )


def _step_texts(steps: tuple[Step, ...]) -> list[str]:
    out: list[str] = []
    for s in steps:
        if isinstance(s, Emit):
            out += s.items
        elif isinstance(s, Check):
            out.append(s.test)
        else:
            out.append(s.test if isinstance(s, If) else s.iter)
            out += _step_texts(s.body)
    return out


def _private_names(m: Method) -> set[str]:
    """The module-level private names a builder's body uses (`_R_int`, `_WRITE_IDEMPOTENT`,
    `_cv`): identifiers starting with `_`, not attributes."""
    texts = [*_step_texts(m.argv), m.flags, m.reply_default]
    texts += [part for choice in m.reply_choices for part in choice]
    return {n for t in texts for n in re.findall(r"(?<![\w.])_[A-Za-z]\w*", t)}


def _servers(versions: dict[str, str], spec: _spec.Spec) -> str:
    names = [
        f"{_LABELS[k] if k in _LABELS else spec.modules[k].title} {v}" for k, v in versions.items()
    ]
    return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]


def _names(sigs: list[Signature]) -> tuple[str, ...]:
    """Every identifier the signatures' annotations use (for the type-only imports)."""
    found: set[str] = set()
    for sig in sigs:
        for text in (*sig.params, sig.returns):
            ann = text.split(":", 1)[1] if ":" in text else text
            found.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", ann.split(" = ")[0]))
    return tuple(sorted(found))
