"""Throughput and memory at corpus scale (a benchmark, not a test): `make bench`.

    .venv/bin/python benchmarks/scale.py [--sizes 10k,100k,1m] [--work-dir /tmp/news-scale] [--no-nightly]

1. Reads the shared corpora once with the project's own readers and normalization (cached as
   Parquet under the work dir) and samples articles from them with replacement into JSON Lines
   landing days of 10,000 articles each. Every sampled article gets its own id (`bench:<n>`)
   and a unique last sentence ("Bench record <n>."), so deduplication by id or by text does not
   collapse the copies. The days of a smaller corpus are the first days of a bigger one.
2. For each size, runs the contract's build command on a fresh lake and warehouse, in a
   subprocess with its own DAGSTER_HOME, and measures the whole process tree (the build and its
   extraction workers) with psutil every 0.25 s: resident memory (RSS summed over the tree, and
   PSS, which counts pages shared by the forked workers once) and CPU time.
3. Per stage, from the Dagster event log of the run's steps: ingest (`articles`), extraction
   (`sentences` + the `facts` multi-asset), publish (`warehouse`): wall time (while any of the
   stage's steps ran), its share of the wall (each moment split equally among the steps running
   then, since two landing days run at once and one may be in ingest while the other extracts), CPU time,
   articles/s, peak memory during the stage, and row counts of what it wrote.
4. The nightly run: one more 10,000-article landing day on top of that history
   (`build --days DAY`: that day through ingest and extraction, then an incremental publish).
5. The floor: Polars reading every article's text from the lake and computing its length.

Everything is written under the work dir (default /tmp/news-scale), never in the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import polars as pl
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPORA = ROOT.parent / "shared" / "corpora"
POOL_CORPORA = ("reuters21578/sgm-data", "whitehouse_briefing_room", "bbc_news_2005", "tempeval3_timeml",
                "article_extraction_benchmark_html")
PER_DAY = 10_000
FIRST_DAY = date(2026, 1, 1)  # landing days must not be in the future
SAMPLE_EVERY = 0.5  # seconds between memory/CPU samples of the build's process tree (--sample-every)
STAGES = {"ingest": ("articles",), "extraction": ("sentences", "facts"), "publish": ("warehouse",)}


def parse_size(text: str) -> int:
    text = text.strip().lower()
    mult = 1_000_000 if text.endswith("m") else 1_000 if text.endswith("k") else 1
    return int(float(text.rstrip("mk")) * mult)


def label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k"


# ---- the corpus --------------------------------------------------------------------------------

def article_pool(work: Path) -> pl.DataFrame:
    """Every article of the shared corpora, read and normalized once by the project's own code."""
    cache = work / "pool.parquet"
    if cache.exists():
        return pl.read_parquet(cache)
    from dagster_project.ingest.normalize import normalize
    from dagster_project.readers import read_landing_day

    frames = []
    for folder in POOL_CORPORA:
        started = time.perf_counter()
        arts = normalize(read_landing_day(CORPORA / folder), FIRST_DAY).articles
        print(f"  pool: {folder}: {arts.height:,} articles in {time.perf_counter() - started:.1f} s", flush=True)
        frames.append(arts.select("source", "url", "title", "published_at", "text"))
    pool = pl.concat(frames)
    work.mkdir(parents=True, exist_ok=True)
    pool.write_parquet(cache)
    return pool


def landing_day(i: int) -> str:
    return (FIRST_DAY + timedelta(days=i)).isoformat()


def write_days(pool: pl.DataFrame, raw_all: Path, n_days: int) -> None:
    """Days 0..n_days-1 of the sampled corpus (days already written are kept)."""
    for i in range(n_days):
        folder = raw_all / landing_day(i)
        target = folder / "articles.jsonl"
        if target.exists():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        first = i * PER_DAY
        day = (
            pool.sample(PER_DAY, with_replacement=True, seed=i)
            .with_row_index("n", offset=first)
            .select(
                id=pl.format("bench:{}", pl.col("n")),
                source="source", url="url", title="title",
                published_at=pl.col("published_at").dt.strftime("%Y-%m-%dT%H:%M:%S%:z"),
                text=pl.concat_str(pl.col("text"), pl.format("\n\nBench record {}.", pl.col("n"))),
            )
        )
        tmp = folder / ".articles.jsonl.tmp"
        day.write_ndjson(tmp)
        os.replace(tmp, target)


