"""One pass over a batch of articles that yields all three fact tables.

Each fact family marks its candidate sentences with one vectorized Polars expression; only
articles with a candidate sentence are looked at in Python, each of them once (entities and
actors are found once and shared by the three extractors).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import polars as pl

from . import documents, trade_energy, visits
from .article import Article


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


def extract_facts(articles: pl.DataFrame, sentences: pl.DataFrame,
                  tables: Iterable[str] = TABLES) -> dict[str, pl.DataFrame]:
    tables = tuple(tables)
    flags = sentences.select(
        "article_id", "start", "end",
        *(FAMILIES[t].candidates().alias(t) for t in tables),
    ).filter(pl.any_horizontal(*tables))
    per_article = flags.group_by("article_id", maintain_order=True).agg(
        pl.col("start"), pl.col("end"), *(pl.col(t) for t in tables))
    meta = articles.select("article_id", "text", "title", "published_at", "source").join(
        per_article, on="article_id", how="inner")
    rows: dict[str, list[dict]] = {t: [] for t in tables}
    for rec in meta.iter_rows(named=True):
        art = Article.build(rec["article_id"], rec["text"], rec["title"], rec["published_at"], rec["source"])
        for t in tables:
            # titles have no span: they flag the article without adding a body sentence
            spans = sorted((s, e) for s, e, f in zip(rec["start"], rec["end"], rec[t]) if f and s is not None)
            if spans or any(rec[t]):
                rows[t].extend(FAMILIES[t].rows(art, spans))
    return {t: pl.DataFrame(rows[t], schema=FAMILIES[t].schema) for t in tables}
