"""The walking skeleton: definitions load, a partition materializes, the build command is idempotent,
bad JSONL lines are rejected with a reason while the rest loads."""

import json
import subprocess
import sys

import duckdb
import polars as pl
from conftest import DEV_GOLD, REPO, run_build
from dagster import DagsterInstance, materialize

from dagster_project.definitions import ASSETS, defs
from dagster_project.defs.automation import LANDING_DAY_ASSETS
from dagster_project.defs.partitions import register_landing_days
from dagster_project.defs.resources import NewsPaths

CONTRACT_COLUMNS = {
    "articles": {"article_id", "external_id", "source", "url", "title", "published_at", "text"},
    "visits": {"article_id", "visitor_name", "visitor_iso3", "destination_iso3", "host_name", "cities", "status"},
    "documents": {"article_id", "doc_type", "parties", "status"},
    "trade_energy_mentions": {"article_id", "category", "commodity", "countries", "infrastructure"},
}


def test_definitions_load():
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert {"articles", "sentences", "visits", "documents", "trade_energy_mentions", "warehouse", "report"} <= keys
    assert defs.get_schedule_def("nightly_schedule").cron_schedule == "0 2 * * *"


def test_dagster_definitions_validate():
    proc = subprocess.run([sys.executable, "-m", "dagster", "definitions", "validate", "-w", "workspace.yaml"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]


def _write_jsonl(path, records, extra_lines=()):
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


ARTICLE = {"id": "t:1", "title": "Leader to visit", "published_at": "2024-05-14T09:00:00Z", "source": "test",
           "text": "President Vladimir Putin will visit China at the invitation of Chinese President Xi Jinping. "
                   "The two sides plan to sign a joint statement on energy cooperation."}


def test_one_partition_materializes_into_a_temporary_lake(tmp_path):
    _write_jsonl(tmp_path / "raw" / "2026-01-02" / "a.jsonl", [ARTICLE])
    paths = NewsPaths(raw_dir=str(tmp_path / "raw"), lake_dir=str(tmp_path / "lake"),
                      warehouse_path=str(tmp_path / "w.duckdb"))
    instance = DagsterInstance.ephemeral()
    register_landing_days(instance, ["2026-01-02"])
    result = materialize(ASSETS, selection=LANDING_DAY_ASSETS, partition_key="2026-01-02",
                         resources={"paths": paths}, instance=instance)
    assert result.success
    arts = pl.read_parquet(tmp_path / "lake" / "articles" / "landing_day=2026-01-02" / "part-0.parquet")
    assert arts["external_id"].to_list() == ["t:1"]
    visits = pl.read_parquet(tmp_path / "lake" / "visits" / "landing_day=2026-01-02" / "part-0.parquet")
    assert visits.select("visitor_iso3", "destination_iso3").rows() == [("RUS", "CHN")]
    checks = [e for e in result.get_asset_check_evaluations()]
    assert checks and all(c.passed for c in checks)


def test_build_twice_gives_identical_warehouse_and_rejects_bad_lines(tmp_path):
    other = dict(ARTICLE, id="t:2", text="Exports of crude oil from Norway to Britain rose 5 pct in March.")
    _write_jsonl(tmp_path / "raw" / "2026-01-02" / "a.jsonl", [ARTICLE],
                 extra_lines=['{"id": "broken", "text": "no closing brace"', json.dumps(other)])
    _write_jsonl(tmp_path / "raw" / "2026-01-03" / "b.jsonl", [dict(ARTICLE, id="t:3", text="")])
    counts = []
    for _ in range(2):
        proc = run_build(tmp_path / "raw", tmp_path / "lake", tmp_path / "w.duckdb")
        assert proc.returncode == 0, proc.stderr[-3000:]
        con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
        counts.append({t: con.sql(f"select count(*) from {t}").fetchall()[0][0]
                       for t in ("articles", "visits", "documents", "trade_energy_mentions", "rejected_records")})
        rejected = con.sql("select file, position, reason from rejected_records order by file").fetchall()
        con.close()
    assert counts[0] == counts[1]
    assert counts[0]["articles"] == 2  # the good lines before and after the broken one
    assert ("a.jsonl", 1) in {(f, p) for f, p, _ in rejected}
    assert any("not valid JSON" in r for _, _, r in rejected)
    assert any(r == "empty text" for f, _, r in rejected if f == "b.jsonl")


def test_contract_tables_and_columns(dev_warehouse):
    con = duckdb.connect(str(dev_warehouse), read_only=True)
    for table, cols in CONTRACT_COLUMNS.items():
        have = {r[0] for r in con.sql(f"describe {table}").fetchall()}
        assert cols <= have, f"{table} lacks {cols - have}"
    types = {name: kind for name, kind, *_ in con.sql("describe visits").fetchall()}
    assert types["cities"] == "VARCHAR[]"
    con.close()


def test_dev_set_scores_with_every_article_found(dev_warehouse):
    score = REPO.parent / "shared" / "eval" / "score.py"
    proc = subprocess.run([sys.executable, str(score), "--warehouse", str(dev_warehouse), "--gold", str(DEV_GOLD)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    n = sum(1 for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip())
    assert n >= 189
    assert f"articles: {n} of {n} gold articles found" in proc.stdout
    assert "mean F1" in proc.stdout.splitlines()[-1]


def test_seed_article_facts(dev_warehouse, dev_gold):
    con = duckdb.connect(str(dev_warehouse), read_only=True)
    aid = con.sql("select article_id from articles where external_id = 'seed:putin_china.txt'").fetchall()[0][0]
    visits = con.sql(f"select visitor_iso3, destination_iso3, host_name, list_sort(cities), status "
                     f"from visits where article_id = '{aid}'").fetchall()
    assert ("RUS", "CHN", "Xi Jinping", ["Beijing", "Harbin"], "planned") in visits
    docs = {(d, tuple(p), s) for d, p, s in con.sql(
        f"select doc_type, list_sort(parties), status from documents where article_id = '{aid}'").fetchall()}
    assert ("joint_statement", ("CHN", "RUS"), "planned") in docs
    assert ("agreement", ("CHN", "RUS"), "planned") in docs
    mentions = con.sql(f"select category, commodity, infrastructure from trade_energy_mentions "
                       f"where article_id = '{aid}'").fetchall()
    keys = {(c, k) for c, k, _ in mentions}
    assert keys >= {("trade", None), ("energy", "general"), ("energy", "gas"), ("sanctions", None)}
    assert ["Power of Siberia"] in [i for c, k, i in mentions if k == "gas"]
    con.close()
    gold = dev_gold["seed:putin_china.txt"]
    assert {(v["visitor_iso3"], v["destination_iso3"]) for v in gold["visits"]} <= {(v[0], v[1]) for v in visits}


def test_make_run_summary_lists_the_analysts_tables(dev_warehouse, capsys):
    from dagster_project.summary import print_summary

    con = duckdb.connect(str(dev_warehouse), read_only=True)
    bookkeeping = con.sql("select count(*) from duckdb_tables() where schema_name <> 'main'").fetchall()[0][0]
    con.close()
    assert bookkeeping > 0  # the publish's own tables, which the summary must leave out
    assert print_summary(str(dev_warehouse)) == 0
    out = capsys.readouterr().out
    for table in ("articles", "visits", "documents", "trade_energy_mentions", "dim_country"):
        assert f"  {table} " in out
    assert "article_copies" not in out and "Example query" in out
