"""The `build` command of the contract: every landing day of RAW_DIR through the asset graph,
then one publish of the warehouse.

Landing days are independent partitions, so they are materialized `parallel` at a time, each in
a worker process of its own (as the run queue runs landing-day runs side by side in a
deployment); the cores are shared out between them (NEWS_EXTRACT_WORKERS per day = cores //
parallel, unless set). `--parallel 1`, or a single day, runs everything in this process.

Every landing-day folder is registered as a partition of the instance first (DAGSTER_HOME under
`make run`, so the UI lists it). While a day runs, the assets report their progress through
`live`; the console shows it as a bar on a terminal (console.ProgressDisplay).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path

from dagster import DagsterInstance, materialize

from . import console, lake, live, progress, recovery
from .console import RUN_LOG
from .definitions import ASSETS
from .defs.automation import LANDING_DAY_ASSETS
from .defs.partitions import landing_day_folders, register_landing_days
from .defs.resources import NewsPaths
from .instance import home_instance

log = logging.getLogger("news_warehouse.build")
run_log = logging.getLogger(RUN_LOG)


def _instance() -> DagsterInstance:
    # With DAGSTER_HOME set, runs are recorded there (and show in the UI); otherwise they
    # live in a temporary instance for the duration of the command.
    return home_instance() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()


def _location(path: str) -> str:
    return path if lake.is_remote(path) else str(Path(path).resolve())


def default_parallel() -> int:
    """Landing days materialized at once: NEWS_BUILD_PARALLEL, else 2 on a machine with 2 or more cores."""
    value = os.environ.get("NEWS_BUILD_PARALLEL")
    if value:
        return max(1, int(value))
    return 2 if (os.cpu_count() or 1) >= 2 else 1


def _run_config(verbose: bool, run_config: dict | None = None) -> dict | None:
    return run_config if verbose else progress.with_quiet_console(run_config)


def _materialize_day(day: str, paths: NewsPaths, instance: DagsterInstance,
                     verbose: bool) -> tuple[bool, progress.RunReport]:
    register_landing_days(instance, [day])  # a worker's own ephemeral instance, without DAGSTER_HOME
    result = materialize(ASSETS, selection=LANDING_DAY_ASSETS, partition_key=day, resources={"paths": paths},
                         instance=instance, raise_on_error=False, tags=_tags(), run_config=_run_config(verbose))
    return result.success, progress.run_report(instance, result.run_id)


def _say_run(what: str, report: progress.RunReport, verbose: bool) -> None:
    """The stage lines of a run on the console, its problems too unless Dagster printed them
    (--verbose), and its whole event log in the log file."""
    for stage in report.stages:
        log.info("%s %s", what, stage)
    if not verbose:
        for problem in report.problems:
            level, _, text = problem.partition(" ")
            log.log(logging.getLevelName(level) if level in ("WARNING", "ERROR", "CRITICAL") else logging.WARNING,
                    "%s %s", what, text)
    for line in report.log:
        run_log.info(line)


def _tags() -> dict[str, str]:
    # The process that runs it: a later build recognizes the run as orphaned if this process dies.
    return {"news/trigger": "build", **recovery.process_tags()}


# One instance per worker process, for all the days it materializes.
_worker_instance: DagsterInstance | None = None
_worker_verbose = False


def _worker_init(extract_workers: int, verbose: bool, updates=None) -> None:
    global _worker_instance, _worker_verbose
    _worker_verbose = verbose
    if updates is not None:  # progress within a day goes to the parent's display
        live.set_sink(updates.put)
    os.environ.setdefault("NEWS_EXTRACT_WORKERS", str(extract_workers))
    # Polars threads too get this process's share of the cores: idle threads of two processes
    # that each think they own the machine spin and burn CPU (read at Polars' first parallel
    # operation, which is after this).
    os.environ.setdefault("POLARS_MAX_THREADS", str(extract_workers))
    logging.basicConfig(level=logging.WARNING)
    _worker_instance = _instance()


def _worker_day(day: str, paths_config: dict) -> tuple[str, bool, float, progress.RunReport]:
    started = time.perf_counter()
    assert _worker_instance is not None
    ok, report = _materialize_day(day, NewsPaths(**paths_config), _worker_instance, _worker_verbose)
    return day, ok, time.perf_counter() - started, report


def _say_day(day: str, done: int, total: int, ok: bool, seconds: float, report: progress.RunReport,
             verbose: bool) -> None:
    _say_run(day, report, verbose)
    (log.info if ok else log.error)("%s landing day %d/%d %s in %.1f s", day, done, total,
                                    "ok" if ok else "FAILED", seconds)


def _finish(display: console.ProgressDisplay | None, day: str) -> None:
    if display is not None:
        display.finish(day)


def _forward(queue, display: console.ProgressDisplay) -> None:
    """The parent's end of the workers' progress queue (None ends it)."""
    while (update := queue.get()) is not None:
        display.update(update)


def _materialize_days(days: list[str], paths: NewsPaths, instance: DagsterInstance, parallel: int,
                      verbose: bool = False) -> int:
    """Materializes the landing days; the number that failed. Progress within a day goes to the
    console's display (bars on a terminal), from this process or from the workers."""
    display = console.display()
    try:
        if parallel <= 1 or len(days) <= 1:
            return _in_this_process(days, paths, instance, verbose, display)
        return _in_workers(days, paths, parallel, verbose, display)
    finally:
        live.set_sink(None)
        if display is not None:
            display.close()


