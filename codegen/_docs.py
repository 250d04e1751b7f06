"""`docs/commands.md`: the command reference, rendered from the spec and the model.

Every offered command grouped by Redis group (its Python signature as `Redis` declares it, the
return type of each reply variant, the since-version and the summary), then every command that
is not offered, by reason. Deterministic: sorted, no dates; `python -m codegen --check` diffs it.
"""

from __future__ import annotations

from itertools import groupby

import msgspec

from codegen import _spec
from codegen._model import Model, Variant, availability, docs_url
from codegen._render import environment

#: What each exclusion reason means, for the section intros (spec/README.md has the list).
REASONS: dict[str, str] = {
    "blocking": "They wait on the server for data or for replicas, and an HTTP request must not "
    "hang; each entry names the command to poll with instead, where there is one.",
    "connection-state": "They act on the state of a persistent connection, which HTTP "
    "requests do not have.",
    "transaction": "Transactions are one request to `/multi-exec`: use `r.multi()`.",
    "pubsub-stream": "Subscriptions are streams: the gateway serves them as server-sent events "
    "(`/subscribe`, `/psubscribe`), and `r.subscribe()` / `r.psubscribe()` read them.",
    "replication": "They change or speak the replication topology and protocol, which is the "
    "server operator's business.",
    "cluster": "They manage a cluster, which a REST endpoint hides behind one URL.",
    "administration": "They administer the server: a task for its operator over a direct "
    "connection, not for an HTTP data client.",
    "container": "They only group subcommands: each subcommand is a method above or has an "
    "entry of its own here.",
}
#: A signature longer than this is written one parameter per line.
WIDTH = 96


class DocCommand(msgspec.Struct, frozen=True):
    method: str
    command: str
    summary: str
    since: str
    url: str
    signature: str  # `def name(...) -> T`, possibly on several lines
    variants: tuple[Variant, ...]


class DocGroup(msgspec.Struct, frozen=True):
    name: str
    commands: tuple[DocCommand, ...]


class DocExcluded(msgspec.Struct, frozen=True):
    command: str
    detail: str


class DocReason(msgspec.Struct, frozen=True):
    reason: str
    intro: str
    commands: tuple[DocExcluded, ...]


def _signature(name: str, params: tuple[str, ...], returns: str) -> str:
    line = f"def {name}({', '.join(params)}) -> {returns}"
    if len(line) <= WIDTH or not params:
        return line
    inner = "".join(f"    {p},\n" for p in params)
    return f"def {name}(\n{inner}) -> {returns}"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def render(spec: _spec.Spec, model: Model) -> str:
    commands = {c.name: c for c in spec.commands}
    entries = []
    for m in model.methods:
        c = commands[m.command]
        entries.append(
            (
                c.group,
                DocCommand(
                    method=m.name if m.namespace is None else f"{m.namespace}.{m.name}",
                    command=m.command,
                    summary=" ".join(c.summary.split()),
                    since=availability(c, spec),
                    url=docs_url(c, spec),
                    signature=_signature(
                        m.name if m.namespace is None else f"{m.namespace}.{m.name}",
                        m.impl.params,
                        m.impl.returns,
                    ),
                    variants=m.variants,
                ),
            )
        )
    entries.sort(key=lambda e: (e[0], e[1].method))
    groups = [
        DocGroup(group, tuple(e[1] for e in items))
        for group, items in groupby(entries, key=lambda e: e[0])
    ]
    excluded = sorted(
        (c.excluded.reason, c.name, _cell(c.excluded.detail))
        for c in spec.commands
        if c.excluded is not None
    )
    order = list(REASONS)
    reasons = [
        DocReason(reason, REASONS[reason], tuple(DocExcluded(n, d) for _, n, d in items))
        for reason, items in groupby(
            sorted(excluded, key=lambda e: (order.index(e[0]), e[1])), key=lambda e: e[0]
        )
    ]
    env = environment()
    text = env.get_template("commands.md.jinja").render(
        model=model,
        groups=groups,
        reasons=reasons,
        offered=len(model.methods),
        excluded=len(excluded),
    )
    return text.rstrip("\n") + "\n"
