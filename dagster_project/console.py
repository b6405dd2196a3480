"""Where the `build` command's logging goes: the console gets progress (one line per landing day
and stage), warnings, errors and the result; the log file gets all of it plus every Dagster event
and the INFO chatter of the libraries (alembic, the publish's SQL files).

While a landing day runs, `ProgressDisplay` shows how far it is (records read, articles
extracted, from `live.report` in the assets): on a terminal, a bar per day in progress below the
log lines, redrawn in place and erased when the day's lines are printed; otherwise (a pipe, a
file, CI) a plain line per stage every NEWS_PROGRESS_SECONDS (30) once a stage runs that long,
so short days print nothing more.

`--verbose` puts everything on the console as well (Dagster's own console log included), with
plain progress lines instead of bars.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import threading
import time
from pathlib import Path

from .live import Update

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


BAR_WIDTH = 24


def _env_seconds(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


class ProgressDisplay:
    """The landing days in progress: bars on a terminal (`tty`), else periodic plain lines through
    `say`. `update` takes `live.Update`s (from any thread), `finish(day)` drops a day's bar."""

    def __init__(self, stream, tty: bool, say, plain_every: float | None = None, delay: float | None = None):
        self.stream = stream
        self.tty = tty
        self.say = say
        self.plain_every = _env_seconds("NEWS_PROGRESS_SECONDS", 30.0) if plain_every is None else plain_every
        # a bar appears once a stage has run this long: short days do not flicker
        self.delay = _env_seconds("NEWS_PROGRESS_DELAY", 1.0) if delay is None else delay
        self.lock = threading.RLock()
        self.current: dict[str, Update] = {}  # day -> its latest update
        self.started: dict[tuple[str, str], float] = {}
        self.last_plain: dict[tuple[str, str], float] = {}
        self.finished: set[str] = set()
        self.drawn = 0  # bar lines on the screen below the log
        self._ticker: threading.Thread | None = None
        self._stop = threading.Event()

    # --- updates -------------------------------------------------------------------------------
    def update(self, u: Update) -> None:
        with self.lock:
            if u.day in self.finished:
                return  # a late update from a worker's queue
            self.started.setdefault((u.day, u.stage), u.at or time.time())
            if u.total is not None and u.done >= u.total:
                self.current.pop(u.day, None)  # the stage is done; its lines follow with the day's
            else:
                self.current[u.day] = u
            self._start_ticker()
        self.refresh()

    def finish(self, day: str) -> None:
        with self.lock:
            self.finished.add(day)
            self.current.pop(day, None)
            if self.tty:
                self.clear()
                self.draw()

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=2)
        self._ticker, self._stop = None, threading.Event()
        with self.lock:
            self.current.clear()
            if self.tty:
                self.clear()

    def _start_ticker(self) -> None:
        if self._ticker is None:
            self._ticker = threading.Thread(target=self._tick, name="progress", daemon=True)
            self._ticker.start()

    def _tick(self) -> None:
        while not self._stop.wait(0.25 if self.tty else 1.0):
            self.refresh()

    def refresh(self) -> None:
        with self.lock:
            if self.tty:
                self.clear()
                self.draw()
            else:
                self._plain_lines()

    # --- plain lines ---------------------------------------------------------------------------
    def _plain_lines(self) -> None:
        now = time.time()
        for u in list(self.current.values()):
            key = (u.day, u.stage)
            since = self.last_plain.get(key, self.started[key])
            if self.plain_every > 0 and now - since >= self.plain_every:
                self.last_plain[key] = now
                self.say(f"{u.day} {u.stage}: {self._summary(u)}, {now - self.started[key]:.0f} s so far")

    @staticmethod
    def _summary(u: Update) -> str:
        pct = u.fraction
        return (u.detail or f"{u.done:,.0f}") + (f" ({pct:.0%})" if pct is not None else "")

    # --- bars ----------------------------------------------------------------------------------
    def bar_line(self, u: Update, now: float) -> str:
        pct = u.fraction
        filled = round(BAR_WIDTH * pct) if pct is not None else 0
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        share = f"{pct:4.0%}" if pct is not None else "   ?"
        seconds = now - self.started[(u.day, u.stage)]
        return f"{u.day} {u.stage:<8} [{bar}] {share} {u.detail}  {seconds:.0f} s"

    def lines(self, now: float | None = None) -> list[str]:
        now = time.time() if now is None else now
        shown = [u for u in self.current.values() if now - self.started[(u.day, u.stage)] >= self.delay]
        return [self.bar_line(u, now) for u in sorted(shown, key=lambda u: u.day)]

    def clear(self) -> None:
        """Erase the bars (the cursor is at the start of the line below them)."""
        if self.drawn:
            self.stream.write(f"\x1b[{self.drawn}A\x1b[J")
            self.stream.flush()
            self.drawn = 0

    def draw(self) -> None:
        lines = self.lines()
        if not lines:
            return
        width = max(20, shutil.get_terminal_size((100, 24)).columns - 1)  # never wrap: the erase counts lines
        self.stream.write("".join(line[:width] + "\n" for line in lines))
        self.stream.flush()
        self.drawn = len(lines)


class _LiveHandler(logging.StreamHandler):
    """The console handler: log lines go above the progress bars."""

    display: ProgressDisplay | None = None

    def emit(self, record: logging.LogRecord) -> None:
        display = self.display
        if display is None or not display.tty:
            super().emit(record)
            return
        with display.lock:
            display.clear()
            super().emit(record)
            display.draw()


_display: ProgressDisplay | None = None


def display() -> ProgressDisplay | None:
    """The progress display of the console set up by `setup`, if any."""
    return _display


def is_terminal(stream) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)()) and os.environ.get("TERM", "") != "dumb"


def setup(verbose: bool = False, log_file: Path | None = None) -> None:
    global _display
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = _LiveHandler(sys.stderr)
    _display = ProgressDisplay(sys.stderr, tty=is_terminal(sys.stderr) and not verbose,
                               say=logging.getLogger(PROGRESS_LOGGERS[0]).info)
    console.display = _display
    console.addFilter(_Console(verbose))
    console.setFormatter(_ConsoleFormat())
    root.addHandler(console)
    # Python warnings through the handler too: written straight to stderr, one would land between
    # the progress bars and the lines that erase them.
    logging.captureWarnings(True)
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        # The last build's log: emptied here, then appended to, because every Dagster run on a
        # persistent instance calls logging.config.dictConfig, which closes all handlers; a
        # FileHandler in "a" mode reopens its file on the next record, one in "w" mode stays closed.
        log_file.write_text("", encoding="utf-8")
        to_file = logging.FileHandler(log_file, mode="a", encoding="utf-8")
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root.addHandler(to_file)
