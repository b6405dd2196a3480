"""Landing days: one partition per `data/raw/YYYY-MM-DD/` folder."""

from __future__ import annotations

import hashlib
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


def landing_day_fingerprint(folder: str | Path) -> tuple[str, int, float]:
    """(fingerprint, number of files, newest mtime) of a landing-day folder.

    The fingerprint hashes the relative path, size and mtime (ns) of every file the readers
    would read (hidden files and folders are skipped, as by `readers.landing_files`), so any
    added, removed, rewritten or touched file changes it. The `articles` asset records it on
    each materialization and the landing-day sensor uses it as its run key.
    """
    from ..readers import landing_files  # the same file list the ingest reads

    root = Path(folder)
    digest = hashlib.sha256()
    newest = 0.0
    files = landing_files(root) if root.is_dir() else []
    for path in files:
        st = path.lstat()  # a link's own entry: its target may be outside the folder, or missing
        newest = max(newest, st.st_mtime)
        digest.update(f"{path.relative_to(root).as_posix()}\t{st.st_size}\t{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16], len(files), newest
