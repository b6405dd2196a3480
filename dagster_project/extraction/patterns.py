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
from functools import cache

import ahocorasick_rs

from .sentences import ends_with_abbreviation

# a release's heading in capitals before its lead: "SECURING ANOTHER HISTORIC DEAL: Today, ..."
CAPS_HEADING = r"(?:[A-Z][A-Z0-9 ,’'\-]{3,80}:\s+)?"


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
        self.needs = _selective(required_literals(self.lowercase.pattern))

    def finditer(self, text: str, lower: str | None, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """Matches in text[pos:endpos]; `lower` is text.lower() when it has text's length, else None.
        A match's group() is lower-cased when `lower` is used: read the original text by offsets."""
        end = len(text) if endpos is None else endpos
        if lower is not None:
            if self.needs is not None and not any(lower.find(n, pos, end) >= 0 for n in self.needs):
                return iter(())  # no word the pattern needs in the span: no match
            return self.lowercase.finditer(lower, pos, end)
        return self.ignorecase.finditer(text, pos, end)


@cache
def _word_automaton(words: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(list(words), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def matches_from(text: str, words: tuple[str, ...], pattern: re.Pattern) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern that starts with one of `words` at a word boundary
    (`\\b` before the word, left out of the pattern): Aho-Corasick finds where those words start
    and the pattern is tried only there. A whole-text scan with a pattern that opens with `\\b`
    and an alternation tries it at every character; this costs a fraction of that. (The words
    are letters only, so a word found inside another word never hides one that starts a word.)"""
    last_end = -1
    for _idx, start, _end in _word_automaton(words).find_matches_as_indexes(text):
        if start < last_end or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
            continue
        m = pattern.match(text, start)
        if m:
            last_end = m.end()
            yield m


class WordLed:
    """A pattern that opens with one of a few words (`\\b(?:w1|w2|...)` + `rest`), for scans of a
    whole article: matches_from tries it only where one of the words starts. An IGNORECASE one
    runs on the article's lower-cased text (`lower`) when there is one."""

    def __init__(self, words: tuple[str, ...], rest: str, flags: int = 0):
        self.words = tuple(w.lower() for w in words) if flags & re.IGNORECASE else tuple(words)
        body = "(?:" + "|".join(self.words) + ")" + rest
        self.pattern = re.compile(r"\b" + body, flags)  # the same pattern as one regex
        self.caseless = bool(flags & re.IGNORECASE)
        self.at = re.compile(lower_literals(body) if self.caseless else body, flags & ~re.IGNORECASE)

    def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match]:
        """pattern.finditer(text); with IGNORECASE, `lower` is text.lower() when it has text's
        length (a match's group() is then lower-cased: read the original text by offsets)."""
        if not self.caseless:
            return matches_from(text, self.words, self.at)
        if lower is None:
            return self.pattern.finditer(text)
        return matches_from(lower, self.words, self.at)


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


def without_word_boundaries(pattern: str) -> str:
    """A Rust regex `\\b(?:A|B|...)` for `contains` tests, as the same test without `\\b`: each
    alternative opens with a letter, so the `\\b` before it is a non-word character or the text's
    start, consumed ("(?:^|\\W)"); a `\\b` that ends an alternative follows a letter, so it is a
    non-word character or the text's end ("(?:\\W|$)"; nothing follows the group). Rust's lazy DFA
    gives up a Unicode `\\b` at the first non-ASCII character (a curly quote) and the slow engine
    takes over: on the bench corpus the trade prefilter took 3 s this way, 0.1 s without them."""
    m = _LED_ALTERNATION.fullmatch(pattern)
    if not m or not _balanced(m.group("body")):  # (not "\b(?:a)|(?:b)")
        raise ValueError(f"not of the form \\b(?:A|B|...): {pattern[:60]!r}")
    out: list[str] = []
    for alt in alternatives(m.group("body")):
        core = alt.removesuffix(r"\b")
        last = core.removesuffix("?")  # ("bans?\b": the match ends with "n" or "s")
        if not (core[:1].isalpha() and core[1:2] not in ("?", "*", "{")) or r"\b" in core or \
                core != alt and not (last[-2:].isalpha() and len(last) >= 2):
            raise ValueError(f"an alternative not led by a letter, or with an inner \\b: {alt!r}")
        out.append(core + r"(?:\W|$)" if core != alt else alt)
    return r"(?:^|\W)(?:" + "|".join(out) + ")"


_LED_ALTERNATION = re.compile(r"\\b\(\?:(?P<body>.*)\)", re.S)


def consumed_word_boundaries(pattern: str) -> str:
    """A Rust regex `\\b(?:A|B|...)\\b` for `contains` tests, as the same test with its Unicode `\\b`
    consumed: `(?:^|\\W)(?:A|B|...)(?:\\W|$)`. Every alternative opens and ends with a letter, so the
    `\\b` before it is a non-word character or the text's start and the one after it a non-word
    character or the text's end; an inner `\\b` that ends an alternative (before "|" or ")", as in
    "(?:today|...day)\\b|...") stands where the last one does and is dropped. As for
    without_word_boundaries: Rust's lazy DFA gives up a Unicode `\\b` at the first non-ASCII
    character and the slow engine takes over (the visits trigger prefilter took 2.4 s on the
    bench corpus's sentences so, 0.1 s without)."""
    m = _WORD_ALTERNATION_WHOLE.fullmatch(pattern)
    if not m or not _balanced(m.group("body")):
        raise ValueError(f"not of the form \\b(?:A|B|...)\\b: {pattern[:60]!r}")
    body = m.group("body")
    for alt in alternatives(body):
        head = _GROUP_OPENERS.sub("", alt, count=1)
        tail = alt
        while tail[-2:] == r"\b" or tail[-1:] in (")", "?"):
            tail = tail[:-2] if tail[-2:] == r"\b" else tail[:-1]
        if not head[:1].isalpha() or not tail[-1:].isalpha() or tail[-2:-1] == "\\":
            raise ValueError(f"an alternative not led and ended by a letter: {alt!r}")
    for inner in re.finditer(r"\\b", body):
        if body[inner.end():inner.end() + 1] not in ("|", ")") or body[inner.start() - 1:inner.start()] == "\\":
            raise ValueError(f"an inner \\b that does not end an alternative: {body[:inner.end()][-40:]!r}")
    return r"(?:^|\W)(?:" + body.replace(r"\b", "") + r")(?:\W|$)"


_WORD_ALTERNATION_WHOLE = re.compile(r"\\b\(\?:(?P<body>.*)\)\\b", re.S)
_GROUP_OPENERS = re.compile(r"^(?:\((?:\?:|\?P<\w+>)?)+")

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
        self.needs = _selective(required_literals(self.lowercase.pattern))

    def test(self, text: str) -> bool:
        """ignorecase.search(text) is not None."""
        low = _folded_once(text)
        if low is None:
            return self.ignorecase.search(text) is not None
        if self.needs is not None and not any(n in low for n in self.needs):
            return False  # no word the pattern needs
        return self.lowercase.search(low) is not None


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of the (case-sensitive) pattern contains, or None when
    no such set is known. A text holding none of them cannot match: a substring test rules it
    out far faster than a scan with the pattern. Read from the parsed pattern: a run of literal
    characters must appear as written; an alternation needs one string of each branch; a
    repetition at least once what its item needs; the best of these in a sequence is kept."""
    from re import _constants as C
    from re import _parser

    repeats = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}

    def sequence(items) -> frozenset[str] | None:
        candidates: list[frozenset[str]] = []
        run: list[str] = []
        for op, av in items:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            if run:
                candidates.append(frozenset(["".join(run)]))
                run = []
            needed = node(op, av)
            if needed is not None:
                candidates.append(needed)
        if run:
            candidates.append(frozenset(["".join(run)]))
        # the most selective: the longest shortest string, then the fewest strings
        return max(candidates, key=lambda s: (min(map(len, s)), -len(s)), default=None)

    def node(op, av) -> frozenset[str] | None:
        if op is C.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                needed = sequence(branch)
                if needed is None:
                    return None
                out |= needed
            return frozenset(out)
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return None if add_flags or del_flags else sequence(sub)
        if op in repeats:
            low, _high, sub = av
            return sequence(sub) if low >= 1 else None
        return None  # classes, anchors, lookarounds, references: nothing required

    if _INLINE_FLAGS.search(pattern):
        return None
    needed = sequence(_parser.parse(pattern))
    return tuple(sorted(needed)) if needed and all(needed) else None


def _selective(needs: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Required strings worth testing first: a few, none very short (a two-letter one such as
    "in" is in nearly every sentence, and many substring tests cost more than they save)."""
    if needs is None or len(needs) > 16 or min(map(len, needs)) < 3:
        return None
    return needs


# What someone is somewhere for: "X, in Hanoi for the summit", "currently in Iceland for a meeting"
PURPOSE_AFTER = re.compile(r"\s+(?:for|on\s+(?:a|an|his|her|their))\s")

# A wire dateline at the head of a story: "CARACAS, March 10 - ", "BEIJING, April 1 (AFP) - ".
# (Article reads its place; the actors skip it to find where the story's first sentence opens.)
# ("MAR DEL PLATA, Argentina, Nov. 5 (Xinhua) -- ": a town with its country or region, then the date)
DATELINE = re.compile(r"(?P<place>[A-Z][A-Za-z.\- ]{2,30}?)\s*(?:,\s*(?P<region>[A-Z][a-z][A-Za-z.\- ]{1,25}?),\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
                      r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\(\w+\))?\s+-{1,2}\s")


# between two states of a list: "Algeria, Kuwait and Qatar", "Chile or Peru"
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")


def sentence_start(text: str, pos: int, lo: int = 0) -> int:
    """Where the sentence holding `pos` starts: after the last ". " or line break before it (not
    after the stop of "U.S."), no earlier than `lo`."""
    line = text.rfind("\n", lo, pos)
    dot = text.rfind(". ", lo, pos)
    while dot > line and ends_with_abbreviation(text, dot):
        dot = text.rfind(". ", lo, dot)
    return max(dot, line, lo - 1) + 1


_STOP = re.compile(r"[.!?](?=[\"'”’)\]]*\s)|\n")


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding `pos` ends: at the next stop before a space that does not
    close an abbreviation or an initial ("U.S.", "Gen."), or line break; else the text's end."""
    for m in _STOP.finditer(text, pos):
        if text[m.start()] != "." or not ends_with_abbreviation(text, m.start()):
            return m.start()
    return len(text)
