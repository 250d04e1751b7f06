"""The reply type language of spec/README.md: parse `list[tuple[V, float?]]` into a tree."""

from __future__ import annotations

import re

import msgspec

#: Leaves of the language (`ok` is a leaf; `ok?` is `ok` made nullable).
#: `jsondoc`: a string holding a JSON document (RedisJSON), decoded; `T`: the same decoded into
#: the caller's type (the `type=` parameter of a command with `typed_reply`).
LEAVES = frozenset(
    {"V", "str", "bytes", "int", "intstr", "float", "bool", "ok", "json", "jsondoc", "T"}
)
#: Constructors and how many parameters they take (`None`: one or more).
CONSTRUCTORS: dict[str, int | None] = {"list": 1, "tuple": None, "dict": 2, "pairs": 2, "first": 1}

_TOKEN = re.compile(r"\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(.))")


class TypeSyntaxError(ValueError):
    pass


class TypeNode(msgspec.Struct, frozen=True):
    """`head` is a leaf, a constructor or a struct name; `args` its parameters."""

    head: str
    args: tuple[TypeNode, ...] = ()
    nullable: bool = False

    def __str__(self) -> str:
        inner = f"{self.head}[{', '.join(map(str, self.args))}]" if self.args else self.head
        return inner + ("?" if self.nullable else "")

    def strip(self) -> TypeNode:
        """The same type without its `?`."""
        return TypeNode(self.head, self.args) if self.nullable else self


def parse(text: str, structs: frozenset[str] | set[str] = frozenset()) -> TypeNode:
    """Parse one type; `structs` are the names defined under `types` in the spec."""
    tokens = [(m.group(1), m.group(2)) for m in _TOKEN.finditer(text) if m.group(0).strip()]
    pos = 0

    def peek() -> str | None:
        if pos >= len(tokens):
            return None
        name, punct = tokens[pos]
        return name or punct

    def take() -> str:
        nonlocal pos
        tok = peek()
        if tok is None:
            raise TypeSyntaxError(f"unexpected end of type {text!r}")
        pos += 1
        return tok

    def node() -> TypeNode:
        head = take()
        if not (head[0].isalpha() or head[0] == "_"):
            raise TypeSyntaxError(f"expected a type name, got {head!r} in {text!r}")
        args: list[TypeNode] = []
        if peek() == "[":
            take()
            args.append(node())
            while peek() == ",":
                take()
                args.append(node())
            if take() != "]":
                raise TypeSyntaxError(f"expected ']' in {text!r}")
        nullable = False
        if peek() == "?":
            take()
            nullable = True
        _check(head, args, text, structs)
        return TypeNode(head, tuple(args), nullable)

    result = node()
    if peek() is not None:
        raise TypeSyntaxError(f"trailing {peek()!r} in type {text!r}")
    return result


def _check(head: str, args: list[TypeNode], text: str, structs: frozenset[str] | set[str]) -> None:
    if head in LEAVES or head in structs:
        if args:
            raise TypeSyntaxError(f"{head} takes no parameters in {text!r}")
        return
    if head not in CONSTRUCTORS:
        raise TypeSyntaxError(f"unknown type {head!r} in {text!r}")
    want = CONSTRUCTORS[head]
    if (want is None and not args) or (want is not None and len(args) != want):
        raise TypeSyntaxError(f"{head} takes {want or 'one or more'} parameters in {text!r}")
    if head == "dict" and args[0].strip().head in ("list", "tuple", "dict", "pairs", "json"):
        raise TypeSyntaxError(f"dict keys must be hashable leaves in {text!r}")
