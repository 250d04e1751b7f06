"""The code blocks of README.md and docs/*.md, and what the tests do with each.

A fenced block's info string says how it is checked:

- ```` ```python ````: executed against a gateway (the blocks of one document run in order, in
  one namespace, like a notebook) and type-checked by `mypy --strict` (the blocks of one
  document together, as one module whose line numbers are the document's);
- ```` ```python upstash ````: code written for upstash-redis 1.8.0 (the "before" of the
  migration guide): executed the same way in a namespace of its own, with upstash-redis, and
  type-checked against upstash-redis' own stubs;
- ```` ```python redis-py ````: code written for redis-py (the "before" of its migration
  guide): executed the same way in a namespace of its own, with redis-py over RESP against the
  gateway's own redis-server (`redis://localhost:6379` is rewritten to it), and type-checked
  against redis-py's inline annotations;
- ```` ```python reveal NAME.py ````: type-checked alone as `NAME.py`; mypy's output must be
  the ```` ```text ```` block that follows it, line for line;
- ```` ```python no-run: REASON ````: type-checked only; the reason is required.

Any other info string on a python block is an error, so a typo cannot exempt a block.

A block of another language whose info string names a file after the language
(```` ```toml /etc/redisrest/gateway.toml ````; also ```` ```ini ````, ```` ```nginx ````,
```` ```dotenv ````) is a file of docs/deploying.md: test_docs_deploying.py loads, verifies
and runs each of them.

`docs/commands.md` is generated (signatures, not programs) and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "docs" / "commands.md"

#: The address the snippets are written for (`redisrest serve --token dev-token` listens
#: there); the tests rewrite it to the test gateway's.
SNIPPET_URL = "http://127.0.0.1:8079"
SNIPPET_TOKEN = "dev-token"
SNIPPET_READONLY_TOKEN = "dev-readonly"
#: The redis-server the redis-py snippets are written for; the tests rewrite it to the one
#: behind the test gateway.
SNIPPET_REDIS_URL = "redis://localhost:6379"

RUN, UPSTASH, REDIS_PY, REVEAL, NO_RUN = "run", "upstash", "redis-py", "reveal", "no-run"
#: The flavours of runnable code: each runs in a namespace of its own, and is type-checked as
#: a module of its own.
FLAVOURS = (UPSTASH, REDIS_PY, RUN)

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


@dataclass(frozen=True)
class Block:
    """One fenced code block of a document."""

    path: Path
    line: int  # the line number (1-based) of the block's first line of code
    lang: str
    info: str  # everything after the language
    code: str

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"

    @property
    def mode(self) -> str:
        """How a python block is checked (see the module docstring); raises on a bad one."""
        if not self.info:
            return RUN
        word = self.info.split()[0]
        if self.info in (UPSTASH, REDIS_PY):
            return self.info
        if word == REVEAL and re.fullmatch(r"reveal [A-Za-z_]\w*\.py", self.info):
            return REVEAL
        if self.info.startswith(NO_RUN + ":") and self.info[len(NO_RUN) + 1 :].strip():
            return NO_RUN
        raise ValueError(
            f"{self.name}: unknown python block info {self.info!r} (expected nothing, "
            "'upstash', 'redis-py', 'reveal NAME.py' or 'no-run: <reason>')"
        )

    @property
    def reveal_file(self) -> str:
        return self.info.split()[1]


def documents() -> list[Path]:
    """README.md and every docs/*.md except the generated command reference."""
    docs = sorted(p for p in (ROOT / "docs").glob("*.md") if p != GENERATED)
    return [ROOT / "README.md", *docs]


def blocks(path: Path) -> list[Block]:
    """Every fenced block of a markdown file, in order (indented fences in lists included)."""
    found: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        indent, fence = len(opening["indent"]), opening["fence"]
        lang, _, info = opening["info"].strip().partition(" ")
        body: list[str] = []
        i += 1
        start = i + 1
        while i < len(lines):
            closing = _FENCE.match(lines[i])
            if closing and closing["fence"].startswith(fence) and not closing["info"].strip():
                break
            line = lines[i]
            body.append(line[indent:] if line[:indent].strip() == "" else line.lstrip())
            i += 1
        else:
            raise ValueError(f"{path.name}:{start - 1}: the code block is never closed")
        found.append(Block(path, start, lang, info.strip(), "\n".join(body) + "\n"))
        i += 1
    return found


def python_blocks(path: Path) -> list[Block]:
    return [block for block in blocks(path) if block.lang == "python"]


def aligned_source(chosen: list[Block]) -> str:
    """The blocks as one module whose line numbers are the document's (blank lines between)."""
    out: list[str] = []
    for block in chosen:
        out.extend([""] * (block.line - 1 - len(out)))
        out.extend(block.code.splitlines())
    return "\n".join(out) + "\n"


def runnable(block: Block, url: str, redis_url: str) -> str:
    """A block's code aligned on its document lines, pointed at the test gateway (and a
    redis-py block at the gateway's redis-server)."""
    code = block.code.replace(SNIPPET_URL, url).replace(SNIPPET_REDIS_URL, redis_url)
    return "\n" * (block.line - 1) + code


def expected_reveal(path: Path, reveal: Block) -> list[str]:
    """The ```text block right after a reveal block: the mypy output it documents."""
    following = blocks(path)
    index = following.index(reveal)
    if index + 1 >= len(following) or following[index + 1].lang != "text":
        raise ValueError(f"{reveal.name}: a reveal block must be followed by a ```text block")
    return following[index + 1].code.splitlines()
