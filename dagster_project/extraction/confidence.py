"""How far to trust a fact row: the precision its rule reached on the development set.

`reference/confidence.json` holds, per table and rule, the rows the rule produced on the
development set and the share of them that the gold annotations confirm, measured by
`benchmarks/calibrate_confidence.py` for one extractor version. A rule with few rows is pulled
towards its table's overall precision (a prior worth PRIOR_ROWS rows), so a rule that was right
3 times out of 3 does not claim certainty.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

PRIOR_ROWS = 4


@lru_cache(maxsize=1)
def _table() -> dict:
    try:
        raw = resources.files("dagster_project.reference").joinpath("confidence.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return {"tables": {}}
    return json.loads(raw)


def smoothed(correct: int, rows: int, prior: float) -> float:
    return round((correct + PRIOR_ROWS * prior) / (rows + PRIOR_ROWS), 3)


def default(table: str) -> float | None:
    """The table's overall precision, for a rule that was never measured."""
    return _table().get("tables", {}).get(table, {}).get("precision")


def by_rule(table: str) -> dict[str, float]:
    rules = _table().get("tables", {}).get(table, {}).get("rules", {})
    return {rule: fig["confidence"] for rule, fig in rules.items()}


def measured_version() -> str | None:
    return _table().get("extractor_version")
