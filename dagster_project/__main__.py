"""Command line: `python -m dagster_project build --raw-dir R --lake-dir L --warehouse W`,
plus `summary`, `report` (the HTML report: a map and charts, one self-contained file), `dictionary`
(docs/data_dictionary.md from the warehouse's comments) and `days` (registers the landing-day folders
as partitions of the Dagster instance in DAGSTER_HOME)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .defs.resources import NewsPaths


def main(argv: list[str] | None = None) -> int:
    defaults = NewsPaths()
    parser = argparse.ArgumentParser(prog="python -m dagster_project", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="materialize every landing day of RAW_DIR and publish the warehouse")
    b.add_argument("--raw-dir", default=defaults.raw_dir)
    b.add_argument("--lake-dir", default=defaults.lake_dir)
    b.add_argument("--warehouse", default=defaults.warehouse_path)
    b.add_argument("--days", default=None, metavar="DAY[,DAY...]",
                   help="materialize only these landing days (e.g. last night's), then publish")
    b.add_argument("--parallel", type=int, default=None,
                   help="landing days materialized at once (default: NEWS_BUILD_PARALLEL, else 2 on 2+ cores)")
    b.add_argument("--full-publish", action="store_true",
                   help="rebuild the warehouse from the whole lake instead of redoing only the changed days")
    b.add_argument("--verbose", action="store_true",
                   help="print Dagster's whole log too (otherwise: progress, warnings and errors; the rest "
                   "goes to the log file)")
    b.add_argument("--log-file", default=None,
                   help="the build's full log, Dagster events included (default: build.log beside the warehouse)")
    s = sub.add_parser("summary", help="print the row count of each table and an example query")
    s.add_argument("--warehouse", default=defaults.warehouse_path)
    r = sub.add_parser("report", help="write the HTML report of a warehouse (opened read-only): a map of the "
                       "trips, charts and the newest events, in one file that needs no network")
    r.add_argument("--warehouse", default=defaults.warehouse_path)
    r.add_argument("--out", default=None, help="default: report.html beside the warehouse")
    d = sub.add_parser("dictionary", help="write docs/data_dictionary.md from the warehouse's catalog comments")
    d.add_argument("--warehouse", default=defaults.warehouse_path)
    d.add_argument("--out", default=None, help="default: docs/data_dictionary.md")
    d.add_argument("--check", action="store_true", help="only compare; exit 1 when the file differs")
    p = sub.add_parser("days", help="register every landing-day folder of RAW_DIR as a partition in the Dagster "
                       "instance of DAGSTER_HOME (what the UI lists) and print them")
    p.add_argument("--raw-dir", default=defaults.raw_dir)
    p.add_argument("--prune", action="store_true",
                   help="also remove partitions whose folder is gone (their runs and lake files stay)")
    args = parser.parse_args(argv)
    if args.command == "days":
        return _days(args.raw_dir, args.prune)
    if args.command == "build":
        from . import console
        from .build import build

        log_file = Path(args.log_file) if args.log_file else console.default_log_file(args.warehouse)
        console.setup(args.verbose, log_file)
        logging.getLogger("news_warehouse.build").info("full log: %s", log_file)

        only = [d.strip() for d in args.days.split(",") if d.strip()] if args.days else None
        return 1 if build(args.raw_dir, args.lake_dir, args.warehouse, only_days=only,
                          full_publish=args.full_publish, parallel=args.parallel, verbose=args.verbose) else 0
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    if args.command == "dictionary":
        from .warehouse import dictionary

        out = Path(args.out) if args.out else dictionary.DICTIONARY_PATH
        text = dictionary.generate(args.warehouse)
        if args.check:
            same = out.exists() and out.read_text(encoding="utf-8") == text
            print(f"{out}: {'up to date' if same else 'differs from the catalog of ' + args.warehouse}")
            return 0 if same else 1
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
        return 0
    if args.command == "report":
        from .report.write import default_report_path, print_written, write_report

        if not Path(args.warehouse).is_file():
            print(f"no warehouse at {args.warehouse}: build one first (python -m dagster_project build ...)",
                  file=sys.stderr)
            return 1
        summary = write_report(args.warehouse, args.out or default_report_path(args.warehouse))
        print_written(summary)
        return 0
    from .summary import print_summary

    return print_summary(args.warehouse)


def _days(raw_dir: str, prune: bool) -> int:
    import os

    from .defs.partitions import landing_day_folders, registered_landing_days, sync_landing_days
    from .instance import home_instance

    if not os.environ.get("DAGSTER_HOME"):
        print("DAGSTER_HOME is not set: no instance to register the landing days in", file=sys.stderr)
        return 1
    instance = home_instance()
    try:
        added, removed = sync_landing_days(instance, raw_dir, prune=prune)
        days = registered_landing_days(instance)
    finally:
        instance.dispose()
    folders, ignored = landing_day_folders(raw_dir)
    if ignored:
        print(f"ignored in {raw_dir}, not landing-day folders (YYYY-MM-DD): {', '.join(ignored[:5])}"
              + (f" and {len(ignored) - 5} more" if len(ignored) > 5 else ""))
    gone = [d for d in days if d not in set(folders)]
    print(f"{len(days)} landing day partition(s) in {os.environ['DAGSTER_HOME']}"
          + (f", {len(added)} new" if added else "") + (f", {len(removed)} removed" if removed else "")
          + (f"; without a folder in {raw_dir}: {', '.join(gone)} (--prune removes them)" if gone else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
