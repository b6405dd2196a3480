"""The vectorized sentence splitter gives exactly the spans of the reference Python splitter,
and parallel extraction gives exactly the rows of a single process."""

from datetime import date

import polars as pl
import pytest
from conftest import CORPORA

from dagster_project.extraction.pipeline import extract_all, extract_facts
from dagster_project.extraction.sentences import _sentences_python, sentences_frame, split_sentences
from dagster_project.ingest.normalize import normalize
from dagster_project.readers import read_file

EDGE_CASES = [
    "Mr. J. R. Smith met Dr. Li in the U.S. capital. He left on Monday.",
    "Talks ended. - First point\n- Second point: done. * Third",
    "He said: \"We agree.\" Then he left! Did he? Yes.\r\nNext line (a). B. Last",
    "   \n\n  Indented line.  Second.   \n   ",
    "",
    "A",
    "Istanbul İİ. Next one. Ünïcode “Quoted.” ‘Single.’ (Bracketed.) [Square.] 1987. 2026 was fine.",
    "An unusuallylongtokenwithoutanyspacesthatgoesonandonandon. Next sentence. x. Y.",
    "Hello!. World. St. Petersburg and gov't. Approvals. Gen. Smith (Ret.) Spoke.",
    "Ends with a period.",
    "Tab\tseparated.\tNext\u00a0one. \u2003Em space. Done",
    "An end to Japanese-U.S. Trade disputes and EC/U.S. Talks. Next. Anglo-Dutch. Firm.",
]


def _articles(texts: list[str | None], titles: list[str | None] | None = None) -> pl.DataFrame:
    titles = titles or [None] * len(texts)
    return pl.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "title": titles, "text": texts},
                        schema={"article_id": pl.String, "title": pl.String, "text": pl.String})


def _reference(arts: pl.DataFrame) -> pl.DataFrame:
    return _sentences_python(arts.select("article_id", "title", text=pl.col("text").fill_null("")))


def test_vectorized_splitter_equals_reference_on_edge_cases():
    arts = _articles(EDGE_CASES + [None], ["Title", None, "", *["T"] * (len(EDGE_CASES) - 2)])
    got = sentences_frame(arts)
    assert got.equals(_reference(arts))
    first = got.filter(pl.col("article_id") == "a0", pl.col("sentence_idx") >= 0)["sentence"].to_list()
    assert first == ["Mr. J. R. Smith met Dr. Li in the U.S. capital.", "He left on Monday."]
    assert got.filter(pl.col("sentence_idx") == -1).height == len(EDGE_CASES) - 1  # titles: not null, not empty


def test_texts_holding_the_marker_fall_back_to_the_reference():
    arts = _articles(["Odd \x00 byte. Second sentence.", "Plain. Text."])
    assert sentences_frame(arts).equals(_reference(arts))


def test_a_batch_whose_titles_are_all_null_is_split():
    # a frame built in memory with no title at all has a Null-typed column, not String
    arts = pl.DataFrame({"article_id": ["a0"], "title": [None], "text": ["One. Two."]})
    got = sentences_frame(arts)
    assert got["sentence"].to_list() == ["One.", "Two."]


def test_empty_batch():
    assert sentences_frame(_articles([])).height == 0


def _corpus_sample() -> pl.DataFrame:
    picks = [("reuters21578/sgm-data", "*.sgm", 1), ("whitehouse_briefing_room", "*.md", 150),
             ("bbc_news_2005", "*.txt", 150), ("tempeval3_timeml", "*.tml", 60),
             ("article_extraction_benchmark_html", "*.html", 40)]
    records = []
    for folder, pattern, n in picks:
        root = CORPORA / folder
        paths = sorted(p for p in root.rglob(pattern) if p.name != "README.md")
        for path in paths[:: max(1, len(paths) // n)][:n]:
            records += read_file(path, path.relative_to(root).as_posix())
    return normalize(records, date(2026, 1, 1)).articles


@pytest.mark.skipif(not CORPORA.exists(), reason="shared corpora not present")
def test_vectorized_splitter_equals_reference_on_real_corpora():
    arts = _corpus_sample()
    assert arts.height > 1000
    got = sentences_frame(arts)
    assert got.height > 10_000
    assert got.equals(_reference(arts))
    # and each span points at its sentence
    body = got.filter(pl.col("sentence_idx") >= 0).join(arts.select("article_id", "text"), on="article_id")
    assert body.select((pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
                        == pl.col("sentence")).all()).item()
    one = arts.row(0, named=True)
    assert [(s, e) for s, e in got.filter(pl.col("article_id") == one["article_id"], pl.col("sentence_idx") >= 0)
            .select("start", "end").iter_rows()] == split_sentences(one["text"])


@pytest.mark.skipif(not CORPORA.exists(), reason="shared corpora not present")
def test_worker_processes_give_the_rows_of_one_process():
    arts = _corpus_sample().head(1500)
    one = extract_all(arts, workers=1, chunk_size=400)
    two = extract_all(arts, workers=2, chunk_size=400)
    facts = extract_facts(arts, sentences_frame(arts), workers=2, chunk_size=400)
    assert one["sentences"].equals(sentences_frame(arts))
    for table in ("visits", "documents", "trade_energy_mentions"):
        assert one[table].height > 0 or table == "visits"
        assert two[table].equals(one[table]), table
        assert facts[table].equals(one[table]), table


def test_an_abbreviation_after_a_hyphen_or_slash_ends_no_sentence():
    text = "Talks may end Japanese-U.S. Trade disputes and EC/U.S. Tension. They resume today."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Talks may end Japanese-U.S. Trade disputes and EC/U.S. Tension.", "They resume today."]
    got = sentences_frame(_articles([text]))
    assert got.equals(_reference(_articles([text])))
