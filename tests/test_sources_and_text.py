"""Naming the source of a drop whose files carry none (a SOURCE file in the landing-day folder,
used here for the BBC corpus), and stray HTML entities decoded during normalization."""

import json
import shutil
from datetime import date

import duckdb
import pytest
from conftest import CORPORA, run_build

from dagster_project.ingest.normalize import clean_text, normalize
from dagster_project.readers import read_landing_day
from dagster_project.readers.base import RawRecord

DAY = date(2026, 1, 3)
BBC = CORPORA / "bbc_news_2005"


@pytest.mark.parametrize("raw, expected", [
    ("Jos&#233; Mar&iacute;a Aznar", "José María Aznar"),
    ("AT&amp;T and R&amp;D", "AT&T and R&D"),
    ("Caf&#x65;&#769; talks", "Café talks"),  # a combining accent, composed after decoding (NFC)
    ("Oil&nbsp;&nbsp;prices", "Oil prices"),  # a decoded no-break space folds like any space
    ("R&D spending, AT&T", "R&D spending, AT&T"),  # no entity: left as written
    ("see example.com/?id=1&para=2", "see example.com/?id=1&para=2"),  # no semicolon: not an entity
    ("an &unknown; name", "an &unknown; name"),
])
def test_stray_html_entities_are_decoded(raw, expected):
    assert clean_text(raw) == expected


def test_entities_are_decoded_in_text_and_title():
    item = RawRecord(file="a.jsonl", position=0, external_id="e:1", source="wire",
                     title="Jos&#233; Ramos-Horta in Jakarta", text="Jos&#233; Ramos-Horta met Prabowo &amp; aides.")
    art = normalize([item], DAY).articles.row(0, named=True)
    assert (art["title"], art["text"]) == ("José Ramos-Horta in Jakarta", "José Ramos-Horta met Prabowo & aides.")


def _bbc_day(day_dir, source_file: str | None):
    if not BBC.exists():
        pytest.skip("shared/corpora is not beside the repository")
    (day_dir / "business").mkdir(parents=True)
    for name in ("001.txt", "002.txt"):
        shutil.copy(BBC / "business" / name, day_dir / "business" / name)
    shutil.copy(BBC / "README.TXT", day_dir / "README.TXT")
    if source_file is not None:
        (day_dir / "SOURCE").write_text(source_file, encoding="utf-8")


def test_a_source_file_names_the_source_of_records_without_one(tmp_path):
    _bbc_day(tmp_path, "# BBC News 2005, from the shared corpora\nbbc\n")
    (tmp_path / "extra.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"id": "w:1", "source": "wire", "text": "A record's own source wins over the drop's."},
        {"id": "reuters:7", "text": "The drop's SOURCE comes before a guess from the id prefix."},
    ]) + "\n", encoding="utf-8")
    result = normalize(read_landing_day(tmp_path), DAY)
    sources = dict(result.articles.select("external_id", "source").iter_rows())
    assert sources == {"business/001.txt": "bbc", "business/002.txt": "bbc", "w:1": "wire", "reuters:7": "bbc"}
    # SOURCE is metadata, not an article: no rejection names it (README.TXT is still "not an article")
    assert result.rejected["file"].to_list() == ["README.TXT"]


@pytest.mark.parametrize("content", ["", "# only a comment\n", "x" * 65 + "\n"])
def test_an_unusable_source_file_is_one_visible_rejection(tmp_path, content):
    _bbc_day(tmp_path, content)
    result = normalize(read_landing_day(tmp_path), DAY)
    assert result.articles["source"].to_list() == [None, None]
    reasons = dict(result.rejected.select("file", "reason").iter_rows())
    assert reasons["SOURCE"].startswith("SOURCE file (the drop's source name)")
    counts = {r["file"]: r for r in result.file_counts.iter_rows(named=True)}
    assert counts["SOURCE"]["read"] == counts["SOURCE"]["rejected"] == 1  # the day still balances


def test_the_bbc_corpus_built_with_a_source_file(tmp_path):
    """Through the contract's build command: the BBC articles carry the drop's source in the
    warehouse, and a JSONL record's stray entities are decoded in `articles.text`."""
    day = tmp_path / "raw" / "2026-01-03"
    _bbc_day(day, "bbc\n")
    (day / "wire.jsonl").write_text(json.dumps(
        {"id": "w:1", "source": "wire", "title": "Visit",
         "text": "Jos&#233; Ramos-Horta will visit Australia &amp; New Zealand next week."}) + "\n",
        encoding="utf-8")
    proc = run_build(tmp_path / "raw", tmp_path / "lake", tmp_path / "w.duckdb")
    assert proc.returncode == 0, proc.stderr[-3000:]
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        sources = con.sql("select source, count(*) from articles group by all order by all").fetchall()
        wire_text = con.sql("select text from articles where source = 'wire'").fetchall()[0][0]
        dim = [s for (s,) in con.sql("select source from dim_source order by all").fetchall()]
    finally:
        con.close()
    assert sources == [("bbc", 2), ("wire", 1)]
    assert wire_text == "José Ramos-Horta will visit Australia & New Zealand next week."
    assert "bbc" in dim
