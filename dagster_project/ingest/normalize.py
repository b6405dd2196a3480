"""Raw records of one landing day -> normalized articles, duplicates and rejected records.

Every record read ends in exactly one of the three frames, so per file
records read = accepted + duplicates + rejected.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import polars as pl

from ..readers.base import RawRecord, Rejection, excerpt

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


def clean_text(text: str) -> str:
    """NFC, no control characters, single spaces, paragraphs kept as blank-line breaks."""
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
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    else:
        raw = str(value).strip()
        dt = None
        try:
            dt = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            for fmt in _DATE_FORMATS:
                try:
                    dt = datetime.strptime(raw.title() if "%b" in fmt or "%B" in fmt else raw, fmt)
                    break
                except ValueError:
                    continue
        if dt is None:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


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


@dataclass
class IngestResult:
    articles: pl.DataFrame
    duplicates: pl.DataFrame
    rejected: pl.DataFrame
    file_counts: pl.DataFrame = field(default_factory=pl.DataFrame)


def normalize(items: Iterable[RawRecord | Rejection], landing_day: date, default_source: str | None = None
              ) -> IngestResult:
    articles: list[dict] = []
    duplicates: list[dict] = []
    rejected: list[dict] = []
    seen_hash: dict[str, str] = {}
    seen_id: dict[str, str] = {}
    read_per_file: dict[str, int] = {}

    for item in items:
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
        articles.append(dict(
            article_id=aid, external_id=external_id, source=source, url=item.url or None,
            title=title or None, published_at=parse_published(item.published_at), landing_day=landing_day,
            language=item.language or guess_language(text), text=text, content_hash=chash,
            file=item.file, position=item.position,
        ))

    arts = pl.DataFrame(articles, schema=ARTICLE_SCHEMA)
    dups = pl.DataFrame(duplicates, schema=DUPLICATE_SCHEMA)
    rej = pl.DataFrame(rejected, schema=REJECTED_SCHEMA)
    counts = (
        pl.DataFrame({"file": list(read_per_file), "read": list(read_per_file.values())},
                     schema={"file": pl.String, "read": pl.Int64})
        .join(arts.group_by("file").len("accepted"), on="file", how="left")
        .join(dups.group_by("file").len("duplicates"), on="file", how="left")
        .join(rej.group_by("file").len("rejected"), on="file", how="left")
        .with_columns(pl.col("accepted", "duplicates", "rejected").fill_null(0).cast(pl.Int64))
        .sort("file")
    )
    return IngestResult(arts, dups, rej, counts)
