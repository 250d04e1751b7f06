# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 84013394d5e052acbc85df3cff9f7fb9b05f647f7060855880384232bf2012ef).
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""redisrest's generated half: command builders, reply types, clients, pipelines.

Import the public names from `redisrest`; the modules here are loaded on first use:
`commands` (sans-IO builders), `types` (reply structs), `client` (`Redis`), `aclient`
(`AsyncRedis`) and `pipeline` (`Pipeline`, `AsyncPipeline`).
"""

SPEC_SHA256 = "84013394d5e052acbc85df3cff9f7fb9b05f647f7060855880384232bf2012ef"
REDIS_VERSION = "7.0.15"
