"""Write `tests/typing/test_every_method.py`: an `assert_type` line for every method and variant.

    .venv/bin/python tests/typing/make_assertions.py          # rewrite the file
    .venv/bin/python tests/typing/make_assertions.py --check  # exit 1 when it is stale

The EXPECTED types come from the spec, read by `tests/_spec_types.py` (a second reading of the
reply type language, independent of the generator's model); only the dummy ARGUMENTS come from
the generated `Redis` methods' signatures (`inspect.signature`; a module's commands from the
class its namespace property returns: `r.json` -> `JsonCommands`), so that a call reaches the
method at all. The arguments are valid for the type checkers, not necessarily for Redis (the file
is checked by mypy --strict and pyright strict, never run).

For each offered command and each reply variant (its `when` flags set to `True`, its `when`
options given a value; `type=` is `list[int]`, so a `T` reply is asserted as `list[int]`), the
file asserts the type in `Redis[str]`, `Redis[bytes]`,
`AsyncRedis[str]` (awaited), a one-command `Pipeline` (`tuple[T]`) and, group by group, chains of
three commands in `multi()` (`Redis[bytes]`) and `AsyncPipeline`. A command with several variants
is also called with its conditions known only at run time (`bool`, `T | None`): the catch-all
overload, typed as the union of the variants. A module's command is called through its namespace
in every flavour (`r.json.set(...)`, `await ar.json.set(...)`, `pipe.json.set(...)`). Negative
cases: every required parameter of every method given an `object()` is a type error (checked via
the ignore comments: both checkers report an unused ignore), except an `object` parameter (a JSON
value), which takes anything.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import keyword
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "src"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from redisrest._generated.client import Redis  # noqa: E402
from tests._spec_types import annotation, load_spec, parse  # noqa: E402

OUT = Path(__file__).resolve().parent / "test_every_method.py"
CHAIN = 3  # commands per pipeline chain
TYPE_ARG = "list[int]"  # the `type=` of a typed reply: its `T` is asserted as this type
JSON_ARG = '{"a": [1, 2.5, True, None]}'  # a value for an `object` (kind json) parameter
PATH_ARG = '"$"'  # a JSONPath (kind jsonpath): the runtime refuses a legacy path


def method_name(command: dict[str, Any]) -> str:
    """spec/README.md: `method`, else the name lower-cased with spaces and `-` as `_`."""
    explicit: str | None = command.get("method")
    if explicit:
        return explicit
    return _snake(command["name"])


def _snake(name: str) -> str:
    out = re.sub(r"[^0-9a-z_]", "_", name.lower())
    return out + "_" if keyword.iskeyword(out) else out


def module_of(command: dict[str, Any], spec: dict[str, Any]) -> str | None:
    """The module a command belongs to: the `since` key that names one of the spec's modules."""
    modules: dict[str, Any] = spec.get("modules") or {}
    since: dict[str, str] = command.get("since") or {}
    found = [server for server in since if server in modules]
    return found[0] if found else None


def method_path(command: dict[str, Any], spec: dict[str, Any]) -> str:
    """How a client reaches the command: `get`, or a module's `json.set` (its namespace, then
    the name without the module's prefix, unless `method` names it)."""
    module = module_of(command, spec)
    if module is None:
        return method_name(command)
    mod = spec["modules"][module]
    explicit: str | None = command.get("method")
    return f"{mod['namespace']}.{explicit or _snake(command['name'].removeprefix(mod['prefix']))}"


def namespaces(cls: type) -> dict[str, type]:
    """A generated class's module namespaces: property name -> the class it returns."""
    out: dict[str, type] = {}
    for name, value in vars(cls).items():
        if isinstance(value, property) and value.fget is not None:
            returns = value.fget.__annotations__["return"]  # "JsonCommands[V]" (a string)
            # The getter's module: the class's own says `redisrest`, where it is re-exported.
            out[name] = value.fget.__globals__[returns.split("[")[0]]
    return out


def function(path: str, cls: type = Redis) -> Any:
    """The generated function `path` (`get`, `json.set`) of `cls` or its namespace."""
    *spaces, name = path.split(".")
    for space in spaces:
        cls = namespaces(cls)[space]
    return getattr(cls, name)


# -- dummy arguments from the generated signature's annotation strings