def _in_this_process(days: list[str], paths: NewsPaths, instance: DagsterInstance, verbose: bool,
                     display: console.ProgressDisplay | None) -> int:
    live.set_sink(display.update if display is not None else None)
    failed = 0
    for i, day in enumerate(days, 1):
        started = time.perf_counter()
        ok, report = _materialize_day(day, paths, instance, verbose)
        _finish(display, day)
        _say_day(day, i, len(days), ok, time.perf_counter() - started, report, verbose)
        failed += not ok
    return failed


def _in_workers(days: list[str], paths: NewsPaths, parallel: int, verbose: bool,
                display: console.ProgressDisplay | None) -> int:
    extract_workers = max(1, (os.cpu_count() or 1) // parallel)
    log.info("materializing %d landing days, %d at a time (%d extraction process(es) each)",
             len(days), parallel, extract_workers)
    # spawn: a fresh interpreter per worker (forking a process that runs Polars' thread pool is unsafe)
    ctx = multiprocessing.get_context("spawn")
    config = {"raw_dir": paths.raw_dir, "lake_dir": paths.lake_dir, "warehouse_path": paths.warehouse_path}
    # The workers' progress updates, read by a thread of this process into the display.
    updates = ctx.Queue() if display is not None else None
    forwarder = None
    if updates is not None:
        forwarder = threading.Thread(target=_forward, args=(updates, display), name="progress-queue", daemon=True)
        forwarder.start()
    failed = 0
    try:
        with ProcessPoolExecutor(max_workers=parallel, mp_context=ctx, initializer=_worker_init,
                                 initargs=(extract_workers, verbose, updates)) as pool:
            pending = set()
            queue = list(days)
            done_count = 0
            # Submit as workers free up, in landing-day order, so days are processed oldest first.
            while queue or pending:
                while queue and len(pending) < parallel:
                    pending.add(pool.submit(_worker_day, queue.pop(0), config))
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    day, ok, seconds, report = future.result()
                    _finish(display, day)
                    done_count += 1
                    _say_day(day, done_count, len(days), ok, seconds, report, verbose)
                    failed += not ok
    finally:
        if updates is not None:
            updates.put(None)
            forwarder.join(timeout=5)
    return failed


def build(raw_dir: str, lake_dir: str, warehouse: str, only_days: list[str] | None = None,
          full_publish: bool = False, parallel: int | None = None, verbose: bool = False) -> int:
    """Returns the number of failed runs (0 on success). `only_days`: materialize just these landing
    days (a nightly run) before publishing; `full_publish`: rebuild the warehouse from the whole lake;
    `parallel`: landing days materialized at once (default: `default_parallel()`); `verbose`: Dagster's
    own console log as well (otherwise the runs' event logs only go to the log file, see console.py)."""
    all_days, ignored = landing_day_folders(raw_dir)
    days = all_days
    for name in ignored:
        log.warning("ignoring %s/%s: not a landing-day folder (YYYY-MM-DD)", raw_dir, name)
    if only_days:
        missing = sorted(set(only_days) - set(days))
        if missing:
            log.error("no landing-day folder in %s for %s", raw_dir, ", ".join(missing))
            return 1
        days = [d for d in days if d in set(only_days)]
    if not days:
        log.error("no landing-day folders (YYYY-MM-DD) in %s", raw_dir)
        return 1
    paths = NewsPaths(raw_dir=str(Path(raw_dir).resolve()), lake_dir=_location(lake_dir),
                      warehouse_path=str(Path(warehouse).resolve()))
    resources = {"paths": paths}
    with _instance() as instance:
        # Runs killed earlier (a build stopped with SIGKILL mid-publish) would keep their pool slot.
        recovery.recover(instance)
        # Every landing day of the folder is a partition in the instance (what the UI lists).
        added = register_landing_days(instance, all_days)
        if added and os.environ.get("DAGSTER_HOME"):
            log.info("registered %d new landing day partition(s) in %s", len(added), os.environ["DAGSTER_HOME"])
        failed = _materialize_days(days, paths, instance, parallel if parallel is not None else default_parallel(),
                                   verbose)
        if failed:
            log.error("%d landing day(s) failed: the warehouse is not published", failed)
            return failed
        run_config = {"ops": {"warehouse": {"config": {"full_rebuild": True}}}} if full_publish else None
        recovery.wait_for_pool(instance, say=log.info)
        started = time.perf_counter()
        result = materialize(ASSETS, selection=["warehouse"], resources=resources, instance=instance,
                             raise_on_error=False, tags=_tags(), run_config=_run_config(verbose, run_config))
        _say_run("publish", progress.run_report(instance, result.run_id), verbose)
        if not result.success:
            log.error("publishing the warehouse failed")
            return 1
    log.info("published %s from %d landing day(s) in %.1f s", warehouse, len(days), time.perf_counter() - started)
    return 0
