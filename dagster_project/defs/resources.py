"""Where the raw landing folders, the lake and the warehouse live."""

from __future__ import annotations

import os
from pathlib import Path

from dagster import ConfigurableResource

REPO_ROOT = Path(__file__).resolve().parents[2]


def _default(env: str, relative: str) -> str:
    return os.environ.get(env) or str(REPO_ROOT / relative)


class NewsPaths(ConfigurableResource):
    """Paths of one deployment; override with NEWS_RAW_DIR, NEWS_LAKE_DIR, NEWS_WAREHOUSE, NEWS_REPORT
    (the HTML report; empty: report.html beside the warehouse)."""

    raw_dir: str = _default("NEWS_RAW_DIR", "data/raw")
    lake_dir: str = _default("NEWS_LAKE_DIR", "data/lake")
    warehouse_path: str = _default("NEWS_WAREHOUSE", "data/warehouse/news.duckdb")
    report_path: str = os.environ.get("NEWS_REPORT", "")

    def landing_dir(self, landing_day: str) -> Path:
        return Path(self.raw_dir) / landing_day

    def report_file(self) -> Path:
        return Path(self.report_path) if self.report_path else Path(self.warehouse_path).resolve().parent / "report.html"
