# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 bc7be299fb1d8f8aa1cc93ef356e1610b5a6ebada786e1e48a4a2829c5df154c).
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""redisrest's generated half: command builders, reply types, clients, pipelines.

Import the public names from `redisrest`; the modules here are loaded on first use:
`commands` (sans-IO builders), `types` (reply structs), `client` (`Redis`), `aclient`
(`AsyncRedis`) and `pipeline` (`Pipeline`, `AsyncPipeline`).
"""

SPEC_SHA256 = "bc7be299fb1d8f8aa1cc93ef356e1610b5a6ebada786e1e48a4a2829c5df154c"
#: The server releases the spec describes, and those its integration cases ran on.
DESCRIBES = "Redis 8.2 and Valkey 9.1"
LIVE = "Redis 7.0.15, Valkey 9.1.2 and RedisJSON 2.8.3"
