import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPORA = SHARED / "corpora"
DEV_ARTICLES = SHARED / "eval" / "dev_articles.jsonl"
DEV_GOLD = SHARED / "eval" / "dev_gold.jsonl"


def make_dagster_home(root: Path) -> Path:
    """A DAGSTER_HOME holding a copy of the repository's instance config (queue, pool limit 1,
    telemetry off): runs behave as under `make run`, and no banner or missing-config warning."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / ".dagster_home" / "dagster.yaml", root / "dagster.yaml")
    return root


@pytest.fixture(scope="session", autouse=True)
def temporary_dagster_home(tmp_path_factory) -> Path:
    """Every test, and every process it starts (build commands, webserver, daemon), records its
    Dagster runs in a temporary instance, never in the user's: `make test` exports
    DAGSTER_HOME=.dagster_home (the instance `make dev` shows), and test runs would otherwise land
    there. Tests that need an instance of their own still set one (monkeypatch, env=)."""
    home = make_dagster_home(tmp_path_factory.mktemp("dagster_home"))
    before = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    try:
        yield home
    finally:
        if before is None:
            os.environ.pop("DAGSTER_HOME", None)
        else:
            os.environ["DAGSTER_HOME"] = before


def run_build(raw: Path, lake: Path, warehouse: Path, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dagster_project", "build", "--raw-dir", str(raw), "--lake-dir", str(lake),
         "--warehouse", str(warehouse)],
        cwd=REPO, capture_output=True, text=True, timeout=600, env=env,
    )


@pytest.fixture(scope="session")
def dev_warehouse(tmp_path_factory) -> Path:
    """The development set built once through the contract's command."""
    if not DEV_ARTICLES.exists():
        pytest.skip("shared/eval is not beside the repository")
    root = tmp_path_factory.mktemp("dev")
    day = root / "raw" / "2026-01-01"
    day.mkdir(parents=True)
    shutil.copy(DEV_ARTICLES, day / "dev_articles.jsonl")
    proc = run_build(root / "raw", root / "lake", root / "w.duckdb")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return root / "w.duckdb"


@pytest.fixture(scope="session")
def sample(tmp_path_factory):
    """data/raw through the contract's build command (what `make run` does), built once per
    session (several modules read it): (lake dir, warehouse)."""
    root = tmp_path_factory.mktemp("sample")
    # One day after the other in the command's own process: the same warehouse as the default
    # (a worker process per day), at half the CPU (two fewer interpreters importing Dagster and
    # loading the gazetteer). The default, parallel path is what test_build_output and
    # test_skeleton's build-twice test run.
    proc = run_build(REPO / "data" / "raw", root / "lake", root / "w.duckdb",
                     env={**os.environ, "NEWS_BUILD_PARALLEL": "1"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return root / "lake", root / "w.duckdb"


def duckdb_cli() -> str:
    """The DuckDB CLI the README names: `.venv/bin/duckdb` of the dev extra (duckdb-cli), beside
    the Python that runs the tests; else one on PATH."""
    beside = Path(sys.executable).with_name("duckdb")
    found = str(beside) if beside.exists() else shutil.which("duckdb")
    if not found:
        pytest.fail("the DuckDB CLI is missing: install the dev extra (duckdb-cli)")
    return found


@pytest.fixture(scope="session")
def dev_gold() -> dict:
    return {rec["id"]: rec for rec in map(json.loads, DEV_GOLD.read_text(encoding="utf-8").splitlines()) if rec}


def reset_dagster_defs_state() -> None:
    """Dagster 1.13 keeps the defs-state storage of the last instance it entered in a context
    variable; a later materialize() then reaches for that instance after it is gone ("Attempted to
    resolve undefined DagsterInstance weakref"). Call before building definitions again."""
    from dagster._core.storage.defs_state.base import _current_storage

    _current_storage.set(None)


@pytest.fixture(autouse=True)
def _no_leftover_dagster_defs_state():
    reset_dagster_defs_state()
    yield
    reset_dagster_defs_state()
