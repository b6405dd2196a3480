"""The warehouse analysts open: the schema on the sample data, one event per real-world event,
the example queries, the data dictionary, the DuckDB command-line client, the partition checks,
and publishing that never hurts a reader (proved with second, real processes)."""

import hashlib
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest
from conftest import REPO, duckdb_cli

from dagster_project import lake
from dagster_project.__main__ import main
from dagster_project.defs import checks
from dagster_project.defs.facts import facts
from dagster_project.defs.ingest import articles
from dagster_project.defs.warehouse import warehouse
from dagster_project.warehouse import dictionary
from dagster_project.warehouse.publish import SQL_DIR, STORAGE_VERSION, publish, staging_files

EXAMPLES = sorted((REPO / "sql" / "examples").glob("*.sql"))
LAKE_TABLES = ("articles", "visits", "documents", "trade_energy_mentions", "rejected_records", "duplicates")

# A second process that opens the warehouse read-only, keeps the connection open and answers one
# query per line of stdin with the first value of its result.
READER = r"""
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print("open", flush=True)
for line in sys.stdin:
    try:
        print(repr(con.sql(line).fetchall()[0][0]), flush=True)
    except Exception as exc:
        print("ERROR " + str(exc).replace("\n", " "), flush=True)
"""


# ---- fixtures -------------------------------------------------------------------------------------------

@pytest.fixture
def sample_con(sample):
    con = duckdb.connect(str(sample[1]), read_only=True)
    yield con
    con.close()


