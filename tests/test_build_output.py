"""What the `build` command prints (progress, not Dagster's DEBUG log; the full log in a file),
and that tests keep their Dagster runs out of the user's instance (issue 15)."""

import io
import json
import os
import re
import subprocess
import sys
import time
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
    assert "\x1b" not in out and "\r" not in out  # not a terminal: no progress bars
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


# --- progress within a landing day: bars on a terminal, plain lines otherwise ----------------------------

LONG_DAYS = ["2026-03-01", "2026-03-02"]
BAR = re.compile(r"^(\d{4}-\d{2}-\d{2}) (articles|facts) +\[[#.]{24}\] +(\d+|\?)% (.*)  \d+ s$")


def long_raw(root: Path, articles: int = 1500) -> Path:
    """Two days long enough for the extraction to report progress while it runs."""
    raw = root / "raw"
    for day in LONG_DAYS:
        folder = raw / day
        folder.mkdir(parents=True)
        for part in range(2):
            lines = [json.dumps({"id": f"p:{day}:{part}:{i}", "text": f"Item {part}.{i}. {TEXT}"})
                     for i in range(articles // 2)]
            (folder / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return raw


def build_command(raw: Path, root: Path) -> list[str]:
    return [sys.executable, "-m", "dagster_project", "build", "--raw-dir", str(raw), "--lake-dir", str(root / "lake"),
            "--warehouse", str(root / "w.duckdb")]


def screen(output: str) -> list[str]:
    """What a terminal shows after `output`: enough of a VT100 for what the build writes (text,
    CR, LF, cursor up `ESC[nA`, erase below `ESC[J`); fails on any other escape sequence."""
    lines, row, col = [""], 0, 0
    for token in re.split(r"(\x1b\[\d*[A-Za-z]|\r|\n)", output):
        if not token:
            continue
        if token == "\r":
            col = 0
        elif token == "\n":
            row += 1
            col = 0
            if row == len(lines):
                lines.append("")
        elif token.startswith("\x1b["):
            n, code = int(token[2:-1] or 1), token[-1]
            if code == "A":
                row = max(0, row - n)
            elif code == "J":
                lines[row] = lines[row][:col]
                del lines[row + 1:]
            else:
                pytest.fail(f"unexpected escape sequence {token!r}")
        else:
            line = lines[row]
            lines[row] = line[:col].ljust(col) + token + line[col + len(token):]
            col += len(token)
    return [line.rstrip() for line in lines if line.strip()]


def test_progress_bars_on_a_terminal_are_drawn_in_place_and_erased(tmp_path):
    """The build under a pseudo-terminal, as `make run` in a terminal: while a day runs, a bar per
    day in progress (its records, then its articles extracted) below the log; lines printed in
    between go above the bars, and at the end the screen holds the log lines only."""
    import pty

    raw = long_raw(tmp_path)
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "NEWS_PROGRESS_DELAY": "0", "NEWS_BUILD_PARALLEL": "2", "COLUMNS": "120"}
    proc = subprocess.Popen(build_command(raw, tmp_path), cwd=REPO, stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=600) == 0
    out = b"".join(chunks).decode("utf-8", errors="replace")

    drawn = [m for line in re.split(r"\r?\n|\x1b\[\d*[AJ]", out) if (m := BAR.match(line))]
    stages = {(m.group(1), m.group(2)) for m in drawn}
    assert stages == {(day, stage) for day in LONG_DAYS for stage in ("articles", "facts")}, out[-3000:]
    assert any(m.group(2) == "facts" and re.match(r"[\d,]+ of 1,500 articles", m.group(4)) for m in drawn)
    assert any(m.group(2) == "articles" and "records, file" in m.group(4) for m in drawn)
    assert "\x1b[J" in out  # redrawn in place, not scrolled

    shown = screen(out)
    assert not any(BAR.match(line) for line in shown), shown  # no bar left behind
    assert "DEBUG" not in out
    for day in LONG_DAYS:
        assert sum(line.startswith(f"{day} landing day ") for line in shown) == 1, shown
        assert any(line.startswith(f"{day} articles 1,500 rows") for line in shown), shown
    assert shown[-1].startswith("published "), shown


def test_without_a_terminal_long_stages_print_plain_progress_lines(tmp_path):
    """Piped (CI, a log file): no bars and no escape codes; a stage that runs longer than
    NEWS_PROGRESS_SECONDS prints a plain line now and then."""
    raw = long_raw(tmp_path)
    env = {**os.environ, "NEWS_PROGRESS_SECONDS": "0.5", "NEWS_BUILD_PARALLEL": "2", "NEWS_EXTRACT_WORKERS": "1"}
    proc = subprocess.run(build_command(raw, tmp_path), cwd=REPO, capture_output=True, text=True, timeout=600,
                          env=env)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "\x1b" not in out and "\r" not in out and not any(BAR.match(line) for line in out.splitlines())
    plain = [line for line in out.splitlines() if re.match(r"^\d{4}-\d{2}-\d{2} (articles|facts): .* s so far$", line)]
    assert any(" facts: 0 of 1,500 articles (0%)" in line for line in plain), out
    assert {line[:10] for line in plain} <= set(LONG_DAYS)
    # and the build's log file has them too
    assert plain[0] in (tmp_path / "build.log").read_text(encoding="utf-8")


def test_progress_display_throttles_plain_lines_and_formats_bars():
    from dagster_project.console import ProgressDisplay
    from dagster_project.live import Update

    said: list[str] = []
    display = ProgressDisplay(io.StringIO(), tty=False, say=said.append, plain_every=10, delay=1)
    long_ago = time.time() - 20
    display.update(Update("2026-03-01", "facts", 500, 2000, "500 of 2,000 articles", at=long_ago))
    display.refresh()
    display.refresh()
    assert len(said) == 1 and said[0].startswith("2026-03-01 facts: 500 of 2,000 articles (25%), 2")
    display.finish("2026-03-01")
    display.update(Update("2026-03-01", "facts", 600, 2000, "late", at=long_ago))  # after the day's end
    display.refresh()
    display.close()
    assert len(said) == 1

    bars = ProgressDisplay(io.StringIO(), tty=True, say=said.append, plain_every=10, delay=1)
    now = time.time()
    bars.update(Update("2026-03-02", "articles", 1, 4, "9 records, file 1/4", at=now))
    assert bars.lines(now + 0.5) == []  # not yet: a short stage draws nothing
    assert bars.lines(now + 3) == ["2026-03-02 articles [######..................]  25% 9 records, file 1/4  3 s"]
    bars.update(Update("2026-03-02", "articles", 4, 4, "20 records, file 4/4", at=now))  # the stage is done
    assert bars.lines(now + 3) == []
    bars.close()
