"""The analysts' report: one self-contained HTML file with a world map of the trips and charts of
visits, documents, country pairs, trade/energy and sanctions, plus the newest events with their
evidence (issue 14). `python -m dagster_project report --warehouse W --out R.html`, or the `report`
asset after `warehouse`.

Modules: queries.py runs sql/report/*.sql read-only, charts.py turns rows into Vega-Lite charts
(Altair), page.py builds the page with the Vega libraries inlined, write.py puts them together.
"""

from .write import ReportSummary, render, write_report

__all__ = ["ReportSummary", "render", "write_report"]