class Reader:
    """A second Python process holding a read-only connection to the warehouse."""

    def __init__(self, path: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", READER, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self._line() == "open"

    def _line(self) -> str:
        line = self.proc.stdout.readline()
        assert line, f"the reader died: {self.proc.stderr.read()[-2000:]}"
        return line.strip()

    def ask(self, sql: str):
        self.proc.stdin.write(sql.replace("\n", " ") + "\n")
        self.proc.stdin.flush()
        answer = self._line()
        assert not answer.startswith("ERROR"), answer
        return eval(answer)  # repr of an int or a str

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def read_once(path: Path, sql: str):
    """One query in a fresh process (a new analyst opening the file now)."""
    code = "import sys, duckdb; con = duckdb.connect(sys.argv[1], read_only=True); " \
           "print(repr(con.sql(sys.argv[2]).fetchall()[0][0]))"
    proc = subprocess.run([sys.executable, "-c", code, str(path), sql], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return eval(proc.stdout.strip())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_day_lake(sample_lake: Path, dest: Path, day: str = "2024-05-14") -> Path:
    """A copy of the sample lake with only one landing day: publishes a different warehouse."""
    for table in LAKE_TABLES:
        src = lake.partition_dir(sample_lake, table, day)
        shutil.copytree(src, lake.partition_dir(dest, table, day))
    return dest


# ---- the schema on the sample data ---------------------------------------------------------------------

def test_seed_visit_is_one_event(sample_con):
    # data/raw holds the seed twice: putin_china.txt on 2024-05-14 and a JSONL copy on 2024-05-15
    seeds = sample_con.sql("select article_id, external_id, source from articles "
                           "where text like 'President Vladimir Putin will visit China%'").fetchall()
    assert len(seeds) == 1
    kept_id, external_id, source = seeds[0]
    assert (external_id, source) == ("seed:putin_china.txt", "seed")  # the copy with a source is kept
    dropped = sample_con.sql("select external_id, kept_article_id, reason from duplicate_articles").fetchall()
    assert dropped == [("putin_china.txt", kept_id, "same text, other landing day")]

    events = sample_con.sql("select visitor_name, visitor_iso3, destination_iso3, host_name, status, cities, "
                            "n_articles from visit_events where destination_iso3 = 'CHN'").fetchall()
    assert events == [("Vladimir Putin", "RUS", "CHN", "Xi Jinping", "planned", ["Beijing", "Harbin"], 1)]
    # every visit row belongs to exactly one event, and the event tables are keyed
    n_visits, n_members, n_events, distinct_events = sample_con.sql(
        "select (select count(*) from visits), (select count(distinct visit_id) from visit_event_members), "
        "(select count(*) from visit_events), (select count(distinct visit_event_id) from visit_events)").fetchall()[0]
    assert n_visits == n_members and n_events == distinct_events


def test_tables_keys_and_references(sample_con):
    keys = {"articles": "article_id", "visits": "visit_id", "documents": "document_id",
            "trade_energy_mentions": "mention_id", "visit_events": "visit_event_id",
            "document_events": "document_event_id", "dim_country": "iso3", "dim_person": "person_term_id",
            "dim_source": "source"}
    for table, key in keys.items():
        n, distinct, nulls = sample_con.sql(
            f"select count(*), count(distinct {key}), count(*) - count({key}) from {table}").fetchall()[0]
        assert n > 0 and n == distinct and nulls == 0, table
    for table in ("visits", "documents", "trade_energy_mentions"):
        orphans = sample_con.sql(f"select count(*) from {table} anti join articles using (article_id)").fetchall()[0][0]
        assert orphans == 0, table
        bad = sample_con.sql(f"""select count(*) from {table} f join articles a using (article_id)
            where substr(a.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) <> f.sentence""").fetchall()[0]
        assert bad[0] == 0, table
    unknown = sample_con.sql("""
        select code from (select visitor_iso3 as code from visits union all select destination_iso3 from visits
                          union all select unnest(parties) from documents
                          union all select unnest(countries) from trade_energy_mentions)
        where code is not null and code not in (select iso3 from dim_country)""").fetchall()
    assert unknown == []


def test_there_are_at_least_eight_examples_each_with_a_question():
    assert len(EXAMPLES) >= 8
    for path in EXAMPLES:
        assert path.read_text(encoding="utf-8").startswith("-- "), f"{path.name} should open with its question"


# ---- one event per real-world event ------------------------------------------------------------------

def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _write_scenario(sample_lake: Path, dest: Path) -> None:
    """A lake written by hand: reports of the same trips and documents across articles and days."""
    schemas = {t: pl.read_parquet_schema(lake.partition_dir(sample_lake, t, "2024-05-15") / "part-0.parquet")
               for t in LAKE_TABLES}

    def frame(table, rows):
        return pl.DataFrame([{c: r.get(c) for c in schemas[table]} for r in rows], schema=schemas[table])

    def article(aid, published, text, source="wire"):
        return dict(article_id=aid, external_id=aid, source=source, published_at=_utc(published), title=None,
                    language="en", text=text, content_hash=hashlib.sha1(text.encode()).hexdigest())

    def evidence(art):
        return dict(article_id=art["article_id"], sentence=art["text"], sentence_start=0,
                    sentence_end=len(art["text"]), extractor_version="test")

    def visit(vid, art, name, iso3, dest_iso3, status, cities=()):
        return dict(visit_id=vid, visitor_name=name, visitor_iso3=iso3, destination_iso3=dest_iso3,
                    status=status, cities=list(cities), **evidence(art))

    def document(did, art, doc_type, parties, status, name="agreement"):
        return dict(document_id=did, doc_type=doc_type, parties=parties, status=status, document_name=name,
                    **evidence(art))

    a1 = article("a1", "2024-05-01T09:00:00", "President Vladimir Putin will visit China and sign an agreement.")
    a2 = article("a2", "2024-05-02T09:00:00", "A Russian delegation is preparing the trip to China.")
    a3 = article("a3", "2024-05-04T12:00:00", "Sergei Lavrov will travel to China.")
    b1 = article("b1", "2024-05-18T09:00:00", "Putin visited Harbin; two agreements were signed with China.",
                 source="other")
    b2 = dict(a1, article_id="b2", external_id="copy-of-a1")  # the same text again, on a later day
    b3 = article("b3", "2024-05-25T09:00:00", "Putin will visit China again in June.")
    c1 = article("c1", "2024-09-01T09:00:00", "Putin plans another visit to China.")
    days = {
        "2024-05-01": dict(
            articles=[a1, a2, a3],
            visits=[visit("v1", a1, "Vladimir Putin", "RUS", "CHN", "planned", ["Beijing"]),
                    visit("v2", a2, None, "RUS", "CHN", "planned"),
                    visit("v3", a3, "Sergei Lavrov", "RUS", "CHN", "planned")],
            documents=[document("d1", a1, "agreement", ["RUS", "CHN"], "planned")]),
        "2024-05-20": dict(
            articles=[b1, b2, b3],
            visits=[visit("v4", b1, "Putin", "RUS", "CHN", "completed", ["Harbin"]),
                    visit("v5", b2, "Vladimir Putin", "RUS", "CHN", "planned", ["Beijing"]),
                    visit("v6", b3, "Putin", "RUS", "CHN", "planned")],
            documents=[document("d2", b1, "agreement", ["CHN", "RUS"], "signed"),
                       document("d3", b1, "agreement", ["CHN", "RUS"], "signed", "second agreement"),
                       document("d4", b2, "agreement", ["RUS", "CHN"], "planned")]),
        "2024-09-02": dict(articles=[c1], visits=[visit("v7", c1, "Putin", "RUS", "CHN", "planned")]),
    }
    for day, tables in days.items():
        for table in LAKE_TABLES:
            lake.write_partition(frame(table, tables.get(table, [])), dest, table, day)


def test_reports_of_the_same_trip_and_document_become_one_event(sample, tmp_path):
    _write_scenario(sample[0], tmp_path / "lake")
    publish(tmp_path / "lake", tmp_path / "w.duckdb")
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        assert con.sql("select external_id, kept_article_id, reason from duplicate_articles").fetchall() == [
            ("copy-of-a1", "a1", "same text, other landing day")]
        events = con.sql("""
            select e.visitor_name, e.first_reported_at::date::varchar, e.last_reported_at::date::varchar,
                   e.status, e.n_articles, e.n_sources, e.cities,
                   list_sort(list(m.visit_id)) as visit_ids
            from visit_events e join visit_event_members m using (visit_event_id)
            group by all order by 2""").fetchall()
        assert events == [
            # planned on May 1, a nameless "Russian delegation" on May 2, completed on May 18: one trip,
            # which shows completed; the copy of a1 landed later is not counted again
            ("Vladimir Putin", "2024-05-01", "2024-05-18", "completed", 3, 2, ["Beijing", "Harbin"],
             ["v1", "v2", "v4"]),
            ("Sergey Lavrov", "2024-05-04", "2024-05-04", "planned", 1, 1, [], ["v3"]),  # dim_person spelling
            ("Vladimir Putin", "2024-05-25", "2024-05-25", "planned", 1, 1, [], ["v6"]),  # planned after done
            ("Vladimir Putin", "2024-09-01", "2024-09-01", "planned", 1, 1, [], ["v7"]),  # months later
        ]
        documents = con.sql("""
            select d.status, d.n_articles, d.first_reported_signed_at::date::varchar,
                   list_sort(list(m.document_id)) as ids
            from document_events d join document_event_members m using (document_event_id)
            group by all order by ids""").fetchall()
        assert documents == [("signed", 2, "2024-05-18", ["d1", "d2"]), ("signed", 1, "2024-05-18", ["d3"])]
        during = con.sql("select visitor_name, status from documents_signed_during_visits "
                         "where visit_status = 'completed'").fetchall()
        assert during == [("Vladimir Putin", "signed"), ("Vladimir Putin", "signed")]
        timeline = con.sql("select visitor_name, visitor_role, status from person_visit_timeline "
                           "where visitor_name = 'Vladimir Putin'").fetchall()
        assert [s for _, _, s in timeline] == ["completed", "planned", "planned"]
        assert {r for _, r, _ in timeline} == {"head_of_state"}  # resolved to dim_person
        pairs = con.sql("select month::varchar, visits, documents from country_pair_activity_monthly "
                        "where country_a_iso3 = 'CHN' and country_b_iso3 = 'RUS' order by month").fetchall()
        assert pairs == [("2024-05-01", 3, 2), ("2024-09-01", 1, 0)]
    finally:
        con.close()


# ---- the data dictionary -------------------------------------------------------------------------------

def test_data_dictionary_matches_the_catalog(sample):
    con = duckdb.connect(str(sample[1]), read_only=True)
    try:
        catalog = dictionary.read_catalog(con)
    finally:
        con.close()
    names = {o.name for o in catalog}
    assert {"articles", "visits", "documents", "trade_energy_mentions", "rejected_records", "duplicate_articles",
            "dim_country", "dim_person", "dim_city", "dim_source", "visit_events", "document_events",
            "country_pair_activity_monthly", "person_visit_timeline", "documents_signed_during_visits"} <= names
    assert dictionary.undocumented(catalog) == [], "every table, view and column needs a COMMENT ON"
    expected = dictionary.render(catalog)
    assert dictionary.DICTIONARY_PATH.read_text(encoding="utf-8") == expected, (
        "docs/data_dictionary.md is stale: run `python -m dagster_project dictionary` after `make run`")


def test_dictionary_command_writes_and_checks_the_file(sample, tmp_path):
    out = tmp_path / "dd.md"
    args = ["dictionary", "--warehouse", str(sample[1]), "--out", str(out)]  # python -m dagster_project ...
    assert main(args) == 0 and out.read_text(encoding="utf-8").startswith("# Data dictionary")
    assert main([*args, "--check"]) == 0
    out.write_text("stale\n", encoding="utf-8")
    assert main([*args, "--check"]) == 1


# ---- the DuckDB command-line client ----------------------------------------------------------------------

def test_duckdb_cli_opens_the_warehouse(sample):
    cli = duckdb_cli()
    version = subprocess.run([cli, "--version"], capture_output=True, text=True, timeout=60).stdout
    assert version.startswith("v1.5"), version  # the client older than the writer: the reason for STORAGE_VERSION
    assert STORAGE_VERSION == "v1.5.0"
    proc = subprocess.run([cli, str(sample[1]), "-c", "select count(*) from visit_events"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "4" in proc.stdout
    # the views are stored as SQL and bound by the client: all of them must parse in 1.5 too
    views = "".join(f"select count(*) from {v};" for v in
                    ("country_pair_activity_monthly", "person_visit_timeline", "documents_signed_during_visits"))
    proc = subprocess.run([cli, "-readonly", "-csv", "-noheader", str(sample[1]), "-c", views],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert all(int(n) > 0 for n in proc.stdout.split()), proc.stdout


# ---- publishing that never hurts a reader --------------------------------------------------------------

def test_publish_while_a_reader_holds_the_file_open(sample, tmp_path):
    target = tmp_path / "w.duckdb"
    publish(sample[0], target)
    reader = Reader(target)
    try:
        assert reader.ask("select count(*) from articles") == 4
        # a nightly publish of different data while the analyst's connection is open
        counts = publish(one_day_lake(sample[0], tmp_path / "lake1"), target)
        assert counts["articles"] == 1
        # the open connection keeps its snapshot, tables it had not read yet included
        assert reader.ask("select count(*) from articles") == 4
        assert reader.ask("select count(*) from visit_events") == 4
        assert reader.ask("select count(*) from rejected_records") == 1
        # a reader opening the file now sees the new warehouse
        assert read_once(target, "select count(*) from articles") == 1
        assert read_once(target, "select count(*) from rejected_records") == 0
    finally:
        reader.close()
    assert staging_files(target) == []
    assert read_once(target, "select count(*) from visit_events") == 1


def _schema_with(tmp_path, name: str, sql: str):
    """A copy of the warehouse SQL with one more schema file."""
    sql_dir = tmp_path / "sql"
    shutil.copytree(SQL_DIR / "schema", sql_dir / "schema")
    (sql_dir / "schema" / name).write_text(sql)
    return sql_dir


def test_failed_publish_leaves_the_previous_warehouse(sample, tmp_path):
    target = tmp_path / "w.duckdb"
    publish(sample[0], target)
    before = digest(target)
    # fails after articles, facts, dimensions and events are built into the new file
    broken = _schema_with(tmp_path, "55_broken.sql", "create table half as select no_such_column from articles;\n")
    reader = Reader(target)
    try:
        with pytest.raises(duckdb.BinderException):
            publish(sample[0], target, sql_dir=broken)
        assert reader.ask("select count(*) from articles") == 4
    finally:
        reader.close()
    assert digest(target) == before
    assert read_once(target, "select count(*) from visit_events") == 4
    assert staging_files(target) == [] and not list(tmp_path.glob("*.wal"))


def test_killed_publish_leaves_the_previous_warehouse(sample, tmp_path):
    target = tmp_path / "w.duckdb"
    publish(sample[0], target)
    before = digest(target)
    slow = _schema_with(tmp_path, "55_slow.sql",
                        "create table slow as select sum(hash(i)) as h from range(1000000000000) t(i);\n")
    code = ("import sys; from pathlib import Path; from dagster_project.warehouse.publish import publish; "
            "publish(sys.argv[1], sys.argv[2], sql_dir=Path(sys.argv[3]))")
    proc = subprocess.Popen([sys.executable, "-c", code, str(sample[0]), str(target), str(slow)], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not staging_files(target) and time.monotonic() < deadline:
            assert proc.poll() is None, "the publish ended before it was killed"
            time.sleep(0.05)
        time.sleep(1.0)  # well inside the build
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert digest(target) == before
    assert read_once(target, "select count(*) from visit_events") == 4
    assert staging_files(target)  # what the killed process left ...
    publish(one_day_lake(sample[0], tmp_path / "lake1"), target)
    assert staging_files(target) == []  # ... the next publish removes
    assert read_once(target, "select count(*) from articles") == 1


def test_the_warehouse_asset_is_the_single_writer_in_a_pool():
    assert warehouse.op.pool == "warehouse_writer"


# ---- data-quality checks per partition -----------------------------------------------------------------

def test_fact_and_article_assets_declare_the_partition_checks():
    declared = {(spec.asset_key.to_user_string(), spec.name) for spec in [*facts.check_specs, *articles.check_specs]}
    for table in ("visits", "documents", "trade_energy_mentions"):
        for name in ("keys_not_null_unique", "vocabulary", "evidence_in_article", "article_exists",
                     "iso3_in_dim_country", "row_count_vs_previous_day"):
            assert (table, name) in declared
    assert {("articles", "article_ids_unique"), ("articles", "row_count_vs_previous_day")} <= declared


def test_partition_checks_catch_bad_rows(sample, tmp_path):
    day = "2024-05-15"
    arts = lake.read_partition(sample[0], "articles", day)
    visits = lake.read_partition(sample[0], "visits", day)
    results = {r.check_name: r for r in checks.fact_check_results("visits", visits, arts, sample[0], day)}
    assert all(r.passed for r in results.values()), {n: r.metadata for n, r in results.items() if not r.passed}

    first = visits.head(1)
    bad = pl.concat([
        visits,
        first,  # the same visit_id twice
        first.with_columns(visit_id=pl.lit("x1"), status=pl.lit("postponed")),  # outside the vocabulary
        first.with_columns(visit_id=pl.lit("x2"), sentence_end=pl.lit(10**6, dtype=first["sentence_end"].dtype)),
        first.with_columns(visit_id=pl.lit("x3"), article_id=pl.lit("not-in-this-day")),
        first.with_columns(visit_id=pl.lit("x4"), destination_iso3=pl.lit("XXX")),
    ])
    results = {r.check_name: r for r in checks.fact_check_results("visits", bad, arts, sample[0], day)}
    assert not results["keys_not_null_unique"].passed and results["keys_not_null_unique"].metadata[
        "duplicate_keys"].value == 1
    assert not results["vocabulary"].passed
    assert not results["evidence_in_article"].passed
    assert not results["article_exists"].passed
    assert not results["iso3_in_dim_country"].passed
    assert results["iso3_in_dim_country"].metadata["examples"].value == ["XXX"]


def test_row_count_check_warns_on_a_sharp_drop_from_the_previous_day(tmp_path):
    frame = pl.DataFrame({"article_id": [f"a{i}" for i in range(40)]})
    lake.write_partition(frame, tmp_path, "articles", "2026-01-01")
    lake.write_partition(frame.head(5), tmp_path, "articles", "2026-01-05")  # older days don't matter
    lake.write_partition(frame, tmp_path, "articles", "2026-01-06")
    lake.write_partition(frame, tmp_path, "articles", "2026-01-09")  # later days don't either
    result = checks.row_count_result("articles", 10, tmp_path, "2026-01-07")
    assert not result.passed and result.severity.value == "WARN"
    assert result.metadata["previous_landing_day"].value == "2026-01-06"
    assert checks.row_count_result("articles", 25, tmp_path, "2026-01-07").passed
    assert checks.row_count_result("articles", 0, tmp_path, "2026-01-06").passed  # previous day had 5 rows
    assert checks.row_count_result("articles", 0, tmp_path, "2026-01-01").passed  # no previous day
