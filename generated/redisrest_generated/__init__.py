# ----------------------------------------------------------------------------------------------
# GENERATED FILE, DO NOT EDIT. Written by `python -m codegen` from spec/commands.json
# (sha256 f4562c55182ea23bf763340c03d64eac8455f63c98361bd0176b957be8e7bf83).
# To change it, edit the spec or codegen/templates/ and run `make generate`;
# `make gencheck` (`python -m codegen --check`) fails when this file is out of date.
# ----------------------------------------------------------------------------------------------
"""redisrest's generated half: command builders, reply types, clients, pipelines.

Import the public names from `redisrest`; the modules here are loaded on first use:
`commands` (sans-IO builders), `types` (reply structs), `client` (`Redis`), `aclient`
(`AsyncRedis`) and `pipeline` (`Pipeline`, `AsyncPipeline`).
"""

SPEC_SHA256 = "f4562c55182ea23bf763340c03d64eac8455f63c98361bd0176b957be8e7bf83"
REDIS_VERSION = "7.0.15"
