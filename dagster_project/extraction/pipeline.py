"""One pass over a batch of articles that yields all three fact tables.

Each fact family marks its candidate sentences with one vectorized Polars expression; only
articles with a candidate sentence are looked at in Python, each of them once (entities and
actors are found once and shared by the three extractors).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import polars as pl

from . import confidence, documents, trade_energy, visits
from .article import Article, decapitalized
from .sentences import sentences_frame
from .workers import map_chunks


@dataclass(frozen=True)
class Family:
    candidates: Callable[[], list[pl.Expr]]  # stages of the vectorized prefilter, AND-ed
    rows: Callable[[Article, list[tuple[int, int]]], list[dict]]
    schema: dict


FAMILIES: dict[str, Family] = {
    "visits": Family(visits.candidate_stages, visits.rows_for_article, visits.VISIT_SCHEMA),
    "documents": Family(documents.candidate_stages, documents.rows_for_article, documents.DOCUMENT_SCHEMA),
    "trade_energy_mentions": Family(trade_energy.candidate_stages, trade_energy.rows_for_article,
                                    trade_energy.MENTION_SCHEMA),
}
TABLES = tuple(FAMILIES)


def candidates(articles: pl.DataFrame, sentences: pl.DataFrame, tables: tuple[str, ...],
               all_spans: bool = False) -> pl.DataFrame:
    """One row per article with a candidate sentence: its metadata, sentence spans and, per
    table, which of those sentences are candidates. With `all_spans` the spans are those of all
    the article's sentences (each flagged or not), else of its candidate sentences only."""
    # Candidate expressions read `lower` (the sentence lower-cased once): case-insensitive
    # regexes are about ten times slower than plain ones on lower-cased text. A family's stages
    # are AND-ed, each run only on the sentences that passed the ones before (the costly ones,
    # thousands of place names, last).
    base = sentences.with_row_index("_row")
    # an article set in capitals is read in ordinary case (article.decapitalized): its names too
    head = pl.col("text").str.slice(0, 400)
    caps = articles.filter(~head.str.contains(r"[a-z]{3}") | ~head.str.contains(r"[A-Z]")).get_column("article_id")
    if caps.len():
        base = base.with_columns(sentence=pl.when(pl.col("article_id").is_in(caps.implode())).then(
            pl.col("sentence").map_elements(decapitalized, return_dtype=pl.String)).otherwise(pl.col("sentence")))
    base = base.with_columns(lower=pl.col("sentence").str.to_lowercase())
    passed = {}
    for t in tables:
        rows = base
        for stage in FAMILIES[t].candidates():
            rows = rows.filter(stage)
        passed[t] = rows.get_column("_row").implode()
    flags = base.select("article_id", "start", "end", *(pl.col("_row").is_in(passed[t]).alias(t) for t in tables))
    if all_spans:
        hit = flags.filter(pl.any_horizontal(*tables)).get_column("article_id").unique()
        flags = flags.filter(pl.col("article_id").is_in(hit.implode()))
    else:
        flags = flags.filter(pl.any_horizontal(*tables))
    per_article = flags.group_by("article_id", maintain_order=True).agg(
        pl.col("start"), pl.col("end"), *(pl.col(t) for t in tables))
    return articles.select("article_id", "text", "title", "published_at", "source").join(
        per_article, on="article_id", how="inner")


def _extract(meta: pl.DataFrame, tables: tuple[str, ...], all_spans: bool = False) -> dict[str, pl.DataFrame]:
    """The tables' rows of the candidate articles. With `all_spans` (see `candidates`) the spans
    are every sentence of the article as `sentences_frame` split it: the article's sentences are
    then not split again in Python (the same rules, see sentences.py)."""
    rows: dict[str, list[dict]] = {t: [] for t in tables}
    for rec in meta.iter_rows(named=True):
        art = Article.build(rec["article_id"], rec["text"], rec["title"], rec["published_at"], rec["source"],
                            [(s, e) for s, e in zip(rec["start"], rec["end"]) if s is not None] if all_spans else None)
        for t in tables:
            # titles have no span: they flag the article without adding a body sentence
            spans = sorted((s, e) for s, e, f in zip(rec["start"], rec["end"], rec[t]) if f and s is not None)
            if spans or any(rec[t]):
                rows[t].extend(FAMILIES[t].rows(art, spans))
    return {t: with_confidence(t, pl.DataFrame(rows[t], schema=FAMILIES[t].schema)) for t in tables}


