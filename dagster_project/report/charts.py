"""The report's charts as Vega-Lite specifications, written with Altair (BSD-3-Clause).

One function per chart, each taking the rows of its query (queries.py) and returning the chart's
Vega-Lite dict with the rows inline, or None when there are no rows (the page then says so).
The browser draws them with Vega (page.py); nothing here draws by hand: the projection, the
stacking, the aggregation of map points and the legends are Vega-Lite's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import altair as alt

WORLD = Path(__file__).resolve().parent / "world" / "countries-110m.json"

WIDTH = 860
# One colour per status in every chart; the order is the life of a trip or a document.
VISIT_STATUSES = ["planned", "ongoing", "completed", "cancelled"]
VISIT_STATUS_COLOURS = ["#4c78a8", "#f58518", "#54a24b", "#e45756"]
DOCUMENT_STATUSES = ["planned", "signed"]
DOCUMENT_STATUS_COLOURS = ["#4c78a8", "#54a24b"]
PAIR_KINDS = ["visits", "documents", "trade", "energy", "sanctions"]
PAIR_KIND_COLOURS = ["#4c78a8", "#54a24b", "#f58518", "#b279a2", "#e45756"]


@cache
def world_topology() -> dict:
    """Natural Earth's countries at 1:110m as TopoJSON (world/README.md says where it comes from)."""
    return json.loads(WORLD.read_text(encoding="utf-8"))


def _month_axis(title: str) -> alt.X:
    # Months that have rows only, in order: the sets span decades (Reuters 1987 to today), and a
    # time axis would draw them as hair-thin bars far apart.
    return alt.X("month:O", title=title, sort="ascending", axis=alt.Axis(labelAngle=-50, labelOverlap=True))


def _counts(title: str) -> alt.Axis:
    """An axis of counts: whole numbers only."""
    return alt.Axis(title=title, format="d", tickMinStep=1)


def _legend_values(values: list[int], most: int = 4) -> list[int]:
    """Whole numbers from the smallest to the largest value, at most `most` of them (a legend of
    1, 1.5, 2 reports makes no sense)."""
    low, high = min(values), max(values)
    if high - low < most:
        return list(range(low, high + 1))
    step = (high - low) / (most - 1)
    return sorted({round(low + i * step) for i in range(most)})


def visit_map(rows: list[dict]) -> dict | None:
    """Routes from the visitor's country to the destination (lines) and destinations (circles),
    coloured by status and sized by the number of reports."""
    placed = [r for r in rows if r["destination_latitude"] is not None]
    if not placed:
        return None
    status = alt.Color("status:N", title="status",
                       scale=alt.Scale(domain=VISIT_STATUSES, range=VISIT_STATUS_COLOURS))
    countries = alt.Chart(alt.Data(values=world_topology(), format=alt.DataFormat(type="topojson",
                                                                                   feature="countries"))
                          ).transform_filter("datum.id != '010'"  # Antarctica: nobody travels there here
                          ).mark_geoshape(fill="#e6e6e6", stroke="#ffffff", strokeWidth=0.6)
    data = alt.Data(values=placed)
    by_destination: dict[tuple, int] = {}
    for r in placed:
        key = (r["destination_iso3"], r["status"])
        by_destination[key] = by_destination.get(key, 0) + r["reports"]
    destination_reports = list(by_destination.values())
    routes = alt.Chart(data).transform_filter(
        "datum.visitor_latitude != null && datum.visitor_iso3 != datum.destination_iso3"
    ).mark_rule(opacity=0.65, strokeCap="round").encode(
        longitude="visitor_longitude:Q", latitude="visitor_latitude:Q",
        longitude2="destination_longitude:Q", latitude2="destination_latitude:Q",
        color=status,
        strokeWidth=alt.StrokeWidth("reports:Q", scale=alt.Scale(range=[1, 7], zero=False),
                                    legend=alt.Legend(title="reports (route)", values=_legend_values(
                                        [r["reports"] for r in placed if r["visitor_latitude"] is not None]
                                        or [1]))),
        tooltip=[alt.Tooltip("visitor_country:N", title="from"), alt.Tooltip("destination_country:N", title="to"),
                 "status:N", "trips:Q", "reports:Q", alt.Tooltip("visitors:N", title="visitors")],
    )
    destinations = alt.Chart(data).transform_aggregate(
        trips="sum(trips)", reports="sum(reports)",
        groupby=["destination_iso3", "destination_country", "status", "destination_latitude", "destination_longitude"],
    ).mark_circle(opacity=0.8, stroke="#ffffff", strokeWidth=0.7).encode(
        longitude="destination_longitude:Q", latitude="destination_latitude:Q",
        color=status,
        size=alt.Size("reports:Q", scale=alt.Scale(range=[25, 700], zero=False),
                      legend=alt.Legend(title="reports (destination)", values=_legend_values(destination_reports))),
        # the biggest circles first, so the small ones stay visible on top
        order=alt.Order("reports:Q", sort="descending"),
        tooltip=[alt.Tooltip("destination_country:N", title="destination"), "status:N", "trips:Q", "reports:Q"],
    )
    chart = alt.layer(countries, routes, destinations).project(type="equalEarth").properties(
        width=WIDTH, height=400)
    return chart.to_dict()


