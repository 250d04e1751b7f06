"""Configuration: credentials from the environment, URL / token / timeout validation, headers.

Everything here runs once, when a client is built; nothing is read per request.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple, TypeAlias, TypedDict, Union

from redisrest._errors import ConfigurationError
from redisrest._version import __version__

if TYPE_CHECKING:
    import ssl

    import httpx

#: Seconds to wait for a reply (read), to send a request (write) and for a pooled connection,
#: per attempt: short enough that a retry fits in the default deadline (`_retry`).
DEFAULT_TIMEOUT = 5.0
#: Seconds to establish a connection (TCP and TLS), per attempt.
DEFAULT_CONNECT_TIMEOUT = 5.0
#: Connections kept per client (also the async client's cap on requests in flight).
DEFAULT_MAX_CONNECTIONS = 20
#: Seconds an idle keep-alive connection is kept before it is closed.
KEEPALIVE_EXPIRY = 10.0

URL_VARIABLES = ("UPSTASH_REDIS_REST_URL", "KV_REST_API_URL")
TOKEN_VARIABLES = ("UPSTASH_REDIS_REST_TOKEN", "KV_REST_API_TOKEN")
TELEMETRY_OPT_OUT = "UPSTASH_DISABLE_TELEMETRY"

#: Request header carrying the retry number (1 on the first retry; absent on a first attempt).
RETRY_HEADER = b"Redisrest-Retry-Count"

#: A timeout: seconds for each phase, or an `httpx.Timeout` (none of its phases may be None).
TimeoutTypes: TypeAlias = Union[float, "httpx.Timeout"]


class ClientOptions(TypedDict, total=False):
    """Keyword options common to `Redis` and `AsyncRedis` (see `SyncClient.__init__`)."""

    timeout: TimeoutTypes
    retries: int
    deadline: float | None
    read_your_writes: bool
    telemetry: bool
    tracing: bool
    max_connections: int
    http2: bool
    ssl_context: ssl.SSLContext | None


class SyncClientOptions(ClientOptions, total=False):
    """`Redis(...)` keyword options besides `decode_responses`."""

    http_client: httpx.Client | None


class AsyncClientOptions(ClientOptions, total=False):
    """`AsyncRedis(...)` keyword options besides `decode_responses`."""

    http_client: httpx.AsyncClient | None
    #: Batch commands awaited in the same event-loop turn into one /pipeline request (default on).
    auto_pipeline: bool


class Endpoint(NamedTuple):
    """The parsed base URL."""

    scheme: bytes
    host: bytes
    port: int | None
    prefix: bytes  # the URL's path without its trailing slash ("" for most deployments)

    @property
    def authority(self) -> bytes:
        default = 443 if self.scheme == b"https" else 80
        host = b"[" + self.host + b"]" if b":" in self.host else self.host
        return host if self.port in (None, default) else b"%b:%d" % (host, self.port)

    @property
    def origin(self) -> str:
        return f"{self.scheme.decode()}://{self.authority.decode()}"

    def __repr__(self) -> str:
        return self.origin + self.prefix.decode()


def _has_space(text: str) -> bool:
    return any(ch.isspace() or not ch.isprintable() for ch in text)


def parse_url(url: object) -> Endpoint:
    """Validate the REST URL (`https://<host>[:port][/prefix]`); the message never echoes it."""
    if not isinstance(url, str):
        raise ConfigurationError(f"url must be a str, not {type(url).__name__}")
    if not url:
        raise ConfigurationError("url is empty")
    if _has_space(url):
        raise ConfigurationError(
            "url contains whitespace, a newline or a control character (a copy-paste slip?)"
        )
    from urllib.parse import urlsplit

    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in ("http", "https"):
        hint = " (add https:// in front of the host)" if not scheme else ""
        raise ConfigurationError(f"url must start with https:// or http://{hint}")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ConfigurationError("url is not a valid URL (check the host and the port)") from None
    if not parts.hostname:
        raise ConfigurationError("url has no host")
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError("url must not hold credentials: pass the token as token=")
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise ConfigurationError(
            "url must not have a query or a fragment (pass the token as token=, not ?_token=)"
        )
    try:
        host = parts.hostname.encode("idna") if not parts.hostname.isascii() else parts.hostname
    except UnicodeError:
        raise ConfigurationError("url has an invalid host name") from None
    host_bytes = host if isinstance(host, bytes) else host.encode("ascii")
    return Endpoint(scheme.encode(), host_bytes, port, parts.path.rstrip("/").encode("ascii"))


def check_token(token: object) -> bytes:
    """Validate the token; the message never echoes it."""
    if not isinstance(token, str):
        raise ConfigurationError(f"token must be a str, not {type(token).__name__}")
    if not token:
        raise ConfigurationError("token is empty")
    if _has_space(token):
        raise ConfigurationError(
            "token contains whitespace, a newline or a control character (a copy-paste slip?)"
        )
    if not token.isascii():
        raise ConfigurationError("token contains non-ASCII characters")
    return token.encode("ascii")


def credentials_from_env(environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """(url, token) from UPSTASH_REDIS_REST_URL / _TOKEN, falling back to KV_REST_API_*."""
    env = os.environ if environ is None else environ
    url = next((env[name] for name in URL_VARIABLES if env.get(name)), None)
    token = next((env[name] for name in TOKEN_VARIABLES if env.get(name)), None)
    missing = [
        f"{names[0]} (or {names[1]})"
        for names, value in ((URL_VARIABLES, url), (TOKEN_VARIABLES, token))
        if value is None
    ]
    if missing or url is None or token is None:
        raise ConfigurationError(
            f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set"
            " in the environment"
        )
    return url, token


def check_timeout(timeout: object, name: str = "timeout") -> dict[str, float]:
    """A timeout as httpcore's per-phase dict; `None` (no timeout) is refused."""
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
        phases = {"connect": float(timeout), "read": float(timeout)}
        phases["write"] = phases["pool"] = float(timeout)
    elif all(hasattr(timeout, phase) for phase in ("connect", "read", "write", "pool")):
        phases = {}
        for phase in ("connect", "read", "write", "pool"):
            value = getattr(timeout, phase)
            if value is None:
                raise ConfigurationError(
                    f"{name}: the {phase} timeout is None; redisrest always sets explicit "
                    "timeouts (pass a large number of seconds instead)"
                )
            phases[phase] = float(value)
    else:
        raise ConfigurationError(
            f"{name} must be a number of seconds or an httpx.Timeout, not {type(timeout).__name__}"
            + (" (None is refused: pass a number of seconds)" if timeout is None else "")
        )
    for phase, value in phases.items():
        if not value > 0 or value == float("inf"):
            raise ConfigurationError(f"{name}: the {phase} timeout must be a positive number")
    return phases


