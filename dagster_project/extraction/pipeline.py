"""One pass over a batch of articles that yields all three fact tables.

Each fact family marks its candidate sentences with one vectorized Polars expression; only
articles with a candidate sentence are looked at in Python, each of them once (entities and
actors are found once and shared by the three extractors).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import polars as pl

from . import documents, trade_energy, visits
from .article import Article
from .entities import gazetteer


@dataclass(frozen=True)
class Family:
    candidates: Callable[[], pl.Expr]
    rows: Callable[[Article, list[tuple[int, int]]], list[dict]]
    schema: dict


FAMILIES: dict[str, Family] = {
    "visits": Family(visits.candidate_expr, visits.rows_for_article, visits.VISIT_SCHEMA),
    "documents": Family(documents.candidate_expr, documents.rows_for_article, documents.DOCUMENT_SCHEMA),
    "trade_energy_mentions": Family(trade_energy.candidate_expr, trade_energy.rows_for_article,
                                    trade_energy.MENTION_SCHEMA),
}
TABLES = tuple(FAMILIES)


def candidates(articles: pl.DataFrame, sentences: pl.DataFrame, tables: tuple[str, ...]) -> pl.DataFrame:
    """One row per article with a candidate sentence: its metadata, sentence spans and, per
    table, which of those sentences are candidates."""
    # Candidate expressions read `lower` (the sentence lower-cased once): case-insensitive
    # regexes are about ten times slower than plain ones on lower-cased text.
    flags = sentences.with_columns(lower=pl.col("sentence").str.to_lowercase()).select(
        "article_id", "start", "end",
        *(FAMILIES[t].candidates().alias(t) for t in tables),
    ).filter(pl.any_horizontal(*tables))
    per_article = flags.group_by("article_id", maintain_order=True).agg(
        pl.col("start"), pl.col("end"), *(pl.col(t) for t in tables))
    return articles.select("article_id", "text", "title", "published_at", "source").join(
        per_article, on="article_id", how="inner")


def _extract(meta: pl.DataFrame, tables: tuple[str, ...]) -> dict[str, pl.DataFrame]:
    rows: dict[str, list[dict]] = {t: [] for t in tables}
    for rec in meta.iter_rows(named=True):
        art = Article.build(rec["article_id"], rec["text"], rec["title"], rec["published_at"], rec["source"])
        for t in tables:
            # titles have no span: they flag the article without adding a body sentence
            spans = sorted((s, e) for s, e, f in zip(rec["start"], rec["end"], rec[t]) if f and s is not None)
            if spans or any(rec[t]):
                rows[t].extend(FAMILIES[t].rows(art, spans))
    return {t: pl.DataFrame(rows[t], schema=FAMILIES[t].schema) for t in tables}


def _extract_chunk(args: tuple[pl.DataFrame, tuple[str, ...]]) -> dict[str, pl.DataFrame]:
    return _extract(*args)


def extract_facts(articles: pl.DataFrame, sentences: pl.DataFrame, tables: Iterable[str] = TABLES,
                  workers: int = 1, chunk_size: int = 2000,
                  progress: Callable[[str], None] | None = None) -> dict[str, pl.DataFrame]:
    """The fact tables of a batch of articles. With workers > 1 the per-article Python work is
    spread over processes (the vectorized prefilter runs once, here). `progress` receives a
    line every 10,000 candidate articles."""
    tables = tuple(tables)
    meta = candidates(articles, sentences, tables)
    if progress:
        progress(f"{meta.height:,} of {articles.height:,} articles have candidate sentences")
    chunks = [(meta.slice(off, chunk_size), tables) for off in range(0, meta.height, chunk_size)] or [(meta, tables)]
    parts: list[dict[str, pl.DataFrame]] = []
    if workers <= 1 or len(chunks) == 1:
        results = map(_extract_chunk, chunks)
        pool = None
    else:
        # spawn, not fork: forking a process whose Polars thread pool is running can deadlock the
        # child; each worker builds its own gazetteer once (about 0.3 s)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=gazetteer)
        results = pool.map(_extract_chunk, chunks)
    try:
        done = 0
        for part, (chunk, _) in zip(results, chunks):
            parts.append(part)
            before, done = done, done + chunk.height
            if progress and done // 10_000 > before // 10_000:
                progress(f"{done:,} of {meta.height:,} candidate articles extracted")
    finally:
        if pool is not None:
            pool.shutdown()
    return {t: pl.concat([p[t] for p in parts]) for t in tables}


def default_workers() -> int:
    """Extraction processes: one per core (NEWS_EXTRACT_WORKERS overrides)."""
    return int(os.environ.get("NEWS_EXTRACT_WORKERS") or os.cpu_count() or 1)
