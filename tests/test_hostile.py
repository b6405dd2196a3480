"""Hostile input (issue 13): no file, line or value stops the landing day, loses records silently
or makes the readers leave the landing folder. Every input is built in tmp_path beside good records."""

import csv
import io
import json
import os
from datetime import UTC, date, datetime, timedelta

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import run_build

from dagster_project.defs.partitions import register_landing_days
from dagster_project.ingest.normalize import normalize, parse_published_checked
from dagster_project.readers import READERS, read_file, read_landing_day
from dagster_project.readers.base import FileCount, RawRecord, Rejection
from dagster_project.readers.jsonl import count_records

DAY = date(2026, 1, 2)
TEXT = "President Vladimir Putin will visit China at the invitation of Chinese President Xi Jinping."


def good(i: int, **extra) -> dict:
    return {"id": f"good:{i}", "source": "test", "text": f"Article number {i}. {TEXT}", **extra}


def jsonl(path, lines) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((ln if isinstance(ln, str) else json.dumps(ln)) + "\n" for ln in lines),
                    encoding="utf-8")


def ingest(day_dir):
    return normalize(read_landing_day(day_dir), DAY)


def balanced(result) -> bool:
    c = result.file_counts
    return c.filter(pl.col("read") != pl.col("accepted") + pl.col("duplicates") + pl.col("rejected")).height == 0


def rejected(result, file: str) -> list[tuple[int, str, str]]:
    return result.rejected.filter(pl.col("file") == file).select("position", "reason", "excerpt").rows()


# ---- 1. links and special files --------------------------------------------------------------

def test_links_leaving_the_landing_folder_are_refused_and_name_the_link_only(tmp_path, monkeypatch):
    secret = "HOSTILE_SECRET_VALUE_4242"
    monkeypatch.setenv("HOSTILE_TEST_SECRET", secret)  # inherited by nothing: /proc/self/environ is ours
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.jsonl").write_text(json.dumps(good(99, text=f"{secret} leaked")) + "\n")
    (outside / "notes.txt").write_text(f"Secret notes\n\n{secret} in a text file outside the folder.\n")
    day = tmp_path / "raw" / "2026-01-02"
    jsonl(day / "a.jsonl", [good(1)])
    (day / "passwd.txt").symlink_to("/etc/passwd")
    (day / "environ.jsonl").symlink_to("/proc/self/environ")
    (day / "secret.jsonl").symlink_to(outside / "secret.jsonl")
    (day / "notes.txt").symlink_to(outside / "notes.txt")
    (day / "relative.txt").symlink_to("../../elsewhere/notes.txt")
    (day / "sub").symlink_to(outside, target_is_directory=True)  # a folder elsewhere: not walked
    (day / "broken.jsonl").symlink_to(tmp_path / "missing.jsonl")
    (day / "inner").mkdir()
    jsonl(day / "inner" / "b.jsonl", [good(2)])
    (day / "inner_link.jsonl").symlink_to(day / "inner" / "b.jsonl")  # inside the folder: read
    os.mkfifo(day / "pipe.jsonl")  # would block a plain open() forever

    result = ingest(day)

    assert sorted(result.articles["external_id"]) == ["good:1", "good:2"]
    assert result.duplicates.height == 1  # inner_link.jsonl is the same text as inner/b.jsonl
    refused = {f: r for f, p, r in result.rejected.select("file", "position", "reason").rows() if p == -1}
    assert set(refused) == {"passwd.txt", "environ.jsonl", "secret.jsonl", "notes.txt", "relative.txt", "sub",
                            "broken.jsonl", "pipe.jsonl"}
    for link in ("passwd.txt", "environ.jsonl", "secret.jsonl", "notes.txt", "relative.txt", "sub"):
        assert refused[link].startswith(f"{link}: symbolic link to a place outside the landing folder")
    assert "broken symbolic link" in refused["broken.jsonl"]
    assert "FIFO" in refused["pipe.jsonl"]
    everything = " ".join(str(v) for frame in (result.articles, result.rejected) for v in frame.rows())
    assert secret not in everything
    assert "root:" not in everything  # nothing of /etc/passwd
    assert str(outside) not in everything and "/etc/passwd" not in everything  # targets are not named
    assert all(e == "" for e in result.rejected["excerpt"])
    assert balanced(result)


