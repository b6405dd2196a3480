"""Glue between Polars frames and the per-article Python work."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import polars as pl

from .article import Article


def fact_id(article_id: str, *parts: str) -> str:
    return hashlib.sha1("\x1f".join((article_id, *parts)).encode()).hexdigest()[:16]


def article_contexts(articles: pl.DataFrame, candidates: pl.DataFrame) -> Iterator[tuple[Article, list[tuple[int, int]]]]:
    """Each article that has candidate sentences, with those sentences' spans in order."""
    if candidates.height == 0:
        return
    # Titles have no span: their article is still visited, with only the body spans listed.
    spans = candidates.group_by("article_id", maintain_order=True).agg(
        pl.col("start").drop_nulls(), pl.col("end").drop_nulls())
    meta = articles.select("article_id", "text", "title", "published_at", "source").join(
        spans, on="article_id", how="inner")
    for aid, text, title, published, source, starts, ends in meta.iter_rows():
        art = Article.build(aid, text, title, published, source)
        yield art, sorted(zip(starts, ends))
