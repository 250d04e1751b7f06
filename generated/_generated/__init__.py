# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 58a4a3c71e417b956222e3957a8570ef66308fa6ae878a3bd89c5740a3e4e953).
# Part of the package `redisrest._generated`: the repository's generated/_generated/, which
# src/redisrest/_generated links to. Users import its public names from `redisrest`
# and `redisrest.types`.
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""redisrest's generated half: command builders, reply types, clients, pipelines.

Import the public names from `redisrest`; the modules here are loaded on first use:
`commands` (sans-IO builders), `types` (reply structs), `client` (`Redis`), `aclient`
(`AsyncRedis`) and `pipeline` (`Pipeline`, `AsyncPipeline`).
"""

SPEC_SHA256 = "58a4a3c71e417b956222e3957a8570ef66308fa6ae878a3bd89c5740a3e4e953"
#: The server releases the spec describes, and those its integration cases ran on.
DESCRIBES = "Redis 8.2 and Valkey 9.1"
LIVE = "Redis 7.0.15, Valkey 9.1.2 and RedisJSON 2.8.3"
