"""The redisrest generator: spec/commands.json -> typed model -> jinja2 -> generated/.

Run it as `python -m codegen` (see `codegen/__main__.py` for the subcommands).
"""
