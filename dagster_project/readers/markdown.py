"""Markdown articles with YAML front matter, one per file (White House briefing room style).

Front matter gives `title`, `published_time` / `date` and `source_url`. The body is Pandoc-style
Markdown: hard-wrapped lines, backslash escapes (`\\_`, `\\[`, `\\#`), `[text](url)` links,
emphasis, a few raw HTML tags and tables, and a closing `\\###` ("# # #") end-of-release mark.
It becomes plain text: markup removed, wrapped lines joined, one blank line between paragraphs.

A file without front matter is still read (title from a leading `# heading`); documentation
files such as README.md are turned away by the dispatcher before they get here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, BinaryIO

import yaml

from .base import (
    MAX_DOCUMENT_BYTES,
    RawRecord,
    Rejection,
    decode_text,
    excerpt,
    read_capped,
    tidy_line,
    tidy_text,
)

EXTENSIONS = (".md", ".markdown", ".mdown")

MAX_FRONT_MATTER_CHARS = 64 * 1024
_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # every scalar a string: no YAML type guessing

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)

# --- inline markup ------------------------------------------------------------------------

_ESCAPABLE = "\\`*_{}[]()#+-.!|<>~\"'$&:;=@^,%/?"
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
_PROTECT_BASE = 0xF0000  # supplementary private use area: never in real text
_RESTORE = {_PROTECT_BASE + ord(c): c for c in _ESCAPABLE}
_PROTECTED = re.compile("[\U000F0000-\U000F00FF]")

# Spans exclude their own delimiter and are bounded, so that hostile input (thousands of "[" or
# "*" never closed) stays linear; nested emphasis is undone from the inside out in several passes.
_URL = r"(?:[^()\s]|\((?:[^()\s]|\([^()\s]*\))*\))*(?:\s+\"[^\"\n]*\")?"  # up to two levels of (...)
_IMAGE = re.compile(r"!\[([^\[\]]{0,2000})\]\(" + _URL + r"\)")
_LINK = re.compile(r"\[([^\[\]]{0,2000})\]\(" + _URL + r"\)")
# URLs with unbalanced parentheses ("...#:~:text=Counsel%20(RTC,eviction") end at the first ")"
# followed by a space, punctuation or the end of the text.
_LOOSE_LINK = re.compile(
    r"\[([^\[\]]{0,2000})\]\((?:https?:|ftp:|mailto:|/|#|www\.)\S{0,2000}?\)(?=[\s.,;:!?)\]\"'’”]|$)")
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,2000})\]\[[^\[\]\n]{0,200}\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|mailto:[^>\s]+|[^>\s@]+@[^>\s@]+\.[a-zA-Z]+)>")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)
_HTML_CELL_END = re.compile(r"</t[dh]\s*>", re.I)
_HTML_BLOCK_END = re.compile(
    r"</?(?:p|div|tr|table|tbody|thead|tfoot|li|ul|ol|h[1-6]|blockquote|section)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>|<!--.{0,20000}?-->", re.S)
_CODE_SPAN = re.compile(r"(`+)([^`]{1,2000})\1")
_STRONG_EM = [
    re.compile(r"(\*{1,3})(?=[^\s*])([^*]{1,2000}?)(?<=\S)\1"),
    re.compile(r"(?<![\w])(_{1,3})(?=[^\s_])([^_]{1,2000}?)(?<=\S)\1(?![\w])"),
    re.compile(r"~~(?=[^\s~])([^~]{1,2000}?)(?<=\S)~~"),
]
_STRAY_STARS = re.compile(r"\*+")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")


def _protect(match: re.Match[str]) -> str:
    return chr(_PROTECT_BASE + ord(match.group(1)))


def inline_to_text(text: str) -> str:
    """Links to their text, emphasis and code markers and raw HTML tags out (escapes stay protected)."""
    if "[" in text:
        text = _IMAGE.sub(lambda m: m.group(1), text)
        text = _LINK.sub(lambda m: m.group(1), text)
        text = _LOOSE_LINK.sub(lambda m: m.group(1), text)
        text = _REF_LINK.sub(lambda m: m.group(1), text)
        text = _FOOTNOTE_REF.sub("", text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
        text = _HTML_TAG.sub("", text)
    if "`" in text:
        text = _CODE_SPAN.sub(lambda m: m.group(2).strip(), text)
    if "*" in text or "_" in text or "~" in text:
        for _ in range(3):  # nested emphasis (***bold italic***, **<u>x</u>**) needs more than one pass
            before = text
            text = _STRONG_EM[0].sub(lambda m: m.group(2), text)
            text = _STRONG_EM[1].sub(lambda m: m.group(2), text)
            text = _STRONG_EM[2].sub(lambda m: m.group(1), text)
            if text == before:
                break
        text = _STRAY_STARS.sub("", text)
    return text


def _restore(text: str) -> str:
    return text.translate(_RESTORE) if _PROTECTED.search(text) else text


# --- blocks -------------------------------------------------------------------------------

_END_MARK = re.compile(r"^\s*[*_]*\s*(?:\\?#\s*){3}[*_]*\s*$")  # "\###", "\# \# \#", "**###**"
_TRAILING_END_MARK = re.compile(r"\s*(?:#\s*){3}$")  # "... Vought. ###" on the last text line
_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ATX = re.compile(r"^[ \t]{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_PIPE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+")
_BLOCK_MARKS = set("#=-*_|>+[`~0123456789<")  # a line starting otherwise is plain paragraph text
_ALNUM = re.compile(r"[^\W_]")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")


def markdown_to_text(body: str) -> str:
    """Pandoc/CommonMark Markdown to plain text paragraphs separated by one blank line."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    body = "\n".join("" if _END_MARK.match(line) else line for line in body.split("\n"))
    body = _ESCAPE.sub(_protect, body)  # escaped characters are literal from here on
    body = _IMAGE.sub(lambda m: m.group(1), body)  # before blocks: link texts may span lines
    body = _LINK.sub(lambda m: m.group(1), body)
    body = _LOOSE_LINK.sub(lambda m: m.group(1), body)
    body = _HTML_BREAK.sub("  \n", body)
    body = _HTML_CELL_END.sub(" ", body)
    body = _HTML_BLOCK_END.sub("\n\n", body)

    paragraphs: list[list[str]] = []
    current: list[str] = []  # lines of the paragraph being built; "\n" marks a hard line break
    in_fence = False

    def close() -> None:
        nonlocal current
        if current:
            paragraphs.append(current)
        current = []

    for line in body.split("\n"):
        first = line.lstrip()[:1]
        if first and first not in _BLOCK_MARKS and not in_fence:  # plain text line: the common case
            current.append(line.strip())
            if line.endswith("  "):
                current.append("\n")
            continue
        if in_fence:
            if _FENCE.match(line):
                in_fence = False
                close()
            else:
                current.append(line.strip())
                current.append("\n")
            continue
        if _FENCE.match(line):
            close()
            in_fence = True
            continue
        if not line.strip() or _REF_DEF.match(line) or _PIPE_RULE.match(line):
            close()
            continue
        if _SETEXT.match(line) or _RULE.match(line):
            close()  # setext underline (the line above was a heading) or a horizontal rule
            continue
        heading = _ATX.match(line)
        if heading:
            close()
            if heading.group(2):
                paragraphs.append([heading.group(2)])
            continue
        if _PIPE_ROW.match(line):
            close()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            paragraphs.append([" ".join(c for c in cells if c)])
            continue
        line = _QUOTE.sub("", line)
        if _LIST_ITEM.match(line):
            close()  # each list item is a paragraph of its own
            line = _LIST_ITEM.sub("", line, count=1)
            if not line.strip():
                continue
        hard = bool(_HARD_BREAK.search(line))
        current.append(line.rstrip(" \\").strip())
        if hard:
            current.append("\n")
    close()

    out = []
    for lines in paragraphs:
        text = " ".join(lines).replace(" \n ", "\n").replace(" \n", "\n").replace("\n ", "\n").strip("\n ")
        text = inline_to_text(text)
        if _ALNUM.search(text):  # separators such as "* * *" or "____" are not text
            out.append(text)
    text = tidy_text(html.unescape(_restore("\n\n".join(out))))
    if text.endswith("#"):
        text = text[:-60] + _TRAILING_END_MARK.sub("", text[-60:])
    return text


