"""Every objection the person has started, with its full history, kept in one JSON file.

Each :class:`ObjectionRecord` holds the wizard's answers as a :class:`Progress`, plus a
status that follows Meta's process, a timestamped history and Meta's answer.

The file, ``objections.json``, is described in :class:`ObjectionStore`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from optout_gui.core.atomic import atomic_write_parts, move_aside, remove_stale_temp_files
from optout_gui.core.progress import (
    LoadProblem,
    Progress,
    ProgressStore,
    from_iso,
    progress_from_json,
    to_iso,
    utc_now,
)


def new_record_id() -> str:
    """32 random hex digits, like uuid4().hex (the uuid module is slow to import)."""
    return os.urandom(16).hex()


log = logging.getLogger(__name__)

OBJECTIONS_FORMAT = 1
OBJECTIONS_FILE_NAME = "objections.json"
_HEADER_PREFIX = '{"format":'
_INDEX_START = b'"index":[\n'
_INDEX_END = b"],\n"
_BODY_START = b'"objections":[\n'
_FOOTER = "]}"
# ASCII-only lines (non-ASCII letters as \u escapes): encoding and decoding the file is then
# a plain copy, several times faster than UTF-8 for texts with accents.
_DUMP = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode
_DECODER = json.JSONDecoder()
_LINES_PER_WRITE = 500


class Status(StrEnum):
    DRAFT = "draft"
    FORM_OPENED = "form_opened"
    SUBMITTED = "submitted"
    CODE_CONFIRMED = "code_confirmed"
    WAITING = "waiting"
    HONOURED = "honoured"
    REFUSED = "refused"
    OVERDUE = "overdue"


# The steps before Meta answers, in the order they happen. Moving forward may skip steps
# (someone may have opened the form on their phone, or was never asked for a code).
PROCESS_ORDER = (
    Status.DRAFT,
    Status.FORM_OPENED,
    Status.SUBMITTED,
    Status.CODE_CONFIRMED,
    Status.WAITING,
)
ANSWERABLE = frozenset({Status.SUBMITTED, Status.CODE_CONFIRMED, Status.WAITING, Status.OVERDUE})
FINAL = frozenset({Status.HONOURED, Status.REFUSED})


def allowed_next(current: Status) -> frozenset[Status]:
    """Every status an objection may move to from ``current``."""
    targets: set[Status] = set()
    if current in PROCESS_ORDER:
        targets.update(PROCESS_ORDER[PROCESS_ORDER.index(current) + 1 :])
    if current in ANSWERABLE:
        targets.update(FINAL)
    if current == Status.WAITING:
        targets.add(Status.OVERDUE)
    if current == Status.REFUSED:
        targets.add(Status.HONOURED)  # Meta may give in later, e.g. after a complaint
    return frozenset(targets)


class IllegalTransition(ValueError):
    """A status change that does not fit the process, e.g. "honoured" before sending."""

    def __init__(self, current: Status, target: Status):
        self.current = current
        self.target = target
        allowed = ", ".join(sorted(s.value for s in allowed_next(current))) or "none"
        super().__init__(
            f"An objection that is {current.value!r} cannot become {target.value!r} "
            f"(possible next: {allowed})."
        )


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
        known = {f.name for f in dataclasses.fields(cls)} - {"extra"}
        values = {k: v for k, v in data.items() if k in known}
        if not isinstance(values.get("at"), str) or not isinstance(values.get("event"), str):
            raise ValueError("history entry without time or event")
        from_iso(values["at"])
        return cls(**values, extra={k: v for k, v in data.items() if k not in known})


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
        dt.date.fromisoformat(answer.answered_on)
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
        answers, _dropped = progress_from_json(answers_data)
        answer = data.get("answer")
        nudged = data.get("nudged_at")
        known = {"id", "created_at", "label", "status", "answers", "history", "answer", "nudged_at"}
        return cls(
            id=record_id,
            created_at=created,
            label=str(data.get("label") or ""),
            answers=answers,
            status=Status(data.get("status", "draft")),
            history=[HistoryEntry.from_json(item) for item in data.get("history") or []],
            answer=None if answer is None else MetaAnswer.from_json(answer),
            nudged_at=nudged if isinstance(nudged, str) else None,
            extra={k: v for k, v in data.items() if k not in known},
        )


SUMMARY_FIELDS = (
    "id",
    "label",
    "account",
    "email",
    "country",
    "status",
    "created_at",
    "last_step_at",
    "sent_at",
    "nudged_at",
    "page",
)


class Summary:
    """What the overview shows for one objection, read without parsing the whole record."""

    __slots__ = SUMMARY_FIELDS

    def __init__(self, row: list):
        for name, value in zip(SUMMARY_FIELDS, row, strict=True):
            setattr(self, name, value)
        self.status = Status(self.status)

    @property
    def display_name(self) -> str:
        return self.label or self.email


def summary_row(record: ObjectionRecord) -> list:
    """The record's index row: the summary fields, in :data:`SUMMARY_FIELDS` order."""
    return [
        record.id,
        record.label,
        record.answers.account,
        record.answers.email,
        record.answers.country,
        record.status.value,
        record.created_at,
        record.last_step_at,
        record.sent_at,
        record.nudged_at,
        record.answers.page,
    ]


