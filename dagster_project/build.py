"""The `build` command of the contract: every landing day of RAW_DIR through the asset graph,
then one publish of the warehouse."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from dagster import DagsterInstance, materialize

from .definitions import ASSETS
from .defs.automation import LANDING_DAY_ASSETS
from .defs.partitions import landing_day_folders
from .defs.resources import NewsPaths

log = logging.getLogger("news_warehouse.build")


def _instance() -> DagsterInstance:
    # With DAGSTER_HOME set, runs are recorded there (and show in the UI); otherwise they
    # live in a temporary instance for the duration of the command.
    return DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()


def build(raw_dir: str, lake_dir: str, warehouse: str) -> int:
    """Returns the number of failed runs (0 on success)."""
    days, ignored = landing_day_folders(raw_dir)
    for name in ignored:
        log.warning("ignoring %s/%s: not a landing-day folder (YYYY-MM-DD)", raw_dir, name)
    if not days:
        log.error("no landing-day folders (YYYY-MM-DD) in %s", raw_dir)
        return 1
    paths = NewsPaths(raw_dir=str(Path(raw_dir).resolve()), lake_dir=str(Path(lake_dir).resolve()),
                      warehouse_path=str(Path(warehouse).resolve()))
    resources = {"paths": paths}
    failed = 0
    with _instance() as instance:
        for i, day in enumerate(days, 1):
            started = time.perf_counter()
            result = materialize(ASSETS, selection=LANDING_DAY_ASSETS, partition_key=day, resources=resources,
                                 instance=instance, raise_on_error=False, tags={"news/trigger": "build"})
            state = "ok" if result.success else "FAILED"
            log.info("landing day %s (%d/%d): %s in %.1f s", day, i, len(days), state, time.perf_counter() - started)
            failed += not result.success
        if failed:
            log.error("%d landing day(s) failed: the warehouse is not published", failed)
            return failed
        result = materialize(ASSETS, selection=["warehouse"], resources=resources, instance=instance,
                             raise_on_error=False, tags={"news/trigger": "build"})
        if not result.success:
            log.error("publishing the warehouse failed")
            return 1
    log.info("published %s from %d landing day(s)", warehouse, len(days))
    return 0