def dummy(node: ast.expr) -> str:
    """A literal of the annotation's type (the first alternative of a union or Literal)."""
    if isinstance(node, ast.Name):
        values = {"Key": '"k"', "Value": '"v"', "str": '"s"', "bytes": 'b"b"', "int": "1",
                  "float": "1.5", "bool": "True", "object": JSON_ARG}  # fmt: skip
        return values[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left = node.left
        return dummy(left if not _is_none(left) else node.right)
    if isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("type", "builtins.type"):
        return TYPE_ARG  # `type: builtins.type[T]`
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        head = node.value.id
        args = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        if head == "Literal":
            first = args[0]
            assert isinstance(first, ast.Constant)
            return json.dumps(first.value)
        if head == "Sequence":
            return f"[{dummy(args[0])}]"
        if head == "SupportsItems":
            return f"{{{dummy(args[0])}: {dummy(args[1])}}}"
        if head == "tuple":
            items = [dummy(a) for a in args]
            return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    raise ValueError(f"no dummy for annotation {ast.unparse(node)!r}")


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _annotation(param: inspect.Parameter) -> ast.expr:
    text = param.annotation
    assert isinstance(text, str), f"{param.name}: annotations are strings in generated code"
    return ast.parse(text, mode="eval").body


@dataclass(frozen=True)
class Call:
    path: str  # `get`, or `json.set` through a module's namespace
    args: tuple[str, ...]  # rendered arguments, keywords as `name=value`

    @property
    def text(self) -> str:
        return f"{self.path}({', '.join(self.args)})"

    def on(self, target: str) -> str:
        return f"{target}.{self.text}"


def kinds(command: dict[str, Any]) -> dict[str, str]:
    """The spec's argument kinds by argument name (snake case), nested blocks included."""
    out: dict[str, str] = {}
    stack = list(command.get("arguments") or ())
    while stack:
        a = stack.pop()
        if a.get("kind"):
            out[_snake(a["name"])] = a["kind"]
        stack += a.get("arguments") or ()
    return out


def argument(p: inspect.Parameter, kind: dict[str, str]) -> str:
    """A value for parameter `p`: a JSONPath for a `jsonpath`, else a dummy of its type."""
    if kind.get(p.name) == "jsonpath":
        return PATH_ARG
    return dummy(_annotation(p))


def calls(
    path: str,
    when: dict[str, Any],
    kind: dict[str, str],
    value: Callable[[str, ast.expr], str] | None = None,
) -> Call:
    """A call of `path` with every required parameter and the `when` conditions set.

    `value(name, annotation)` renders a condition's value (default: `True` / a dummy)."""
    sig = inspect.signature(function(path))
    out: list[str] = []
    for p in list(sig.parameters.values())[1:]:
        required = p.default is inspect.Parameter.empty
        if p.kind is inspect.Parameter.VAR_POSITIONAL:
            out.append(argument(p, kind))
        elif p.name in when:
            given = value(p.name, _annotation(p)) if value else None
            if given is None:
                given = "True" if when[p.name] is True else dummy(_annotation(p))
            out.append(f"{p.name}={given}")
        elif required and p.kind is inspect.Parameter.KEYWORD_ONLY:
            out.append(f"{p.name}={argument(p, kind)}")
        elif required:
            out.append(argument(p, kind))
    return Call(path, tuple(out))


def negatives(path: str, overloaded: bool, kind: dict[str, str]) -> Iterator[tuple[Call, str]]:
    """Each required parameter (else the first option) given an `object()`, with the mypy error
    code it must raise; a method without parameters given one argument too many. An `object`
    parameter (a JSON value) takes anything: it is not a target."""
    sig = inspect.signature(function(path))
    params = list(sig.parameters.values())[1:]
    if not params:
        yield Call(path, ("object()",)), "call-overload" if overloaded else "call-arg"
        return
    required = [
        p
        for p in params
        if p.kind is inspect.Parameter.VAR_POSITIONAL or p.default is inspect.Parameter.empty
    ]
    targets = [p for p in required or params[:1] if p.annotation != "object"]
    for target in targets:
        args: list[str] = []
        for p in params:
            keyword = p.kind is inspect.Parameter.KEYWORD_ONLY
            if p is target:
                args.append(f"{p.name}=object()" if keyword else "object()")
            elif p in required:
                value = argument(p, kind)
                args.append(f"{p.name}={value}" if keyword else value)
        yield Call(path, tuple(args)), "call-overload" if overloaded else "arg-type"


# -- expected types from the spec


def split_union(text: str) -> list[str]:
    parts: list[str] = []
    depth = start = 0
    for i, ch in enumerate(text):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0 and text.startswith(" | ", i):
            parts.append(text[start:i])
            start = i + 3
    parts.append(text[start:])
    return parts


def expected(reply: str, v: str, structs: dict[str, Any]) -> str:
    text = annotation(parse(reply), v, structs)
    text = re.sub(r"\bJSON\b", f"JSONValue[{v}]", text)
    return re.sub(r"\bT\b", TYPE_ARG, text)  # the caller's `type=`


def union(types: list[str]) -> str:
    parts: list[str] = []
    for t in types:
        parts += [p for p in split_union(t) if p not in parts]
    return " | ".join([p for p in parts if p != "None"] + (["None"] if "None" in parts else []))


# -- the file


@dataclass(frozen=True)
class Variant:
    call: Call
    reply: str  # the spec's type


def variants(spec: dict[str, Any]) -> dict[str, list[Variant]]:
    by_group: dict[str, list[Variant]] = {}
    for c in spec["commands"]:
        if c.get("container") or c.get("excluded"):
            continue
        path, kind = method_path(c, spec), kinds(c)
        for r in c["replies"]:
            v = Variant(calls(path, r.get("when") or {}, kind), r["type"])
            by_group.setdefault(c["group"], []).append(v)
    return by_group


def render(spec: dict[str, Any]) -> str:
    structs: dict[str, Any] = spec["types"]
    groups = variants(spec)
    body: list[str] = []
    for group in sorted(groups):
        fn = re.sub(r"\W", "_", group) + "_commands"  # not `list`, `set`: builtins
        vs = groups[group]
        body += ["", "", f"def {fn}(r: Redis[str], rb: Redis[bytes]) -> None:"]
        for x in vs:
            t, b = expected(x.reply, "str", structs), expected(x.reply, "bytes", structs)
            body.append(f"    assert_type({x.call.on('r')}, {t})")
            body.append(f"    assert_type({x.call.on('rb')}, {b})")
            body.append(f"    assert_type({x.call.on('r.pipeline()')}.exec(), tuple[{t}])")
        body += ["", "", f"async def {fn}_async(ar: AsyncRedis[str]) -> None:"]
        for x in vs:
            body.append(
                f"    assert_type(await {x.call.on('ar')}, {expected(x.reply, 'str', structs)})"
            )
        body += ["", "", f"async def {fn}_chains(rb: Redis[bytes], ar: AsyncRedis[str]) -> None:"]
        for i in range(0, len(vs), CHAIN):
            chunk = vs[i : i + CHAIN]
            b = ", ".join(expected(x.reply, "bytes", structs) for x in chunk)
            t = ", ".join(expected(x.reply, "str", structs) for x in chunk)
            multi = "rb.multi()" + "".join(f".{x.call.text}" for x in chunk)
            apipe = "ar.pipeline()" + "".join(f".{x.call.text}" for x in chunk)
            body.append(f"    assert_type({multi}.exec(), tuple[{b}])")
            body.append(f"    assert_type(await {apipe}.exec(), tuple[{t}])")
    body += _catch_alls(spec, structs)
    body += _negatives(spec)
    text = "\n".join(body)
    used = sorted({n for n in re.findall(r"\b[A-Z]\w*", text) if n in structs})
    head = [
        '"""Every generated method and reply variant, typed as the spec says (mypy and pyright).',
        "",
        "GENERATED by tests/typing/make_assertions.py from spec/commands.json: do not edit; run",
        "`.venv/bin/python tests/typing/make_assertions.py` after changing the spec (a test in",
        "tests/codegen fails while this file is stale). Not run by pytest: `make typecheck`",
        'checks it. Negative cases carry the ignore comment of the error they must raise."""',
        "# pyright: strict, reportUnnecessaryTypeIgnoreComment=true",
        "",
        "from __future__ import annotations",
        "",
        "from typing import TypeVar",
        "",
        "from typing_extensions import assert_type",
        "",
        "from redisrest import AsyncRedis, JSONValue, Redis",
        *(["from redisrest._types import JSONDocument"] if "JSONDocument" in text else []),
        # the record types from their public module (a re-export of the generated one)
        *([f"from redisrest.types import {', '.join(used)}"] if used else []),
        "",
        'T = TypeVar("T")',
        "",
        "",
        "def maybe(value: T) -> T | None:",
        '    """A value the checker only knows as optional (selects the catch-all overload)."""',
        "    return value",
    ]
    return "\n".join(head + body) + "\n"


def _catch_alls(spec: dict[str, Any], structs: dict[str, Any]) -> list[str]:
    body = ["", "", "def catch_all(r: Redis[str], rb: Redis[bytes], flag: bool) -> None:"]
    for c in spec["commands"]:
        if c.get("container") or c.get("excluded") or len(c["replies"]) < 2:
            continue
        when: dict[str, Any] = {}
        for r in c["replies"]:
            when.update(r.get("when") or {})

        def dynamic(name: str, ann: ast.expr, when: dict[str, Any] = when) -> str:
            return "flag" if when[name] is True else f"maybe({dummy(ann)})"

        call = calls(method_path(c, spec), when, kinds(c), dynamic)
        for target, v in (("r", "str"), ("rb", "bytes")):
            t = union([expected(r["type"], v, structs) for r in c["replies"]])
            body.append(f"    assert_type({call.on(target)}, {t})")
    return body


def _negatives(spec: dict[str, Any]) -> list[str]:
    body = ["", "", "def negative(r: Redis[str]) -> None:"]
    for c in spec["commands"]:
        if c.get("container") or c.get("excluded"):
            continue
        # the spec's rule: a command with several reply variants has overloads
        for call, code in negatives(method_path(c, spec), len(c["replies"]) > 1, kinds(c)):
            body.append(f"    {call.on('r')}  # type: ignore[{code}]")
    return body


def formatted(text: str) -> str:
    """The file as `ruff format` (the project's settings) writes it."""
    cmd = [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(OUT), "-"]
    proc = subprocess.run(cmd, input=text, capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"ruff format failed:\n{proc.stderr}")
    return proc.stdout


def build() -> str:
    return formatted(render(load_spec()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write tests/typing/test_every_method.py.")
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is stale")
    args = parser.parse_args(argv)
    text = build()
    current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
    if args.check:
        if current != text:
            print(f"{OUT.name} is stale: run `python {Path(__file__).name}`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
