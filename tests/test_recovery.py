"""A killed publish does not block later runs (issue 13, item 6): runs whose process is gone are
marked failed and their `warehouse_writer` slot is freed, by the next build or sensor tick."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from conftest import REPO
from dagster import DagsterInstance, DagsterRunStatus
from dagster._core.storage.dagster_run import DagsterRun, RunsFilter
from dagster._core.utils import make_new_run_id

from dagster_project import recovery

TEXT = ("Russian President Vladimir Putin arrived in Beijing on Tuesday for talks with Chinese President "
        "Xi Jinping. The two leaders signed a joint statement on energy cooperation.")


def make_home(tmp_path: Path) -> Path:
    """A temporary persistent DAGSTER_HOME with the repository's instance config (pool limit 1)."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(REPO / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    return home


@pytest.fixture
def instance(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(make_home(tmp_path)))
    inst = DagsterInstance.get()
    try:
        yield inst
    finally:
        inst.dispose()


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def started_run(instance, pid: int, host: str | None = None) -> str:
    run_id = make_new_run_id()
    instance.add_run(DagsterRun(job_name="__ASSET_JOB", run_id=run_id, status=DagsterRunStatus.STARTED,
                                tags={recovery.PID_TAG: str(pid), recovery.HOST_TAG: host or socket.gethostname()}))
    return run_id


def hold_writer_slot(instance, run_id: str) -> None:
    storage = instance.event_log_storage
    storage.initialize_concurrency_limit_to_default(recovery.POOL)
    assert storage.claim_concurrency_slot(recovery.POOL, run_id, "warehouse").is_claimed


def status(instance, run_id: str) -> DagsterRunStatus:
    return instance.get_run_by_id(run_id).status


def test_a_dead_run_holding_the_writer_slot_is_failed_and_frees_it(instance):
    dead = started_run(instance, dead_pid())
    hold_writer_slot(instance, dead)
    live = started_run(instance, os.getpid())  # this process: alive
    elsewhere = started_run(instance, dead_pid(), host="another-machine")  # not ours to judge

    assert recovery.recover(instance) == [dead]

    assert status(instance, dead) == DagsterRunStatus.FAILURE
    assert status(instance, live) == DagsterRunStatus.STARTED
    assert status(instance, elsewhere) == DagsterRunStatus.STARTED
    assert instance.event_log_storage.get_concurrency_info(recovery.POOL).active_slot_count == 0
    assert recovery.wait_for_pool(instance, timeout_seconds=0)
    assert recovery.recover(instance) == []  # nothing twice


def test_a_live_holder_is_waited_for_without_spinning(instance):
    run_id = started_run(instance, os.getpid())
    hold_writer_slot(instance, run_id)
    started = time.monotonic()
    cpu = time.process_time()
    assert not recovery.wait_for_pool(instance, poll_seconds=0.2, timeout_seconds=1.0)
    assert time.monotonic() - started >= 1.0
    assert time.process_time() - cpu < 0.8  # it sleeps between checks
    assert status(instance, run_id) == DagsterRunStatus.STARTED


def test_a_reused_pid_does_not_keep_a_run_alive():
    # A run started now may run in this process; a run that started a year ago cannot, even though
    # a process with its pid exists (the pid was reused).
    assert recovery.process_is_alive(os.getpid(), time.time())
    assert not recovery.process_is_alive(os.getpid(), time.time() - 3600 * 24 * 365)
    assert not recovery.process_is_alive(dead_pid(), time.time())


def test_a_finished_run_that_kept_its_slot_gives_it_back(instance):
    run_id = started_run(instance, os.getpid())
    hold_writer_slot(instance, run_id)
    instance.report_run_failed(instance.get_run_by_id(run_id), "failed from outside")
    recovery.recover(instance)
    assert instance.event_log_storage.get_concurrency_info(recovery.POOL).active_slot_count == 0


SLOW_PUBLISH = """
import sys, time
import dagster_project.defs.warehouse as asset_module
def publish(*args, **kwargs):
    print("PUBLISHING", flush=True)
    time.sleep(600)
asset_module.publish = publish
from dagster_project.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_build_killed_during_the_publish_does_not_block_the_next_build(tmp_path, monkeypatch):
    """Real processes, persistent DAGSTER_HOME: kill -9 a build while it holds the writer slot,
    then a new build completes and publishes."""
    home = make_home(tmp_path)
    day = tmp_path / "raw" / "2026-01-01"
    day.mkdir(parents=True)
    (day / "a.jsonl").write_text("".join(json.dumps({"id": f"r:{i}", "text": f"Report {i}. {TEXT}"}) + "\n" for i in range(3)))
    env = {**os.environ, "DAGSTER_HOME": str(home), "NEWS_BUILD_PARALLEL": "1"}
    args = ["build", "--raw-dir", str(tmp_path / "raw"), "--lake-dir", str(tmp_path / "lake"),
            "--warehouse", str(tmp_path / "w.duckdb")]

    first = subprocess.Popen([sys.executable, "-c", SLOW_PUBLISH, *args], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        line = ""
        while "PUBLISHING" not in line:
            line = first.stdout.readline()
            assert line or first.poll() is None, "the first build ended before publishing"
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait()

    # Read here rather than in another interpreter (which costs a Dagster import); disposed
    # before the next build opens the same storage.
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    instance = DagsterInstance.get()
    try:
        held = instance.event_log_storage.get_concurrency_info("warehouse_writer").active_slot_count
        assert held == 1, sorted(str(r.status) for r in instance.get_runs())  # the dead run holds the slot
    finally:
        instance.dispose()

    second = subprocess.run([sys.executable, "-m", "dagster_project", *args], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "is gone; marked failed" in second.stderr

    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from articles").fetchall()[0][0] == 3
    finally:
        con.close()
    instance = DagsterInstance.get()
    try:
        runs = instance.get_runs(RunsFilter(tags={"news/trigger": "build"}))
        failed = [r for r in runs if r.status == DagsterRunStatus.FAILURE]
        assert len(failed) == 1 and int(failed[0].tags[recovery.PID_TAG]) != os.getpid()
        assert instance.event_log_storage.get_concurrency_info(recovery.POOL).active_slot_count == 0
    finally:
        instance.dispose()


def test_the_sensor_tick_fails_a_dead_daemon_launched_run_and_frees_its_slot(instance, tmp_path):
    """Under `dagster dev` the run worker of a queued run records its pid in an engine event."""
    from dagster import build_sensor_context
    from dagster._core.events import EngineEventData

    from dagster_project.definitions import defs
    from dagster_project.defs.resources import NewsPaths
    from dagster_project.defs.sensors import landing_day_sensor

    run_id = make_new_run_id()
    run = instance.add_run(DagsterRun(job_name="nightly_job", run_id=run_id, status=DagsterRunStatus.STARTED))
    pid = dead_pid()
    instance.report_engine_event(f"Started process for run (pid: {pid}).", run, EngineEventData.in_process(pid))
    hold_writer_slot(instance, run_id)
    (tmp_path / "raw").mkdir()
    paths = NewsPaths(raw_dir=str(tmp_path / "raw"), lake_dir=str(tmp_path / "lake"),
                      warehouse_path=str(tmp_path / "w.duckdb"))

    landing_day_sensor(build_sensor_context(instance=instance, resources={"paths": paths}, definitions=defs))

    assert status(instance, run_id) == DagsterRunStatus.FAILURE
    assert instance.event_log_storage.get_concurrency_info(recovery.POOL).active_slot_count == 0