def test_a_link_is_not_followed_without_its_landing_folder(tmp_path):
    (tmp_path / "real.jsonl").write_text(json.dumps(good(1)) + "\n")
    (tmp_path / "link.jsonl").symlink_to(tmp_path / "real.jsonl")
    items = list(read_file(tmp_path / "link.jsonl", "link.jsonl"))
    assert len(items) == 1 and isinstance(items[0], Rejection) and "symbolic link" in items[0].reason


# ---- 2. records lost silently ------------------------------------------------------------------

def test_jsonl_line_nested_100000_deep_is_rejected_and_the_next_lines_are_read(tmp_path):
    day = tmp_path / "day"
    deep = "[" * 100_000 + "]" * 100_000
    deep_object = '{"id": "x", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    huge_int = '{"id": 1' + "0" * 5000 + ', "text": "big id"}'
    jsonl(day / "a.jsonl", [good(1), deep, good(2), deep_object, "", huge_int, good(3)])

    result = ingest(day)

    assert sorted(result.articles["external_id"]) == ["good:1", "good:2", "good:3"]
    bad = {p: r for p, r, _ in rejected(result, "a.jsonl")}
    assert set(bad) == {1, 3, 5}  # 0-based line numbers; line 4 is blank
    assert "nested too deeply" in bad[1] and "nested too deeply" in bad[3]
    assert "not readable JSON" in bad[5]
    assert result.file_counts.row(0, named=True) == {
        "file": "a.jsonl", "read": 6, "in_file": 6, "accepted": 3, "duplicates": 0, "rejected": 3}
    assert balanced(result)


def test_deep_json_document_falls_back_to_lines(tmp_path):
    day = tmp_path / "day"
    jsonl(day / "a.json", [good(1), "[" * 100_000 + "]" * 100_000, good(2)])
    result = ingest(day)
    assert sorted(result.articles["external_id"]) == ["good:1", "good:2"]
    assert [p for p, _, _ in rejected(result, "a.json")] == [1]


def test_records_a_reader_loses_leave_the_file_unbalanced(tmp_path, monkeypatch):
    day = tmp_path / "day"
    jsonl(day / "a.jsonl", [good(1), good(2), good(3), good(4)])

    def stops_after_two(fh, rel):  # a reader that silently stops half-way
        for i, _line in zip(range(2), fh):
            yield RawRecord(rel, i, f"good:{i}", f"text {i}")

    monkeypatch.setitem(READERS, ".jsonl", stops_after_two)
    result = ingest(day)
    counts = result.file_counts.row(0, named=True)
    assert counts["in_file"] == 4 and counts["read"] == 4 and counts["accepted"] == 2
    assert not balanced(result)


@pytest.mark.parametrize("data, expected", [
    (b"", 0),
    (b"\n\n  \n\t\r\n", 0),
    (b'{"a": 1}', 1),
    (b'\xef\xbb\xbf{"a": 1}\n\n{"b": 2}\n', 2),
    (b"x\n \n y \n\n", 2),
    (b"\xef\xbb\xbf\n", 0),
    (b"a" * (3 << 20) + b"\n" + b" " * (2 << 20) + b"\nb", 2),  # lines across 1 MB chunks
    (b"a" * ((1 << 20) - 1) + b"\n" + b"\n" * (1 << 20) + b"c\n", 2),
])
def test_jsonl_record_count_from_the_file(data, expected):
    assert count_records(io.BytesIO(data)) == expected
    lines = [ln for i, ln in enumerate(data.split(b"\n"))
             if (ln.removeprefix(b"\xef\xbb\xbf") if i == 0 else ln).strip()]
    assert len(lines) == expected


def test_a_file_of_only_blank_lines_has_an_accounting_row(tmp_path):
    day = tmp_path / "day"
    (day).mkdir()
    (day / "blank.jsonl").write_text("\n\n   \n\n")
    (day / "header_only.csv").write_text("id,text\n")
    jsonl(day / "a.jsonl", [good(1)])
    result = ingest(day)
    counts = {r["file"]: r for r in result.file_counts.to_dicts()}
    assert set(counts) == {"a.jsonl", "blank.jsonl", "header_only.csv"}
    assert counts["blank.jsonl"]["read"] == counts["blank.jsonl"]["rejected"] == 1
    assert "only blank lines" in rejected(result, "blank.jsonl")[0][1]
    assert counts["header_only.csv"]["rejected"] == 1
    assert balanced(result)


