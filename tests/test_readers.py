"""Per-format readers and the dispatcher: synthetic files for each format and each kind of bad
input, then samples of the shared corpora (skipped when ../shared/corpora is absent)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
import re
import time
from datetime import datetime
from pathlib import Path

import pytest

from dagster_project.readers import (
    csv_reader,
    html,
    markdown,
    parquet_reader,
    read_file,
    read_landing_day,
    sgml,
    sniff,
    text,
    timeml,
    warc,
)
from dagster_project.readers.base import MAX_RECORD_BYTES, RawRecord, Rejection

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def corpus(*parts: str) -> Path:
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared corpus not found: {path}")
    return path


def records(items) -> list[RawRecord]:
    return [i for i in items if isinstance(i, RawRecord)]


def rejections(items) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


def read_bytes(reader, data: bytes, rel: str = "f") -> list:
    return list(reader.read(io.BytesIO(data), rel))


def read_path(path: Path, root: Path) -> list:
    return list(read_file(path, path.relative_to(root).as_posix()))


# --- synthetic files, one format at a time --------------------------------------------------

def test_csv_columns_multiline_big_field_and_bad_rows(tmp_path):
    big = "word " * 60_000  # 300 KB: above the csv module's default 128 KB field limit
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["ID", "Headline", "Body", "Date", "Link"])
    w.writerow(["a1", "First", "Line one\nline two, with comma", "2024-05-01", "https://x/1"])
    w.writerow(["a2", "Big", big, "2024-05-02", ""])
    w.writerow(["a3", "Too many", "x", "2024", "u", "extra"])
    data = buf.getvalue().encode() + b"a4,Bad bytes,caf\xe9 latte,2024-05-03,\r\na5,Last,fine text,,\r\n"
    items = read_bytes(csv_reader, data, "d/x.csv")
    recs = {r.external_id: r for r in records(items)}
    assert set(recs) == {"a1", "a2", "a5"}
    assert recs["a1"].text == "Line one\nline two, with comma" and recs["a1"].title == "First"
    assert recs["a1"].published_at == "2024-05-01" and recs["a1"].url == "https://x/1"
    assert len(recs["a2"].text) == len(big)
    assert [r.position for r in records(items)] == [0, 1, 4]
    reasons = {r.position: r.reason for r in rejections(items)}
    assert "7 cells" in reasons[2] or "6 cells" in reasons[2]
    assert "invalid UTF-8" in reasons[3] and "Body" in reasons[3]


def test_tsv_and_semicolon_csv():
    tsv = b"id\ttitle\ttext\n1\tT\thello world\n"
    assert records(read_bytes(csv_reader, tsv, "x.tsv"))[0].text == "hello world"
    semi = b"id;title;content\n7;T;bonjour, le monde\n"
    assert records(read_bytes(csv_reader, semi, "x.csv"))[0].text == "bonjour, le monde"
    no_text = read_bytes(csv_reader, b"a,b\n1,2\n", "x.csv")
    assert len(no_text) == 1 and no_text[0].position == -1 and "no text column" in no_text[0].reason


def test_parquet_batches_and_types(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    n = 5000
    table = pa.table({
        "article_id": [f"p{i}" for i in range(n)],
        "headline": [f"Title {i}" for i in range(n)],
        "body": [f"Body of {i}" for i in range(n)],
        "published_at": pa.array([datetime(2024, 1, 1, 12, 0)] * n, pa.timestamp("us")),
        "unused": list(range(n)),
    })
    path = tmp_path / "a.parquet"
    pq.write_table(table, path, row_group_size=1000)
    items = read_path(path, tmp_path)
    recs = records(items)
    assert len(recs) == n and not rejections(items)
    assert recs[4999].external_id == "p4999" and recs[4999].position == 4999
    assert recs[0].title == "Title 0" and recs[0].text == "Body of 0"
    assert recs[0].published_at == datetime(2024, 1, 1, 12, 0)
    bad = read_bytes(parquet_reader, b"PAR1 this is not really parquet", "b.parquet")
    assert len(bad) == 1 and "not a readable Parquet file" in bad[0].reason


def test_text_title_paragraphs_and_cp1252_fallback():
    data = b"Ad sales boost\n\nFirst para line\nwrapped.\n\nSecond para.\n" + b"Fee of \xa315m.\n"
    [rec] = read_bytes(text, data, "business/001.txt")
    assert rec.title == "Ad sales boost" and rec.external_id == "business/001.txt"
    assert rec.text == "First para line wrapped.\n\nSecond para. Fee of £15m."
    assert rec.source is None and rec.published_at is None
    [rec] = read_bytes(text, b"No title here\nbecause no blank line follows.\n", "x.txt")
    assert rec.title is None and rec.text == "No title here because no blank line follows."


def test_text_word_lists_and_data_tables_are_no_articles():
    codes = "\n".join(f"code-{i}" for i in range(40)).encode()
    [rej] = read_bytes(text, codes, "other/codes.txt")
    assert isinstance(rej, Rejection) and "a list or data table, not an article" in rej.reason
    facts = "\n".join(f'fact("Land{i}","Capital",["City{i}","x"]).' for i in range(30)).encode()
    assert isinstance(read_bytes(text, facts, "facts.txt")[0], Rejection)
    # A story with a short list in it, and a short note, stay articles.
    story = ("Ministers met in the capital on Monday to sign a trade deal between the two states.\n\n"
             * 6 + "\n".join(["Signed:", "- grain", "- gas", "- steel"])).encode()
    assert isinstance(read_bytes(text, story, "story.txt")[0], RawRecord)
    assert isinstance(read_bytes(text, b"Short note\n\nTwo words.\n", "note.txt")[0], RawRecord)


MD = """---
date: '2024-10-10'
published_time: 2024-10-10 17:11:51-04:00
source_url: https://example.gov/briefing/statement/
tags: statements-releases
title: "Statement from Vice President Kamala\\_Harris on the\\
  \\ Passing of Senator Tim\\_Johnson"