# Fields with a few distinct values (account, country, status, page): one shared string each
# instead of one per row, which is a fifth of the index's memory with 10,000 objections.
_SHARED_FIELDS = (2, 4, 5, 10)
_ROWS_PER_CHUNK = 500  # parsed at a time, so the text of the whole index is never joined


def _check_row(row: object) -> list:
    """The index row if it is well-formed (else ValueError), its repeated strings shared."""
    if not (isinstance(row, list) and len(row) == len(SUMMARY_FIELDS)):
        raise ValueError("bad index row")
    if not isinstance(row[0], str) or not row[0] or row[5] not in Status._value2member_map_:
        raise ValueError("bad index row")
    for n in _SHARED_FIELDS:
        if isinstance(row[n], str):
            row[n] = sys.intern(row[n])
    return row


class ObjectionDamaged(ValueError):
    """A stored objection could not be read."""


class ObjectionStore:
    """All objections, in the order they were started; saves atomically, reads lazily.

    File layout (valid JSON, one item per line)::

        {"format":1,
        "index":[
        [id,label,account,email,...],
        ...
        ],
        "objections":[
        {record},
        ...
        ]}

    Opening reads the index only: it gives everything the overview and the
    reminders need. The records are read the first time one is needed (or before a save),
    and each is parsed only when asked for. Saving rebuilds only changed records' lines.
    A valid JSON file laid out differently (say, edited by hand) is read the slow way.
    """

    def __init__(self, path: Path, *, clock: Callable[[], dt.datetime] = utc_now):
        self.path = path
        self.clock = clock
        self.load_problem: LoadProblem | None = None
        self.read_only = False
        self.save_error: OSError | None = None
        self._rows: list[list] = []  # index rows, in order
        self._row_texts: list[str | None] = []  # each row as stored; None = changed
        self._lines: list[str | None] | None = []  # None: not read from the file yet
        self._records: dict[str, ObjectionRecord] = {}
        self._index: dict[str, int] = {}
        self._body_offset = 0
        self._listeners: list[Callable[[str, str | None], None]] = []

    @classmethod
    def in_folder(cls, data_dir: Path, **kwargs) -> ObjectionStore:
        return cls(Path(data_dir) / OBJECTIONS_FILE_NAME, **kwargs)

    # --- change notification (for the Qt model; no Qt here) -------------------------
    def subscribe(self, listener: Callable[[str, str | None], None]) -> None:
        """``listener(kind, record_id)``; kind is "added", "changed", "removed" or "reset"."""
        self._listeners.append(listener)

    def unsubscribe(self, listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _notify(self, kind: str, record_id: str | None) -> None:
        for listener in list(self._listeners):
            listener(kind, record_id)

    # --- reading --------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, record_id: str) -> bool:
        return record_id in self._index

    def ids(self) -> list[str]:
        return [row[0] for row in self._rows]

    def summary_at(self, row: int) -> Summary:
        return Summary(self._rows[row])

    def summary(self, record_id: str) -> Summary:
        return Summary(self._rows[self._index[record_id]])

    def row_of(self, record_id: str) -> int:
        return self._index[record_id]

    def summaries(self, status: Status | None = None) -> Iterable[Summary]:
        """Every summary, or only those with ``status`` (filtered on the raw index: fast)."""
        if status is None:
            return (Summary(row) for row in self._rows)
        value = Status(status).value
        return (Summary(row) for row in self._rows if row[5] == value)

    def get(self, record_id: str) -> ObjectionRecord:
        """The full record; raises KeyError if unknown, ObjectionDamaged if unreadable."""
        record = self._records.get(record_id)
        if record is None:
            row = self._index[record_id]
            self._read_body()
            try:
                record = ObjectionRecord.from_json(json.loads(self._lines[row]))
                if record.id != record_id:
                    raise ValueError("index and records disagree")
            except (ValueError, KeyError, TypeError) as exc:
                self._recover_from_damage()
                raise ObjectionDamaged(f"objection {record_id} could not be read") from exc
            self._records[record_id] = record
        return record

    def records(self) -> list[ObjectionRecord]:
        return [self.get(record_id) for record_id in self.ids()]

    def load(self) -> LoadProblem | None:
        """Read the file (if any). A damaged file is moved aside and the store starts empty."""
        self._reset()
        self.load_problem, self.read_only = None, False
        remove_stale_temp_files(self.path)
        try:
            version = self._read_head()
            self._check_tail()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.load_problem = LoadProblem("unreadable", detail=exc.strerror or "")
            self.read_only = True  # never overwrite a file we could not read
            return self.load_problem
        except ValueError:
            try:
                version = self._read_slow()
            except (OSError, ValueError, KeyError, TypeError):
                self._reset()
                moved = self._move_aside()
                self.load_problem = LoadProblem("damaged", moved_to=moved)
                self._notify("reset", None)
                return self.load_problem
        if version > OBJECTIONS_FORMAT:
            self.load_problem = LoadProblem("newer_version")
            self.read_only = True
        self._notify("reset", None)
        return self.load_problem

    def _reset(self) -> None:
        self._rows, self._row_texts, self._lines = [], [], []
        self._records, self._index = {}, {}

    def _set_rows(self, rows: list[list], texts: list[str | None] | None = None) -> None:
        self._rows = rows
        self._row_texts = texts if texts is not None else [None] * len(rows)
        self._index = {row[0]: n for n, row in enumerate(rows)}
        if len(self._index) != len(rows):
            raise ValueError("duplicate ids")

    def _read_head(self) -> int:
        with open(self.path, "rb") as handle:
            header = handle.readline().decode("utf-8")
            if not (header.startswith(_HEADER_PREFIX) and header.endswith(",\n")):
                raise ValueError("not our layout")
            version = int(header[len(_HEADER_PREFIX) : -2])
            if handle.readline() != _INDEX_START:
                raise ValueError("not our layout")
            texts = []
            for raw in iter(handle.readline, b""):
                if raw == _INDEX_END:
                    break
                texts.append(raw.decode("utf-8").rstrip("\n").removesuffix(","))
            else:
                raise ValueError("not our layout")
            if handle.readline() != _BODY_START:
                raise ValueError("not our layout")
            self._body_offset = handle.tell()
        rows = []
        for start in range(0, len(texts), _ROWS_PER_CHUNK):
            chunk = json.loads("[" + ",".join(texts[start : start + _ROWS_PER_CHUNK]) + "]")
            rows.extend(_check_row(row) for row in chunk)
        self._set_rows(rows, texts)
        self._lines = None
        return version

    def _check_tail(self) -> None:
        """A cut-off file is found at start-up, without reading the records themselves."""
        with open(self.path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(self._body_offset, handle.tell() - 8))
            if not handle.read().rstrip(b"\n").endswith(_FOOTER.encode()):
                raise ValueError("the file ends early")

    def _read_body(self) -> None:
        """Read the record lines the first time they are needed."""
        if self._lines is not None:
            return
        try:
            with open(self.path, "rb") as handle:
                handle.seek(self._body_offset)
                body = handle.read().decode("utf-8")
            lines = body.split("\n")
            while lines and not lines[-1]:
                lines.pop()
            if not lines or lines[-1] != _FOOTER:
                raise ValueError("no end")
            lines.pop()
            lines = [line[:-1] if line.endswith(",") else line for line in lines]
            if len(lines) != len(self._rows):
                raise ValueError("index and records disagree")
        except (OSError, ValueError) as exc:
            log.warning("the objections file changed or is damaged")
            self._recover_from_damage()
            raise ObjectionDamaged("the saved objections could not be read") from exc
        self._lines = lines

    def _recover_from_damage(self) -> None:
        """The body turned out unreadable after a good index: read what the file still
        holds, or move it aside like a damaged file at start-up. Listeners are told."""
        try:
            self._read_slow()
        except (OSError, ValueError, KeyError, TypeError):
            self._reset()
            self.load_problem = LoadProblem("damaged", moved_to=self._move_aside())
        self._notify("reset", None)

    def _read_slow(self) -> int:
        document = json.loads(self.path.read_text(encoding="utf-8"))
        version = document["format"]
        if not isinstance(version, int) or isinstance(version, bool):
            raise ValueError("no format number")
        records = [ObjectionRecord.from_json(item) for item in document["objections"]]
        self._set_rows([summary_row(record) for record in records])
        self._records = {record.id: record for record in records}
        self._lines = [None] * len(records)
        return version

    # --- writing --------------------------------------------------------------------
    def save(self) -> bool:
        """Write atomically; False (and ``save_error`` set) when the disk refused."""
        if self.read_only:
            return False
        try:
            self._read_body()
        except ObjectionDamaged:
            self.save_error = OSError("the saved objections could not be read")
            return False
        lines = self._lines
        for n, line in enumerate(lines):
            if line is None:
                lines[n] = _DUMP(self._records[self._rows[n][0]].to_json())
        texts = self._row_texts
        for n, text in enumerate(texts):
            if text is None:
                texts[n] = _DUMP(self._rows[n])

        def joined(items):
            # A few hundred lines per write: few system calls, no giant string in memory.
            for start in range(0, len(items), _LINES_PER_WRITE):
                chunk = ",\n".join(items[start : start + _LINES_PER_WRITE])
                last = start + _LINES_PER_WRITE >= len(items)
                yield chunk + ("\n" if last else ",\n")

        def chunks():
            yield f"{_HEADER_PREFIX}{OBJECTIONS_FORMAT},\n{_INDEX_START.decode()}"
            yield from joined(texts)
            yield _INDEX_END.decode() + _BODY_START.decode()
            yield from joined(lines)
            yield _FOOTER + "\n"

        try:
            atomic_write_parts(self.path, chunks())
        except OSError as exc:
            self.save_error = exc
            log.warning("saving objections failed: %s", exc.strerror or type(exc).__name__)
            return False
        self.save_error = None
        return True

    def touch(self, record: ObjectionRecord) -> None:
        """Note that ``record`` changed (its line is rebuilt on the next save)."""
        row = self._index[record.id]
        self._read_body()
        self._records[record.id] = record
        self._lines[row] = None
        self._rows[row] = summary_row(record)
        self._row_texts[row] = None
        self._notify("changed", record.id)

    def add(self, record: ObjectionRecord, *, save: bool = True) -> ObjectionRecord:
        if record.id in self._index:
            raise ValueError(f"an objection with id {record.id} exists already")
        self._read_body()
        self._index[record.id] = len(self._rows)
        self._rows.append(summary_row(record))
        self._row_texts.append(None)
        self._lines.append(None)
        self._records[record.id] = record
        self._notify("added", record.id)
        if save:
            self.save()
        return record

    def new(
        self, label: str = "", answers: Progress | None = None, *, save: bool = True
    ) -> ObjectionRecord:
        """Start a new objection (status "draft"); saved at once unless ``save`` is False
        (the wizard's: written with its first answer, so an untouched one leaves no trace)."""
        now = to_iso(self.clock())
        record = ObjectionRecord(
            id=new_record_id(),
            created_at=now,
            label=label,
            answers=answers or Progress(),
            history=[HistoryEntry(at=now, event="created", status=Status.DRAFT.value)],
        )
        return self.add(record, save=save)

    def set_label(self, record_id: str, label: str) -> bool:
        record = self.get(record_id)
        record.label = label.strip()
        self.touch(record)
        return self.save()

    def change_status(self, record_id: str, target: Status, **details) -> bool:
        """Validated status change, saved at once; raises :class:`IllegalTransition`."""
        record = self.get(record_id)
        at = details.pop("at", None) or to_iso(self.clock())
        record.change_status(target, at, **details)
        self.touch(record)
        return self.save()

    def record_answer(
        self, record_id: str, outcome: Status, answered_on: dt.date, email_text: str = ""
    ) -> bool:
        """Meta honoured or refused the objection; raises :class:`IllegalTransition`."""
        outcome = Status(outcome)
        if outcome not in FINAL:
            raise ValueError("Meta's answer is either 'honoured' or 'refused'")
        record = self.get(record_id)
        now = to_iso(self.clock())
        record.change_status(
            outcome, now, note=f"answered on {answered_on.isoformat()}", text=email_text or None
        )
        record.answer = MetaAnswer(outcome.value, answered_on.isoformat(), now, email_text)
        self.touch(record)
        return self.save()

    def remove(self, record_id: str) -> bool:
        """Forget one objection: it is gone from the file after this save.

        When it was the last one, the file itself goes; copies of damaged files stay (only
        "forget everything" deletes those, after saying so).
        """
        self.remove_unsaved(record_id)
        if not self._rows:
            if self.read_only:
                return False
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                return False
            return True
        return self.save()

    def remove_unsaved(self, record_id: str) -> None:
        self._read_body()
        row = self._index.pop(record_id)
        del self._rows[row]
        del self._row_texts[row]
        del self._lines[row]
        self._records.pop(record_id, None)
        self._index = {row[0]: n for n, row in enumerate(self._rows)}
        self._notify("removed", record_id)

    def delete_files(self) -> bool:
        """Remove the objections file and everything derived from it."""
        ok = True
        for child in self.files_to_forget():
            try:
                child.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                ok = False
        return ok

    def forget_everything(self) -> bool:
        """Delete every objection and the files that held them; True when all are gone."""
        self._reset()
        self.read_only = False
        self._notify("reset", None)
        return self.delete_files()

    def files_to_forget(self) -> list[Path]:
        """What :meth:`forget_everything` would delete, for the confirmation message."""
        folder = self.path.parent
        if not folder.is_dir():
            return []
        names = [self.path.name, "progress.json"]
        return sorted(
            child
            for child in folder.iterdir()
            if any(
                child.name == name
                or child.name.startswith(f"{name}.damaged-")
                or (child.name.startswith(f".{name}.") and child.name.endswith(".tmp"))
                for name in names
            )
        )

    def _move_aside(self) -> Path | None:
        return move_aside(self.path, self.clock())


# --- the wizard's session over one record ---------------------------------------------


def derived_status(answers: Progress) -> Status:
    """How far the answers say the person got, before Meta's answer."""
    if answers.finished_at:
        return Status.WAITING
    if answers.code_entered_at or answers.code_skipped:
        return Status.CODE_CONFIRMED
    if answers.code_received_at:
        return Status.SUBMITTED
    if answers.form_opened_at:
        return Status.FORM_OPENED
    return Status.DRAFT


def _status_time(answers: Progress, status: Status) -> str | None:
    return {
        Status.FORM_OPENED: answers.form_opened_at,
        Status.SUBMITTED: answers.code_received_at,
        Status.CODE_CONFIRMED: answers.code_entered_at,
        Status.WAITING: answers.finished_at,
    }.get(status)


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
    at = _status_time(record.answers, target) or now
    return [record.change_status(target, at, **details)]


class ObjectionSession:
    """The wizard's view of one objection: the same interface as ``ProgressSession``.

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
        advanced = advance_from_answers(self.record, now, form_url)
        copied = changes.get("reason_copied_text")
        if copied is not None:  # every copy is kept: it is what was pasted into Meta's form
            at = changes.get("reason_copied_at") or now
            self.record.history.append(HistoryEntry(at=at, event="reason_copied", text=copied))
        if unchanged and not advanced and self.save_error is None and not self.read_only:
            return True
        return self.save()

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


# --- moving from the single progress.json of earlier versions --------------------------


def migrate_progress_file(store: ObjectionStore, progress_path: Path) -> ObjectionRecord | None:
    """Turn an existing ``progress.json`` into the first objection.

    Runs only when the store is empty and the old file holds answers. The old file is
    deleted once the new one is safely written; if that write fails, nothing is lost.
    """
    if len(store) or store.read_only or not progress_path.exists():
        return None
    loaded = ProgressStore(progress_path).load()
    if loaded.read_only or loaded.problem is not None and loaded.problem.kind == "damaged":
        return None
    answers = loaded.progress
    if answers == Progress():
        with contextlib.suppress(OSError):
            progress_path.unlink()
        return None
    now = to_iso(store.clock())
    first = answers.form_opened_at or answers.code_received_at or answers.finished_at or now
    created = min(first, now, key=lambda t: from_iso(t))
    record = ObjectionRecord(
        id=new_record_id(),
        created_at=created,
        answers=answers,
        history=[
            HistoryEntry(
                at=created,
                event="created",
                status=Status.DRAFT.value,
                note="carried over from the earlier single-objection file",
            )
        ],
    )
    # Replay the steps in order, each at the time the answers recorded it.
    for status in PROCESS_ORDER[1:]:
        at = _status_time(answers, status)
        if status == Status.CODE_CONFIRMED and at is None and answers.code_skipped:
            at = answers.finished_at or now
        if at and status in allowed_next(record.status):
            record.change_status(status, at)
    store.add(record, save=False)
    if not store.save():
        store.remove_unsaved(record.id)
        return None
    with contextlib.suppress(OSError):
        progress_path.unlink()
    return record
