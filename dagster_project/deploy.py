"""Where the same definitions run: this machine (default) or Kubernetes (NEWS_EXECUTOR=k8s).

On Kubernetes (deploy/k8s/) every run is a Kubernetes Job (the instance's K8sRunLauncher), and
with NEWS_EXECUTOR=k8s every step of a run gets a Job of its own too (`k8s_job_executor`), so a
backfill of many landing days spreads over the cluster: landing days are the unit of parallelism
(one run per landing day, as many at once as the run queue allows), and within a day ingest,
extraction and the facts run as separate pods. The `warehouse` asset stays one writer at a time
(pool `warehouse_writer`, limit 1).

    dagster definitions validate -m dagster_project.deploy      # the code location on Kubernetes

`defs` here is `dagster_project.definitions.defs` with the executor NEWS_EXECUTOR names (unset or
`default`: the executor definitions.py chose, in-process: a landing day's steps run one after the
other in the run's pod).
"""

from __future__ import annotations

import os

from dagster import Definitions, ExecutorDefinition, in_process_executor, multiprocess_executor

EXECUTORS = ("default", "multiprocess", "in_process", "k8s")


def executor_name() -> str:
    name = (os.environ.get("NEWS_EXECUTOR") or "default").strip().lower()
    if name not in EXECUTORS:
        raise ValueError(f"NEWS_EXECUTOR={name!r}: expected one of {', '.join(EXECUTORS)}")
    return name


def executor() -> ExecutorDefinition | None:
    """The executor NEWS_EXECUTOR asks for; None keeps Dagster's default (multiprocess)."""
    name = executor_name()
    if name == "k8s":
        from dagster_k8s import k8s_job_executor  # the `k8s` extra: pip install -e '.[k8s]'

        # One pod per step; at most 4 steps of one run at once (a landing day has 3 steps in a chain).
        # Resources per step pod come from the run launcher's run_k8s_config or from the op tag
        # dagster-k8s/config.
        return k8s_job_executor.configured({"max_concurrent": 4})
    if name == "multiprocess":
        return multiprocess_executor
    if name == "in_process":
        return in_process_executor
    return None


def with_executor(base: Definitions, chosen: ExecutorDefinition | None) -> Definitions:
    """`base` with its executor replaced (None: `base` as it is)."""
    if chosen is None:
        return base
    return Definitions(
        assets=base.assets, asset_checks=base.asset_checks, jobs=base.jobs, schedules=base.schedules,
        sensors=base.sensors, resources=base.resources, loggers=base.loggers, metadata=base.metadata,
        executor=chosen,
    )


def _definitions() -> Definitions:
    from .definitions import defs as base

    return with_executor(base, executor())


defs = _definitions()