---
 
## A heading

Senator Tim Johnson was a **tenacious** fighter for the *people* of South
Dakota, see [the report](https://x.gov/a_(b)_c.pdf) and
<https://example.gov/x>.  
   
-   First item that is
    wrapped.
-   Second \\[bracketed\\] item with 10\\% and \\*literal\\* stars.

<table><tr><td><strong>State</strong></td><td>Total</td></tr></table>

![](https://img.example/x.png)

\\# \\# \\#
"""


def test_markdown_front_matter_and_cleaning():
    [rec] = read_bytes(markdown, MD.encode(), "statements/2024-10/x.md")
    assert rec.title == "Statement from Vice President Kamala Harris on the Passing of Senator Tim Johnson"
    assert rec.published_at == "2024-10-10T17:11:51-04:00"
    assert rec.url == "https://example.gov/briefing/statement/"
    assert rec.external_id == "statements/2024-10/x.md"
    assert rec.text.split("\n\n") == [
        "A heading",
        "Senator Tim Johnson was a tenacious fighter for the people of South Dakota, see the report and "
        "https://example.gov/x.",
        "First item that is wrapped.",
        "Second [bracketed] item with 10% and *literal* stars.",
        "State Total",
    ]


def test_markdown_without_and_with_broken_front_matter():
    [rec] = read_bytes(markdown, b"# Plain title\n\nSome *text*.\n", "p.md")
    assert rec.title == "Plain title" and rec.text == "Some text." and rec.published_at is None
    [rej] = read_bytes(markdown, b"---\ntitle: [unclosed\n---\nbody\n", "bad.md")
    assert rej.position == 0 and "invalid YAML front matter" in rej.reason
    [rej] = read_bytes(markdown, b"---\ntitle: x\nbody without end\n", "open.md")
    assert "front matter not closed" in rej.reason


SGM = b"""<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<UNKNOWN> &#5;&#5;&#5;C T</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA &lt;REVIEW></TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, said &lt;Comissaria Smith> in S\xe3o Paulo.
    The dry period means the temporao will be late.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE> 2-MAR-1987 10:00:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>ASSETS OF MONEY MARKET FUNDS ROSE
</TITLE>Blah blah blah.
&#3;
</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="3">
<DATE>31-MAR-1987 605:12:19.12</DATE>
<TEXT TYPE="UNPROC">&#2;
FEDERAL RESERVE REPORT - FEB 26
 M-1.........................736.7 up.......2.1
 M-2.......................2,820.1 Vs...2,798.4

 Reuter
&#3;</TEXT>
</REUTERS>
<REUTERS NEWID="4">
<DATE>1-MAR-1987 10:00:00.00</DATE>
<TEXT><BODY>cut off here"""


def test_sgml_reuters_body_brief_unproc_and_cut_story():
    items = read_bytes(sgml, SGM, "reut2-000.sgm")
    recs = records(items)
    assert [r.external_id for r in recs] == ["1", "2", "3"]
    first = recs[0]
    assert first.title == "BAHIA COCOA <REVIEW>" and first.published_at == "1987-02-26T15:01:01.790000"
    # the wire's dateline leads the story as sent (it says where "here" is)
    assert first.text == ("SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, said "
                          "<Comissaria Smith> in S\u00e3o Paulo.\n\n"
                          "The dry period means the temporao will be late.")
    assert recs[1].text == "" and recs[1].title == "ASSETS OF MONEY MARKET FUNDS ROSE"  # BRIEF: headline only
    assert recs[2].text.startswith("FEDERAL RESERVE REPORT - FEB 26\n\nM-1....")
    assert "Reuter" not in recs[2].text
    assert recs[2].published_at == "1987-03-31"  # broken time "605:12": the date is kept, no time invented
    [cut] = rejections(items)
    assert cut.position == 3 and "without </REUTERS>" in cut.reason


TML = b"""<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>AFP_ENG_19970402.0427</DOCID>
<DCT>TIRANA, <TIMEX3 tid="t0" type="TIME" value="1997-04-02" functionInDocument="CREATION_TIME">April 2 , 1997
</TIMEX3> (AFP)</DCT>
<TITLE>Albania, Italy agree</TITLE>
<TEXT>
Albania and Italy <EVENT class="I_ACTION" eid="e1">agreed</EVENT>
<TIMEX3 tid="t1" value="1997-04-02">Wednesday
</TIMEX3> on the <SIGNAL sid="s1">need</SIGNAL>.

Second &amp; last paragraph.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TimeML><DOCID>bomb</DOCID><TEXT>&lol9;</TEXT></TimeML>
"""


def test_timeml_fields_and_inline_tags_dropped():
    [rec] = read_bytes(timeml, TML, "AFP.tml")
    assert rec.external_id == "AFP_ENG_19970402.0427" and rec.published_at == "1997-04-02"
    assert rec.title == "Albania, Italy agree"
    # the wire dateline of DCT leads the story as the wire sent it (it says where "here" is)
    assert rec.text == "TIRANA, April 2 (AFP) - Albania and Italy agreed Wednesday on the need.\n\nSecond & last paragraph."


def test_timeml_bomb_malformed_and_not_timeml():
    t0 = time.perf_counter()
    [rej] = read_bytes(timeml, BOMB, "bomb.tml")
    assert time.perf_counter() - t0 < 1 and "entit" in rej.reason
    [rej] = read_bytes(timeml, b"<TimeML><TEXT>open", "m.tml")
    assert "malformed XML" in rej.reason
    [rej] = read_bytes(timeml, b"<?xml version='1.0'?><rss><channel/></rss>", "feed.xml")
    assert "not <TimeML>" in rej.reason


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Leaders sign energy pact | Example News</title>
<link rel="canonical" href="https://news.example.com/2024/03/05/energy-pact">
<meta property="og:title" content="Leaders sign energy pact">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders sign energy pact</h1>
<p>The presidents of two neighbouring countries signed a long-term agreement on natural gas supplies
on Tuesday, officials said after the talks in the capital.</p>
<p>The memorandum of understanding covers a new pipeline and joint investment in liquefied natural gas
terminals over the next decade, according to a statement.</p>
<p>Energy ministers will meet again in June to agree on prices and volumes for the first deliveries,
the statement added.</p></article>
<footer>Copyright Example News. All rights reserved. Subscribe to our newsletter.</footer></body></html>"""


def test_html_main_text_title_url_date():
    [rec] = read_bytes(html, PAGE.encode(), "page.html")
    assert rec.title == "Leaders sign energy pact"
    assert rec.url == "https://news.example.com/2024/03/05/energy-pact"
    assert str(rec.published_at).startswith("2024-03-05")
    paragraphs = rec.text.split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("The presidents of two")
    assert "Copyright" not in rec.text and "Home" not in rec.text
    [rej] = read_bytes(html, b"<html><body></body></html>", "blank.html")
    assert "no article text" in rej.reason


def _warc_bytes(pages: list[tuple[str, bytes]], gzip_records: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip_records)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for url, body in pages:
        request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        writer.write_record(writer.create_warc_record(url, "request", payload=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url + ".png", "response",
                                                      payload=io.BytesIO(b"\x89PNG..."), http_headers=img))
    gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x/gone", "response", http_headers=gone,
                                                  payload=io.BytesIO(b"<html>not found</html>")))
    return buf.getvalue()


