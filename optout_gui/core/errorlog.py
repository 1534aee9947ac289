"""A small rotating log file for problems, so a launch without a console still leaves a trace.

The file lives in the platform's log folder (``platformdirs.user_log_dir``), or under
``<data-dir>/logs`` in portable mode. It holds warnings and errors from the app's own code:
exception types, code locations and messages with anything that looks like an email address
masked. The app never logs what a person typed (email, reasons); the masking is a second guard.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import traceback
from pathlib import Path

import platformdirs

from optout_gui import APP_ID

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
                    folder = Path(self.baseFilename).parent
                    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                    stream = super()._open()
                    if os.name == "posix":  # like the data files: readable by the owner only
                        os.chmod(self.baseFilename, 0o600)
                    return stream

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
        return path if path.exists() else None
    except Exception:  # the log is a help, never a new failure
        if sys.stderr is not None:
            traceback.print_exc()
        return None
