"""What `make run` prints after a build: row counts and one example query with its result."""

from __future__ import annotations

from pathlib import Path

import duckdb

from .warehouse.publish import table_counts

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = REPO_ROOT / "sql" / "examples" / "01_visits_with_documents.sql"


def print_summary(warehouse: str) -> int:
    con = duckdb.connect(warehouse, read_only=True)
    try:
        print(f"\nWarehouse {warehouse}")
        for name, n in table_counts(con).items():  # the main schema, not the publish's bookkeeping
            print(f"  {name:28s} {n:>10,} rows")
        if EXAMPLE.exists():
            sql = EXAMPLE.read_text(encoding="utf-8")
            print(f"\nExample query ({EXAMPLE.relative_to(REPO_ROOT)}):\n{sql.strip()}\n")
            print(con.sql(sql))
    finally:
        con.close()
    return 0
