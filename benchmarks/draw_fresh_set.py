"""Draw a fresh annotation set: articles of the four corpora in no other set and not in the
development set, each with a travel, signing or trade word, by seed (docs/annotations/README.md).

    .venv/bin/python benchmarks/draw_fresh_set.py --seed 79 --out /tmp/fresh_X.jsonl
    .venv/bin/python benchmarks/draw_fresh_set.py --seed 89 --travel --out /tmp/fresh_Z.jsonl
    .venv/bin/python benchmarks/draw_fresh_set.py --seed 97 --documents --out /tmp/fresh_AA.jsonl
    .venv/bin/python benchmarks/draw_fresh_set.py --seed 157 --bbc-documents 30 --out /tmp/fresh_AL.jsonl

Writes one line per article (id, path, title, published_at, text) for annotators: the text stays
outside the repository (the corpora may not be copied into it). The mix is that of sets R-W:
14 TempEval (Xinhua/AFP), 10 White House 2021-26, 10 Reuters-21578, 6 BBC business/politics.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from datetime import date
from pathlib import Path

from dagster_project.ingest.normalize import normalize
from dagster_project.readers import read_file

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
EVAL = REPO.parent / "shared" / "eval"
MIX = {"tempeval": 14, "whitehouse": 10, "reuters": 10, "bbc": 6}
# --travel: sets for the visits (as set O): a word of travel or meeting abroad
TRAVEL = re.compile(r"\b(?:visit\w*|arriv\w+|trip|tour(?:s|ed|ing)?|travel\w*|summit|held\s+talks|flew|"
                    r"delegation|mission)\b", re.I)
# --documents: sets for the documents (as sets E and M): a signing verb and a document noun
SIGNING = re.compile(r"\b(?:sign(?:s|ed|ing)?|conclud\w+|ink(?:s|ed)?|adopt\w*|initial\w*)\b[^.]{0,80}?\b(?:agreements?|"
                     r"accords?|memorand\w+|MOUs?|treat(?:y|ies)|deals?|pacts?|contracts?|declarations?|"
                     r"communiqu[eé]s?|protocols?|statements?)\b", re.I)
# --bbc-documents: a document noun, and two country names (a few of the commonest in the BBC's news)
DOCUMENT_WORD = re.compile(r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|memorand\w+|joint\s+statement|"
                           r"declarations?|contracts?)\b", re.I)
COUNTRY = re.compile(r"\b(?:US|USA|United\s+States|America|UK|Britain|China|India|Pakistan|Japan|Russia|France|Germany|"
                     r"Italy|Spain|Iran|Iraq|Israel|Turkey|Brazil|Canada|Australia|South\s+Africa|Nigeria|Egypt|"
                     r"Ireland|Poland|Ukraine|Korea|Mexico|Argentina|Venezuela|Saudi\s+Arabia|Indonesia)\b")
WORDS = re.compile(r"\b(?:visit\w*|arriv\w+|trip|tour\w*|travel\w*|summit|talks|met|sign\w*|agreement|accord|"
                   r"memorandum|treaty|deal|joint\s+statement|export\w*|import\w*|trade|tariffs?|oil|gas|energy|"
                   r"sanctions?)\b", re.I)


def files(source: str) -> list[Path]:
    if source == "tempeval":
        return sorted(CORPORA.glob("tempeval3_timeml/Training/TE3-Silver-data-*/*.tml"))
    if source == "whitehouse":
        return sorted(CORPORA.glob("whitehouse_briefing_room/*/20*/*.md"))
    if source == "reuters":
        return sorted(CORPORA.glob("reuters21578/sgm-data/*.sgm"))
    return sorted(CORPORA.glob("bbc_news_2005/business/*.txt")) + sorted(CORPORA.glob("bbc_news_2005/politics/*.txt"))


def taken() -> tuple[set[str], set[str]]:
    """Ids (source:external id) and bare file names already used by a set or the development set."""
    ids, names = set(), set()
    for path in (REPO / "docs" / "annotations").glob("fresh_*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                ids.add(g["id"])
                names.add(Path(g["path"]).name if not g["path"].endswith(".sgm") else g["id"].split(":", 1)[1])
    for line in (EVAL / "dev_articles.jsonl").read_text(encoding="utf-8").splitlines():
        source, rest = json.loads(line)["id"].split(":", 1)
        names.add(Path(rest).name)
        ids.add(f"{source}:{Path(rest).name}")
    return ids, names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--exclude", nargs="*", default=[], help="draw files (from this script) whose articles to skip")
    ap.add_argument("--travel", action="store_true", help="only articles with a word of travel (for the visits)")
    ap.add_argument("--documents", action="store_true",
                    help="only articles where a document is signed or adopted (for the documents)")
    ap.add_argument("--bbc-documents", type=int, metavar="N",
                    help="N BBC business/politics stories with a document word and two country names instead of the "
                         "mix (the BBC has few signings: --documents ran out of them)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ids, names = taken()
    for extra in args.exclude:
        for line in Path(extra).read_text(encoding="utf-8").splitlines():
            drawn = json.loads(line)
            ids.add(drawn["id"])
            names.add(drawn["id"].split(":", 1)[1] if drawn["id"].startswith("reuters:") else Path(drawn["path"]).name)
    out = []
    mix = {"bbc": args.bbc_documents} if args.bbc_documents else MIX
    for source, n in mix.items():
        pool = files(source)
        rng.shuffle(pool)
        got = 0
        for path in pool:
            if got >= n:
                break
            if source != "reuters" and path.name in names:
                continue
            arts = normalize(read_file(path, path.name), date(2026, 12, 1)).articles
            rows = list(arts.iter_rows(named=True))
            rng.shuffle(rows)
            for row in rows:
                ext = row["external_id"]  # the id the readers give (fresh_quality.py matches on it)
                name = ext if source == "reuters" else path.name
                if got >= n or f"{source}:{ext}" in ids or name in names or not row["text"] or \
                        len(row["text"]) < 300 or not (SIGNING if args.documents else TRAVEL if args.travel else WORDS
                                                       ).search(row["text"]):
                    continue
                if args.bbc_documents and not (DOCUMENT_WORD.search(row["text"]) and len(set(
                        COUNTRY.findall(row["text"]))) >= 2):
                    continue
                ids.add(f"{source}:{ext}")
                names.add(name)
                out.append({"id": f"{source}:{ext}", "path": str(path.relative_to(CORPORA)), "title": row["title"],
                            "published_at": str(row["published_at"]), "text": row["text"]})
                got += 1
                if source == "reuters":
                    break  # one story per Reuters file drawn, so the set spreads over the files
    Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} articles written to {args.out}")


if __name__ == "__main__":
    main()
