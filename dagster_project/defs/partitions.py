"""Landing days: one partition per `data/raw/YYYY-MM-DD/` folder that exists.

The partitions are dynamic: their keys are the landing days registered in the Dagster instance
(`register_landing_days`), which the `build` command, the landing-day sensor, the nightly
schedule and `python -m dagster_project days` (run by `make dev`) do from the raw directory. So
the UI lists exactly the days that have a folder, any valid date is a landing day (1987-03-02, a
future date), and a backfill of "all partitions" is every landing day without typing a range.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from dagster import DagsterInstance, DynamicPartitionsDefinition

# Corpora are dropped on the day they arrive; the publication dates inside are independent.
LANDING_DAY_PARTITIONS = "landing_day"
landing_days = DynamicPartitionsDefinition(name=LANDING_DAY_PARTITIONS)

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


def registered_landing_days(instance: DagsterInstance) -> list[str]:
    """The landing days the instance knows as partitions, in the order they were registered."""
    return list(instance.get_dynamic_partitions(LANDING_DAY_PARTITIONS))


def new_landing_days(instance: DagsterInstance, days: list[str]) -> list[str]:
    """Those of `days` that are not partitions yet, sorted (the UI lists keys in the order added)."""
    known = set(registered_landing_days(instance))
    return sorted(d for d in set(days) if d not in known)


def register_landing_days(instance: DagsterInstance, days: list[str]) -> list[str]:
    """Adds `days` as partitions (idempotent); returns the ones that were new."""
    new = new_landing_days(instance, days)
    if new:
        instance.add_dynamic_partitions(LANDING_DAY_PARTITIONS, new)
    return new


def sync_landing_days(instance: DagsterInstance, raw_dir: str | Path,
                      prune: bool = False) -> tuple[list[str], list[str]]:
    """Registers every landing-day folder of raw_dir; with `prune`, also removes the partitions
    whose folder is gone (their runs, materializations and lake files stay). (added, removed)."""
    days, _ = landing_day_folders(raw_dir)
    added = register_landing_days(instance, days)
    removed = []
    if prune:
        removed = [d for d in registered_landing_days(instance) if d not in set(days)]
        for day in removed:
            instance.delete_dynamic_partition(LANDING_DAY_PARTITIONS, day)
    return added, removed


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
