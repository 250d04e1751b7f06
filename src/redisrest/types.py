"""The typed records of structured replies: `from redisrest.types import StreamEntry`.

Frozen msgspec Structs (`StreamEntry`, `XPendingSummary`, `GeoCoordinates`, ...), generic in
`V` (`str` or `bytes`, the client's value type) when a field holds Redis values, and IntEnums of
per-item reply codes (`HashFieldExpire`, `HashFieldPersist`, `XAckDelResult`, ...). They are
generated from the command spec into `redisrest._generated.types`, whose `__all__` lists them;
this module re-exports exactly that list (a star import, which mypy and pyright follow), and
they print as `redisrest.types.<Name>`.
"""

from redisrest._generated.types import *  # noqa: F403
from redisrest._generated.types import __all__ as __all__