def _csv_rows(text: str):
    items = list(READERS[".csv"](io.BytesIO(text.encode()), "a.csv"))
    records = {r.external_id: r.text for r in items if isinstance(r, RawRecord)}
    return records, [r for r in items if isinstance(r, Rejection)]


def test_csv_unterminated_quote_rejects_the_record_and_reads_the_next_rows():
    # The quote of row 1 is never closed; row 2's opening quote would close it in lenient CSV,
    # merging row 2 into row 1's text.
    records, rejections = _csv_rows('id,text\n1,"hello world\n2,"second row"\n3,third row\n')
    assert records == {"2": "second row", "3": "third row"}
    assert len(rejections) == 1 and rejections[0].position == 0
    assert "malformed CSV record at line 2" in rejections[0].reason and "read again" in rejections[0].reason
    assert "hello world" in rejections[0].excerpt


def test_csv_quote_open_to_the_end_of_the_file_loses_no_later_row():
    records, rejections = _csv_rows('id,text\n1,ok\n2,"never closed\n3,third\n4,fourth\n')
    assert records == {"1": "ok", "3": "third", "4": "fourth"}
    assert [r.position for r in rejections] == [1]
    assert "unexpected end of data" in rejections[0].reason


def test_csv_legitimate_multiline_and_doubled_quotes_still_read():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerows([["id", "text"], ["1", 'He said "yes".\n\nSecond paragraph, with a comma.'], ["2", "plain"]])
    records, rejections = _csv_rows(buf.getvalue())
    assert records == {"1": 'He said "yes".\n\nSecond paragraph, with a comma.', "2": "plain"}
    assert rejections == []


def _parquet(path, table: pa.Table) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)


def test_parquet_out_of_range_timestamp_keeps_the_row_with_a_null_date_and_a_warning(tmp_path):
    day = tmp_path / "day"
    year_20000 = 567_000_000_000 * 10**6  # microseconds: far beyond Python's year 9999
    _parquet(day / "a.parquet", pa.table({
        "id": ["p:1", "p:2", "p:3"],
        "text": [f"One. {TEXT}", f"Two. {TEXT}", f"Three. {TEXT}"],
        "published_at": pa.array([1_700_000_000 * 10**6, year_20000, None], type=pa.timestamp("us", tz="UTC")),
    }))
    result = ingest(day)
    dates = dict(result.articles.select("external_id", "published_at").rows())
    assert set(dates) == {"p:1", "p:2", "p:3"}
    assert dates["p:1"] == datetime.fromtimestamp(1_700_000_000, UTC) and dates["p:2"] is None
    assert result.rejected.height == 0
    assert result.warnings.select("position", "field").rows() == [(1, "published_at")]
    assert "range of timestamps" in result.warnings["warning"][0] or "not a date" in result.warnings["warning"][0]
    assert result.file_counts.row(0, named=True)["in_file"] == 3 and balanced(result)


def test_parquet_values_of_the_wrong_type_are_rejected_or_decoded_not_stored_as_repr(tmp_path):
    day = tmp_path / "day"
    _parquet(day / "bin.parquet", pa.table({
        "id": ["b:1", "b:2", "b:3"],
        "text": pa.array([f"One. {TEXT}".encode(), b"\xff\xfe broken", f"Three. {TEXT}".encode()], type=pa.binary()),
    }))
    _parquet(day / "struct.parquet", pa.table({
        "id": ["s:1", "s:2"],
        "text": [f"Four. {TEXT}", f"Five. {TEXT}"],
        "title": pa.array([{"en": "A title", "fr": "Un titre"}, None],
                          type=pa.struct([("en", pa.string()), ("fr", pa.string())])),
    }))
    result = ingest(day)
    assert sorted(result.articles["external_id"]) == ["b:1", "b:3", "s:2"]
    assert all(not t.startswith("b'") for t in result.articles["text"])
    assert result.articles.filter(pl.col("external_id") == "b:1")["text"][0] == f"One. {TEXT}"
    reasons = dict(((f, p), r) for f, p, r in result.rejected.select("file", "position", "reason").rows())
    assert "not UTF-8" in reasons[("bin.parquet", 1)]
    assert "'title' is a dict" in reasons[("struct.parquet", 0)]
    assert "{'en'" not in " ".join(str(v) for v in result.articles.rows())
    assert balanced(result)


