"""Assembles assets, checks, jobs, schedules and resources; nothing else."""

from dagster import Definitions

from .defs.automation import landing_day_job, nightly_job, nightly_schedule, publish_job
from .defs.facts import facts
from .defs.ingest import articles
from .defs.resources import NewsPaths
from .defs.sentences import sentences
from .defs.warehouse import warehouse

ASSETS = [articles, sentences, facts, warehouse]

defs = Definitions(
    assets=ASSETS,
    jobs=[landing_day_job, publish_job, nightly_job],
    schedules=[nightly_schedule],
    resources={"paths": NewsPaths()},
)
