"""Reuters-21578 SGML: many `<REUTERS ... NEWID="n">` stories per file.

The file is read in chunks and cut at each `</REUTERS>`, so it is never held whole; a regular
expression takes each story apart (no SGML parser: the DTD is loose and the files are regular).
Bytes are Latin-1 (`reut2-017.sgm` holds one byte that is not UTF-8), entities such as `&lt;`
are resolved and the control characters (`&#2;`, `&#3;` end-of-story marks, `&#5;`...) removed.

- external_id is NEWID, published_at the ISO form of DATE (`26-FEB-1987 15:01:01.79`).
- text is BODY. A story without BODY is `TYPE="BRIEF"` (a headline only: text is empty, so the
  normalizer rejects it as "empty text" and it is still counted) or `TYPE="UNPROC"` (unprocessed
  wire text such as money-supply tables: the TEXT content is real text and is kept).
- The closing "Reuter" sign-off is dropped; wrapped lines are joined into paragraphs (a new
  paragraph starts with an indented line); table lines stay one per line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from .base import RawRecord, Rejection, excerpt, tidy_line

EXTENSIONS = (".sgm", ".sgml")

CHUNK_BYTES = 1 << 20
MAX_STORY_CHARS = 1024 * 1024  # the longest Reuters-21578 story is 14 KB

_END = re.compile(r"</REUTERS\s*>", re.I)
_START = re.compile(r"<REUTERS\b([^>]*)>", re.I)
_ATTR = re.compile(r'([A-Za-z_][\w-]*)\s*=\s*"([^"]*)"')
_TEXT_OPEN = re.compile(r"<TEXT\b([^>]*)>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,3}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?")
_MONTHS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)}
_SIGNOFF = re.compile(r"\s+Reuter[ \t]*\Z", re.I)  # the wire sign-off, own line or after the last sentence
_GAP = re.compile(r"\S {2,}\S")
_SENTENCE_GAP = re.compile(r"[.;:,!?\"')] {2,}[A-Z(\"]")


def _is_table_line(line: str) -> bool:
    """Column layout: dot leaders, or runs of spaces between columns (not two spaces after a full stop)."""
    if "..." in line and re.search(r"\.{3,}\s*[\d(-]", line):
        return True
    gaps = len(_GAP.findall(line))
    return gaps >= 2 or (gaps == 1 and not _SENTENCE_GAP.search(line))


def _element(story: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}\s*>", story, re.S | re.I)
    return None if m is None else m.group(1)


def _unescape(raw: str) -> str:
    return _CONTROL.sub("", html.unescape(raw))


def iso_date(raw: str | None) -> str | None:
    """`26-FEB-1987 15:01:01.79` -> `1987-02-26T15:01:01.790000`; date only if the time is broken."""
    if not raw:
        return None
    m = _DATE.search(raw)
    if m is None:
        return None
    day, mon, year, hh, mm, ss, frac = m.groups()
    month = _MONTHS.get(mon.upper())
    if month is None:
        return None
    try:
        stamp = datetime(int(year), month, int(day), int(hh), int(mm), int(ss),
                         int((frac or "0").ljust(6, "0")))
        return stamp.isoformat()
    except ValueError:
        try:
            return datetime(int(year), month, int(day)).date().isoformat()
        except ValueError:
            return None


def wire_text(raw: str) -> str:
    """Wrapped wire copy to paragraphs: an indented line starts a paragraph, tables keep their lines."""
    raw = _SIGNOFF.sub("", raw.replace("\r\n", "\n").rstrip())
    blocks: list[tuple[bool, list[str]]] = []  # (is_table, lines)
    for line in raw.split("\n"):
        if not line.strip():
            blocks.append((False, []))
            continue
        indented = line[:1].isspace()
        table = _is_table_line(line.strip())
        if table:
            if blocks and blocks[-1][0]:
                blocks[-1][1].append(line.strip())
            else:
                blocks.append((True, [line.strip()]))
        elif indented or not blocks or blocks[-1][0] or not blocks[-1][1]:
            blocks.append((False, [line.strip()]))
        else:
            blocks[-1][1].append(line.strip())
    paragraphs = []
    for is_table, lines in blocks:
        if not lines:
            continue
        paragraphs.append("\n".join(" ".join(li.split()) for li in lines) if is_table else " ".join(
            " ".join(lines).split()))
    return "\n\n".join(p for p in paragraphs if p)


# ("TAUPO, New Zealand, March 23 -", "PORTLAND, Ore., Feb 26 -": a town with its country or state)
_DATELINE_FORM = re.compile(r"[A-Z][A-Za-z.\- ]{1,30}(?:,\s*[A-Z][a-z][A-Za-z.\- ]{1,25},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
                            r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+-{1,2}")


def parse_story(story: str, rel: str, position: int) -> RawRecord | Rejection:
    start = _START.search(story)
    if start is None:
        return Rejection(rel, position, "text between stories without a <REUTERS> start tag", excerpt(story))
    attrs = dict(_ATTR.findall(start.group(1)))
    newid = attrs.get("NEWID") or attrs.get("newid")
    if not newid:
        return Rejection(rel, position, "<REUTERS> story without a NEWID attribute", excerpt(story))
    text_open = _TEXT_OPEN.search(story)
    text_type = ""
    if text_open:
        text_type = (dict(_ATTR.findall(text_open.group(1))).get("TYPE") or "").upper()
    title = _element(story, "TITLE")
    body = _element(story, "BODY")
    if body is not None:
        text = wire_text(_unescape(body))
        # The wire's dateline ("CARACAS, March 10 - ") leads the story as it was sent: it is
        # where "here" is ("a visit here this week by Ecuador's minister").
        dateline = " ".join(_unescape(_element(story, "DATELINE") or "").split())
        if text and dateline and _DATELINE_FORM.fullmatch(dateline):
            text = f"{dateline} {text}"
    elif text_type == "UNPROC":
        inner = _element(story, "TEXT") or ""
        inner = re.sub(r"<(TITLE|DATELINE)\b[^>]*>.*?</\1\s*>", "", inner, flags=re.S | re.I)
        text = wire_text(_unescape(re.sub(r"<[^>]+>", "", inner)))
    else:  # TYPE="BRIEF" (headline only) or no TEXT at all: counted, rejected downstream as empty
        text = ""
    return RawRecord(
        file=rel,
        position=position,
        external_id=newid,
        text=text,
        title=tidy_line(_unescape(title)) if title is not None else None,
        source="Reuters",
        published_at=iso_date(_unescape(_element(story, "DATE") or "")),
    )


def read(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    buffer = ""
    position = 0
    seen_story = False
    while True:
        chunk = fh.read(CHUNK_BYTES)
        buffer += chunk.decode("latin-1")  # every byte is a character: nothing can fail
        done = 0
        for end in _END.finditer(buffer):
            story = buffer[done: end.end()]
            done = end.end()
            start = _START.search(story)
            story = story[start.start():] if start else story
            seen_story = True
            yield parse_story(story, rel, position)
            position += 1
        buffer = buffer[done:]
        if len(buffer) > MAX_STORY_CHARS:
            yield Rejection(rel, position, f"no </REUTERS> within {MAX_STORY_CHARS // 2**20} MB: not Reuters "
                            "SGML or a broken story; rest of file skipped", excerpt(buffer))
            return
        if not chunk:
            break
    rest = buffer.strip()
    if _START.search(rest):
        yield Rejection(rel, position, "story cut off: <REUTERS> without </REUTERS> at end of file",
                        excerpt(rest))
    elif not seen_story:
        yield Rejection(rel, -1, "no <REUTERS> stories in this SGML file", excerpt(rest))
