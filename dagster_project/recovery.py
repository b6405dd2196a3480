"""Runs whose process is gone: mark them failed and give back their pool slots.

A run killed without a chance to report (SIGKILL, OOM, a closed terminal) stays STARTED in a
persistent DAGSTER_HOME, and if it was publishing it keeps the `warehouse_writer` pool's only
slot: every later run then waits for that slot forever (Dagster 1.13's in-process executor
polls for it without sleeping, at full CPU). Dagster's run monitoring does not catch this here:
the default run launcher cannot check a run worker's health, and runs of the `build` command
have no launcher at all.

So before it starts, and again before it publishes, the `build` command (and every tick of the
landing-day sensor, for `dagster dev`) looks at the runs that hold a slot or are in progress on
this machine: a run whose process no longer exists, or whose process id now belongs to a process
started after the run, is reported failed and its slots are freed. Runs of other machines, and
runs with no recorded process, are left to Dagster's run monitoring.

Which process ran a run: the `build` command tags its runs with `news/pid` and `news/host`; runs
launched by the daemon's default launcher record "Started process for run (pid: N)".
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable

from dagster import DagsterInstance, DagsterRunStatus
from dagster._core.events import DagsterEventType
from dagster._core.storage.dagster_run import FINISHED_STATUSES, RunsFilter

PID_TAG = "news/pid"
HOST_TAG = "news/host"
POOL = "warehouse_writer"
# Statuses of a run whose process should be alive.
ACTIVE_STATUSES = [DagsterRunStatus.STARTING, DagsterRunStatus.STARTED, DagsterRunStatus.CANCELING]
# A reused process id belongs to a process that started after the run; /proc gives start times
# to the second (boot time is whole seconds), hence the slack.
START_SLACK_SECONDS = 2.0

log = logging.getLogger("news_warehouse.recovery")


def process_tags() -> dict[str, str]:
    """Tags naming the process that executes a run in-process (the `build` command's runs)."""
    return {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


def _process_start(pid: int) -> float | None:
    """When process `pid` started (epoch seconds); None when there is no such (living) process.
    Without /proc: the process's existence only, reported as started at time 0."""
    try:
        stat = open(f"/proc/{pid}/stat").read()
    except FileNotFoundError:
        return None
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    if fields[0] in ("Z", "X"):  # a zombie has finished; only its exit status is left
        return None
    with open("/proc/stat") as fh:
        boot = next(int(line.split()[1]) for line in fh if line.startswith("btime "))
    return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")


def process_is_alive(pid: int, run_started: float) -> bool:
    started = _process_start(pid)
    return started is not None and started <= run_started + START_SLACK_SECONDS


def _launcher_pid(instance: DagsterInstance, run_id: str) -> tuple[int, float] | None:
    """The run worker's process id from its "Started process for run" event, and when that was said."""
    for entry in instance.all_logs(run_id, of_type=DagsterEventType.ENGINE_EVENT):
        data = entry.dagster_event.engine_event_data if entry.dagster_event else None
        pid = data.metadata.get("pid") if data and data.metadata else None
        if pid is not None:
            return int(pid.value), entry.timestamp
    return None


def _run_pid(instance: DagsterInstance, run) -> tuple[int, float | None] | None:
    """The process that executes `run` on this machine, or None when that is not known here; with
    the time the process must have started by (None: by the run's start)."""
    tags = run.tags
    if PID_TAG in tags:
        return (int(tags[PID_TAG]), None) if tags.get(HOST_TAG) == socket.gethostname() else None
    from dagster._core.launcher import DefaultRunLauncher

    # The default launcher starts run workers on the daemon's machine, which is this one. A queued
    # run's worker starts when the queue lets it, seconds after the run was created: its process
    # is compared with the launch event, not the run's creation (else a live worker of a run still
    # STARTING looks like a reused pid and its run is failed).
    if isinstance(instance.run_launcher, DefaultRunLauncher):
        return _launcher_pid(instance, run.run_id)
    return None


def orphaned_runs(instance: DagsterInstance) -> list:
    """In-progress runs of this machine whose process is gone."""
    found = []
    for record in instance.get_run_records(filters=RunsFilter(statuses=ACTIVE_STATUSES)):
        run = record.dagster_run
        found_pid = _run_pid(instance, run)
        if found_pid is None:
            continue
        pid, launched = found_pid
        started = launched or record.start_time or record.create_timestamp.timestamp()
        if not process_is_alive(pid, started):
            found.append(run)
    return found


def recover(instance: DagsterInstance, say: Callable[[str], None] = log.warning) -> list[str]:
    """Fail the orphaned runs and free their slots, and those of finished runs that kept some.
    Returns the ids of the runs failed."""
    failed = []
    for run in orphaned_runs(instance):
        pid = _run_pid(instance, run)[0]  # type: ignore[index]  (orphaned_runs found one)
        instance.report_run_failed(run, f"The process of this run (pid {pid}) is gone: it was killed "
                                        "without reporting. Marked failed so its pool slots are freed.")
        failed.append(run.run_id)
        say(f"run {run.run_id} ({run.job_name}): its process {pid} is gone; marked failed, pool slots freed")
    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return failed
    holders = storage.get_concurrency_run_ids() | storage.get_concurrency_info(POOL).active_run_ids
    if holders:
        done = {r.dagster_run.run_id for r in instance.get_run_records(
            filters=RunsFilter(run_ids=list(holders), statuses=FINISHED_STATUSES))}
        for run_id in sorted(holders & (done | set(failed))):
            storage.free_concurrency_slots_for_run(run_id)
    return failed


def wait_for_pool(instance: DagsterInstance, pool: str = POOL, poll_seconds: float = 2.0,
                  say: Callable[[str], None] = log.info, timeout_seconds: float | None = None) -> bool:
    """Wait, sleeping, until `pool` has a free slot, recovering dead holders on the way. True when
    a slot is free (or the pool has no limit); False after `timeout_seconds`.

    Dagster's own wait for a slot spins at full CPU, so the `build` command waits here first."""
    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return True
    deadline = None if timeout_seconds is None else time.monotonic() + timeout_seconds
    said = 0.0
    while True:
        recover(instance)
        info = storage.get_concurrency_info(pool)
        if info.slot_count == 0 or info.active_slot_count < info.slot_count:
            return True
        now = time.monotonic()
        if deadline is not None and now >= deadline:
            return False
        if now - said >= 30:
            say(f"waiting for the {pool} pool: held by run(s) {', '.join(sorted(info.active_run_ids))}")
            said = now
        time.sleep(poll_seconds)
