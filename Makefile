# The two commands of the README, plus the UI and the benchmarks. `make run` ends with the path of the
# HTML report (data/warehouse/report.html).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: run test dev bench bench-extraction ui-backfill lint clean install

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (set PY=python3 to use another)"; exit 1; }
	$(PY) -m venv $(VENV)

# What running needs (`make run`, `make dev`): the base dependencies only. The dev extra (pytest,
# ruff, the DuckDB CLI, moto, psutil, websockets) comes with `make test`; deployment extras on
# demand: `make install EXTRAS=k8s`. Reinstalled when pyproject.toml changes. uv resolves the
# pinned stack in seconds; pip is the fallback. Bytecode is compiled at install (about 6,000 files
# of the base dependencies), so no run compiles at import, in each of its processes, also where
# PYTHONDONTWRITEBYTECODE is set.
UV_INSTALL = $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python
PIP_INSTALL = $(BIN)/python -m pip install --quiet

$(STAMP): pyproject.toml | $(BIN)/python
	@echo "installing the dependencies into $(VENV)"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv
	$(UV_INSTALL) -e . || $(PIP_INSTALL) -e .
	touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(UV_INSTALL) -e '.[dev]' || $(PIP_INSTALL) -e '.[dev]'
	touch $(DEV_STAMP)

EXTRAS ?=
install: $(STAMP)
	$(if $(EXTRAS),$(UV_INSTALL) -e '.[$(EXTRAS)]' || $(PIP_INSTALL) -e '.[$(EXTRAS)]')

run: $(STAMP)
	$(BIN)/python -m dagster_project build --raw-dir data/raw --lake-dir data/lake --warehouse data/warehouse/news.duckdb
	$(BIN)/python -m dagster_project summary --warehouse data/warehouse/news.duckdb
	$(BIN)/python -m dagster_project report --warehouse data/warehouse/news.duckdb --out data/warehouse/report.html

test: $(DEV_STAMP)
	$(BIN)/python -m pytest

# The landing-day folders become partitions first, so the UI lists exactly them.
dev: $(STAMP)
	mkdir -p $(DAGSTER_HOME)
	$(BIN)/python -m dagster_project days
	$(BIN)/dagster dev -w workspace.yaml -p $${PORT:-3000}

# Throughput and memory at 10k, 100k and 1M articles plus a nightly day on top (the 1M run takes
# 15-30 minutes on 2 cores): `make bench SIZES=10k,100k` for a quicker run. Work files in /tmp.
SIZES ?= 10k,100k,1m
bench: $(DEV_STAMP)
	$(BIN)/python benchmarks/scale.py --sizes $(SIZES)

bench-extraction: $(STAMP)
	$(BIN)/python benchmarks/extraction_speed.py

# A backfill of every landing day clicked through `dagster dev` in headless Chromium (Debian's
# `chromium` package), with screenshots into docs/images/.
ui-backfill: $(DEV_STAMP)
	$(BIN)/python benchmarks/ui_backfill.py

lint: $(DEV_STAMP)
	$(BIN)/ruff check dagster_project tests benchmarks

clean:
	rm -rf data/lake data/warehouse/*.duckdb
