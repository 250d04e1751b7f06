# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 9de7bdac820936eb4acbe24f480554e8d428713990fa1c835f13154b40897cc6).
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""redisrest's generated half: command builders, reply types, clients, pipelines.

Import the public names from `redisrest`; the modules here are loaded on first use:
`commands` (sans-IO builders), `types` (reply structs), `client` (`Redis`), `aclient`
(`AsyncRedis`) and `pipeline` (`Pipeline`, `AsyncPipeline`).
"""

SPEC_SHA256 = "9de7bdac820936eb4acbe24f480554e8d428713990fa1c835f13154b40897cc6"
REDIS_VERSION = "7.0.15"
