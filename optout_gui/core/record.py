"""One objection: the wizard's answers, its status, a timestamped history, Meta's answer.

Each :class:`ObjectionRecord` reads from and writes to one JSON object; fields it does
not know (from a newer version) are kept as they were.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass, field

from optout_gui.core.progress import (
    Progress,
    check_year,
    from_iso,
    is_iso_time,
    progress_from_json,
)
from optout_gui.core.status import IllegalTransition, Status, allowed_next

# Steps the person takes before sending: a time typed for sending (or for the code's
# arrival) can't be earlier than the last of these.
_BEFORE_SENDING = frozenset({"created", "started_over", "form_link", "reason_copied"})
_STATUSES_BEFORE_SENDING = frozenset({Status.DRAFT.value, Status.FORM_OPENED.value})


def in_time_order(entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """The entries sorted by time; entries at the same moment keep their order."""
    return sorted(entries, key=lambda entry: from_iso(entry.at))


def new_record_id() -> str:
    """32 random hex digits, like uuid4().hex (the uuid module is slow to import)."""
    return os.urandom(16).hex()


@dataclass
class HistoryEntry:
    """One timestamped event. ``at`` is UTC ISO 8601."""

    at: str
    event: str  # "created" | "status" | "reason_copied" | "form_link" | "answer" | ...
    status: str | None = None  # the status after this event, when it changed
    form_url: str | None = None
    text: str | None = None  # reason text exactly as copied, or Meta's email as pasted
    note: str | None = None
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        # Plain attribute reads, not dataclasses.asdict: saving 10,000 objections calls this
        # for every entry, and asdict deep-copies each value.
        data = {
            name: value for name in _HISTORY_FIELDS if (value := getattr(self, name)) is not None
        }
        return {**self.extra, **data}

    @classmethod
    def from_json(cls, data: dict) -> HistoryEntry:
        # A field of the wrong type (a hand-edited file: "note": 5) is kept as it was, among
        # the unknown keys, and written back unchanged; it is never shown as a text.
        values = {
            k: v for k, v in data.items() if k in _HISTORY_FIELDS and isinstance(v, str | None)
        }
        if not isinstance(values.get("at"), str) or not isinstance(values.get("event"), str):
            raise ValueError("history entry without time or event")
        from_iso(values["at"])
        return cls(**values, extra={k: v for k, v in data.items() if k not in values})


_HISTORY_FIELDS = ("at", "event", "status", "form_url", "text", "note")


@dataclass
class MetaAnswer:
    outcome: str  # "honoured" | "refused"
    answered_on: str  # the day Meta answered, YYYY-MM-DD, as the person gave it
    recorded_at: str  # UTC ISO 8601
    email_text: str = ""

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> MetaAnswer:
        answer = cls(
            outcome=str(data["outcome"]),
            answered_on=str(data["answered_on"]),
            recorded_at=str(data["recorded_at"]),
            email_text=str(data.get("email_text", "")),
        )
        if answer.outcome not in (Status.HONOURED, Status.REFUSED):
            raise ValueError("unknown outcome")
        check_year(dt.date.fromisoformat(answer.answered_on).year)
        from_iso(answer.recorded_at)
        return answer


@dataclass
class ObjectionRecord:
    id: str
    created_at: str
    label: str = ""
    answers: Progress = field(default_factory=Progress)
    status: Status = Status.DRAFT
    history: list[HistoryEntry] = field(default_factory=list)
    answer: MetaAnswer | None = None
    nudged_at: str | None = None  # when the "check your email" nudge was last shown
    extra: dict = field(default_factory=dict)
    # Stored fields that were not valid and were left out when reading (never saved).
    dropped: tuple[str, ...] = field(default=(), compare=False, repr=False)

    # --- facts derived from the history ---------------------------------------------
    def current_history(self) -> list[HistoryEntry]:
        """The entries since the person last pressed "Start over" (all, if never)."""
        for n in range(len(self.history) - 1, -1, -1):
            if self.history[n].event == "started_over":
                return self.history[n:]
        return self.history

    def status_reached_at(self, status: Status) -> str | None:
        for entry in self.current_history():
            if entry.status == status:
                return entry.at
        return None

    @property
    def sent_at(self) -> str | None:
        """When the objection was sent off: the start of waiting for Meta's answer."""
        return self.status_reached_at(Status.WAITING) or self.answers.finished_at

    @property
    def extension_email_on(self) -> str | None:
        """The day (YYYY-MM-DD) of Meta's email saying it needs more time to answer, if the
        person recorded one (since the last "Start over")."""
        for entry in reversed(self.current_history()):
            if entry.event == "extension":
                return entry.extra.get("email_on")
        return None

    @property
    def pressed_send_at(self) -> str | None:
        """When the person said they pressed Meta's send button (or, in files of earlier
        versions, when the status "sent" was recorded)."""
        return self.answers.sent_at or self.status_reached_at(Status.SUBMITTED)

    def code_events(self) -> list[HistoryEntry]:
        """The code's facts as history entries: each code's arrival and, if it ran out
        unused, its end; "no code asked" at the time of sending."""
        answers = self.answers
        if answers.code_skipped:
            at = self.pressed_send_at
            return [HistoryEntry(at=at, event="code_not_asked")] if at else []
        events = []
        for attempt in answers.code_attempts:
            events.append(HistoryEntry(at=attempt["received_at"], event="code_received"))
            if "expired_at" in attempt:
                events.append(HistoryEntry(at=attempt["expired_at"], event="code_expired"))
        return events

    def timeline(self) -> list[HistoryEntry]:
        """Every event, stored and read from the code attempts, in time order."""
        return in_time_order([*self.history, *self.code_events()])

    def last_step_before_sending(self) -> str | None:
        """The latest time recorded for a step that comes before sending (since the last
        "Start over"): a typed time of sending can't be earlier."""
        times = [self.created_at] if len(self.current_history()) == len(self.history) else []
        for entry in self.current_history():
            if entry.event in _BEFORE_SENDING or (
                entry.event == "status" and entry.status in _STATUSES_BEFORE_SENDING
            ):
                times.append(entry.at)
        if self.answers.form_opened_at:
            times.append(self.answers.form_opened_at)
        return max(times, key=from_iso) if times else None

    @property
    def last_step_at(self) -> str:
        return self.history[-1].at if self.history else self.created_at

    @property
    def form_url(self) -> str | None:
        for entry in reversed(self.current_history()):
            if entry.form_url:
                return entry.form_url
        return None

    @property
    def reason_sent(self) -> str:
        """The reason text exactly as last copied, else the text typed in the wizard."""
        for entry in reversed(self.current_history()):
            if entry.event == "reason_copied" and entry.text is not None:
                return entry.text
        return self.answers.reason

    @property
    def display_name(self) -> str:
        return self.label or self.answers.email

    # --- changes --------------------------------------------------------------------
    def change_status(self, target: Status, at: str, **details) -> HistoryEntry:
        """Move to ``target``; raises :class:`IllegalTransition` if the step is not allowed."""
        target = Status(target)
        if target not in allowed_next(self.status):
            raise IllegalTransition(self.status, target)
        self.status = target
        entry = HistoryEntry(at=at, event="status", status=target.value, **details)
        self.history.append(entry)
        return entry

    def to_json(self) -> dict:
        data = {
            "id": self.id,
            "created_at": self.created_at,
            "label": self.label,
            "status": self.status.value,
            "answers": self.answers.to_json(),
            "history": [entry.to_json() for entry in self.history],
            "answer": None if self.answer is None else self.answer.to_json(),
            "nudged_at": self.nudged_at,
        }
        return {**self.extra, **data}

    @classmethod
    def from_json(cls, data: dict) -> ObjectionRecord:
        if not isinstance(data, dict):
            raise ValueError("an objection is not a JSON object")
        record_id = data.get("id")
        created = data.get("created_at")
        if not isinstance(record_id, str) or not record_id or not isinstance(created, str):
            raise ValueError("objection without id or creation time")
        from_iso(created)
        answers_data = data.get("answers") or {}
        if not isinstance(answers_data, dict):
            raise ValueError("answers are not a JSON object")
        answers, dropped = progress_from_json(answers_data)
        answer = data.get("answer")
        nudged = data.get("nudged_at")
        if nudged is not None and not is_iso_time(nudged):
            dropped.append("nudged_at")
            nudged = None
        label = data.get("label") or ""
        if not isinstance(label, str):
            dropped.append("label")
            label = ""
        known = {"id", "created_at", "label", "status", "answers", "history", "answer", "nudged_at"}
        record = cls(
            id=record_id,
            created_at=created,
            label=label,
            answers=answers,
            status=Status(data.get("status", "draft")),
            history=[HistoryEntry.from_json(item) for item in data.get("history") or []],
            answer=None if answer is None else MetaAnswer.from_json(answer),
            nudged_at=nudged,
            extra={k: v for k, v in data.items() if k not in known},
        )
        record.dropped = tuple(dropped)  # not saved: reported once (see store.SetAside)
        keep_old_meaning(record)
        return record


def keep_old_meaning(record: ObjectionRecord) -> None:
    """Read what earlier versions wrote with the meaning they gave it.

    Before "sent" was an answer of its own, saying Meta asked for no code stored the status
    "code confirmed" (at the moment of that answer). What it meant was "sent, no code
    asked": that is the status "submitted" now, with the code fact "not asked".
    """
    answers = record.answers
    if not answers.code_skipped or answers.code_entered_at:
        return
    kept = []
    sent = False  # "sent" recorded already since the last start over
    for entry in record.history:
        if entry.event == "started_over":
            sent = False
        if entry.event == "status" and entry.status == Status.CODE_CONFIRMED.value:
            if sent:
                continue  # it said "sent" again: once is what happened
            entry.status = Status.SUBMITTED.value
        if entry.event == "status" and entry.status == Status.SUBMITTED.value:
            sent = True
        kept.append(entry)
    record.history = kept
    if record.status == Status.CODE_CONFIRMED:
        record.status = Status.SUBMITTED
