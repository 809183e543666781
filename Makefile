# Two commands do all the set-up on a fresh machine (Python 3.11, make, bash):
#   make demo   -- the main job on the embedded defaults (no key, no token, no network)
#   make test   -- the whole test suite
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test venv node browser clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0   # the CPU build first; a plain 'torch' pulls CUDA
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

node: tests/e2e/node_modules/.installed

tests/e2e/node_modules/.installed: tests/e2e/package.json
	cd tests/e2e && npm install --no-audit --no-fund --loglevel=error
	touch $@

# the dashboard's browser tests drive Debian's Chromium (installed once; CI runs as root)
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; \
	fi

demo: venv
	$(VENV)/bin/jejak demo

test: venv node browser
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) data tests/e2e/node_modules