# --- front matter -------------------------------------------------------------------------

def _scalar(meta: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = meta.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def iso_date(value: str | None) -> str | None:
    """An ISO 8601 form of a front-matter date when it is one; otherwise the raw value."""
    if value is None:
        return None
    raw = value.strip()
    for candidate in (raw, raw.replace(" ", "T", 1)):
        try:
            return datetime.fromisoformat(candidate.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
    try:
        return date.fromisoformat(raw).isoformat()
    except ValueError:
        return raw


def clean_title(value: str | None) -> str | None:
    if value is None:
        return None
    value = _restore(inline_to_text(_ESCAPE.sub(_protect, value)))
    return tidy_line(html.unescape(value))


def read(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    data = read_capped(fh)
    if data is None:
        yield Rejection(rel, -1, f"file larger than {MAX_DOCUMENT_BYTES // 2**20} MB for a one-article "
                        "Markdown file", "")
        return
    text, _clean = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, Any] = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match is None and text.startswith("---") and "\n" in text:
        yield Rejection(rel, 0, "front matter not closed (no second '---' line)", excerpt(text))
        return
    if match:
        raw_meta = match.group(1)
        if len(raw_meta) > MAX_FRONT_MATTER_CHARS:
            yield Rejection(rel, 0, f"front matter longer than {MAX_FRONT_MATTER_CHARS} characters",
                            excerpt(raw_meta))
            return
        try:
            loaded = yaml.load(raw_meta, Loader=_Loader)
        except yaml.YAMLError as err:
            reason = str(err).replace("\n", " ")
            yield Rejection(rel, 0, f"invalid YAML front matter: {reason[:200]}", excerpt(raw_meta))
            return
        if loaded is not None and not isinstance(loaded, dict):
            yield Rejection(rel, 0, f"front matter is a {type(loaded).__name__}, not a mapping",
                            excerpt(raw_meta))
            return
        meta = {str(k).strip().lower(): v for k, v in (loaded or {}).items()}
        body = text[match.end():]

    title = clean_title(_scalar(meta, "title", "headline"))
    if title is None:  # no title in front matter: a leading "# heading" is the title
        first = re.match(r"\s*#[ \t]+(.+?)[ \t#]*\n", body)
        if first:
            title = clean_title(first.group(1))
            body = body[first.end():]
    published = iso_date(_scalar(meta, "published_time", "published_at", "published", "date", "pubdate"))
    yield RawRecord(
        file=rel,
        position=0,
        external_id=rel,
        text=markdown_to_text(body),
        title=title,
        url=_scalar(meta, "source_url", "url", "canonical_url", "link"),
        source=_scalar(meta, "source", "publisher"),
        published_at=published,
        language=_scalar(meta, "language", "lang"),
    )
