"""Which commands the gateway refuses, and why: every policy table lives here.

Three layers, checked in this order for each command of a request:

1. `BLOCKED` / `BLOCKED_SUBCOMMANDS` (and XREAD/XREADGROUP with BLOCK): never over REST, because
   they block a pooled connection, change its state, or belong to another endpoint.
2. The server's own command table (`COMMAND`, fetched once): a name it does not know is refused
   by the gateway (the message names the command, never its arguments).
3. `DANGEROUS` / `DANGEROUS_SUBCOMMANDS`: refused unless the gateway runs with
   `--allow-dangerous`. FLUSHALL is among them (it wipes every database of the server, not only
   the one the gateway serves); FLUSHDB deliberately is not: test suites and local development
   need it, and it stays within the gateway's own database.

Then, for the read-only token: a command is a write when its (sub)command flags say `write` or
`admin`, or it is one of `EXTRA_WRITES` (scripts and functions that may write, PUBLISH); SCAN and
KEYS are refused too (`READONLY_REFUSED`). So commands newer than this file (Valkey's HEXPIRE,
HTTL) are judged by the server that has them. A module's command (flag `module`: JSON.SET,
JSON.GET) is a read only when flagged `readonly`: a module need not flag its writes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

#: One argument of a command as the gateway holds it (JSON strings stay `str`).
Arg: TypeAlias = "str | bytes"

_BLOCKING = "blocking command"
_TRANSACTION = "transaction state (use the /multi-exec endpoint)"
_PUBSUB = "subscriber mode (use the /subscribe or /psubscribe endpoints)"
_MONITOR = "streams the server's activity (use the /monitor endpoint)"
_CONNECTION = "changes the state of a pooled connection"
_CLUSTER = "cluster command"
_REPLICATION = "replication command"

#: Commands never available over REST, with the reason given to the caller.
BLOCKED: Mapping[str, str] = {
    "blpop": _BLOCKING,
    "brpop": _BLOCKING,
    "brpoplpush": _BLOCKING,
    "blmove": _BLOCKING,
    "bzpopmin": _BLOCKING,
    "bzpopmax": _BLOCKING,
    "blmpop": _BLOCKING,
    "bzmpop": _BLOCKING,
    "wait": _BLOCKING,
    "waitaof": _BLOCKING,
    "watch": _TRANSACTION,
    "unwatch": _TRANSACTION,
    "multi": _TRANSACTION,
    "exec": _TRANSACTION,
    "discard": _TRANSACTION,
    "subscribe": _PUBSUB,
    "psubscribe": _PUBSUB,
    "ssubscribe": _PUBSUB,
    "unsubscribe": _PUBSUB,
    "punsubscribe": _PUBSUB,
    "sunsubscribe": _PUBSUB,
    "monitor": _MONITOR,
    "select": _CONNECTION,
    "auth": _CONNECTION,
    "hello": _CONNECTION,
    "reset": _CONNECTION,
    "quit": _CONNECTION,
    "readonly": _CLUSTER,
    "readwrite": _CLUSTER,
    "asking": _CLUSTER,
    "cluster": _CLUSTER,
    "sync": _REPLICATION,
    "psync": _REPLICATION,
    "replicaof": _REPLICATION,
    "slaveof": _REPLICATION,
    "replconf": _REPLICATION,
}

#: Subcommands never available over REST (the container itself stays available).
BLOCKED_SUBCOMMANDS: Mapping[tuple[str, str], str] = {
    ("client", "setname"): _CONNECTION,
    ("client", "setinfo"): _CONNECTION,
    ("client", "reply"): _CONNECTION,
    ("client", "tracking"): _CONNECTION,
    ("client", "caching"): _CONNECTION,
    ("client", "no-evict"): _CONNECTION,
    ("client", "no-touch"): _CONNECTION,
}

#: Commands that read streams and block when given BLOCK (before STREAMS).
BLOCK_OPTION_COMMANDS = frozenset({"xread", "xreadgroup"})

_DANGEROUS = "dangerous command (start the gateway with --allow-dangerous)"

#: Refused unless `--allow-dangerous`: they stop, stall or reconfigure the whole server.
DANGEROUS: frozenset[str] = frozenset(
    {
        "shutdown",
        "debug",
        "flushall",
        "save",
        "bgsave",
        "bgrewriteaof",
        "module",
        "failover",
        "swapdb",
        "migrate",
        "pfdebug",
        "pfselftest",
    }
)

DANGEROUS_SUBCOMMANDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("config", "set"),
        ("config", "rewrite"),
        ("config", "resetstat"),
        ("script", "kill"),
        ("function", "kill"),
        ("acl", "setuser"),
        ("acl", "deluser"),
        ("acl", "load"),
        ("acl", "save"),
        ("client", "kill"),
        ("client", "pause"),
        ("client", "unpause"),
    }
)

#: Writes the server's flags do not mark as `write` or `admin`.
EXTRA_WRITES: frozenset[str] = frozenset(
    {
        "eval",
        "evalsha",
        "fcall",
        "publish",
        "spublish",
        # SCRIPT LOAD only caches a script: a read-only token may load one for EVALSHA_RO.
        "script|flush",
        "script|kill",
        "script|debug",
        "function|load",
        "function|delete",
        "function|flush",
        "function|restore",
        "function|kill",
    }
)

#: Reads refused to the read-only token anyway (they enumerate the whole keyspace).
READONLY_REFUSED: frozenset[str] = frozenset({"scan", "keys"})

READONLY_ERROR = "NOPERM this token is read-only"

_WRITE_FLAGS = frozenset({"write", "admin"})
_MODULE_FLAG = "module"
_READONLY_FLAG = "readonly"
_NAME_DISPLAY_MAX = 40
#: Command names whose decision a Policy remembers (names are what clients send: bounded).
_KNOWN_MAX = 4096


def lower(arg: Arg) -> str:
    """The ASCII lower-case text of a command name or token (bytes read as Latin-1)."""
    if isinstance(arg, bytes):
        return arg.decode("latin-1").lower()
    return arg.lower()


def display_name(arg: Arg) -> str:
    """A command name fit for an error message: upper case, printable, bounded length."""
    text = lower(arg).upper()
    clean = "".join(c if c.isprintable() and c not in "'\\" else "?" for c in text)
    if len(clean) > _NAME_DISPLAY_MAX:
        clean = clean[:_NAME_DISPLAY_MAX] + "..."
    return clean


#: The command groups metrics count by: the server's ACL categories that name a data type or
#: a kind of command (`@string`, `@hash`, `@scripting`...); a module's commands are its group.
GROUP_CATEGORIES = (
    "string",
    "hash",
    "list",
    "set",
    "sortedset",
    "stream",
    "bitmap",
    "hyperloglog",
    "geo",
    "pubsub",
    "scripting",
    "transaction",
    "connection",
    "keyspace",
    "admin",
)
OTHER_GROUP = "other"


def _group(name: str, categories: Sequence[Any]) -> str:
    names = {str(category).lstrip("@") for category in categories}
    for group in GROUP_CATEGORIES:
        if group in names:
            return group
    if "." in name:  # a module command: JSON.SET -> json
        return name.split(".", 1)[0]
    return OTHER_GROUP


class CommandTable:
    """The server's commands and their flags, from one `COMMAND` reply (decoded to text)."""

    __slots__ = ("_containers", "_groups", "_writes")

    def __init__(self, reply: Sequence[Any]) -> None:
        writes: dict[str, bool] = {}
        groups: dict[str, str] = {}
        containers: set[str] = set()
        for entry in reply:
            name = str(entry[0]).lower()
            writes[name] = _is_write(name, entry[2])
            groups[name] = _group(name, entry[6] if len(entry) > 6 else ())
            subcommands: Sequence[Any] = entry[9] if len(entry) > 9 and entry[9] else ()
            if subcommands:
                containers.add(name)
            for sub in subcommands:
                sub_name = str(sub[0]).lower()
                writes[sub_name] = _is_write(sub_name, sub[2])
        self._writes = writes
        self._groups = groups
        self._containers = frozenset(containers)

    def __contains__(self, name: str) -> bool:
        return name in self._writes

    def __len__(self) -> int:
        return len(self._writes)

    def group(self, name: str) -> str:
        """The command's group for metrics ("other" for a name the server does not know)."""
        return self._groups.get(name, OTHER_GROUP)

    def is_container(self, name: str) -> bool:
        return name in self._containers

    def is_write(self, name: str, sub: str | None) -> bool:
        if sub is not None:
            found = self._writes.get(f"{name}|{sub}")
            if found is not None:
                return found
        return self._writes.get(name, True)