def raw_for(raw_all: Path, dest: Path, days: list[str]) -> Path:
    """A landing folder holding the given days (symlinks to the generated ones)."""
    dest.mkdir(parents=True, exist_ok=True)
    for day in days:
        link = dest / day
        if not link.exists():
            link.symlink_to(raw_all / day, target_is_directory=True)
    return dest


# ---- measuring a process tree -------------------------------------------------------------------

class TreeSampler:
    """Samples RSS, PSS and cumulative CPU time of a process and all its descendants; CPU time is
    also kept per process (with its own descendants), to charge each Dagster step its process's CPU."""

    def __init__(self, pid: int, every: float = 0.25):
        self.root = psutil.Process(pid)
        self.every = every
        self.samples: list[tuple[float, int, int, float]] = []  # (time, rss, pss, cpu seconds of the tree)
        self.by_pid: list[tuple[float, dict[int, float]]] = []  # (time, pid -> CPU of its subtree)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            rss = pss = 0
            own: dict[int, float] = {}
            parent: dict[int, int] = {}
            for proc in procs:
                try:
                    mem = proc.memory_full_info()
                    times = proc.cpu_times()
                    parent[proc.pid] = proc.ppid()
                except psutil.Error:
                    continue
                rss += mem.rss
                pss += getattr(mem, "pss", mem.rss)
                # children_*: descendants already reaped (finished extraction workers)
                own[proc.pid] = times.user + times.system + times.children_user + times.children_system
            subtree = dict(own)
            for pid, cpu in own.items():
                p = parent.get(pid)
                while p in subtree and p != pid:
                    subtree[p] += cpu
                    p = parent.get(p)
            now = time.time()
            self.samples.append((now, rss, pss, subtree.get(self.root.pid, 0.0)))
            self.by_pid.append((now, subtree))
            self._stop.wait(self.every)

    def peak(self, start: float = 0.0, end: float = float("inf")) -> tuple[int, int]:
        inside = [s for s in self.samples if start <= s[0] <= end]
        if not inside:  # a step shorter than the sampling period: the nearest samples
            inside = [s for s in self.samples if s[0] <= start][-1:] + [s for s in self.samples if s[0] >= end][:1]
        return max(s[1] for s in inside), max(s[2] for s in inside)

    def cpu_of(self, pid: int, t: float) -> float:
        """CPU seconds used by process `pid` (with its descendants) up to time t (last sample before t)."""
        value = 0.0
        for when, subtree in self.by_pid:
            if when > t:
                break
            value = subtree.get(pid, value)
        return value


def run_build(args: list[str], env: dict) -> tuple[float, float, TreeSampler, str]:
    """(wall seconds, CPU seconds of the whole tree, sampler, stderr tail) of one build command."""
    before = os.times()
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "dagster_project", "build", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid, SAMPLE_EVERY) as sampler:
        _, err = proc.communicate()
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}):\n{err[-4000:]}")
    return wall, cpu, sampler, err


def step_intervals(dagster_home: Path, since: float) -> dict[str, list[tuple[float, float, int]]]:
    """step key -> [(start, end, pid)] of every step that ran after `since`, from the instance's event log."""
    from dagster import DagsterEventType, DagsterInstance

    out: dict[str, list[tuple[float, float, int]]] = {}
    with DagsterInstance.from_config(str(dagster_home)) as instance:
        for run in instance.get_runs():
            starts: dict[str, float] = {}
            for entry in instance.all_logs(run.run_id, of_type={DagsterEventType.STEP_START,
                                                                 DagsterEventType.STEP_SUCCESS}):
                if entry.timestamp < since:
                    continue
                key = entry.step_key
                if entry.dagster_event.event_type == DagsterEventType.STEP_START:
                    starts[key] = entry.timestamp
                elif key in starts:
                    out.setdefault(key, []).append((starts.pop(key), entry.timestamp, entry.dagster_event.pid))
    return out


def union_length(intervals: list[tuple[float, float]]) -> float:
    total, end = 0.0, float("-inf")
    for s, e in sorted(intervals):
        if e > end:
            total += e - max(s, end)
            end = e
    return total


