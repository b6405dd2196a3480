"""The operator's path through the Dagster UI, clicked in headless Chromium: lineage, the backfill
dialog of every asset with all landing days (Materialize all, All: no range typed), the backfill's
page, and a landing day's metadata; a screenshot of each into docs/images/. Then checks that the backfill made one run
per landing day and one publish, and that the UI offered exactly the landing days of the raw folder.

    .venv/bin/python benchmarks/ui_backfill.py [--raw-dir data/raw] [--out docs/images] [--keep]

Real parts only: `dagster dev` (webserver and daemon) on 127.0.0.1 and a free port, with a
temporary DAGSTER_HOME (a copy of .dagster_home/dagster.yaml) and a temporary copy of the raw
folder, lake and warehouse; Debian's `chromium` (apt-get install chromium) driven through the
Chrome DevTools Protocol over a websocket (the `websockets` package of the dev extra). Both run in
process groups of their own and are stopped by their PID (SIGTERM to the group, then SIGKILL).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from websockets.sync.client import connect

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LANDING_ASSETS = ["articles", "sentences", "visits", "documents", "trade_energy_mentions"]
WIDTH, HEIGHT = 1600, 1000


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_group(proc: subprocess.Popen, name: str) -> None:
    """SIGTERM to the process group the process leads (its children too), SIGKILL after 30 s."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            say(f"{name} did not stop in 30 s: SIGKILL")
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # whatever of the group is left (code servers, run workers)
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)


def http_json(url: str, body: dict | None = None, timeout: float = 60) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return json.load(resp)
    except urllib.error.HTTPError as err:  # GraphQL errors come back as HTTP 4xx/5xx with a body
        return json.loads(err.read().decode(errors="replace") or "{}")


class Dagster:
    """`dagster dev` on a temporary home and temporary copies of the data."""

    def __init__(self, root: Path, raw_dir: Path):
        self.root = root
        self.home = root / "dagster_home"
        self.home.mkdir(parents=True)
        shutil.copy(REPO / ".dagster_home" / "dagster.yaml", self.home / "dagster.yaml")
        self.raw = root / "raw"
        shutil.copytree(raw_dir, self.raw)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "DAGSTER_HOME": str(self.home), "NEWS_RAW_DIR": str(self.raw),
                    "NEWS_LAKE_DIR": str(root / "lake"), "NEWS_WAREHOUSE": str(root / "warehouse" / "news.duckdb")}
        self.proc: subprocess.Popen | None = None
        self.log = root / "dagster_dev.log"

    def start(self) -> None:
        # What `make dev` does: the landing-day folders become partitions, then the UI and the daemon.
        days = subprocess.run([sys.executable, "-m", "dagster_project", "days"], cwd=REPO, env=self.env,
                              capture_output=True, text=True, timeout=300)
        if days.returncode:
            raise SystemExit(f"registering the landing days failed:\n{days.stdout}{days.stderr}")
        say(days.stdout.strip())
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [str(BIN / "dagster"), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(self.port)],
                cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        say(f"dagster dev (pid {self.proc.pid}) on {self.url}, DAGSTER_HOME={self.home}")

    def stop(self) -> None:
        if self.proc is not None:
            stop_group(self.proc, "dagster dev")

    def graphql(self, query: str, **variables) -> dict:
        payload = http_json(f"{self.url}/graphql", {"query": query, "variables": variables})
        if payload.get("errors"):
            raise RuntimeError(f"GraphQL: {payload['errors']}")
        return payload["data"]

    def wait_until_ready(self, timeout: float = 240) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit("dagster dev exited:\n" + self.log.read_text(errors="replace")[-3000:])
            try:
                data = self.graphql("""{ workspaceOrError { ... on Workspace { locationEntries {
                    loadStatus locationOrLoadError { __typename ... on PythonError { message } } } } } }""")
                entry = data["workspaceOrError"]["locationEntries"][0]
                loc = entry["locationOrLoadError"]
                if loc and loc["__typename"] == "PythonError":
                    raise SystemExit("the code location failed to load: " + loc["message"])
                if entry["loadStatus"] == "LOADED" and loc:
                    daemons = self.graphql("{ instance { daemonHealth { allDaemonStatuses { daemonType healthy } } } }")
                    healthy = {d["daemonType"] for d in daemons["instance"]["daemonHealth"]["allDaemonStatuses"]
                               if d["healthy"]}
                    if "BACKFILL" in healthy:
                        return
            except (OSError, RuntimeError, KeyError, IndexError, TypeError):
                pass
            time.sleep(1)
        raise SystemExit("the webserver or the daemon did not come up:\n" + self.log.read_text(errors="replace")[-3000:])

    def partition_keys(self, asset: str = "articles") -> list[str]:
        data = self.graphql("""query($path: [String!]!) { assetNodeOrError(assetKey: {path: $path}) {
            ... on AssetNode { partitionKeys } } }""", path=[asset])
        return data["assetNodeOrError"]["partitionKeys"]

    def backfills(self) -> list[dict]:
        data = self.graphql("""{ partitionBackfillsOrError(limit: 10) { ... on PartitionBackfills { results {
            id status isAssetBackfill numPartitions error { message }
            runs { runId status assetSelection { path } tags { key value } } } } } }""")
        return data["partitionBackfillsOrError"]["results"]


