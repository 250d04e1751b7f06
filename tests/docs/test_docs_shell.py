"""The shell blocks of README.md and docs/*.md stay true: every `redisrest ...` command line
parses with the real command-line parser, and every `make TARGET` names a Makefile target.

(Shell blocks are not run: they start servers and read from terminals.)
"""

from __future__ import annotations

import re
import shlex

import pytest
from _docblocks import ROOT, Block, blocks, documents

from redisrest._cli import build_parser

SHELL = [block for doc in documents() for block in blocks(doc) if block.lang in ("sh", "bash")]
TARGETS = set(re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(), re.MULTILINE))


def commands(block: Block) -> list[list[str]]:
    """Each simple command of a block (continuations joined, comments dropped), as argv."""
    text = block.code.replace("\\\n", " ")
    found: list[list[str]] = []
    for line in text.splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars="|&;")
        lexer.whitespace_split = True
        lexer.commenters = "#"
        argv: list[str] = []
        for word in [*lexer, ";"]:
            if word and set(word) <= set("|&;"):
                if argv:
                    found.append(argv)
                argv = []
            else:
                argv.append(word)
    return found


CALLS = [
    (block, argv)
    for block in SHELL
    for argv in commands(block)
    if argv[0] == "redisrest" or argv[0].endswith("/redisrest")
]
MAKES = [(block, argv) for block in SHELL for argv in commands(block) if argv[0] == "make"]


def _params(found: list[tuple[Block, list[str]]]) -> list[object]:
    return [pytest.param(argv, id=f"{block.name}:{shlex.join(argv)[:60]}") for block, argv in found]


@pytest.mark.parametrize("argv", _params(CALLS))
def test_redisrest_command_line_parses(argv: list[str]) -> None:
    try:
        build_parser().parse_args(argv[1:])
    except SystemExit as exc:  # argparse's way of refusing a command line
        pytest.fail(f"`{shlex.join(argv)}` does not parse (exit {exc.code})")


@pytest.mark.parametrize("argv", _params(MAKES))
def test_make_targets_exist(argv: list[str]) -> None:
    assert set(argv[1:]) <= TARGETS, f"{argv[1:]} not all in the Makefile's {sorted(TARGETS)}"


def test_the_shell_blocks_were_found() -> None:
    assert len(CALLS) >= 5 and len(MAKES) >= 4
    serve = [argv for _, argv in CALLS if "serve" in argv]
    assert serve, "no `redisrest serve` line was checked"


def test_a_bad_flag_would_be_caught() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--no-such-flag"])


def test_the_gateway_page_lists_every_serve_flag() -> None:
    """docs/gateway.md's flag table names every option of `redisrest serve --help`."""
    parser = build_parser()
    serve = next(
        action.choices["serve"]
        for action in parser._actions  # argparse keeps its subparsers there
        if isinstance(action.choices, dict) and "serve" in action.choices
    )
    flags = {
        option
        for action in serve._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    }
    table = (ROOT / "docs" / "gateway.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(--[\w-]+)", table, re.MULTILINE))
    assert listed == flags


def _bullet(text: str, head: str) -> set[str]:
    """The backticked command names of the markdown bullet that starts with `head`."""
    start = text.index(f"- **{head}**")
    end = text.find("\n- ", start + 1)
    bullet = text[start : end if end != -1 else None].split("\n\n")[0]
    return set(re.findall(r"`([A-Z][A-Z_-]*(?: [A-Z][A-Z_-]*)?)`", bullet))


def test_the_gateway_page_lists_the_refused_commands() -> None:
    """The refusal tables of `redisrest.gateway._commands`, as docs/gateway.md lists them."""
    from redisrest.gateway import _commands as policy

    def names(singles: object, pairs: object) -> set[str]:
        assert isinstance(singles, (dict, frozenset)) and isinstance(pairs, (dict, frozenset))
        return {str(name).upper() for name in singles} | {f"{a} {b}".upper() for a, b in pairs}

    text = (ROOT / "docs" / "gateway.md").read_text(encoding="utf-8")
    blocked = names(policy.BLOCKED, policy.BLOCKED_SUBCOMMANDS)
    blocked |= {name.upper() for name in policy.BLOCK_OPTION_COMMANDS}
    assert _bullet(text, "never over REST") == blocked
    dangerous = names(policy.DANGEROUS, policy.DANGEROUS_SUBCOMMANDS)
    assert _bullet(text, "dangerous") == dangerous
