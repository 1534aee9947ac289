"""Objections that could not be read: set aside one by one, never the whole file for one.

:class:`SetAsideLog` keeps what was set aside since the file was opened (as
:class:`SetAside` notes, for the overview and the start-up message) and a copy of each one's
stored text in ``objections.json.damaged-<time>``. :func:`split_readable` sorts the
objections of a file read the slow way into those that can be read and those that can't.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from optout_gui.core.atomic import create_aside
from optout_gui.core.progress import LoadProblem
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.storage.store_file import holds_lone_surrogate
from optout_gui.core.storage.summary import summary_row

log = logging.getLogger(__name__)

# What reading one objection may raise. Python's JSON parser recurses per nesting level:
# "[" * 2000 raises RecursionError.
UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError)


class SetAside(NamedTuple):
    """One objection that could not be read (or, with ``fields``, some of its answers).

    ``kept_in`` is the copy of its stored text (``objections.json.damaged-<time>``); None
    when the file is a newer version's, which is never changed: the objection stays there.
    """

    record_id: str
    name: str  # its name or email address as stored ("" if none could be read)
    created_at: str  # as stored ("" if none)
    problem: str  # what was wrong, in plain words
    kept_in: Path | None
    fields: tuple[str, ...] = ()  # only these answers were left out; the objection stays
    # No copy could be kept yet (a full disk): the file is left as it is, and saving waits
    # until the copy is made (each save tries again).
    waiting: bool = False


class SetAsideLog:
    """What was set aside since the file was opened, and this session's copy of it.

    The store's collaborator: the store decides what to set aside and what that means for
    the file (read-only when no copy could be kept); this log keeps the notes and the copy.
    """

    def __init__(self, path: Path, clock: Callable[[], dt.datetime]):
        self.path = path  # objections.json
        self.clock = clock
        self.notes: list[SetAside] = []
        self.copy: Path | None = None  # created with the first objection set aside
        self.pending: list[tuple[int, bytes]] = []  # (note number, text) of copies owed
        self.error: OSError | None = None  # why the last copy failed

    def keep(self, raw: bytes) -> Path | None:
        """Add one objection's stored text to the copy (0600); None if that failed (then
        ``error`` says why, and the copy is as it was before)."""
        created = self.copy is None
        try:
            if created:
                fd, target = create_aside(self.path, self.clock())
            else:
                fd, target = os.open(self.copy, os.O_WRONLY | os.O_APPEND), self.copy
        except OSError as exc:
            return self._failed(exc)
        try:
            with os.fdopen(fd, "wb") as handle:
                start = os.fstat(fd).st_size
                try:
                    handle.write(raw + b"\n")
                    handle.flush()
                    os.fsync(handle.fileno())
                except OSError:
                    with contextlib.suppress(OSError):  # no half copy stays behind
                        os.ftruncate(fd, start)
                    raise
        except OSError as exc:
            if created:
                with contextlib.suppress(OSError):
                    os.unlink(target)
            return self._failed(exc)
        self.copy, self.error = target, None
        return target

    def _failed(self, exc: OSError) -> None:
        self.error = exc
        log.warning("could not keep a copy of an objection that could not be read")
        return None

    def add(self, record_id, name, created, problem, raw: bytes, *, keep: bool, fields=()):
        """Note one objection (its text copied if ``keep``); returns the note. A copy that
        can't be made now is owed: :meth:`keep_pending` tries again."""
        kept = self.keep(raw) if keep else None
        waiting = keep and kept is None
        note = SetAside(record_id, name, created, problem, kept, tuple(fields), waiting)
        if waiting:
            self.pending.append((len(self.notes), raw))
        self.notes.append(note)
        log.warning("an objection could not be read and was set aside")
        return note

    def keep_pending(self) -> bool:
        """Make the copies still owed; True when none is owed any more."""
        while self.pending:
            number, raw = self.pending[0]
            kept = self.keep(raw)
            if kept is None:
                return False
            self.notes[number] = self.notes[number]._replace(kept_in=kept, waiting=False)
            self.pending.pop(0)
        return True

    def has_fields_note(self, record_id: str) -> bool:
        return any(n.record_id == record_id and n.fields for n in self.notes)

    def load_problem(self, current: LoadProblem | None) -> LoadProblem | None:
        """``current`` with the notes added (a worse problem stays as it is)."""
        if not self.notes:
            return current
        if current is not None and current.kind not in ("partly_damaged", "newer_version"):
            return current
        kind = current.kind if current else "partly_damaged"
        return LoadProblem(kind, moved_to=self.copy, set_aside=tuple(self.notes))


def split_readable(items: list) -> tuple[list[ObjectionRecord], list[tuple]]:
    """The objections that can be read, and (stored text, id, name, started, problem) for
    each one that can't (a duplicate id counts as unreadable)."""
    records, bad, seen = [], [], set()
    for item in items:
        try:
            if holds_lone_surrogate(item):
                raise UnicodeError("not UTF-8")
            record = ObjectionRecord.from_json(item)
            if record.id in seen:
                raise ValueError("another objection has the same id")
            summary_row(record)
        except (*UNREADABLE, UnicodeError) as exc:
            record_id = item.get("id") if isinstance(item, dict) else None
            bad.append(
                (_stored_bytes(item), str(record_id or ""),
                 _name_of(item), _created_of(item), problem_of(exc))
            )  # fmt: skip
            continue
        seen.add(record.id)
        records.append(record)
    return records, bad


def _stored_bytes(item: object) -> bytes:
    """The item's JSON as it was stored: undecodable bytes given back as they were, and a
    lone surrogate (stored as an escape, never as bytes) written as that escape again."""
    raw = json.dumps(item, ensure_ascii=False, separators=(",", ":"))
    try:
        return raw.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return json.dumps(item, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def problem_of(exc: BaseException) -> str:
    """What was wrong with an objection, in plain words."""
    if isinstance(exc, RecursionError):
        return "it is nested too deeply"
    if isinstance(exc, UnicodeError):
        return str(exc) if str(exc).startswith("it ") else "it is not UTF-8 text"
    text = str(exc)
    if "time zone" in text:
        return "a time in it has no time zone"
    if "is not a valid Status" in text or text == "unknown status":
        return "its status is unknown to this version"
    if isinstance(exc, ValueError) and text:
        return text
    return f"it is not laid out as expected ({type(exc).__name__})"


def _name_of(item: object) -> str:
    if not isinstance(item, dict):
        return ""
    answers = item.get("answers")
    email = answers.get("email") if isinstance(answers, dict) else None
    for value in (item.get("label"), email):
        if isinstance(value, str) and value and not holds_lone_surrogate(value):
            return value
    return ""


def _created_of(item: object) -> str:
    value = item.get("created_at") if isinstance(item, dict) else None
    return value if isinstance(value, str) and not holds_lone_surrogate(value) else ""