class Chromium:
    """Headless Chromium and one page, driven over the DevTools Protocol."""

    def __init__(self, root: Path):
        self.profile = root / "chromium-profile"
        self.profile.mkdir(parents=True)
        exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not exe:
            raise SystemExit("no chromium on PATH: apt-get install chromium")
        self.log = root / "chromium.log"
        with open(self.log, "wb") as log:
            # --no-sandbox: Chromium's sandbox refuses to run as root (this machine's user)
            self.proc = subprocess.Popen(
                [exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                 "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                 f"--user-data-dir={self.profile}", f"--window-size={WIDTH},{HEIGHT}", "about:blank"],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        say(f"chromium (pid {self.proc.pid})")
        port = self._devtools_port()
        pages = [t for t in http_json(f"http://127.0.0.1:{port}/json/list") if t.get("type") == "page"]
        self._connection = contextlib.ExitStack()
        self.ws = self._connection.enter_context(connect(pages[0]["webSocketDebuggerUrl"], max_size=None,
                                                         open_timeout=30))
        self.next_id = 0
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False)

    def _devtools_port(self, timeout: float = 60) -> int:
        active = self.profile / "DevToolsActivePort"  # written by Chromium once it listens
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit("chromium exited:\n" + self.log.read_text(errors="replace")[-3000:])
            if active.exists() and active.read_text().strip():
                return int(active.read_text().split()[0])
            time.sleep(0.2)
        raise SystemExit("chromium did not open its DevTools port:\n" + self.log.read_text(errors="replace")[-3000:])

    def stop(self) -> None:
        try:
            self._connection.close()
        except Exception:  # noqa: BLE001
            pass
        stop_group(self.proc, "chromium")

    # --- the protocol --------------------------------------------------------------------------
    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        call_id = self.next_id
        self.ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=120))
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            # events (Page.loadEventFired, console messages...) are not needed: pages are awaited by content

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:200]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    # --- what a person does ----------------------------------------------------------------------
    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.wait_for("document.readyState === 'complete'", f"{url} to load")

    def wait_for(self, expression: str, what: str, timeout: float = 90):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                value = self.js(expression)
            except RuntimeError:
                value = None
            if value:
                return value
            time.sleep(0.3)
        self.screenshot(Path(tempfile.gettempdir()) / "ui_backfill_timeout.png")
        raise SystemExit(f"timed out waiting for {what} (screenshot: {tempfile.gettempdir()}/ui_backfill_timeout.png)")

    def wait_for_text(self, text: str, timeout: float = 90) -> None:
        self.wait_for(f"document.body && document.body.innerText.includes({json.dumps(text)})", repr(text), timeout)

    FIND = """(() => {
        const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
        const text = (e) => (e.innerText || e.textContent || '').trim();
        const candidates = [...document.querySelectorAll(SELECTOR)].filter(visible);
        const match = candidates.filter((e) => PREDICATE);
        const e = match[match.length - 1];  // the innermost / last drawn (dialogs are drawn last)
        if (!e) return null;
        e.scrollIntoView({block: 'center', inline: 'center'});
        const r = e.getBoundingClientRect();
        return {x: r.x + r.width / 2, y: r.y + r.height / 2, text: text(e).slice(0, 80)};
    })()"""

    def click(self, selector: str = "button", text: str | None = None, starts: str | None = None,
              what: str = "", timeout: float = 60) -> str:
        """Clicks (mouse press and release at its centre) the last visible element matching the CSS
        selector, and its text when given; returns that element's text."""
        predicate = "true"
        if text is not None:
            predicate = f"text(e) === {json.dumps(text)}"
        elif starts is not None:
            predicate = f"text(e).startsWith({json.dumps(starts)})"
        expression = self.FIND.replace("SELECTOR", json.dumps(selector)).replace("PREDICATE", predicate)
        target = self.wait_for(expression, what or f"{selector} {text or starts or ''}", timeout)
        time.sleep(0.3)  # scrolled into view: let layout settle, then take the final position
        target = self.js(expression) or target
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=target["x"], y=target["y"], button="left",
                      clickCount=1 if kind != "mouseMoved" else 0)
        return target["text"]

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))


