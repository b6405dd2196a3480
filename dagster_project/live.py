"""Progress within a landing day while it runs, for the `build` command's progress bar.

The assets call `report(day, stage, done, total, detail)` as they go (files and records read,
articles extracted). Nothing listens unless a process installed a sink with `set_sink`: the
`build` command does, in itself or in each of its worker processes (which forward to the parent
over a queue); runs launched by the Dagster daemon have none and the calls cost a time check.
Updates are passed on at most every `EVERY_SECONDS` per stage, plus the last one (done == total).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Update:
    day: str
    stage: str  # "articles", "facts"
    done: float
    total: float | None  # None: unknown
    detail: str = ""  # "12,000 records, file 3/12"
    at: float = 0.0  # time.time() when reported

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return max(0.0, min(1.0, self.done / self.total))


Sink = Callable[[Update], None]
EVERY_SECONDS = 0.2

_sink: Sink | None = None
_last: dict[tuple[str, str], float] = {}


def set_sink(sink: Sink | None) -> None:
    global _sink
    _sink = sink
    _last.clear()


def active() -> bool:
    return _sink is not None


def report(day: str, stage: str, done: float, total: float | None, detail: str = "", force: bool = False) -> None:
    sink = _sink
    if sink is None:
        return
    now = time.time()
    key = (day, stage)
    final = total is not None and done >= total
    if not (force or final) and now - _last.get(key, 0.0) < EVERY_SECONDS:
        return
    _last[key] = now
    try:
        sink(Update(day, stage, done, total, detail, now))
    except Exception:  # noqa: BLE001 - progress must never fail a run
        pass
