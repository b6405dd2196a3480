"""Landing days: one partition per `data/raw/YYYY-MM-DD/` folder."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from dagster import DailyPartitionsDefinition

# Corpora are dropped on the day they arrive; the publication dates inside are independent.
# end_offset=1 makes today's folder a valid partition too.
landing_days = DailyPartitionsDefinition(start_date="2000-01-01", end_offset=1)

LANDING_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def landing_day_folders(raw_dir: str | Path) -> tuple[list[str], list[str]]:
    """(valid landing days found in raw_dir, other entries that are ignored), both sorted."""
    days, ignored = [], []
    root = Path(raw_dir)
    if not root.is_dir():
        return [], []
    for entry in sorted(root.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and LANDING_DAY.match(entry.name):
            try:
                date.fromisoformat(entry.name)
                days.append(entry.name)
                continue
            except ValueError:
                pass
        ignored.append(entry.name)
    return days, ignored
