"""The wizard's session: the answers of one objection, saved as soon as anything changes.

:class:`Session` is the interface the wizard and its pages are written against;
:class:`ObjectionSession` is the one the app uses, over a record of the
:class:`~optout_gui.core.storage.store.ObjectionStore`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Protocol

from optout_gui.core.progress import LoadProblem, Progress, to_iso
from optout_gui.core.record import HistoryEntry, ObjectionRecord
from optout_gui.core.status import PROCESS_ORDER, Status, allowed_next, derived_status, status_time
from optout_gui.core.storage.store import ObjectionStore

SaveListener = Callable[[OSError | None], None]


class Session(Protocol):
    """What the wizard needs of the answers it shows and changes."""

    record_id: str
    progress: Progress
    load_problem: LoadProblem | None
    save_error: OSError | None  # the last save's error; None once saving works (again)

    @property
    def read_only(self) -> bool:
        """True when the saved file is never to be written (from a newer version, say)."""

    def on_save_result(self, listener: SaveListener) -> None:
        """``listener(error_or_None)`` when saving starts failing or works again."""

    def update(self, **changes) -> bool:
        """Set answers (``Progress`` fields) and save; False when saving failed."""

    def save(self) -> bool:
        """Write the answers now; False when saving failed (they stay in memory)."""

    def is_untouched(self) -> bool:
        """Nothing answered or recorded yet: closing may leave no trace."""

    def start_over(self) -> bool:
        """Clear the answers (the history notes it); saved at once."""

    def record_form_link(self, url: str, at: str | None = None) -> bool:
        """The link that opened Meta's form."""

    def record_copied_reason(self, text: str, at: str | dt.datetime | None = None) -> bool:
        """The reason text exactly as it was copied."""


_PROGRESS_FIELDS = frozenset(f.name for f in dataclasses.fields(Progress)) - {"extra"}


def advance_from_answers(
    record: ObjectionRecord, now: str, form_url: str | None = None
) -> list[HistoryEntry]:
    """Move the record's status forward to what its answers show; returns the new entries."""
    target = derived_status(record.answers)
    if record.status not in PROCESS_ORDER or target not in allowed_next(record.status):
        return []
    details = {}
    if target == Status.FORM_OPENED and form_url and not record.form_url:
        details["form_url"] = form_url
    at = status_time(record.answers, target) or now
    return [record.change_status(target, at, **details)]


class ObjectionSession:
    """The wizard's view of one objection (a :class:`Session`).

    ``update()`` saves at once and also moves the objection's status forward when the
    answers show a step was done (form opened, code received/entered/skipped, finished).
    """

    def __init__(
        self,
        store: ObjectionStore,
        record_id: str,
        *,
        default_form_url: Callable[[str | None], str | None] | None = None,
    ):
        self.store = store
        self.record_id = record_id
        self.record = store.get(record_id)
        self.default_form_url = default_form_url
        self.pending_form_url: str | None = None
        self.load_problem = store.load_problem
        self.save_error: OSError | None = None
        self._save_listeners: list[Callable[[OSError | None], None]] = []

    def on_save_result(self, listener: Callable[[OSError | None], None]) -> None:
        """``listener(error_or_None)`` is called when saving starts failing or works again."""
        self._save_listeners.append(listener)

    @property
    def progress(self) -> Progress:
        return self.record.answers

    @progress.setter
    def progress(self, value: Progress) -> None:
        self.record.answers = value

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def update(self, **changes) -> bool:
        """Apply changes and save; False when saving failed (the change is kept).

        Answers that are already what they are set to write nothing (each page entry sets
        the page, for one), unless an earlier save failed and is still owed."""
        answers = self.record.answers
        unchanged = "reason_copied_text" not in changes and all(
            key in _PROGRESS_FIELDS and getattr(answers, key) == value
            for key, value in changes.items()
        )
        for key, value in changes.items():
            if key in _PROGRESS_FIELDS:
                setattr(self.record.answers, key, value)
            elif hasattr(self.record.answers, key):
                raise AttributeError(f"Progress field {key!r} cannot be set")
            else:
                raise AttributeError(f"Progress has no field {key!r}")
        now = to_iso(self.store.clock())
        form_url = self.pending_form_url or self.record.answers.form_opened_url
        if form_url is None and self.default_form_url is not None:
            form_url = self.default_form_url(self.record.answers.account)
        if "sent_at" in changes:
            self._correct_sent_time(changes["sent_at"])
        advanced = advance_from_answers(self.record, now, form_url)
        copied = changes.get("reason_copied_text")
        if copied is not None:  # every copy is kept: it is what was pasted into Meta's form
            at = changes.get("reason_copied_at") or now
            self.record.history.append(HistoryEntry(at=at, event="reason_copied", text=copied))
        if unchanged and not advanced and self.save_error is None and not self.read_only:
            return True
        return self.save()

    def _correct_sent_time(self, sent_at: str | None) -> None:
        """The person corrected when they pressed send (before finishing): the "sent" step
        of this run moves to the time they gave, so that every view says the same."""
        if not sent_at or self.record.status not in (Status.SUBMITTED, Status.CODE_CONFIRMED):
            return
        for entry in self.record.current_history():
            if entry.event == "status" and entry.status == Status.SUBMITTED.value:
                entry.at = sent_at
                return

    def is_untouched(self) -> bool:
        """No answer given and nothing recorded since it was created: nothing worth keeping."""
        return self.record.answers == Progress() and len(self.record.history) <= 1

    def record_form_link(self, url: str, at: str | None = None) -> bool:
        """The link the person used to open Meta's form (kept with the history)."""
        self.pending_form_url = url
        self.record.history.append(
            HistoryEntry(at=at or to_iso(self.store.clock()), event="form_link", form_url=url)
        )
        return self.save()

    def record_copied_reason(self, text: str, at: str | dt.datetime | None = None) -> bool:
        """The reason text exactly as the person copied it to paste into Meta's form."""
        if isinstance(at, dt.datetime):
            at = to_iso(at)
        self.record.history.append(
            HistoryEntry(at=at or to_iso(self.store.clock()), event="reason_copied", text=text)
        )
        return self.save()

    def save(self) -> bool:
        if self.read_only:
            return False
        self.store.touch(self.record)
        ok = self.store.save()
        error = self.store.save_error
        changed = (error is None) != (self.save_error is None)
        self.save_error = error
        if changed:
            for listener in self._save_listeners:
                listener(error)
        return ok

    def start_over(self) -> bool:
        """Clear this objection's answers; its history keeps a note that this happened."""
        now = to_iso(self.store.clock())
        self.record.answers = Progress()
        self.pending_form_url = None
        self.record.answer = None
        self.record.status = Status.DRAFT
        self.record.history.append(
            HistoryEntry(at=now, event="started_over", status=Status.DRAFT.value)
        )
        return self.save()