def test_jsonl_object_as_title_is_rejected_with_the_field_named(tmp_path):
    day = tmp_path / "day"
    jsonl(day / "a.jsonl", [good(1, title={"nested": "object"}), good(2, title=["Part one", "part two"]),
                            good(3, title=2024)])
    result = ingest(day)
    titles = dict(result.articles.select("external_id", "title").rows())
    assert titles == {"good:2": "Part one\n\npart two", "good:3": "2024"}
    assert "'title' is a dict" in rejected(result, "a.jsonl")[0][1]


# ---- 3. one value must not stop the build ------------------------------------------------------

@pytest.mark.parametrize("value, kind", [
    ("9999-12-31T23:59:59-05:00", "range"),
    ("0001-01-01T00:00:00+05:00", "range"),
    ("not a date", "form"),
    ("2024-02-30", "form"),
    ("99999-01-01T00:00:00Z", "form"),
])
def test_bad_published_at_becomes_null_with_a_recorded_warning(tmp_path, value, kind):
    parsed, warning = parse_published_checked(value)
    assert parsed is None and warning
    assert ("range of timestamps" if kind == "range" else "not a date in a known form") in warning
    day = tmp_path / "day"
    jsonl(day / "a.jsonl", [good(1, published_at=value), good(2, published_at="2024-05-14T09:00:00+00:00")])
    result = ingest(day)
    assert result.articles.height == 2 and result.rejected.height == 0
    assert result.warnings.select("position", "article_id", "field", "value").rows() == [
        (0, result.articles["article_id"][0], "published_at", value)]


def test_valid_extreme_dates_still_parse():
    assert parse_published_checked("9999-12-31T23:59:59+00:00")[0] == datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert parse_published_checked("0001-01-01T05:00:00+05:00")[0] == datetime(1, 1, 1, tzinfo=UTC)
    assert parse_published_checked(None) == (None, None)


def test_build_with_hostile_days_publishes_the_good_records(tmp_path):
    """The contract's command over a day of hostile files, a 1987 folder and a future folder:
    exit 0, the good records published (every valid date is a landing day), the bad ones
    rejected or warned about with reasons."""
    raw = tmp_path / "raw"
    day = raw / "2026-01-02"
    outside = tmp_path / "outside.jsonl"
    outside.write_text(json.dumps(good(99, text="OUTSIDE_CONTENT " + TEXT)) + "\n")
    jsonl(day / "a.jsonl", [good(1, published_at="9999-12-31T23:59:59-05:00"), "[" * 100_000 + "]" * 100_000,
                            good(2, published_at="not a date"), good(3)])
    (day / "link.jsonl").symlink_to(outside)
    (day / "blank.jsonl").write_text("\n\n")
    (day / "b.csv").write_text('id,text\nc:1,"unterminated\nc:2,"Second row. ' + TEXT + '"\n')
    future = (datetime.now(UTC).date() + timedelta(days=400)).isoformat()
    for n, name in enumerate(("1987-03-02", future)):
        jsonl(raw / name / "x.jsonl", [good(50 + n)])

    proc = run_build(raw, tmp_path / "lake", tmp_path / "w.duckdb")

    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "skipping" not in proc.stderr and "ERROR" not in proc.stderr, proc.stderr[-3000:]
    assert f"{future} landing day" in proc.stderr and "1987-03-02 landing day" in proc.stderr
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        ids = {r[0] for r in con.sql("select external_id from articles").fetchall()}
        days = dict(con.sql("select external_id, landing_day::varchar from articles").fetchall())
        rejected_rows = con.sql("select file, position, reason, excerpt from rejected_records").fetchall()
        warnings = con.sql("select file, position, field, warning from field_warnings order by position").fetchall()
    finally:
        con.close()
    assert ids == {"good:1", "good:2", "good:3", "c:2", "good:50", "good:51"}
    assert (days["good:50"], days["good:51"]) == ("1987-03-02", future)
    by_file = {(f, p): r for f, p, r, _ in rejected_rows}
    assert "nested too deeply" in by_file[("a.jsonl", 1)]
    assert "outside the landing folder" in by_file[("link.jsonl", -1)]
    assert "only blank lines" in by_file[("blank.jsonl", -1)]
    assert "malformed CSV" in by_file[("b.csv", 0)]
    assert not any("OUTSIDE_CONTENT" in (e or "") for *_, e in rejected_rows)
    assert [(f, p, fld) for f, p, fld, _ in warnings] == [("a.jsonl", 0, "published_at"),
                                                          ("a.jsonl", 2, "published_at")]


