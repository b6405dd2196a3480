# The two commands of the README, plus the UI and the benchmarks.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: run test dev bench lint clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (set PY=python3 to use another)"; exit 1; }
	$(PY) -m venv $(VENV)

# Reinstall when pyproject.toml changes. uv resolves the pinned stack in seconds; pip is the fallback.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --python $(BIN)/python -e '.[dev]' || $(BIN)/python -m pip install -e '.[dev]'
	touch $(STAMP)

.PHONY: install
install: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m dagster_project build --raw-dir data/raw --lake-dir data/lake --warehouse data/warehouse/news.duckdb
	$(BIN)/python -m dagster_project summary --warehouse data/warehouse/news.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest

dev: $(STAMP)
	mkdir -p $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml -p $${PORT:-3000}

bench: $(STAMP)
	$(BIN)/python benchmarks/extraction_speed.py

lint: $(STAMP)
	$(BIN)/ruff check dagster_project tests benchmarks

clean:
	rm -rf data/lake data/warehouse/*.duckdb
