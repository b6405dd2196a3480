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
_MIN_CHARS = 2


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the period at text[end] closes an abbreviation or an initial (J. Smith)."""
    m = _LAST_TOKEN.search(text, max(0, end - 40), end)
    if not m:
        return False
    token = m.group(1).lstrip("(\"'“‘").lower()
    if len(token) == 1 and token.isalpha():
        return True
    return token in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence; every line break is a boundary too."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for b in _BOUNDARY.finditer(text, line.start(), line.end()):
            if text[b.start()] == "." and _ends_with_abbreviation(text, b.start()):
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
    """One row per sentence of every article. The title is sentence -1 with a null span
    (it is not part of `articles.text`)."""
    ids, idxs, starts, ends, texts = [], [], [], [], []
    for aid, title, text in articles.select("article_id", "title", "text").iter_rows():
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