def test_file_count_items_do_not_count_as_records(tmp_path):
    day = tmp_path / "day"
    jsonl(day / "a.jsonl", [good(1), good(2)])
    items = list(read_landing_day(day))
    assert [type(i).__name__ for i in items] == ["RawRecord", "RawRecord", "FileCount"]
    assert items[-1] == FileCount("a.jsonl", 2)


def test_hostile_day_materializes_with_every_check_passing_and_old_lakes_still_publish(tmp_path):
    """Through the asset graph: the handled hostile files leave every file balanced (the check
    passes); a lake written before field_warnings existed still publishes (an empty table)."""
    import shutil

    from dagster import DagsterInstance, materialize

    from dagster_project.definitions import ASSETS
    from dagster_project.defs.automation import LANDING_DAY_ASSETS
    from dagster_project.defs.resources import NewsPaths
    from dagster_project.warehouse import publish

    day = tmp_path / "raw" / "2026-01-02"
    jsonl(day / "a.jsonl", [good(1, published_at="0001-01-01T00:00:00+05:00"), "{" * 50_000, good(2), ""])
    (day / "b.csv").write_text('id,text\nc:1,"never closed\nc:2,Second row\n')
    (day / "passwd.txt").symlink_to("/etc/passwd")
    (day / "blank.jsonl").write_text("\n \n")
    lake = tmp_path / "lake"
    paths = NewsPaths(raw_dir=str(tmp_path / "raw"), lake_dir=str(lake), warehouse_path=str(tmp_path / "w.duckdb"))
    instance = DagsterInstance.ephemeral()
    register_landing_days(instance, ["2026-01-02"])
    result = materialize(ASSETS, selection=LANDING_DAY_ASSETS, partition_key="2026-01-02",
                         resources={"paths": paths}, instance=instance)
    assert result.success
    checks = {c.check_name: c.passed for c in result.get_asset_check_evaluations()}
    assert checks["every_record_accounted_for"] is True
    warnings = pl.read_parquet(lake / "field_warnings" / "landing_day=2026-01-02" / "part-0.parquet")
    assert warnings.select("file", "position").rows() == [("a.jsonl", 0)]

    shutil.rmtree(lake / "field_warnings")  # as a lake from before this table
    publish.publish(lake, tmp_path / "w.duckdb", full=True)
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        assert con.sql("select count(*) from field_warnings").fetchall() == [(0,)]
        assert con.sql("select count(*) from articles").fetchall() == [(3,)]
    finally:
        con.close()


def test_processes_opening_a_new_dagster_home_together_do_not_race(tmp_path):
    # Dagster creates a new home's SQLite schema without a lock: six processes released at once
    # made 20 of 36 openings fail ("table jobs already exists") before home_instance(), three 3 of 9.
    import subprocess
    import sys
    import time

    home = tmp_path / "home"
    home.mkdir()
    go = tmp_path / "go"
    code = ("import os, sys, time\n"
            "from dagster_project.instance import home_instance\n"
            "open(sys.argv[2], 'w').close()\n"
            "while not os.path.exists(sys.argv[1]): time.sleep(0.005)\n"
            "home_instance().dispose()\n"
            "print('opened')\n")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(go), str(tmp_path / f"ready{i}")],
                              env={**os.environ, "DAGSTER_HOME": str(home)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(3)]
    deadline = time.time() + 120
    while sum((tmp_path / f"ready{i}").exists() for i in range(3)) < 3 and time.time() < deadline:
        time.sleep(0.05)
    go.touch()
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 3, [err[-600:] for _out, err in results if err]
    assert all(out.strip() == "opened" for out, _err in results)
