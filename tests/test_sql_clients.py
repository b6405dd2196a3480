"""Every example query of sql/examples/ runs, and returns rows, in both clients an analyst uses:
Python's duckdb (the pipeline's version) and the DuckDB CLI the README names (`.venv/bin/duckdb`,
an older 1.5 binary that binds the stored views and the queries itself)."""

import csv
import io
import subprocess

import duckdb
import pytest
from conftest import REPO, duckdb_cli

EXAMPLES = sorted((REPO / "sql" / "examples").glob("*.sql"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_runs_in_python_and_in_the_cli(sample, path):
    sql = path.read_text(encoding="utf-8")
    con = duckdb.connect(str(sample[1]), read_only=True)
    try:
        rows = con.sql(sql).fetchall()
    finally:
        con.close()
    assert rows, f"{path.name} returned no rows in Python's duckdb {duckdb.__version__}"

    # the file fed on stdin, as the README shows: `.venv/bin/duckdb -readonly W < sql/examples/X.sql`
    proc = subprocess.run([duckdb_cli(), "-readonly", "-csv", str(sample[1])], input=sql,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "Error" not in proc.stderr, f"{path.name} in the CLI: {proc.stderr}"
    table = list(csv.reader(io.StringIO(proc.stdout)))
    assert len(table) - 1 == len(rows), f"{path.name}: the CLI gave {len(table) - 1} rows, Python {len(rows)}"
