"""Raw records of one landing day -> normalized articles, duplicates and rejected records.

Every record read ends in exactly one of the three frames, so per file
records read = accepted + duplicates + rejected, where "read" is counted from the file itself
when its format allows (a `FileCount`: JSONL lines, Parquet rows). Values of accepted articles
that could not be used (a bad date) are left null and listed in `warnings` (field_warnings).

Limits (`RecordLimits`, from the environment): records per file (NEWS_MAX_RECORDS_PER_FILE,
default 1,000,000) and per landing day (NEWS_MAX_RECORDS_PER_DAY, default 2,000,000). Every
record kept costs memory until the day is written (about 0.7 GB per million even for tiny
duplicates), so records past a limit are only counted: the first of them gets one rejection row
whose reason says how many records it stands for, and the file's `rejected` count includes them
all, so the file still balances.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import polars as pl

from ..readers.base import FileCount, RawRecord, Rejection, excerpt

ARTICLE_SCHEMA = {
    "article_id": pl.String,
    "external_id": pl.String,
    "source": pl.String,
    "url": pl.String,
    "title": pl.String,
    "published_at": pl.Datetime("us", "UTC"),
    "landing_day": pl.Date,
    "language": pl.String,
    "text": pl.String,
    "content_hash": pl.String,
    "file": pl.String,
    "position": pl.Int64,
}
DUPLICATE_SCHEMA = {
    "landing_day": pl.Date,
    "file": pl.String,
    "position": pl.Int64,
    "external_id": pl.String,
    "content_hash": pl.String,
    "kept_article_id": pl.String,
}
# Field-level issues of accepted articles: a value that could not be used (a date that is not
# one, or outside the range of timestamps) is left null in `articles` and said why here.
FIELD_WARNING_SCHEMA = {
    "landing_day": pl.Date,
    "file": pl.String,
    "position": pl.Int64,
    "article_id": pl.String,
    "field": pl.String,
    "value": pl.String,
    "warning": pl.String,
}
REJECTED_SCHEMA = {
    "landing_day": pl.Date,
    "file": pl.String,
    "position": pl.Int64,
    "reason": pl.String,
    "excerpt": pl.String,
}

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_BLANKS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# An HTML character reference left in a text by its source file ("Jos&#233;", "AT&amp;T", "&nbsp;"):
# only the complete form with its semicolon, so "R&D" or a URL's "&para=1" stay as written.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Stray HTML entities decoded once (a reference the HTML standard does not know stays)."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


def clean_text(text: str) -> str:
    """Entities decoded, NFC, no control characters, single spaces, paragraphs kept as blank-line
    breaks. Entities first: "&#769;" is a combining accent for NFC, "&nbsp;" a space to fold."""
    text = decode_entities(text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def content_hash(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).lower().encode("utf-8")).hexdigest()


def article_id_for(source: str | None, external_id: str) -> str:
    """Stable across re-runs: derived from the source and its own identifier only."""
    return hashlib.sha1(f"{source or ''}\x1f{external_id}".encode()).hexdigest()[:16]


_DATE_FORMATS = (
    "%d-%b-%Y %H:%M:%S.%f",  # Reuters: 26-FEB-1987 15:01:01.79
    "%d-%b-%Y %H:%M:%S",
    "%Y%m%d",  # TimeML DCT values
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%Y/%m/%d",
)


def parse_published(value: object) -> datetime | None:
    """A UTC timestamp from the forms the corpora use; None when absent or unreadable (never invented)."""
    return parse_published_checked(value)[0]


def parse_published_checked(value: object) -> tuple[datetime | None, str | None]:
    """(UTC timestamp or None, why a value that was given could not be used). Never raises:
    one bad date must not stop the landing day."""
    if value is None or value == "":
        return None, None
    shown = excerpt(str(value), 80)
    try:
        if isinstance(value, datetime):
            dt = value
        elif isinstance(value, date):
            dt = datetime(value.year, value.month, value.day)
        else:
            dt = _parse_date_text(str(value).strip())
            if dt is None:
                return None, f"not a date in a known form ({shown!r}): left null"
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=UTC)
        return dt.astimezone(UTC), None
    except (OverflowError, ValueError):  # 9999-12-31T23:59:59-05:00 is in the year 10000 in UTC
        return None, f"outside the range of timestamps (years 1 to 9999 in UTC) ({shown!r}): left null"


def _parse_date_text(raw: str) -> datetime | None:
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw.title() if "%b" in fmt or "%B" in fmt else raw, fmt)
        except ValueError:
            continue
    return None


_SOURCE_FROM_ID = re.compile(r"^([a-z][a-z0-9_.-]{1,30}):")


def _host(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    host = url.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    return host.removeprefix("www.") or None


def guess_language(text: str) -> str | None:
    """Cheap English detector: share of common English function words among the first words."""
    words = re.findall(r"[a-zA-Z']+", text[:2000].lower())
    if len(words) < 5:
        return None
    common = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "it"}
    return "en" if sum(w in common for w in words) / len(words) > 0.12 else None


@dataclass(frozen=True)
class RecordLimits:
    per_file: int = 1_000_000
    per_day: int = 2_000_000

    @classmethod
    def from_env(cls) -> RecordLimits:
        return cls(per_file=int(os.environ.get("NEWS_MAX_RECORDS_PER_FILE") or cls.per_file),
                   per_day=int(os.environ.get("NEWS_MAX_RECORDS_PER_DAY") or cls.per_day))


def _over_limit_reason(limits: RecordLimits, by_day: bool, n: int) -> str:
    limit = (f"{limits.per_day:,} records per landing day (NEWS_MAX_RECORDS_PER_DAY)" if by_day
             else f"{limits.per_file:,} records per file (NEWS_MAX_RECORDS_PER_FILE)")
    return (f"past the limit of {limit}: this record and the {n - 1:,} after it in the file were "
            f"not read ({n:,} records); split the file or the landing day, or raise the limit")


@dataclass
class IngestResult:
    articles: pl.DataFrame
    duplicates: pl.DataFrame
    rejected: pl.DataFrame
    file_counts: pl.DataFrame = field(default_factory=pl.DataFrame)
    warnings: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=FIELD_WARNING_SCHEMA))


def normalize(items: Iterable[RawRecord | Rejection | FileCount], landing_day: date, default_source: str | None = None,
              limits: RecordLimits | None = None) -> IngestResult:
    limits = limits or RecordLimits.from_env()
    articles: list[dict] = []
    duplicates: list[dict] = []
    rejected: list[dict] = []
    seen_hash: dict[str, str] = {}
    seen_id: dict[str, str] = {}
    warnings: list[dict] = []
    read_per_file: dict[str, int] = {}
    in_file: dict[str, int] = {}
    day_total = 0
    # file -> [position of the first record past a limit, records past it, whether the day's limit]
    over: dict[str, list] = {}

    for item in items:
        if isinstance(item, FileCount):
            in_file[item.file] = item.records
            continue
        n_file = read_per_file.get(item.file, 0)
        if n_file >= limits.per_file or day_total >= limits.per_day:
            read_per_file[item.file] = n_file + 1
            entry = over.setdefault(item.file, [item.position, 0, n_file < limits.per_file])
            entry[1] += 1
            continue
        day_total += 1
        if isinstance(item, Rejection):
            # A whole-file rejection counts as one record read.
            read_per_file[item.file] = read_per_file.get(item.file, 0) + 1
            rejected.append(dict(landing_day=landing_day, file=item.file, position=item.position,
                                 reason=item.reason, excerpt=item.excerpt))
            continue
        read_per_file[item.file] = read_per_file.get(item.file, 0) + 1
        text = clean_text(item.text or "")
        if not text:
            rejected.append(dict(landing_day=landing_day, file=item.file, position=item.position,
                                 reason="empty text", excerpt=excerpt(item.title or item.external_id or "")))
            continue
        # Records without an id of their own are named by where they were found.
        external_id = item.external_id or f"{item.file}#{item.position}"
        source = item.source
        if not source:
            # the source's own id prefix ("reuters:123"), else the web host of its URL
            m = _SOURCE_FROM_ID.match(external_id)
            source = m.group(1) if m else (_host(item.url) or default_source)
        aid = article_id_for(source, external_id)
        chash = content_hash(text)
        if chash in seen_hash or aid in seen_id:
            duplicates.append(dict(landing_day=landing_day, file=item.file, position=item.position,
                                   external_id=external_id, content_hash=chash,
                                   kept_article_id=seen_hash.get(chash) or seen_id[aid]))
            continue
        seen_hash[chash] = aid
        seen_id[aid] = aid
        title = clean_text(item.title) if item.title else None
        published_at, warning = parse_published_checked(item.published_at)
        if warning:
            warnings.append(dict(landing_day=landing_day, file=item.file, position=item.position, article_id=aid,
                                 field="published_at", value=excerpt(str(item.published_at)), warning=warning))
        articles.append(dict(
            article_id=aid, external_id=external_id, source=source, url=item.url or None,
            title=title or None, published_at=published_at, landing_day=landing_day,
            language=item.language or guess_language(text), text=text, content_hash=chash,
            file=item.file, position=item.position,
        ))

    for file, (position, n, by_day) in over.items():
        rejected.append(dict(landing_day=landing_day, file=file, position=position,
                             reason=_over_limit_reason(limits, by_day, n), excerpt=""))
    arts = pl.DataFrame(articles, schema=ARTICLE_SCHEMA)
    dups = pl.DataFrame(duplicates, schema=DUPLICATE_SCHEMA)
    rej = pl.DataFrame(rejected, schema=REJECTED_SCHEMA)
    # The one row of a file's records past a limit stands for all of them.
    extra = pl.DataFrame({"file": list(over), "extra": [n - 1 for _, n, _ in over.values()]},
                         schema={"file": pl.String, "extra": pl.Int64})
    # `read` is what the file holds when that can be counted from the file itself (`in_file`),
    # so records a reader lost leave the file unbalanced instead of unnoticed.
    files = sorted(set(read_per_file) | set(in_file))
    counts = (
        pl.DataFrame({"file": files, "yielded": [read_per_file.get(f, 0) for f in files],
                      "in_file": [in_file.get(f) for f in files]},
                     schema={"file": pl.String, "yielded": pl.Int64, "in_file": pl.Int64})
        .with_columns(read=pl.max_horizontal("yielded", "in_file"))
        .select("file", "read", "in_file")
        .join(arts.group_by("file").len("accepted"), on="file", how="left")
        .join(dups.group_by("file").len("duplicates"), on="file", how="left")
        .join(rej.group_by("file").len("rejected"), on="file", how="left")
        .join(extra, on="file", how="left")
        .with_columns(pl.col("accepted", "duplicates", "rejected", "extra").fill_null(0).cast(pl.Int64))
        .with_columns(rejected=pl.col("rejected") + pl.col("extra"))
        .drop("extra")
        .sort("file")
    )
    warns = pl.DataFrame(warnings, schema=FIELD_WARNING_SCHEMA)
    return IngestResult(arts, dups, rej, counts, warns)
