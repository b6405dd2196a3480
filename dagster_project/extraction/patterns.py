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


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|(b|c)|d" -> ["a", "(b|c)", "d"]): `|` outside
    groups and character classes, escapes respected."""
    out: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" right after "[" or "[^" is a literal
            i += 1
            if i < len(pattern) and pattern[i] == "^":
                i += 1
            if i < len(pattern) and pattern[i] == "]":
                i += 1
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


_WORD_ALTERNATION = re.compile(r"^\\b\(\?:(?P<body>.*)\)\\b$", re.S)
_NAMED = re.compile(r"^\(\?P<\w+>(?P<body>.*)\)$", re.S)


def split_word_alternation(pattern: str) -> list[str]:
    """A Rust regex of the form \\b(?:A|B|...)\\b as a few regexes that match, together, the same
    texts (`contains` of any of them = `contains` of the whole): its alternatives (named groups
    of alternatives opened too) with no counted repetition in one regex, each of the others in
    a regex of its own. Rust's lazy DFA runs a big alternation with several `{0,24}` repetitions
    of Unicode word classes tens of times slower than the parts one by one (its state cache
    thrashes); each part alone stays fast."""
    m = _WORD_ALTERNATION.match(pattern)
    if not m or len(alternatives(m.group("body"))) < 2:
        return [pattern]
    parts: list[str] = []
    for alt in alternatives(m.group("body")):
        named = _NAMED.match(alt)
        inner = alternatives(named.group("body")) if named else [alt]
        if named and len(inner) > 1 and all(_balanced(a) for a in inner):
            parts.extend(inner)
        else:
            parts.append(alt)
    simple = [p for p in parts if "{" not in p]
    counted = [p for p in parts if "{" in p]
    out = [r"\b(?:" + "|".join(simple) + r")\b"] if simple else []
    return out + [r"\b(?:" + p + r")\b" for p in counted]


def _balanced(part: str) -> bool:
    """Parentheses balance (a sanity check of `alternatives`)."""
    depth = 0
    i = 0
    while i < len(part):
        if part[i] == "\\":
            i += 2
            continue
        depth += part[i] == "("
        depth -= part[i] == ")"
        if depth < 0:
            return False
        i += 1
    return depth == 0


# Text characters that IGNORECASE matches with a letter other than their lower case: the dotless
# "ı" matches "i" and the long "ſ" matches "s" (and "İ", whose lower case is two characters long).
# For every other character, an IGNORECASE pattern matches where its lower-cased pattern matches
# the lower-cased text (tests/test_patterns.py checks every code point).
_FOLD_EXCEPTIONS = ("ı", "ſ")


def folded(text: str) -> str | None:
    """text.lower() when a lower-cased pattern matches it exactly where the IGNORECASE pattern
    matches `text` (offsets kept), else None."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _FOLD_EXCEPTIONS):
        return None
    return low


_LAST_FOLDED: list = [None, None]  # the last text folded and its fold: one sentence is asked many times


def _folded_once(text: str) -> str | None:
    if _LAST_FOLDED[0] is not text:
        _LAST_FOLDED[0], _LAST_FOLDED[1] = text, folded(text)
    return _LAST_FOLDED[1]


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


class Folded:
    """An IGNORECASE pattern that answers yes/no questions on lower-cased text (several times
    faster on alternations of words), with the same answers: the text is lower-cased when that
    keeps every answer (see `folded`), else the IGNORECASE pattern runs on it."""

    def __init__(self, pattern: re.Pattern):
        if not pattern.flags & re.IGNORECASE or _INLINE_FLAGS.search(pattern.pattern):
            raise ValueError(f"not a plain IGNORECASE pattern: {pattern.pattern[:60]!r}")
        self.ignorecase = pattern
        self.lowercase = re.compile(lower_literals(pattern.pattern), pattern.flags & ~re.IGNORECASE)

    def test(self, text: str) -> bool:
        """ignorecase.search(text) is not None."""
        low = _folded_once(text)
        if low is None:
            return self.ignorecase.search(text) is not None
        return self.lowercase.search(low) is not None
