"""What the `build` command says about a finished Dagster run: one line per stage (step) with its
counts and time, its warnings and errors, and the run's whole event log for the log file.

Dagster's console logger prints every event (about 70 DEBUG lines per landing day), which buries
progress and the result; the build command turns it off (`QUIET_RUN_CONFIG`) and reads the run's
events from the instance afterwards instead. Plain strings come back, so a worker process can
hand them to the parent that prints and writes them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from dagster import DagsterEventType, DagsterInstance

# Dagster's default console logger, limited to what a person running the build must see.
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
# Materialization metadata worth a number on a stage line, besides the row count.
STAGE_COUNTS = ("files", "duplicates", "rejected", "field_warnings")
STEP_ENDS = (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE, DagsterEventType.STEP_SKIPPED)


@dataclass
class RunReport:
    stages: list[str] = field(default_factory=list)  # "articles: 5 rows, 1 rejected, 1 files (1.2 s)"
    problems: list[str] = field(default_factory=list)  # "WARNING ..." / "ERROR ..."
    log: list[str] = field(default_factory=list)  # every event of the run, for the log file


def with_quiet_console(run_config: dict | None) -> dict:
    return {**(run_config or {}), **QUIET_RUN_CONFIG}


def _number(value) -> int | None:
    raw = getattr(value, "value", value)
    return raw if isinstance(raw, int) else None


def _counts(materialization) -> str:
    metadata = materialization.metadata
    rows = _number(metadata.get("dagster/row_count"))
    parts = [f"{rows:,} rows" if rows is not None else "done"]
    parts += [f"{n:,} {key}" for key in STAGE_COUNTS if (n := _number(metadata.get(key))) is not None and
              (n or key == "files")]
    return f"{materialization.asset_key.to_user_string()} {', '.join(parts)}"


def _problem(entry) -> str | None:
    event = entry.dagster_event
    if event is not None and event.event_type == DagsterEventType.ASSET_CHECK_EVALUATION:
        check = event.event_specific_data
        if not check.passed:
            return f"WARNING check {check.asset_key.to_user_string()}:{check.check_name} failed"
        return None
    if entry.level < logging.WARNING:
        return None
    text = f"{logging.getLevelName(entry.level)} {entry.step_key or 'run'}: {entry.message}"
    error = getattr(getattr(event, "event_specific_data", None), "error", None)
    if error is not None and getattr(error, "message", ""):
        text += " " + error.message.strip().splitlines()[0]
    return text


def _log_line(entry) -> str:
    when = datetime.fromtimestamp(entry.timestamp, UTC).strftime("%Y-%m-%d %H:%M:%S")
    return (f"{when} {logging.getLevelName(entry.level)} {entry.run_id[:8]} {entry.step_key or '-'} "
            f"{entry.message}")


def run_report(instance: DagsterInstance, run_id: str) -> RunReport:
    """Stage lines, problems and the full log of run `run_id` from `instance`'s event log."""
    report = RunReport()
    started: dict[str, float] = {}
    materialized: dict[str, list[str]] = {}
    for entry in instance.all_logs(run_id):
        report.log.append(_log_line(entry))
        problem = _problem(entry)
        if problem:
            report.problems.append(problem)
        event = entry.dagster_event
        if event is None or not entry.step_key:
            continue
        if event.event_type == DagsterEventType.STEP_START:
            started[entry.step_key] = entry.timestamp
        elif event.event_type == DagsterEventType.ASSET_MATERIALIZATION:
            materialized.setdefault(entry.step_key, []).append(_counts(event.event_specific_data.materialization))
        elif event.event_type in STEP_ENDS:
            seconds = entry.timestamp - started.get(entry.step_key, entry.timestamp)
            what = "; ".join(materialized.get(entry.step_key, [])) or entry.step_key
            status = "" if event.event_type == DagsterEventType.STEP_SUCCESS else f" {event.event_type.value}"
            report.stages.append(f"{what} ({seconds:.1f} s){status}")
    return report
