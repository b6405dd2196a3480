"""TimeML (TempEval-3) documents: one article per `.tml` file.

Parsed with defusedxml, so a document that declares entities (the "billion laughs" bomb) or
refers to external entities is rejected with a reason before anything is expanded. Inline
annotation (`EVENT`, `TIMEX3`, `SIGNAL`, ...) is dropped and its words kept.

- external_id: DOCID (the file path when a document has none)
- published_at: the `value` of the creation-time TIMEX3 inside DCT (`1998-02-06`, `1998-02-06T22:19:00`)
- title: TITLE when present; text: TEXT, paragraphs separated by a blank line.

`.xml` files come here too; one that is not TimeML is rejected with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

from .base import MAX_DOCUMENT_BYTES, RawRecord, Rejection, excerpt, read_capped, tidy_line

EXTENSIONS = (".tml", ".timeml", ".xml")

_ISO_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(root: Element, name: str) -> Element | None:
    for el in root:
        if _local(el.tag).upper() == name:
            return el
    return None


def _all_text(el: Element | None) -> str | None:
    return None if el is None else "".join(el.itertext())


def creation_time(dct: Element | None) -> str | None:
    """The ISO value of the creation-time TIMEX3 in DCT; None when it is absent or not a date."""
    if dct is None:
        return None
    timexes = [el for el in dct.iter() if _local(el.tag).upper() == "TIMEX3"]
    timexes.sort(key=lambda el: el.get("functionInDocument") != "CREATION_TIME")
    for el in timexes:
        value = (el.get("value") or "").strip()
        if _ISO_VALUE.match(value):
            return value
    return None


_DCT_PLACE = re.compile(r"(?P<place>[A-Z][A-Z.\- ]{1,30}[A-Z.]),\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*,\s*"
                        r"(?:19|20)\d\d\s*(?P<agency>\([A-Za-z\- ]{2,20}\))?\s*$")


def dateline(dct: Element | None) -> str | None:
    """The wire dateline of DCT ("BEIJING, April 1 , 1997 (AFP)") as the wire wrote it at the head
    of the story ("BEIJING, April 1 (AFP) -"); None when DCT holds only a date."""
    m = _DCT_PLACE.match(" ".join((_all_text(dct) or "").split()))
    if not m:
        return None
    return f"{m.group('place')}, {m.group('date')}{' ' + m.group('agency') if m.group('agency') else ''} -"


def paragraphs(text: str) -> str:
    out = []
    for block in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n")):
        line = " ".join(block.split())
        if line:
            out.append(line)
    return "\n\n".join(out)


def read(fh: BinaryIO, rel: str) -> Iterator[RawRecord | Rejection]:
    data = read_capped(fh)
    if data is None:
        yield Rejection(rel, -1, f"file larger than {MAX_DOCUMENT_BYTES // 2**20} MB for a one-article "
                        "XML file", "")
        return
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as err:
        yield Rejection(rel, 0,
                        f"XML declares entities ({err.name!r}): refused, possible entity-expansion bomb",
                        excerpt(data))
        return
    except ExternalReferenceForbidden:
        yield Rejection(rel, 0, "XML refers to an external entity or DTD: refused", excerpt(data))
        return
    except (DTDForbidden, DefusedXmlException) as err:
        yield Rejection(rel, 0, f"unsafe XML refused: {type(err).__name__}", excerpt(data))
        return
    except ParseError as err:
        yield Rejection(rel, 0, f"malformed XML: {err}", excerpt(data))
        return
    if _local(root.tag).upper() != "TIMEML":
        yield Rejection(rel, 0, f"XML root is <{_local(root.tag)}>, not <TimeML>: not a TimeML article",
                        excerpt(data))
        return
    text_el = _child(root, "TEXT")
    if text_el is None:
        yield Rejection(rel, 0, "TimeML document without a <TEXT> element", excerpt(data))
        return
    docid = tidy_line(_all_text(_child(root, "DOCID")))
    text = paragraphs(_all_text(text_el) or "")
    line = dateline(_child(root, "DCT"))
    if text and line:
        text = f"{line} {text}"  # the wire's dateline leads the story: it is where "here" is
    yield RawRecord(
        file=rel,
        position=0,
        external_id=docid or rel,
        text=text,
        title=tidy_line(_all_text(_child(root, "TITLE"))),
        published_at=creation_time(_child(root, "DCT")),
    )
