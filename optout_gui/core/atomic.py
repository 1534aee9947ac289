"""Writing a file so that a crash leaves either the old or the new content, never half."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


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


def aside_path(path: Path, moment) -> Path:
    """Where a damaged file is kept: ``<name>.damaged-<UTC time>`` beside it."""
    return path.with_name(f"{path.name}.damaged-{moment.strftime('%Y%m%dT%H%M%SZ')}")


def move_aside(path: Path, moment) -> Path | None:
    """Rename a damaged file out of the way (never delete it); None if that failed."""
    target = aside_path(path, moment)
    try:
        os.replace(path, target)
    except OSError:
        log.warning("could not move a damaged file aside")
        return None
    log.warning("moved a damaged file aside")
    return target


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
