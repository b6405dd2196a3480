"""Split article text into sentences with character offsets into `articles.text`."""

from __future__ import annotations

import re

import polars as pl

# Tokens after which a period does not end a sentence.
ABBREVIATIONS = frozenset("""
mr mrs ms dr st gen sen rep gov lt col maj capt cmdr adm sgt prof jr sr inc co corp ltd bros no nos
jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est fig approx vs v
u.s u.k u.n e.u u.s.a u.s.s.r d.c p.m a.m pres amb gov't
""".split())

# A candidate boundary: sentence punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?:;][\"'”’)\]]*\s+(?=[-*•]\s)|[.!?][\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")
_LAST_TOKEN = re.compile(r"(\S+)$")
_HYPHEN_OR_SLASH = re.compile(r"[-/]")  # (asked at every period of every text: compiled once)
_MIN_CHARS = 2


def ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the period at text[end] closes an abbreviation or an initial (J. Smith)."""
    m = _LAST_TOKEN.search(text, max(0, end - 40), end)
    if not m:
        return False
    # ("Japanese-U.S. Trade disputes": the abbreviation after a hyphen or slash is the token)
    token = _HYPHEN_OR_SLASH.split(m.group(1))[-1].lstrip("(\"'“‘").lower()
    if len(token) == 1 and token.isalpha():
        return True
    return token in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence; every line break is a boundary too."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for b in _BOUNDARY.finditer(text, line.start(), line.end()):
            if text[b.start()] == "." and ends_with_abbreviation(text, b.start()):
                continue
            end = b.end()
            sentence_end = end - (len(b.group()) - len(b.group().rstrip()))
            if sentence_end - start >= _MIN_CHARS:
                spans.append(_strip(text, start, sentence_end))
            start = end
        if line.end() - start >= _MIN_CHARS:
            spans.append(_strip(text, start, line.end()))
    return [s for s in spans if s[1] > s[0]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


SENTENCE_SCHEMA = {
    "article_id": pl.String,
    "sentence_idx": pl.Int32,
    "start": pl.Int32,
    "end": pl.Int32,
    "sentence": pl.String,
}


def sentences_frame(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per sentence of every article, in article order. The title is sentence -1 with a
    null span (it is not part of `articles.text`).

    The rules of `split_sentences`, run as vectorized Polars string operations: a marker is
    inserted at every candidate boundary, lines and pieces are exploded with their offsets, and
    a piece ending in an abbreviation is joined to the next. Tests hold the two equal on the
    real corpora; texts that already contain the marker go through `split_sentences`."""
    # a frame built in memory may hold an all-null title or text column typed Null: cast, so that
    # the title sentences stack on the body sentences whatever the batch holds
    arts = articles.select("article_id", title=pl.col("title").cast(pl.String),
                           text=pl.col("text").cast(pl.String).fill_null("")).with_row_index("a")
    if arts.height and arts["text"].str.contains(_MARK, literal=True).any():
        return _sentences_python(arts)
    lines = (arts.select("a", line=pl.col("text").str.split("\n")).explode("line")
             .with_columns(step=pl.col("line").str.len_chars() + 1)
             .with_columns(line_start=_before_in_run("a", "step"))
             .filter(pl.col("step") > 1)  # empty lines hold no sentence
             .with_row_index("l"))
    pieces = (lines.select("a", "l", "line_start", piece=pl.col("line").str.replace_all(
                  _BOUNDARY_RS, "${b1}${b2}" + _MARK + "${l1}${l2}").str.split(_MARK))
              .explode("piece")
              .with_columns(n=pl.col("piece").str.len_chars())
              .with_columns(off=pl.col("line_start") + _before_in_run("l", "n"),
                            first=(pl.col("l") != pl.col("l").shift(1)).fill_null(True),
                            last=(pl.col("l") != pl.col("l").shift(-1)).fill_null(True))
              .with_columns(abbr=~pl.col("last") & pl.col("piece").str.contains(_ABBREVIATION_END))
              # a sentence opens at a line start and after any piece that is not an abbreviation
              .with_columns(opens=pl.col("first") | ~pl.col("abbr").shift(1).fill_null(False))
              .with_columns(closes=pl.col("opens").shift(-1).fill_null(True)))
    heads = pieces.filter("opens").select(
        "a", "off", lead=pl.col("n") - pl.col("piece").str.strip_chars_start().str.len_chars())
    tails = pieces.filter("closes").select(
        tail_off="off", tail_n="n", last="last", kept=pl.col("piece").str.strip_chars_end().str.len_chars())
    # Each sentence's text is cut from its own pieces joined (they are consecutive in the line), not
    # from the article's text: a slice at a character offset walks the text up to the offset, so
    # slicing every sentence out of a long text costs sentences x text.
    joined = (pieces.select("piece", sid=pl.col("opens").cum_sum())
              .group_by("sid", maintain_order=True).agg(pl.col("piece").str.join("")).get_column("piece"))
    spans = (pl.concat([heads, tails], how="horizontal").with_columns(joined=joined)
             .with_columns(s=pl.col("off") + pl.col("lead"), e=pl.col("tail_off") + pl.col("kept"),
                           # the length rule counts to the line end, or to the boundary's punctuation
                           raw=pl.when("last").then(pl.col("tail_off") + pl.col("tail_n"))
                           .otherwise(pl.col("tail_off") + pl.col("kept")) - pl.col("off"))
             .filter((pl.col("raw") >= _MIN_CHARS) & (pl.col("e") > pl.col("s")))
             .select("a", "s", "e", one=pl.lit(1),
                     sentence=pl.col("joined").str.slice(pl.col("lead"), pl.col("e") - pl.col("s"))))
    body = spans.join(arts.select("a", "article_id"), on="a", maintain_order="left").select(
        "a", "article_id", sentence_idx=_before_in_run("a", "one").cast(pl.Int32), start=pl.col("s").cast(pl.Int32),
        end=pl.col("e").cast(pl.Int32), sentence="sentence")
    titles = arts.filter(pl.col("title").is_not_null() & (pl.col("title") != "")).select(
        "a", "article_id", sentence_idx=pl.lit(-1, pl.Int32), start=pl.lit(None, pl.Int32),
        end=pl.lit(None, pl.Int32), sentence="title")
    return pl.concat([titles, body]).sort("a", "sentence_idx", maintain_order=True).drop("a").cast(SENTENCE_SCHEMA)


