"""The Dagster instance of DAGSTER_HOME, opened so that processes starting together do not race.

Dagster creates the SQLite schema of a new home (runs, event log, schedules) when the first
process opens it, without a lock: two builds started together on a new DAGSTER_HOME both run
`CREATE TABLE`, and the loser fails with "table jobs already exists". Opening the instance
under an exclusive file lock in the home serializes only that creation; the lock is released as
soon as the instance is open (the OS releases it too if the process dies), so runs themselves go
on in parallel.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from dagster import DagsterInstance

LOCK_NAME = ".news-warehouse-instance.lock"


def home_instance() -> DagsterInstance:
    """`DagsterInstance.get()` under the home's creation lock (DAGSTER_HOME must be set)."""
    home = Path(os.environ["DAGSTER_HOME"]).expanduser()
    if not home.is_dir():  # Dagster's own error says what is wrong
        return DagsterInstance.get()
    with open(home / LOCK_NAME, "a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            return DagsterInstance.get()
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
