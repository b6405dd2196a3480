"""End to end with the real Dagster services: `dagster-webserver` and `dagster-daemon` on a free
localhost port, with a temporary DAGSTER_HOME holding the repository's dagster.yaml and temporary
raw/lake/warehouse folders.

0. The landing days are registered as partitions the way `make dev` does it (`python -m
   dagster_project days`): the webserver lists exactly the folders of the raw directory.
1. A backfill of all landing days launched through GraphQL `launchPartitionBackfill` with
   `allPartitions` (no range typed), the call the UI makes for "select assets > Materialize > all
   partitions > Launch backfill": one run per day, then a single publish of the warehouse, which
   holds the three days' articles once.
2. The landing-day sensor turned on through GraphQL: its first tick leaves the backfilled days
   alone, a new folder becomes a partition and gets exactly one run, the tick after that none.

Every process started here is in its own session and is stopped (SIGTERM, then SIGKILL) at the end.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
import pytest
from conftest import REPO

pytestmark = pytest.mark.slow  # starts servers; still part of `make test` (about a minute)

BIN = Path(sys.executable).parent
DAYS = ["2026-01-05", "2026-01-06", "2026-01-07"]
NEW_DAY = "2026-01-08"
LANDING_ASSETS = ["articles", "sentences", "visits", "documents", "trade_energy_mentions"]
# the backfill is paced by the daemon's 30 s loop: 2-3 minutes idle, longer on a loaded machine
TIMEOUT = 420


def _articles(day: str) -> list[dict]:
    n = int(day[-2:])
    return [
        {"id": f"e2e:{day}:visit", "title": f"Visit {n}", "published_at": f"{day}T09:00:00Z", "source": "e2e",
         "text": f"President Vladimir Putin will visit China on day {n} at the invitation of Chinese President "
                 "Xi Jinping. The two sides plan to sign a joint statement on energy cooperation."},
        {"id": f"e2e:{day}:trade", "title": f"Trade {n}", "published_at": f"{day}T10:00:00Z", "source": "e2e",
         "text": f"Exports of crude oil from Norway to Britain rose {n} pct in the month, officials said."},
    ]


def write_day(raw: Path, day: str) -> None:
    path = raw / day / "articles.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(a) + "\n" for a in _articles(day)), encoding="utf-8")
    past = time.time() - 3600  # settled: the sensor waits for folders that are still changing
    os.utime(path, (past, past))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Dagster:
    """The webserver and the daemon of one temporary deployment, and a GraphQL client for it."""

    def __init__(self, root: Path, home: Path):
        self.root = root
        self.home = home
        self.raw, self.lake, self.warehouse = root / "raw", root / "lake", root / "warehouse" / "news.duckdb"
        shutil.copy(REPO / ".dagster_home" / "dagster.yaml", self.home / "dagster.yaml")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DAGSTER_HOME": str(self.home),
            "NEWS_RAW_DIR": str(self.raw),
            "NEWS_LAKE_DIR": str(self.lake),
            "NEWS_WAREHOUSE": str(self.warehouse),
            "NEWS_SENSOR_INTERVAL_SECONDS": "3",
            "NEWS_SENSOR_SETTLE_SECONDS": "1",
        }
        self.procs: list[subprocess.Popen] = []

    def register_days(self) -> None:
        """What `make dev` runs before `dagster dev`: every landing-day folder becomes a partition."""
        proc = subprocess.run([sys.executable, "-m", "dagster_project", "days"], cwd=REPO, env=self.env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert f"{len(DAYS)} landing day partition(s)" in proc.stdout, proc.stdout

    def partition_keys(self, asset: str = "articles") -> list[str]:
        data = self.graphql("""query($path: [String!]!) { assetNodeOrError(assetKey: {path: $path}) {
            ... on AssetNode { partitionKeys } } }""", path=[asset])
        return data["assetNodeOrError"]["partitionKeys"]

    def start(self, name: str) -> None:
        cmd = {
            "webserver": [str(BIN / "dagster-webserver"), "-w", "workspace.yaml", "-h", "127.0.0.1",
                          "-p", str(self.port)],
            "daemon": [str(BIN / "dagster-daemon"), "run", "-w", "workspace.yaml"],
        }[name]
        with open(self.root / f"{name}.log", "wb") as log:
            self.procs.append(subprocess.Popen(cmd, cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                               start_new_session=True))

    def stop(self) -> None:
        for proc in self.procs:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.time() + 30
        for proc in self.procs:
            try:
                proc.wait(timeout=max(1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                pass
            try:  # the whole group: code servers, run workers and step processes too
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(timeout=10)

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in self.root.glob("*.log"))

    def graphql(self, query: str, **variables) -> dict:
        body = json.dumps({"query": query, "variables": variables}).encode()
        req = urllib.request.Request(f"{self.url}/graphql", data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                payload = json.load(resp)
        except urllib.error.HTTPError as err:  # a resolver's PythonError comes back as HTTP 500 with data
            body = err.read().decode(errors="replace")
            try:
                payload = json.loads(body)
            except ValueError:
                pytest.fail(f"GraphQL HTTP {err.code}: {body[:3000]}")
        assert not payload.get("errors"), payload["errors"]
        return payload["data"]

    def wait_until_ready(self) -> tuple[str, str]:
        """Wait for the webserver and for the code location; (location name, repository name)."""
        deadline = time.time() + 120
        while time.time() < deadline:
            assert all(p.poll() is None for p in self.procs), "a Dagster process exited:\n" + self.logs()
            try:
                urllib.request.urlopen(f"{self.url}/server_info", timeout=5).read()
                data = self.graphql("""{ workspaceOrError { ... on Workspace { locationEntries {
                    name loadStatus locationOrLoadError { __typename
                      ... on RepositoryLocation { repositories { name } }
                      ... on PythonError { message } } } } } }""")
                entry = data["workspaceOrError"]["locationEntries"][0]
                loc = entry["locationOrLoadError"]
                if loc and loc["__typename"] == "PythonError":
                    pytest.fail("code location failed to load: " + loc["message"])
                if entry["loadStatus"] == "LOADED" and loc:
                    return entry["name"], loc["repositories"][0]["name"]
            except OSError:
                pass
            time.sleep(1)
        pytest.fail("the Dagster webserver did not come up:\n" + self.logs())

    def wait_for(self, what: str, predicate, timeout: float = TIMEOUT, every: float = 1.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = predicate()
            if value:
                return value
            assert all(p.poll() is None for p in self.procs), "a Dagster process exited:\n" + self.logs()
            time.sleep(every)
        pytest.fail(f"timed out waiting for {what}\n" + self.logs())

    def materializations(self, asset: str) -> list[dict]:
        data = self.graphql("""query($path: [String!]!) { assetOrError(assetKey: {path: $path}) {
            ... on Asset { assetMaterializations { runId partition } } } }""", path=[asset])
        return data["assetOrError"].get("assetMaterializations") or []


@pytest.fixture(scope="module")
def dagster(tmp_path_factory, in_memory_dir):
    stack = Dagster(tmp_path_factory.mktemp("e2e"), in_memory_dir("e2e_dagster_home"))
    for day in DAYS:
        write_day(stack.raw, day)
    (stack.raw / "notes").mkdir()  # not a landing day: never a partition
    stack.register_days()
    try:
        # One after the other: both would create the fresh DAGSTER_HOME's SQLite storage at once.
        stack.start("webserver")
        stack.location, stack.repository = stack.wait_until_ready()
        stack.start("daemon")
        yield stack
    finally:
        stack.stop()
    assert all(p.poll() is not None for p in stack.procs)


def test_ui_shows_the_graph_partitions_checks_schedule_and_sensor(dagster):
    """What `make dev` shows, asked of the webserver the way its pages ask."""
    repo = dagster.graphql("""{ repositoriesOrError { ... on RepositoryConnection { nodes {
        schedules { name cronSchedule executionTimezone } sensors { name targets { pipelineName } }
        jobs { name }
        assetNodes { assetKey { path } isPartitioned opVersion partitionDefinition { description }
          assetChecksOrError { ... on AssetChecks { checks { name } } } } } } } }""")["repositoriesOrError"]["nodes"][0]
    assert [(s["name"], s["cronSchedule"], s["executionTimezone"]) for s in repo["schedules"]] == [
        ("nightly_schedule", "0 2 * * *", "UTC")]
    assert [(s["name"], s["targets"][0]["pipelineName"]) for s in repo["sensors"]] == [
        ("landing_day_sensor", "nightly_job")]
    assert {"nightly_job", "landing_day_job", "publish_job"} <= {j["name"] for j in repo["jobs"]}
    nodes = {"/".join(n["assetKey"]["path"]): n for n in repo["assetNodes"]}
    assert set(nodes) == {*LANDING_ASSETS, "warehouse", "report"}
    assert all(nodes[a]["isPartitioned"] and nodes[a]["opVersion"] for a in LANDING_ASSETS)
    assert nodes["articles"]["partitionDefinition"]["description"] == 'Dynamic partitions: "landing_day"'
    # exactly the landing-day folders, oldest first (not 9,000 days since 2000)
    assert dagster.partition_keys() == DAYS
    assert all(dagster.partition_keys(a) == DAYS for a in LANDING_ASSETS)
    checks = {a: {c["name"] for c in n["assetChecksOrError"]["checks"]} for a, n in nodes.items()}
    assert "dev_set_quality" in checks["warehouse"] and checks["visits"]
    daemons = dagster.graphql("""{ instance { daemonHealth { allDaemonStatuses { daemonType required } } } }""")
    types = {d["daemonType"] for d in daemons["instance"]["daemonHealth"]["allDaemonStatuses"]}
    assert {"SCHEDULER", "SENSOR", "BACKFILL", "QUEUED_RUN_COORDINATOR"} <= types


LAUNCH = """mutation($params: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams: $params) {
    __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message }
    ... on InvalidStepError { invalidStepKey } ... on InvalidOutputError { invalidOutputName } } }"""

BACKFILL = """query($id: String!) { partitionBackfillOrError(backfillId: $id) { __typename
    ... on PartitionBackfill { status isAssetBackfill error { message }
      runs { runId status startTime endTime assetSelection { path } tags { key value } } } } }"""


def test_backfill_of_all_landing_days_publishes_the_warehouse_once(dagster):
    started = time.time()
    params = {"assetSelection": [{"path": [a]} for a in [*LANDING_ASSETS, "warehouse"]],
              "allPartitions": True, "fromFailure": False, "tags": [], "title": "e2e: all landing days"}
    launched = dagster.graphql(LAUNCH, params=params)["launchPartitionBackfill"]
    if "non-subsettable multi-asset" in str(launched):
        pytest.fail("Dagster 1.13.27 refused the backfill because of a non-subsettable partitioned multi-asset "
                    "(see test_automation.py::test_partitioned_multi_assets_are_subsettable_so_ui_backfills_launch): "
                    + str(launched))
    assert launched["__typename"] == "LaunchBackfillSuccess", launched
    backfill_id = launched["backfillId"]

    def finished():
        bf = dagster.graphql(BACKFILL, id=backfill_id)["partitionBackfillOrError"]
        return bf if bf["status"] not in ("REQUESTED", "CANCELING", "FAILING") else None

    backfill = dagster.wait_for("the backfill", finished, every=2)
    assert backfill["isAssetBackfill"]
    assert backfill["status"] in ("COMPLETED", "COMPLETED_SUCCESS"), backfill
    runs = backfill["runs"]
    assert all(r["status"] == "SUCCESS" for r in runs), runs
    # one run per landing day for ingest + extraction, one run for the publish
    per_day = sorted(dict((t["key"], t["value"]) for t in r["tags"]).get("dagster/partition") or "" for r in runs)
    assert per_day == ["", *DAYS], runs
    publish = [r for r in runs if {"path": ["warehouse"]} in (r["assetSelection"] or [])]
    assert len(publish) == 1 and publish[0]["assetSelection"] == [{"path": ["warehouse"]}]

    # the warehouse was materialized exactly once, by that run, and holds each article once
    mats = dagster.materializations("warehouse")
    assert [m["runId"] for m in mats] == [publish[0]["runId"]]
    con = duckdb.connect(str(dagster.warehouse), read_only=True)
    try:
        ids = sorted(r[0] for r in con.sql("select external_id from articles").fetchall())
        assert ids == sorted(a["id"] for day in DAYS for a in _articles(day))
        assert con.sql("select count(*) from visits").fetchall()[0][0] >= 3
    finally:
        con.close()

    # every partition carries the current code versions: nothing is stale after the backfill
    for asset in LANDING_ASSETS:
        node = dagster.graphql("""query($path: [String!]!, $days: [String!]!) {
            assetNodeOrError(assetKey: {path: $path}) { ... on AssetNode { staleStatusByPartition(partitions: $days)
            } } }""", path=[asset], days=DAYS)["assetNodeOrError"]
        assert node["staleStatusByPartition"] == ["FRESH"] * len(DAYS), (asset, node)
    timings = [(r["runId"][:8], r["startTime"], r["endTime"]) for r in runs]
    print(f"backfill of {len(DAYS)} days: {len(runs)} runs in {time.time() - started:.0f} s", sorted(timings, key=lambda t: t[1]))


SENSOR_SELECTOR = "{repositoryLocationName: $loc, repositoryName: $repo, sensorName: \"landing_day_sensor\"}"
TICKS = """query($loc: String!, $repo: String!) { sensorOrError(sensorSelector: SELECTOR) { __typename
    ... on Sensor { sensorState { status ticks(limit: 20) { id status timestamp runIds runKeys skipReason
      error { message } } } } } }""".replace("SELECTOR", SENSOR_SELECTOR)


def test_sensor_requests_one_run_for_a_new_landing_day_and_none_on_the_next_tick(dagster):
    started = time.time()
    sel = {"loc": dagster.location, "repo": dagster.repository}
    ingested = {m["partition"] for m in dagster.materializations("articles")}  # before the sensor's own runs
    start = """mutation($loc: String!, $repo: String!) { startSensor(sensorSelector: SELECTOR) {
        __typename ... on Sensor { sensorState { status } } ... on PythonError { message } } }"""
    result = dagster.graphql(start.replace("SELECTOR", SENSOR_SELECTOR), **sel)["startSensor"]
    assert result["__typename"] == "Sensor" and result["sensorState"]["status"] == "RUNNING", result

    def ticks():
        state = dagster.graphql(TICKS, **sel)["sensorOrError"]["sensorState"]
        return sorted(state["ticks"], key=lambda t: t["timestamp"])

    def done_ticks():
        return [t for t in ticks() if t["status"] != "STARTED"]

    # first tick: days already ingested as they are (by the backfill above) are left alone
    first = dagster.wait_for("the sensor's first tick", lambda: done_ticks(), timeout=90)
    requested = [key.split(":")[0] for t in first for key in t["runKeys"]]
    assert sorted(requested) == sorted(set(DAYS) - ingested), (first, ingested)
    baseline = {t["id"] for t in first}

    write_day(dagster.raw, NEW_DAY)
    assert NEW_DAY not in dagster.partition_keys()
    fired = dagster.wait_for("a tick with a run",
                             lambda: [t for t in done_ticks() if t["runIds"] and t["id"] not in baseline], timeout=90)
    assert len(fired) == 1 and len(fired[0]["runIds"]) == 1, fired
    assert fired[0]["runKeys"][0].startswith(f"{NEW_DAY}:"), fired
    run_id = fired[0]["runIds"][0]

    # the next tick requests nothing
    after = dagster.wait_for("the tick after", lambda: [t for t in done_ticks() if t["timestamp"] > fired[0]["timestamp"]],
                             timeout=90)
    assert after[0]["status"] == "SKIPPED" and not after[0]["runIds"], after

    # the run it requested is the nightly job for that day: ingest, extraction and a publish
    def run_done():
        run = dagster.graphql("""query($id: ID!) { runOrError(runId: $id) { ... on Run { status jobName
            tags { key value } } } }""", id=run_id)["runOrError"]
        return run if run["status"] in ("SUCCESS", "FAILURE", "CANCELED") else None

    run = dagster.wait_for("the sensor's run", run_done, every=2)
    assert dagster.partition_keys() == [*DAYS, NEW_DAY]  # registered by the sensor's tick
    tags = {t["key"]: t["value"] for t in run["tags"]}
    assert (run["status"], run["jobName"], tags["dagster/partition"]) == ("SUCCESS", "nightly_job", NEW_DAY)
    assert all(t["runIds"] == [] for t in done_ticks() if t["id"] not in baseline and t["id"] != fired[0]["id"])
    con = duckdb.connect(str(dagster.warehouse), read_only=True)
    try:
        new = con.execute("select count(*) from articles where external_id like ?", [f"e2e:{NEW_DAY}:%"]).fetchall()
        assert new[0][0] == 2
    finally:
        con.close()
    # the nightly job writes the report after the publish, beside the warehouse
    report = dagster.warehouse.parent / "report.html"
    assert report.exists() and report.stat().st_size > 0 and "Where the trips went" in report.read_text("utf-8")
    print(f"sensor: one run for {NEW_DAY}, next tick skipped, in {time.time() - started:.0f} s")
