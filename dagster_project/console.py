"""Where the `build` command's logging goes: the console gets progress (one line per landing day
and stage), warnings, errors and the result; the log file gets all of it plus every Dagster event
and the INFO chatter of the libraries (alembic, the publish's SQL files).

`--verbose` puts everything on the console as well (Dagster's own console log included).
"""

from __future__ import annotations

import logging
from pathlib import Path

# Loggers whose INFO lines are progress a person running the build wants to see.
PROGRESS_LOGGERS = ("news_warehouse.build",)
# The runs' Dagster event logs, copied after each run: for the log file only (with --verbose
# Dagster already printed them live).
RUN_LOG = "news_warehouse.runlog"


def default_log_file(warehouse: str) -> Path:
    """Beside the warehouse (data/warehouse/build.log for `make run`); the last build's log."""
    return Path(warehouse).resolve().parent / "build.log"


class _Console(logging.Filter):
    def __init__(self, verbose: bool):
        super().__init__()
        self.verbose = verbose

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == RUN_LOG:
            return False
        return self.verbose or record.levelno >= logging.WARNING or record.name in PROGRESS_LOGGERS


class _ConsoleFormat(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = record.getMessage()
        return text if record.levelno < logging.WARNING else f"{record.levelname} {text}"


def setup(verbose: bool = False, log_file: Path | None = None) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = logging.StreamHandler()
    console.addFilter(_Console(verbose))
    console.setFormatter(_ConsoleFormat())
    root.addHandler(console)
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        # The last build's log: emptied here, then appended to, because every Dagster run on a
        # persistent instance calls logging.config.dictConfig, which closes all handlers; a
        # FileHandler in "a" mode reopens its file on the next record, one in "w" mode stays closed.
        log_file.write_text("", encoding="utf-8")
        to_file = logging.FileHandler(log_file, mode="a", encoding="utf-8")
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root.addHandler(to_file)
