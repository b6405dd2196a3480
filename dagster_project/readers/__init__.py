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
- Only regular files inside the landing folder are read (`files.py`): a link that leaves it, a
  broken link, a link to a folder, a FIFO or a device is one rejection naming the entry.
- A file whose records can be counted independently (JSONL lines) also yields a `FileCount`, so
  the accounting sees records a reader lost; a file that yields nothing is one rejection.
- Documentation beside the articles (README*, LICENSE*, SOURCE_COMMIT...) is rejected by name
  as "not an article", so every file of the day is accounted for.
- A `SOURCE` file at the top of the folder names the source of a drop whose files carry none
  (`drop_source.py`); it is metadata, not an article.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .base import FileCount, RawRecord, Rejection, excerpt
from .drop_source import SOURCE_FILE, read_drop_source
from .files import Refused, landing_entries, open_regular, resolve_entry
from .jsonl import count_records as count_jsonl_records
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
    """Every non-hidden entry below the landing-day folder that is not a real folder (regular
    files, and links or special files, which `read_file` refuses or resolves), in a stable order."""
    return landing_entries(day_dir)


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


# Readers whose records can be counted from the file itself, independently of the reader.
_COUNTERS = {".jsonl": count_jsonl_records, ".ndjson": count_jsonl_records}


def _open(path: Path) -> BinaryIO:
    raw = open_regular(path)
    if raw.peek(2)[:2] == _GZIP_MAGIC:
        return io.BufferedReader(gzip.GzipFile(fileobj=raw), buffer_size=SNIFF_BYTES * 8)  # type: ignore
    return raw  # type: ignore[return-value]


def _count(path: Path, key: str, rel: str) -> FileCount | None:
    """The records of the file by a second, simpler pass over it; None when it cannot count."""
    counter = _COUNTERS.get(key)
    if counter is None:
        return None
    try:
        with _open(path) as fh:
            return FileCount(rel, counter(fh))
    except (OSError, EOFError, zlib.error, Refused):  # a damaged gzip: the reader's rejection says so
        return None


def read_file(path: Path, rel: str, root: Path | None = None) -> Iterator[RawRecord | Rejection | FileCount]:
    """The items of one landing entry. `root` is the landing-day folder: a link is read only when
    it resolves to a regular file inside it (without `root`, links are not followed at all)."""
    try:
        if root is None and path.is_symlink():
            raise Refused("symbolic link: not read")
        path = resolve_entry(path, root if root is not None else path.parent)
    except Refused as err:
        yield Rejection(rel, -1, f"{rel}: {err}", "")  # names the entry, never its target or content
        return
    except OSError as err:
        yield Rejection(rel, -1, f"{rel}: cannot be read ({err.strerror})", "")
        return
    if _DOC_FILE.match(Path(rel).name):
        yield Rejection(rel, -1, f"not an article: documentation file ({Path(rel).name})", "")
        return
    name_ext, _name_gz = format_of(Path(rel))
    last, n_items, key = -1, 0, None
    try:
        with open_regular(path) as raw:
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
                if not isinstance(item, FileCount):
                    last = max(last, item.position)
                    n_items += 1
                yield item
    except Refused as err:
        yield Rejection(rel, -1, f"{rel}: {err}", "")
        return
    except (EOFError, gzip.BadGzipFile, zlib.error) as err:
        n_items += 1
        yield Rejection(rel, last + 1, f"corrupt or truncated gzip after record {last}: {err}", "")
    except Exception as err:  # a reader bug must not stop the landing day
        n_items += 1
        yield Rejection(rel, last + 1, f"reader failed after record {last}: {type(err).__name__}: {err}", "")
    if n_items == 0:
        # Every file gets an accounting row, also one of only blank lines (or only a header).
        yield Rejection(rel, -1, "no records in the file (only blank lines, whitespace or a header)", "")
        return
    if key is not None and (count := _count(path, key, rel)) is not None:
        yield count


def read_landing_day(day_dir: Path) -> Iterator[RawRecord | Rejection | FileCount]:
    """Every entry of the day; records without a source of their own get the one the day's
    `SOURCE` file names (`drop_source.py`), which is itself not read as an article."""
    source, problem = read_drop_source(day_dir)
    if problem is not None:
        yield problem
    for path in landing_entries(day_dir):
        rel = path.relative_to(day_dir).as_posix()
        if rel == SOURCE_FILE:
            continue
        for item in read_file(path, rel, day_dir):
            if source is not None and isinstance(item, RawRecord) and not item.source:
                item.source = source
            yield item


_load_optional_readers()
