"""The source of a drop whose files carry none: a `SOURCE` file in the landing-day folder.

Some corpora name no source in their files (the BBC News 2005 text files: a title and a body).
Whoever lands such a drop writes the source's name in a file called `SOURCE` at the top of the
landing-day folder, e.g. `echo bbc > data/raw/2026-11-28/SOURCE`; every record of that day
without a source of its own then gets it (a record's own `source` field still wins, and the
guesses from an id prefix or a URL's host come after: the person who landed the drop knows
better). It is a file of the day rather than a sub-folder's name because sub-folders already mean
other things (the BBC's `business/`, `sport/` are sections, Reuters' `sgm-data/` a format).

The first line that is not blank and not a `#` comment is the name (at most 64 characters, no
control characters). The file is not an article: it is not read as one, and a SOURCE that cannot
be used is one rejection of the day naming why (the records then keep no source). It is part of
the day's fingerprint, so rewriting it re-ingests the day.
"""

from __future__ import annotations

import re
from pathlib import Path

from .base import Rejection
from .files import Refused, open_regular, resolve_entry

SOURCE_FILE = "SOURCE"
MAX_SOURCE_CHARS = 64
_MAX_FILE_BYTES = 4096
_USABLE = re.compile(rf"^[^\x00-\x1f\x7f]{{1,{MAX_SOURCE_CHARS}}}$")


def read_drop_source(day_dir: Path) -> tuple[str | None, Rejection | None]:
    """(the source named by the day's SOURCE file, or None; a rejection when the file is unusable)."""
    path = day_dir / SOURCE_FILE
    if not path.exists() and not path.is_symlink():
        return None, None
    try:
        with open_regular(resolve_entry(path, day_dir)) as fh:
            raw = fh.read(_MAX_FILE_BYTES + 1)
    except (Refused, OSError) as err:
        return None, _rejected(f"cannot be read ({err})")
    if len(raw) > _MAX_FILE_BYTES:
        return None, _rejected(f"longer than {_MAX_FILE_BYTES} bytes: it should hold one name")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, _rejected("not UTF-8 text")
    lines = [line.strip() for line in text.splitlines()]
    names = [line for line in lines if line and not line.startswith("#")]
    if not names:
        return None, _rejected("empty: write the source's name on its first line")
    if not _USABLE.match(names[0]):
        return None, _rejected(f"the name must be 1-{MAX_SOURCE_CHARS} printable characters")
    return names[0], None


def _rejected(why: str) -> Rejection:
    return Rejection(SOURCE_FILE, -1, f"SOURCE file (the drop's source name) {why}; records keep no source", "")
