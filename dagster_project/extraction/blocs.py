"""Groups of states named in news (the G7, SAARC, ASEAN ...) and their members on a day.

A communique "issued by G7 finance ministers" or the "Dhaka Declaration" adopted at a SAARC summit
is a document of the bloc's member states: the readers list the members as its parties."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..reference import load_blocs


@lru_cache(maxsize=1)
def _bloc_names() -> tuple[re.Pattern, dict[str, dict]]:
    by_name: dict[str, dict] = {}
    for bloc in load_blocs():
        for name in bloc["names"]:
            by_name[name] = bloc
    names = sorted(by_name, key=len, reverse=True)
    # whole words, as written (case matters: "the Quad", not "a quad bike"; "GCC", not "gcc")
    pattern = re.compile(r"(?<![\w\-+])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-+])")
    return pattern, by_name


def members(bloc: dict, on: date | None) -> list[str]:
    """The bloc's member states on a day (all who ever were, when the day is unknown), sorted."""
    day = on.isoformat() if on else None
    return sorted({m["iso3"] for m in bloc["members"]
                   if day is None or (m["from"] <= day and (m.get("to") is None or day < m["to"]))})


def bloc_mentions(text: str, lo: int, hi: int) -> list[tuple[int, int, dict]]:
    """Each bloc named in text[lo:hi]: (start, end, bloc), in order."""
    pattern, by_name = _bloc_names()
    return [(m.start(), m.end(), by_name[m.group()]) for m in pattern.finditer(text, lo, hi)]


def bloc_in(text: str, lo: int, hi: int) -> dict | None:
    """The last bloc named in text[lo:hi], else None."""
    found = bloc_mentions(text, lo, hi)
    return found[-1][2] if found else None