def check_backfill(dagster: Dagster, backfill: dict, days: list[str]) -> list[str]:
    """Problems with a finished backfill: it must have one run per landing day and one publish."""
    problems = []
    runs = backfill["runs"]
    if backfill["status"] not in ("COMPLETED", "COMPLETED_SUCCESS"):
        problems.append(f"backfill status {backfill['status']}: {backfill.get('error')}")
    if not backfill["isAssetBackfill"]:
        problems.append("not an asset backfill")
    if any(r["status"] != "SUCCESS" for r in runs):
        problems.append(f"runs not all successful: {[(r['runId'][:8], r['status']) for r in runs]}")
    per_day = sorted(dict((t["key"], t["value"]) for t in r["tags"]).get("dagster/partition") or "" for r in runs)
    if per_day != ["", *days]:
        problems.append(f"runs by partition {per_day}, expected one per landing day {days} and one publish")
    publish = [r for r in runs if {"path": ["warehouse"]} in (r["assetSelection"] or [])]
    if len(publish) != 1 or publish[0]["assetSelection"] != [{"path": ["warehouse"]}]:
        problems.append(f"expected exactly one publish run, got {len(publish)}")
    mats = dagster.graphql("""{ assetOrError(assetKey: {path: ["warehouse"]}) {
        ... on Asset { assetMaterializations { runId } } } }""")["assetOrError"]["assetMaterializations"]
    if [m["runId"] for m in mats] != [r["runId"] for r in publish]:
        problems.append(f"warehouse materialized {len(mats)} time(s)")
    return problems


def lineage(browser: Chromium, url: str, out: Path) -> None:
    """Lineage with every group open and the graph large enough to read each asset's partitions."""
    browser.open(f"{url}/asset-groups")
    browser.wait_for_text("Materialize all")
    time.sleep(2)
    if browser.js("[...document.querySelectorAll('button')].some((b) => b.innerText.trim() === 'Skip')"):
        browser.click("button", text="Skip", what="the newsletter dialog's Skip")  # first visit of a new instance
    # Lineage opens with the groups collapsed: a click on a collapsed group opens it.
    for _ in range(10):
        if not browser.js("document.querySelectorAll('[class*=collapsedGroupNodeContainer]').length"):
            break
        browser.click("[class*=collapsedGroupNodeContainer]", what="a collapsed group")
        time.sleep(1.5)
    browser.open(f"{url}/asset-groups")  # the open groups are remembered; the graph is fitted to the page
    browser.wait_for_text("documents")
    time.sleep(2)
    browser.click("button", text="Hide navigation")
    browser.js("""(() => { const icons = [...document.querySelectorAll(
        'button [role=img][aria-label=panel_show_right]')];  // the last one hides the asset sidebar
        icons[icons.length - 1].closest('button').setAttribute('data-ui-backfill', 'sidebar'); })()""")
    browser.click("button[data-ui-backfill=sidebar]", what="the sidebar toggle")
    time.sleep(1.5)
    # Zoom in (Ctrl + wheel) on the middle of the groups until the assets show their details.
    box = browser.js("""(() => { const rs = [...document.querySelectorAll('foreignObject.group')].map(
        (e) => e.getBoundingClientRect()); if (!rs.length) return null;
        const x0 = Math.min(...rs.map((r) => r.left)), x1 = Math.max(...rs.map((r) => r.right));
        const y0 = Math.min(...rs.map((r) => r.top)), y1 = Math.max(...rs.map((r) => r.bottom));
        return {x: (x0 + x1) / 2, y: (y0 + y1) / 2}; })()""")
    if box:
        browser.call("Input.dispatchMouseEvent", type="mouseWheel", x=box["x"], y=box["y"], deltaX=0, deltaY=-60,
                     modifiers=2)
    browser.wait_for_text("partitions")
    time.sleep(2)
    browser.screenshot(out / "ui_lineage.png")


