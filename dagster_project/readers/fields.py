"""Map the column names real exports use onto the record fields (shared by JSON, CSV, Parquet)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from .base import RawRecord

# First match wins, so the most specific names come first.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "external_id", "article_id", "doc_id", "docid", "guid", "uuid", "newid"),
    "text": ("text", "body", "content", "article", "article_text", "full_text", "story", "articlebody"),
    "title": ("title", "headline", "head", "subject"),
    "url": ("url", "link", "source_url", "uri", "href"),
    "source": ("source", "publisher", "outlet", "site", "feed", "source_name"),
    "published_at": (
        "published_at", "published", "publish_date", "published_time", "pub_date", "pubdate",
        "date", "datetime", "timestamp", "created_at", "time", "datepublished",
    ),
    "language": ("language", "lang"),
}


def _pick(obj: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    lowered = {str(k).strip().lower(): v for k, v in obj.items()}
    for name in names:
        value = lowered.get(name)
        if value is not None and value != "":
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # some exports store paragraphs as a list
        return "\n\n".join(str(v) for v in value if v is not None)
    return str(value)


def _as_date(value: Any) -> str | datetime | None:
    """Datetimes as they are, dates (Parquet date32) and numbers as ISO / plain strings."""
    if value is None or isinstance(value, (str, datetime)):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def record_from_mapping(obj: Mapping[str, Any], rel: str, position: int) -> RawRecord:
    ext = _pick(obj, FIELD_ALIASES["external_id"])
    published = _pick(obj, FIELD_ALIASES["published_at"])
    return RawRecord(
        file=rel,
        position=position,
        external_id=None if ext is None else str(ext),
        text=_as_text(_pick(obj, FIELD_ALIASES["text"])),
        title=_as_text(_pick(obj, FIELD_ALIASES["title"])),
        url=_as_text(_pick(obj, FIELD_ALIASES["url"])),
        source=_as_text(_pick(obj, FIELD_ALIASES["source"])),
        published_at=_as_date(published),
        language=_as_text(_pick(obj, FIELD_ALIASES["language"])),
    )