def with_confidence(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """Each row's `confidence`: the precision its rule reached on the development set."""
    by_rule = confidence.by_rule(table)
    return frame.with_columns(confidence=pl.col("rule").replace_strict(
        by_rule, default=confidence.default(table), return_dtype=pl.Float64))


@dataclass(frozen=True)
class _Job:
    articles: pl.DataFrame
    sentences: pl.DataFrame | None  # None: split here, and return the sentences too
    tables: tuple[str, ...]


def _run_job(job: _Job) -> dict[str, pl.DataFrame]:
    """Prefilter and extraction of one chunk of articles (in a worker process when there are
    several): both scale with the chunk, so nothing but the chunk crosses the process boundary."""
    sentences = sentences_frame(job.articles) if job.sentences is None else job.sentences
    # sentences split here are every sentence of each article: its extraction reuses their spans
    # (sentences handed in may be a part only, and are not reused)
    own = job.sentences is None
    out = _extract(candidates(job.articles, sentences, job.tables, all_spans=own), job.tables, all_spans=own)
    if job.sentences is None:
        out["sentences"] = sentences
    return out


SINGLE_PROCESS_CHUNK = 10_000


def chunk_sizes(n: int, largest: int, workers: int) -> list[int]:
    """Sizes of the chunks n articles are cut into: `largest` while much is left, then shrinking
    to about a quarter of what is left per worker, so that the workers finish together instead
    of one idling while another works through a last big chunk."""
    sizes: list[int] = []
    smallest = largest if workers <= 1 else max(1, largest // 8)
    left = n
    while left > 0:
        size = min(left, largest, max(smallest, left // (2 * workers)))
        sizes.append(size)
        left -= size
    return sizes


def _jobs(articles: pl.DataFrame, sentences: pl.DataFrame | None, tables: tuple[str, ...],
          chunk_size: int, workers: int) -> list[_Job]:
    if workers <= 1:
        # in this process, chunks only bound memory and pace progress lines: big ones pay the
        # fixed costs of a chunk (Polars plans, the place-name automaton) less often
        chunk_size = max(chunk_size, SINGLE_PROCESS_CHUNK)
    sizes = chunk_sizes(articles.height, chunk_size, max(1, workers))
    if len(sizes) <= 1:
        return [_Job(articles, sentences, tables)]
    ends = pl.lit(pl.Series(sizes).cum_sum())
    chunk = articles.select("article_id").with_row_index("i").select(
        "article_id", chunk=ends.search_sorted(pl.col("i"), side="right"))
    article_chunks = articles.with_columns(chunk["chunk"]).partition_by("chunk", include_key=False,
                                                                         maintain_order=True)
    if sentences is None:
        return [_Job(a, None, tables) for a in article_chunks]
    by_chunk = sentences.join(chunk, on="article_id", how="inner", maintain_order="left").partition_by(
        "chunk", include_key=False, as_dict=True, maintain_order=True)
    empty = sentences.clear()
    return [_Job(a, by_chunk.get((i,), empty), tables) for i, a in enumerate(article_chunks)]


def _run(jobs: list[_Job], workers: int, total: int, progress: Callable[[str], None] | None,
         tick: Callable[[int, int], None] | None = None) -> list[dict[str, pl.DataFrame]]:
    parts: list[dict[str, pl.DataFrame]] = []
    done = 0
    if tick:
        tick(0, total)
    for part, job in zip(map_chunks(_run_job, jobs, workers), jobs):
        parts.append(part)
        before, done = done, done + job.articles.height
        if tick:
            tick(done, total)
        if progress and len(jobs) > 1 and (done // 10_000 > before // 10_000 or done == total):
            progress(f"{done:,} of {total:,} articles extracted")
    return parts


def extract_facts(articles: pl.DataFrame, sentences: pl.DataFrame, tables: Iterable[str] = TABLES,
                  workers: int = 1, chunk_size: int = 2000,
                  progress: Callable[[str], None] | None = None,
                  tick: Callable[[int, int], None] | None = None) -> dict[str, pl.DataFrame]:
    """The fact tables of a batch of articles, from their sentences. With workers > 1 chunks of
    articles go to the shared process pool. `progress` receives a line every 10,000 articles,
    `tick` (articles done, total) at the start and after every chunk."""
    tables = tuple(tables)
    parts = _run(_jobs(articles, sentences, tables, chunk_size, workers), workers, articles.height, progress,
                 tick)
    return {t: pl.concat([p[t] for p in parts]) for t in tables}


def extract_all(articles: pl.DataFrame, tables: Iterable[str] = TABLES, workers: int = 1, chunk_size: int = 2000,
                progress: Callable[[str], None] | None = None) -> dict[str, pl.DataFrame]:
    """Sentences and fact tables in one pass (each chunk of articles is split and extracted by
    the same worker): the `sentences` frame plus one frame per table."""
    tables = tuple(tables)
    parts = _run(_jobs(articles, None, tables, chunk_size, workers), workers, articles.height, progress)
    return {t: pl.concat([p[t] for p in parts]) for t in ("sentences", *tables)}
