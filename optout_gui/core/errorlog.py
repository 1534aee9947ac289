"""A small rotating log file for problems, so a launch without a console still leaves a trace.

The file lives in the platform's log folder (``platformdirs.user_log_dir``), or under
``<data-dir>/logs`` in portable mode. It holds warnings and errors from the app's own code:
exception types, code locations and messages with anything that looks like an email address
masked. The app never logs what a person typed (email, reasons); the masking is a second guard.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import stat
import sys
import traceback
from pathlib import Path

import platformdirs

from optout_gui import APP_ID
from optout_gui.core.atomic import ensure_private_dir

LOG_NAME = f"{APP_ID}.log"
MAX_BYTES = 256 * 1024
BACKUPS = 2
MAX_MESSAGE = 300

_EMAIL = re.compile(r"[^\s@<>()\"',;:]+@[^\s@<>()\"',;:]+")


def log_dir(data_dir: str | Path | None = None) -> Path:
    if data_dir is not None:
        return Path(data_dir).expanduser().resolve() / "logs"

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def log_file(data_dir: str | Path | None = None) -> Path:
    return log_dir(data_dir) / LOG_NAME


def scrub(text: str) -> str:
    """Mask email-like words and cut long text, so personal details stay out of the log."""
    text = _EMAIL.sub("<email>", text)
    if len(text) > MAX_MESSAGE:
        text = text[:MAX_MESSAGE] + "…"
    return text


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = scrub(record.getMessage())
        head = f"{self.formatTime(record)} {record.levelname} {record.name}: {message}"
        if record.exc_info:
            head += "\n" + describe_exception(record.exc_info[1])
        return head


def describe_exception(exc: BaseException | None) -> str:
    """Traceback lines (file, line, function, code) and the scrubbed exception message."""
    if exc is None:
        return ""
    frames = _EMAIL.sub("<email>", "".join(traceback.format_tb(exc.__traceback__)))
    return frames + f"{type(exc).__name__}: {scrub(str(exc))}"


def _quiet_failure(handler: logging.Handler | None) -> None:
    """The log file can't be written (full disk, read-only or missing folder): say nothing.

    logging's default prints a traceback on the terminal for every record; the log is a
    help, never a new problem. The file is tried again with the next record (the disk may
    have room by then); an open stream that failed is dropped so the retry reopens it.
    """
    stream = getattr(handler, "stream", None)
    if stream is not None:
        with contextlib.suppress(Exception):  # a failing close is the same failure
            stream.close()
        handler.stream = None


def open_log_file(path: Path):
    """Open the log file for appending, readable by its owner only (0600).

    A link planted in its place is never followed (the app would append to, and chmod,
    whatever it points to): the open fails instead, and logging stays quiet. Only a
    regular file is written to. Folders made on the way are private (0700).
    """
    ensure_private_dir(path.parent)
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)  # a FIFO never blocks
    if os.name != "posix" and os.path.islink(path):  # no O_NOFOLLOW on Windows
        raise OSError(errno.ELOOP, "the log file is a link", str(path))
    fd = os.open(path, flags, 0o600)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "the log file is not a regular file", str(path))
        if os.name == "posix":
            os.set_blocking(fd, True)
            os.fchmod(fd, 0o600)  # the file itself, never a link's target
        return open(fd, "a", encoding="utf-8")  # noqa: SIM115 (the handler closes it)
    except BaseException:
        os.close(fd)
        raise


class _FirstUseFileHandler(logging.Handler):
    """A rotating file handler built on the first record: start-up skips logging.handlers."""

    def __init__(self, path: Path):
        super().__init__()
        self.baseFilename = str(path)
        self._inner: logging.Handler | None = None

    def _real(self) -> logging.Handler:
        if self._inner is None:
            from logging.handlers import RotatingFileHandler  # noqa: PLC0415 - seam: only once something is logged

            class PrivateRotatingFileHandler(RotatingFileHandler):
                def handleError(self, record):  # noqa: N802 (logging's name)
                    _quiet_failure(self)

                def _open(self):
                    return open_log_file(Path(self.baseFilename))

            inner = PrivateRotatingFileHandler(
                self.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                encoding="utf-8", delay=True,
            )  # fmt: skip
            inner.setFormatter(self.formatter)
            inner.setLevel(self.level)
            self._inner = inner
        return self._inner

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._real().handle(record)
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        _quiet_failure(self._inner)

    def flush(self) -> None:
        if self._inner is not None:
            self._inner.flush()

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()
        super().close()


def attach_file_handler(data_dir: str | Path | None = None) -> Path:
    """Send the app's warnings and errors to the rotating log file; returns the file's path.

    Nothing is created until the first record is written.
    """
    path = log_file(data_dir)
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path
    handler = _FirstUseFileHandler(path)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_ScrubbingFormatter())
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    return path


def record_startup_error(exc: BaseException, data_dir: str | Path | None = None) -> Path | None:
    """Write ``exc`` to the log file; returns the file's path, or None if it couldn't be written."""
    try:
        path = attach_file_handler(data_dir)
        logging.getLogger("optout_gui.startup").error(
            "the app could not start", exc_info=(type(exc), exc, exc.__traceback__)
        )
        for handler in logging.getLogger().handlers:
            handler.flush()
        return path if path.is_file() else None  # False, never an error, if out of reach
    except Exception:  # the log is a help, never a new failure
        if sys.stderr is not None:
            traceback.print_exc()
        return None