@pytest.mark.parametrize("gzip_records", [True, False])
def test_warc_synthetic_pages_skips_non_html_and_reports_cut(tmp_path, gzip_records):
    data = _warc_bytes([("https://news.example.com/a", PAGE.encode())], gzip_records)
    path = tmp_path / ("crawl.warc.gz" if gzip_records else "crawl.warc")
    path.write_bytes(data)
    items = read_path(path, tmp_path)
    [rec] = records(items)
    assert not rejections(items)
    assert rec.url == "https://news.example.com/a" and rec.external_id.startswith("urn:uuid:")
    assert str(rec.published_at).startswith("2024-03-05")  # the page's date, not WARC-Date (today)
    cut = tmp_path / ("cut.warc.gz" if gzip_records else "cut.warc")
    cut.write_bytes(data[: len(data) * 2 // 3])
    items = read_path(cut, tmp_path)
    assert len(rejections(items)) == 1
    [bad] = read_bytes(warc, b"this is not a web archive\n" * 5, "x.warc")
    assert "not a WARC/ARC archive" in bad.reason
    broken = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
              b"Content-Length: 20\r\n\r\nHTTP/1.1 200 OK\r\n\r\n\r\n\r\n")  # no WARC-Target-URI
    [bad] = read_bytes(warc, broken, "y.warc")
    assert "corrupt or unreadable WARC after record -1" in bad.reason


# --- the dispatcher and bad input --------------------------------------------------------

def test_sniffing_chooses_by_content():
    assert sniff(b"<!DOCTYPE html><html>") == ".html"
    assert sniff(b'<?xml version="1.0" ?>\n<TimeML>') == ".tml"
    assert sniff(b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS') == ".sgm"
    assert sniff(b"WARC/1.0\r\n") == ".warc"
    assert sniff(b'{"id": 1}\n{"id": 2}\n') == ".jsonl"
    assert sniff(b"PAR1\x15") == ".parquet"
    assert sniff(b"Just a story.\n") is None


def _gzip_jsonl(n: int) -> bytes:
    rng = random.Random(7)
    lines = [json.dumps({"id": f"g{i}", "text": " ".join(rng.choice(["gas", "oil", "visit", "pact", "trade",
                                                                    str(rng.random())]) for _ in range(60))})
             for i in range(n)]
    return gzip.compress(("\n".join(lines) + "\n").encode())


def test_landing_day_with_every_kind_of_bad_file(tmp_path):
    day = tmp_path / "2026-01-01"
    (day / "sub").mkdir(parents=True)
    (day / "good.jsonl").write_text(
        json.dumps({"id": "ok1", "title": "T", "text": "good one"}) + "\n"
        + "{not json at all\n"
        + json.dumps({"id": "ok2", "text": "good two"}) + "\n", encoding="utf-8")
    (day / "bad_utf8.jsonl").write_bytes(b'{"id": "u1", "text": "caf\xe9"}\n{"id": "u2", "text": "fine"}\n')
    full = _gzip_jsonl(400)
    (day / "cut.jsonl.gz").write_bytes(full[: len(full) // 2])
    (day / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (day / "empty.jsonl").write_bytes(b"")
    (day / "notes.docx").write_bytes(b"PK\x03\x04 zipped")
    (day / "bomb.tml").write_bytes(BOMB)
    (day / "README.md").write_text("# About this folder\n\nNot an article.\n")
    (day / "page.txt").write_text(PAGE)  # HTML behind a .txt extension
    (day / "sub" / "feed.gz").write_bytes(gzip.compress(b'{"id": "z1", "text": "zipped jsonl"}\n'))
    (day / "sub" / "story.txt").write_text("A title\n\nA story.\n")
    (day / "sub" / "crawl.gz").write_bytes(_warc_bytes([("https://news.example.com/w", PAGE.encode())], True))
    (day / "sub" / "zipped.txt").write_bytes(gzip.compress(b"Zipped title\n\nCompressed, named .txt.\n"))
    (day / ".hidden.jsonl").write_text('{"id": "hidden", "text": "skip"}\n')
    with open(day / "huge.jsonl", "wb") as fh:  # one 50 MB line, then a normal one
        fh.write(b'{"id": "huge", "text": "')
        chunk = b"lorem ipsum " * 87_382
        for _ in range(50):
            fh.write(chunk)
        fh.write(b'"}\n')
        fh.write(b'{"id": "after-huge", "text": "still read"}\n')

    t0 = time.perf_counter()
    items = list(read_landing_day(day))
    assert time.perf_counter() - t0 < 20
    recs = {r.external_id: r for r in records(items)}
    by_file: dict[str, list[str]] = {}
    for r in rejections(items):
        by_file.setdefault(r.file, []).append(r.reason)

    expected = {"ok1", "ok2", "u2", "z1", "after-huge", "sub/story.txt", "page.txt", "sub/zipped.txt"}
    assert expected <= set(recs)
    assert recs["sub/zipped.txt"].title == "Zipped title"
    [from_warc] = [r for r in recs.values() if r.file == "sub/crawl.gz"]  # WARC found by content
    assert from_warc.url == "https://news.example.com/w"
    assert "hidden" not in recs
    assert recs["page.txt"].title == "Leaders sign energy pact"  # read as HTML, not as text
    assert any("not valid JSON" in r for r in by_file["good.jsonl"])
    assert any("invalid UTF-8" in r for r in by_file["bad_utf8.jsonl"])
    cut_ids = [k for k in recs if k.startswith("g")]
    assert 0 < len(cut_ids) < 400
    assert len(by_file["cut.jsonl.gz"]) == 1 and "truncated gzip" in by_file["cut.jsonl.gz"][0]
    assert len(by_file["binary.txt"]) == 1 and "binary" in by_file["binary.txt"][0]
    assert by_file["empty.jsonl"] == ["empty file"]
    assert "unsupported file type '.docx'" in by_file["notes.docx"][0] and "ZIP" in by_file["notes.docx"][0]
    assert "entit" in by_file["bomb.tml"][0]
    assert "documentation file" in by_file["README.md"][0]
    [huge] = by_file["huge.jsonl"]
    assert f"{MAX_RECORD_BYTES // 2**20} MB limit" in huge
    # every rejection names its file and has a reason a person can read
    assert all(r.reason and r.file for r in rejections(items))


def test_reader_exception_becomes_rejection(tmp_path, monkeypatch):
    from dagster_project import readers

    def broken(fh, rel):
        yield RawRecord(rel, 0, "first", "text")
        raise RuntimeError("boom")

    monkeypatch.setitem(readers.READERS, ".jsonl", broken)
    path = tmp_path / "x.jsonl"
    path.write_text("{}\n")
    items = list(read_file(path, "x.jsonl"))
    assert len(records(items)) == 1 and "RuntimeError: boom" in rejections(items)[0].reason


# --- samples of the shared corpora -----------------------------------------------------------

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _sample(paths: list[Path], n: int) -> list[Path]:
    paths = sorted(paths)
    step = max(1, len(paths) // n)
    return paths[::step][:n]


def test_corpus_reuters_two_files():
    root = corpus("reuters21578", "sgm-data")
    items = []
    for name in ("reut2-000.sgm", "reut2-017.sgm"):  # 017 holds a byte that is not UTF-8
        items += read_path(root / name, root)
    recs = records(items)
    assert len(recs) == 2000 and not rejections(items)
    assert len({(r.file, r.external_id) for r in recs}) == 2000
    with_text = [r for r in recs if r.text]
    assert 1800 < len(with_text) < 2000
    assert all(r.published_at and r.published_at.startswith("1987-") for r in recs)
    assert not any(re.search(r"&#?\w+;|[\x00-\x08\x0b-\x1f]|</?BODY>", r.text) for r in recs)
    assert sum(1 for r in recs if r.title) > 1800


def test_corpus_whitehouse_markdown_sample():
    root = corpus("whitehouse_briefing_room")
    paths = _sample([p for p in root.rglob("*.md") if p.name != "README.md"], 200)
    recs = []
    for path in paths:
        items = read_path(path, root)
        assert not rejections(items), items
        recs += records(items)
    assert len(recs) == 200
    for r in recs:
        assert r.title and "\\" not in r.title and "\u00a0" not in r.title
        assert r.url.startswith("https://")
        datetime.fromisoformat(r.published_at)
        assert "\\#" not in r.text and "](" not in r.text and "**" not in r.text
        assert not r.text.rstrip().endswith("###")
    assert sum(1 for r in recs if len(r.text) > 200) > 180


def test_corpus_bbc_text_sample():
    root = corpus("bbc_news_2005")
    paths = _sample(list(root.rglob("*.txt")), 199) + [root / "sport" / "199.txt"]
    recs = []
    for path in paths:
        recs += records(read_path(path, root))
    assert len(recs) == 200
    assert all(r.title and r.text and r.published_at is None for r in recs)
    [r199] = [r for r in recs if r.external_id == "sport/199.txt"]
    assert "\u00a315.8m" in r199.text  # the Windows-1252 pound sign decoded, article kept
    readme = list(read_file(root / "README.TXT", "README.TXT"))
    assert len(readme) == 1 and "documentation file" in readme[0].reason


def test_corpus_bbc_every_story_reads_as_prose_and_reuters_lists_do_not():
    bbc = corpus("bbc_news_2005")
    for path in bbc.rglob("*.txt"):
        lines, share = text.prose_share(path.read_bytes().decode("utf-8", errors="replace"))
        assert lines < text.MIN_LINES_FOR_LIST_TEST or share >= text.MIN_PROSE_SHARE, path
    other = corpus("reuters21578", "other-data")
    rejected = {p.name for p in other.glob("*.txt") if rejections(read_path(p, other))}
    assert {"all-places-strings.lc.txt", "all-topics-strings.lc.txt", "all-people-strings.lc.txt",
            "all-orgs-strings.lc.txt", "all-exchanges-strings.lc.txt",
            "feldman-cia-worldfactbook-data.txt"} <= rejected


def test_corpus_tempeval_sample():
    root = corpus("tempeval3_timeml")
    paths = _sample(list(root.rglob("*.tml")), 100)
    recs = []
    for path in paths:
        items = read_path(path, root)
        assert not rejections(items), items
        recs += records(items)
    assert len(recs) == 100
    assert all(_ISO.match(r.published_at) for r in recs)
    assert all(r.external_id and "<" not in r.text and len(r.text) > 100 for r in recs)


def test_corpus_tempeval_platinum_as_landing_day():
    day = corpus("tempeval3_timeml", "Evaluation", "te3-platinum")
    items = list(read_landing_day(day))
    assert len(records(items)) == 20
    assert [r.reason for r in rejections(items)] == ["not an article: documentation file (README)"]


def _html_pages() -> tuple[Path, dict]:
    root = corpus("article_extraction_benchmark_html")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    return root, truth


def test_corpus_html_sample_against_ground_truth():
    root, truth = _html_pages()
    keys = sorted(truth)[::9][:20]
    f1s = []
    for key in keys:
        [rec] = read_path(root / "html" / f"{key}.html.gz", root)
        assert isinstance(rec, RawRecord) and rec.title and len(rec.text) > 200
        assert not re.search(r"</?(?:p|div|span|a|br|script|li)\b[^>]*>", rec.text)
        expected = truth[key]["articleBody"].lower().split()
        got = rec.text.lower().split()
        from collections import Counter

        overlap = sum((Counter(expected) & Counter(got)).values())
        p, r = overlap / max(1, len(got)), overlap / max(1, len(expected))
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    assert sum(f1s) / len(f1s) > 0.85


def test_corpus_warc_from_benchmark_pages(tmp_path):
    root, truth = _html_pages()
    keys = sorted(truth)[:3]
    pages = [(truth[k].get("url") or f"https://example.com/{k}", gzip.decompress(
        (root / "html" / f"{k}.html.gz").read_bytes())) for k in keys]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_bytes(pages, gzip_records=True))
    items = read_path(path, tmp_path)
    recs = records(items)
    assert len(recs) == 3 and not rejections(items)
    assert [r.url for r in recs] == [u for u, _ in pages]
    assert len({r.external_id for r in recs}) == 3
    for rec, key in zip(recs, keys):
        first_words = " ".join(truth[key]["articleBody"].split()[:8])
        assert first_words.lower() in " ".join(rec.text.split()).lower()


def test_sgml_dateline_with_a_country_or_state_leads_the_story():
    story = (b'<REUTERS NEWID="7"><DATE>23-MAR-1987 07:50:06.42</DATE><TEXT>&#2;<TITLE>TALKS OPEN</TITLE>'
             b'<DATELINE>    TAUPO, New Zealand, March 23 - </DATELINE><BODY>Ministers met here.\n Reuter\n&#3;'
             b'</BODY></TEXT></REUTERS>'
             b'<REUTERS NEWID="8"><DATE>23-MAR-1987 07:50:06.42</DATE><TEXT>&#2;<TITLE>ORDER</TITLE>'
             b'<DATELINE>    PORTLAND, Ore., March 23 - </DATELINE><BODY>The firm won an order.\n Reuter\n&#3;'
             b'</BODY></TEXT></REUTERS>')
    recs = records(read_bytes(sgml, story, "reut2-009.sgm"))
    assert [r.text for r in recs] == ["TAUPO, New Zealand, March 23 - Ministers met here.",
                                      "PORTLAND, Ore., March 23 - The firm won an order."]