def visits_by_month(rows: list[dict]) -> dict | None:
    if not rows:
        return None
    return alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        x=_month_axis("month of the trip's first report"),
        y=alt.Y("sum(trips):Q", axis=_counts("trips")),
        color=alt.Color("status:N", scale=alt.Scale(domain=VISIT_STATUSES, range=VISIT_STATUS_COLOURS)),
        order=alt.Order("status_order:Q"),
        tooltip=["month:O", "status:N", "trips:Q", "reports:Q"],
    ).transform_calculate(
        status_order=f"indexof({json.dumps(VISIT_STATUSES)}, datum.status)"
    ).properties(width=WIDTH, height=240).to_dict()


def country_pairs(rows: list[dict]) -> dict | None:
    if not rows:
        return None
    return alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        y=alt.Y("pair:N", title=None, sort=alt.EncodingSortField("total", op="max", order="descending")),
        x=alt.X("sum(n):Q", axis=_counts("events and mentions (all months)")),
        color=alt.Color("kind:N", title="kind", scale=alt.Scale(domain=PAIR_KINDS, range=PAIR_KIND_COLOURS)),
        order=alt.Order("kind_order:Q"),
        tooltip=["pair:N", "kind:N", "n:Q", alt.Tooltip("total:Q", title="all kinds")],
    ).transform_calculate(
        kind_order=f"indexof({json.dumps(PAIR_KINDS)}, datum.kind)"
    ).properties(width=WIDTH - 240, height=alt.Step(20)).to_dict()


def documents_by_month(rows: list[dict]) -> dict | None:
    if not rows:
        return None
    return alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        x=_month_axis("month of the document's first report"),
        y=alt.Y("sum(documents):Q", axis=_counts("documents")),
        color=alt.Color("doc_type:N", title="type"),
        tooltip=["month:O", "doc_type:N", "status:N", "documents:Q", "reports:Q"],
    ).properties(width=WIDTH, height=130).facet(
        row=alt.Row("status:N", title="status", sort=list(reversed(DOCUMENT_STATUSES)))
    ).to_dict()


def trade_energy_by_month(rows: list[dict]) -> dict | None:
    if not rows:
        return None
    return alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        x=_month_axis("month of the article"),
        y=alt.Y("sum(mentions):Q", axis=_counts("mentions (articles)")),
        color=alt.Color("commodity:N", title="commodity", scale=alt.Scale(scheme="tableau10")),
        tooltip=["month:O", "commodity:N", "mentions:Q"],
    ).properties(width=WIDTH, height=240).to_dict()


def sanctions_by_country(rows: list[dict]) -> dict | None:
    if not rows:
        return None
    return alt.Chart(alt.Data(values=rows)).mark_bar(color="#e45756").encode(
        y=alt.Y("country:N", title=None, sort=alt.EncodingSortField("articles", order="descending")),
        x=alt.X("articles:Q", axis=_counts("articles with a sanctions mention naming the country")),
        tooltip=["country:N", "iso3:N", "articles:Q"],
    ).properties(width=WIDTH - 240, height=alt.Step(20)).to_dict()


@dataclass(frozen=True)
class ChartPart:
    """One chart of the report: its element id, title, the query it draws and a note for the reader."""

    id: str
    title: str
    query: str
    build: Callable[[list[dict]], dict | None]
    note: str = ""


CHARTS = (
    ChartPart("map", "Where the trips went", "visit_map", visit_map,
              "Lines run from the visitor's country to the destination, circles mark destinations; both are "
              "coloured by the trip's status and sized by the number of reports. A country is placed at its "
              "capital; a trip of an international official has a circle but no line."),
    ChartPart("visits-by-month", "Visits per month, by status", "visits_by_month", visits_by_month,
              "Real-world trips by the month of their first report; months without trips are left out."),
    ChartPart("country-pairs", "The most active country pairs", "country_pairs", country_pairs,
              "The 15 pairs with the most visits, documents and trade, energy and sanctions mentions, all months."),
    ChartPart("documents-by-month", "Documents by type and status, per month", "documents_by_month",
              documents_by_month, "Real-world documents by the month of their first report, split by the status "
              "of their latest report; months without documents are left out."),
    ChartPart("trade-energy-by-month", "Trade and energy mentions by commodity, per month", "trade_energy_by_month",
              trade_energy_by_month, "One mention is one article on one category and commodity; an article without "
              "a publication time counts at its landing day."),
    ChartPart("sanctions", "Sanctions: the countries named", "sanctions_by_country", sanctions_by_country,
              "The 20 countries named most in sanctions mentions. A mention lists every country involved; it does "
              "not say which side imposes and which is the target."),
)
