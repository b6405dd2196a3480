"""Asset: state visits found in the day's articles."""

from ..extraction.visits import extract_visits
from ..extraction.vocabulary import VISITS_VOCAB
from .facts import fact_asset

visits = fact_asset(
    "visits", extract_visits, VISITS_VOCAB,
    preview=["visitor_name", "visitor_iso3", "destination_iso3", "host_name", "cities", "status"],
    description="One row per (article, visitor, destination country): who travelled where, hosted by whom, "
    "which cities, and whether the trip is planned, ongoing, completed or cancelled.",
)
