# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 fc2e086e56739a28da2e48d64e30b6c3c2f34f4cf699f43cc8dcf714a2d182d3).
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""redisrest's generated half: command builders, reply types, clients, pipelines.

Import the public names from `redisrest`; the modules here are loaded on first use:
`commands` (sans-IO builders), `types` (reply structs), `client` (`Redis`), `aclient`
(`AsyncRedis`) and `pipeline` (`Pipeline`, `AsyncPipeline`).
"""

SPEC_SHA256 = "fc2e086e56739a28da2e48d64e30b6c3c2f34f4cf699f43cc8dcf714a2d182d3"
REDIS_VERSION = "7.0.15"
