# The two commands of the README, plus the UI and the benchmarks. `make run` ends with the path of the
# HTML report (data/warehouse/report.html).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: run test dev bench bench-extraction lint clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (set PY=python3 to use another)"; exit 1; }
	$(PY) -m venv $(VENV)

# Reinstall when pyproject.toml changes. uv resolves the pinned stack in seconds; pip is the fallback.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --python $(BIN)/python --compile-bytecode -e '.[dev,k8s]' || $(BIN)/python -m pip install -e '.[dev,k8s]'
	touch $(STAMP)

.PHONY: install
install: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m dagster_project build --raw-dir data/raw --lake-dir data/lake --warehouse data/warehouse/news.duckdb
	$(BIN)/python -m dagster_project summary --warehouse data/warehouse/news.duckdb
	$(BIN)/python -m dagster_project report --warehouse data/warehouse/news.duckdb --out data/warehouse/report.html

test: $(STAMP)
	$(BIN)/python -m pytest

dev: $(STAMP)
	mkdir -p $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml -p $${PORT:-3000}

# Throughput and memory at 10k, 100k and 1M articles plus a nightly day on top (the 1M run takes
# 15-30 minutes on 2 cores): `make bench SIZES=10k,100k` for a quicker run. Work files in /tmp.
SIZES ?= 10k,100k,1m
bench: $(STAMP)
	$(BIN)/python benchmarks/scale.py --sizes $(SIZES)

bench-extraction: $(STAMP)
	$(BIN)/python benchmarks/extraction_speed.py

lint: $(STAMP)
	$(BIN)/ruff check dagster_project tests benchmarks

clean:
	rm -rf data/lake data/warehouse/*.duckdb
