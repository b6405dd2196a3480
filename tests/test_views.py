"""The analysts' views on a lake written by hand: `documents_signed_during_visits` links only
documents between both states of a visit, the events and views carry country names, and they use
the fact tables' words (cities, status)."""

import hashlib
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl
from conftest import duckdb_cli

from dagster_project import lake
from dagster_project.warehouse.publish import publish

TABLES = ("articles", "visits", "documents", "trade_energy_mentions", "rejected_records", "duplicates")
DAY = "2024-06-03"


def _write_lake(sample_lake: Path, dest: Path, days: dict[str, dict[str, list[dict]]]) -> None:
    """Rows written in the lake's own schemas (taken from the sample build), one landing day each."""
    schemas = {t: pl.read_parquet_schema(lake.partition_dir(sample_lake, t, "2024-05-15") / "part-0.parquet")
               for t in TABLES}
    for day, tables in days.items():
        for table in TABLES:
            rows = [{c: r.get(c) for c in schemas[table]} for r in tables.get(table, [])]
            lake.write_partition(pl.DataFrame(rows, schema=schemas[table]), dest, table, day)


def article(aid: str, published: str, sentences: list[str]) -> dict:
    text = " ".join(sentences)
    return dict(article_id=aid, external_id=aid, source="wire", title=None, language="en", text=text,
                published_at=datetime.fromisoformat(published).replace(tzinfo=UTC),
                content_hash=hashlib.sha1(text.encode()).hexdigest())


def evidence(art: dict, sentence: str) -> dict:
    start = art["text"].index(sentence)
    return dict(article_id=art["article_id"], sentence=sentence, sentence_start=start,
                sentence_end=start + len(sentence), extractor_version="test")


# A trip to Indonesia announced in an article about a Japan-Philippines memorandum signed in
# Manila (the shape of the case the issue reports), the Indonesian side's agreement a day later,
# and a delegation known only by its destination.
K1 = article("k1", "2024-06-03T08:00:00", [
    "Prime Minister Aiko Tanabe of Japan, in Manila for two days of talks, will fly on to Indonesia next month.",
    "Japan and the Philippines signed a memorandum on coast guard training on Monday.",
])
K2 = article("k2", "2024-06-04T08:00:00", [
    "Indonesia and Japan expect to sign a fisheries agreement when Tanabe arrives in Jakarta.",
])
K3 = article("k3", "2024-06-04T12:00:00", [
    "A trade delegation arrived in Jakarta on Tuesday.",
    "Indonesia and Australia signed a cattle supply contract on the occasion.",
])


def visit(vid, art, sentence, name, iso3, dest_iso3, status, cities=()):
    return dict(visit_id=vid, visitor_name=name, visitor_iso3=iso3, destination_iso3=dest_iso3, status=status,
                cities=list(cities), **evidence(art, sentence))


def document(did, art, sentence, doc_type, parties, status, name):
    return dict(document_id=did, doc_type=doc_type, parties=parties, status=status, document_name=name,
                **evidence(art, sentence))


SCENARIO = {DAY: dict(
    articles=[K1, K2, K3],
    visits=[
        visit("v_idn", K1, K1["text"].split(". ")[0] + ".", "Aiko Tanabe", "JPN", "IDN", "planned"),
        visit("v_phl", K1, K1["text"].split(". ")[0] + ".", "Aiko Tanabe", "JPN", "PHL", "ongoing", ["Manila"]),
        visit("v_del", K3, "A trade delegation arrived in Jakarta on Tuesday.", None, None, "IDN", "completed",
              ["Jakarta"]),
    ],
    documents=[
        document("d_mou", K1, "Japan and the Philippines signed a memorandum on coast guard training on Monday.",
                 "memorandum", ["JPN", "PHL"], "signed", "memorandum on coast guard training"),
        document("d_fish", K2, K2["text"], "agreement", ["IDN", "JPN"], "planned", "fisheries agreement"),
        document("d_cattle", K3, "Indonesia and Australia signed a cattle supply contract on the occasion.",
                 "contract", ["AUS", "IDN"], "signed", "cattle supply contract"),
    ],
)}

LINKS = """
    select coalesce(visitor_name, '(delegation)'), destination_iso3, doc_type, array_to_string(parties, '-')
    from documents_signed_during_visits order by all"""


