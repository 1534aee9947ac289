"""Every objection the person has started, kept in one file: ``objections.json``.

:class:`ObjectionStore` reads the file's index at start-up and each record only when it is
needed, tells listeners about changes (the overview's model), and saves atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from optout_gui.core.atomic import (
    atomic_write_parts,
    move_aside,
    read_regular_bytes,
    remove_stale_temp_files,
)
from optout_gui.core.progress import LoadProblem, Progress, to_iso, utc_now
from optout_gui.core.record import HistoryEntry, MetaAnswer, ObjectionRecord, new_record_id
from optout_gui.core.status import FINAL, Status
from optout_gui.core.storage.set_aside import (
    UNREADABLE,
    SetAside,
    SetAsideLog,
    problem_of,
    split_readable,
)
from optout_gui.core.storage.store_file import (
    DUMP,
    OBJECTIONS_FILE_NAME,
    OBJECTIONS_FORMAT,
    check_tail,
    declares_unknown_format,
    file_chunks,
    holds_lone_surrogate,
    index_matches,
    may_hold_lone_surrogate,
    read_index,
    read_record_lines,
)
from optout_gui.core.storage.summary import COLUMN, ID, STATUS, Summary, summary_row

log = logging.getLogger(__name__)


class ObjectionDamaged(ValueError):
    """A stored objection could not be read."""


class ObjectionStore:
    """All objections, in the order they were started; saves atomically, reads lazily.

    The file's layout is described in :mod:`optout_gui.core.storage.store_file`.

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
        self._version = OBJECTIONS_FORMAT  # the format number of the file as read
        self._listeners: list[Callable[[str, str | None], None]] = []
        self._aside = SetAsideLog(path, clock)  # objections that could not be read
        self.write_check: Callable[[], OSError | None] = lambda: None  # why not to write

    @classmethod
    def in_folder(cls, data_dir: Path, **kwargs) -> ObjectionStore:
        return cls(Path(data_dir) / OBJECTIONS_FILE_NAME, **kwargs)

    # --- change notification (for the Qt model; no Qt here) -------------------------
    def subscribe(self, listener: Callable[[str, str | None], None]) -> None:
        """``listener(kind, record_id)``; kind is "added", "changed", "removed", "reset" or
        "set_aside" (an objection or some answers could not be read: see ``set_aside``)."""
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
        return [row[ID] for row in self._rows]

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
        return (Summary(row) for row in self._rows if row[STATUS] == value)

    def get(self, record_id: str) -> ObjectionRecord:
        """The full record; raises KeyError if unknown, ObjectionDamaged if unreadable."""
        record = self._records.get(record_id)
        if record is None:
            self._read_body()
            if record_id not in self._index:  # set aside while reading the file
                raise ObjectionDamaged(f"objection {record_id} could not be read")
            line = self._lines[self._index[record_id]]
            try:
                data = json.loads(line)
                if may_hold_lone_surrogate(line) and holds_lone_surrogate(data):
                    raise UnicodeError("it holds a broken character")
                record = ObjectionRecord.from_json(data)
                if record.id != record_id:
                    raise ValueError("index and records disagree")
            except UNREADABLE as exc:
                self._set_aside_rows([(record_id, line, problem_of(exc))])
                raise ObjectionDamaged(f"objection {record_id} could not be read") from exc
            self._records[record_id] = record
            if record.dropped:
                self._note_dropped(record, line)
        return record

    def records(self) -> list[ObjectionRecord]:
        return [self.get(record_id) for record_id in self.ids()]

    def latest_answers(self) -> tuple[str | None, str]:
        """The country and the email address of the most recent objections that have them
        (objections that can't be read are passed over)."""
        country, email = None, ""
        for record_id in reversed(self.ids()):
            try:
                answers = self.get(record_id).answers
            except (KeyError, ObjectionDamaged):
                continue
            country = country or answers.country
            email = email or answers.email
            if country and email:
                break
        return country, email

    def load(self) -> LoadProblem | None:
        """Read the file (if any). A damaged file is moved aside and the store starts empty."""
        self._reset()
        self.load_problem, self.read_only = None, False
        self._aside = SetAsideLog(self.path, self.clock)
        remove_stale_temp_files(self.path)
        try:
            version = self._read_head()
            check_tail(self.path, self._body_offset)
        except FileNotFoundError:
            return None
        except OSError as exc:
            return self._unreadable(exc)
        except UNREADABLE:
            return self._read_slowly()
        self._opened(version)
        self._notify("reset", None)
        return self.load_problem

    def _unreadable(self, exc: OSError) -> LoadProblem:
        """Not a regular file, no permission...: named; read-only, so never overwritten."""
        self._reset()
        problem = exc.strerror or type(exc).__name__
        self.load_problem = LoadProblem(
            "unreadable", detail=f"{exc.filename or self.path}: {problem}"
        )
        self.read_only = True
        return self.load_problem

    def _read_slowly(self) -> LoadProblem | None:
        """Read the file the slow way (objection by objection), or move it aside if even
        that fails. Listeners are told."""
        try:
            self._opened(self._read_slow())
        except OSError as exc:
            return self._unreadable(exc)
        except UNREADABLE:
            self._reset()
            if declares_unknown_format(self.path):  # a newer version's: left as it is
                self.read_only = True
                self.load_problem = LoadProblem("unknown_version", detail=str(self.path))
            else:
                self.load_problem = LoadProblem("damaged", moved_to=self._move_aside())
        self._notify("reset", None)
        return self.load_problem

    def _opened(self, version: int) -> None:
        self._read_old_meanings()
        if version > OBJECTIONS_FORMAT:
            self.read_only = True
            self.load_problem = LoadProblem("newer_version", set_aside=tuple(self.set_aside))
        elif self.set_aside:
            self.load_problem = self._aside.load_problem(self.load_problem)
            self.save()  # the file now holds the good ones; the copy holds the rest

    def _read_old_meanings(self) -> None:
        """Rows whose status earlier versions wrote with another meaning (see
        record.keep_old_meaning) are read in full, and their row follows the record."""
        for row in list(self._rows):
            if row[STATUS] != Status.CODE_CONFIRMED.value:
                continue
            try:
                record = self.get(row[ID])
            except (KeyError, ObjectionDamaged):
                continue
            if record.status.value != row[STATUS]:
                self._lines[self._index[record.id]] = None
                self._rows[self._index[record.id]] = summary_row(record)
                self._row_texts[self._index[record.id]] = None

    def _reset(self) -> None:
        self._rows, self._row_texts, self._lines = [], [], []
        self._records, self._index = {}, {}

    def _set_rows(self, rows: list[list], texts: list[str | None] | None = None) -> None:
        self._rows = rows
        self._row_texts = texts if texts is not None else [None] * len(rows)
        self._index = {row[ID]: n for n, row in enumerate(rows)}
        if len(self._index) != len(rows):
            raise ValueError("duplicate ids")

    def _read_head(self) -> int:
        version, texts, rows, self._body_offset = read_index(self.path)
        self._version = version
        self._set_rows(rows, texts)
        self._lines = None
        return version

    def _read_body(self) -> None:
        """Read the record lines the first time they are needed."""
        if self._lines is not None:
            return
        try:
            lines = read_record_lines(self.path, self._body_offset)
        except (OSError, ValueError) as exc:
            log.warning("the objections file changed or is damaged")
            self._recover_from_damage()
            raise ObjectionDamaged("the saved objections could not be read") from exc
        if not index_matches(self._rows, lines):
            # Records in another order than the index, a record missing or one too many:
            # the records are what counts; the index is rebuilt from those that can be read.
            log.warning("the objections file's index and records disagree; rebuilt")
            self._rebuild_from_lines(lines)
            return
        self._lines = lines
        bad = [
            (self._rows[n][ID], line, "it is not UTF-8 text")
            for n, line in enumerate(lines)
            if isinstance(line, bytes)
        ]
        if bad:
            self._set_aside_rows(bad)

    def _recover_from_damage(self) -> None:
        """The body turned out unreadable after a good index: read what the file still
        holds, or move it aside like a damaged file at start-up."""
        self._read_slowly()

    def _read_slow(self) -> int:
        """Read the whole file as JSON, each objection on its own: one that can't be read
        is set aside (see :mod:`optout_gui.core.storage.set_aside`); the others stay."""
        text = read_regular_bytes(self.path).decode("utf-8", errors="surrogateescape")
        document = json.loads(text)
        version = document["format"]
        if not isinstance(version, int) or isinstance(version, bool):
            raise ValueError("no format number")
        self._version = version
        items = document["objections"]
        if not isinstance(items, list):
            raise ValueError("no list of objections")
        records = self._keep_readable(items, version > OBJECTIONS_FORMAT)
        self._note_all_dropped(records)
        return version

    def _keep_readable(self, items: list, newer: bool) -> list[ObjectionRecord]:
        """The objections in ``items`` (parsed JSON) that can be read become the store's, in
        order, each line to be written anew; the others are set aside. Returns those kept."""
        records, bad = split_readable(items)
        self._set_rows([summary_row(record) for record in records])
        self._records = {record.id: record for record in records}
        self._lines = [None] * len(records)
        for raw, record_id, name, created, problem in bad:
            self._note(record_id, name, created, problem, raw, newer)
        return records

    def _note_all_dropped(self, records: list[ObjectionRecord]) -> None:
        """Report the records read with some answers left out (the listeners are told later)."""
        for record in records:
            if record.dropped:
                self._note_dropped(record, DUMP(record.to_json()), notify=False)

    # --- writing --------------------------------------------------------------------
    def save(self) -> bool:
        """Write atomically; False (and ``save_error`` set) when the disk refused."""
        if self.read_only or self._copies_owed():
            return False
        if (refused := self.write_check()) is not None:  # another copy has the folder
            self.save_error = refused
            return False
        try:
            self._read_body()
        except ObjectionDamaged:
            self.save_error = OSError("the saved objections could not be read")
            return False
        lines = self._lines
        for n, line in enumerate(lines):
            if line is None:
                lines[n] = DUMP(self._records[self._rows[n][ID]].to_json())
        texts = self._row_texts
        for n, text in enumerate(texts):
            if text is None:
                texts[n] = DUMP(self._rows[n])
        try:
            atomic_write_parts(self.path, file_chunks(texts, lines))
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

    def remove(self, record_id: str, *, keep_on_failure: bool = True) -> bool:
        """Forget one objection: it is gone from the file after this save.

        When it was the last one, the file itself goes; copies of damaged files stay. When
        the file can't be written (``save_error`` says why) it stays, in the list as in the
        file, and False is returned (``keep_on_failure=False``: dropped from the list all
        the same, for one never saved)."""
        self._read_body()
        before = (list(self._rows), list(self._row_texts), list(self._lines), dict(self._records))
        self.remove_unsaved(record_id)
        if not self._rows:
            try:
                if self.read_only:
                    raise OSError(errno.EROFS, "the file is kept as it is", str(self.path))
                self.path.unlink(missing_ok=True)
                done = True
            except OSError as exc:
                self.save_error, done = exc, False
        else:
            done = self.save()
        if not done and keep_on_failure:
            self._rows, self._row_texts, self._lines, self._records = before
            self._index = {row[ID]: n for n, row in enumerate(self._rows)}
            self._notify("reset", None)
        return done

    def remove_unsaved(self, record_id: str) -> None:
        self._read_body()
        row = self._index.pop(record_id)
        del self._rows[row]
        del self._row_texts[row]
        del self._lines[row]
        self._records.pop(record_id, None)
        self._index = {row[ID]: n for n, row in enumerate(self._rows)}
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
        # other_optouts.json: the other services' opt-outs (core/other_optouts.py)
        names = [self.path.name, "progress.json", "other_optouts.json"]
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

    # --- objections that can't be read (kept through the SetAsideLog) -------------------
    @property
    def set_aside(self) -> list[SetAside]:
        """What could not be read since the file was opened: which, why, where it is kept."""
        return self._aside.notes

    def _note(self, record_id, name, created, problem, raw: bytes, newer: bool, fields=()):
        keep = not (newer or self.read_only)
        # A copy that can't be kept now (a full disk) is owed: saving waits for it, so the
        # original is never overwritten before its copy exists (see ``keep_pending``).
        self._aside.add(record_id, name, created, problem, raw, keep=keep, fields=fields)

    def _copies_owed(self) -> bool:
        """True (``save_error`` set) while a copy of an objection set aside can't be made:
        the original file must not be overwritten before it is (a full disk, say)."""
        if self._aside.keep_pending():
            return False
        self.save_error = self._aside.error
        return True

    def _set_aside_rows(self, bad: list[tuple[str, str | bytes, str]]) -> None:
        """Objections found unreadable after opening: copy each aside, drop it from the
        list, save the rest, tell the listeners (the overview says what and where)."""
        newer = self.read_only
        for record_id, line, problem in bad:
            row = self._rows[self._index[record_id]]
            raw = line if isinstance(line, bytes) else line.encode("utf-8")
            self._note(record_id, Summary(row).display_name,
                       row[COLUMN["created_at"]] or "", problem, raw, newer)  # fmt: skip
            if not self.read_only:
                self.remove_unsaved(record_id)
        self.load_problem = self._aside.load_problem(self.load_problem)
        if not self.read_only:
            self.save()
        self._notify("set_aside", None)

    def _note_dropped(self, record: ObjectionRecord, line, notify: bool = True) -> None:
        """Some answers of a readable objection were invalid and left out: keep the stored
        text aside and report which, once."""
        if self._aside.has_fields_note(record.id):
            return
        raw = line if isinstance(line, bytes) else str(line).encode("utf-8")
        self._note(
            record.id, record.display_name, record.created_at,
            "some answers in it are not valid", raw, self.read_only, record.dropped,
        )  # fmt: skip
        self.load_problem = self._aside.load_problem(self.load_problem)
        if notify:
            self._notify("set_aside", record.id)

    def _rebuild_from_lines(self, lines: list[str | bytes]) -> None:
        """Read each record line on its own, keep every readable record (in the file's
        order) and set aside only what can't be read; an index row whose record is not in
        the file is reported, with the row's text kept."""
        newer = self._version > OBJECTIONS_FORMAT
        old_rows, old_texts = self._rows, self._row_texts
        items, unparsed = [], []
        for line in lines:
            try:
                if isinstance(line, bytes):
                    raise UnicodeError("not UTF-8")
                items.append(json.loads(line))
            except (*UNREADABLE, UnicodeError) as exc:
                raw = line if isinstance(line, bytes) else line.encode("utf-8")
                unparsed.append((raw, problem_of(exc)))
        for raw, problem in unparsed:
            self._note("", "", "", problem, raw, newer)
        records = self._keep_readable(items, newer)
        noted = {note.record_id for note in self._aside.notes}
        for row, text in zip(old_rows, old_texts, strict=True):
            if row[ID] not in self._index and row[ID] not in noted:
                raw = (text or DUMP(row)).encode("utf-8")
                created = row[COLUMN["created_at"]] or ""
                self._note(
                    row[ID], Summary(row).display_name, created,
                    "its record is missing from the file", raw, newer,
                )  # fmt: skip
        self._note_all_dropped(records)
        if self.set_aside:
            self.load_problem = self._aside.load_problem(self.load_problem)
        if not self.read_only:
            self.save()
        self._notify("reset", None)
        if self.set_aside:
            self._notify("set_aside", None)
