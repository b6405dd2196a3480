"""A process pool for the per-article Python work, started once and reused.

The extraction rules are Python, so they scale over processes, not threads. Starting a worker
costs about a second (a fresh interpreter imports Polars and builds the gazetteer), so one pool
serves every call in a process: every batch of a benchmark, every call of a long-lived process.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from .entities import gazetteer

T = TypeVar("T")
R = TypeVar("R")

_pool: ProcessPoolExecutor | None = None
_pool_size = 0


def default_workers() -> int:
    """Extraction processes: one per core (NEWS_EXTRACT_WORKERS overrides)."""
    return int(os.environ.get("NEWS_EXTRACT_WORKERS") or os.cpu_count() or 1)


def pool(workers: int) -> Executor:
    """The shared pool with `workers` processes (restarted if a different size is asked for)."""
    global _pool, _pool_size
    if _pool is not None and _pool_size != workers:
        shutdown()
    if _pool is None:
        # spawn, not fork: forking a process whose Polars thread pool is running can deadlock
        # the child. Each worker builds its own gazetteer once, at start.
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                    initializer=_start_worker)
        _pool_size = workers
    return _pool


def _start_worker() -> None:
    # The workers already use every core between them: one Polars thread each avoids
    # oversubscription (read when Polars first starts its thread pool, which is after this).
    os.environ["POLARS_MAX_THREADS"] = "1"
    gazetteer()


def shutdown() -> None:
    global _pool, _pool_size
    if _pool is not None:
        _pool.shutdown(cancel_futures=True)
    _pool, _pool_size = None, 0


atexit.register(shutdown)


def map_chunks(fn: Callable[[T], R], chunks: list[T], workers: int) -> Iterator[R]:
    """fn over chunks, in order: in this process when one worker (or one chunk) is enough,
    else in the shared pool. A dead worker (killed for memory, say) discards the pool so the
    next call starts a fresh one, and the error goes up."""
    if workers <= 1 or len(chunks) <= 1:
        yield from map(fn, chunks)
        return
    try:
        yield from pool(workers).map(fn, chunks)
    except BrokenProcessPool:
        shutdown()
        raise


def warm_up(workers: int) -> None:
    """Start the workers now (their start-up then does not count against the first batch)."""
    if workers > 1:
        list(pool(workers).map(_polars_threads, range(workers)))


def _polars_threads(_: object) -> int:
    import polars as pl

    return pl.thread_pool_size()