# _BOUNDARY in Rust regex syntax (no lookahead: the looked-at characters are captured and put
# back after the marker). Lines are split first, so whitespace here never spans a line break.
_BOUNDARY_RS = (r"(?P<b1>[.!?:;][\"'”’)\]]*[^\S\n]+)(?P<l1>[-*•][^\S\n])"
                r"|(?P<b2>[.!?][\"'”’)\]]*[^\S\n]+)(?P<l2>[\"“‘'(\[]?[A-Z0-9])")
# A piece that ends in "<abbreviation or single letter>. ": the boundary after it is no boundary.
_ABBREVIATION_END = (r"(?i)(?:^|[\s\-/])[(\"'“‘]*(?:"
                     + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
                     + r"|\p{L})\.[\"'”’)\]]*\s+$")
_MARK = "\x00"


def _before_in_run(key: str, value: str) -> pl.Expr:
    """Sum of `value` over the earlier rows of the same run of equal `key` values (a window
    function over consecutive rows: far cheaper than .over() with many small groups)."""
    total = pl.col(value).cum_sum() - pl.col(value)
    run_start = (pl.col(key) != pl.col(key).shift(1)).fill_null(True)
    return total - pl.when(run_start).then(total).forward_fill()


def _sentences_python(arts: pl.DataFrame) -> pl.DataFrame:
    ids, idxs, starts, ends, texts = [], [], [], [], []
    for aid, title, text in arts.select("article_id", "title", "text").iter_rows():
        if title:
            ids.append(aid)
            idxs.append(-1)
            starts.append(None)
            ends.append(None)
            texts.append(title)
        for i, (s, e) in enumerate(split_sentences(text or "")):
            ids.append(aid)
            idxs.append(i)
            starts.append(s)
            ends.append(e)
            texts.append(text[s:e])
    return pl.DataFrame(
        {"article_id": ids, "sentence_idx": idxs, "start": starts, "end": ends, "sentence": texts},
        schema=SENTENCE_SCHEMA,
    )
