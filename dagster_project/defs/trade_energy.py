"""Asset: trade, energy and sanctions mentions found in the day's articles."""

from ..extraction.trade_energy import extract_trade_energy
from ..extraction.vocabulary import MENTIONS_VOCAB
from .facts import fact_asset

trade_energy_mentions = fact_asset(
    "trade_energy_mentions", extract_trade_energy, MENTIONS_VOCAB,
    preview=["category", "commodity", "countries", "infrastructure", "amount_text"],
    description="One row per (article, category, commodity) the article talks about substantively, "
    "with the countries involved, named infrastructure and any amount.",
)
