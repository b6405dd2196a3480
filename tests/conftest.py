import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
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


SHM = Path("/dev/shm")


@pytest.fixture(scope="session")
def in_memory_dir(tmp_path_factory):
    """`in_memory_dir(name)`: a new temporary folder in memory (/dev/shm) where the machine has
    one, else under pytest's; removed at the end of the session. For Dagster instances: each
    event of a run is a SQLite commit, which on a disk waits for fsync (some 8 s of a one-day
    build's 28 on the 2-core reference machine)."""
    made: list[Path] = []

    def make(name: str) -> Path:
        if not (SHM.is_dir() and os.access(SHM, os.W_OK)):
            return tmp_path_factory.mktemp(name)
        made.append(Path(tempfile.mkdtemp(prefix=f"news-test-{name}-", dir=SHM)))
        return made[-1]

    yield make
    for path in made:
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def environment_variable(name: str, value: str):
    """Set an environment variable for this process and the ones it starts, then put it back."""
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


@pytest.fixture(scope="session", autouse=True)
def temporary_dagster_home(in_memory_dir) -> Path:
    """Every test, and every process it starts (build commands, webserver, daemon), records its
    Dagster runs in a temporary instance, never in the user's: `make test` exports
    DAGSTER_HOME=.dagster_home (the instance `make dev` shows), and test runs would otherwise land
    there. Tests that need an instance of their own still set one (monkeypatch, env=)."""
    home = make_dagster_home(in_memory_dir("dagster_home"))
    with environment_variable("DAGSTER_HOME", str(home)):
        yield home


@pytest.fixture(scope="session", autouse=True)
def temporary_cache_dir(tmp_path_factory) -> Path:
    """The report keeps its bundle of the Vega libraries in a cache (NEWS_CACHE_DIR, else
    ~/.cache/news-warehouse): tests and the processes they start use a temporary one, shared by the
    session so the bundle is built once."""
    cache = tmp_path_factory.mktemp("cache")
    with environment_variable("NEWS_CACHE_DIR", str(cache)):
        yield cache


def run_build(raw: Path, lake: Path, warehouse: Path, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dagster_project", "build", "--raw-dir", str(raw), "--lake-dir", str(lake),
         "--warehouse", str(warehouse)],
        cwd=REPO, capture_output=True, text=True, timeout=600, env=env,
    )


def built_once(tmp_path_factory, name: str, build) -> Path:
    """A folder that `build(folder)` fills, made once per test run. Under xdist (`make test` runs
    two workers) the first worker to ask builds it while the others wait for it, and each worker
    then works on its own copy (seconds cheaper than a build): no two processes share the
    warehouse file, which a client opening it read-write, as the DuckDB CLI does, locks."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        root = tmp_path_factory.mktemp(name)
        build(root)
        return root
    shared = tmp_path_factory.getbasetemp().parent / name  # the run's folder, above each worker's own
    with open(f"{shared}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, or the worker dies
        if not (shared / ".built").exists():
            shutil.rmtree(shared, ignore_errors=True)
            shared.mkdir()
            build(shared)
            (shared / ".built").touch()
    root = tmp_path_factory.mktemp(name)
    shutil.copytree(shared, root, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".built"))
    return root


def _build_dev_set(root: Path) -> None:
    day = root / "raw" / "2026-01-01"
    day.mkdir(parents=True)
    shutil.copy(DEV_ARTICLES, day / "dev_articles.jsonl")
    proc = run_build(root / "raw", root / "lake", root / "w.duckdb")
    assert proc.returncode == 0, proc.stderr[-3000:]


@pytest.fixture(scope="session")
def dev_warehouse(tmp_path_factory) -> Path:
    """The development set built once through the contract's command."""
    if not DEV_ARTICLES.exists():
        pytest.skip("shared/eval is not beside the repository")
    return built_once(tmp_path_factory, "dev", _build_dev_set) / "w.duckdb"


def _build_sample(root: Path) -> None:
    # One day after the other in the command's own process: the same warehouse as the default
    # (a worker process per day), at half the CPU (two fewer interpreters importing Dagster and
    # loading the gazetteer). The default, parallel path is what test_build_output and
    # test_skeleton's build-twice test run.
    proc = run_build(REPO / "data" / "raw", root / "lake", root / "w.duckdb",
                     env={**os.environ, "NEWS_BUILD_PARALLEL": "1"})
    assert proc.returncode == 0, proc.stderr[-3000:]


@pytest.fixture(scope="session")
def sample(tmp_path_factory):
    """data/raw through the contract's build command (what `make run` does), built once per
    session (several modules read it): (lake dir, warehouse)."""
    root = built_once(tmp_path_factory, "sample", _build_sample)
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


# The longest modules (Dagster services, build commands run several times), started first: on
# two xdist workers a long module started last would end the run alone. A module not named here
# keeps its place; a name that no longer matches changes nothing.
RUN_FIRST = ("test_e2e_dagster.py", "test_skeleton.py", "test_build_output.py", "test_recovery.py")


def pytest_collection_modifyitems(config, items):
    def rank(item) -> int:
        name = item.path.name
        return RUN_FIRST.index(name) if name in RUN_FIRST else len(RUN_FIRST)

    items.sort(key=rank)  # stable: the order within a module, and of the other modules, is kept


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
