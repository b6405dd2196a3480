"""Case-insensitive regexes run on lower-cased text.

Python's `re` is two to four times slower with IGNORECASE on these alternation-heavy patterns
than the same pattern with lower-case literals on lower-cased text. An article's text is
lower-cased once (`Article.lower`); when lower-casing changes its length (a few characters
such as "İ" lower-case to two) offsets would drift, so the IGNORECASE pattern runs on the
original text instead. Either way the match offsets are those of the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def lower_literals(pattern: str) -> str:
    """The pattern with its letters lower-cased, leaving escapes ("\\S", "\\B") and group names
    ("(?P<Name>", "(?P=Name)") as they are."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:close + 1])
            i = close + 1
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def rust_prefilter(pattern: str, lookarounds: tuple[str, ...] = ()) -> str:
    """A Python pattern as a vectorized (Rust regex) prefilter on lower-cased text: its lookarounds
    (Rust regex has none) removed, so it matches wherever the pattern can, and literals lower-cased."""
    for part in lookarounds:
        if part not in pattern:
            raise ValueError(f"{part!r} is not in the pattern")
        pattern = pattern.replace(part, "")
    return lower_literals(pattern)


class Caseless:
    """A pattern matched case-insensitively, fast on lower-cased text."""

    def __init__(self, pattern: str, flags: int = 0):
        self.ignorecase = re.compile(pattern, flags | re.IGNORECASE)
        self.lowercase = re.compile(lower_literals(pattern), flags & ~re.IGNORECASE)

    def finditer(self, text: str, lower: str | None, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """Matches in text[pos:endpos]; `lower` is text.lower() when it has text's length, else None.
        A match's group() is lower-cased when `lower` is used: read the original text by offsets."""
        end = len(text) if endpos is None else endpos
        if lower is not None:
            return self.lowercase.finditer(lower, pos, end)
        return self.ignorecase.finditer(text, pos, end)


def lowered(text: str) -> str | None:
    """text.lower() when it keeps every offset, else None."""
    low = text.lower()
    return low if len(low) == len(text) else None
