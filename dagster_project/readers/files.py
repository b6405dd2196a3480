"""Which entries of a landing-day folder are read, and opening them without leaving the folder.

A landing folder is written by other people's tools, so it may hold symbolic links (to
`/etc/passwd`, to `/proc/self/environ`, to a folder elsewhere), FIFOs or devices. Only regular
files inside the folder are read: a link is resolved and read only when its target is a regular
file inside the same landing folder; anything else is refused with a reason that names the entry
(never the target, and never its content). Every entry is listed, so a refused one is still
accounted for as a rejected file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class Refused(Exception):
    """An entry that is not read; the message is the reason (it names no target and no content)."""


def landing_entries(day_dir: Path) -> list[Path]:
    """Every non-hidden entry below the folder that is not a real directory: regular files,
    links (to files or to folders, which are not descended into), FIFOs, sockets, devices."""
    found: list[Path] = []
    for parent, dirs, files in os.walk(day_dir, followlinks=False):
        base = Path(parent)
        visible = [d for d in dirs if not d.startswith(".")]
        dirs[:] = [d for d in visible if not (base / d).is_symlink()]  # links are not walked into
        found.extend(base / d for d in visible if (base / d).is_symlink())
        found.extend(base / f for f in files if not f.startswith("."))
    return sorted(found)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def resolve_entry(path: Path, root: Path) -> Path:
    """The regular file to read for a landing entry, or `Refused` with the reason.

    A link is followed only to a regular file inside `root` (the landing-day folder, resolved).
    """
    root = root.resolve()
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # broken link, or a loop of links
            raise Refused("broken symbolic link (its target does not exist or loops): not read") from None
        if not _inside(target, root):
            raise Refused("symbolic link to a place outside the landing folder: not read")
        tst = os.stat(target)
        if not stat.S_ISREG(tst.st_mode):
            raise Refused(f"symbolic link to {_kind(tst.st_mode)}: only regular files are read")
        return target
    if not stat.S_ISREG(st.st_mode):
        raise Refused(f"{_kind(st.st_mode)}, not a regular file: not read")
    return path


def open_regular(path: Path) -> BinaryIO:
    """Open a file that `resolve_entry` accepted, refusing it if it changed into a link or a
    non-regular file in between (O_NOFOLLOW; O_NONBLOCK so a FIFO cannot block the open)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise Refused(f"cannot be opened safely ({err.strerror}): not read") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise Refused(f"{_kind(mode)}, not a regular file: not read")
        os.set_blocking(fd, True)
        return open(fd, "rb", closefd=True)
    except BaseException:
        os.close(fd)
        raise