def wall_shares(labelled: list[tuple[float, float, str]]) -> dict[str, float]:
    """Wall time apportioned to labels: every moment is split equally among the steps running then
    (when a day's extraction runs beside another day's ingest, each stage gets half of that time)."""
    bounds = sorted({t for s, e, _ in labelled for t in (s, e)})
    shares: dict[str, float] = {}
    for lo, hi in zip(bounds, bounds[1:]):
        running = [label for s, e, label in labelled if s <= lo and hi <= e]
        for label in running:
            shares[label] = shares.get(label, 0.0) + (hi - lo) / len(running)
    return shares


def stage_figures(steps: dict, sampler: TreeSampler) -> dict[str, dict]:
    """Per stage: wall time while any of its steps ran (steps of two days at once overlap), its share
    of the wall (each moment split among the steps running then), the sum of its steps' durations,
    the CPU of the processes that ran them, and the tree's peak memory then."""
    figures = {}
    shares = wall_shares([(s, e, stage) for stage, keys in STAGES.items() for key in keys
                          for s, e, _ in steps.get(key, [])])
    for stage, keys in STAGES.items():
        intervals = [iv for key in keys for iv in steps.get(key, [])]
        cpu = sum(max(0.0, sampler.cpu_of(pid, e) - sampler.cpu_of(pid, s)) for s, e, pid in intervals)
        peaks = [sampler.peak(s, e) for s, e, _ in intervals] or [(0, 0)]
        figures[stage] = {"wall": union_length([(s, e) for s, e, _ in intervals]), "share": shares.get(stage, 0.0),
                          "step_sum": sum(e - s for s, e, _ in intervals), "cpu": cpu,
                          "rss": max(p[0] for p in peaks), "pss": max(p[1] for p in peaks)}
    return figures


# ---- what was written --------------------------------------------------------------------------

def lake_rows(lake_dir: Path, table: str, days: list[str] | None = None) -> int:
    if days is None:
        files = [str(p) for p in (lake_dir / table).glob("landing_day=*/part-0.parquet")]
    else:
        files = [str(lake_dir / table / f"landing_day={d}" / "part-0.parquet") for d in days]
    return pl.scan_parquet(files).select(pl.len()).collect().item() if files else 0


def warehouse_rows(warehouse: Path) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: con.sql(f"select count(*) from {t}").fetchall()[0][0]
                for t in ("articles", "visits", "documents", "trade_energy_mentions", "visit_events",
                          "document_events")}
    finally:
        con.close()