def run(raw_dir: Path, out: Path, root: Path) -> int:
    from dagster_project.defs.partitions import landing_day_folders

    days, _ = landing_day_folders(raw_dir)
    dagster = Dagster(root, raw_dir)
    browser = None
    problems: list[str] = []
    try:
        dagster.start()
        dagster.wait_until_ready()
        listed = dagster.partition_keys()
        if listed != days:
            problems.append(f"the UI lists partitions {listed}, the raw folder has {days}")
        browser = Chromium(root)

        # 1. Lineage: the three groups opened, every asset with its partitions.
        lineage(browser, dagster.url, out)
        say("lineage: screenshot")

        # 2. The backfill dialog: "Materialize all", then "All" partitions: every landing day, no range typed.
        browser.click("button", starts="Materialize all", what="the 'Materialize all' button")
        browser.wait_for("document.querySelector('[role=dialog]')?.innerText.includes('Partition selection')",
                         "the launch dialog")
        browser.click("[role=dialog] button", text="All", what="the 'All' partitions button")
        browser.wait_for(f"document.querySelector('[role=dialog]').innerText.includes('{len(days)} partitions')",
                         f"{len(days)} partitions selected")
        time.sleep(1)
        browser.screenshot(out / "ui_backfill_dialog.png")
        dialog = browser.js("document.querySelector('[role=dialog]').innerText")
        missing = [d for d in days if d not in dialog]
        if missing or "materialize 6 assets" not in dialog:
            problems.append(f"the dialog does not offer all six assets and every landing day: {dialog[:600]!r}")
        say("backfill dialog: screenshot")
        before = {b["id"] for b in dagster.backfills()}
        browser.click("[role=dialog] button", text="Launch backfill", what="the 'Launch backfill' button")

        # 3. The backfill's page (its runs), once the backfill has finished.
        new: list[dict] = []
        deadline = time.time() + 60
        while time.time() < deadline and not new:
            new = [b for b in dagster.backfills() if b["id"] not in before]
            time.sleep(1)
        if not new:
            raise SystemExit("no backfill was created by the Launch button")
        backfill_id = new[0]["id"]
        say(f"backfill {backfill_id} launched")
        browser.open(f"{dagster.url}/runs/b/{backfill_id}")
        started = time.time()
        while True:
            backfill = next(b for b in dagster.backfills() if b["id"] == backfill_id)
            if backfill["status"] not in ("REQUESTED", "CANCELING", "FAILING"):
                break
            if time.time() - started > 900:
                raise SystemExit(f"the backfill did not finish in 15 minutes: {backfill['status']}")
            time.sleep(3)
        say(f"backfill {backfill['status']} in {time.time() - started:.0f} s, {len(backfill['runs'])} runs")
        browser.open(f"{dagster.url}/runs/b/{backfill_id}?tab=runs")
        browser.wait_for(f"document.body.innerText.split('Success').length - 1 >= {len(backfill['runs'])}",
                         "the backfill's runs")
        time.sleep(2)
        browser.screenshot(out / "ui_backfill_page.png")
        say("backfill page: screenshot")
        problems += check_backfill(dagster, backfill, days)

        # 4. A landing day's metadata: asset articles, tab Partitions, the day.
        day = days[-1]
        browser.open(f"{dagster.url}/assets/articles?view=partitions&partition={day}")
        browser.wait_for_text("per_file_note")
        time.sleep(2)
        browser.screenshot(out / "ui_partition_metadata.png")
        say(f"metadata of {day}: screenshot")
    finally:
        if browser is not None:
            browser.stop()
        dagster.stop()
    for problem in problems:
        say("PROBLEM " + problem)
    if not problems:
        say(f"ok: the UI listed the {len(days)} landing days of {raw_dir}; the backfill of all of them made one "
            f"run per day and one publish; screenshots in {out}")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw-dir", default=str(REPO / "data" / "raw"))
    parser.add_argument("--out", default=str(REPO / "docs" / "images"))
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, instance)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="ui-backfill-"))
    try:
        return run(Path(args.raw_dir).resolve(), Path(args.out).resolve(), root)
    finally:
        if args.keep:
            say(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
