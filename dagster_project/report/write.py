"""Writes the report: runs the queries, turns their rows into charts and the page, and replaces the
output file atomically (a reader with the old report open in a browser keeps it; a failed write
leaves the old one)."""

from __future__ import annotations

import datetime as dt
import html
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import charts, page
from .queries import REPORT_SQL_DIR, run_queries, warehouse_counts

TITLE = "News warehouse: visits, documents, trade and energy"
COUNTED = ("articles", "visits", "documents", "trade_energy_mentions", "visit_events", "document_events")


@dataclass
class ReportSummary:
    path: Path
    bytes: int
    rows: dict[str, int] = field(default_factory=dict)  # rows of each query
    charts: list[str] = field(default_factory=list)  # ids of the charts drawn (with rows)
    empty: list[str] = field(default_factory=list)  # ids of the parts that had no rows


def _unplaced_note(rows: list[dict]) -> str:
    missing = sorted({r["destination_country"] or r["destination_iso3"] for r in rows
                      if r["destination_latitude"] is None})
    return f"Not on the map (no capital with coordinates): {', '.join(missing)}." if missing else ""


def render(warehouse: str | Path, sql_dir: Path = REPORT_SQL_DIR) -> tuple[str, ReportSummary]:
    results = run_queries(warehouse, sql_dir)
    counts = warehouse_counts(warehouse, COUNTED)
    summary = ReportSummary(Path(), 0, rows={name: len(r.rows) for name, r in results.items()})
    sections, scripts = [], []
    for part in charts.CHARTS:
        result = results[part.query]
        spec = part.build(result.rows)
        extra = _unplaced_note(result.rows) if part.id == "map" else ""
        sections.append(page.chart_section(part, result.query, spec, extra))
        if spec is None:
            summary.empty.append(part.id)
        else:
            summary.charts.append(part.id)
            scripts.append(page.spec_script(part, spec))
    newest = results["newest_events"]
    sections.append(page.events_section(newest.query, newest.rows))
    if not newest.rows:
        summary.empty.append("newest-events")

    path = Path(warehouse)
    built = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = [
        f"Warehouse <code>{html.escape(str(path))}</code>, published {built}; report written {now}.",
        '<span class="counts">' + "".join(f"<span><b>{n:,}</b> {html.escape(t)}</span>" for t, n in counts.items())
        + "</span>",
        "Every chart names the tables and views it reads and its query in <code>sql/report/</code>: run the query "
        "in any DuckDB client to take it further. Hover a mark for its numbers.",
    ]
    return page.page(TITLE, header, sections, scripts), summary


def default_report_path(warehouse: str | Path) -> Path:
    """Beside the warehouse: data/warehouse/report.html for `make run`."""
    return Path(warehouse).resolve().parent / "report.html"


def print_written(summary: ReportSummary) -> None:
    """What the `report` command (and `make run`) prints: where the file is, and what it holds."""
    empty = f"; no rows for {', '.join(summary.empty)}" if summary.empty else ""
    print(f"\nReport: {summary.path.resolve()} ({summary.bytes / 1e6:.1f} MB, {len(summary.charts)} charts{empty}); "
          f"open it in a browser, it needs no network")


def write_report(warehouse: str | Path, out: str | Path, sql_dir: Path = REPORT_SQL_DIR) -> ReportSummary:
    """Writes the report on `warehouse` (opened read-only) to `out`; returns what it holds."""
    text, summary = render(warehouse, sql_dir)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    with tempfile.NamedTemporaryFile("wb", dir=out.parent, prefix=f".{out.name}.", suffix=".tmp",
                                     delete=False) as tmp:
        tmp.write(data)
    os.chmod(tmp.name, 0o644)
    os.replace(tmp.name, out)
    summary.path, summary.bytes = out, len(data)
    return summary