def _is_write(name: str, flags: Sequence[Any]) -> bool:
    if name in EXTRA_WRITES:
        return True
    names = {str(flag) for flag in flags}
    if _MODULE_FLAG in names:
        return _READONLY_FLAG not in names or bool(names & _WRITE_FLAGS)
    return bool(names & _WRITE_FLAGS)


class Policy:
    """Decides, per command, whether this gateway runs it for a given token."""

    __slots__ = ("_known", "allow_dangerous", "table")

    def __init__(self, table: CommandTable, *, allow_dangerous: bool) -> None:
        self.table = table
        self.allow_dangerous = allow_dangerous
        #: Decisions that depend on the command's name alone, by (name as sent, read-only).
        self._known: dict[tuple[Arg, bool], str | None] = {}

    def refusal(self, argv: Sequence[Arg], *, readonly: bool) -> str | None:
        """The error message refusing `argv`, or None when the gateway may send it.

        The message names the command (and subcommand), never an argument value.
        """
        key = (argv[0], readonly)
        known = self._known
        if key in known:
            return known[key]
        found = self._refusal(argv, readonly=readonly)
        name = lower(argv[0])
        # Containers, CLIENT and XREAD's BLOCK are decided by later arguments: never cached.
        if (
            len(known) < _KNOWN_MAX
            and not self.table.is_container(name)
            and name != "client"
            and name not in BLOCK_OPTION_COMMANDS
        ):
            known[key] = found
        return found

    def _refusal(self, argv: Sequence[Arg], *, readonly: bool) -> str | None:
        name = lower(argv[0])
        table = self.table
        sub: str | None = None
        if len(argv) > 1 and (table.is_container(name) or name == "client"):
            sub = lower(argv[1])
        reason = BLOCKED.get(name)
        if reason is None and sub is not None:
            reason = BLOCKED_SUBCOMMANDS.get((name, sub))
        if reason is None and name in BLOCK_OPTION_COMMANDS and _has_block_option(argv):
            reason = f"{_BLOCKING} (BLOCK option)"
        if reason is not None:
            return f"ERR {_label(argv, sub)} is not available over REST: {reason}"
        if name not in table:
            return f"ERR unknown command '{display_name(argv[0])}'"
        if not self.allow_dangerous and (
            name in DANGEROUS or (sub is not None and (name, sub) in DANGEROUS_SUBCOMMANDS)
        ):
            return f"ERR {_label(argv, sub)} is not available over REST: {_DANGEROUS}"
        if readonly and (name in READONLY_REFUSED or table.is_write(name, sub)):
            return READONLY_ERROR
        return None

    def group(self, arg: Arg) -> str:
        """The command's group, a label from a fixed set (never the argument itself)."""
        return self.table.group(lower(arg))

    def command_name(self, arg: Arg) -> str:
        """The command's name for logs: known names only, since a value may sit in its place."""
        name = lower(arg)
        return name if name in self.table or name in BLOCKED else "?"


def _label(argv: Sequence[Arg], sub: str | None) -> str:
    head = display_name(argv[0])
    if sub is not None and len(argv) > 1:
        return f"{head} {display_name(argv[1])}"
    return head


def _has_block_option(argv: Sequence[Arg]) -> bool:
    for arg in argv[1:]:
        word = lower(arg) if len(arg) <= 7 else ""
        if word == "streams":
            return False
        if word == "block":
            return True
    return False
