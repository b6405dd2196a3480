"""Glue between Polars frames and the per-article Python work."""

from __future__ import annotations

import hashlib


def fact_id(article_id: str, *parts: str) -> str:
    return hashlib.sha1("\x1f".join((article_id, *parts)).encode()).hexdigest()[:16]