def default_timeout() -> dict[str, float]:
    return {
        "connect": DEFAULT_CONNECT_TIMEOUT,
        "read": DEFAULT_TIMEOUT,
        "write": DEFAULT_TIMEOUT,
        "pool": DEFAULT_TIMEOUT,
    }


def check_count(value: object, name: str, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ConfigurationError(f"{name} must be an int >= {minimum}")
    return value


def check_deadline(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ConfigurationError("deadline must be a positive number of seconds or None")
    return float(value)


def platform(environ: Mapping[str, str] | None = None) -> str:
    """Where the code runs, for the telemetry header (`unknown` when not recognised)."""
    env = os.environ if environ is None else environ
    if env.get("VERCEL"):
        return "vercel"
    if env.get("NETLIFY"):
        return "netlify"
    if env.get("AWS_LAMBDA_FUNCTION_NAME") or env.get("AWS_EXECUTION_ENV"):
        return "aws"
    if env.get("K_SERVICE") or env.get("FUNCTION_TARGET"):
        return "gcp"
    if env.get("FUNCTIONS_WORKER_RUNTIME"):
        return "azure"
    if env.get("FLY_APP_NAME"):
        return "fly"
    if env.get("RENDER"):
        return "render"
    return "unknown"


def telemetry_headers(
    enabled: bool = True, environ: Mapping[str, str] | None = None
) -> list[tuple[bytes, bytes]]:
    """The anonymous telemetry headers, or none when disabled (flag or UPSTASH_DISABLE_TELEMETRY)."""
    env = os.environ if environ is None else environ
    if not enabled or env.get(TELEMETRY_OPT_OUT):
        return []
    runtime = f"python@v{sys.version_info.major}.{sys.version_info.minor}"
    return [
        (b"Upstash-Telemetry-Sdk", f"redisrest@v{__version__}".encode()),
        (b"Upstash-Telemetry-Runtime", runtime.encode()),
        (b"Upstash-Telemetry-Platform", platform(env).encode()),
    ]
