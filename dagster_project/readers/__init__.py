"""Read every file of a landing-day folder into raw records, whatever its format.

`read_landing_day` walks the folder, picks a reader per file from its extension (after
stripping `.gz`) and its first bytes, and yields `RawRecord`s and `Rejection`s. A file that
cannot be read at all is one rejection (position -1); a reader that fails half-way keeps the
records it yielded and adds a rejection naming where it stopped.

- gzip is recognised by its magic bytes, whatever the name says ("x.gz", "x.txt" compressed,
  "x.json.gz" not compressed).
- The content decides when the extension is missing, unknown or weak (`.txt`, `.xml`, none):
  a `.txt` that is HTML goes to the HTML reader, a `.gz` without inner extension holding WARC
  to the WARC reader, and so on (`sniff`).
- Binary content where text is expected is rejected with what it looks like (PDF, ZIP, ...).
- Documentation beside the articles (README*, LICENSE*, SOURCE_COMMIT...) is rejected by name
  as "not an article", so every file of the day is accounted for.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .base import RawRecord, Rejection, excerpt
from .jsonl import read_json, read_jsonl

Reader = Callable[[BinaryIO, str], Iterator[RawRecord | Rejection]]

# Extension (lower case, without .gz) -> reader. Other reader modules register here.
READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
}

SNIFF_BYTES = 8192
_BINARY_FORMATS = (".parquet", ".warc", ".arc")
_OWN_DECOMPRESSION = (".warc", ".arc")


def register(extensions: tuple[str, ...], reader: Reader) -> None:
    for ext in extensions:
        READERS[ext] = reader


def _load_optional_readers() -> None:
    """Readers for the other formats live in modules of their own; each registers itself."""
    import importlib

    for name in ("csv_reader", "parquet_reader", "text", "markdown", "sgml", "timeml", "html", "warc"):
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"{__name__}.{name}":
                continue
            raise
        for ext in getattr(module, "EXTENSIONS", ()):
            READERS[ext] = module.read


def landing_files(day_dir: Path) -> list[Path]:
    """Every regular, non-hidden file below the landing-day folder, in a stable order."""
    return sorted(
        p for p in day_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(day_dir).parts)
    )


def format_of(path: Path) -> tuple[str, bool]:
    """(extension of the content, gzipped?) for a file name."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    name = path.name[: -len(path.suffixes[-1])] if gz else path.name
    ext = Path(name).suffix.lower()
    return ext, gz


# Corpus and repository documentation that sits beside the articles (README.md, README.TXT,
# LICENSE, SOURCE_COMMIT): never an article, whatever its extension. Rejected by name, so the
# file is accounted for with a clear reason instead of being read as a (bad) article.
_DOC_FILE = re.compile(
    r"^(?:repo_)?(?:readme|licen[cs]e|copying|notice|changelog|authors|contributing|source_commit)"
    r"(?:\.[a-z0-9]{1,8})?(?:\.gz)?$", re.I)

_GZIP_MAGIC = b"\x1f\x8b"

# Binary signatures worth naming in a rejection reason.
_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (also .docx/.xlsx)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"\xff\xfe", "UTF-16 text (convert it to UTF-8)"),
    (b"\xfe\xff", "UTF-16 text (convert it to UTF-8)"),
)

# Formats a file's extension may not tell (or may hide): sniffed from the first bytes.
_STRUCTURED = (".html", ".warc", ".arc", ".tml", ".sgm", ".parquet")
# Extensions whose reader may be overridden by what the content clearly is.
_WEAK_EXTENSIONS = ("", ".txt", ".text", ".xml", ".dat", ".data", ".bin", ".out")


def sniff(head: bytes) -> str | None:
    """The format the first bytes show, as an extension; None when they show nothing definite."""
    if head.startswith(b"PAR1"):
        return ".parquet"
    if head.startswith(b"WARC/"):
        return ".warc"
    if head[:11].lower() == b"filedesc://":
        return ".arc"
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    low = text[:4096].lower()
    if low.startswith(b"<"):
        if b"<timeml" in low:
            return ".tml"
        if b"<reuters" in low or b"<!doctype lewis" in low:
            return ".sgm"
        if low.startswith((b"<!doctype html", b"<html")) or re.search(rb"<(?:html|head|body)[\s>]", low):
            return ".html"
        if low.startswith(b"<?xml"):
            return ".xml"
        return None
    if low.startswith(b"{"):
        return ".jsonl" if text.split(b"\n", 1)[0].rstrip().endswith(b"}") else ".json"
    if low.startswith(b"["):
        return ".json"
    if text.startswith((b"---\n", b"---\r\n")) and re.search(rb"\n(?:---|\.\.\.)\s*\n", text):
        return ".md"
    return None


def _binary_kind(head: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "binary data"
    return None


def _choose(ext: str, head: bytes) -> str | None:
    """The reader key for a file: its extension, unless the content clearly is something else."""
    sniffed = sniff(head)
    if ext in READERS and ext not in _WEAK_EXTENSIONS:
        return ext
    if sniffed is not None and (sniffed in _STRUCTURED or ext not in READERS):
        return sniffed if sniffed in READERS else (ext if ext in READERS else None)
    return ext if ext in READERS else None


def read_file(path: Path, rel: str) -> Iterator[RawRecord | Rejection]:
    if _DOC_FILE.match(path.name):
        yield Rejection(rel, -1, f"not an article: documentation file ({path.name})", "")
        return
    name_ext, _name_gz = format_of(path)
    last = -1
    try:
        with open(path, "rb") as raw:
            # The bytes decide, not the name: "x.txt" may be gzipped, "x.json.gz" may not be.
            gz = raw.peek(2)[:2] == _GZIP_MAGIC
            ext = name_ext  # without .gz; "" for "x.gz" (then the content is sniffed)
            fh: BinaryIO
            if gz:
                fh = io.BufferedReader(gzip.GzipFile(fileobj=raw), buffer_size=SNIFF_BYTES * 8)  # type: ignore
            else:
                fh = raw  # type: ignore[assignment]
            head = fh.peek(SNIFF_BYTES)[:SNIFF_BYTES]
            if not head:
                yield Rejection(rel, -1, "empty file" if not gz else "empty file (gzip with no content)", "")
                return
            key = _choose(ext, head)
            if key is None:
                shown = ext or "(no extension)"
                kind = _binary_kind(head)
                detail = f": content looks like {kind}" if kind else ""
                yield Rejection(rel, -1, f"unsupported file type {shown!r}{detail}", excerpt(head))
                return
            if key not in _BINARY_FORMATS:
                kind = _binary_kind(head)
                if kind is not None:
                    yield Rejection(rel, -1, f"{kind} in a {ext or 'no-extension'} file, not text",
                                    excerpt(head))
                    return
            if key in _OWN_DECOMPRESSION and gz:  # warcio reads gzip members record by record
                raw.seek(0)
                fh = raw  # type: ignore[assignment]
            for item in READERS[key](fh, rel):
                last = max(last, item.position)
                yield item
    except (EOFError, gzip.BadGzipFile, zlib.error) as err:
        yield Rejection(rel, last + 1, f"corrupt or truncated gzip after record {last}: {err}", "")
    except Exception as err:  # a reader bug must not stop the landing day
        yield Rejection(rel, last + 1, f"reader failed after record {last}: {type(err).__name__}: {err}", "")


def read_landing_day(day_dir: Path) -> Iterator[RawRecord | Rejection]:
    for path in landing_files(day_dir):
        yield from read_file(path, path.relative_to(day_dir).as_posix())


_load_optional_readers()
