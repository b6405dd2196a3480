"""The landing-day sensor: a new or changed `data/raw/<day>/` folder requests that day's run.

Every tick also registers each landing-day folder that is not yet a partition (a dynamic
partitions request, applied before the tick's run requests), so a folder shows in the UI as a
partition on the next tick, even while it is still being copied.

Each tick walks the landing folders and fingerprints each one (relative path, size and mtime of
every file, see `landing_day_fingerprint`). A day is requested, as one `nightly_job` run for its
partition (ingest, extraction, publish), when its fingerprint is

- not the one remembered in the sensor's cursor (new or changed since the last tick), and
- settled: no file changed in the last NEWS_SENSOR_SETTLE_SECONDS, so a drop still being copied
  is not picked up half-way (it is requested on a later tick, once), and
- not the one recorded on the day's latest `articles` materialization (`raw_fingerprint`), so a
  day already ingested by a backfill, the schedule or the `build` command is not run again, also
  after the sensor's cursor was reset or on its very first tick.

The run key is `<day>:<fingerprint>`: the daemon never launches the same key twice, so an
unchanged folder never re-runs even if the cursor is lost. A failed run is not retried by the
sensor (its key is spent); re-run the day from the UI, or touch a file of the folder.
"""


import json
import os
import time

from dagster import (
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    sensor,
)

from .. import recovery
from .automation import ingested_fingerprint, nightly_job
from .partitions import landing_day_fingerprint, landing_day_folders, landing_days, new_landing_days
from .resources import NewsPaths

# How often the daemon evaluates the sensor, and how long a folder must be quiet before it is
# requested. Both can be lowered for tests and demos through the environment.
INTERVAL_SECONDS = int(os.environ.get("NEWS_SENSOR_INTERVAL_SECONDS", "60"))
SETTLE_SECONDS = float(os.environ.get("NEWS_SENSOR_SETTLE_SECONDS", "60"))


def run_key(day: str, fingerprint: str) -> str:
    return f"{day}:{fingerprint}"


@sensor(
    job=nightly_job,
    minimum_interval_seconds=INTERVAL_SECONDS,
    description="Requests one nightly_job run (ingest, extraction, publish) for each new or changed "
    "landing-day folder of the raw directory; run key = day + content fingerprint of the folder.",
)
def landing_day_sensor(context: SensorEvaluationContext, paths: NewsPaths) -> SensorResult:
    # Under `dagster dev` nothing else notices a run worker killed mid-publish; its pool slot would
    # block every later publish (see recovery.py). A failure here must not stop the sensor.
    try:
        recovery.recover(context.instance, say=context.log.warning)
    except Exception as err:  # noqa: BLE001
        context.log.warning(f"could not check for orphaned runs: {err!r}")
    known: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    days, _ = landing_day_folders(paths.raw_dir)
    now = time.time()
    requests: list[RunRequest] = []
    notes: list[str] = []
    seen: dict[str, str] = {}
    new_days = new_landing_days(context.instance, days)
    partition_requests = [landing_days.build_add_request(new_days)] if new_days else []
    if new_days:
        context.log.info(f"registering landing day partition(s) {', '.join(new_days)}")
    for day in days:
        fingerprint, n_files, newest = landing_day_fingerprint(paths.landing_dir(day))
        if known.get(day) == fingerprint:
            seen[day] = fingerprint
            continue
        if n_files == 0 or now - newest < SETTLE_SECONDS:
            notes.append(f"{day}: waiting for the folder to settle ({n_files} files)")
            if day in known:
                seen[day] = known[day]
            continue
        seen[day] = fingerprint
        if ingested_fingerprint(context.instance, day) == fingerprint:
            continue  # already ingested as it is now (backfill, schedule, build, earlier sensor run)
        context.log.info(f"landing day {day}: new or changed folder ({n_files} files), fingerprint {fingerprint}")
        requests.append(RunRequest(
            run_key=run_key(day, fingerprint),
            partition_key=day,
            tags={"news/trigger": "sensor", "news/raw_fingerprint": fingerprint},
        ))
    cursor = json.dumps(seen, sort_keys=True, separators=(",", ":"))
    if requests:
        return SensorResult(run_requests=requests, cursor=cursor, dynamic_partitions_requests=partition_requests)
    reason = "no new or changed landing-day folder" + (": " + "; ".join(notes[:5]) if notes else "")
    if new_days:
        reason = f"registered {len(new_days)} new landing day(s); " + reason
    return SensorResult(skip_reason=reason, cursor=cursor, dynamic_partitions_requests=partition_requests)