def test_documents_during_a_visit_are_between_both_of_its_states(sample, tmp_path):
    _write_lake(sample[0], tmp_path / "lake", SCENARIO)
    publish(tmp_path / "lake", tmp_path / "w.duckdb")
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        links = con.sql(LINKS).fetchall()
        named = con.sql("""select visitor_country, destination_country, party_names
                           from documents_signed_during_visits where doc_type = 'agreement'""").fetchall()
    finally:
        con.close()
    assert links == [
        ("(delegation)", "IDN", "contract", "AUS-IDN"),  # known only by destination: its own article's document
        ("Aiko Tanabe", "IDN", "agreement", "IDN-JPN"),  # both states, reported the next day
        ("Aiko Tanabe", "PHL", "memorandum", "JPN-PHL"),  # both states, same article
    ]
    # not linked: the memorandum to the trip to Indonesia (same article, Indonesia no party), the
    # Australian contract to Tanabe's trips (Japan no party), and the Japanese agreement to the
    # nameless delegation (another article: the destination alone would link every Indonesian document)
    assert named == [("Japan", "Indonesia", ["Indonesia", "Japan"])]

    # the CLI (DuckDB 1.5) binds the stored view itself and must agree
    proc = subprocess.run([duckdb_cli(), "-readonly", "-csv", "-noheader", str(tmp_path / "w.duckdb"),
                           "-c", LINKS.replace("\n", " ")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["(delegation),IDN,contract,AUS-IDN", "Aiko Tanabe,IDN,agreement,IDN-JPN",
                                        "Aiko Tanabe,PHL,memorandum,JPN-PHL"]


def test_events_and_views_name_the_countries(sample):
    con = duckdb.connect(str(sample[1]), read_only=True)
    try:
        visits = con.sql("select visitor_name, visitor_iso3, visitor_country, destination_iso3, destination_country "
                         "from visit_events where destination_iso3 = 'CHN'").fetchall()
        unnamed = con.sql("""
            select count(*) from visit_events
            where (visitor_iso3 is not null and visitor_country is null) or destination_country is null""").fetchall()[0]
        parties = con.sql("select parties, party_names from document_events where parties = ['CHN', 'RUS']").fetchall()
        pairs = con.sql("select country_a_name, country_b_name from country_pair_activity_monthly "
                        "where country_a_iso3 = 'CHN' and country_b_iso3 = 'RUS'").fetchall()
        timeline = con.sql("select visitor_country, destination_country from person_visit_timeline "
                           "where visitor_name = 'Vladimir Putin'").fetchall()
    finally:
        con.close()
    assert visits == [("Vladimir Putin", "RUS", "Russia", "CHN", "China")]
    assert unnamed == (0,)
    assert parties and all(names == ["China", "Russia"] for _, names in parties)
    assert pairs == [("China", "Russia")]
    assert timeline == [("Russia", "China")]


EVENTS_AND_VIEWS = ("visit_events", "document_events", "country_pair_activity_monthly", "person_visit_timeline",
                    "documents_signed_during_visits")


def test_one_name_per_thing_across_facts_events_and_views(sample):
    """The contract names the cities of a trip `cities` and the state of a report `status`: the events
    and views use the same words (issue 14, part 3). A single ISO3 code sits in a column ending in
    _iso3, with the country's name beside it in the events and views."""
    con = duckdb.connect(str(sample[1]), read_only=True)
    try:
        columns = con.sql("""select table_name, column_name, data_type from duckdb_columns()
                             where database_name = current_database() and schema_name = 'main'""").fetchall()
        cities = con.sql("select cities from person_visit_timeline where visitor_name = 'Vladimir Putin'").fetchall()
        pair_codes = con.sql("select distinct country_a_iso3, country_a_name from country_pair_activity_monthly "
                             "where country_a_name is not null").fetchall()
        code_names = dict(con.sql("select iso3, name from dim_country").fetchall())
    finally:
        con.close()
    by_table: dict[str, dict[str, str]] = {}
    for table, column, data_type in columns:
        by_table.setdefault(table, {})[column] = data_type
    assert not [(t, c) for t, c, _ in columns if c in ("stops", "stop", "document_status")]
    for table in ("visits", "visit_events", "person_visit_timeline"):
        assert by_table[table]["cities"] == "VARCHAR[]", table
    # status is `status` everywhere; only the view of two tables prefixes the second one
    assert [(t, c) for t, c, _ in columns if c.endswith("status") and c != "status"] == [
        ("documents_signed_during_visits", "visit_status")]
    for table in ("visits", "documents", "visit_events", "document_events", "person_visit_timeline",
                  "documents_signed_during_visits"):
        assert "status" in by_table[table], table
    # a code column beside a name column, in every event table and view
    names_of = {"visitor_iso3": "visitor_country", "destination_iso3": "destination_country",
                "country_a_iso3": "country_a_name", "country_b_iso3": "country_b_name", "parties": "party_names"}
    for table in EVENTS_AND_VIEWS:
        codes = [c for c in by_table[table] if c.endswith("iso3") or c == "parties"]
        assert codes, table
        for code in codes:
            assert names_of[code] in by_table[table], (table, code)
    assert cities == [(["Beijing", "Harbin"],)]
    assert pair_codes and all(code_names[code] == name for code, name in pair_codes)
