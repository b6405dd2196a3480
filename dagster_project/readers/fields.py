"""Map the column names real exports use onto the record fields (shared by JSON, CSV, Parquet)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .base import RawRecord, Rejection

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


class WrongType(ValueError):
    """A field whose value cannot be text (a dict, undecodable bytes): the record is rejected."""


_SCALARS = (str, int, float, Decimal, date)  # bool is an int; datetime is a date


def _scalar_text(value: Any, field: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        # Parquet BINARY columns (and pickled exports) hold bytes: text when they are UTF-8,
        # never their Python repr ("b'\\xff\\xfe'").
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise WrongType(f"field {field!r} holds {len(value)} bytes that are not UTF-8 text") from None
    if isinstance(value, _SCALARS):
        return str(value)
    raise WrongType(f"field {field!r} is a {type(value).__name__}, not text")


def _as_text(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):  # some exports store paragraphs as a list
        return "\n\n".join(_scalar_text(v, field) for v in value if v is not None)
    return _scalar_text(value, field)


def _as_date(value: Any) -> str | datetime | None:
    """Datetimes as they are, dates (Parquet date32) and numbers as ISO / plain strings."""
    if value is None or isinstance(value, (str, datetime)):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return _scalar_text(value, "published_at")


def record_from_mapping(obj: Mapping[str, Any], rel: str, position: int) -> RawRecord | Rejection:
    """The record, or a rejection naming the field whose value has a type text cannot have."""
    try:
        ext = _pick(obj, FIELD_ALIASES["external_id"])
        published = _pick(obj, FIELD_ALIASES["published_at"])
        return RawRecord(
            file=rel,
            position=position,
            external_id=None if ext is None else _scalar_text(ext, "id"),
            text=_as_text(_pick(obj, FIELD_ALIASES["text"]), "text"),
            title=_as_text(_pick(obj, FIELD_ALIASES["title"]), "title"),
            url=_as_text(_pick(obj, FIELD_ALIASES["url"]), "url"),
            source=_as_text(_pick(obj, FIELD_ALIASES["source"]), "source"),
            published_at=_as_date(published),
            language=_as_text(_pick(obj, FIELD_ALIASES["language"]), "language"),
        )
    except WrongType as err:
        return Rejection(rel, position, f"wrong type: {err}", "")