def floor_seconds(lake_dir: Path, days: list[str] | None = None) -> tuple[float, float]:
    """(seconds, MB of text): Polars reading the articles' text from the lake and computing its length."""
    if days is None:
        source = f"pl.scan_parquet({str(lake_dir / 'articles' / '*' / '*.parquet')!r})"
    else:
        files = [str(lake_dir / "articles" / f"landing_day={d}" / "part-0.parquet") for d in days]
        source = f"pl.scan_parquet({files!r})"
    code = ("import time, polars as pl; t = time.perf_counter(); "
            f"n = {source}.select(pl.col('text').str.len_bytes().sum()).collect().item(); "
            "print(time.perf_counter() - t, n / 1e6)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


# ---- one size ----------------------------------------------------------------------------------

def measure(name: str, raw: Path, lake_dir: Path, warehouse: Path, home: Path, days: list[str],
            extra: list[str], env: dict) -> dict:
    since = time.time()
    wall, cpu, sampler, _ = run_build(["--raw-dir", str(raw), "--lake-dir", str(lake_dir),
                                       "--warehouse", str(warehouse), *extra], env)
    steps = step_intervals(home, since)
    rss, pss = sampler.peak()
    floor, text_mb = floor_seconds(lake_dir, days)
    n_articles = lake_rows(lake_dir, "articles", days)
    return {
        "name": name, "articles": n_articles, "text_mb": text_mb, "wall": wall, "cpu": cpu, "rss": rss, "pss": pss,
        "stages": stage_figures(steps, sampler), "floor": floor,
        "rows": {"sentences": lake_rows(lake_dir, "sentences", days),
                 **{f"lake {t}": lake_rows(lake_dir, t, days) for t in ("visits", "documents", "trade_energy_mentions")},
                 **{f"warehouse {k}": v for k, v in warehouse_rows(warehouse).items()}},
    }


def run_size(n: int, pool: pl.DataFrame, work: Path, nightly: bool) -> list[dict]:
    n_days = -(-n // PER_DAY)
    raw_all = work / "raw-all"
    write_days(pool, raw_all, n_days + (1 if nightly else 0))
    days = [landing_day(i) for i in range(n_days)]
    run_dir = work / f"run-{label(n)}"
    shutil.rmtree(run_dir, ignore_errors=True)
    raw = raw_for(raw_all, run_dir / "raw", days)
    lake_dir, warehouse, home = run_dir / "lake", run_dir / "warehouse" / "news.duckdb", run_dir / "dagster_home"
    home.mkdir(parents=True)
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    print(f"[{label(n)}] build of {n:,} articles over {n_days} landing day(s)...", flush=True)
    results = [measure(f"build {label(n)}", raw, lake_dir, warehouse, home, None, [], env)]
    report(results[-1])
    if nightly:
        day = landing_day(n_days)
        raw_for(raw_all, raw, [day])
        print(f"[{label(n)}] nightly: one {PER_DAY:,}-article day ({day}) on top...", flush=True)
        results.append(measure(f"nightly +10k on {label(n)}", raw, lake_dir, warehouse, home, [day],
                               ["--days", day], env))
        report(results[-1])
    return results


# ---- output ------------------------------------------------------------------------------------

def gib(n: int) -> str:
    return f"{n / 2**30:.2f}"


def report(r: dict) -> None:
    print(json.dumps({k: v for k, v in r.items()}, default=str), flush=True)


def table(results: list[dict]) -> str:
    lines = [
        f"{'run':22s} {'stage':11s} {'articles':>9s} {'text MB':>8s} {'wall s':>8s} {'share s':>8s} {'steps s':>8s} "
        f"{'CPU s':>8s} {'art/s':>7s} {'MB/s':>6s} {'MB/s sh':>7s} {'RSS GiB':>7s} {'PSS GiB':>7s}"
    ]
    for r in results:
        rows = [(stage, f) for stage, f in r["stages"].items()] + [("end to end", r)]
        for stage, f in rows:
            wall = f["wall"]
            share = f.get("share", wall)
            lines.append(
                f"{r['name']:22s} {stage:11s} {r['articles']:9,d} {r['text_mb']:8.0f} {wall:8.1f} {share:8.1f} "
                f"{f.get('step_sum', wall):8.1f} {f['cpu']:8.1f} "
                f"{r['articles'] / wall if wall else 0:7,.0f} {r['text_mb'] / wall if wall else 0:6.1f} "
                f"{r['text_mb'] / share if share else 0:7.1f} {gib(f['rss']):>7s} {gib(f['pss']):>7s}")
        lines.append(f"{'':22s} floor (polars reads the text, computes its length): {r['floor']:.2f} s; "
                     f"end to end / floor = {r['wall'] / r['floor']:,.0f}x")
        lines.append(f"{'':22s} rows: " + ", ".join(f"{k} {v:,}" for k, v in r["rows"].items()))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10k,100k,1m", help="comma-separated corpus sizes (default 10k,100k,1m)")
    ap.add_argument("--work-dir", default="/tmp/news-scale")
    ap.add_argument("--no-nightly", action="store_true", help="skip the nightly run on top of each size")
    ap.add_argument("--json", default=None, help="also write the results as JSON to this file")
    ap.add_argument("--sample-every", type=float, default=0.5, help="seconds between samples")
    args = ap.parse_args()
    global SAMPLE_EVERY
    SAMPLE_EVERY = args.sample_every
    work = Path(args.work_dir)
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB; "
          f"NEWS_EXTRACT_WORKERS={os.environ.get('NEWS_EXTRACT_WORKERS', '(cores)')}", flush=True)
    pool = article_pool(work)
    print(f"pool: {pool.height:,} articles, {pool['text'].str.len_bytes().sum() / 1e6:.0f} MB of text", flush=True)
    results = []
    for size in args.sizes.split(","):
        results.extend(run_size(parse_size(size), pool, work, not args.no_nightly))
        print(table(results[-2:] if not args.no_nightly else results[-1:]), flush=True)
    print()
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
