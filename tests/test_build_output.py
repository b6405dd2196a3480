"""What the `build` command prints (progress, not Dagster's DEBUG log; the full log in a file),
and that tests keep their Dagster runs out of the user's instance (issue 15)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_build

TEXT = ("Russian President Vladimir Putin arrived in Beijing on Tuesday for talks with Chinese President "
        "Xi Jinping. The two leaders signed a joint statement on energy cooperation.")
DAYS = ["2026-02-01", "2026-02-02"]


def tiny_raw(root: Path) -> Path:
    raw = root / "raw"
    for n, day in enumerate(DAYS):
        folder = raw / day
        folder.mkdir(parents=True)
        lines = [json.dumps({"id": f"q:{day}:{i}", "text": f"Report {n}.{i}. {TEXT}"}) for i in range(2)]
        lines.append(json.dumps({"id": f"q:{day}:empty", "text": ""}))  # rejected, visibly
        (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return raw


def test_build_prints_a_line_per_landing_day_and_stage_and_logs_the_rest_to_a_file(tmp_path):
    proc = run_build(tiny_raw(tmp_path), tmp_path / "lake", tmp_path / "wh" / "w.duckdb")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    lines = out.splitlines()
    assert "DEBUG" not in out and "alembic" not in out and "STEP_START" not in out
    assert len(lines) <= 20, out  # `make run` (two days, then the summary) stays within 60 lines
    for day in DAYS:
        assert any(line.startswith(f"{day} articles 2 rows") and "1 rejected" in line for line in lines), out
        assert any(line.startswith(f"{day} sentences ") for line in lines), out
        assert any(line.startswith(f"{day} visits ") and "trade_energy_mentions" in line for line in lines), out
        assert any(line.startswith(f"{day} landing day ") and " ok in " in line for line in lines), out
    assert any(line.startswith("publish warehouse 4 rows") for line in lines), out
    assert lines[-1].startswith("published ")
    log = (tmp_path / "wh" / "build.log").read_text(encoding="utf-8")
    assert f"full log: {tmp_path / 'wh' / 'build.log'}" in out
    # Every run's Dagster events, DEBUG ones included, and the libraries' INFO lines.
    assert "STEP_START" in log or "Started execution of step" in log
    assert "reading a.jsonl" in log and " DEBUG " in log and "ran schema/10_articles.sql" in log


def test_verbose_build_prints_the_dagster_log(tmp_path):
    raw = tiny_raw(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "dagster_project", "build", "--raw-dir", str(raw), "--lake-dir", str(tmp_path / "lake"),
         "--warehouse", str(tmp_path / "w.duckdb"), "--days", DAYS[0], "--verbose",
         "--log-file", str(tmp_path / "logs" / "b.log")],
        cwd=REPO, capture_output=True, text=True, timeout=600)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "DEBUG" in out and f"{DAYS[0]} landing day 1/1 ok" in out
    assert "reading a.jsonl" in (tmp_path / "logs" / "b.log").read_text(encoding="utf-8")


def test_a_failing_day_is_an_error_line(tmp_path):
    raw = tiny_raw(tmp_path)
    lake = tmp_path / "lake"
    lake.write_text("not a folder")  # the lake cannot be written: the day's articles step fails
    proc = run_build(raw, lake, tmp_path / "w.duckdb", env={**os.environ, "NEWS_BUILD_PARALLEL": "1"})
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "DEBUG" not in out and len(out.splitlines()) <= 20, out
    assert f"ERROR {DAYS[0]} landing day 1/2 FAILED" in out, out
    assert f"ERROR {DAYS[0]} articles:" in out, out  # the step's failure and its first line


# --- tests and the user's Dagster instance -------------------------------------------------------------

PROBE = os.environ.get("NEWS_TEST_HOME_PROBE")


def test_the_session_uses_a_temporary_dagster_home(temporary_dagster_home):
    assert os.environ["DAGSTER_HOME"] == str(temporary_dagster_home)
    assert Path(os.environ["DAGSTER_HOME"]).resolve() != (REPO / ".dagster_home").resolve()
    assert (temporary_dagster_home / "dagster.yaml").exists()


@pytest.mark.skipif(not PROBE, reason="run by test_make_test_leaves_the_users_dagster_home_alone")
def test_probe_runs_dagster_in_process_and_in_a_subprocess(tmp_path):
    """Materializes an asset in this process and in a child process on `DagsterInstance.get()`,
    as build tests and their subprocesses do, and says which home they used."""
    code = ("import os; from dagster import DagsterInstance, asset, materialize\n"
            "@asset\ndef probe(): return 1\n"
            "inst = DagsterInstance.get(); assert materialize([probe], instance=inst).success\n"
            "print(os.environ['DAGSTER_HOME'], len(inst.get_runs()))")
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert child.returncode == 0, child.stderr[-3000:]
    here: dict = {}
    exec(code.replace("print(", "here['out'] = ("), {"here": here})
    Path(PROBE).write_text(child.stdout + " ".join(map(str, here["out"])) + "\n", encoding="utf-8")


def test_make_test_leaves_the_users_dagster_home_alone(tmp_path):
    """`make test` exports DAGSTER_HOME (the instance `make dev` shows): a pytest run started with it
    set to a sentinel home records its runs elsewhere and leaves the sentinel as it was."""
    sentinel = tmp_path / "users_dagster_home"
    sentinel.mkdir()
    (sentinel / "dagster.yaml").write_text((REPO / ".dagster_home" / "dagster.yaml").read_text())
    probe = tmp_path / "probe.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/test_build_output.py::test_probe_runs_dagster_in_process_and_in_a_subprocess"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
        env={**os.environ, "DAGSTER_HOME": str(sentinel), "NEWS_TEST_HOME_PROBE": str(probe)})
    assert proc.returncode == 0 and "1 passed" in proc.stdout, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert sorted(p.name for p in sentinel.iterdir()) == ["dagster.yaml"]  # no history/, storage/, runs.db
    homes = [line.split()[0] for line in probe.read_text().splitlines()]
    # In-process and in the child: the session's temporary home, not the exported one.
    assert len(homes) == 2 and homes[0] == homes[1] and Path(homes[0]) != sentinel
