"""The report's data: the SQL files of sql/report/, run on the warehouse opened read-only.

Each file is one query for one part of the report. Its comment says what it answers and, on a line
`-- reads: table, view, ...`, which tables and views of the warehouse it reads: the report prints
that line under the chart, so an analyst knows where to take the SQL further.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

REPO_ROOT = Path(__file__).resolve().parents[2]
REPORT_SQL_DIR = REPO_ROOT / "sql" / "report"

_READS = re.compile(r"^--\s*reads:\s*(.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Query:
    name: str  # the file name without its order number and .sql: "visit_map" for 10_visit_map.sql
    path: Path
    reads: tuple[str, ...]
    sql: str


@dataclass(frozen=True)
class Result:
    query: Query
    columns: list[str]
    rows: list[dict]


def load_queries(sql_dir: Path = REPORT_SQL_DIR) -> dict[str, Query]:
    """Every sql/report/*.sql in name order; a file without a `-- reads:` line is an error, since
    the report promises to name its source under every chart."""
    queries = {}
    for path in sorted(sql_dir.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        found = _READS.search(sql)
        if not found:
            raise ValueError(f"{path}: no '-- reads: ...' line naming the tables and views it reads")
        name = re.sub(r"^\d+_", "", path.stem)
        queries[name] = Query(name, path, tuple(t.strip() for t in found.group(1).split(",") if t.strip()), sql)
    return queries


def _plain(value):
    """A value the page's JSON can carry (duckdb gives dates, decimals and lists of them)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def run_queries(warehouse: str | Path, sql_dir: Path = REPORT_SQL_DIR) -> dict[str, Result]:
    """Runs every report query on the warehouse, opened read-only: the report never writes to the
    file analysts share, and it runs while they (or a publish) have it open."""
    queries = load_queries(sql_dir)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        results = {}
        for name, query in queries.items():
            relation = con.sql(query.sql)
            columns = list(relation.columns)
            rows = [dict(zip(columns, map(_plain, row))) for row in relation.fetchall()]
            results[name] = Result(query, columns, rows)
        return results
    finally:
        con.close()


def warehouse_counts(warehouse: str | Path, tables: tuple[str, ...]) -> dict[str, int]:
    """Row counts of the named tables, for the report's header (read-only)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: con.sql(f'select count(*) from "{t}"').fetchall()[0][0] for t in tables}
    finally:
        con.close()
