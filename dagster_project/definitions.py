"""Assembles assets, checks, jobs, schedules, sensors and resources; nothing else."""

from dagster import Definitions, in_process_executor

from .defs.automation import landing_day_job, nightly_job, nightly_schedule, publish_job
from .defs.facts import facts
from .defs.ingest import articles
from .defs.quality import dev_set_quality
from .defs.report import report
from .defs.resources import NewsPaths
from .defs.sensors import landing_day_sensor
from .defs.sentences import sentences
from .defs.warehouse import warehouse

ASSETS = [articles, sentences, facts, warehouse, report]

defs = Definitions(
    assets=ASSETS,
    jobs=[landing_day_job, publish_job, nightly_job],
    asset_checks=[dev_set_quality],
    schedules=[nightly_schedule],
    sensors=[landing_day_sensor],
    resources={"paths": NewsPaths()},
    # A landing day's steps run one after the other (articles -> sentences -> facts), so a run
    # gains nothing from a process per step; days run in parallel as separate runs instead.
    executor=in_process_executor,
)
