"""Read each full shared corpus as one landing day and report what the readers make of it.

    .venv/bin/python benchmarks/read_corpora.py [name ...]

Corpora are read in place from ../shared/corpora (never copied into this repository). Per
corpus: files, records, records with text, rejections by reason, articles/s and MB/s (file
bytes on disk, compressed where they are compressed).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dagster_project.readers import landing_files, read_landing_day  # noqa: E402
from dagster_project.readers.base import FileCount, Rejection  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"

DAYS = {
    "whitehouse": ("whitehouse_briefing_room", "7,272 documents"),
    "reuters": ("reuters21578/sgm-data", "21,578 records, 19,043 with a body"),
    "bbc": ("bbc_news_2005", "2,225 articles"),
    "tempeval": ("tempeval3_timeml", "2,729 .tml files"),
    "html": ("article_extraction_benchmark_html", "181 pages"),
}


def read_day(day: Path) -> dict:
    files = landing_files(day)
    size = sum(p.lstat().st_size for p in files)
    records = with_text = 0
    no_title = no_date = no_url = 0
    reasons: Counter[str] = Counter()
    t0 = time.perf_counter()
    for item in read_landing_day(day):
        if isinstance(item, FileCount):  # a count of the file's records, not a record
            continue
        if isinstance(item, Rejection):
            reasons[_reason_kind(item.reason)] += 1
            continue
        records += 1
        if item.text and item.text.strip():
            with_text += 1
        no_title += not item.title
        no_date += not item.published_at
        no_url += not item.url
    seconds = time.perf_counter() - t0
    return {
        "files": len(files), "mb": size / 2**20, "records": records, "with_text": with_text,
        "no_title": no_title, "no_date": no_date, "no_url": no_url, "rejections": reasons,
        "seconds": seconds,
    }


def _reason_kind(reason: str) -> str:
    """Group reasons that carry a file name or a number."""
    if reason.startswith("not an article: documentation file"):
        return "not an article: documentation file"
    return reason if len(reason) < 90 else reason[:87] + "..."


def main() -> None:
    wanted = sys.argv[1:] or list(DAYS)
    for name in wanted:
        folder, expected = DAYS[name]
        day = CORPORA / folder
        if not day.exists():
            print(f"{name}: {day} not found, skipped")
            continue
        s = read_day(day)
        print(f"== {name} ({folder}; expected {expected})")
        print(f"   files {s['files']:,}  ({s['mb']:.1f} MB)   records {s['records']:,}  "
              f"with text {s['with_text']:,}  no title {s['no_title']:,}  no date {s['no_date']:,}  "
              f"no url {s['no_url']:,}")
        rejected = sum(s["rejections"].values())
        print(f"   rejections {rejected:,}")
        for reason, count in s["rejections"].most_common():
            print(f"      {count:>6,}  {reason}")
        print(f"   {s['seconds']:.2f} s   {s['records'] / s['seconds']:,.0f} articles/s   "
              f"{s['mb'] / s['seconds']:.1f} MB/s")


if __name__ == "__main__":
    main()
