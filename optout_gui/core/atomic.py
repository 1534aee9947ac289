"""Writing a file so that a crash leaves either the old or the new content, never half."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Make sure the folder exists; a folder made here is readable by its owner only (0700).

    An existing folder keeps its permissions: it may be a USB stick (FAT has none), a folder
    shared on purpose, or one the person does not own. Raises OSError when the folder can't
    be made (read-only disk, or a file of that name: ``NotADirectoryError``).
    """
    if path.is_dir():
        return path
    for place in (path, *path.parents):  # a file where a folder should be: name it
        if place.is_dir():
            break
        if place.exists() or place.is_symlink():
            raise NotADirectoryError(
                errno.ENOTDIR, "a file is where a folder should be", str(place)
            )
    missing = [place for place in (path, *path.parents) if not place.is_dir()]
    for place in reversed(missing):  # the outermost first; each one made here is private
        try:
            place.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not place.is_dir():
                raise
            continue  # made by someone else just now: theirs to set up
        if os.name == "posix":  # the umask may take bits away, or (000) leave 0777: exact
            os.chmod(place, PRIVATE_DIR_MODE)
    return path


class NotARegularFile(OSError):
    """A path that is a FIFO, a device, a folder or a socket: the app never reads those."""


def open_regular(path: Path):
    """Open ``path`` for reading in binary mode, but only if it is a regular file.

    A FIFO would block the open (and the app) forever and a device such as /dev/zero never
    ends, so the kind of file is checked on the open descriptor (no race with a swap), and
    the open itself never waits. Raises FileNotFoundError, NotARegularFile or OSError.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(errno.EINVAL, "it is not a regular file", str(path))
        if getattr(os, "O_NONBLOCK", 0):  # POSIX only (on Windows it applies to pipes)
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular_bytes(path: Path) -> bytes:
    """The content of a regular file (see :func:`open_regular`)."""
    with open_regular(path) as handle:
        return handle.read()


def read_regular_text(path: Path) -> str:
    """A regular file's UTF-8 text; raises UnicodeDecodeError (a ValueError) if it isn't."""
    return read_regular_bytes(path).decode("utf-8")


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``; the file is readable by its owner only (0600)."""
    atomic_write_parts(path, (text,))


def atomic_write_parts(path: Path, parts: Iterable[str]) -> None:
    """Like :func:`atomic_write_text` for text given in pieces, written one after another.

    For big files (thousands of objections) this avoids building, and paying the memory
    for, one huge string and its encoded copy.
    """
    folder = path.parent
    ensure_private_dir(folder)
    # mkstemp creates the file 0600, so the content is never readable by others.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        _replace_with_retry(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)


@contextlib.contextmanager
def export_target(path: str | Path):
    """A new private (0600) file beside ``path`` to write an export into (a proof, a
    calendar file); it replaces ``path`` only once written, and is removed if writing
    fails: no partial file is ever left, and the file is the owner's only."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    target = Path(name)
    try:
        yield target
        os.replace(target, path)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def aside_path(path: Path, moment) -> Path:
    """Where a damaged file is kept: ``<name>.damaged-<UTC time>`` beside it (the first
    choice; :func:`aside_paths` gives the next ones when that name is taken)."""
    return path.with_name(f"{path.name}.damaged-{moment.strftime('%Y%m%dT%H%M%SZ')}")


MAX_ASIDE_TRIES = 1000


def aside_paths(path: Path, moment):
    """``<name>.damaged-<time>``, then ``…-2``, ``…-3``: two copies made in the same second
    get two names, and a copy is never replaced."""
    first = aside_path(path, moment)
    yield first
    for n in range(2, MAX_ASIDE_TRIES):
        yield first.with_name(f"{first.name}-{n}")


def create_aside(path: Path, moment) -> tuple[int, Path]:
    """Create a new, private (0600) copy file for ``path`` under a name no file has; returns
    its descriptor (open for writing) and its path. Raises OSError."""
    for target in aside_paths(path, moment):
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(target, flags, 0o600), target
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a copy", str(path))


def move_aside(path: Path, moment) -> Path | None:
    """Rename a damaged file out of the way (never delete it, never replace another copy);
    None if that failed."""
    for target in aside_paths(path, moment):
        try:
            _rename_no_replace(path, target)
        except FileExistsError:
            continue
        except OSError:
            break
        log.warning("moved a damaged file aside")
        return target
    log.warning("could not move a damaged file aside")
    return None


def _rename_no_replace(src: Path, dst: Path) -> None:
    """Rename ``src`` to ``dst``; FileExistsError if ``dst`` exists (never overwritten)."""
    if os.name != "posix":
        os.rename(src, dst)  # Windows refuses an existing target
        return
    try:
        os.link(src, dst, follow_symlinks=False)  # fails if dst exists: no race
    except FileExistsError:
        raise
    except OSError:  # no hard links on this disk (FAT, some network disks)
        if os.path.lexists(dst):
            raise FileExistsError(errno.EEXIST, "exists", str(dst)) from None
        os.rename(src, dst)
        return
    os.unlink(src)


def remove_stale_temp_files(path: Path) -> int:
    """Delete temporary files left by a save that was killed half-way; returns how many."""
    removed = 0
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            leftover.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _replace_with_retry(src: str, dst: Path) -> None:
    # On Windows a virus scanner or indexer may hold the target open for a moment.
    attempts = 10 if sys.platform == "win32" else 1
    for attempt in range(attempts):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
